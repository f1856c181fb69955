"""Bad input gives a clear, translated answer and a documented exit code — never a traceback,
never a wrong answer, never a view logged for something not shown (issue 11, part 6).

Each case is what a hurried user or a prober typed: ids of 2^70, 2^63, 0 and -1; a client id
that does not exist; a 60,000-character search; a 3,000-deep nested e-mail; /dev/zero as a
file; a folder where a file is expected; cancelling a meeting that is not cancelled.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from exports.ical.busy_import import read_busy_times
from exports.ical.reply_import import read_replies
from planner.errors import NotFound, ValidationFailed
from planner.services import Planner
from tests.conftest import PASSPHRASE
from tests.support.cli_harness import Ran, run_in_process
from tests.test_cli import ROOT, verkosto

# the local store and a team store on PostgreSQL (tests/conftest.py)
pytestmark = pytest.mark.both_engines

HUGE_IDS = [str(2**70), str(2**63), "0", "-1", "9223372036854775808"]
TZ_NOW = datetime(2026, 11, 25).astimezone()


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data_dir = tmp_path_factory.mktemp("hostile") / "data"
    assert verkosto("demo", data_dir=data_dir).returncode == 0
    return data_dir


def run(demo_dir: Path, *argv: str) -> Ran:
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
           "VERKOSTO_LANG": "fi", "VERKOSTO_PASSPHRASE": PASSPHRASE}
    return run_in_process([*argv, "--data-dir", str(demo_dir)], env)


def _meetings(demo_dir: Path) -> list[dict[str, object]]:
    listed = run(demo_dir, "meetings", "--all", "--json")
    assert listed.returncode == 0, listed.stderr
    return list(json.loads(listed.stdout))


def _audit_entries(demo_dir: Path) -> int:
    checked = run(demo_dir, "audit", "--verify", "--json")
    assert checked.returncode == 0, checked.stderr
    return int(json.loads(checked.stdout)["entries"])


def test_impossible_ids_are_not_found_everywhere(demo_dir: Path, tmp_path: Path) -> None:
    commands = {
        "invites": (["invites", "{id}", "--out", str(tmp_path / "i")], "Tapaamista"),
        "cancel": (["cancel", "{id}", "--out", str(tmp_path / "c")], "Tapaamista"),
        "summary": (["summary", "{id}", "--no-sign", "--out", str(tmp_path / "s.pdf")],
                    "Tapaamista"),
        "meetings": (["meetings", "--client", "{id}"], "Asiakasta"),
        "actions": (["actions", "--client", "{id}"], "Asiakasta"),
        "audit": (["audit", "--client", "{id}"], "Asiakasta"),
        "profile": (["profile", "--name", "Sari", "--agency", "{id}"], "Toimijaa"),
    }
    before = _audit_entries(demo_dir)
    for name, (argv, entity) in commands.items():
        for ident in HUGE_IDS:
            ran = run(demo_dir, *[a.replace("{id}", ident) for a in argv])
            assert ran.returncode == 4, (name, ident, ran.stderr)
            assert f"verkosto: {entity} {ident} ei löydy." in ran.stderr, (name, ran.stderr)
            assert "Traceback" not in ran.stderr and "Overflow" not in ran.stderr
    assert _audit_entries(demo_dir) == before  # nothing refused was logged as seen
    assert list(tmp_path.iterdir()) == []
    # The same as real processes, as a user meets them.
    for argv in (["invites", str(2**70), "--out", str(tmp_path / "i")],
                 ["meetings", "--client", str(2**70)]):
        done = verkosto(*argv, data_dir=demo_dir)
        assert done.returncode == 4 and "Traceback" not in done.stderr, done.stderr


def test_an_unknown_client_is_an_error_for_every_listing(demo_dir: Path) -> None:
    for command in ("meetings", "actions", "audit"):
        ran = run(demo_dir, command, "--client", "424242")
        assert ran.returncode == 4, (command, ran.stdout, ran.stderr)
        assert "Asiakasta 424242 ei löydy." in ran.stderr
    known = _meetings(demo_dir)[0]["client_id"]
    assert run(demo_dir, "meetings", "--client", str(known)).returncode == 0
    assert run(demo_dir, "actions", "--client", str(known)).returncode == 0


def test_not_found_names_the_entity_in_the_users_language(demo_dir: Path) -> None:
    for language, text in (("fi", "Tapaamista 999999 ei löydy."),
                           ("sv", "Möte 999999 finns inte."),
                           ("en", "Meeting 999999 was not found.")):
        ran = run(demo_dir, "summary", "999999", "--no-sign", "--out", "x.pdf",
                  "--lang", language)
        assert ran.returncode == 4 and text in ran.stderr, ran.stderr


def test_a_60000_character_search_is_refused_clearly(demo_dir: Path, planner: Planner) -> None:
    ran = run(demo_dir, "clients", "--search", "a" * 60_000)
    assert ran.returncode == 3, ran.stderr
    assert "Hakusana on liian pitkä: enintään 200 merkkiä." in ran.stderr
    assert "LIKE" not in ran.stderr
    assert run(demo_dir, "clients", "--search", "kor " * 50).returncode == 0
    # In the service, so the window's search box (cut at 200 characters too) is covered.
    with pytest.raises(ValidationFailed) as refused:
        planner.clients.search("ä" * 201)
    assert refused.value.errors[0].field == "search"
    for ident in (2**70, 2**63, 0, -1):
        with pytest.raises(NotFound):
            planner.meetings.list(client_id=ident)
        with pytest.raises(NotFound):
            planner.actions.list(agency_id=ident)
        with pytest.raises(NotFound):
            planner.meeting_details.get(ident)


def _nested_mail(depth: int) -> bytes:
    head = [b"From: liisa@example.fi\r\nMIME-Version: 1.0\r\n"]
    for level in range(depth):
        head.append(b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n'
                    % (level, level))
    head.append(b"Content-Type: text/calendar; method=REPLY\r\n\r\nBEGIN:VCALENDAR\r\n"
                b"END:VCALENDAR\r\n")
    return b"".join(head + [b"--b%d--\r\n" % level for level in reversed(range(depth))])


def _reason(data: bytes) -> str:
    with pytest.raises(ValidationFailed) as refused:
        read_replies(data)
    return str(refused.value.errors[0].params.get("reason"))


def test_deeply_nested_mail_and_calendars_are_refused(demo_dir: Path, tmp_path: Path) -> None:
    deep = tmp_path / "deep.eml"
    deep.write_bytes(_nested_mail(3000))
    ran = run(demo_dir, "reply", str(deep))
    assert ran.returncode == 6, ran.stderr
    assert "liian syvällä" in ran.stderr and "Recursion" not in ran.stderr
    assert _reason(_nested_mail(40)) == "validation.ics_reason.too_deep"  # parsed, too deep
    assert _reason(_nested_mail(3)) != "validation.ics_reason.too_deep"
    nested_ics = ("BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\n" + "BEGIN:VEVENT\r\n" * 3000
                  + "END:VEVENT\r\n" * 3000 + "END:VCALENDAR\r\n").encode()
    assert _reason(nested_ics) == "validation.ics_reason.too_deep"
    with pytest.raises(ValidationFailed) as refused:
        read_busy_times(nested_ics, "p", TZ_NOW, TZ_NOW + timedelta(days=30))
    assert refused.value.errors[0].params["reason"] == "validation.ics_reason.too_deep"
    done = verkosto("reply", str(deep), data_dir=demo_dir)  # and as a real process
    assert done.returncode == 6 and "Traceback" not in done.stderr, done.stderr


def _limited_memory() -> None:  # a run that reads /dev/zero whole dies here, not the machine
    resource.setrlimit(resource.RLIMIT_AS, (2 * 1024**3, 2 * 1024**3))


@pytest.mark.slow
def test_endless_and_odd_input_files_are_refused(demo_dir: Path, tmp_path: Path) -> None:
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
               VERKOSTO_LANG="fi", PYTHONPATH=str(ROOT), VERKOSTO_PASSPHRASE=PASSPHRASE,
               VERKOSTO_SIGNING_PASSPHRASE="allekirjoitus-12345")
    endless = [  # real processes under a memory limit: nothing reads the endless file whole
        (["reply", "/dev/zero"], 6, "liian suuri"),
        (["verify", "/dev/zero"], 35, "liian suuri"),
        (["verify", "--no-store", "--trust", "/dev/zero", str(tmp_path)], 35, "liian suuri"),
        (["signer", "--import", "/dev/zero"], 35, "liian suuri"),
        (["trust", "--add", "/dev/zero"], 35, "liian suuri"),
    ]
    for argv, code, text in endless:
        done = subprocess.run([sys.executable, "-m", "cli", *argv, "--data-dir",
                               str(demo_dir)], cwd=ROOT, env=env, capture_output=True,
                              text=True, timeout=120, stdin=subprocess.DEVNULL,
                              preexec_fn=_limited_memory)
        assert done.returncode == code, (argv, done.returncode, done.stderr[-2000:])
        assert text in done.stderr and "Traceback" not in done.stderr, (argv, done.stderr)
    odd = [  # in-process: the same as a process (tests/test_adversarial_cli_fuzz.py's sample)
        (["reply", str(tmp_path)], 6, "se on kansio"),
        (["verify", str(tmp_path)], 35, "se on kansio"),
        (["verify", str(tmp_path / "missing.pdf")], 4, "Tiedostoa"),
        (["reply", str(tmp_path / "nowhere" / "x.eml")], 6, "ei löydy"),
        (["trust", "--add", str(tmp_path / "missing.pem")], 4, "ei löydy"),
    ]
    for argv, code, text in odd:
        ran = run(demo_dir, *argv)
        assert ran.returncode == code, (argv, ran.returncode, ran.stderr[-2000:])
        assert text in ran.stderr and "Traceback" not in ran.stderr, (argv, ran.stderr)


def test_a_refused_cancel_or_invite_logs_no_view(demo_dir: Path, tmp_path: Path) -> None:
    meetings = _meetings(demo_dir)
    planned = next(m for m in meetings if m["status"] != "cancelled")
    cancelled = next(m for m in meetings if m["status"] == "cancelled")
    before = _audit_entries(demo_dir)
    refused = run(demo_dir, "cancel", str(planned["id"]), "--out", str(tmp_path / "c"))
    assert refused.returncode == 3, refused.stderr
    refused = run(demo_dir, "invites", str(cancelled["id"]), "--out", str(tmp_path / "i"))
    assert refused.returncode == 3, refused.stderr
    assert _audit_entries(demo_dir) == before
    assert not (tmp_path / "c").exists() and not (tmp_path / "i").exists()
    shown = run(demo_dir, "cancel", str(cancelled["id"]), "--out", str(tmp_path / "c"))
    assert shown.returncode == 0, shown.stderr
    assert _audit_entries(demo_dir) > before  # what was shown (and sent) is logged


def test_control_characters_are_not_stored(demo_dir: Path, planner: Planner) -> None:
    """ESC sequences in a stored name would rewrite the terminal of whoever lists it."""
    from planner.services import ProfileInput

    before = run(demo_dir, "profile", "--json")
    for name in ("\x1b[2J\x1b[31mSari", "Sari\nÄijälä", "Sari\x00", "Sa\x85ri"):
        ran = run(demo_dir, "profile", "--name", name)
        assert ran.returncode == 3, ran.stdout
        assert "ohjausmerkkejä" in ran.stderr
    assert run(demo_dir, "profile", "--json").stdout == before.stdout
    with pytest.raises(ValidationFailed):
        planner.profile.save(ProfileInput("Sari\x1b]0;pwned\x07"))
    planner.profile.save(ProfileInput("Sari Äijälä\tأحمد"))  # tabs and any script are fine

