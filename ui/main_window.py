"""The main window: unlocks the store, then lists clients and upcoming meetings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.crypto.vault import KeyringVault
from planner.errors import PassphraseRequired, StoreError
from planner.services import Planner
from ui.models import ClientTableModel, MeetingTableModel, RowTableModel
from ui.passphrase_dialog import ask_passphrase
from ui.unlock import AskPassphrase, unlock

SEARCH_DELAY_MS = 200


def _table(model: RowTableModel, name: str, stretch: int) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return view


class LockedPanel(QWidget):
    """Shown until the store is open: why it is not, and a way to try again."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.title = QLabel(self.tr("The store is locked"))
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setAccessibleName(self.tr("Status"))
        self.retry = QPushButton(self.tr("&Try again"))
        for widget in (self.title, self.message):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(widget)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.retry)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)


class ContentPanel(QWidget):
    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs)
        clients_page = QWidget()
        clients_layout = QVBoxLayout(clients_page)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name or the end of the identity code"))
        self.search.setAccessibleName(self.tr("Client search"))
        self.search.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)
        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search)
        clients_layout.addLayout(search_row)
        self.clients = ClientTableModel(self)
        self.client_view = _table(self.clients, self.tr("Clients"),
                                  ClientTableModel.NAME)
        clients_layout.addWidget(self.client_view)
        self.tabs.addTab(clients_page, self.tr("&Clients"))
        self.meetings = MeetingTableModel(self)
        self.meeting_view = _table(self.meetings, self.tr("Upcoming meetings"),
                                   MeetingTableModel.TITLE)
        self.tabs.addTab(self.meeting_view, self.tr("&Upcoming meetings"))


class MainWindow(QMainWindow):
    def __init__(self, data_dir: Path, *, vault: KeyringVault | None = None,
                 ask: AskPassphrase | None = None) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.vault = vault
        self.ask: AskPassphrase = ask or (lambda new, error: ask_passphrase(self, new, error))
        self.planner: Planner | None = None
        self.setWindowTitle("Verkosto")
        self.resize(1100, 700)
        self.locked = LockedPanel()
        self.content = ContentPanel()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.locked)
        self.pages.addWidget(self.content)
        self.setCentralWidget(self.pages)
        self.locked.retry.clicked.connect(self.unlock)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.refresh_clients)
        self.content.search.textChanged.connect(lambda _text: self.search_timer.start())
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        QShortcut(QKeySequence("Ctrl+Q"), self, self.close)
        self.statusBar().showMessage(self.tr("The store is not open"))

    def unlock(self) -> bool:
        """Open the store; on failure the locked panel tells why (nothing of the store shows)."""
        self.locked.message.setText(self.tr("Opening the store…"))
        try:
            self.planner = unlock(self.data_dir, self.ask, self.vault)
        except PassphraseRequired:
            self._show_locked(self.tr("No passphrase was given. The store opens when you give "
                                      "it: choose Try again."))
            return False
        except StoreError as error:
            self._show_locked(error.message("fi"))
            return False
        self.pages.setCurrentWidget(self.content)
        self.statusBar().showMessage(self.tr("Store open: {0}").format(
            self.planner.store.paths.database))
        self.refresh_clients()
        self.refresh_meetings()
        return True

    def _show_locked(self, message: str) -> None:
        self.locked.message.setText(message)
        self.pages.setCurrentWidget(self.locked)
        self.statusBar().showMessage(self.tr("The store was not opened"))

    def focus_search(self) -> None:
        self.content.tabs.setCurrentIndex(0)
        self.content.search.setFocus()
        self.content.search.selectAll()

    def refresh_clients(self) -> None:
        if self.planner is not None:
            self.content.clients.set_rows(self.planner.clients.search(
                self.content.search.text(), limit=500))

    def refresh_meetings(self) -> None:
        if self.planner is not None:
            self.content.meetings.set_rows(self.planner.meetings.upcoming())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.planner is not None:
            self.planner.close()
            self.planner = None
        super().closeEvent(event)
