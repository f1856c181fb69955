"""The week grid's layout without Qt: days shown, wall-clock positions, overlap lanes."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.scheduling import TZ
from planner.scheduling.week_grid import (
    GridItem,
    hour_range,
    lay_out,
    shown_days,
    week_of,
)

MONDAY = date(2027, 3, 22)  # the week of the spring DST change (Sunday 28.3.2027)


def item(key: int, day: date, hour: int, minute: int = 0, minutes: int = 60) -> GridItem:
    start = datetime(day.year, day.month, day.day, hour, minute, tzinfo=TZ)
    return GridItem(key, start, start + timedelta(minutes=minutes))


def test_a_week_is_monday_to_friday_unless_the_weekend_is_asked_for_or_busy() -> None:
    thursday = MONDAY + timedelta(days=3)
    assert shown_days(thursday, week=True, weekend=False) == week_of(MONDAY)[:5]
    assert shown_days(thursday, week=True, weekend=True) == week_of(MONDAY)
    # A meeting on Saturday is not hidden by the working-week view.
    assert len(shown_days(thursday, week=True, weekend=False,
                          busy_days=[MONDAY + timedelta(days=5)])) == 7
    assert shown_days(thursday, week=False, weekend=False) == [thursday]


def test_nine_oclock_is_nine_oclock_on_both_sides_of_the_dst_change() -> None:
    days = week_of(MONDAY) + week_of(MONDAY + timedelta(days=7))
    sunday = date(2027, 3, 28)
    placed = lay_out([item(1, MONDAY, 9), item(2, sunday, 9), item(3, sunday + timedelta(1), 9)],
                     days)
    assert [(p.top, p.bottom) for p in placed] == [(540, 600)] * 3
    # The same instant given in UTC is placed by its Helsinki wall clock (UTC+3 from Sunday).
    utc_start = datetime(2027, 3, 29, 6, 0, tzinfo=UTC)
    [piece] = lay_out([GridItem(4, utc_start, utc_start + timedelta(hours=1))], days)
    assert (piece.day, piece.top) == (date(2027, 3, 29), 540)


def test_overlapping_meetings_go_side_by_side_and_others_keep_the_full_width() -> None:
    placed = {p.key: p for p in lay_out([
        item(1, MONDAY, 9), item(2, MONDAY, 9, 30), item(3, MONDAY, 10, 15),
        item(4, MONDAY, 13), item(5, MONDAY + timedelta(1), 9)], week_of(MONDAY))}
    assert (placed[1].lane, placed[1].lanes) == (0, 2)
    assert (placed[2].lane, placed[2].lanes) == (1, 2)
    assert (placed[3].lane, placed[3].lanes) == (0, 2)  # 1 has ended: its lane is free again
    assert (placed[4].lane, placed[4].lanes) == (0, 1)
    assert (placed[5].lane, placed[5].lanes) == (0, 1)  # another day


def test_a_meeting_past_midnight_is_cut_into_its_days() -> None:
    late = item(1, MONDAY, 22, minutes=180)
    placed = lay_out([late], week_of(MONDAY))
    assert [(p.day, p.top, p.bottom) for p in placed] == [
        (MONDAY, 22 * 60, 24 * 60), (MONDAY + timedelta(1), 0, 60)]
    ends_at_midnight = item(2, MONDAY, 22, minutes=120)
    assert len(lay_out([ends_at_midnight], week_of(MONDAY))) == 1


def test_the_hours_shown_are_the_working_hours_widened_to_every_meeting() -> None:
    placed = lay_out([item(1, MONDAY, 7, 30), item(2, MONDAY, 16, 15)], [MONDAY])
    assert hour_range([], time(8), time(16), full_day=False) == (8, 16)
    assert hour_range(placed, time(8), time(16), full_day=False) == (7, 18)
    assert hour_range(placed, time(8), time(16), full_day=True) == (0, 24)


@given(st.lists(st.tuples(st.integers(0, 4), st.integers(0, 19 * 4), st.integers(1, 16)),
                max_size=12))
@settings(max_examples=60)
def test_no_two_overlapping_pieces_share_a_lane(spec: list[tuple[int, int, int]]) -> None:
    items = [item(k, MONDAY + timedelta(d), q // 4, (q % 4) * 15, n * 15)
             for k, (d, q, n) in enumerate(spec)]
    placed = lay_out(items, week_of(MONDAY)[:5])
    assert len(placed) == len(items)
    for a in placed:
        assert 0 <= a.lane < a.lanes
        for b in placed:
            if a is not b and a.day == b.day and a.top < b.bottom and b.top < a.bottom:
                assert a.lane != b.lane and a.lanes == b.lanes
