"""What every page of the main window has: the open store's services and the task runner."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QStackedWidget, QWidget

from planner.services import Planner
from planner.services.changes import Change
from ui.operations import TaskContext, TaskRunner
from ui.widgets.unsaved import Editor


class Page(QWidget):
    """A page shows client data only while attached; ``detach`` must forget all of it."""

    # The tables the page shows: a committed change to one of them (ui/changes.py), made
    # anywhere, refreshes the page once the events of the moment are handled.
    WATCHES: frozenset[str] = frozenset()
    # Read even while behind another page: the one a user turns to at once (the client list)
    # is ready when they do.
    READ_WHILE_HIDDEN = False

    def __init__(self, runner: TaskRunner) -> None:
        super().__init__()
        self.runner = runner
        self.planner: Planner | None = None
        self._generation = 0
        self._refresh_pending = False
        self._stale = False

    def attach(self, planner: Planner) -> None:
        self.planner = planner
        self.refresh_when_shown()

    def refresh_when_shown(self) -> None:
        """Reload now if this is the page showing, else once it is shown: a page behind
        another reads nothing — less work at unlock and after each change (a team server's
        too), and what it shows is read when it is looked at."""
        stack = self.parentWidget()
        if (not self.READ_WHILE_HIDDEN and isinstance(stack, QStackedWidget)
                and stack.currentWidget() is not self):
            self._stale = True
            return
        self._stale = False
        self.refresh()

    def became_current(self) -> None:
        """The window's navigation turned to this page."""
        if self._stale and self.planner is not None:
            self._stale = False
            self.refresh()

    def detach(self) -> None:
        self.planner = None
        self._stale = False
        self._generation += 1  # results still on their way are dropped
        self.clear()

    def load(self, work: Callable[[Planner], Any], show: Callable[[Any], None],
             label: str) -> None:
        """Run ``work`` off the GUI thread; ``show`` only the newest result, only if attached."""
        planner = self.planner
        if planner is None:
            return
        self._generation += 1
        generation = self._generation

        def deliver(result: Any) -> None:
            if generation == self._generation and self.planner is not None:
                show(result)

        def run(ctx: TaskContext) -> Any:
            return work(planner)

        self.runner.submit(run, deliver, label)

    def on_change(self, change: Change) -> None:
        if self.planner is not None and change.touches(self.WATCHES):
            self.refresh_soon()

    def refresh_soon(self) -> None:
        """One refresh for a burst of changes (a reply import touches many meetings)."""
        if not self._refresh_pending:
            self._refresh_pending = True
            QTimer.singleShot(0, self._refresh_now)

    def _refresh_now(self) -> None:
        self._refresh_pending = False
        if self.planner is not None and not self.refresh_would_lose_edits():
            self.refresh_when_shown()

    def refresh_would_lose_edits(self) -> bool:
        """A page whose refresh would throw away what the user is typing says so here."""
        return False

    def unsaved_editors(self) -> list[tuple[Editor, str]]:
        """Editors on this page (open dialogs included) with changes not yet saved, each with
        what the question calls it ("The meeting", "The plan")."""
        return []

    def refresh(self) -> None:
        """Reload from the store (off the GUI thread)."""

    def clear(self) -> None:
        """Drop every piece of client data the page holds."""
