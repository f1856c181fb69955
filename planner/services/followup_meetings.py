"""Follow-up meetings planned from an existing one (the sickness-allowance path, plan review).

Each proposed point becomes a planned meeting of the same client at the same clock time and
place: a call with the client alone, a meeting with everyone who took part in this one. The
purpose is the point's checklist, so whoever prepares it knows what it is for.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from planner.config import HELSINKI
from planner.domain import Meeting
from planner.domain.enums import ParticipantKind
from planner.messages import label, translate
from planner.scheduling import FollowUp, FollowUpKind
from planner.services.meeting_view import MeetingDetails
from planner.services.meetings import MeetingInput, Meetings, ParticipantInput

CALL_MINUTES = 30


def plan_followups(meetings: Meetings, details: MeetingDetails, meeting_id: int,
                   points: Iterable[FollowUp], language: str) -> list[Meeting]:
    """Plan one meeting per point; returns them in date order."""
    zone = ZoneInfo(HELSINKI)
    source = details.get(meeting_id, purpose="follow-up planning")
    meeting = source.meeting
    start_clock = meeting.start.astimezone(zone).time()
    length = meeting.end - meeting.start
    planned = []
    for point in sorted(points, key=lambda p: p.proposed):
        call = point.kind == FollowUpKind.CALL
        start = datetime.combine(point.proposed, start_clock, zone)
        created = meetings.plan(MeetingInput(
            meeting.client_id, label("followup", point.code, language), start,
            start + (timedelta(minutes=CALL_MINUTES) if call else length),
            purpose=translate(f"followup.{point.code}", language), location=meeting.location,
            remote_link=meeting.remote_link, mode=meeting.mode, plan_id=meeting.plan_id))
        for person in source.participants:
            if call and person.kind != ParticipantKind.CLIENT:
                continue
            meetings.add_participant(created.id or 0, ParticipantInput(
                person.kind, professional_id=person.professional_id, name=person.name,
                email=person.email, agency_id=person.agency_id, role=person.role,
                required=person.required, interpreter_language=person.interpreter_language))
        planned.append(created)
    return planned
