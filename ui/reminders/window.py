"""The reminders in the main window: the checker follows the store's life, a clicked reminder
opens its place (as the home view opens things: ui/home/navigation.py), and without any
notification service or tray the reminders wait in the status bar as a notice."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from planner.services.reminders import (
    ACTION_DUE,
    ACTION_OVERDUE,
    PLAN_REVIEW,
    REQUEST_OVERDUE,
    Reminder,
)
from ui.home.navigation import open_from_home
from ui.home.page import ACTION, CLIENT, REQUEST
from ui.reminders.checker import ReminderChecker

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow


class ReminderNotice(QPushButton):
    """The first (most urgent, oldest) reminder no desktop service could show, and how many
    wait; a click opens it and shows the next. Holds client data only while the store is open."""

    chosen = Signal(object)  # Reminder | None

    def __init__(self) -> None:
        super().__init__()
        self.setFlat(True)
        self.waiting: list[tuple[str, str, Reminder | None]] = []
        self.clicked.connect(self._open_first)
        self.hide()

    def add(self, summary: str, body: str, target: object) -> None:
        self.waiting.append((summary, body, target if isinstance(target, Reminder) else None))
        self._update()

    def clear(self) -> None:
        self.waiting.clear()
        self._update()

    def _open_first(self) -> None:
        if self.waiting:
            _summary, _body, target = self.waiting.pop(0)
            self._update()
            self.chosen.emit(target)

    def refresh(self) -> None:
        self._update()

    def _update(self) -> None:
        if not self.waiting:
            self.setText("")
            self.setToolTip("")
            self.hide()
            return
        summary, body, _target = self.waiting[0]
        shown = self.tr("Reminder: {0}").format(summary)
        if len(self.waiting) > 1:
            shown = self.tr("{0} (+{1} more)").format(shown, len(self.waiting) - 1)
        self.setText(shown)
        self.setToolTip(body)
        self.setAccessibleName(shown)
        self.show()


def install_reminders(window: MainWindow) -> tuple[ReminderChecker, ReminderNotice]:
    checker = ReminderChecker(window.runner, parent=window)
    notice = ReminderNotice()
    window.statusBar().addPermanentWidget(notice)
    checker.noticed.connect(notice.add)
    checker.cleared.connect(notice.clear)
    checker.opened.connect(lambda target: open_reminder(window, target))
    notice.chosen.connect(lambda target: open_reminder(window, target))
    window.changes.changed.connect(checker.on_change)
    return checker, notice


def place_notice(window: MainWindow) -> None:
    """Once the status bar has its *Lukitse* button: the notice after it, in reading and Tab
    order alike (it was there from the start, for reminders shown before the other pages)."""
    notice, bar = window.reminder_notice, window.statusBar()
    bar.removeWidget(notice)
    bar.addPermanentWidget(notice)
    QWidget.setTabOrder(window.lock_button, notice)
    notice.refresh()  # removing hid it


def open_reminder(window: MainWindow, reminder: Reminder | None) -> None:
    """Bring the window up and open the reminder's place: a meeting or follow-up in the
    meeting editor, an action selected on the Actions page, a plan review on the client's
    plan tab; None (the "more reminders" notice) the home view."""
    window.showNormal()
    window.raise_()
    window.activateWindow()
    if not window.is_unlocked:
        return
    if reminder is None:
        window.navigation.setCurrentRow(0)
    elif reminder.kind in (ACTION_OVERDUE, ACTION_DUE):
        open_from_home(window, ACTION, reminder.target_id)
    elif reminder.kind == REQUEST_OVERDUE:  # the client's Tietopyynnöt tab
        open_from_home(window, REQUEST, reminder.client_id)
    elif reminder.kind == PLAN_REVIEW:
        open_from_home(window, CLIENT, reminder.client_id)
        workspace = window.clients.workspace
        if window.stack.currentWidget() is window.clients:
            workspace.tabs.setCurrentWidget(workspace.plan_editor)
    else:  # a meeting, a follow-up meeting
        window.clients.open_meeting(reminder.target_id)
