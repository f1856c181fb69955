"""Calendar rules, DST arithmetic and the follow-up series; the store's working-hours setting."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.messages import translate
from planner.scheduling import (
    TZ,
    CalendarRules,
    DayCount,
    FollowUpKind,
    duration,
    overlaps,
    plan_review_followup,
    sickness_allowance_followups,
)
from planner.scheduling.followups import is_benefit_day, nth_day
from planner.services import Planner

pytestmark = pytest.mark.both_engines  # the local store and the team store (issue 17)


def at(day: date, hour: int, minute: int = 0, fold: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=TZ, fold=fold)


SPRING, AUTUMN = date(2026, 3, 29), date(2026, 10, 25)


def codes(found: list) -> list[str]:  # type: ignore[type-arg]
    return [w.code for w in found]


def test_dst_windows_have_their_real_length() -> None:
    # 02:30–04:30 local is one hour when clocks go forward and three when they go back.
    assert duration(at(SPRING, 2, 30), at(SPRING, 4, 30)) == timedelta(hours=1)
    assert duration(at(AUTUMN, 2, 30), at(AUTUMN, 4, 30)) == timedelta(hours=3)
    # The repeated hour: 03:30 summer time and 03:30 winter time are an hour apart.
    assert duration(at(AUTUMN, 3, 30), at(AUTUMN, 3, 30, fold=1)) == timedelta(hours=1)


def test_overlap_in_the_repeated_hour_uses_real_time() -> None:
    first = (at(AUTUMN, 3, 30), at(AUTUMN, 3, 50))  # summer time, 00:30–00:50 UTC
    second = (at(AUTUMN, 3, 10, fold=1), at(AUTUMN, 3, 40, fold=1))  # winter, 01:10–01:40 UTC
    assert not overlaps(*first, *second)  # the wall clocks overlap, the real times do not
    assert not overlaps(*first, *second, buffer=timedelta(minutes=15))
    assert overlaps(*first, *second, buffer=timedelta(minutes=30))  # 20 minutes apart
    # A meeting across the spring change contains the hour that follows it.
    assert overlaps(at(SPRING, 2, 30), at(SPRING, 4, 30), at(SPRING, 4, 0), at(SPRING, 4, 15))
    assert not overlaps(at(SPRING, 2, 30), at(SPRING, 4, 30), at(SPRING, 4, 30),
                        at(SPRING, 5, 0))


@given(st.datetimes(min_value=datetime(2026, 1, 1), max_value=datetime(2027, 12, 31)),
       st.integers(1, 600), st.integers(-600, 600), st.integers(1, 600))
def test_overlap_agrees_with_utc_intervals(start: datetime, length: int, offset: int,
                                           other_length: int) -> None:
    a_start = start.replace(tzinfo=TZ)
    a_end = (a_start.astimezone(UTC) + timedelta(minutes=length)).astimezone(TZ)
    b_start = (a_start.astimezone(UTC) + timedelta(minutes=offset)).astimezone(TZ)
    b_end = (b_start.astimezone(UTC) + timedelta(minutes=other_length)).astimezone(TZ)
    expected = offset < length and -offset < other_length
    assert overlaps(a_start, a_end, b_start, b_end) == expected
    assert duration(a_start, a_end) == timedelta(minutes=length)


def test_holiday_weekend_and_hours_warnings() -> None:
    rules = CalendarRules()
    independence = rules.warnings(at(date(2026, 12, 6), 10), at(date(2026, 12, 6), 11))
    assert codes(independence) == ["warning.holiday", "warning.weekend"]
    assert independence[0].params["name"] == "Itsenäisyyspäivä"
    assert translate("warning.holiday", "fi", **independence[0].params) == (
        "Ajankohta osuu pyhäpäivälle: Itsenäisyyspäivä.")
    eve = rules.warnings(at(date(2026, 6, 19), 9), at(date(2026, 6, 19), 10), "sv")
    assert codes(eve) == ["warning.holiday"]  # a Friday: a holiday but no weekend
    assert eve[0].params["name"] == "Midsommarafton"
    day = rules.warnings(at(date(2026, 6, 20), 9), at(date(2026, 6, 20), 10))
    assert codes(day) == ["warning.holiday", "warning.weekend"]
    assert day[0].params["name"] == "Juhannuspäivä"
    assert rules.warnings(at(date(2026, 12, 2), 8), at(date(2026, 12, 2), 16)) == []
    late = rules.warnings(at(date(2026, 12, 2), 15), at(date(2026, 12, 2), 16, 30))
    assert codes(late) == ["warning.outside_working_hours"]
    assert translate("warning.outside_working_hours", "fi", **late[0].params) == (
        "Ajankohta on työajan (8.00–16.00) ulkopuolella.")
    early = CalendarRules(time(7, 30), time(15, 0))
    assert early.warnings(at(date(2026, 12, 2), 7, 30), at(date(2026, 12, 2), 8)) == []
    # A night across the autumn change is both outside hours and on a Sunday.
    assert codes(rules.warnings(at(AUTUMN, 2, 30), at(AUTUMN, 4, 30))) == [
        "warning.weekend", "warning.outside_working_hours"]


def test_next_working_day_skips_weekends_and_holidays() -> None:
    rules = CalendarRules()
    assert rules.next_working_day(date(2026, 12, 24)) == date(2026, 12, 28)  # Christmas
    assert rules.next_working_day(date(2026, 6, 19)) == date(2026, 6, 22)  # Midsummer
    assert rules.next_working_day(date(2026, 12, 2)) == date(2026, 12, 2)


def test_benefit_days_skip_sundays_and_holidays() -> None:
    # Midsummer Eve (Fri) and Midsummer Day (Sat) are not benefit days; an ordinary Saturday is.
    assert nth_day(date(2026, 6, 15), 4) == date(2026, 6, 18)
    assert nth_day(date(2026, 6, 15), 5) == date(2026, 6, 22)
    assert nth_day(date(2026, 6, 22), 6) == date(2026, 6, 27)
    assert nth_day(date(2026, 1, 5), 60, DayCount.CALENDAR_DAYS) == date(2026, 3, 5)


@given(st.dates(min_value=date(2025, 1, 1), max_value=date(2028, 12, 31)),
       st.integers(1, 320))
def test_nth_benefit_day_is_the_nth(start: date, number: int) -> None:
    found = nth_day(start, number)
    assert is_benefit_day(found)
    span = (found - start).days + 1
    assert sum(is_benefit_day(start + timedelta(days=i)) for i in range(span)) == number


def test_sickness_allowance_series() -> None:
    series = sickness_allowance_followups(date(2026, 1, 5))
    assert [f.code for f in series] == ["sickness_day_60", "sickness_day_90_150",
                                        "sickness_day_230_300"]
    assert [f.kind for f in series] == [FollowUpKind.CALL, FollowUpKind.MEETING,
                                        FollowUpKind.CALL]
    rules = CalendarRules()
    for follow_up, first, last in zip(series, (60, 90, 230), (60, 150, 300), strict=True):
        assert follow_up.earliest == nth_day(date(2026, 1, 5), first)
        assert follow_up.latest == nth_day(date(2026, 1, 5), last)
        assert rules.is_working_day(follow_up.proposed)
        assert follow_up.earliest <= follow_up.proposed <= follow_up.earliest + timedelta(days=4)
        assert translate(f"label.followup.{follow_up.code}", "fi")
    assert translate("label.followup.sickness_day_60", "fi") == (
        "Sairauspäivärahan 60 päivän yhteydenotto")
    # Counted in calendar days, day 60 from 8.1.2026 is Sunday 8.3.: proposed on Monday.
    calendar = sickness_allowance_followups(date(2026, 1, 8), count=DayCount.CALENDAR_DAYS)
    assert (calendar[0].earliest, calendar[0].proposed) == (date(2026, 3, 8), date(2026, 3, 9))
    assert calendar[1].latest == date(2026, 1, 8) + timedelta(days=149)


def test_plan_review_moves_off_holidays() -> None:
    review = plan_review_followup(date(2026, 12, 24))
    assert (review.code, review.proposed, review.kind) == (
        "plan_review", date(2026, 12, 28), FollowUpKind.MEETING)
    assert plan_review_followup(date(2026, 12, 6)).proposed == date(2026, 12, 7)


def test_working_hours_and_buffer_are_store_settings(planner: Planner) -> None:
    """Warnings and find-a-time follow the store's working hours once they are changed."""
    from datetime import time as clock

    from planner.errors import ValidationFailed
    from planner.services.scheduling_settings import SchedulingSettings

    assert planner.scheduling.settings() == SchedulingSettings()  # 8.00–16.00, 15 min
    early = datetime(2026, 12, 2, 7, 30, tzinfo=TZ)  # a Wednesday
    codes = [w.code for w in planner.scheduling.warnings(early, early + timedelta(hours=1))]
    assert codes == ["warning.outside_working_hours"]
    planner.scheduling.save_settings(SchedulingSettings(clock(7, 0), clock(15, 0), 30))
    assert planner.scheduling.settings() == SchedulingSettings(clock(7, 0), clock(15, 0), 30)
    assert planner.scheduling.warnings(early, early + timedelta(hours=1)) == []
    with pytest.raises(ValidationFailed) as failure:
        planner.scheduling.save_settings(SchedulingSettings(clock(16, 0), clock(8, 0), 500))
    assert {(e.field, e.code) for e in failure.value.errors} == {
        ("day_end", "validation.working_hours_order"),
        ("buffer_minutes", "validation.buffer_range")}
    assert planner.scheduling.settings().day_start == clock(7, 0)  # nothing half-saved
