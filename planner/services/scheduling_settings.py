"""The store's scheduling settings: working hours (default 8.00–16.00) and the conflict buffer.

Kept in the store (not on one computer) because the warnings and find-a-time of everyone
using the store should agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time

from sqlmodel import Session

from planner.errors import FieldError, ValidationFailed
from planner.scheduling.calendar_rules import CalendarRules
from planner.services.settings_rows import read_setting, write_setting

DAY_START, DAY_END, BUFFER = "working_day_start", "working_day_end", "conflict_buffer_minutes"
MAX_BUFFER_MINUTES = 240


@dataclass(frozen=True)
class SchedulingSettings:
    day_start: time = time(8, 0)
    day_end: time = time(16, 0)
    buffer_minutes: int = 15

    def rules(self) -> CalendarRules:
        return CalendarRules(self.day_start, self.day_end)

    def check(self) -> None:
        errors = []
        if self.day_end <= self.day_start:
            errors.append(FieldError("day_end", "validation.working_hours_order"))
        if not 0 <= self.buffer_minutes <= MAX_BUFFER_MINUTES:
            errors.append(FieldError("buffer_minutes", "validation.buffer_range",
                                     {"maximum": MAX_BUFFER_MINUTES}))
        if errors:
            raise ValidationFailed(errors)


def _time(text: str | None, default: time) -> time:
    try:
        return time.fromisoformat(text) if text else default
    except ValueError:
        return default


def load(session: Session) -> SchedulingSettings:
    def value(key: str) -> str | None:
        return read_setting(session, key)

    default = SchedulingSettings()
    buffer = value(BUFFER)
    settings = SchedulingSettings(
        _time(value(DAY_START), default.day_start), _time(value(DAY_END), default.day_end),
        int(buffer) if buffer and buffer.isdigit() else default.buffer_minutes)
    try:
        settings.check()
    except ValidationFailed:  # edited by hand into nonsense: the defaults, not a crash
        return default
    return settings


def save(session: Session, settings: SchedulingSettings) -> None:
    settings.check()
    for key, text in ((DAY_START, settings.day_start.strftime("%H:%M")),
                      (DAY_END, settings.day_end.strftime("%H:%M")),
                      (BUFFER, str(settings.buffer_minutes))):
        write_setting(session, key, text)
