"""The calendar grid's reads: the client named as the privacy setting allows, my participations
(by the profile's e-mail) told apart, cancelled meetings left out, the read logged."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlmodel import select

from planner.domain import AuditEntry
from planner.domain.enums import AgencyKind, AuditAction, MeetingStatus, ParticipantKind
from planner.scheduling import TZ
from planner.services import (
    AgencyInput,
    ClientInput,
    MeetingInput,
    ParticipantInput,
    Planner,
    ProfessionalInput,
    ProfileInput,
)
from tests.test_scale_queries import plan_of, statements

# the local store and a team store on PostgreSQL (tests/conftest.py)
pytestmark = pytest.mark.both_engines

MONDAY = datetime(2026, 12, 7, 0, 0, tzinfo=TZ)


def meeting(planner: Planner, client_id: int, title: str, hours: int) -> int:
    start = MONDAY + timedelta(hours=hours)
    made = planner.meetings.plan(MeetingInput(client_id, title, start,
                                              start + timedelta(hours=1), location="Tays"))
    return made.id or 0


def test_the_grid_names_the_client_by_the_setting_and_marks_my_participations(
        planner: Planner) -> None:
    client = planner.clients.create(ClientInput("Aino Maria", "Korhonen")).id or 0
    agency = planner.directory.create_agency(AgencyInput("Kela", AgencyKind.KELA)).id or 0
    me = planner.directory.create_professional(ProfessionalInput(
        "Sanna Sosiaalityöntekijä", agency, email="Sanna.S@example.fi")).id or 0
    other = planner.directory.create_professional(ProfessionalInput(
        "Olli Muu", agency, email="olli@example.fi")).id or 0
    planner.profile.save(ProfileInput("Sanna Sosiaalityöntekijä", email="sanna.s@example.fi"))
    mine, theirs, cancelled = (meeting(planner, client, t, h)
                               for t, h in (("Minun", 9), ("Muiden", 12), ("Peruttu", 14)))
    planner.meetings.add_participant(mine, ParticipantInput(ParticipantKind.PROFESSIONAL,
                                                            professional_id=me))
    planner.meetings.add_participant(theirs, ParticipantInput(ParticipantKind.PROFESSIONAL,
                                                              professional_id=other))
    planner.meetings.set_status(cancelled, MeetingStatus.CANCELLED)
    outside = MONDAY + timedelta(days=8, hours=9)  # next week's Tuesday
    planner.meetings.plan(MeetingInput(client, "Ensi viikolla", outside,
                                       outside + timedelta(hours=1), location="Tays"))

    rows = planner.calendar.meetings(MONDAY, MONDAY + timedelta(days=7))
    assert [(r.title, r.client, r.participating) for r in rows] == [
        ("Minun", "A. K.", True), ("Muiden", "A. K.", False)]
    planner.profile.set_invite_client_naming("full_name")
    assert {r.client for r in planner.calendar.meetings(MONDAY, MONDAY + timedelta(days=7))} \
        == {"Aino Maria Korhonen"}
    planner.profile.set_invite_client_naming("none")
    assert {r.client for r in planner.calendar.meetings(MONDAY, MONDAY + timedelta(days=7))} \
        == {""}
    with planner.ctx.read() as session:
        views = list(session.exec(select(AuditEntry).where(
            AuditEntry.action == AuditAction.VIEW, AuditEntry.entity == "meeting_list")))
    assert [v.detail for v in views] == ["calendar grid: 2 rows"] * 3


def test_without_a_profile_email_nothing_is_claimed_as_mine(planner: Planner) -> None:
    client = planner.clients.create(ClientInput("Aino", "Korhonen")).id or 0
    meeting(planner, client, "Kokous", 9)
    [row] = planner.calendar.meetings(MONDAY, MONDAY + timedelta(days=1))
    assert not row.participating


def test_the_grid_reads_its_week_from_the_meeting_end_index(local_planner: Planner) -> None:
    """Years of past meetings are not walked to find one week (the store of
    tests/benchmarks holds thousands): SQLite's plan (PostgreSQL plans by statistics)."""
    planner = local_planner
    client = planner.clients.create(ClientInput("Aino", "Korhonen")).id or 0
    meeting(planner, client, "Kokous", 9)
    with statements(planner.store.engine) as seen:
        planner.calendar.meetings(MONDAY, MONDAY + timedelta(days=7))
    assert "ix_meeting_end" in plan_of(planner, seen, "meeting")
