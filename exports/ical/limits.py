"""Bounds for the iCalendar files people send us (replies, busy times).

icalendar builds components with a stack, but a file of thousands of nested ``BEGIN:`` lines
is no calendar and costs memory and time in every reader after it. Real files nest at most
VCALENDAR > VEVENT > VALARM, or VCALENDAR > VTIMEZONE > STANDARD.
"""

from __future__ import annotations

from icalendar import Calendar

from planner.errors import FieldError, ValidationFailed

MAX_NESTING = 8


def check_nesting(text: str, limit: int = MAX_NESTING) -> bool:
    """False when components in ``text`` nest deeper than ``limit`` (folded lines start with
    a space, so a BEGIN at the start of a line is a real one)."""
    depth = 0
    for line in text.splitlines():
        head = line[:6].upper()
        if head == "BEGIN:":
            depth += 1
            if depth > limit:
                return False
        elif head.startswith("END:"):
            depth = max(0, depth - 1)
    return True


def parse_calendar(data: bytes, field: str) -> Calendar:
    """One VCALENDAR from a file a person gave us, or ValidationFailed naming ``field`` and
    why (not UTF-8 / not iCalendar, nested too deeply)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise unreadable(field, "not_icalendar") from error
    if not check_nesting(text):
        raise unreadable(field, "too_deep")
    try:
        calendar = Calendar.from_ical(text)
    except (ValueError, KeyError, IndexError, TypeError, RecursionError) as error:
        raise unreadable(field, "not_icalendar") from error
    if not isinstance(calendar, Calendar) or calendar.name != "VCALENDAR":
        raise unreadable(field, "not_icalendar")
    return calendar


def unreadable(field: str, reason: str) -> ValidationFailed:
    return ValidationFailed([FieldError(field, "validation.ics_unreadable",
                                        {"reason": f"validation.ics_reason.{reason}"})])
