"""Someone already booked elsewhere at (nearly) the same time."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from planner.formatting_types import Span
from planner.scheduling.busy import overlaps, utc
from planner.scheduling.calendar_rules import SchedulingWarning

DEFAULT_BUFFER = timedelta(minutes=15)


@dataclass(frozen=True)
class BookedMeeting:
    """Another meeting in the store; ``participants`` maps participant key -> name."""

    id: int
    title: str
    start: datetime
    end: datetime
    participants: Mapping[str, str]


@dataclass(frozen=True)
class Conflict:
    meeting_id: int
    title: str
    start: datetime
    end: datetime
    participant_key: str
    name: str

    def warning(self) -> SchedulingWarning:
        return SchedulingWarning("warning.conflict", {
            "name": self.name, "title": self.title, "time": Span(self.start, self.end),
            "meeting_id": self.meeting_id})


def find_conflicts(start: datetime, end: datetime, participant_keys: Collection[str],
                   booked: Iterable[BookedMeeting], *, buffer: timedelta = DEFAULT_BUFFER,
                   exclude_meeting_id: int | None = None) -> list[Conflict]:
    """One conflict per (other meeting, shared participant), earliest first."""
    found: list[Conflict] = []
    for other in booked:
        if other.id == exclude_meeting_id or not overlaps(start, end, other.start, other.end,
                                                          buffer):
            continue
        for key in sorted(set(participant_keys) & set(other.participants)):
            found.append(Conflict(other.id, other.title, other.start, other.end, key,
                                  other.participants[key]))
    return sorted(found, key=lambda c: (utc(c.start), c.meeting_id, c.participant_key))
