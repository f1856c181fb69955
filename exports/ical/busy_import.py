"""Busy times a participant sent as an .ics file (their calendar export or a VFREEBUSY reply).

Only *when* someone is busy is kept: summaries and locations of their other appointments are
not read into Verkosto. Recurring events are expanded within the window asked about. A file
that is not iCalendar gives a translated ``validation.ics_unreadable``, never a crash.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

import recurring_ical_events
from icalendar import Calendar

from exports.ical.limits import parse_calendar, unreadable
from planner.errors import ValidationFailed
from planner.scheduling.busy import TZ, BusyInterval, utc

FREE_TYPES = {"FREE"}
MAX_BYTES = 5 * 1024 * 1024  # a year of a busy person's calendar is far below this


def _unreadable(reason: str) -> ValidationFailed:
    return unreadable("ics_file", reason)


def _aware(value: Any, *, end: bool = False) -> datetime:
    """A DATE means the whole day; a floating time is read as Helsinki time."""
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=TZ)
    if isinstance(value, date):
        return datetime.combine(value, time(0), TZ)
    raise TypeError(f"not a date or time: {value!r}")


def _events(calendar: Calendar, key: str, since: datetime,
            until: datetime) -> list[BusyInterval]:
    busy = []
    for event in recurring_ical_events.of(calendar).between(since, until):
        if str(event.get("TRANSP", "OPAQUE")).upper() == "TRANSPARENT":
            continue  # marked "show as free"
        if str(event.get("STATUS", "")).upper() == "CANCELLED":
            continue
        start = _aware(event.decoded("DTSTART"))
        if "DTEND" in event:
            end = _aware(event.decoded("DTEND"))
        elif "DURATION" in event:
            end = start + event.decoded("DURATION")
        else:
            end = start + (timedelta(days=1) if not isinstance(
                event.decoded("DTSTART"), datetime) else timedelta(0))
        if utc(end) > utc(start):
            busy.append(BusyInterval(key, start, end))
    return busy


def _free_busy(calendar: Calendar, key: str, since: datetime,
               until: datetime) -> list[BusyInterval]:
    busy = []
    for component in calendar.walk("VFREEBUSY"):
        periods = component.get("FREEBUSY", [])
        for prop in periods if isinstance(periods, list) else [periods]:
            if str(prop.params.get("FBTYPE", "BUSY")).upper() in FREE_TYPES:
                continue
            first, second = prop.dt  # (start, end) or (start, duration)
            start = _aware(first)
            end = start + second if isinstance(second, timedelta) else _aware(second)
            if utc(end) > utc(start) and utc(start) < utc(until) and utc(end) > utc(since):
                busy.append(BusyInterval(key, start, end))
    return busy


def read_busy_times(data: bytes, participant_key: str, since: datetime,
                    until: datetime) -> list[BusyInterval]:
    """The busy intervals in ``data`` (VEVENT or VFREEBUSY) overlapping ``since``–``until``."""
    if len(data) > MAX_BYTES:
        raise _unreadable("too_large")
    calendar = parse_calendar(data, "ics_file")
    try:
        busy = (_events(calendar, participant_key, since, until)
                + _free_busy(calendar, participant_key, since, until))
    except (recurring_ical_events.InvalidCalendar, ValueError, TypeError, KeyError,
            AttributeError, OverflowError, RecursionError) as error:
        raise _unreadable("bad_times") from error
    return sorted(busy, key=lambda b: utc(b.start))
