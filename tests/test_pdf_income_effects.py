"""The summary PDF's income effects (issue 15), read back with pdftotext in each language."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from exports.pdf import SummaryData, render_summary
from planner.demo import load_demo
from planner.demo_income import WORK_TRIAL
from planner.domain.enums import AuditAction
from planner.services import Planner
from tests.support import pdf as support


def _day_60(planner: Planner) -> int:
    load_demo(planner, today=date(2026, 11, 25))
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
