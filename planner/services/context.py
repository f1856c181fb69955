"""What every use case needs: the open store, a clock, and who the user is."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import event
from sqlmodel import Session

from planner.config import HELSINKI
from planner.domain import AuditEntry
from planner.services.changes import ChangeFeed
from planner.storage.audit_chain import audit_user, defer_linking, link_deferred
from planner.storage.store import Store

TZ = ZoneInfo(HELSINKI)


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class ServiceContext:
    store: Store
    clock: Callable[[], datetime] = field(default=_utc_now)
    changes: ChangeFeed = field(default_factory=ChangeFeed)  # told after each commit
    # this thread's open one_view() transaction, if any (services on other threads have theirs)
    _view: threading.local = field(default_factory=threading.local, repr=False)

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
        shared = self._shared()
        if shared is not None:  # inside one_view(): its transaction, committed at its end
            if not logged_read:
                raise RuntimeError("a change inside one_view(), which is for reads")
            yield shared
            return
        with self.store.write(logged_read=logged_read) as session:
            touched = self.changes.watch(session)
            yield session
        self.changes.publish(touched)  # committed: only now may views refresh

    @contextmanager
    def one_view(self) -> Iterator[None]:
        """The services' reads on this thread inside it share one logged-read transaction —
        one screen's content (a client's workspace) read as one snapshot. Their audit entries
        are linked to the chain at its end, just before the commit: a team store's member
        computes the clients they see once, not per read, and holds the write lock only for
        the append and the commit, not while reading (README, "The team store at scale").
        Nested, it is the outer one's."""
        if self._shared() is not None:
            yield
            return
        with self.store.write(logged_read=True) as session:
            touched = self.changes.watch(session)
            defer_linking(session)
            event.listen(session, "before_flush", _only_audit_entries)
            self._view.session = session
            try:
                yield
                link_deferred(session, self.store.chain_keys)
            finally:
                self._view.session = None
        self.changes.publish(touched)

    def _shared(self) -> Session | None:
        return getattr(self._view, "session", None)

    def logged_read(self) -> AbstractContextManager[Session]:
        """A read whose only writes are its audit entries (the view logged): on a team store
        it waits for the write lock only to append them (Store.write)."""
        return self.write(logged_read=True)

    @contextmanager
    def read(self) -> Iterator[Session]:
        shared = self._shared()
        if shared is not None:
            yield shared
            return
        with self.store.read() as session:
            yield session


def _only_audit_entries(session: Session, _context: object, _instances: object) -> None:
    """A one_view() transaction commits its audit entries and nothing else: a read that
    changed a loaded record (for showing it) would otherwise write it (its own read
    transaction never committed)."""
    changed = [obj for obj in (*session.new, *session.deleted,
                               *(o for o in session.dirty if session.is_modified(o)))
               if not isinstance(obj, AuditEntry)]
    if changed:
        raise RuntimeError(f"a read inside one_view() changed {type(changed[0]).__name__}")
