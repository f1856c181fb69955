"""Issue 13, defect 1: one rule for what a consent covers, asked by the warnings and the PDF.

A consent names organisations and, optionally, units; a unit is covered when its organisation
is named without units, or the unit itself is named (planner/consent_coverage.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from exports.pdf import SummaryData, render_summary
from planner.consent_coverage import ConsentCoverage
from planner.domain.enums import AgencyKind, ConsentForm, ParticipantKind, ParticipantRole
from planner.errors import ValidationFailed
from planner.messages import translate
from planner.services import (
    AgencyInput,
    ClientInput,
    ConsentInput,
    MeetingInput,
    ParticipantInput,
    Planner,
    ProfessionalInput,
)
from tests.factories import TZ
from tests.support import pdf as support

pytestmark = pytest.mark.both_engines  # the local store and the team store (issue 17)

GIVEN = datetime(2026, 11, 2, 10, 0, tzinfo=TZ)  # fixed: nothing here follows the calendar
START = datetime(2027, 1, 12, 9, 0, tzinfo=TZ)
PIRHA = "Pirkanmaan hyvinvointialue"


@dataclass(frozen=True)
class Row:
    name: str
    unit: str = ""


def test_the_rule_organisation_whole_or_the_unit_itself() -> None:
    unit_only = ConsentCoverage([Row(PIRHA, "Aikuissosiaalityö")])
    assert unit_only.covers(Row(PIRHA, "Aikuissosiaalityö"))
    assert not unit_only.covers(Row(PIRHA, "Hervannan sote-keskus"))
    assert not unit_only.covers(Row(PIRHA))  # a unit does not stand for its organisation
    # the same unit name in another organisation is another unit
    assert not unit_only.covers(Row("Tampereen kaupunki", "Aikuissosiaalityö"))

    whole = ConsentCoverage([Row(PIRHA)])
    assert whole.covers(Row(PIRHA, "Hervannan sote-keskus"))
    assert whole.covers(Row(PIRHA))
    assert not whole.covers(Row("Pirkanmaan hyvinvointialueen kuntayhtymä", "Hervanta"))
    assert not whole.covers(Row("Tampereen kaupunki", "Aikuissosiaalityö"))
    assert not ConsentCoverage([]).covers(Row(PIRHA))


def test_spelling_of_names_does_not_matter_but_letters_do() -> None:
    whole = ConsentCoverage([Row("  pirkanmaan   HYVINVOINTIALUE ")])
    assert whole.covers(Row(PIRHA, "Hervannan sote-keskus"))
    unit = ConsentCoverage([Row(PIRHA, "aikuissosiaalityö ")])
    assert unit.covers(Row("PIRKANMAAN hyvinvointialue", "Aikuissosiaalityö"))
    # decomposed ä (a + combining diaeresis), as some keyboards and pastes give it
    assert unit.covers(Row(PIRHA, "Aikuissosiaality\u006f\u0308"))
    assert not unit.covers(Row(PIRHA, "Aikuissosiaalityo"))


@dataclass(frozen=True)
class Scene:
    client_id: int
    meeting_id: int
    units: dict[str, int]


def _scene(planner: Planner) -> Scene:
    """The issue's scenario: consent for Pirha's adult social work; a doctor of Pirha's
    Hervanta health centre, a social worker of that unit and one of Tampere's unit of the
    same name take part."""
    def agency(name: str, kind: AgencyKind, unit: str) -> int:
        return planner.directory.create_agency(AgencyInput(name, kind, unit)).id or 0

    units = {"social": agency(PIRHA, AgencyKind.SOCIAL_SERVICES, "Aikuissosiaalityö"),
             "hervanta": agency(PIRHA, AgencyKind.HEALTH_CENTRE, "Hervannan sote-keskus"),
             "tampere": agency("Tampereen kaupunki", AgencyKind.SOCIAL_SERVICES,
                               "Aikuissosiaalityö")}
    client = planner.clients.create(ClientInput("Aino", "Korhonen",
                                                email="aino.korhonen@example.fi"))
    cid = client.id or 0
    planner.consents.record(ConsentInput(cid, [units["social"]], "Verkostoneuvottelu",
                                         ConsentForm.WRITTEN, GIVEN))
    meeting = planner.meetings.plan(MeetingInput(cid, "Verkostoneuvottelu", START,
                                                 START + timedelta(hours=1), location="Hervanta"))
    people = {"social": ("Liisa Mäkelä", ParticipantRole.SOCIAL_WORKER),
              "hervanta": ("Heikki Saarinen", ParticipantRole.HEALTH_CENTRE_DOCTOR),
              "tampere": ("Tuula Tampere", ParticipantRole.SOCIAL_WORKER)}
    for key, (name, role) in people.items():
        person = planner.directory.create_professional(ProfessionalInput(
            name, units[key], role=role, email=f"{key}@example.fi"))
        planner.meetings.add_participant(meeting.id or 0, ParticipantInput(
            ParticipantKind.PROFESSIONAL, professional_id=person.id))
    return Scene(cid, meeting.id or 0, units)


def _uncovered(planner: Planner, meeting_id: int) -> list[object]:
    return [w.params["agency"] for w in planner.meeting_details.get(meeting_id).warnings
            if w.code == "warning.no_consent"]


def _pdf_text(planner: Planner, meeting_id: int, tmp_path: Path) -> str:
    pdf = tmp_path / "summary.pdf"
    pdf.write_bytes(render_summary(SummaryData.collect(planner, meeting_id, language="fi"),
                                   language="fi"))
    return " ".join(" ".join(support.page_texts(pdf)).split())


def test_a_unit_named_covers_that_unit_only(planner: Planner, tmp_path: Path) -> None:
    scene = _scene(planner)
    # The warning names the unit that lacks consent, not only its organisation, which the
    # consent list shows as named (the issue: "…ei kata toimijaa Pirkanmaan hyvinvointialue").
    assert _uncovered(planner, scene.meeting_id) == [
        f"{PIRHA}, Hervannan sote-keskus", "Tampereen kaupunki, Aikuissosiaalityö"]
    text = _pdf_text(planner, scene.meeting_id, tmp_path)
    assert "ei kata toimijaa Pirkanmaan hyvinvointialue, Hervannan sote-keskus" in text
    assert f"ei kata toimijaa {PIRHA}, Aikuissosiaalityö" not in text
    assert planner.consents.covered_agencies(scene.client_id, START) == {scene.units["social"]}


def test_the_organisation_named_without_units_covers_every_unit(planner: Planner,
                                                                 tmp_path: Path) -> None:
    scene = _scene(planner)
    # typed as a hurried user might: another case, doubled spaces
    planner.consents.record(ConsentInput(scene.client_id, [], "Verkostoneuvottelu",
                                         ConsentForm.ORAL, GIVEN + timedelta(days=1),
                                         organisations=["  pirkanmaan  HYVINVOINTIALUE"]))
    assert _uncovered(planner, scene.meeting_id) == ["Tampereen kaupunki, Aikuissosiaalityö"]
    text = _pdf_text(planner, scene.meeting_id, tmp_path)
    assert f"ei kata toimijaa {PIRHA}" not in text
    assert f"{PIRHA} (koko organisaatio)" in text
    # the organisation's own directory row was made once, spelled as its units are (of two
    # kinds, so of none in particular)
    rows = [a for a in planner.directory.agencies() if a.name == PIRHA and not a.unit]
    assert len(rows) == 1 and rows[0].kind == AgencyKind.OTHER
    planner.consents.record(ConsentInput(scene.client_id, [], "Toinen", ConsentForm.ORAL,
                                         GIVEN + timedelta(days=2), organisations=[PIRHA]))
    assert len([a for a in planner.directory.agencies() if a.name == PIRHA and not a.unit]) == 1
    assert planner.consents.covered_agencies(scene.client_id, START) == {
        scene.units["social"], scene.units["hervanta"], rows[0].id}


def test_a_consent_naming_nothing_is_refused(planner: Planner) -> None:
    scene = _scene(planner)
    with pytest.raises(ValidationFailed) as failure:
        planner.consents.record(ConsentInput(scene.client_id, [], "Tyhjä", ConsentForm.ORAL,
                                             GIVEN, organisations=["   "]))
    assert [e.field for e in failure.value.errors] == ["agency_ids"]


def test_the_warning_is_translated_and_names_the_unit() -> None:
    text = translate("warning.no_consent", "fi", agency=f"{PIRHA}, Hervannan sote-keskus")
    assert text.endswith("ei kata toimijaa Pirkanmaan hyvinvointialue, Hervannan sote-keskus.")
