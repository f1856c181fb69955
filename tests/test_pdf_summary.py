"""The meeting summary PDF: content read through the services, checked with poppler's tools."""

from __future__ import annotations

import dataclasses
import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from keyring.backends.fail import Keyring as FailKeyring
from PIL import Image

from exports.pdf import SIGNATURE_BOX, SummaryData, render_summary
from exports.pdf.summary_data import GroupKind, mask_hetu
from planner.crypto.vault import KeyringVault
from planner.domain.enums import AuditAction, MeetingMode, MeetingStatus
from planner.services import ClientInput, MeetingInput, Planner
from planner.storage.store import open_store
from tests.conftest import PASSPHRASE
from tests.support import pdf as support
from tests.support.pdf import ARABIC, CYRILLIC, HETU, MASKED, SAMI, SAMI_FAMILY, Built

# the local store and a team store on PostgreSQL (tests/conftest.py)
pytestmark = pytest.mark.both_engines

NOW = datetime(2026, 12, 3, 11, 15, tzinfo=UTC)
DOCUMENT_ID = "5f0c2a9e-3d4b-4c6e-9a1f-0b2c3d4e5f60"
PAGES = Path(__file__).resolve().parents[1] / "build" / "pdf-pages"


@dataclasses.dataclass(frozen=True)
class Rendered:
    built: Built
    data: dict[str, SummaryData]  # by language
    files: dict[str, Path]  # "fi", "sv", "en", and "long": 60 actions, in Finnish
    long: Built


def _summary(folder: Path, name: str, actions: int,
             languages: tuple[str, ...]) -> tuple[Built, dict[str, SummaryData]]:
    store = open_store(folder / name, vault=KeyringVault(FailKeyring()),
                       passphrase=lambda: PASSPHRASE)
    try:
        planner = Planner(store)
        built = support.build_meeting(planner, actions=actions)
        return built, {lang: SummaryData.collect(planner, built.meeting_id, language=lang,
                                                 now=NOW, document_id=DOCUMENT_ID)
                       for lang in languages}
    finally:
        store.close()


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Rendered:
    """One meeting's summary in three languages, and a meeting with 60 agreed actions."""
    folder = tmp_path_factory.mktemp("pdf")
    built, data = _summary(folder, "store", 3, ("fi", "sv", "en"))
    long, long_data = _summary(folder, "long-store", 60, ("fi",))
    files: dict[str, Path] = {}
    for key, summary in (*data.items(), ("long", long_data["fi"])):
        files[key] = folder / f"summary-{key}.pdf"
        files[key].write_bytes(render_summary(summary, language=summary.language))
    return Rendered(built, data, files, long)


# --- what the summary says -------------------------------------------------------------------
def test_finnish_summary_prints_every_name_and_the_notes(rendered: Rendered) -> None:
    text = "\n".join(support.page_texts(rendered.files["fi"]))
    for expected in ("Verkostoneuvottelun yhteenveto", "Verkostoneuvottelu: työkyky ja",
                     "torstai 3.12.2026", "9.00–10.30", "Utsjoen sote-keskus, huone 2",
                     "https://meet.example.fi/utsjoki-42", "Anna Maria Korhonen", MASKED,
                     CYRILLIC, SAMI, SAMI_FAMILY, "Päätökset", "Kuntoutusrahan hakemus",
                     "Åsa Öhman selvittää työkokeilun", "Asiakkaan oma näkemys",
                     "pelkään että toimeentulo katkeaa", "Sovitut toimenpiteet",
                     "Tehtävä 01", "Seuraava tapaaminen", "Seurantaneuvottelu 14",
                     "Toimeentulon ja kuntoutuksen suunnittelu", "31.12.2027 asti",
                     "Sari Äijälä, sosiaalityöntekijä", "3.12.2026 13.15", DOCUMENT_ID,
                     "vastuuhenkilö:", "tulkki, tulkkaus: arabia", "poissa", "osallistui"):
        assert expected in text, expected
    assert ARABIC in support.readable(text)  # shaped glyphs map back to the same letters
    assert not re.search(r"\(ar\)|: ar\b", text)  # a language by name, never its code
    assert "Seurantaneuvottelu 7" not in text  # cancelled: not the next meeting
    assert "Vanha suostumus" not in text  # withdrawn before the meeting
    # the agency without consent is named as such
    assert f"ei kata toimijaa {rendered.built.employment_agency}" in " ".join(text.split())


def test_collect_groups_people_and_picks_what_the_sharing_rests_on(rendered: Rendered) -> None:
    data = rendered.data["fi"]
    kinds = [g.kind for g in data.participants]
    assert kinds[0] == GroupKind.CLIENT and kinds[-1] == GroupKind.OTHER
    assert {p.name for p in data.participants[0].people} == {"Anna Maria Korhonen", CYRILLIC,
                                                             SAMI_FAMILY}
    agencies = [g.agency for g in data.participants if g.kind == GroupKind.AGENCY]
    assert agencies == sorted(agencies, key=str.lower)
    assert "Lapin hyvinvointialue, Aikuissosiaalityö, Utsjoki" in agencies
    assert data.contacts[0].case_lead and data.contacts[0].name == SAMI
    assert [c.purpose for c in data.consents] == ["Toimeentulon ja kuntoutuksen suunnittelu"]
    assert data.uncovered_agencies == ("Lapin työllisyyspalvelut",)
    assert data.next_meeting is not None and data.next_meeting.title == "Seurantaneuvottelu 14"
    assert [a.due_date for a in data.actions] == sorted(a.due_date for a in data.actions
                                                        if a.due_date)
    assert data.client.hetu == MASKED and data.producer is not None
    assert data.producer.agency == "Lapin hyvinvointialue, Aikuissosiaalityö, Utsjoki"


def test_collect_logs_one_view_with_the_summary_as_purpose(planner: Planner) -> None:
    built = support.build_meeting(planner)
    before = len(planner.audit.for_client(built.client_id))
    SummaryData.collect(planner, built.meeting_id, language="fi")
    entries = [e for e in planner.audit.for_client(built.client_id)[before:]
               if e.entity != "audit_log"]  # reading the log is itself logged
    assert [(e.action, e.entity, e.purpose) for e in entries] == [
        (AuditAction.VIEW, "meeting", "meeting summary")]


def test_hetu_is_masked_in_text_metadata_and_raw_bytes(rendered: Rendered) -> None:
    path = rendered.files["fi"]
    text = "\n".join(support.page_texts(path))
    assert MASKED in text and HETU not in text
    info = support.run("pdfinfo", path)
    assert HETU not in info and "131052" not in info and "Korhonen" not in info
    raw = support.decompressed(path.read_bytes())
    assert DOCUMENT_ID.encode() in raw  # the search does see plain strings
    assert HETU.encode() not in raw and HETU.encode("utf-16-be") not in raw
    assert mask_hetu("010101A900T") == "010101A****"


def test_hetu_in_full_only_when_asked(planner: Planner, tmp_path: Path) -> None:
    built = support.build_meeting(planner, actions=0)
    data = SummaryData.collect(planner, built.meeting_id, language="fi", show_hetu=True)
    path = tmp_path / "full.pdf"
    path.write_bytes(render_summary(data, language="fi"))
    text = "\n".join(support.page_texts(path))
    assert HETU in text and "Tapaamisessa ei sovittu toimenpiteitä." in text


def test_a_bare_meeting_says_what_is_missing(planner: Planner, tmp_path: Path) -> None:
    client = planner.clients.create(ClientInput("Niklas", "Åström", birth_date=date(1990, 4, 5)))
    meeting = planner.meetings.plan(MeetingInput(
        client.id or 0, "Etätapaaminen", support.START, support.START + timedelta(hours=1),
        remote_link="https://meet.example.fi/x", mode=MeetingMode.REMOTE))
    data = SummaryData.collect(planner, meeting.id or 0, language="fi", now=NOW)
    assert data.producer is None and data.participants == () and data.client.hetu is None
    path = tmp_path / "bare.pdf"
    path.write_bytes(render_summary(data, language="fi"))
    text = "\n".join(support.page_texts(path))
    for expected in ("Syntymäaika", "5.4.1990", "Niklas Åström", "etätapaaminen",
                     "https://meet.example.fi/x", "Ei kirjattu.",
                     "Yhteyshenkilöitä ei ole nimetty.", "Tapaamisessa ei sovittu toimenpiteitä.",
                     "Seuraavaa tapaamista ei ole sovittu.",
                     "Tapaamisen aikaan ei ollut voimassa olevaa suostumusta."):
        assert expected in text, expected
    assert "Laatija" not in text and len(data.document_id) == 36


def test_metadata_names_document_and_producer_not_the_client(rendered: Rendered) -> None:
    info = support.pdf_info(rendered.files["fi"])
    assert info["Title"] == "Verkostoneuvottelun yhteenveto 3.12.2026"
    assert info["Author"] == "Sari Äijälä"
    assert info["Creator"] == "Verkosto"
    assert info["Subject"] == f"SALASSA PIDETTÄVÄ – Asiakirjan tunniste: {DOCUMENT_ID}"
    assert "2026" in info["CreationDate"]  # the producing time, not a fixed date
    assert "Anna" not in " ".join(info.values())


# --- pages ------------------------------------------------------------------------------------
def test_marking_page_number_and_document_id_on_every_page(rendered: Rendered) -> None:
    pages = support.page_texts(rendered.files["long"])
    assert len(pages) >= 3
    for number, page in enumerate(pages, 1):
        assert "SALASSA PIDETTÄVÄ" in page
        assert f"sivu {number} / {len(pages)}" in page
        assert DOCUMENT_ID in page


def test_sixty_actions_run_over_pages_under_a_repeated_header(rendered: Rendered) -> None:
    pages = support.page_texts(rendered.files["long"])
    texts = rendered.long.action_texts
    with_actions = [page for page in pages if any(t[:11] in page for t in texts)]
    assert len(with_actions) >= 2
    for page in with_actions:
        header = next(line for line in page.splitlines() if "Toimenpide" in line)
        assert all(word in header for word in ("Vastuuhenkilö", "Toimija", "Määräaika",
                                               "Tila")), header
    found = [t[:11] for t in texts for page in pages if t[:11] in page]
    assert found == [t[:11] for t in texts]  # each exactly once, in due-date order


def test_swedish_and_english_have_their_own_labels(rendered: Rendered) -> None:
    swedish = "\n".join(support.page_texts(rendered.files["sv"]))
    for expected in ("SEKRETESSBELAGD", "Sammandrag av nätverksmöte", "sida 1 / ",
                     "Deltagare", "Överenskomna åtgärder", "Klientens egen syn", "Beslut",
                     "Förfallodag", "Personbeteckning", "torsdag 3.12.2026",
                     "tolk, tolkning: arabiska", "Nästa möte", "till och med 31.12.2027",
                     "Upprättat av"):
        assert expected in swedish, expected
    english = "\n".join(support.page_texts(rendered.files["en"]))
    for expected in ("CONFIDENTIAL", "Network meeting summary", "page 1 / ", "Participants",
                     "Agreed actions", "The client's own view", "Decisions", "Due date",
                     "Thursday 3 December 2026", "09:00–10:30", "interpreter, interpreted: Arabic",
                     "until 31 Dec 2027", "Produced by"):  # English dates (issue 13)
        assert expected in english, expected
    assert "SALASSA" not in swedish + english


def test_the_meeting_s_date_and_time_in_each_language(rendered: Rendered) -> None:
    """Issue 13, defect 5: the English summary printed "3.12.2026 9.00"; each language now
    writes the date, the clock and the production time its own way (Helsinki time)."""
    expected = {"fi": ("torstai 3.12.2026", "9.00–10.30", "3.12.2026 13.15"),
                "sv": ("torsdag 3.12.2026", "9.00–10.30", "3.12.2026 13.15"),
                "en": ("Thursday 3 December 2026", "09:00–10:30", "3 Dec 2026 13:15")}
    for language, parts in expected.items():
        text = "\n".join(support.page_texts(rendered.files[language]))
        for part in parts:
            assert part in text, (language, part)
    english = "\n".join(support.page_texts(rendered.files["en"]))
    assert "3.12.2026" not in english and "klo" not in english


def test_dejavu_is_embedded(rendered: Rendered) -> None:
    rows = [line.split() for line in
            support.run("pdffonts", rendered.files["fi"]).splitlines()[2:]]
    assert {row[0].split("+")[-1] for row in rows} == {"DejaVuSans", "DejaVuSans-Bold"}
    for row in rows:
        assert row[-5:-3] == ["yes", "yes"], row  # emb, sub


def _assert_signature_box_blank(path: Path, scratch: Path) -> None:
    last = len(support.page_texts(path))
    x1, y1, x2, y2 = SIGNATURE_BOX
    for wx1, wy1, wx2, wy2, word in support.words_on_page(path, last):
        assert wx2 <= x1 or wx1 >= x2 or wy2 <= y1 or wy1 >= y2, word
    # not even a rule: the box renders as blank paper (1 px = 1 pt at 72 dpi)
    support.run("pdftoppm", "-r", "72", "-f", str(last), "-l", str(last), "-png",
                "-x", str(int(x1)), "-y", str(int(842 - y2)), "-W", str(int(x2 - x1)),
                "-H", str(int(y2 - y1)), "-singlefile", path, scratch)
    assert Image.open(scratch.with_suffix(".png")).convert("L").getextrema() == (255, 255)


def test_nothing_is_drawn_where_the_signature_goes(rendered: Rendered, tmp_path: Path) -> None:
    for key in ("fi", "long"):
        _assert_signature_box_blank(rendered.files[key], tmp_path / key)
    # wherever the story happens to end on its last page
    data = rendered.data["fi"]
    for lines in range(0, 80, 3):
        path = tmp_path / f"lines-{lines}.pdf"
        path.write_bytes(render_summary(dataclasses.replace(
            data, decisions="\n\n".join(f"Rivi {n}" for n in range(lines))), language="fi"))
        _assert_signature_box_blank(path, tmp_path / f"lines-{lines}")
        assert "Asiakirjan tiedot" in support.page_texts(path)[-1]  # beside the stamp


def test_pages_render_as_images(rendered: Rendered) -> None:
    PAGES.mkdir(parents=True, exist_ok=True)
    for key in ("fi", "long"):
        for old in PAGES.glob(f"{key}-*.png"):
            old.unlink()
        support.run("pdftoppm", "-r", "60", "-png", rendered.files[key], PAGES / key)
        images = sorted(PAGES.glob(f"{key}-*.png"))
        assert len(images) == len(support.page_texts(rendered.files[key]))
        for image in images:
            grey = Image.open(image).convert("L")
            dark = sum(grey.histogram()[:128])
            assert dark > 0.005 * grey.width * grey.height, image  # text on the page


def test_same_input_gives_the_same_bytes(rendered: Rendered) -> None:
    data = rendered.data["fi"]
    assert render_summary(data, language="fi") == rendered.files["fi"].read_bytes()
    other = dataclasses.replace(data, document_id="another")
    assert render_summary(other, language="fi") != rendered.files["fi"].read_bytes()


def test_demo_meetings_render_in_every_language(demo_planner: Planner, tmp_path: Path) -> None:
    planner = demo_planner
    held = [m for m in planner.meetings.list() if m.status == MeetingStatus.HELD]
    assert held
    for meeting in held:
        for language in ("fi", "sv", "en"):
            data = SummaryData.collect(planner, meeting.id, language=language)
            path = tmp_path / f"{meeting.id}-{language}.pdf"
            path.write_bytes(render_summary(data, language=language))
            assert meeting.client_name in "\n".join(support.page_texts(path))


# --- any text at all --------------------------------------------------------------------------
MARKUP_LIKE = st.text(alphabet=st.sampled_from("<>&;/\"'=ab \n\tä\u0627\u0644\x00\x0b"),
                      max_size=40)


@settings(max_examples=60, deadline=None)
@given(title=st.text(max_size=200) | MARKUP_LIKE, decisions=st.text(max_size=2000) | MARKUP_LIKE,
       view=st.text(max_size=500) | MARKUP_LIKE)
def test_any_text_renders(rendered: Rendered, title: str, decisions: str, view: str) -> None:
    data = rendered.data["fi"]
    data = dataclasses.replace(data, meeting=dataclasses.replace(data.meeting, title=title),
                               decisions=decisions, client_view=view)
    assert render_summary(data, language="fi").startswith(b"%PDF-")


def test_markup_characters_print_as_text(rendered: Rendered, tmp_path: Path) -> None:
    data = rendered.data["fi"]
    data = dataclasses.replace(
        data, meeting=dataclasses.replace(data.meeting, title="Tulkki & <b>perhe</b>"),
        decisions="a < b && c > d <br/> <font size=40>iso</font>")
    path = tmp_path / "markup.pdf"
    path.write_bytes(render_summary(data, language="fi"))
    text = "\n".join(support.page_texts(path))
    assert "Tulkki & <b>perhe</b>" in text
    assert "a < b && c > d <br/> <font size=40>iso</font>" in text
