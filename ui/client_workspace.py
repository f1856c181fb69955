"""One client's workspace: overview, case lead and contacts, consents, meetings, actions, log."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.client_identity import mask_hetu
from planner.domain import Agency, AuditEntry, Client, Professional
from planner.errors import ValidationFailed
from planner.services import ActionRow, ConsentView, ContactRow, MeetingRow, Planner
from planner.services.changes import Change
from ui import i18n
from ui.client_dialog import ClientDialog
from ui.client_models import AuditTableModel, ConsentTableModel, ContactTableModel
from ui.consent_dialog import ConsentDialog
from ui.contact_dialog import ContactDialog
from ui.formatting import finnish_date
from ui.models import ID_ROLE, ActionTableModel, MeetingTableModel
from ui.operations import TaskRunner
from ui.plan_editor import PlanEditor
from ui.widgets.colours import error_style
from ui.widgets.tables import make_table
from ui.widgets.unsaved import Editor, settle

# What the workspace shows besides the plan (ClientBundle), and what the plan tab shows.
BUNDLE_TABLES = frozenset({"client", "contact_person", "consent", "consent_agency", "meeting",
                           "participant", "agreed_action", "agency", "professional"})
PLAN_TABLES = frozenset({"client_plan", "plan_version", "plan_goal", "plan_service",
                         "service_code"})
# The Log tab shows the newest entries: every view of the client adds one, and a client
# followed for years has thousands (the full extract: ``verkosto audit --client``).
LOG_ROWS = 1000


@dataclass(frozen=True)
class ClientBundle:
    """Everything the workspace shows, read in one background task."""

    client: Client
    contacts: list[ContactRow]
    consents: list[ConsentView]
    agencies: list[Agency]
    people: list[Professional]
    meetings: list[MeetingRow]
    actions: list[ActionRow]
    log: list[AuditEntry]

    @classmethod
    def load(cls, planner: Planner, client_id: int) -> ClientBundle:
        return cls(planner.clients.get(client_id, purpose="client workspace"),
                   planner.clients.contacts(client_id), planner.consents.for_client(client_id),
                   planner.directory.agencies(), planner.directory.professionals(),
                   planner.meetings.list(client_id=client_id),
                   planner.actions.list(client_id=client_id),
                   planner.audit.for_client(client_id, limit=LOG_ROWS))


class ClientWorkspace(QWidget):
    closed = Signal()
    meeting_opened = Signal(int)  # a meeting's id: the page opens its editor
    new_meeting_requested = Signal(int)  # the client's id

    def __init__(self, runner: TaskRunner) -> None:
        super().__init__()
        self.runner = runner
        self.planner: Planner | None = None
        self.bundle: ClientBundle | None = None
        self.dialogs: list[QDialog] = []
        self._bundle_pending = False
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        self.back = QPushButton(self.tr("◀ &Back to clients"))
        self.back.clicked.connect(self.go_back)
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        header.addWidget(self.back)
        header.addWidget(self.heading, 1)
        self.edit_client = QPushButton(self.tr("&Edit details…"))
        self.edit_client.clicked.connect(self.open_client_dialog)
        header.addWidget(self.edit_client)
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
        self.contact_view = make_table(self.contacts, self.tr("Named contact persons"),
                                       ContactTableModel.AGENCY)
        column.addWidget(self.contact_view)
        buttons = QHBoxLayout()
        self.add_contact = QPushButton(self.tr("&Name a contact person…"))
        self.make_case_lead = QPushButton(self.tr("Ma&ke case lead"))
        self.remove_contact = QPushButton(self.tr("&Remove contact"))
        self.add_contact.clicked.connect(self.open_contact_dialog)
        self.make_case_lead.clicked.connect(self.case_lead_selected)
        self.remove_contact.clicked.connect(self.remove_selected_contact)
        for button in (self.add_contact, self.make_case_lead, self.remove_contact):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.contact_error = QLabel()
        self.contact_error.setStyleSheet(error_style())
        self.contact_error.setWordWrap(True)
        column.addWidget(self.contact_error)
        self.tabs.addTab(overview, self.tr("&Overview"))
        self.plan_editor = PlanEditor(runner)
        self.tabs.addTab(self.plan_editor, self.tr("&Plan"))

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

        meetings = QWidget()
        column = QVBoxLayout(meetings)
        self.meetings = MeetingTableModel(self)
        self.meeting_view = make_table(self.meetings, self.tr("Meetings"),
                                       MeetingTableModel.TITLE)
        self.meeting_view.activated.connect(lambda index: self.meeting_opened.emit(
            self.meetings.data(index, ID_ROLE)))
        column.addWidget(self.meeting_view)
        self.new_meeting = QPushButton(self.tr("&New meeting…"))
        self.new_meeting.clicked.connect(lambda: self.bundle and self.new_meeting_requested.emit(
            self.bundle.client.id or 0))
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_meeting)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.tabs.addTab(meetings, self.tr("&Meetings"))
        self.actions = ActionTableModel(self)
        self.tabs.addTab(make_table(self.actions, self.tr("Agreed actions"),
                                    ActionTableModel.DESCRIPTION), self.tr("Ac&tions"))
        self.log = AuditTableModel(self)
        self.tabs.addTab(make_table(self.log, self.tr("Log"), AuditTableModel.WHAT),
                         self.tr("&Log"))

    def show_client(self, planner: Planner, client_id: int) -> None:
        self.planner = planner
        self.plan_editor.show_client(planner, client_id)
        self.runner.submit(lambda ctx: ClientBundle.load(planner, client_id), self._show,
                           self.tr("Opening the client…"))

    def _show(self, bundle: ClientBundle) -> None:
        if self.planner is None:
            return
        self.bundle = bundle
        client = bundle.client
        self.heading.setText(client.display_name)
        self.hetu.setText(mask_hetu(client.hetu) + (
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

    def on_change(self, change: Change) -> None:
        """A change made anywhere (a meeting saved, an action done on the Actions page, a
        reply imported): the open client's tables read again — the plan only when nothing
        typed in it would be lost (its own save reloads it)."""
        if self.planner is None or self.bundle is None:
            return
        if change.touches(BUNDLE_TABLES) and not self._bundle_pending:
            self._bundle_pending = True
            QTimer.singleShot(0, self._reload_bundle)
        if change.touches(PLAN_TABLES) and not self.plan_editor.has_unsaved_changes():
            self.plan_editor.reload()

    def _reload_bundle(self) -> None:
        self._bundle_pending = False
        planner, bundle = self.planner, self.bundle
        if planner is None or bundle is None:
            return
        client_id = bundle.client.id or 0
        self.runner.submit(lambda ctx: ClientBundle.load(planner, client_id), self._show,
                           self.tr("Opening the client…"))

    def open_consent_dialog(self) -> ConsentDialog | None:
        if self.planner is None or self.bundle is None:
            return None
        planner = self.planner
        dialog = ConsentDialog(self.bundle.client.id or 0, self.bundle.agencies,
                               planner.consents.record, self)
        self._keep(dialog)
        return dialog

    def open_client_dialog(self) -> ClientDialog | None:
        if self.planner is None or self.bundle is None:
            return None
        planner, client_id = self.planner, self.bundle.client.id or 0
        dialog = ClientDialog(lambda data: planner.clients.update(client_id, data),
                              self.bundle.client, self)
        self._keep(dialog)
        return dialog

    def open_contact_dialog(self) -> ContactDialog | None:
        if self.planner is None or self.bundle is None:
            return None
        planner, client_id = self.planner, self.bundle.client.id or 0
        dialog = ContactDialog(
            self.bundle.agencies, self.bundle.people,
            lambda person, lead: planner.clients.set_contact(client_id, person, case_lead=lead),
            self)
        self._keep(dialog)
        return dialog

    def _keep(self, dialog: QDialog) -> None:
        """Open ``dialog``; remember it until it finishes, so locking can close it."""
        dialog.accepted.connect(self.reload)
        dialog.finished.connect(lambda _result: self.dialogs.remove(dialog)
                                if dialog in self.dialogs else None)
        self.dialogs.append(dialog)
        dialog.open()

    def unsaved_editors(self) -> list[tuple[Editor, str]]:
        editors: list[tuple[Editor, str]] = [
            (d, d.windowTitle()) for d in self.dialogs
            if isinstance(d, ClientDialog) and d.has_unsaved_changes()]
        if self.plan_editor.has_unsaved_changes():
            editors.append((self.plan_editor, self.plan_editor.what()))
        return editors

    def go_back(self) -> None:
        """Back to the list, but not past a plan with unsaved changes without asking."""
        if settle(self, self.plan_editor, self.plan_editor.what()):
            self.closed.emit()

    def _selected_contact(self) -> ContactRow | None:
        rows = self.contact_view.selectionModel().selectedRows()
        return self.contacts.row_at(rows[0].row()) if rows else None

    def case_lead_selected(self) -> None:
        planner, contact = self.planner, self._selected_contact()
        if planner is None or contact is None:
            return
        client_id = self.bundle.client.id or 0 if self.bundle else 0
        self.runner.submit(lambda ctx: planner.clients.set_case_lead(
            client_id, contact.professional_id), lambda _c: self.reload(),
            self.tr("Naming the case lead…"))

    def remove_selected_contact(self) -> None:
        planner, contact = self.planner, self._selected_contact()
        if planner is None or contact is None:
            return
        self.contact_error.clear()
        self.runner.submit(lambda ctx: planner.clients.remove_contact(contact.id),
                           lambda _c: self.reload(), self.tr("Removing the contact…"),
                           on_failure=self._contact_failed)

    def _contact_failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationFailed):
            self.contact_error.setText(" ".join(e.message(i18n.current())
                                                for e in error.errors))
        else:
            self.runner.report_error(error)

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
        self.plan_editor.clear()
        for dialog in list(self.dialogs):
            dialog.done(0)  # without asking: the window saved what it could before locking
        self.dialogs.clear()
        self.contact_error.clear()
        for label in (self.heading, self.hetu, self.birth, self.language, self.interpreter,
                      self.situation, self.case_lead):
            label.clear()
        for model in (self.contacts, self.consents, self.meetings, self.actions, self.log):
            model.set_rows([])



