"""Which of a client's log entries to show or print: by kind of event (viewed, changed,
exported or disclosed), by Finnish calendar day (from–to, both included) and by who. The Log
tab filters with it, and the client's extract (lokiote) takes its period from it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from planner.config import HELSINKI
from planner.domain import AuditEntry
from planner.domain.enums import AuditAction
from planner.errors import FieldError, ValidationFailed

TZ = ZoneInfo(HELSINKI)  # "from 1.11." means a day in Finland, whatever the machine's zone


class EventKind(StrEnum):
    VIEWED = "viewed"  # katsottu
    CHANGED = "changed"  # lisätty, muutettu, poistettu
    RELEASED = "released"  # viety tai luovutettu


KIND_OF: dict[str, EventKind] = {
    AuditAction.VIEW: EventKind.VIEWED,
    AuditAction.CREATE: EventKind.CHANGED, AuditAction.UPDATE: EventKind.CHANGED,
    AuditAction.DELETE: EventKind.CHANGED,
    AuditAction.EXPORT: EventKind.RELEASED, AuditAction.PRINT: EventKind.RELEASED,
    AuditAction.DISCLOSE: EventKind.RELEASED,
}


def kind_of(entry: AuditEntry) -> EventKind:
    return KIND_OF.get(str(entry.action), EventKind.CHANGED)


def day_start(day: date) -> datetime:
    """The first moment of ``day`` in Finland (as an aware datetime)."""
    return datetime.combine(day, time(0), TZ)


@dataclass(frozen=True)
class LogFilter:
    """Empty fields let everything through."""

    kinds: frozenset[EventKind] = frozenset()
    since: date | None = None  # from this day on
    until: date | None = None  # to this day, included
    user: str = ""

    def matches(self, entry: AuditEntry) -> bool:
        if self.kinds and kind_of(entry) not in self.kinds:
            return False
        if self.user and entry.user != self.user:
            return False
        if self.since is not None and entry.at < day_start(self.since):
            return False
        return self.until is None or entry.at < day_start(self.until + timedelta(days=1))

    def apply(self, entries: Iterable[AuditEntry]) -> list[AuditEntry]:
        """The matching entries, newest first (the order a reader wants them)."""
        return sorted((e for e in entries if self.matches(e)), key=lambda e: e.id or 0,
                      reverse=True)


def users(entries: Iterable[AuditEntry]) -> list[str]:
    """Everyone named in ``entries``, in alphabetical order (the "who" filter's choices)."""
    return sorted({e.user for e in entries}, key=str.casefold)


def read_day(value: str, field: str) -> date:
    """A day as a person writes it, 1.11.2026 or 2026-11-01; ValidationFailed otherwise."""
    text = value.strip()
    try:
        if "." in text:
            day, month, year = (int(part) for part in text.split("."))
            return date(year, month, day)
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationFailed([FieldError(field, "validation.date_unreadable",
                                           {"value": _shown(value)})]) from None


def _shown(value: str) -> str:
    """Enough of what was typed to recognise it, with no control or direction characters."""
    return "".join(c if c.isprintable() else "?" for c in value[:40])


def check_period(since: date | None, until: date | None) -> None:
    if since is not None and until is not None and since > until:
        raise ValidationFailed([FieldError("from", "validation.period_reversed",
                                           {"since": f"{since.day}.{since.month}.{since.year}",
                                            "until": f"{until.day}.{until.month}.{until.year}"})])
