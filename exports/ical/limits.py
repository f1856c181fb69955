"""Bounds for the iCalendar files people send us (replies, busy times).

icalendar builds components with a stack, but a file of thousands of nested ``BEGIN:`` lines
is no calendar and costs memory and time in every reader after it. Real files nest at most
VCALENDAR > VEVENT > VALARM, or VCALENDAR > VTIMEZONE > STANDARD.
"""

from __future__ import annotations

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
