"""Someone already booked elsewhere at (nearly) the same time."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from planner.scheduling.busy import TZ, overlaps, utc
from planner.scheduling.calendar_rules import SchedulingWarning, clock

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
            "name": self.name, "title": self.title, "time": time_span(self.start, self.end),
            "meeting_id": self.meeting_id})


def time_span(start: datetime, end: datetime) -> str:
    """"29.3.2026 9.00–10.00" in Helsinki time (the end's date too when it is another day)."""
    first, last = start.astimezone(TZ), end.astimezone(TZ)
    text = f"{first.day}.{first.month}.{first.year} {clock(first.time())}–"
    if last.date() != first.date():
        text += f"{last.day}.{last.month}.{last.year} "
    return text + clock(last.time())


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
