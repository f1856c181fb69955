"""Issue 13, defect 2: the client's extract of their log (lokiote), for the client's own
information request — `verkosto audit-extract` and exports/pdf/audit_extract.py, read back
with pdftotext. The attack: another client's events leaking into the extract."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from keyring.backends.fail import Keyring as FailKeyring

from exports.pdf.audit_extract import write_audit_extract_pdf
from planner.audit_filter import EventKind, LogFilter, read_day
from planner.crypto.vault import KeyringVault
from planner.domain.enums import AuditAction
from planner.errors import OutputExists, OutputNotRegular, ValidationFailed
from planner.services import Planner, Release
from planner.storage.store import open_store
from tests.conftest import PASSPHRASE
from tests.support.pdf import page_texts
from tests.support.windows import demo_store
from tests.test_cli import verkosto

LEAKED = "vuoto.toinen@example.fi"


@pytest.fixture
def demo(data_dir: Path) -> Iterator[Planner]:
    demo_store(data_dir)
    planner = Planner(open_store(data_dir, vault=KeyringVault(FailKeyring()),
                                 passphrase=lambda: PASSPHRASE, create=False))
    yield planner
    planner.close()


def client_id(planner: Planner, surname: str) -> int:
    return next(r.id for r in planner.clients.search(surname))


def disclose(planner: Planner, client: int, recipient: str, at: datetime | None = None) -> None:
    """An invite sent to ``recipient`` about ``client``, logged at ``at`` (the services'
    clock pinned, as the log takes its time from it)."""
    clock = planner.ctx.clock
    if at is not None:
        planner.ctx.clock = lambda: at
    try:
        planner.audit.record_releases([Release(AuditAction.DISCLOSE, "meeting_invite", client,
                                               1, "SMTP", "meeting invite", recipient)])
    finally:
        planner.ctx.clock = clock


def text_of(pdf: Path) -> str:
    return "\n".join(page_texts(pdf))


def test_the_extract_lists_this_clients_entries_newest_first_and_nobody_elses(
        demo: Planner, tmp_path: Path) -> None:
    korhonen, lehtonen = client_id(demo, "Korhonen"), client_id(demo, "Lehtonen")
    disclose(demo, korhonen, "ensin@example.fi")
    disclose(demo, lehtonen, LEAKED)  # the other client's, between the two
    disclose(demo, korhonen, "sitten@example.fi")
    demo.clients.search("")  # a list of every client: logged without a client
    out = tmp_path / "ote.pdf"

    written = write_audit_extract_pdf(demo, korhonen, out, language="fi")

    text = text_of(out)
    assert "Ote asiakastietojen käyttölokista" in text
    assert "Aino Helena Korhonen" in text and "140341-****" in text
    assert "140341-2481" not in text  # the HETU masked as Finnish documents do
    assert "koko ajalta" in text and "Laadittu" in text
    # newest first: the later invite above the earlier one, as sentences
    assert text.index("Lähetetty kokouskutsu: sitten@example.fi") < text.index(
        "Lähetetty kokouskutsu: ensin@example.fi")
    assert text.index("ensin@example.fi") < text.index("Lisätty asiakas")
    # nothing of the other client, nor of the list that named everyone
    assert LEAKED not in text and "Lehtonen" not in text and "020904" not in text
    entries = demo.audit.for_extract(korhonen)
    assert {e.client_id for e in entries} == {korhonen}
    assert written.entries == len(entries) - 1  # since then: only the extract's own entry


def test_giving_the_extract_is_logged_as_a_disclosure_to_the_client(demo: Planner,
                                                                     tmp_path: Path) -> None:
    korhonen = client_id(demo, "Korhonen")
    write_audit_extract_pdf(demo, korhonen, tmp_path / "ote.pdf", language="sv")
    last = demo.audit.for_extract(korhonen)[0]
    assert (last.action, last.entity, last.recipient) == (AuditAction.DISCLOSE,
                                                          "audit_extract", "client")
    assert "ote.pdf" in last.detail and "sv" in last.detail
    assert "Utdrag ur loggen" in text_of(tmp_path / "ote.pdf")  # in the language chosen
    assert demo.audit.verify().intact


def test_the_period_keeps_out_the_days_outside_it(demo: Planner, tmp_path: Path) -> None:
    korhonen = client_id(demo, "Korhonen")
    disclose(demo, korhonen, "lokakuu@example.fi", datetime(2031, 10, 31, 22, 30, tzinfo=UTC))
    disclose(demo, korhonen, "marraskuu@example.fi", datetime(2031, 11, 1, 9, 0, tzinfo=UTC))
    disclose(demo, korhonen, "joulukuu@example.fi", datetime(2031, 12, 1, 9, 0, tzinfo=UTC))
    out = tmp_path / "ote.pdf"
    # 31.10. at 22.30 UTC is already 1.11. in Finland: the day is a Finnish day
    write_audit_extract_pdf(demo, korhonen, out, language="en", since=date(2031, 11, 1),
                            until=date(2031, 11, 30))
    text = text_of(out)
    assert "lokakuu@" in text and "marraskuu@" in text and "joulukuu@" not in text
    assert "1 Nov 2031–30 Nov 2031" in text  # the English extract writes English dates


def test_an_existing_file_is_not_replaced_silently_and_nothing_is_logged(
        demo: Planner, tmp_path: Path) -> None:
    korhonen = client_id(demo, "Korhonen")
    precious = tmp_path / "ote.pdf"
    precious.write_bytes(b"the client's earlier extract")
    before = len(demo.audit.for_extract(korhonen))
    with pytest.raises(OutputExists):
        write_audit_extract_pdf(demo, korhonen, precious)
    assert precious.read_bytes() == b"the client's earlier extract"
    assert len(demo.audit.for_extract(korhonen)) == before  # nothing logged
    write_audit_extract_pdf(demo, korhonen, precious, force=True)
    assert precious.read_bytes().startswith(b"%PDF")
    # a link planted where the extract goes, pointing at another file: never followed
    other = tmp_path / "toisen-asiakkaan-ote.pdf"
    other.write_bytes(b"another client's extract")
    planted = tmp_path / "ote-linkki.pdf"
    planted.symlink_to(other)
    logged = len(demo.audit.for_extract(korhonen))
    with pytest.raises(OutputNotRegular):
        write_audit_extract_pdf(demo, korhonen, planted, force=True)
    assert other.read_bytes() == b"another client's extract" and planted.is_symlink()
    assert len(demo.audit.for_extract(korhonen)) == logged


def test_the_filter_sorts_kinds_days_and_people(demo: Planner) -> None:
    korhonen = client_id(demo, "Korhonen")
    demo.clients.get(korhonen)
    disclose(demo, korhonen, "someone@example.fi")
    entries = demo.audit.for_extract(korhonen)
    viewed, changed, released = (LogFilter(frozenset({kind})).apply(entries) for kind in (
        EventKind.VIEWED, EventKind.CHANGED, EventKind.RELEASED))
    assert viewed and changed and released
    assert len(viewed) + len(changed) + len(released) == len(entries)
    assert {str(e.action) for e in viewed} == {"view"}
    assert {str(e.action) for e in released} == {"disclose"}
    both = LogFilter(frozenset({EventKind.VIEWED, EventKind.RELEASED})).apply(entries)
    assert [e.id for e in both] == sorted((e.id for e in viewed + released), reverse=True)
    assert not LogFilter(user="someone else").apply(entries)
    assert read_day("1.11.2026", "from") == read_day("2026-11-01", "from") == date(2026, 11, 1)
    with pytest.raises(ValidationFailed):
        read_day("31.2.2026", "from")


def test_the_command_writes_the_extract_and_refuses_what_it_must(data_dir: Path,
                                                                 tmp_path: Path) -> None:
    demo_store(data_dir)
    out = tmp_path / "ote.pdf"
    ran = verkosto("audit-extract", "1", "--out", str(out), "--from", "1.1.2020", "--lang", "sv",
                   data_dir=data_dir)
    assert ran.returncode == 0, ran.stderr
    assert "Loggutdraget sparat" in ran.stdout and "Aino Helena Korhonen" in text_of(out)
    kept = out.read_bytes()
    again = verkosto("audit-extract", "1", "--out", str(out), data_dir=data_dir)
    assert again.returncode == 7 and "on jo olemassa" in again.stderr
    assert out.read_bytes() == kept
    bad = verkosto("audit-extract", "1", "--out", str(tmp_path / "b.pdf"), "--from", "32.1.2026",
                   data_dir=data_dir)
    assert bad.returncode == 3 and "Päivämäärää \"32.1.2026\" ei voi lukea" in bad.stderr
    reversed_ = verkosto("audit-extract", "1", "--out", str(tmp_path / "b.pdf"), "--from",
                         "2.1.2026", "--to", "1.1.2026", "--lang", "en", data_dir=data_dir)
    assert reversed_.returncode == 3 and "start date 2.1.2026 is after" in reversed_.stderr
    missing = verkosto("audit-extract", "999", "--out", str(tmp_path / "b.pdf"),
                       data_dir=data_dir)
    assert missing.returncode == 4
    assert not (tmp_path / "b.pdf").exists()
