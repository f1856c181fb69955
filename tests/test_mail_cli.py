"""`verkosto smtp` and `verkosto invites|cancel --send` as real processes against a real SMTP
server on 127.0.0.1 (STARTTLS, login required)."""

from __future__ import annotations

import email
import json
import shutil
from collections.abc import Iterator
from email.policy import default
from pathlib import Path

import pytest

from tests.conftest import ENGINES
from tests.support.cli import engine_data_dir
from tests.support.smtp_server import PASSWORD, USER, Server, smtp_server
from tests.test_cli import verkosto


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with smtp_server(tmp_path_factory.mktemp("smtp-certs")) as running:
        yield running


@pytest.fixture(scope="module", params=ENGINES)
def demo_dir(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
             server: Server) -> Iterator[Path]:
    """The demo in the local store, or in a team store (tests/support/cli.py)."""
    with engine_data_dir(request, tmp_path_factory.mktemp("mail-demo"),
                         request.param) as data_dir:
        yield demo_with_smtp(data_dir, server)


def demo_with_smtp(data_dir: Path, server: Server) -> Path:
    """`verkosto demo` in ``data_dir``'s store, its e-mail server set to ``server``."""
    assert verkosto("demo", data_dir=data_dir).returncode == 0
    result = verkosto("smtp", "--host", "127.0.0.1", "--port", str(server.port), "--user", USER,
                      "--ca-file", str(server.ca_file), data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert f"port: {server.port}" in result.stdout and "security: starttls" in result.stdout
    return data_dir


def _meeting(demo_dir: Path, status: str,
             session: tuple[Path, str] | None = None) -> dict[str, object]:
    if session is None:
        listed = verkosto("meetings", "--all", "--json", data_dir=demo_dir)
    else:
        from tests.test_real_keyring import in_session

        listed = in_session(session[0], demo_dir, session[1], "meetings", "--all", "--json")
    rows = json.loads(listed.stdout)
    meeting: dict[str, object] = next(m for m in rows if m["status"] == status)
    return meeting


def test_smtp_test_connects_and_logs_in(demo_dir: Path, server: Server,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VERKOSTO_SMTP_PASSWORD", PASSWORD)
    result = verkosto("smtp", "--test", data_dir=demo_dir)
    assert result.returncode == 0, result.stderr
    assert f"Yhteys sähköpostipalvelimeen 127.0.0.1 (portti {server.port}) toimii." in (
        result.stdout)
    assert server.mailbox.logins[-1][1] == USER


def test_invites_send_delivers_and_logs_each_recipient(demo_dir: Path, server: Server,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VERKOSTO_SMTP_PASSWORD", PASSWORD)
    meeting = _meeting(demo_dir, "confirmed")
    server.mailbox.received.clear()
    result = verkosto("invites", str(meeting["id"]), "--send", data_dir=demo_dir)
    assert result.returncode == 0, result.stderr
    sent = {line.removeprefix("Lähetetty: ") for line in result.stdout.splitlines()
            if line.startswith("Lähetetty: ")}
    assert sent and sent == set(server.mailbox.received)
    assert f"{len(sent)}/{len(sent)} viestiä lähetetty." in result.stdout
    for raw in server.mailbox.received.values():
        message = email.message_from_bytes(raw, policy=default)
        part = next(p for p in message.walk() if p.get_content_type() == "text/calendar")
        assert part.get_param("method") == "REQUEST"
    extract = json.loads(verkosto("audit", "--client", str(meeting["client_id"]), "--json",
                                  data_dir=demo_dir).stdout)
    assert {e["recipient"] for e in extract if e["action"] == "disclose"
            and e["detail"] == "SMTP"} == sent


def test_send_without_any_password_fails_clearly_and_sends_nothing(
        demo_dir: Path, server: Server) -> None:
    server.mailbox.received.clear()
    meeting = _meeting(demo_dir, "confirmed")
    result = verkosto("invites", str(meeting["id"]), "--send", data_dir=demo_dir)
    assert result.returncode == 3
    assert "Sähköpostipalvelimen salasana puuttuu" in result.stderr
    assert "VERKOSTO_SMTP_PASSWORD" in result.stderr and "Traceback" not in result.stderr
    assert server.mailbox.received == {}


def test_a_wrong_password_names_who_did_not_get_it(demo_dir: Path, server: Server,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VERKOSTO_SMTP_PASSWORD", "wrong-password")
    server.mailbox.received.clear()
    meeting = _meeting(demo_dir, "cancelled")
    result = verkosto("cancel", str(meeting["id"]), "--send", data_dir=demo_dir)
    assert result.returncode == 32, result.stderr
    assert "Kirjautuminen sähköpostipalvelimeen 127.0.0.1 käyttäjänä sari.aijala" in (
        result.stderr)
    assert "Ei lähetetty: " in result.stderr and "Lähetetty: " not in result.stdout
    assert server.mailbox.received == {}


def test_out_or_send_is_required_and_no_keyring_keeps_no_password(demo_dir: Path) -> None:
    meeting = _meeting(demo_dir, "confirmed")
    neither = verkosto("invites", str(meeting["id"]), data_dir=demo_dir)
    assert neither.returncode == 2 and "--out KANSIO, --send tai molemmat" in neither.stderr
    no_keyring = verkosto("smtp", "--save-password", data_dir=demo_dir)
    assert no_keyring.returncode == 11
    invalid = verkosto("smtp", "--port", "0", data_dir=demo_dir)
    assert invalid.returncode == 3 and "Portin on oltava luku 1–65535" in invalid.stderr


@pytest.mark.slow
@pytest.mark.skipif(not shutil.which("gnome-keyring-daemon"), reason="needs gnome-keyring")
def test_password_saved_in_a_real_keyring_is_used_in_a_later_session(
        tmp_path: Path, server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.test_real_keyring import UNLOCKED, in_session

    home, data_dir = tmp_path / "home", tmp_path / "data"
    home.mkdir()
    assert in_session(home, data_dir, UNLOCKED, "demo").returncode == 0
    monkeypatch.setenv("VERKOSTO_SMTP_PASSWORD", PASSWORD)
    saved = in_session(home, data_dir, UNLOCKED, "smtp", "--host", "127.0.0.1", "--port",
                       str(server.port), "--user", USER, "--ca-file", str(server.ca_file),
                       "--save-password")
    assert saved.returncode == 0, saved.stderr
    assert "Salasana tallennettiin avainnippuun." in saved.stdout
    monkeypatch.delenv("VERKOSTO_SMTP_PASSWORD")
    meeting = _meeting(data_dir, "confirmed", session=(home, UNLOCKED))
    server.mailbox.received.clear()
    sent = in_session(home, data_dir, UNLOCKED, "invites", str(meeting["id"]), "--send")
    assert sent.returncode == 0, sent.stderr
    assert server.mailbox.received and "Lähetetty: " in sent.stdout
