"""The reminder checker: while the store is open, every minute (at once after unlock, and soon
after a change to meetings, actions or plans) it asks planner.services.reminders what has come
due and shows what is new — as a desktop notification, else the system tray's message, else a
notice in the window: a reminder is never dropped silently.

The check is one indexed read of a few milliseconds (about 5 ms on the demo store), run on the
window's worker like every other read of the store, so it never competes with the GUI thread
for the store.

While locked nothing is read (the store is closed) and nothing about a client is kept: only the
keys of what was already notified (kinds, ids and due moments) survive a lock, so at unlock the
first check shows just what came due meanwhile. At lock our notifications are taken off the
screen, and the in-window notices are cleared.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSystemTrayIcon

from planner.services import Planner
from planner.services.changes import Change
from planner.services.reminders import Reminder, ReminderCheck, ReminderKey
from ui.operations import TaskRunner
from ui.reminders import text
from ui.reminders.notifier import DesktopNotifier

INTERVAL_MS = 60_000
MAX_SEPARATE = 3  # a check finding more (an unlock after a long lock) adds one "N more"
WATCHES = frozenset({"meeting", "agreed_action", "client_plan", "plan_version",
                     "store_setting", "user_profile", "professional"})


class ReminderChecker(QObject):
    opened = Signal(object)  # Reminder, or None for "the home view": the window opens it
    noticed = Signal(str, str, object)  # no notification service or tray: (summary, body,
    # Reminder | None) for the window's own notice
    cleared = Signal()  # locked: the window's notices must go

    def __init__(self, runner: TaskRunner, notifier: DesktopNotifier | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.notifier = notifier or DesktopNotifier(parent=self)
        self.notifier.clicked.connect(self._clicked)
        self.planner: Planner | None = None
        self.notified: set[ReminderKey] = set()  # keys only: no client data
        self.targets: dict[int, Reminder | None] = {}  # notification id → what it opens
        self.tray: QSystemTrayIcon | None = None
        self._tray_target: Reminder | None = None
        self._generation = 0
        self._pending = False
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check_now)

    # --- the store's life ------------------------------------------------------------------
    def attach(self, planner: Planner) -> None:
        self.planner = planner
        self.timer.start()
        self.check_soon()  # at unlock: what came due while locked

    def detach(self) -> None:
        """Locked (or handed over): drop what is on its way, take ours off the screen."""
        self.planner = None
        self._generation += 1
        self.timer.stop()
        self.notifier.close_all()
        self.targets.clear()
        self._tray_target = None
        self.cleared.emit()

    def on_change(self, change: Change) -> None:
        if self.planner is not None and change.touches(WATCHES):
            self.check_soon()

    def check_soon(self) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self.check_now)

    def check_now(self) -> None:
        self._pending = False
        planner = self.planner
        if planner is None:
            return
        generation, notified = self._generation, frozenset(self.notified)

        def deliver(check: ReminderCheck) -> None:
            if generation == self._generation and self.planner is planner:
                self._show(check, planner)

        # no label: a check in the background never shows the progress indicator
        self.runner.submit(lambda _ctx: planner.reminders.check(notified), deliver)

    # --- showing -----------------------------------------------------------------------------
    def _show(self, check: ReminderCheck, planner: Planner) -> None:
        self.notified = set(check.due_keys)  # what is no longer due may come back later
        today = planner.ctx.today().date()
        shown: list[tuple[str, str, Reminder | None]] = [
            (text.summary(r, today), text.body(r), r) for r in check.new[:MAX_SEPARATE]]
        if len(check.new) > MAX_SEPARATE:
            shown.append((*text.more(len(check.new) - MAX_SEPARATE), None))
        desktop = True  # once the service has failed, the rest of the check goes elsewhere
        for summary, body, target in shown:
            desktop = self._deliver(summary, body, target, desktop)

    def _deliver(self, summary: str, body: str, target: Reminder | None,
                 desktop: bool) -> bool:
        """Shown by the notification service (True), else by the tray or the window."""
        ident = self.notifier.notify(summary, body) if desktop else None
        if ident is not None:
            self.targets[ident] = target
            return True
        tray = self._tray()
        if tray is not None:
            self._tray_target = target
            tray.showMessage(summary, body, QSystemTrayIcon.MessageIcon.Information)
        else:
            self.noticed.emit(summary, body, target)
        return False

    def _tray(self) -> QSystemTrayIcon | None:
        """The system tray's icon, where the platform has a tray."""
        if self.tray is None and QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(QGuiApplication.windowIcon(), self)
            self.tray.setToolTip("Verkosto")
            self.tray.messageClicked.connect(lambda: self._open(self._tray_target))
            self.tray.activated.connect(lambda _reason: self.opened.emit(None))
            self.tray.show()
        return self.tray

    def _clicked(self, ident: int) -> None:
        if ident in self.targets:
            self._open(self.targets.pop(ident))

    def _open(self, target: Reminder | None) -> None:
        self.opened.emit(target if self.planner is not None else None)
