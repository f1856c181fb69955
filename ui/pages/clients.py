"""Clients: instant search by name or the end of the HETU, over thousands of clients."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QStackedWidget, QVBoxLayout, QWidget

from planner.services import ClientRow
from ui.client_workspace import ClientWorkspace
from ui.models import ID_ROLE, ClientTableModel
from ui.operations import TaskRunner
from ui.pages.base import Page
from ui.widgets.tables import make_table

SEARCH_DELAY_MS = 200
PAGE_SIZE = 500


class ClientsPage(Page):
    client_opened = Signal(int)

    def __init__(self, runner: TaskRunner) -> None:
        super().__init__(runner)
        self.stack = QStackedWidget()
        QVBoxLayout(self).addWidget(self.stack)
        self.list_page = QWidget()
        layout = QVBoxLayout(self.list_page)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name or the end of the identity code"))
        self.search.setAccessibleName(self.tr("Client search"))
        self.search.setClearButtonEnabled(True)
        label = QLabel(self.tr("&Search:"))
        label.setBuddy(self.search)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.search)
        layout.addLayout(row)
        self.model = ClientTableModel(self)
        self.view = make_table(self.model, self.tr("Clients"), ClientTableModel.NAME)
        self.view.activated.connect(lambda index: self.open_client(
            self.model.data(index, ID_ROLE)))
        layout.addWidget(self.view)
        self.count = QLabel()
        layout.addWidget(self.count)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.workspace = ClientWorkspace(runner)
        self.workspace.closed.connect(self.show_list)
        self.stack.addWidget(self.list_page)
        self.stack.addWidget(self.workspace)

    def open_client(self, client_id: int) -> None:
        if self.planner is not None:
            self.workspace.show_client(self.planner, client_id)
            self.stack.setCurrentWidget(self.workspace)
            self.client_opened.emit(client_id)

    def show_list(self) -> None:
        self.workspace.clear()
        self.stack.setCurrentWidget(self.list_page)
        self.view.setFocus()

    def refresh(self) -> None:
        text = self.search.text()

        def show(rows: list[ClientRow]) -> None:
            self.model.set_rows(rows)
            self.count.setText(self.tr("{0} clients shown").format(len(rows)))

        self.load(lambda planner: planner.clients.search(text, limit=PAGE_SIZE), show,
                  self.tr("Searching clients…"))

    def clear(self) -> None:
        self.show_list()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._timer.stop()
        self.model.set_rows([])
        self.count.clear()
