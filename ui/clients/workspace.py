"""One client's workspace: overview, case lead and contacts, consents, meetings, actions,
information requests, log."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.domain import Agency, AuditEntry, Client, Professional
from planner.errors import ValidationFailed
from planner.services import ActionRow, ConsentView, ContactRow, MeetingRow, Planner, RequestRow
from planner.services.changes import Change
from ui import i18n
from ui.clients.client_dialog import ClientDialog
from ui.clients.consent_dialog import ConsentDialog
from ui.clients.contact_dialog import ContactDialog
from ui.clients.fhir_export import FhirExport
from ui.clients.log_tab import LogTab
from ui.clients.request_dialog import AnswerDialog, RequestDialog, SentDialog
from ui.clients.requests_tab import RequestsTab
from ui.clients.workspace_tabs import ConsentsTab, MeetingsTab, OverviewTab
from ui.operations import TaskRunner
from ui.plan.editor import PlanEditor
from ui.preferences import export_folder
from ui.widgets.style import TextStyle, apply_text_style
from ui.widgets.table_models import ID_ROLE, ActionTableModel
from ui.widgets.tables import make_table
from ui.widgets.unsaved import Editor, settle

# What the workspace shows besides the plan (ClientBundle), and what the plan tab shows.
BUNDLE_TABLES = frozenset({"client", "contact_person", "consent", "consent_agency", "meeting",
                           "participant", "agreed_action", "agency", "professional",
                           "information_request"})
PLAN_TABLES = frozenset({"client_plan", "plan_version", "plan_goal", "plan_service",
                         "service_code"})


def _changed(_result: object) -> None:
    """Done: the change signal reloads what shows it (on_change)."""


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
    requests: list[RequestRow] = field(default_factory=list)  # tietopyynnöt

    @classmethod
    def load(cls, planner: Planner, client_id: int) -> ClientBundle:
        with planner.one_view():  # one snapshot, one transaction (ServiceContext.one_view)
            client = planner.clients.get(client_id, purpose="client workspace")
            contacts = planner.clients.contacts(client_id)
            consents = planner.consents.for_client(client_id)
            agencies, people = planner.directory.agencies(), planner.directory.professionals()
            meetings = planner.meetings.list(client_id=client_id)
            actions = planner.actions.list(client_id=client_id)
            requests = planner.requests.for_client(client_id)
        # After the commit: the Log tab shows the views of this opening too.
        log = planner.audit.for_client(client_id, limit=LOG_ROWS)
        return cls(client, contacts, consents, agencies, people, meetings, actions, log,
                   requests)


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
        self.fhir = FhirExport(runner, export_folder, self)  # the case for other systems
        layout = QVBoxLayout(self)
        layout.addLayout(self._header())
        layout.addWidget(self.fhir.result)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs)
        self.overview, self.consents_tab, self.meetings_tab = (OverviewTab(), ConsentsTab(),
                                                               MeetingsTab())
        self.plan_editor = PlanEditor(runner)
        self.actions = ActionTableModel(self)
        self.requests_tab = RequestsTab()
        self.log_tab = LogTab(runner, export_folder)
        self.log = self.log_tab.log
        for panel, title in (
                (self.overview, self.tr("&Overview")), (self.plan_editor, self.tr("&Plan")),
                (self.consents_tab, self.tr("&Consents")),
                (self.meetings_tab, self.tr("&Meetings")),
                (self._actions_table(), self.tr("Ac&tions")),
                (self.log_tab, self.tr("&Log")),
                # no mnemonic: the plan tab's fields use up every letter of the name in each
                # language (Ctrl+Tab reaches it)
                (self.requests_tab, self.tr("Information requests"))):
            self.tabs.addTab(panel, title)
        self._connect_tabs()
        # The tabs' parts, under the names the pages and tests use.
        overview, consents, meetings = self.overview, self.consents_tab, self.meetings_tab
        self.hetu, self.birth, self.language = overview.hetu, overview.birth, overview.language
        self.interpreter, self.situation = overview.interpreter, overview.situation
        self.case_lead, self.contact_error = overview.case_lead, overview.contact_error
        self.contacts, self.contact_view = overview.contacts, overview.contact_view
        self.add_contact, self.remove_contact = overview.add_contact, overview.remove_contact
        self.consents, self.consent_view = consents.consents, consents.consent_view
        self.record_consent = consents.record_consent
        self.withdraw_consent = consents.withdraw_consent
        self.meetings, self.meeting_view = meetings.meetings, meetings.meeting_view
        self.new_meeting = meetings.new_meeting

    def _actions_table(self) -> QTableView:
        """The client's actions, done ones with their completion note; Enter or a
        double-click opens the meeting the action was agreed in."""
        view = make_table(self.actions, self.tr("Agreed actions"),
                          (ActionTableModel.DESCRIPTION, ActionTableModel.NOTE))
        view.activated.connect(lambda index: self._open_action_meeting(index.row()))
        self.actions_view = view
        return view

    def _open_action_meeting(self, row: int) -> None:
        meeting_id = self.actions.row_at(row).meeting_id
        if meeting_id is not None:
            self.meeting_opened.emit(meeting_id)

    def _header(self) -> QHBoxLayout:
        header = QHBoxLayout()
        self.back = QPushButton(self.tr("◀ &Back to clients"))
        self.back.clicked.connect(self.go_back)
        self.heading = QLabel()
        apply_text_style(self.heading, TextStyle.SECTION)
        header.addWidget(self.back)
        header.addWidget(self.heading, 1)
        self.edit_client = QPushButton(self.tr("&Edit details…"))
        self.edit_client.clicked.connect(self.open_client_dialog)
        header.addWidget(self.edit_client)
        header.addWidget(self.fhir.button)
        return header

    def _connect_tabs(self) -> None:
        overview, meetings = self.overview, self.meetings_tab
        overview.add_contact.clicked.connect(self.open_contact_dialog)
        overview.make_case_lead.clicked.connect(self.case_lead_selected)
        overview.remove_contact.clicked.connect(self.remove_selected_contact)
        self.consents_tab.record_consent.clicked.connect(self.open_consent_dialog)
        self.consents_tab.withdraw_consent.clicked.connect(self.withdraw_selected)
        requests = self.requests_tab
        requests.new_request.clicked.connect(lambda: self.open_request_dialog())
        requests.edit_request.clicked.connect(lambda: self.open_request_dialog(edit=True))
        requests.mark_sent.clicked.connect(lambda: self.open_sent_dialog())
        requests.mark_answered.clicked.connect(lambda: self.open_answer_dialog())
        requests.cancel_request.clicked.connect(self.cancel_selected_request)
        meetings.meeting_view.activated.connect(lambda index: self.meeting_opened.emit(
            meetings.meetings.data(index, ID_ROLE)))
        meetings.new_meeting.clicked.connect(lambda: self.bundle and
                                             self.new_meeting_requested.emit(
                                                 self.bundle.client.id or 0))

    def show_client(self, planner: Planner, client_id: int) -> None:
        self.planner = planner
        self.plan_editor.show_client(planner, client_id)
        self.runner.submit(lambda ctx: ClientBundle.load(planner, client_id), self._show,
                           self.tr("Opening the client…"))

    def _show(self, bundle: ClientBundle) -> None:
        if self.planner is None:
            return
        self.bundle = bundle
        self.heading.setText(bundle.client.display_name)
        self.fhir.set_client(self.planner, bundle.client.id, bundle.client.display_name,
                             bool(bundle.client.hetu))
        for tab in (self.overview, self.consents_tab, self.meetings_tab):
            tab.show_bundle(bundle)
        self.actions.set_rows(bundle.actions)
        self.requests_tab.show_rows(bundle.requests)
        self.log_tab.show_log(self.planner, bundle.client.id or 0, bundle.log,
                              bundle.client.language)

    def reload(self) -> None:
        if self.planner is not None and self.bundle is not None:
            self.show_client(self.planner, self.bundle.client.id or 0)

    def on_change(self, change: Change) -> None:
        """A change made anywhere — a meeting saved, an action done on the Actions page, a
        reply imported, a button here — reads the open client's tables again, once; the plan
        only when nothing typed in it would be lost and it did not make the change itself
        (it reloads after its own writes)."""
        if self.planner is None or self.bundle is None:
            return
        if change.touches(BUNDLE_TABLES) and not self._bundle_pending:
            self._bundle_pending = True
            QTimer.singleShot(0, self._reload_bundle)
        editor = self.plan_editor
        if change.touches(PLAN_TABLES) and not (editor.writing or
                                                editor.has_unsaved_changes()):
            editor.reload()

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

    def open_request_dialog(self, *, edit: bool = False) -> RequestDialog | None:
        """A new request, or (``edit``) the selected one, for this client only."""
        row = self.requests_tab.selected() if edit else None
        if self.planner is None or self.bundle is None or (edit and row is None):
            return None
        planner, bundle = self.planner, self.bundle
        request_id = row.id if row is not None else None
        save = (planner.requests.create if request_id is None
                else lambda data: planner.requests.update(request_id, data))
        dialog = RequestDialog(bundle.client.id or 0, bundle.agencies, bundle.people,
                               bundle.consents, save, planner.requests.warnings,
                               planner.actions.today(), self, request=row)
        self._keep(dialog)
        return dialog

    def open_sent_dialog(self) -> SentDialog | None:
        row, planner = self.requests_tab.selected(), self.planner
        if planner is None or row is None:
            return None
        dialog = SentDialog(row, lambda sent, due: planner.requests.mark_sent(row.id, sent, due),
                            planner.actions.today(), self)
        self._keep(dialog)
        return dialog

    def open_answer_dialog(self) -> AnswerDialog | None:
        row, planner = self.requests_tab.selected(), self.planner
        if planner is None or row is None:
            return None
        dialog = AnswerDialog(
            lambda summary, day: planner.requests.mark_answered(row.id, summary, day),
            planner.actions.today(), self)
        self._keep(dialog)
        return dialog

    def cancel_selected_request(self) -> None:
        row, planner = self.requests_tab.selected(), self.planner
        if planner is None or row is None:
            return
        self.runner.submit(lambda ctx: planner.requests.cancel(row.id), _changed,
                           self.tr("Cancelling the request…"),
                           on_failure=self._request_failed)

    def _request_failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationFailed):
            self.requests_tab.error.setText(" ".join(e.message(i18n.current())
                                                     for e in error.errors))
        else:
            self.runner.report_error(error)

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
        dialog.finished.connect(lambda _result: self.dialogs.remove(dialog)
                                if dialog in self.dialogs else None)
        self.dialogs.append(dialog)
        dialog.open()

    def unsaved_editors(self) -> list[tuple[Editor, str]]:
        editors: list[tuple[Editor, str]] = [
            (d, d.windowTitle()) for d in self.dialogs
            if isinstance(d, ClientDialog | RequestDialog) and d.has_unsaved_changes()]
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
            client_id, contact.professional_id), _changed,
            self.tr("Naming the case lead…"))

    def remove_selected_contact(self) -> None:
        planner, contact = self.planner, self._selected_contact()
        if planner is None or contact is None:
            return
        self.contact_error.clear()
        self.runner.submit(lambda ctx: planner.clients.remove_contact(contact.id),
                           _changed, self.tr("Removing the contact…"),
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
                           _changed, self.tr("Withdrawing consent…"))

    def clear(self) -> None:
        self.planner = None
        self.bundle = None
        self.plan_editor.clear()
        for dialog in list(self.dialogs):
            dialog.done(0)  # without asking: the window saved what it could before locking
        self.dialogs.clear()
        self.heading.clear()
        self.fhir.set_client(None, None, "")
        if self.fhir.dialog is not None:
            self.fhir.dialog.done(0)
        for tab in (self.overview, self.consents_tab, self.meetings_tab):
            tab.clear()
        self.actions.set_rows([])
        self.requests_tab.clear()
        self.log_tab.clear()
