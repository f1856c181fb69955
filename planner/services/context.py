"""What every use case needs: the open store, a clock, and who the user is."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from sqlmodel import Session

from planner.config import HELSINKI
from planner.services.changes import ChangeFeed
from planner.storage.audit_chain import audit_user
from planner.storage.store import Store

TZ = ZoneInfo(HELSINKI)


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class ServiceContext:
    store: Store
    clock: Callable[[], datetime] = field(default=_utc_now)
    changes: ChangeFeed = field(default_factory=ChangeFeed)  # told after each commit

    def now(self) -> datetime:
        return self.clock().astimezone(UTC)

    def today(self) -> datetime:
        """Now in Helsinki: "today" and "overdue" are Finnish dates."""
        return self.clock().astimezone(TZ)

    def user(self, session: Session) -> str:
        """The audit log's "who" (planner.storage.audit_chain.audit_user)."""
        return audit_user(session)

    @contextmanager
    def write(self, *, logged_read: bool = False) -> Iterator[Session]:
        with self.store.write(logged_read=logged_read) as session:
            touched = self.changes.watch(session)
            yield session
        self.changes.publish(touched)  # committed: only now may views refresh

    def logged_read(self) -> AbstractContextManager[Session]:
        """A read whose only writes are its audit entries (the view logged): on a team store
        it waits for the write lock only to append them (Store.write)."""
        return self.write(logged_read=True)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.store.read() as session:
            yield session
