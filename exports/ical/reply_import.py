"""A participant's answer to an invite (iTIP REPLY, RFC 5546) from an .ics file or an .eml.

Outlook, Thunderbird, Google and Apple send the reply as a ``text/calendar; method=REPLY``
part of an e-mail (sometimes also as an .ics attachment: the same answer twice counts once).
Only the UID, the attendee's address, PARTSTAT and SEQUENCE are read.
"""

from __future__ import annotations

import email
import email.policy
from dataclasses import dataclass
from email.message import EmailMessage

from icalendar import Calendar

from planner.domain.enums import Attendance
from planner.errors import FieldError, ValidationFailed
from planner.services import Planner, ReplyResult

MAX_BYTES = 5_000_000
CALENDAR_TYPES = {"text/calendar", "application/ics", "text/x-vcalendar"}
ATTENDANCE = {
    "ACCEPTED": Attendance.ACCEPTED, "DECLINED": Attendance.DECLINED,
    "TENTATIVE": Attendance.TENTATIVE, "NEEDS-ACTION": Attendance.INVITED,
    "DELEGATED": Attendance.DECLINED,  # someone else goes in their place: they do not come
}


@dataclass(frozen=True)
class Reply:
    uid: str
    email: str
    attendance: Attendance
    sequence: int


def _unreadable(reason: str) -> ValidationFailed:
    return ValidationFailed([FieldError("reply_file", "validation.ics_unreadable",
                                        {"reason": f"validation.ics_reason.{reason}"})])


def _calendar_texts(data: bytes) -> list[bytes]:
    """The iCalendar bodies in ``data``: the file itself, or the calendar parts of a mail."""
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:15].upper()
    if head.startswith(b"BEGIN:VCALENDAR"):
        return [data]
    message = email.message_from_bytes(data, policy=email.policy.default)
    if not isinstance(message, EmailMessage) or not message.keys():
        raise _unreadable("not_icalendar")
    found = []
    for part in message.walk():
        if part.is_multipart():
            continue
        named_ics = (part.get_filename() or "").lower().endswith(".ics")
        if part.get_content_type() in CALENDAR_TYPES or named_ics:
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                found.append(payload)
    if not found:
        raise _unreadable("no_calendar_in_mail")
    return found


def _parse(text: bytes) -> Calendar:
    try:
        calendar = Calendar.from_ical(text.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, KeyError, IndexError, TypeError) as error:
        raise _unreadable("not_icalendar") from error
    if not isinstance(calendar, Calendar) or calendar.name != "VCALENDAR":
        raise _unreadable("not_icalendar")
    return calendar


def _address(value: object) -> str:
    text = str(value).strip()
    return text[7:].strip().lower() if text.lower().startswith("mailto:") else text.lower()


def read_replies(data: bytes) -> list[Reply]:
    """Every (meeting, attendee) answer in ``data``; a file without one is refused clearly."""
    if len(data) > MAX_BYTES:
        raise _unreadable("too_large")
    replies: dict[tuple[str, str], Reply] = {}
    for text in _calendar_texts(data):
        calendar = _parse(text)
        if str(calendar.get("METHOD", "")).upper() != "REPLY":
            raise _unreadable("not_a_reply")
        for event in calendar.walk("VEVENT"):
            uid = str(event.get("UID", "")).strip()
            attendees = event.get("ATTENDEE", [])
            try:
                sequence = int(event.get("SEQUENCE", 0))
            except (TypeError, ValueError):
                sequence = 0
            for attendee in attendees if isinstance(attendees, list) else [attendees]:
                status = str(getattr(attendee, "params", {}).get("PARTSTAT", "")).upper()
                address = _address(attendee)
                if uid and address and status in ATTENDANCE:
                    replies[(uid, address)] = Reply(uid, address, ATTENDANCE[status], sequence)
    if not replies:
        raise _unreadable("no_answer")
    return list(replies.values())


def import_replies(planner: Planner, data: bytes) -> list[ReplyResult]:
    """Record each answer in ``data``; the results say which were recorded and why not."""
    return [planner.replies.record(reply.uid, reply.email, reply.attendance, reply.sequence)
            for reply in read_replies(data)]
