"""How the UI shows dates and times (Finnish conventions; a HETU: planner.client_identity)."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

TZ = ZoneInfo("Europe/Helsinki")
WEEKDAYS_FI = ("ma", "ti", "ke", "to", "pe", "la", "su")


def finnish_date(day: date | None) -> str:
    return f"{day.day}.{day.month}.{day.year}" if day else ""


def finnish_datetime(moment: datetime) -> str:
    """``ke 3.12.2026 klo 9.00`` in Helsinki time."""
    local = moment.astimezone(TZ)
    return (f"{WEEKDAYS_FI[local.weekday()]} {finnish_date(local.date())} "
            f"klo {local.hour}.{local.minute:02d}")

