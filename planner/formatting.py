"""Dates, times and numbers as the reader's language writes them (issue 13, defect 5).

The one place the UI, the exports (PDF, invites) and the CLI format them: Babel's CLDR data
for the names (weekdays, months) and the number symbols, our own patterns for the order, since
the reader is in Finland whatever the language:

- fi (fi_FI): ``ti 8.12.2026 klo 13.00`` — as Finnish documents write it.
- sv (sv_FI): ``tis 8.12.2026 kl. 13.00`` — Finland-Swedish usage (day first, ``kl.`` and a
  full stop in the time), which CLDR's sv_FI (``2026-12-08 13:00``) does not follow.
- en (en_GB): ``Tue 8 Dec 2026, 13:00`` — what an English-speaking reader in Finland expects:
  day first, a 24-hour clock, the month named so 8/12 cannot be read as August, and a decimal
  point (en_FI would give ``13.00`` and ``1,5``, which reads as Finnish in English text).

Every aware moment is shown as Helsinki wall time (so a meeting at 9.00 stays at 9.00 across
the spring and autumn clock changes); a naive one is taken as Helsinki wall time already.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from zoneinfo import ZoneInfo

from babel.dates import format_date as _babel_date
from babel.dates import format_datetime as _babel_datetime
from babel.dates import format_time as _babel_time
from babel.dates import get_day_names
from babel.numbers import format_decimal

from planner.config import HELSINKI

TZ = ZoneInfo(HELSINKI)


@dataclass(frozen=True)
class _Style:
    locale: str
    date: str          # 8.12.2026
    short_day: str     # ti 8.12.2026
    long_day: str      # tiistai 8.12.2026 (standalone "cccc": not the essive "tiistaina")
    time: str          # 13.00
    seconds: str       # 13.00.05: the separator before the seconds
    at: str            # "{date} klo {time}": Babel quotes literal words in patterns


_STYLES = {
    "fi": _Style("fi_FI", "d.M.y", "EEE d.M.y", "cccc d.M.y", "H.mm", ".ss",
                 "{date} 'klo' {time}"),
    "sv": _Style("sv_FI", "d.M.y", "EEE d.M.y", "cccc d.M.y", "H.mm", ".ss",
                 "{date} 'kl.' {time}"),
    "en": _Style("en_GB", "d MMM y", "EEE d MMM y", "cccc d MMMM y", "HH:mm", ":ss",
                 "{date}, {time}"),
}
DEFAULT_LANGUAGE = "fi"


def _style(language: str) -> _Style:
    return _STYLES.get(language, _STYLES[DEFAULT_LANGUAGE])


def local(moment: datetime) -> datetime:
    """``moment`` as Helsinki wall time."""
    return moment.replace(tzinfo=TZ) if moment.tzinfo is None else moment.astimezone(TZ)


def _day(day: date | datetime) -> date:
    return local(day).date() if isinstance(day, datetime) else day


def format_date(day: date | datetime | None, language: str, *, weekday: bool = False) -> str:
    """``8.12.2026`` / ``8 Dec 2026``; with ``weekday`` ``ti 8.12.2026`` / ``Tue 8 Dec 2026``.
    A moment is taken on its Helsinki date; None is ""."""
    if day is None:
        return ""
    style = _style(language)
    return _babel_date(_day(day), style.short_day if weekday else style.date, locale=style.locale)


def format_long_date(day: date | datetime, language: str) -> str:
    """The weekday written out, which helps a reader place a meeting: ``tiistai 8.12.2026``."""
    style = _style(language)
    return _babel_date(_day(day), style.long_day, locale=style.locale)


def format_time(moment: datetime | time, language: str) -> str:
    """``13.00`` (fi, sv) / ``13:00`` (en); a moment in Helsinki time."""
    style = _style(language)
    value = local(moment).time() if isinstance(moment, datetime) else moment
    return _babel_time(value, style.time, locale=style.locale)


def format_datetime(moment: datetime, language: str, *, weekday: bool = True,
                    compact: bool = False, seconds: bool = False) -> str:
    """``ti 8.12.2026 klo 13.00`` / ``tis 8.12.2026 kl. 13.00`` / ``Tue 8 Dec 2026, 13:00``;
    ``compact`` (tables, a document's small print) drops the clock word: ``8.12.2026 13.00``."""
    style = _style(language)
    joined = "{date} {time}" if compact else style.at
    clock = style.time + (style.seconds if seconds else "")
    pattern = joined.format(date=style.short_day if weekday else style.date, time=clock)
    return _babel_datetime(local(moment), pattern, locale=style.locale)


def format_time_span(start: datetime, end: datetime, language: str, *,
                     weekday: bool = False, compact: bool = False) -> str:
    """``8.12.2026 klo 13.00–14.30``; a meeting past midnight names its end date too."""
    first = format_datetime(start, language, weekday=weekday, compact=compact)
    if local(start).date() == local(end).date():
        return f"{first}–{format_time(end, language)}"
    return f"{first}–{format_datetime(end, language, weekday=weekday, compact=compact)}"


def format_clock_span(start: datetime, end: datetime, language: str) -> str:
    """Only the clock times, ``13.00–14.30``; the end's date when it falls on another day."""
    if local(start).date() == local(end).date():
        return f"{format_time(start, language)}–{format_time(end, language)}"
    return f"{format_time(start, language)}–{format_datetime(end, language, weekday=False)}"


def format_number(value: float | int | Decimal, language: str, *,
                  decimals: int | None = None) -> str:
    """``1,5`` (fi, sv) / ``1.5`` (en); ``decimals`` fixes the number of decimals shown."""
    style = _style(language)
    if decimals is None:
        return format_decimal(value, locale=style.locale, group_separator=True)
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, format=pattern, locale=style.locale, decimal_quantization=True)


def weekday_names(language: str, *, short: bool = False) -> tuple[str, ...]:
    """Monday first: ``ma … su`` / ``mån … sön`` / ``Mon … Sun`` (short), or written out."""
    names = get_day_names("abbreviated" if short else "wide", locale=_style(language).locale)
    return tuple(names[index] for index in range(7))
