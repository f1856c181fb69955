"""Follow-up series: the sickness-allowance review points and a plan's review date.

Kela counts the sickness-allowance days as benefit days (päivärahapäivät: Monday to Saturday,
not public holidays), so by default "day 60" is the 60th benefit day from the start date; calendar
days can be chosen instead. A proposed date is moved off weekends and holidays to the next working
day, because a review is a call or a meeting made on a working day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from planner.scheduling.calendar_rules import CalendarRules, holiday_name


class FollowUpKind(StrEnum):
    CALL = "call"
    MEETING = "meeting"


class DayCount(StrEnum):
    BENEFIT_DAYS = "benefit_days"
    CALENDAR_DAYS = "calendar_days"


@dataclass(frozen=True)
class FollowUp:
    """``code`` is a planner.messages code (``label.followup.<code>`` gives its label and
    ``followup.<code>`` what to go through)."""

    code: str
    proposed: date
    earliest: date
    latest: date
    kind: FollowUpKind
    first_day: int | None = None  # the benefit/calendar day number the point starts at
    # the meeting type the planned meeting records (planner.meeting_types): the built-in
    # sickness-allowance types share their points' codes; a type's own follow-up names its type
    type_code: str | None = None


# The code of a follow-up a meeting type proposes "+N d" after its meeting (no fixed label:
# the proposed type names it).
TYPE_FOLLOW_UP = "meeting_type"

# (code, first day, last day, suggested kind): domain.md "The sickness-allowance path".
# Day 60 and 230–300 are calls to the client; at 90–150 new goals and actions are agreed with
# the treating party's statement, which is what a network meeting is for.
SICKNESS_ALLOWANCE_POINTS = (
    ("sickness_day_60", 60, 60, FollowUpKind.CALL),
    ("sickness_day_90_150", 90, 150, FollowUpKind.MEETING),
    ("sickness_day_230_300", 230, 300, FollowUpKind.CALL),
)


def is_benefit_day(day: date) -> bool:
    return day.weekday() < 6 and holiday_name(day) is None


def nth_day(start: date, number: int, count: DayCount = DayCount.BENEFIT_DAYS) -> date:
    """The ``number``th day of the period, the start date being day 1 (if it counts)."""
    if number < 1:
        raise ValueError("days are counted from 1")
    if count == DayCount.CALENDAR_DAYS:
        return start + timedelta(days=number - 1)
    day, seen = start, 0
    while True:
        if is_benefit_day(day):
            seen += 1
            if seen == number:
                return day
        day += timedelta(days=1)


def sickness_allowance_followups(start: date, rules: CalendarRules | None = None,
                                 count: DayCount = DayCount.BENEFIT_DAYS) -> list[FollowUp]:
    rules = rules or CalendarRules()
    series = []
    for code, first, last, kind in SICKNESS_ALLOWANCE_POINTS:
        earliest, latest = nth_day(start, first, count), nth_day(start, last, count)
        series.append(FollowUp(code, rules.next_working_day(earliest), earliest, latest, kind,
                               first, type_code=code))
    return series


def plan_review_followup(review_date: date, rules: CalendarRules | None = None) -> FollowUp:
    """A plan's review date as a network meeting on the next working day."""
    rules = rules or CalendarRules()
    return FollowUp("plan_review", rules.next_working_day(review_date), review_date,
                    review_date, FollowUpKind.MEETING)
