"""`verkosto remind` on the demo store against a real SMTP server on 127.0.0.1: without
--send it only lists (nothing leaves, nothing is disclosed), --to chooses the recipients,
--out never writes over a file, and every reminder that left is in its client's log.

The demo is made by `verkosto demo` on the real day and the command reads the real clock, so
the due dates keep their distance to "today" whenever the test runs."""

from __future__ import annotations

import email
import json
from collections.abc import Iterator
from email.policy import default
from pathlib import Path

import pytest
from keyring.backends.fail import Keyring as FailKeyring

from cli.output import date_text
from planner.crypto.vault import KeyringVault
from planner.services import ActionInput, Planner
from planner.storage.store import open_store
from tests.conftest import ENGINES, PASSPHRASE
from tests.support.cli import engine_data_dir
from tests.support.smtp_server import PASSWORD, Server, smtp_server
from tests.test_cli import verkosto
from tests.test_mail_cli import demo_with_smtp

RECIPIENTS = {"anu.hamalainen@pshyvinvointialue.fi", "jenni.laaksonen@hel.fi",
              "kaisa.jokela@pohde.fi", "leena.koskinen@hel.fi", "liisa.makela@pirha.fi",
              "riikka.salminen@varha.fi"}
LIISA = "liisa.makela@pirha.fi"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with smtp_server(tmp_path_factory.mktemp("remind-certs")) as running:
        yield running


@pytest.fixture(scope="module", params=ENGINES)
def demo_dir(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
             server: Server) -> Iterator[Path]:
    """The demo in the local store, or in a team store (tests/support/cli.py)."""
    with engine_data_dir(request, tmp_path_factory.mktemp("remind-demo"),
                         request.param) as data_dir:
        yield demo_with_smtp(data_dir, server)


def reminder_disclosures(data_dir: Path) -> set[tuple[int, str]]:
    """(client id, recipient) of every reminder disclosed, from the clients' own extracts."""
    found: set[tuple[int, str]] = set()
    for client in json.loads(verkosto("clients", "--json", data_dir=data_dir).stdout):
        extract = json.loads(verkosto("audit", "--client", str(client["id"]), "--json",
                                      data_dir=data_dir).stdout)
        found |= {(client["id"], e["recipient"]) for e in extract
                  if e["action"] == "disclose" and e["what"] == "action_reminder"}
    return found


def test_without_send_it_lists_and_nothing_leaves(demo_dir: Path, server: Server) -> None:
    server.mailbox.received.clear()
    result = verkosto("remind", data_dir=demo_dir)
    assert result.returncode == 0, result.stderr
    listed = {line.split("<")[1].split(">")[0] for line in result.stdout.splitlines()
              if line.startswith("Muistutus: ")}
    assert listed == RECIPIENTS
    assert "Mitään ei lähetetty." in result.stdout
    assert server.mailbox.received == {}
    assert reminder_disclosures(demo_dir) == set()
    as_json = json.loads(verkosto("remind", "--json", "--to", LIISA, data_dir=demo_dir).stdout)
    [reminder] = as_json["reminders"]
    assert reminder["email"] == LIISA and "Asiakas: A. K." in reminder["text"]
    assert reminder["refused"] is False and "Korhonen" not in reminder["text"]


def test_send_to_a_chosen_recipient_only(demo_dir: Path, server: Server,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VERKOSTO_SMTP_PASSWORD", PASSWORD)
    server.mailbox.received.clear()
    result = verkosto("remind", "--send", "--to", LIISA, data_dir=demo_dir)
    assert result.returncode == 0, result.stderr
    assert set(server.mailbox.received) == {LIISA}
    assert f"Lähetetty: {LIISA}" in result.stdout and "1/1 viestiä lähetetty." in result.stdout
    message = email.message_from_bytes(server.mailbox.received[LIISA], policy=default)
    assert message["Subject"] == "Muistutus: sovitut toimenpiteet (1)"
    assert {recipient for _client, recipient in reminder_disclosures(demo_dir)} == {LIISA}


def test_out_writes_files_and_never_replaces_one(demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "muistutukset"
    before = reminder_disclosures(demo_dir)
    first = verkosto("remind", "--out", str(out), "--to", "kaisa.jokela@pohde.fi",
                     data_dir=demo_dir)
    assert first.returncode == 0, first.stderr
    written = out / "muistutus-kaisa.jokela@pohde.fi.eml"
    assert str(written) in first.stdout and written.exists()
    written.write_bytes(b"edited by hand")
    again = verkosto("remind", "--out", str(out), "--to", "kaisa.jokela@pohde.fi",
                     data_dir=demo_dir)
    assert again.returncode == 7, again.stderr
    assert written.read_bytes() == b"edited by hand"
    assert len(reminder_disclosures(demo_dir) - before) == 1  # the first write only


def test_bad_input_is_refused_clearly(demo_dir: Path) -> None:
    days = verkosto("remind", "--due-within", "-1", data_dir=demo_dir)
    assert days.returncode == 3 and "0–366" in days.stderr
    unknown = verkosto("remind", "--to", "ei.ketaan@example.fi", data_dir=demo_dir)
    assert unknown.returncode == 3 and "ei.ketaan@example.fi" in unknown.stderr


def test_a_reminder_the_scan_refuses_is_named_and_the_others_still_go(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    assert verkosto("demo", data_dir=data_dir).returncode == 0
    planner = Planner(open_store(data_dir, vault=KeyringVault(FailKeyring()),
                                 passphrase=lambda: PASSPHRASE, create=False))
    korhonen = planner.clients.search("Korhonen", limit=1)[0].id
    liisa = next(p.id for p in planner.directory.professionals() if p.name == "Liisa Mäkelä")
    action = planner.actions.record(ActionInput(korhonen, "Hae 140341-248N apteekista",
                                                responsible_professional_id=liisa,
                                                due_date=planner.actions.today()))
    planner.close()
    out = tmp_path / "out"
    result = verkosto("remind", "--out", str(out), data_dir=data_dir)
    assert result.returncode == 3
    due = date_text(action.due_date, "fi")
    assert (f"Ei lähetetä: Liisa Mäkelä <{LIISA}> – Muistutusta ei lähetetä: toimenpiteen "
            f"{action.id} (määräaika {due}) tekstissä on henkilötunnus.") in result.stderr
    assert "140341" not in result.stderr
    assert sorted(p.name for p in out.iterdir()) == sorted(
        f"muistutus-{address}.eml" for address in RECIPIENTS - {LIISA})
    assert (korhonen, LIISA) not in reminder_disclosures(data_dir)
