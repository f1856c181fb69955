"""The summary PDF's income effects (issue 15), read back with pdftotext in each language."""

from __future__ import annotations

from pathlib import Path

import pytest

from exports.pdf import SummaryData, render_summary
from planner.demo_income import WORK_TRIAL
from planner.domain.enums import AuditAction
from planner.services import Planner
from tests.support import pdf as support

# the local store and a team store on PostgreSQL (tests/conftest.py)
pytestmark = pytest.mark.both_engines


@pytest.fixture
def planner(demo_planner: Planner) -> Planner:
    """The demo as of 25.11.2026 (a copy of the one loaded once per test process)."""
    return demo_planner


def _day_60(planner: Planner) -> int:
    trial = next(a for a in planner.actions.list() if a.description == WORK_TRIAL)
    assert trial.meeting_id is not None
    return trial.meeting_id


def _text(planner: Planner, meeting_id: int, language: str, path: Path) -> str:
    data = SummaryData.collect(planner, meeting_id, language=language)
    path.write_bytes(render_summary(data, language=language))
    return " ".join(" ".join(support.page_texts(path)).split())


@pytest.mark.parametrize(("language", "expected"), [
    ("fi", ("Tulovaikutukset", f"Toimenpide: {WORK_TRIAL}", "Työmarkkinatuki: jatkuu",
            "Yleinen asumistuki: muuttuu", "Selvittänyt Katja Salonen",
            "Määrästä: Kulukorvaus lisätään",
            "Tulovaikutusta ei ole selvitetty: Ammatillinen kuntoutus",
            "https://www.kela.fi/ammatillinen-kuntoutus")),
    ("sv", ("Inkomstpåverkan", "Arbetsmarknadsstöd: fortsätter",
            "Allmänt bostadsbidrag: ändras", "Utrett av Katja Salonen",
            "Inkomstpåverkan har inte utretts: Yrkesinriktad rehabilitering")),
    ("en", ("Income effects", "Labour market subsidy: continues",
            "General housing allowance: changes", "Checked by Katja Salonen",
            "Income effect not checked: Vocational rehabilitation")),
])
def test_the_summary_shows_the_notes_and_what_is_unchecked(
        planner: Planner, tmp_path: Path, language: str, expected: tuple[str, ...]) -> None:
    meeting_id = _day_60(planner)
    before = _income_views(planner)
    text = _text(planner, meeting_id, language, tmp_path / f"{language}.pdf")
    for words in expected:
        assert words in text, words
    # read inside the summary's one logged view: no view of its own
    assert _income_views(planner) == before


def _income_views(planner: Planner) -> int:
    return sum(e.action == AuditAction.VIEW and e.entity == "income_effect"
               for e in planner.audit.for_client(_client(planner)))


def _client(planner: Planner) -> int:
    (row,) = planner.clients.search("Mäkinen")
    return row.id


def test_the_hint_is_in_the_summary_until_a_note_is_recorded(
        planner: Planner, tmp_path: Path) -> None:
    meeting_id = _day_60(planner)
    reading = planner.income_effects.for_client(_client(planner))
    for note in reading.notes:
        planner.income_effects.remove(note.id)
    text = _text(planner, meeting_id, "fi", tmp_path / "unchecked.pdf")
    assert f"Tulovaikutusta ei ole selvitetty: {WORK_TRIAL}" in text
    assert "Työmarkkinatuki: jatkuu" not in text
    assert "https://www.kela.fi/tyollistymista-edistavat-palvelut" in text


@pytest.mark.parametrize(("language", "plain", "expected"), [
    ("fi", False, ("Vaikutukset toimeentuloosi", f"Toimenpide: {WORK_TRIAL}",
                   "Työmarkkinatuki: jatkuu", "Yleinen asumistuki: muuttuu",
                   "Selvittänyt Katja Salonen")),
    ("fi", True, ("Mitä tapahtuu rahoillesi", "Työmarkkinatuki: jatkuu",
                  "Yleinen asumistuki: muuttuu")),
    ("sv", False, ("Hur din försörjning påverkas", "Arbetsmarknadsstöd: fortsätter",
                   "Utrett av Katja Salonen")),
])
def test_the_clients_own_copy_tells_what_happens_to_the_benefits(
        planner: Planner, tmp_path: Path, language: str, plain: bool,
        expected: tuple[str, ...]) -> None:
    """The fear the issue names: will my benefits stop? The client's copy says it, in the
    copy's language, without the professionals' rule hints and their sources."""
    from exports.pdf.client_copy import write_client_copy_pdf

    meeting_id = _day_60(planner)
    before = _income_views(planner)
    out = tmp_path / f"copy-{language}-{plain}.pdf"
    write_client_copy_pdf(planner, meeting_id, out, language=None if plain else language,
                          plain=plain)
    text = " ".join(" ".join(support.page_texts(out)).split())
    for words in expected:
        assert words in text, words
    assert "https://www.kela.fi/" not in text  # the sources are in the summary and the plan
    assert _income_views(planner) == before  # inside the copy's logged disclosure


def test_the_plan_pdf_shows_the_notes(planner: Planner, tmp_path: Path) -> None:
    from exports.pdf.plan_document import write_plan_pdf

    _day_60(planner)
    out = tmp_path / "plan.pdf"
    write_plan_pdf(planner, _client(planner), out, language="fi")
    text = " ".join(" ".join(support.page_texts(out)).split())
    for words in ("Tulovaikutukset", f"Toimenpide: {WORK_TRIAL}", "Työmarkkinatuki: jatkuu",
                  "Selvittänyt Katja Salonen"):
        assert words in text, words
