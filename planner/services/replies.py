"""Attendance from a participant's calendar reply (iTIP REPLY): accepted, declined, tentative.

The iCalendar reading is in exports/ical/reply_import.py; this records what a reply says, by
the meeting's UID and the participant's e-mail, and tells why a reply was not recorded.

An answer that came by e-mail (iMIP, RFC 6047 §3) is recorded only when its sender is the
attendee it speaks for; anyone can write an .eml naming someone else. A mismatch is recorded
only when a person has looked at it and said so (``accept_mismatch``). The log entry of every
recorded answer names its sender.
"""

from __future__ import annotations

import contextlib
import unicodedata
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
    SENDER_MISMATCH = "sender_mismatch"  # an e-mail from someone else than the attendee


MAX_SENDER_CHARS = 320  # an address is at most 254 characters; the rest is not worth logging


@dataclass(frozen=True)
class ReplyResult:
    outcome: ReplyOutcome
    email: str
    attendance: Attendance
    meeting_id: int | None = None
    participant_id: int | None = None
    participant_name: str = ""
    meeting_title: str = ""
    sender: str | None = None  # the e-mail's From address; None for a bare .ics file


def mailbox_key(address: str) -> str:
    """``address`` compared as a mailbox: any case, the domain in its ASCII (IDNA) form, so
    ``a@bücher.example`` and ``A@XN--BCHER-KVA.EXAMPLE`` are one."""
    text = unicodedata.normalize("NFC", address.strip()).casefold()
    local, at, domain = text.rpartition("@")
    if not at:
        return text
    domain = domain.rstrip(".")
    with contextlib.suppress(UnicodeError):  # not a valid domain name: compared as written
        domain = domain.encode("idna").decode("ascii")
    return f"{local}@{domain.lower()}"


def same_mailbox(first: str, second: str) -> bool:
    return bool(first.strip()) and mailbox_key(first) == mailbox_key(second)


def _printable(text: str) -> str:
    return "".join(c if c.isprintable() else "?" for c in text)[:MAX_SENDER_CHARS]


def _log_detail(participant_id: int | None, attendance: Attendance, address: str,
                sender: str | None, mismatch: bool) -> str:
    """What the log says of a recorded answer: who it is for, and who sent it."""
    detail = f"participant {participant_id} {attendance} (calendar reply)"
    if sender is None:
        return f"{detail}; no sender (bare .ics file)"
    detail += f"; sender {_printable(sender) or '(none)'}"
    if mismatch:
        detail += f"; mismatch accepted (the answer names {_printable(address)})"
    return detail


class Replies(Service):
    def record(self, uid: str, email: str, attendance: Attendance, sequence: int = 0, *,
               sender: str | None = None, accept_mismatch: bool = False) -> ReplyResult:
        """Set the attendance of the participant with ``email`` in the meeting ``uid``.

        ``sender`` is the From address of the e-mail the answer came in (None for a bare
        .ics file); when it is not ``email``, nothing is recorded unless ``accept_mismatch``.
        """
        address = email.strip().lower()
        with self.ctx.write() as session:
            meeting = session.exec(select(Meeting).where(Meeting.ical_uid == uid)).first()
            if meeting is None:
                return ReplyResult(ReplyOutcome.UNKNOWN_MEETING, address, attendance,
                                   sender=sender)
            unknown = ReplyResult(ReplyOutcome.UNKNOWN_ATTENDEE, address, attendance,
                                  meeting.id, meeting_title=meeting.title, sender=sender)
            participant = session.exec(
                select(Participant).where(Participant.meeting_id == meeting.id,
                                          func.lower(Participant.email) == address)).first()
            if participant is None:
                return unknown
            mismatch = sender is not None and not same_mailbox(sender, address)
            if mismatch and not accept_mismatch:
                outcome = ReplyOutcome.SENDER_MISMATCH
            elif meeting.status == MeetingStatus.CANCELLED:
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
                                  detail=_log_detail(participant.id, attendance, address,
                                                     sender, mismatch))
                outcome = ReplyOutcome.RECORDED
            return replace(unknown, outcome=outcome, participant_id=participant.id,
                           participant_name=participant.name)
