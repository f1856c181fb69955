"""Finnish working days and hours. Holidays, weekends and late hours are warned, never refused."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from planner.scheduling.busy import TZ, utc

# The holidays package's language codes for ours.
_HOLIDAY_LANGUAGES = {"fi": "fi", "sv": "sv_FI", "en": "en_US"}


@dataclass(frozen=True)
class SchedulingWarning:
    """``code`` is a planner.messages code; the UI translates it with ``params``."""

    code: str
    params: dict[str, object] = field(default_factory=dict)


@lru_cache(maxsize=64)
def _holidays(year: int, language: str) -> dict[date, str]:
    import holidays  # loaded when first asked (~0.1 s): the home view's start needs none

    found = holidays.country_holidays("FI", years=year,
                                      language=_HOLIDAY_LANGUAGES.get(language, "fi"))
    return dict(found.items())


def holidays_of(year: int, language: str = "fi") -> dict[date, str]:
    """Every Finnish public holiday of ``year`` (a date picker marks them), named in
    ``language``."""
    return dict(_holidays(year, language))


def holiday_name(day: date, language: str = "fi") -> str | None:
    """The Finnish public holiday on ``day`` (juhannusaatto and jouluaatto included)."""
    return _holidays(day.year, language).get(day)


def local_dates(start: datetime, end: datetime) -> Iterator[date]:
    """Every Helsinki date the interval [start, end) touches."""
    day = start.astimezone(TZ).date()
    last = (utc(end) - timedelta(microseconds=1)).astimezone(TZ).date()
    while day <= last:
        yield day
        day += timedelta(days=1)



@dataclass(frozen=True)
class CalendarRules:
    """Working hours (default 08:00–16:00, Helsinki time) on weekdays that are not holidays."""

    day_start: time = time(8, 0)
    day_end: time = time(16, 0)

    def __post_init__(self) -> None:
        if self.day_end <= self.day_start:
            raise ValueError("working hours must end after they start")

    def is_working_day(self, day: date) -> bool:
        return day.weekday() < 5 and holiday_name(day) is None

    def next_working_day(self, day: date) -> date:
        """``day`` itself when it is a working day, else the first one after it."""
        while not self.is_working_day(day):
            day += timedelta(days=1)
        return day

    def day_bounds(self, day: date) -> tuple[datetime, datetime]:
        return (datetime.combine(day, self.day_start, TZ),
                datetime.combine(day, self.day_end, TZ))

    def within_working_hours(self, start: datetime, end: datetime) -> bool:
        day = start.astimezone(TZ).date()
        opens, closes = self.day_bounds(day)
        return utc(opens) <= utc(start) and utc(end) <= utc(closes)

    def warnings(self, start: datetime, end: datetime,
                 language: str = "fi") -> list[SchedulingWarning]:
        """Holiday, weekend and outside-working-hours warnings for a meeting."""
        found: list[SchedulingWarning] = []
        weekend = False
        for day in local_dates(start, end):
            name = holiday_name(day, language)
            if name is not None:
                found.append(SchedulingWarning("warning.holiday",
                                               {"name": name, "date": day}))
            weekend = weekend or day.weekday() >= 5
        if weekend:
            found.append(SchedulingWarning("warning.weekend"))
        if not self.within_working_hours(start, end):
            found.append(SchedulingWarning("warning.outside_working_hours",
                                           {"start": self.day_start,
                                            "end": self.day_end}))
        return found
