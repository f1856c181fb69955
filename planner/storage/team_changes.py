"""Other members' changes on a team store, within a second or two: PostgreSQL LISTEN/NOTIFY.

Each write transaction that changes records sends one notification on the channel
``verkosto_changes`` naming the tables it touched (a NOTIFY is delivered only when the
transaction commits, and only then). Every member's Verkosto listens on a connection of its
own, on a thread of its own, and hands what others changed to the services' change feed
(planner/services/changes.py): the same path a change made on this machine takes, so each
view refreshes what shows those records. A member's own notifications are recognised by the
sender id in them and skipped (its feed was told already). A lost connection is told
(``lost``: the window shows the server away) and opened again; what changed meanwhile is
told as one change of every table, so nothing stays stale.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import event, text
from sqlmodel import Session

CHANNEL = "verkosto_changes"
POLL_S = 0.2  # how often the listening thread looks at its stop flag (closing waits this)
# A view writes only its audit entry: not a change anyone's view shows (as in the change feed)
NOT_TOLD = frozenset({"audit_entry", "audit_chain", ""})
RETRY_S = 2.0
_log = logging.getLogger(__name__)

Publish = Callable[[Iterable[str]], None]


def tell_others(session: Session, sender: str) -> None:
    """Send the tables ``session`` changes at each flush (delivered at commit)."""

    def after_flush(flushing: Session, _context: object) -> None:
        announce(flushing, sender, {str(getattr(type(obj), "__tablename__", ""))
                                    for obj in (*flushing.new, *flushing.dirty,
                                                *flushing.deleted)})

    event.listen(session, "after_flush", after_flush)


def announce(session: Session, sender: str, tables: Iterable[str]) -> None:
    """Tell the others that ``tables`` change in ``session``'s transaction (at its commit):
    also for rows written past the ORM (a local store's move)."""
    told = sorted(set(tables) - NOT_TOLD)
    if told:
        payload = json.dumps({"sender": sender, "tables": told})
        session.connection().execute(text("SELECT pg_notify(:channel, :payload)"),
                                     {"channel": CHANNEL, "payload": payload})


class ChangeListener:
    """The thread that listens for other members' changes and publishes them."""

    def __init__(self, connect: Callable[[], Any], publish: Publish,
                 every_table: Callable[[], Iterable[str]], sender: str,
                 lost: Callable[[], None] = lambda: None) -> None:
        self.sender = sender  # this store's own notifications carry it: skipped
        self._connect = connect  # a new autocommit psycopg connection
        self._publish = publish
        self._every_table = every_table
        self._lost = lost  # told once per lost connection (the window shows the server away)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="verkosto-team-changes",
                                        daemon=True)
        self.listening = threading.Event()  # set once LISTEN is in place (tests wait on it)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def _run(self) -> None:
        reconnected = False
        while not self._stop.is_set():
            try:
                with self._connect() as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self.listening.set()
                    if reconnected:  # what others changed meanwhile is unknown: everything
                        self._publish(self._every_table())
                    while not self._stop.is_set():
                        for note in conn.notifies(timeout=POLL_S):
                            self._deliver(note.payload)
            except Exception:  # the server went away: try again, the views keep what they show
                _log.info("team store change listener lost its connection", exc_info=True)
                if self.listening.is_set() or not reconnected:
                    self._lost()
                self.listening.clear()
                reconnected = True
                self._stop.wait(RETRY_S)

    def _deliver(self, payload: str) -> None:
        try:
            data = json.loads(payload)
            if data.get("sender") == self.sender:
                return
            tables = [str(t) for t in data.get("tables", [])]
        except (ValueError, AttributeError, TypeError):
            return  # not ours: ignored
        if tables:
            self._publish(tables)
