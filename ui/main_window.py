"""The main window: unlock, navigate between pages, lock on demand or when idle."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QMainWindow, QStackedWidget, QWidget

from planner.crypto.vault import KeyringVault
from planner.errors import PassphraseRequired, StoreError, VerkostoError
from planner.services import Planner
from ui import i18n
from ui.idle import IdleWatcher
from ui.locked_panel import LockedPanel
from ui.operations import TaskRunner
from ui.pages.actions import ActionsPage
from ui.pages.base import Page
from ui.pages.calendar import CalendarPage
from ui.pages.clients import ClientsPage
from ui.pages.directory import DirectoryPage
from ui.pages.settings import AUTO_LOCK_SETTING, DEFAULT_AUTO_LOCK_MINUTES, SettingsPage
from ui.pages.verify import VerifyPage
from ui.passphrase_dialog import ask_passphrase
from ui.unlock import AskPassphrase, unlock
from ui.widgets.progress import TaskProgress
from ui.widgets.unsaved import settle

__all__ = ["AUTO_LOCK_SETTING", "MainWindow"]


class MainWindow(QMainWindow):
    language_switch_requested = Signal(str)

    def __init__(self, data_dir: Path, *, vault: KeyringVault | None = None,
                 ask: AskPassphrase | None = None, planner: Planner | None = None) -> None:
        super().__init__()
        self._handing_over = False
        self.data_dir = data_dir
        self.vault = vault
        self.ask: AskPassphrase = ask or (lambda new, error: ask_passphrase(self, new, error))
        self.planner: Planner | None = None
        self.setWindowTitle("Verkosto")
        self.runner = TaskRunner(self, on_error=self.show_error)

        self.locked = LockedPanel()
        self.locked.retry.clicked.connect(self.unlock)
        self.clients = ClientsPage(self.runner)
        self.calendar = CalendarPage(self.runner)
        self.actions = ActionsPage(self.runner)
        self.directory = DirectoryPage(self.runner)
        self.settings = SettingsPage(self.runner)
        self.verify = VerifyPage(self.runner)
        self.pages: list[tuple[str, Page]] = [
            (self.tr("Clients"), self.clients),
            (self.tr("Calendar"), self.calendar),
            (self.tr("Actions"), self.actions),
            (self.tr("Agencies and people"), self.directory),
            (self.tr("Settings"), self.settings),
            (self.tr("Verify a PDF"), self.verify),
        ]
        self.navigation = QListWidget()
        self.navigation.setAccessibleName(self.tr("Navigation"))
        self.navigation.setMaximumWidth(220)
        self.navigation.setStyleSheet("QListWidget::item { padding: 8px 10px; }")
        self.stack = QStackedWidget()
        for title, page in self.pages:
            self.navigation.addItem(title)
            self.stack.addWidget(page)
        self.navigation.currentRowChanged.connect(self._navigate)
        workspace = QWidget()
        row = QHBoxLayout(workspace)
        row.addWidget(self.navigation)
        row.addWidget(self.stack, 1)
        self.central = QStackedWidget()
        self.central.addWidget(self.locked)
        self.central.addWidget(workspace)
        self.workspace = workspace
        self.setCentralWidget(self.central)

        self.statusBar().addPermanentWidget(TaskProgress(self.runner))
        self.statusBar().showMessage(self.tr("The store is not open"))
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_meeting)
        for editors in (self.clients.meeting_editors, self.calendar.meeting_editors):
            editors.saved.connect(self._meetings_changed)
        QShortcut(QKeySequence("Ctrl+Q"), self, self.close)
        for number in range(len(self.pages)):
            QShortcut(QKeySequence(f"Alt+{number + 1}"), self,
                      lambda n=number: self.navigation.setCurrentRow(n))
        minutes = float(QSettings().value(AUTO_LOCK_SETTING, DEFAULT_AUTO_LOCK_MINUTES))
        self.idle = IdleWatcher(minutes, self)
        self.idle.idle.connect(self.lock)
        self.idle.lock_requested.connect(self.lock)  # Ctrl+L, in dialogs too
        self.settings.auto_lock_changed.connect(self.idle.set_minutes)
        self.settings.language_changed.connect(self.language_switch_requested)
        self._restore_layout()
        if planner is not None:
            self._opened(planner)

    # --- the store -----------------------------------------------------------------------
    @property
    def is_unlocked(self) -> bool:
        return self.planner is not None

    def unlock(self) -> bool:
        """Open the store; on failure the locked panel tells why (nothing of the store shows)."""
        self.locked.show_busy(self.tr("Opening the store…"))
        try:
            planner = unlock(self.data_dir, self.ask, self.vault)
        except PassphraseRequired:
            self._show_locked(self.tr("No passphrase was given. The store opens when you give "
                                      "it: choose Try again."))
            return False
        except StoreError as error:
            self._show_locked(error.message(i18n.current()))
            return False
        self._opened(planner)
        return True

    def _opened(self, planner: Planner) -> None:
        self.planner = planner
        self.central.setCurrentWidget(self.workspace)
        self.statusBar().showMessage(self.tr("Store open: {0}").format(
            planner.store.paths.database))
        for _title, page in self.pages:
            page.attach(planner)
        self.idle.start()

    def hand_over(self) -> Planner | None:
        """Give the open store to a successor window (a language switch) and close."""
        planner = self.planner
        self._save_or_report_unsaved()
        self.idle.stop()
        self.runner.drain()
        for _title, page in self.pages:
            page.detach()
        self.planner = None
        self._handing_over = True
        self.close()
        return planner

    def lock(self) -> None:
        """Close the store and forget every piece of client data the window shows."""
        if self.planner is None:
            return
        lost = self._save_or_report_unsaved()
        self.idle.stop()
        self.runner.drain()
        for _title, page in self.pages:
            page.detach()
        self.planner.close()
        self.planner = None
        message = self.tr("The store was locked. Unlock it to go on.")
        if lost:
            message += "\n\n" + self.tr(
                "Changes that could not be saved because of errors were discarded: {0}."
            ).format(", ".join(lost))
        self._show_locked(message, self.tr("&Unlock"))

    def _save_or_report_unsaved(self) -> list[str]:
        """Locking cannot wait for an answer (the user may be away): save what validates."""
        lost = []
        for _title, page in self.pages:
            for editor, what in page.unsaved_editors():
                if not editor.save_changes():
                    editor.discard_changes()
                    lost.append(what)
        return lost

    def settle_unsaved(self, pages: list[Page] | None = None) -> bool:
        """Ask about each editor with unsaved changes; False when the user keeps editing."""
        for page in pages if pages is not None else [p for _t, p in self.pages]:
            for editor, what in page.unsaved_editors():
                if not settle(self, editor, what):
                    return False
        return True

    def _show_locked(self, message: str, button: str | None = None) -> None:
        self.locked.show_message(message, button)
        self.central.setCurrentWidget(self.locked)
        self.statusBar().showMessage(self.tr("The store is not open"))

    def show_error(self, error: BaseException) -> None:
        if isinstance(error, VerkostoError):
            self.statusBar().showMessage(error.message(i18n.current()), 15_000)
        else:
            self.statusBar().showMessage(self.tr("Unexpected error: {0}").format(error), 15_000)

    # --- navigation and layout ------------------------------------------------------------
    def _navigate(self, row: int) -> None:
        current = self.stack.currentIndex()
        if row == current or row < 0:
            return
        if self.is_unlocked and not self.settle_unsaved([self.pages[current][1]]):
            self.navigation.blockSignals(True)  # stay where the unsaved editor is
            self.navigation.setCurrentRow(current)
            self.navigation.blockSignals(False)
            return
        self.stack.setCurrentIndex(row)

    def new_meeting(self) -> None:
        """Ctrl+N: a meeting for the client open on the Clients page, else pick the client."""
        if self.is_unlocked:
            self.clients.new_meeting()

    def _meetings_changed(self) -> None:
        self.clients.workspace.reload()
        self.calendar.refresh()
        self.actions.refresh()

    def focus_search(self) -> None:
        if self.is_unlocked:
            self.navigation.setCurrentRow(0)
            self.clients.search.setFocus()
            self.clients.search.selectAll()

    def _restore_layout(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1180, 760)
        view = int(settings.value("window/last_view", 0))
        self.navigation.setCurrentRow(view if 0 <= view < len(self.pages) else 0)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self._handing_over and self.is_unlocked and not self.settle_unsaved():
            event.ignore()
            return
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/last_view", self.navigation.currentRow())
        if not self._handing_over:
            self.lock()
        self.runner.shutdown()
        super().closeEvent(event)

    def start(self) -> None:
        """Show the window, then ask for the key once it has painted."""
        self.show()
        QTimer.singleShot(0, self.unlock)
