"""A participant's answer to an invite (iTIP REPLY, RFC 5546) from an .ics file or an .eml.

Outlook, Thunderbird, Google and Apple send the reply as a ``text/calendar; method=REPLY``
part of an e-mail (sometimes also as an .ics attachment: the same answer twice counts once).
Only the UID, the attendee's address, PARTSTAT and SEQUENCE are read, and of the e-mail its
From address: RFC 6047 wants the sender to be the attendee (the service checks it).

A REPLY speaks for exactly one attendee (RFC 5546 §3.2.3): a file naming several (or none) is
refused whole. Hostile files are refused, never crash the reader: too large, MIME parts or
calendar components nested too deeply (the standard library's parser recurses per level).
"""

from __future__ import annotations

import email
import email.policy
from dataclasses import dataclass
from email.errors import HeaderParseError, MessageError
from email.message import EmailMessage, Message

from icalendar import Calendar

from exports.ical.limits import parse_calendar, unreadable
from planner.domain.enums import Attendance
from planner.errors import FieldError, ValidationFailed
from planner.services import Planner, ReplyResult

MAX_BYTES = 5 * 1024 * 1024
MAX_MIME_DEPTH = 16  # a reply is 2-3 levels deep, a forwarded one a few more
MAX_MIME_PARTS = 1_000
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
    sender: str | None = None  # the e-mail's From address; None for a bare .ics file


def _unreadable(reason: str) -> ValidationFailed:
    return unreadable("reply_file", reason)


def _parse_mail(data: bytes) -> Message:
    try:
        return email.message_from_bytes(data, policy=email.policy.default)
    except RecursionError as error:  # the parser recurses once per nested multipart
        raise _unreadable("too_deep") from error


def _leaf_parts(message: Message) -> list[Message]:
    """The non-multipart parts, walked without recursion and within MAX_MIME_DEPTH."""
    found: list[Message] = []
    stack: list[tuple[Message, int]] = [(message, 0)]
    seen = 0
    while stack:
        part, depth = stack.pop()
        seen += 1
        if depth > MAX_MIME_DEPTH or seen > MAX_MIME_PARTS:
            raise _unreadable("too_deep")
        if part.is_multipart():
            children = part.get_payload()
            if isinstance(children, list):
                stack.extend((child, depth + 1) for child in reversed(children)
                             if isinstance(child, Message))
        else:
            found.append(part)
    return found


def _sender(message: Message) -> str:
    """The From address; several authors, or none readable, give what the header says (and
    it will match no attendee)."""
    values = message.get_all("From") or []
    try:
        addresses: list[str] = [a.addr_spec for value in values
                     for a in getattr(value, "addresses", ()) if a.username]
    except (HeaderParseError, MessageError, ValueError, IndexError, TypeError,
            AttributeError):
        addresses = []
    if len(values) == 1 and len(addresses) == 1:
        return str(addresses[0])
    return ", ".join(addresses) or ", ".join(str(v) for v in values)


def calendar_texts(data: bytes) -> tuple[list[bytes], str | None]:
    """The iCalendar bodies in ``data`` (the file itself, or the calendar parts of a mail)
    and the mail's sender (None for a bare .ics file)."""
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:15].upper()
    if head.startswith(b"BEGIN:VCALENDAR"):
        return [data], None
    message = _parse_mail(data)
    if not isinstance(message, EmailMessage) or not message.keys():
        raise _unreadable("not_icalendar")
    found = []
    for part in _leaf_parts(message):
        named_ics = (part.get_filename() or "").lower().endswith(".ics")
        if part.get_content_type() in CALENDAR_TYPES or named_ics:
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                found.append(payload)
    if not found:
        raise _unreadable("no_calendar_in_mail")
    return found, _sender(message)


def _parse(text: bytes) -> Calendar:
    return parse_calendar(text, "reply_file")


def _address(value: object) -> str:
    text = str(value).strip()
    return text[7:].strip().lower() if text.lower().startswith("mailto:") else text.lower()


def _attendee_count(count: int) -> ValidationFailed:
    return ValidationFailed([FieldError("reply_file", "validation.reply_attendee_count",
                                        {"count": count})])


def read_replies(data: bytes) -> list[Reply]:
    """Every (meeting, attendee) answer in ``data``; a file without one is refused clearly,
    and so is a file speaking for more than one attendee."""
    if len(data) > MAX_BYTES:
        raise _unreadable("too_large")
    texts, sender = calendar_texts(data)
    replies: dict[tuple[str, str], Reply] = {}
    attendees_named: set[str] = set()
    for text in texts:
        calendar = _parse(text)
        if str(calendar.get("METHOD", "")).upper() != "REPLY":
            raise _unreadable("not_a_reply")
        for event in calendar.walk("VEVENT"):
            uid = str(event.get("UID", "")).strip()
            found = event.get("ATTENDEE", [])
            attendees = found if isinstance(found, list) else [found]
            if not attendees:
                raise _unreadable("no_answer")
            if len(attendees) > 1:
                raise _attendee_count(len(attendees))
            attendee = attendees[0]
            try:
                sequence = int(event.get("SEQUENCE", 0))
            except (TypeError, ValueError, OverflowError):
                sequence = 0
            status = str(getattr(attendee, "params", {}).get("PARTSTAT", "")).upper()
            address = _address(attendee)
            attendees_named.add(address)
            if uid and address and status in ATTENDANCE:
                replies[(uid, address)] = Reply(uid, address, ATTENDANCE[status], sequence,
                                                sender)
    if len(attendees_named) > 1:  # one answer per VEVENT, but for several people
        raise _attendee_count(len(attendees_named))
    if not replies:
        raise _unreadable("no_answer")
    return list(replies.values())


def import_replies(planner: Planner, data: bytes, *,
                   accept_mismatch: bool = False) -> list[ReplyResult]:
    """Record each answer in ``data``; the results say which were recorded and why not.
    An answer whose e-mail came from someone else than its attendee is recorded only with
    ``accept_mismatch`` (a person looked at it and said so)."""
    return [planner.replies.record(reply.uid, reply.email, reply.attendance, reply.sequence,
                                   sender=reply.sender, accept_mismatch=accept_mismatch)
            for reply in read_replies(data)]
