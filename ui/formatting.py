"""How the UI shows dates, times and numbers: in the UI language's way, through
planner.formatting (the exports and the CLI use the same); a HETU: planner.client_identity."""

from __future__ import annotations

from datetime import date, datetime, time

from planner import formatting
from planner.formatting import TZ
from ui import i18n

__all__ = ["TZ", "date_text", "datetime_text", "number_text", "span_text", "time_text",
           "window_title_text"]


def date_text(day: date | datetime | None, *, weekday: bool = False) -> str:
    """``8.12.2026`` in Finnish, ``8 Dec 2026`` in English; None is ""."""
    return formatting.format_date(day, i18n.current(), weekday=weekday)


def datetime_text(moment: datetime) -> str:
    """``ke 3.12.2026 klo 9.00`` / ``ons 3.12.2026 kl. 9.00`` / ``Wed 3 Dec 2026, 09:00``,
    in Helsinki time."""
    return formatting.format_datetime(moment, i18n.current())


def time_text(moment: datetime | time) -> str:
    return formatting.format_time(moment, i18n.current())


def span_text(start: datetime, end: datetime) -> str:
    """``8.12.2026 klo 13.00–14.30`` (the end's date too when it is another day)."""
    return formatting.format_time_span(start, end, i18n.current())


def number_text(value: float, *, decimals: int | None = None) -> str:
    return formatting.format_number(value, i18n.current(), decimals=decimals)


def window_title_text(text: str) -> str:
    """A user's text (a meeting title, a name) for setWindowTitle, passed through unchanged:
    Qt drops a "[*]" there (its unsaved-changes mark) unless it is written twice."""
    return text.replace("[*]", "[*][*]")


# Qt's display formats of the date and time fields, matching what planner.formatting shows.
_EDIT_FORMATS = {"fi": ("d.M.yyyy", "H.mm"), "sv": ("d.M.yyyy", "H.mm"),
                 "en": ("d MMM yyyy", "HH:mm")}


def date_edit_format() -> str:
    return _EDIT_FORMATS.get(i18n.current(), _EDIT_FORMATS["fi"])[0]


def time_edit_format() -> str:
    return _EDIT_FORMATS.get(i18n.current(), _EDIT_FORMATS["fi"])[1]
