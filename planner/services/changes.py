"""What changed (muutokset): after each committed write the services tell their subscribers
which kinds of record it touched, so every view of them can refresh — whoever made the change
(a page, a dialog, a reply imported, a restore). The idea is Anki's "op changes".

The audit log is left out on purpose: opening a client writes a VIEW entry, and a view that
refreshed on its own log entries would refresh for ever.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import event
from sqlmodel import Session

IGNORED_TABLES = frozenset({"audit_entry", "audit_chain"})
_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Change:
    """The tables (``client``, ``meeting``, ``agreed_action``, …) one committed write touched."""

    tables: frozenset[str]

    def touches(self, tables: Iterable[str]) -> bool:
        return not self.tables.isdisjoint(tables)


Listener = Callable[[Change], None]


class ChangeFeed:
    """Subscribers are called after the commit, on the thread that wrote (the window's worker
    for the window): a listener hands the change over to its own thread itself."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()
        self._followed: Callable[[], None] | None = None

    def when_followed(self, start: Callable[[], None]) -> None:
        """``start`` runs when a listener subscribes: what others change (a team store's
        LISTEN) is fetched only while someone shows it — a command or a service that nobody
        watches opens no listening connection."""
        self._followed = start

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Add ``listener``; returns the call that removes it."""
        with self._lock:
            self._listeners.append(listener)
        if self._followed is not None:
            self._followed()

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def watch(self, session: Session) -> set[str]:
        """The set of tables ``session`` flushes changes to, filled as it flushes."""
        touched: set[str] = set()

        def collect(flushing: Session, _context: object, _instances: object) -> None:
            for obj in (*flushing.new, *flushing.dirty, *flushing.deleted):
                table = getattr(type(obj), "__tablename__", None)
                if isinstance(table, str):
                    touched.add(table)

        event.listen(session, "before_flush", collect)
        return touched

    def publish(self, tables: Iterable[str]) -> None:
        change = Change(frozenset(tables) - IGNORED_TABLES)
        if not change.tables:
            return
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(change)
            except Exception:  # a broken view must not undo or hide a committed change
                _log.exception("change listener failed")
