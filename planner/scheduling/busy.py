"""Busy time per participant, and the one overlap rule every scheduling check uses.

All comparisons are made in UTC: two aware datetimes that share a ``ZoneInfo`` are compared and
subtracted by wall-clock time in Python, which is wrong across a DST change (the repeated hour
03:00–04:00 on the last Sunday of October looks like one hour, not two).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from planner.config import HELSINKI

TZ = ZoneInfo(HELSINKI)


def professional_key(professional_id: int) -> str:
    return f"professional:{professional_id}"


def client_key(client_id: int) -> str:
    return f"client:{client_id}"


def utc(moment: datetime) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("scheduling needs time-zone aware datetimes")
    return moment.astimezone(UTC)


def duration(start: datetime, end: datetime) -> timedelta:
    """Elapsed time, correct across a DST change."""
    return utc(end) - utc(start)


def overlaps(start: datetime, end: datetime, other_start: datetime, other_end: datetime,
             buffer: timedelta = timedelta(0)) -> bool:
    """True when the two intervals are closer than ``buffer`` (touching is fine at 0)."""
    return utc(start) < utc(other_end) + buffer and utc(other_start) < utc(end) + buffer


@dataclass(frozen=True)
class BusyInterval:
    """A time ``participant_key`` (see ``professional_key``/``client_key``, or any string an
    importer uses, e.g. an e-mail address) cannot attend; from the store or an .ics file."""

    participant_key: str
    start: datetime
    end: datetime
    label: str = ""

    def __post_init__(self) -> None:
        if utc(self.end) <= utc(self.start):
            raise ValueError("a busy interval must end after it starts")
