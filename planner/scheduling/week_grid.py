"""Where meetings go in a day or week grid (viikkonäkymä): days, hours, overlap lanes. No Qt.

Positions are wall-clock minutes of the Helsinki day: a 9.00 meeting sits at 9.00 in a DST
week too (the day of the change has 23 or 25 hours, but its grid has 24 rows like any other).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from planner.scheduling.busy import TZ

DAY_MINUTES = 24 * 60


@dataclass(frozen=True)
class GridItem:
    key: int  # the meeting's id
    start: datetime
    end: datetime


@dataclass(frozen=True)
class Placement:
    """One meeting's piece on one day: ``top``/``bottom`` in minutes from the local midnight,
    ``lane`` of ``lanes`` side by side with the meetings it overlaps."""

    key: int
    day: date
    top: int
    bottom: int
    lane: int = 0
    lanes: int = 1


def week_of(day: date) -> list[date]:
    monday = day - timedelta(days=day.weekday())
    return [monday + timedelta(days=i) for i in range(7)]


def shown_days(anchor: date, *, week: bool, weekend: bool,
               busy_days: Iterable[date] = ()) -> list[date]:
    """The day itself, or its ISO week Mon–Fri (Mon–Sun with ``weekend``, or when a meeting
    falls on the weekend: a hidden meeting would be a lost one)."""
    if not week:
        return [anchor]
    days = week_of(anchor)
    busy = set(busy_days)
    if weekend or any(d in busy for d in days[5:]):
        return days
    return days[:5]


def _minutes(moment: datetime) -> int:
    local = moment.astimezone(TZ)
    return local.hour * 60 + local.minute


def pieces(item: GridItem, days: Sequence[date]) -> list[Placement]:
    """The item cut at local midnights, one piece per shown day it touches."""
    first = item.start.astimezone(TZ).date()
    last_moment = item.end.astimezone(TZ)
    last = last_moment.date()
    if last_moment.time() == time(0) and last > first:
        last -= timedelta(days=1)  # ends at midnight: nothing of the next day
    found = []
    for day in days:
        if not first <= day <= last:
            continue
        top = _minutes(item.start) if day == first else 0
        bottom = _minutes(item.end) if day == last and last_moment.date() == day else DAY_MINUTES
        found.append(Placement(item.key, day, top, max(bottom, top + 1)))
    return found


def _lanes(day_pieces: list[Placement]) -> list[Placement]:
    """Overlapping pieces side by side: each takes the first free lane; a group of pieces that
    overlap one another, directly or through others, shares one lane count."""
    ordered = sorted(day_pieces, key=lambda p: (p.top, -p.bottom, p.key))
    placed: list[Placement] = []
    group: list[Placement] = []
    lane_ends: list[int] = []
    group_end = -1

    def close_group() -> None:
        placed.extend(Placement(p.key, p.day, p.top, p.bottom, p.lane, len(lane_ends))
                      for p in group)

    for piece in ordered:
        if piece.top >= group_end and group:
            close_group()
            group, lane_ends = [], []
        lane = next((i for i, end in enumerate(lane_ends) if end <= piece.top), len(lane_ends))
        if lane == len(lane_ends):
            lane_ends.append(piece.bottom)
        else:
            lane_ends[lane] = piece.bottom
        group_end = max(group_end, piece.bottom) if group else piece.bottom
        group.append(Placement(piece.key, piece.day, piece.top, piece.bottom, lane))
    if group:
        close_group()
    return placed


def lay_out(items: Iterable[GridItem], days: Sequence[date]) -> list[Placement]:
    """Every piece of ``items`` on ``days``, with its lane, by day and then by time."""
    by_day: dict[date, list[Placement]] = {day: [] for day in days}
    for item in items:
        for piece in pieces(item, days):
            by_day[piece.day].append(piece)
    placed: list[Placement] = []
    for day in days:
        placed.extend(sorted(_lanes(by_day[day]), key=lambda p: (p.top, p.lane)))
    return placed


def hour_range(placements: Iterable[Placement], day_start: time, day_end: time, *,
               full_day: bool) -> tuple[int, int]:
    """The hours shown, [first, last): the working hours (whole hours around them) widened to
    every meeting shown, or the whole day."""
    if full_day:
        return 0, 24
    first = day_start.hour
    last = day_end.hour + (1 if day_end.minute else 0)
    for piece in placements:
        first = min(first, piece.top // 60)
        last = max(last, -(-piece.bottom // 60))
    return first, min(last, 24)
