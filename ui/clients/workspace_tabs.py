"""The tabs of a client's workspace, each a panel that builds itself and shows its part of the
client's bundle (ui/clients/workspace.py reads the bundle and runs what the buttons ask)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from planner.client_identity import mask_hetu
from ui.clients.models import ConsentTableModel, ContactTableModel, consented_name
from ui.formatting import date_text
from ui.widgets.colours import error_style
from ui.widgets.icons import icon
from ui.widgets.languages import spoken
from ui.widgets.table_models import MeetingTableModel
from ui.widgets.tables import make_table

if TYPE_CHECKING:
    from ui.clients.workspace import ClientBundle


def _button_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


class OverviewTab(QWidget):
    """Who the client is, the case lead (kopin ottaja) and the named contact persons."""

    def __init__(self) -> None:
        super().__init__()
        column = QVBoxLayout(self)
        self.details = QFormLayout()
        (self.hetu, self.birth, self.language, self.interpreter, self.situation,
         self.sickness_start) = (QLabel() for _ in range(6))
        self.situation.setWordWrap(True)
        for caption, widget in ((self.tr("Identity code:"), self.hetu),
                                (self.tr("Birth date:"), self.birth),
                                (self.tr("Language:"), self.language),
                                (self.tr("Interpreter:"), self.interpreter),
                                (self.tr("Situation:"), self.situation),
                                (self.tr("Sickness allowance since:"), self.sickness_start)):
            self.details.addRow(caption, widget)
        column.addLayout(self.details)
        self.case_lead = QLabel()
        column.addWidget(self.case_lead)
        self.contacts = ContactTableModel(self)
        self.contact_view = make_table(self.contacts, self.tr("Named contact persons"),
                                       ContactTableModel.AGENCY)
        column.addWidget(self.contact_view)
        self.add_contact = QPushButton(self.tr("&Name a contact person…"))
        self.make_case_lead = QPushButton(self.tr("Ma&ke case lead"))
        self.remove_contact = QPushButton(self.tr("&Remove contact"))
        self.remove_contact.setIcon(icon("delete"))
        column.addLayout(_button_row(self.add_contact, self.make_case_lead,
                                     self.remove_contact))
        self.contact_error = QLabel()
        self.contact_error.setStyleSheet(error_style())
        self.contact_error.setWordWrap(True)
        column.addWidget(self.contact_error)

    def show_bundle(self, bundle: ClientBundle) -> None:
        client = bundle.client
        self.hetu.setText(mask_hetu(client.hetu) + (
            self.tr(" (temporary)") if client.hetu_is_temporary else ""))
        self.birth.setText(date_text(client.birth_date))
        self.language.setText(spoken(client.language))
        self.interpreter.setText(self.tr("needed: {0}").format(
            spoken(client.interpreter_language)) if client.needs_interpreter
            else self.tr("not needed"))
        self.situation.setText(client.situation)
        self.sickness_start.setText(date_text(client.sickness_allowance_start)
                                    if client.sickness_allowance_start else "–")
        lead = next((c for c in bundle.contacts if c.is_case_lead), None)
        self.case_lead.setText(self.tr("Case lead: {0}, {1}").format(
            lead.professional_name, lead.agency_name) if lead else self.tr("No case lead yet"))
        self.contacts.set_rows(bundle.contacts)

    def clear(self) -> None:
        self.contact_error.clear()
        for label in (self.hetu, self.birth, self.language, self.interpreter, self.situation,
                      self.sickness_start, self.case_lead):
            label.clear()
        self.contacts.set_rows([])


class ConsentsTab(QWidget):
    """The client's consents: which agencies may share information, for what, until when."""

    def __init__(self) -> None:
        super().__init__()
        column = QVBoxLayout(self)
        self.consents = ConsentTableModel(self)
        self.consent_view = make_table(self.consents, self.tr("Consents"),
                                       ConsentTableModel.AGENCIES)
        column.addWidget(self.consent_view)
        self.record_consent = QPushButton(self.tr("&Record consent…"))
        self.withdraw_consent = QPushButton(self.tr("&Withdraw selected consent"))
        column.addLayout(_button_row(self.record_consent, self.withdraw_consent))

    def show_bundle(self, bundle: ClientBundle) -> None:
        self.consents.agency_names = {a.id or 0: consented_name(a) for a in bundle.agencies}
        self.consents.set_rows(bundle.consents)

    def clear(self) -> None:
        self.consents.set_rows([])


class MeetingsTab(QWidget):
    """The client's meetings; a row opens its editor, the button plans a new one."""

    def __init__(self) -> None:
        super().__init__()
        column = QVBoxLayout(self)
        self.meetings = MeetingTableModel(self)
        self.meeting_view = make_table(self.meetings, self.tr("Meetings"),
                                       MeetingTableModel.TITLE)
        column.addWidget(self.meeting_view)
        self.new_meeting = QPushButton(self.tr("&New meeting…"))
        self.new_meeting.setIcon(icon("new"))
        column.addLayout(_button_row(self.new_meeting))

    def show_bundle(self, bundle: ClientBundle) -> None:
        self.meetings.set_rows(bundle.meetings)

    def clear(self) -> None:
        self.meetings.set_rows([])
