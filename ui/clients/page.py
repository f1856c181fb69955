"""Clients: instant search by name, the end of the HETU, the case lead or a benefit, over
thousands of clients; each with its case lead, next meeting, open and overdue actions and plan
status, sorted by any of them (in the store, the whole list, not just the page shown)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from planner.services import ClientListRow, ClientRow, ClientSort, Planner
from planner.services.changes import Change
from planner.services.clients import MAX_SEARCH_CHARS
from ui.clients.client_dialog import ClientDialog
from ui.clients.fhir_import import FhirImport
from ui.clients.models import ClientListModel
from ui.clients.workspace import ClientWorkspace
from ui.meetings.editor import MeetingEditor
from ui.meetings.editors import MeetingEditors
from ui.operations import TaskRunner
from ui.preferences import export_folder
from ui.shell.page import Page
from ui.widgets.icons import icon
from ui.widgets.table_models import ID_ROLE
from ui.widgets.tables import make_table
from ui.widgets.unsaved import Editor

SEARCH_DELAY_MS = 200
PAGE_SIZE = 500


class ClientsPage(Page):
    WATCHES = frozenset({"client"})  # the list; the open client's workspace watches its own
    READ_WHILE_HIDDEN = True

    client_opened = Signal(int)

    def __init__(self, runner: TaskRunner) -> None:
        super().__init__(runner)
        self.stack = QStackedWidget()
        QVBoxLayout(self).addWidget(self.stack)
        self.list_page = QWidget()
        layout = QVBoxLayout(self.list_page)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr(
            "Search by name, the end of the identity code, case lead or benefit"))
        self.search.setAccessibleName(self.tr("Client search"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMaxLength(MAX_SEARCH_CHARS)  # the service refuses longer ones
        label = QLabel(self.tr("&Search:"))
        label.setBuddy(self.search)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.search)
        self.new_client = QPushButton(self.tr("New &client…"))
        self.new_client.setIcon(icon("new"))
        self.new_client.clicked.connect(self.open_new_client)
        row.addWidget(self.new_client)
        self.fhir_import = FhirImport(runner, export_folder, self)  # a case handed over
        self.fhir_import.imported.connect(self._imported)
        row.addWidget(self.fhir_import.button)
        self.client_dialog: ClientDialog | None = None
        layout.addLayout(row)
        layout.addWidget(self.fhir_import.result)
        self.model = ClientListModel(self)
        self.view = make_table(self.model, self.tr("Clients"), ClientListModel.NAME)
        self.sort: tuple[ClientSort, bool] = (ClientSort.NAME, False)  # column, descending
        header = self.view.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(ClientListModel.NAME, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self.sort_by)
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
        self.meeting_editors = MeetingEditors(runner, self)
        self.workspace.meeting_opened.connect(self.open_meeting)
        self.workspace.new_meeting_requested.connect(
            lambda client_id: self.planner and self.meeting_editors.open(
                self.planner, client_id=client_id))
        self.stack.addWidget(self.list_page)
        self.stack.addWidget(self.workspace)

    def attach(self, planner: Planner) -> None:
        super().attach(planner)
        self.fhir_import.set_planner(planner)

    def _imported(self, client_id: int) -> None:
        """After a FHIR import: the list again, and the client's workspace with what came."""
        self.refresh()
        self.open_client(client_id)

    def open_client(self, client_id: int) -> None:
        if self.planner is not None:
            self.workspace.show_client(self.planner, client_id)
            self.stack.setCurrentWidget(self.workspace)
            self.client_opened.emit(client_id)

    def open_new_client(self) -> ClientDialog | None:
        planner = self.planner
        if planner is None:
            return None
        dialog = ClientDialog(planner.clients.create, parent=self)
        dialog.accepted.connect(lambda: self._created(dialog))
        dialog.finished.connect(lambda _result: setattr(self, "client_dialog", None))
        self.client_dialog = dialog
        dialog.open()
        return dialog

    def _created(self, dialog: ClientDialog) -> None:
        if dialog.saved is not None and dialog.saved.id is not None:
            self.refresh()
            self.open_client(dialog.saved.id)

    def open_meeting(self, meeting_id: int) -> MeetingEditor | None:
        if self.planner is None:
            return None
        return self.meeting_editors.open(self.planner, meeting_id=meeting_id)

    def new_meeting(self) -> None:
        """Ctrl+N: for the client open in the workspace, else with a client picker."""
        planner, bundle = self.planner, self.workspace.bundle
        if planner is None:
            return
        if self.stack.currentWidget() is self.workspace and bundle is not None:
            self.meeting_editors.open(planner, client_id=bundle.client.id)
            return

        def show(rows: list[ClientRow]) -> None:
            if self.planner is planner:  # not locked meanwhile
                self.meeting_editors.open(planner, clients=rows)

        self.runner.submit(lambda ctx: planner.clients.search("", limit=PAGE_SIZE), show,
                           self.tr("Opening a new meeting…"))

    def on_change(self, change: Change) -> None:
        super().on_change(change)
        self.workspace.on_change(change)

    def unsaved_editors(self) -> list[tuple[Editor, str]]:
        editors = self.workspace.unsaved_editors() + self.meeting_editors.unsaved()
        if self.client_dialog is not None and self.client_dialog.has_unsaved_changes():
            editors.append((self.client_dialog, self.client_dialog.windowTitle()))
        return editors

    def show_list(self) -> None:
        self.workspace.clear()
        self.stack.setCurrentWidget(self.list_page)
        self.view.setFocus()

    def sort_by(self, column: int, order: Qt.SortOrder) -> None:
        """A click on a column's header: the store sorts the whole list (not the page)."""
        sort = ClientListModel.SORTS[column]
        if sort is None:  # the masked HETU has no meaningful order: keep the current one
            header = self.view.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(ClientListModel.SORTS.index(self.sort[0]),
                                    Qt.SortOrder.DescendingOrder if self.sort[1]
                                    else Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)
            return
        self.sort = (sort, order == Qt.SortOrder.DescendingOrder)
        self.refresh()

    def refresh(self) -> None:
        text = self.search.text()
        sort, descending = self.sort

        def show(rows: list[ClientListRow]) -> None:
            self.model.set_rows(rows)
            self.count.setText(self.tr("{0} clients shown").format(len(rows)))

        self.load(lambda planner: planner.client_listing.rows(
            text, sort=sort, descending=descending, limit=PAGE_SIZE), show,
            self.tr("Searching clients…"))

    def clear(self) -> None:
        self.fhir_import.set_planner(None)
        self.meeting_editors.close_all()
        if self.client_dialog is not None:
            self.client_dialog.done(0)  # the window saved what it could before locking
        self.show_list()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._timer.stop()
        self.model.set_rows([])
        self.count.clear()
