"""A day's heading in the grid: the weekday in the UI language and the date.

The date goes through ui.formatting, so its rules (and any locale they follow) apply here.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale

from ui.formatting import finnish_date


def day_heading(day: date) -> str:
    """"ma 7.12.2026" in Finnish; the weekday from the UI language's locale (ui.i18n sets it)."""
    weekday = QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
    return f"{weekday} {finnish_date(day)}"
