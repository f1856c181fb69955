"""The sickness-allowance follow-up series planned as meetings from an existing meeting."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from planner.domain.enums import ParticipantKind
from planner.scheduling import FollowUpKind
from planner.services import Planner
from tests.support import ical

# the local store and a team store on PostgreSQL (tests/conftest.py)
pytestmark = pytest.mark.both_engines


def test_series_becomes_planned_meetings_with_the_right_people(planner: Planner) -> None:
    ical.organizer(planner)
    client = ical.client(planner)
    source_id = ical.meeting(planner, client.id or 0)  # 3.12.2026 9.00–10.30, client + 3
    points = planner.scheduling.sickness_allowance_followups(date(2026, 11, 2))
    planned = planner.plan_followups(source_id, points, "fi")

    assert [m.start.astimezone(ical.TZ).date() for m in planned] == [p.proposed for p in points]
    assert all(m.start.astimezone(ical.TZ).hour == 9 for m in planned)  # the same clock time
    details = [planner.meeting_details.get(m.id or 0) for m in planned]
    by_kind = {point.kind: detail for point, detail in zip(points, details, strict=True)}
    call = by_kind[FollowUpKind.CALL]
    assert [p.kind for p in call.participants] == [ParticipantKind.CLIENT]
    assert (call.meeting.end - call.meeting.start).total_seconds() == 30 * 60
    meeting = by_kind[FollowUpKind.MEETING]
    assert {p.email for p in meeting.participants} == {
        "anna.korhonen@example.fi", "pekka.aijala@example.fi", "larisa@example.ru",
        "ahmad@example.org"}
    assert meeting.meeting.title == "Sairauspäivärahan 90–150 päivän seuranta"
    assert "hoitavan tahon lausunto" in meeting.meeting.purpose
    assert meeting.meeting.location == "Hervannan sote-keskus, huone 2"
    # the follow-ups lie within their windows, on working days, later than the source
    for point, detail in zip(points, details, strict=True):
        day = detail.meeting.start.astimezone(ical.TZ).date()
        assert point.earliest <= day and day.weekday() < 5
        assert detail.meeting.start > datetime(2026, 12, 3, 10, 30, tzinfo=ical.TZ)
