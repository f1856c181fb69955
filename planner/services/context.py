"""What every use case needs: the open store, a clock, and who the user is."""

from __future__ import annotations

import getpass
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from sqlmodel import Session

from planner.config import HELSINKI
from planner.domain import UserProfile
from planner.storage.store import Store

TZ = ZoneInfo(HELSINKI)
_USER = "verkosto.audit_user"  # Session.info key: the audit name, once per transaction


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class ServiceContext:
    store: Store
    clock: Callable[[], datetime] = field(default=_utc_now)

    def now(self) -> datetime:
        return self.clock().astimezone(UTC)

    def today(self) -> datetime:
        """Now in Helsinki: "today" and "overdue" are Finnish dates."""
        return self.clock().astimezone(TZ)

    def user(self, session: Session) -> str:
        """The audit log's "who": the profile's name, else the OS login marked as such.
        Looked up once per transaction (a batch of views logs many entries)."""
        cached = session.info.get(_USER)
        if cached is not None:
            return str(cached)
        profile = session.get(UserProfile, 1)
        if profile is not None:
            name = profile.name
        else:
            try:
                login = getpass.getuser()
            except Exception:  # no login name in some containers
                login = "unknown"
            name = f"{login} (no profile)"
        session.info[_USER] = name
        return name

    @contextmanager
    def write(self) -> Iterator[Session]:
        with self.store.write() as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.store.read() as session:
            yield session
