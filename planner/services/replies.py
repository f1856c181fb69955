"""Attendance from a participant's calendar reply (iTIP REPLY): accepted, declined, tentative.

The iCalendar reading is in exports/ical/reply_import.py; this records what a reply says, by
the meeting's UID and the participant's e-mail, and tells why a reply was not recorded.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from sqlmodel import func, select

from planner.domain import Meeting, Participant
from planner.domain.enums import Attendance, AuditAction, MeetingStatus
from planner.services.base import Service

# After the meeting, attendance says who came: a late calendar reply does not undo that.
_HELD = {Attendance.ATTENDED, Attendance.ABSENT}


class ReplyOutcome(StrEnum):
    RECORDED = "recorded"
    UNCHANGED = "unchanged"  # the same answer again
    OUTDATED = "outdated"  # an answer to an earlier time or place (before the last move)
    UNKNOWN_MEETING = "unknown_meeting"
    UNKNOWN_ATTENDEE = "unknown_attendee"
    MEETING_CANCELLED = "meeting_cancelled"
    ALREADY_HELD = "already_held"


@dataclass(frozen=True)
class ReplyResult:
    outcome: ReplyOutcome
    email: str
    attendance: Attendance
    meeting_id: int | None = None
    participant_id: int | None = None
    participant_name: str = ""
    meeting_title: str = ""


class Replies(Service):
    def record(self, uid: str, email: str, attendance: Attendance,
               sequence: int = 0) -> ReplyResult:
        """Set the attendance of the participant with ``email`` in the meeting ``uid``."""
        address = email.strip().lower()
        with self.ctx.write() as session:
            meeting = session.exec(select(Meeting).where(Meeting.ical_uid == uid)).first()
            if meeting is None:
                return ReplyResult(ReplyOutcome.UNKNOWN_MEETING, address, attendance)
            unknown = ReplyResult(ReplyOutcome.UNKNOWN_ATTENDEE, address, attendance,
                                  meeting.id, meeting_title=meeting.title)
            participant = session.exec(
                select(Participant).where(Participant.meeting_id == meeting.id,
                                          func.lower(Participant.email) == address)).first()
            if participant is None:
                return unknown
            if meeting.status == MeetingStatus.CANCELLED:
                outcome = ReplyOutcome.MEETING_CANCELLED
            elif sequence < meeting.rescheduled_sequence:
                outcome = ReplyOutcome.OUTDATED
            elif participant.attendance in _HELD:
                outcome = ReplyOutcome.ALREADY_HELD
            elif participant.attendance == attendance:
                outcome = ReplyOutcome.UNCHANGED
            else:
                participant.attendance = attendance
                self.audit.record(session, AuditAction.UPDATE, "meeting",
                                  client_id=meeting.client_id, entity_id=meeting.id,
                                  detail=f"participant {participant.id} {attendance} "
                                         "(calendar reply)")
                outcome = ReplyOutcome.RECORDED
            return replace(unknown, outcome=outcome, participant_id=participant.id,
                           participant_name=participant.name)
