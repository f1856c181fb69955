"""Issue 15: the client's own copy of a meeting (exports/pdf/client_copy.py, `verkosto
client-copy`), read back with pdftotext. The attacks: the professionals' working notes, a family
member's private data, another client's data or the whole HETU reaching the client's paper; a
hurried user asking selkokieli in Swedish; a file replaced without asking."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from keyring.backends.fail import Keyring as FailKeyring
from sqlmodel import select

from exports.pdf.client_copy import write_client_copy_pdf
from exports.pdf.large_print import BODY_SIZE
from exports.pdf.page import MARGIN_BOTTOM, MARGIN_TOP, PAGE_HEIGHT
from exports.pdf.texts import date_text
from exports.signing import Outcome, verify_pdf
from planner.audit_text import describe
from planner.crypto.vault import KeyringVault
from planner.domain import AgreedAction, Client, Meeting
from planner.domain.enums import AuditAction
from planner.errors import OutputExists, ValidationFailed
from planner.services import Planner
from planner.storage.store import open_store
from tests.conftest import PASSPHRASE
from tests.support.pdf import decompressed, page_texts, words_on_page
from tests.support.windows import demo_store
from tests.test_cli import verkosto

NOW = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)
MARKER = "SISAINEN-MUISTIINPANO-7731"  # what only professionals may read
KORHONEN_MEETING = 1  # the demo's discharge meeting (Aino Helena Korhonen, client 1)


@pytest.fixture
def demo(data_dir: Path) -> Iterator[Planner]:
    demo_store(data_dir)
    planner = Planner(open_store(data_dir, vault=KeyringVault(FailKeyring()),
                                 passphrase=lambda: PASSPHRASE, create=False))
    yield planner
    planner.close()


def text_of(pdf: Path) -> str:
    return re.sub(r"\s+", " ", " ".join(page_texts(pdf)))


def first_due(planner: Planner, language: str) -> str:
    """The first due date of the meeting's actions, as the copy writes it (the demo's dates
    move with the day the template store was made)."""
    due = min(a.due_date for a in planner.actions.list(client_id=1)
              if a.meeting_id == KORHONEN_MEETING and a.due_date is not None)
    return date_text(due, language)


def plant_internal_notes(planner: Planner) -> None:
    """The marker in every working note the store keeps about the meeting and the client: the
    meeting's purpose, the client's situation overview and an action's completion note."""
    with planner.ctx.write() as session:
        meeting = session.get(Meeting, KORHONEN_MEETING)
        assert meeting is not None
        meeting.purpose = f"{MARKER} purpose"
        client = session.get(Client, meeting.client_id)
        assert client is not None
        client.situation = f"{MARKER} situation"
        for action in session.exec(select(AgreedAction).where(
                AgreedAction.meeting_id == KORHONEN_MEETING)):
            action.completion_note = f"{MARKER} completion"


def test_the_finnish_copy_says_what_was_agreed_and_nothing_private(demo: Planner,
                                                                   tmp_path: Path) -> None:
    plant_internal_notes(demo)
    out = tmp_path / "oma.pdf"
    written = write_client_copy_pdf(demo, KORHONEN_MEETING, out, now=NOW)
    text = text_of(out)
    assert written.language == "fi"  # the client's own language, without asking
    assert "Oma kooste verkostoneuvottelusta" in text
    assert "Mitä sovittiin" in text and "Kela antaa maksusitoumuksen lääkkeisiin" in text
    # the agreed actions with who, by when and their state in the client's words
    assert "Maksusitoumus lääkkeisiin apteekkiin" in text and "Kotihoidon arviointikäynti" in text
    assert f"Mihin mennessä: {first_due(demo, 'fi')}" in text and "ei vielä tehty" in text
    # contacts by agency with their work phone and e-mail; the case lead named for trouble
    assert "Liisa Mäkelä, sosiaalityöntekijä (vastuuhenkilösi)" in text
    assert "040 806 1122" in text and "katja.salonen@kela.fi" in text
    assert "Jos jokin menee vikaan" in text and "Hätätilanteessa soita hätänumeroon 112" in text
    assert "Seuraava tapaaminen Seurantaneuvottelu" in text
    assert "Haluan pärjätä kotona" in text  # the client's own view in their words
    assert "Aino Helena Korhonen" in text and "140341-****" in text
    # never: the whole HETU, the working notes, the daughter's name and address, the client's
    # home address and phone, another client
    for secret in ("140341-2481", MARKER, "Tuula", "tuula.k@example.fi", "Pyynikintie",
                   "03 123 4567", "Lehtonen", "020904"):
        assert secret not in text, secret
    assert MARKER.encode() not in decompressed(out.read_bytes())


@pytest.mark.parametrize(("language", "plain", "expected"), [
    ("sv", False, ("Din egen sammanfattning av mötet", "Vad vi kom överens om",
                   "Vem gör vad och när", "Dina kontaktpersoner", "Nästa möte",
                   "Om något går fel", "inte gjort ännu", "Senast: {due}")),
    ("en", False, ("Your own copy of the network meeting", "What was agreed",
                   "Who does what and by when", "Your contact persons", "The next meeting",
                   "If something goes wrong", "not done yet", "By when: {due}")),
    ("fi", True, ("Muistio tapaamisesta sinulle", "Mitä sovimme", "Kuka tekee ja milloin",
                  "Milloin valmis: {due}", "Mitä sinä sanoit", "Keneen voit ottaa yhteyttä",
                  "Jos on hätä, soita numeroon 112.", "Hän auttaa sinua.")),
])
def test_each_language_and_selkokieli_carry_the_same_content(
        demo: Planner, tmp_path: Path, language: str, plain: bool,
        expected: tuple[str, ...]) -> None:
    plant_internal_notes(demo)
    out = tmp_path / "oma.pdf"
    write_client_copy_pdf(demo, KORHONEN_MEETING, out, language=language, plain=plain, now=NOW)
    text = text_of(out)
    for words in expected:
        words = words.format(due=first_due(demo, language))
        assert words in text, words
    # the stored content is the same in every language: actions, contacts, view, next meeting
    for content in ("Kotihoidon arviointikäynti", "040 806 1122", "Haluan pärjätä kotona",
                    "Seurantaneuvottelu", "140341-****"):
        assert content in text, content
    for secret in ("140341-2481", MARKER, "Tuula", "tuula.k@example.fi"):
        assert secret not in text, secret


def test_a_client_writing_swedish_gets_swedish_without_asking(demo: Planner,
                                                              tmp_path: Path) -> None:
    with demo.ctx.write() as session:
        client = session.get(Client, 1)
        assert client is not None
        client.language = "sv"
    written = write_client_copy_pdf(demo, KORHONEN_MEETING, tmp_path / "c.pdf", now=NOW)
    assert written.language == "sv" and "Vad vi kom överens om" in text_of(tmp_path / "c.pdf")


def test_the_body_is_large_print(demo: Planner, tmp_path: Path) -> None:
    out = tmp_path / "oma.pdf"
    write_client_copy_pdf(demo, KORHONEN_MEETING, out, plain=True, now=NOW)
    pages = len(page_texts(out))
    # pdftotext's word box is as tall as the font size: every word of the story (between the
    # page's marking and its footer, which stay small) is at least 14 pt
    story = [w for page in range(1, pages + 1) for w in words_on_page(out, page)
             if w[1] > MARGIN_BOTTOM and w[3] < PAGE_HEIGHT - MARGIN_TOP]
    assert len(story) > 100
    assert BODY_SIZE >= 14 and min(w[3] - w[1] for w in story) >= BODY_SIZE - 0.01


def test_giving_the_copy_is_logged_as_a_disclosure_to_the_client(demo: Planner,
                                                                 tmp_path: Path) -> None:
    write_client_copy_pdf(demo, KORHONEN_MEETING, tmp_path / "oma.pdf", plain=True, now=NOW)
    last = demo.audit.for_extract(1)[0]
    assert (last.action, last.entity, last.recipient) == (AuditAction.DISCLOSE, "client_copy",
                                                          "client")
    assert "oma.pdf" in last.detail and "selkokieli" in last.detail
    assert describe(last, "fi") == "Annettu asiakkaalle oma kooste tapaamisesta (PDF)"
    assert demo.audit.verify().intact


def test_refusals_write_and_log_nothing(demo: Planner, tmp_path: Path) -> None:
    precious = tmp_path / "oma.pdf"
    precious.write_bytes(b"the copy the client already has")
    before = len(demo.audit.for_extract(1))
    with pytest.raises(OutputExists):
        write_client_copy_pdf(demo, KORHONEN_MEETING, precious)
    with pytest.raises(ValidationFailed) as refused:  # selkokieli is Finnish
        write_client_copy_pdf(demo, KORHONEN_MEETING, tmp_path / "sv.pdf", language="sv",
                              plain=True)
    assert "selkokieli" in refused.value.errors[0].message("en")
    assert precious.read_bytes() == b"the copy the client already has"
    assert not (tmp_path / "sv.pdf").exists()
    assert len(demo.audit.for_extract(1)) == before


def test_the_command_writes_the_copy_and_refuses_what_it_must(data_dir: Path,
                                                              tmp_path: Path) -> None:
    demo_store(data_dir)
    out = tmp_path / "oma.pdf"
    ran = verkosto("client-copy", "1", "--out", str(out), "--plain", "--no-sign",
                   data_dir=data_dir)
    assert ran.returncode == 0, ran.stderr
    assert "Asiakkaan oma kooste tallennettu (ei allekirjoitettu)" in ran.stdout
    assert "Mitä sovimme" in text_of(out)
    kept = out.read_bytes()
    again = verkosto("client-copy", "1", "--out", str(out), "--no-sign", data_dir=data_dir)
    assert again.returncode == 7 and out.read_bytes() == kept
    other = tmp_path / "muu.pdf"
    for args, code in ((["client-copy", str(2**70)], 4), (["client-copy", "0"], 4),
                       (["client-copy", "1", "--plain", "--lang", "sv"], 3),
                       (["plan-pdf", "1", "--plan", "2"], 4),  # Lehtonen's plan
                       (["plan-pdf", "1", "--version", "9"], 3),
                       (["plan-pdf", str(2**70)], 4)):
        refused = verkosto(*args, "--out", str(other), "--no-sign" if "client-copy" in args
                           else "--force", data_dir=data_dir)
        assert refused.returncode == code, (args, refused.stderr)
        assert not other.exists()
    plan_refusal = verkosto("plan-pdf", "1", "--plan", "2", "--out", str(other),
                            data_dir=data_dir)
    assert "Lehtonen" not in plan_refusal.stderr and "suunnitelmat: 1" in plan_refusal.stderr


def test_the_copy_signed_with_the_summaries_certificate_verifies(demo: Planner,
                                                                 tmp_path: Path) -> None:
    demo.signing.create_self_signed("oma-varmenne-2026")
    out = tmp_path / "allekirjoitettu.pdf"
    written = write_client_copy_pdf(demo, KORHONEN_MEETING, out, sign=True,
                                    passphrase="oma-varmenne-2026", now=NOW)
    assert written.signed
    report = verify_pdf(out.read_bytes(), trust=demo.trust.certificates())
    assert report.outcome == Outcome.TRUSTED
    assert "Mitä sovittiin" in text_of(out)
    assert demo.audit.for_extract(1)[0].detail.split()[1] == "signed"
