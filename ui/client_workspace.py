"""One client's workspace: overview, case lead and contacts, consents, meetings, actions, log."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.domain import Agency, AuditEntry, Client
from planner.services import ActionRow, ConsentView, ContactRow, MeetingRow, Planner
from ui.client_models import AuditTableModel, ConsentTableModel, ContactTableModel
from ui.consent_dialog import ConsentDialog
from ui.formatting import finnish_date, masked_hetu
from ui.models import ActionTableModel, MeetingTableModel
from ui.operations import TaskRunner
from ui.widgets.tables import make_table


@dataclass(frozen=True)
class ClientBundle:
    """Everything the workspace shows, read in one background task."""

    client: Client
    contacts: list[ContactRow]
    consents: list[ConsentView]
    agencies: list[Agency]
    meetings: list[MeetingRow]
    actions: list[ActionRow]
    log: list[AuditEntry]

    @classmethod
    def load(cls, planner: Planner, client_id: int) -> ClientBundle:
        return cls(planner.clients.get(client_id, purpose="client workspace"),
                   planner.clients.contacts(client_id), planner.consents.for_client(client_id),
                   planner.directory.agencies(), planner.meetings.list(client_id=client_id),
                   planner.actions.list(client_id=client_id),
                   planner.audit.for_client(client_id))


class ClientWorkspace(QWidget):
    closed = Signal()

    def __init__(self, runner: TaskRunner) -> None:
        super().__init__()
        self.runner = runner
        self.planner: Planner | None = None
        self.bundle: ClientBundle | None = None
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        self.back = QPushButton(self.tr("◀ &Back to clients"))
        self.back.clicked.connect(self.closed)
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        header.addWidget(self.back)
        header.addWidget(self.heading, 1)
        layout.addLayout(header)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs)

        overview = QWidget()
        column = QVBoxLayout(overview)
        self.details = QFormLayout()
        self.hetu, self.birth, self.language, self.interpreter, self.situation = (
            QLabel() for _ in range(5))
        self.situation.setWordWrap(True)
        for caption, widget in ((self.tr("Identity code:"), self.hetu),
                                (self.tr("Birth date:"), self.birth),
                                (self.tr("Language:"), self.language),
                                (self.tr("Interpreter:"), self.interpreter),
                                (self.tr("Situation:"), self.situation)):
            self.details.addRow(caption, widget)
        column.addLayout(self.details)
        self.case_lead = QLabel()
        column.addWidget(self.case_lead)
        self.contacts = ContactTableModel(self)
        column.addWidget(make_table(self.contacts, self.tr("Named contact persons"),
                                    ContactTableModel.AGENCY))
        self.tabs.addTab(overview, self.tr("&Overview"))

        consents = QWidget()
        column = QVBoxLayout(consents)
        self.consents = ConsentTableModel(self)
        self.consent_view = make_table(self.consents, self.tr("Consents"),
                                       ConsentTableModel.AGENCIES)
        column.addWidget(self.consent_view)
        buttons = QHBoxLayout()
        self.record_consent = QPushButton(self.tr("&Record consent…"))
        self.withdraw_consent = QPushButton(self.tr("&Withdraw selected consent"))
        self.record_consent.clicked.connect(self.open_consent_dialog)
        self.withdraw_consent.clicked.connect(self.withdraw_selected)
        buttons.addWidget(self.record_consent)
        buttons.addWidget(self.withdraw_consent)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.tabs.addTab(consents, self.tr("&Consents"))

        self.meetings = MeetingTableModel(self)
        self.tabs.addTab(make_table(self.meetings, self.tr("Meetings"), MeetingTableModel.TITLE),
                         self.tr("&Meetings"))
        self.actions = ActionTableModel(self)
        self.tabs.addTab(make_table(self.actions, self.tr("Agreed actions"),
                                    ActionTableModel.DESCRIPTION), self.tr("A&ctions"))
        self.log = AuditTableModel(self)
        self.tabs.addTab(make_table(self.log, self.tr("Log"), AuditTableModel.WHAT),
                         self.tr("&Log"))

    def show_client(self, planner: Planner, client_id: int) -> None:
        self.planner = planner
        self.runner.submit(lambda ctx: ClientBundle.load(planner, client_id), self._show,
                           self.tr("Opening the client…"))

    def _show(self, bundle: ClientBundle) -> None:
        if self.planner is None:
            return
        self.bundle = bundle
        client = bundle.client
        self.heading.setText(client.display_name)
        self.hetu.setText(masked_hetu(client.hetu) + (
            self.tr(" (temporary)") if client.hetu_is_temporary else ""))
        self.birth.setText(finnish_date(client.birth_date))
        self.language.setText(client.language)
        self.interpreter.setText(self.tr("needed: {0}").format(client.interpreter_language)
                                 if client.needs_interpreter else self.tr("not needed"))
        self.situation.setText(client.situation)
        lead = next((c for c in bundle.contacts if c.is_case_lead), None)
        self.case_lead.setText(self.tr("Case lead: {0}, {1}").format(
            lead.professional_name, lead.agency_name) if lead else self.tr("No case lead yet"))
        self.contacts.set_rows(bundle.contacts)
        self.consents.agency_names = {a.id or 0: a.name for a in bundle.agencies}
        self.consents.set_rows(bundle.consents)
        self.meetings.set_rows(bundle.meetings)
        self.actions.set_rows(bundle.actions)
        self.log.set_rows(bundle.log)

    def reload(self) -> None:
        if self.planner is not None and self.bundle is not None:
            self.show_client(self.planner, self.bundle.client.id or 0)

    def open_consent_dialog(self) -> ConsentDialog | None:
        if self.planner is None or self.bundle is None:
            return None
        planner = self.planner
        dialog = ConsentDialog(self.bundle.client.id or 0, self.bundle.agencies,
                               planner.consents.record, self)
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog

    def withdraw_selected(self) -> None:
        planner = self.planner
        rows = self.consent_view.selectionModel().selectedRows() if planner else []
        if not rows or planner is None:
            return
        consent_id = self.consents.row_at(rows[0].row()).consent.id or 0
        self.runner.submit(lambda ctx: planner.consents.withdraw(consent_id),
                           lambda _c: self.reload(), self.tr("Withdrawing consent…"))

    def clear(self) -> None:
        self.planner = None
        self.bundle = None
        for label in (self.heading, self.hetu, self.birth, self.language, self.interpreter,
                      self.situation, self.case_lead):
            label.clear()
        for model in (self.contacts, self.consents, self.meetings, self.actions, self.log):
            model.set_rows([])



