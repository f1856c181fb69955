"""The services' change feed (planner/services/changes.py) on the GUI thread.

The services tell their subscribers after each committed write, on the thread that wrote —
the window's worker. ``ChangeHub.changed`` carries the change to the GUI thread (a queued
signal: the hub lives there); the pages connect to it and refresh what shows those records,
whoever made the change, instead of the window wiring refreshes page by page.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from planner.services import Planner


class ChangeHub(QObject):
    changed = Signal(object)  # planner.services.changes.Change

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe: Callable[[], None] | None = None

    def follow(self, planner: Planner) -> None:
        """Pass on ``planner``'s changes (and no other store's) from now on."""
        self.stop()
        self._unsubscribe = planner.changes.subscribe(self.changed.emit)

    def stop(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
