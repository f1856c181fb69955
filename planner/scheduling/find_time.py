"""Find a time: free slots for the required and optional participants, best first."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from planner.scheduling.busy import BusyInterval, overlaps, utc
from planner.scheduling.calendar_rules import CalendarRules

STEPS = (15, 30)


@dataclass(frozen=True)
class SlotRequest:
    duration: timedelta
    first_day: date
    last_day: date
    required: tuple[str, ...]
    optional: tuple[str, ...] = ()
    step_minutes: int = 30
    buffer_minutes: int = 15

    def check(self) -> None:
        if self.duration <= timedelta(0):
            raise ValueError("duration")
        if self.last_day < self.first_day:
            raise ValueError("last_day")
        if self.step_minutes not in STEPS:
            raise ValueError("step_minutes")
        if self.buffer_minutes < 0:
            raise ValueError("buffer_minutes")


@dataclass(frozen=True)
class Slot:
    """A candidate time and why it ranks where it does."""

    start: datetime
    end: datetime
    free: tuple[str, ...]  # every participant (required or optional) free then
    busy_required: tuple[str, ...]
    busy_optional: tuple[str, ...]  # optional participants who are not free

    @property
    def all_required_free(self) -> bool:
        return not self.busy_required

    def rank_key(self) -> tuple[bool, int, datetime]:
        return (bool(self.busy_required), len(self.busy_optional), utc(self.start))


def candidate_starts(request: SlotRequest, rules: CalendarRules) -> Iterator[datetime]:
    """Starts on the step inside working hours of working days (stepped in real time)."""
    step = timedelta(minutes=request.step_minutes)
    day = request.first_day
    while day <= request.last_day:
        if rules.is_working_day(day):
            opens, closes = rules.day_bounds(day)
            start = utc(opens)
            while start + request.duration <= utc(closes):
                yield start.astimezone(opens.tzinfo)
                start += step
        day += timedelta(days=1)


def find_slots(request: SlotRequest, busy: Iterable[BusyInterval],
               rules: CalendarRules | None = None, limit: int = 20) -> list[Slot]:
    """Rank: all required free first, then more optional free, then earlier."""
    request.check()
    rules = rules or CalendarRules()
    buffer = timedelta(minutes=request.buffer_minutes)
    by_key: dict[str, list[BusyInterval]] = defaultdict(list)
    for interval in busy:
        by_key[interval.participant_key].append(interval)

    def is_free(key: str, start: datetime, end: datetime) -> bool:
        return not any(overlaps(start, end, b.start, b.end, buffer) for b in by_key[key])

    slots: list[Slot] = []
    for start in candidate_starts(request, rules):
        end = (utc(start) + request.duration).astimezone(start.tzinfo)
        free = tuple(k for k in (*request.required, *request.optional) if is_free(k, start, end))
        slots.append(Slot(start, end, free,
                          tuple(k for k in request.required if k not in free),
                          tuple(k for k in request.optional if k not in free)))
    slots.sort(key=Slot.rank_key)
    return slots[:limit]
