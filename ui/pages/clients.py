"""Clients: instant search by name or the end of the HETU, over thousands of clients."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout

from planner.services import ClientRow
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
        layout = QVBoxLayout(self)
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
        self.view.activated.connect(lambda index: self.client_opened.emit(
            self.model.data(index, ID_ROLE)))
        layout.addWidget(self.view)
        self.count = QLabel()
        layout.addWidget(self.count)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._timer.start())

    def refresh(self) -> None:
        text = self.search.text()

        def show(rows: list[ClientRow]) -> None:
            self.model.set_rows(rows)
            self.count.setText(self.tr("{0} clients shown").format(len(rows)))

        self.load(lambda planner: planner.clients.search(text, limit=PAGE_SIZE), show,
                  self.tr("Searching clients…"))

    def clear(self) -> None:
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._timer.stop()
        self.model.set_rows([])
        self.count.clear()
