"""Add or edit an information request (tietopyyntö), and mark one sent or answered.

Thin forms over planner.requests: the service validates, its messages appear beside the
fields, nothing typed is lost; the warning about a missing legal basis or consent is shown as
the request is typed (never a refusal)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from planner.domain import Agency, Professional
from planner.errors import ValidationFailed
from planner.messages import translate
from planner.services import ConsentView, RequestInput, RequestRow
from planner.services.base import agency_name
from planner.services.information_requests import RequestWarning
from ui import i18n
from ui.formatting import TZ, date_edit_format, date_text
from ui.widgets.colours import error_style
from ui.widgets.editor_dialog import EditorDialog
from ui.widgets.forms import FieldForm
from ui.widgets.holiday_calendar import with_holidays
from ui.widgets.sizing import floor_width

DUE_DAYS = 14  # a new request's due date: two weeks, changed as the case needs


def warning_text(warnings: Sequence[RequestWarning]) -> str:
    language = i18n.current()
    return "\n".join(translate(w.code, language, **dict(w.params)) for w in warnings)


def _date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setDisplayFormat(date_edit_format())
    with_holidays(edit)  # holidays and weekends marked in the popup
    return edit


class RequestDialog(EditorDialog):
    """The request's parties, what is asked, its basis and due date. ``save`` gets the input
    and may raise ValidationFailed; ``warn`` gives the warnings for what is typed. Cancel,
    Esc and closing ask first when something typed would be lost."""

    def __init__(self, client_id: int, agencies: list[Agency], people: list[Professional],
                 consents: list[ConsentView], save: Callable[[RequestInput], object],
                 warn: Callable[[RequestInput], list[RequestWarning]], today: date,
                 parent: QWidget | None = None, *, request: RequestRow | None = None) -> None:
        super().__init__(save, parent)
        self.client_id = client_id
        self._warn = warn
        self._people = people
        self.setWindowTitle(self.tr("Edit information request") if request
                            else self.tr("New information request"))
        floor_width(self, 560)
        self.requesting_agency, self.requesting_person = QComboBox(), QComboBox()
        self.receiving_agency, self.receiving_person = QComboBox(), QComboBox()
        for combo in (self.requesting_agency, self.receiving_agency):
            for agency in agencies:
                combo.addItem(agency_name(agency), agency.id)
            combo.setCurrentIndex(-1)  # chosen on purpose, never a silent default
            combo.setPlaceholderText(self.tr("Choose the agency"))
        self.form.add_field(self.tr("Re&questing agency:"), "requesting_agency_id",
                            self.requesting_agency)
        self.form.add_field(self.tr("Requesting &person:"), "requesting_professional_id",
                            self.requesting_person)
        self.form.add_field(self.tr("Recei&ving agency:"), "receiving_agency_id",
                            self.receiving_agency)
        self.form.add_field(self.tr("Receiving pe&rson:"), "receiving_professional_id",
                            self.receiving_person)
        self.subject = QPlainTextEdit()
        self.subject.setTabChangesFocus(True)
        self.subject.setFixedHeight(self.subject.fontMetrics().lineSpacing() * 4 + 12)
        self.form.add_field(self.tr("&Information asked for:"), "subject", self.subject)
        self.legal_basis = QComboBox()
        self.legal_basis.setEditable(True)
        self.legal_basis.addItem("")
        for example in (self.tr("Kela's right to information for deciding a benefit (Act on "
                                "the Social Insurance Institution of Finland)"),
                        self.tr("Multi-professional cooperation (Social Welfare Act)"),
                        self.tr("Right to information of social services (Act on the "
                                "Processing of Client Data in Healthcare and Social Welfare)")):
            self.legal_basis.addItem(example)
        self.legal_basis.setToolTip(self.tr("Name the law the right to the information rests "
                                            "on, in your own words, or choose an example."))
        self.form.add_field(self.tr("&Legal basis:"), "legal_basis", self.legal_basis)
        self.consent = QComboBox()
        self.consent.addItem(self.tr("No consent"), None)
        for view in consents:
            consent = view.consent
            text = f"{date_text(consent.given_at.astimezone(TZ).date())} · {consent.purpose}"
            if consent.withdrawn_at is not None:
                text += " " + self.tr("(withdrawn)")
            self.consent.addItem(text, consent.id)
        self.form.add_field(self.tr("Client's co&nsent:"), "consent_id", self.consent)
        self.due_date = _date_edit(today + timedelta(days=DUE_DAYS))
        self.form.add_field(self.tr("&Due date:"), "due_date", self.due_date)
        self.warning = QLabel()
        self.warning.setStyleSheet(error_style())
        self.warning.setWordWrap(True)
        self.form.addRow("", self.warning)
        self.requesting_agency.currentIndexChanged.connect(
            lambda: self._fill_people(self.requesting_agency, self.requesting_person))
        self.receiving_agency.currentIndexChanged.connect(
            lambda: self._fill_people(self.receiving_agency, self.receiving_person))
        if request is not None:
            self._show(request)
        for signal in (self.requesting_agency.currentIndexChanged,
                       self.receiving_agency.currentIndexChanged,
                       self.consent.currentIndexChanged, self.legal_basis.currentTextChanged):
            signal.connect(self.update_warning)
        self.update_warning()
        self._finish()  # the buttons; what is there now is what "unsaved" compares with

    def what(self) -> str:
        return self.tr("The information request")

    def _fill_people(self, agency: QComboBox, person: QComboBox) -> None:
        person.clear()
        person.addItem(self.tr("Anyone at the agency"), None)
        for professional in self._people:
            if professional.agency_id == agency.currentData():
                person.addItem(professional.name, professional.id)

    def _show(self, row: RequestRow) -> None:
        for combo, value in ((self.requesting_agency, row.requesting_agency_id),
                             (self.receiving_agency, row.receiving_agency_id)):
            combo.setCurrentIndex(combo.findData(value))
        self._fill_people(self.requesting_agency, self.requesting_person)
        self._fill_people(self.receiving_agency, self.receiving_person)
        for combo, value in ((self.requesting_person, row.requesting_professional_id),
                             (self.receiving_person, row.receiving_professional_id),
                             (self.consent, row.consent_id)):
            combo.setCurrentIndex(max(combo.findData(value), 0))
        self.subject.setPlainText(row.subject)
        self.legal_basis.setCurrentText(row.legal_basis)
        if row.due_date is not None:
            self.due_date.setDate(QDate(row.due_date.year, row.due_date.month, row.due_date.day))

    def value(self) -> RequestInput:
        return RequestInput(
            self.client_id, self.requesting_agency.currentData(),
            self.receiving_agency.currentData(), self.subject.toPlainText(),
            self.requesting_person.currentData(), self.receiving_person.currentData(),
            legal_basis=self.legal_basis.currentText(), consent_id=self.consent.currentData(),
            due_date=self.due_date.date().toPython())

    def update_warning(self) -> None:
        self.warning.setText(warning_text(self._warn(self.value())))
        self.warning.setVisible(bool(self.warning.text()))


class SentDialog(QDialog):
    """Mark a draft sent: the day it left and the day the answer is due."""

    def __init__(self, row: RequestRow, save: Callable[[date, date], object], today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Mark the request sent"))
        floor_width(self, 420)
        layout = QVBoxLayout(self)
        self.form = FieldForm()
        self.sent_on = _date_edit(today)
        self.form.add_field(self.tr("&Sent on:"), "sent_on", self.sent_on)
        self.due_date = _date_edit(row.due_date or today + timedelta(days=DUE_DAYS))
        self.form.add_field(self.tr("&Due date:"), "due_date", self.due_date)
        self.form.addRow(self.form.general)
        layout.addLayout(self.form)
        layout.addWidget(_buttons(self, self.tr("&Mark sent"), self.tr("Ca&ncel")))

    def submit(self) -> None:
        try:
            self._save(self.sent_on.date().toPython(), self.due_date.date().toPython())
        except ValidationFailed as failure:
            self.form.show_errors(failure)
            return
        self.accept()


class AnswerDialog(QDialog):
    """Mark a sent request answered: the day and a summary of what the answer said."""

    def __init__(self, save: Callable[[str, date], object], today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Mark the request answered"))
        floor_width(self, 480)
        layout = QVBoxLayout(self)
        self.form = FieldForm()
        self.answered_on = _date_edit(today)
        self.form.add_field(self.tr("&Answered on:"), "answered_on", self.answered_on)
        self.summary = QPlainTextEdit()
        self.summary.setTabChangesFocus(True)
        self.form.add_field(self.tr("Answer &summary:"), "answer_summary", self.summary)
        self.form.addRow(self.form.general)
        layout.addLayout(self.form)
        layout.addWidget(_buttons(self, self.tr("&Mark answered"), self.tr("Ca&ncel")))

    def submit(self) -> None:
        try:
            self._save(self.summary.toPlainText(), self.answered_on.date().toPython())
        except ValidationFailed as failure:
            self.form.show_errors(failure)
            return
        self.accept()


def _buttons(dialog: SentDialog | AnswerDialog, accept: str, cancel: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox()
    buttons.addButton(accept, QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
    buttons.accepted.connect(dialog.submit)
    buttons.rejected.connect(dialog.reject)
    return buttons
