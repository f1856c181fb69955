"""A day's heading in the grid: the weekday and the date in the UI language's way."""

from __future__ import annotations

from datetime import date

from ui.formatting import date_text


def day_heading(day: date) -> str:
    """"ma 7.12.2026" in Finnish, "Mon 7 Dec 2026" in English (ui.formatting's rules)."""
    return date_text(day, weekday=True)
