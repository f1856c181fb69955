"""Follow-up meetings planned from an existing one (the sickness-allowance path, plan review).

Each proposed point becomes a planned meeting of the same client at the same clock time and
place: a call with the client alone, a meeting with everyone who took part in this one. The
purpose is the point's checklist, so whoever prepares it knows what it is for. Each records
the meeting type of its point (sickness_day_60 → its follow-up sickness_day_90_150); the
follow-up a type proposes "+N d" later is named, timed and given its agenda by that type.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from planner.config import HELSINKI
from planner.domain import Meeting
from planner.domain.enums import ParticipantKind
from planner.meeting_types import MeetingType
from planner.messages import label, translate
from planner.scheduling import FollowUp, FollowUpKind
from planner.scheduling.followups import TYPE_FOLLOW_UP
from planner.services.meeting_view import MeetingDetails
from planner.services.meetings import MeetingInput, Meetings, ParticipantInput

CALL_MINUTES = 30


def plan_followups(meetings: Meetings, details: MeetingDetails, meeting_id: int,
                   points: Iterable[FollowUp], language: str,
                   type_of: Callable[[str], MeetingType | None] = lambda _code: None,
                   ) -> list[Meeting]:
    """Plan one meeting per point; returns them in date order. ``type_of`` gives a type by
    its code (None: no such type any more)."""
    zone = ZoneInfo(HELSINKI)
    source = details.get(meeting_id, purpose="follow-up planning")
    meeting = source.meeting
    start_clock = meeting.start.astimezone(zone).time()
    length = meeting.end - meeting.start
    planned = []
    for point in sorted(points, key=lambda p: p.proposed):
        call = point.kind == FollowUpKind.CALL
        start = datetime.combine(point.proposed, start_clock, zone)
        kind = type_of(point.type_code) if point.type_code else None
        title, purpose, agenda, minutes = _shape(point, kind, language, length)
        created = meetings.plan(MeetingInput(
            meeting.client_id, title, start, start + minutes, purpose=purpose,
            location=meeting.location, remote_link=meeting.remote_link, mode=meeting.mode,
            plan_id=meeting.plan_id, agenda=agenda,
            type_code=point.type_code if kind is not None else None))
        for person in source.participants:
            if call and person.kind != ParticipantKind.CLIENT:
                continue
            meetings.add_participant(created.id or 0, ParticipantInput(
                person.kind, professional_id=person.professional_id, name=person.name,
                email=person.email, agency_id=person.agency_id, role=person.role,
                required=person.required, interpreter_language=person.interpreter_language))
        planned.append(created)
    return planned


def _shape(point: FollowUp, kind: MeetingType | None, language: str,
           length: timedelta) -> tuple[str, str, tuple[str, ...], timedelta]:
    """Title, purpose, agenda and length of the meeting planned at ``point``: a type's own
    follow-up is the type's (a type deleted meanwhile: a plain network meeting); a
    sickness-allowance point keeps its title and checklist, with its type's agenda."""
    if point.code == TYPE_FOLLOW_UP:
        if kind is None:
            return label("followup_kind", point.kind, language), "", (), length
        return (kind.name(language), "", kind.agenda_items(language),
                timedelta(minutes=kind.duration_minutes))
    call = point.kind == FollowUpKind.CALL
    return (label("followup", point.code, language),
            translate(f"followup.{point.code}", language),
            kind.agenda_items(language) if kind else (),
            timedelta(minutes=CALL_MINUTES) if call else length)
