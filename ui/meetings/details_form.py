"""The meeting editor's Details tab: what, for whom, when, where, the agenda and the status."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from planner.client_identity import ClientIdentity
from planner.domain import Meeting
from planner.domain.enums import MeetingMode, MeetingStatus
from planner.errors import FieldError, ValidationFailed
from planner.meeting_types import MeetingType
from planner.messages import label, translate
from planner.services import ClientRow, MeetingInput
from planner.services.meetings import allowed_statuses
from ui import i18n
from ui.formatting import (
    TZ,
    date_edit_format,
    date_text,
    number_text,
    time_edit_format,
    time_text,
)
from ui.meetings.agenda import AgendaEditor
from ui.widgets.colours import warning_panel_style
from ui.widgets.forms import FieldForm
from ui.widgets.holiday_calendar import with_holidays

DEFAULT_MINUTES = 60


def _row(*widgets: QWidget) -> QWidget:
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    box.setFocusProxy(widgets[0])  # the caption's mnemonic and error focus land on the first
    return box


class MeetingDetailsForm(QWidget):
    """Fields of one meeting; ``value()`` turns them into the service's MeetingInput."""

    FIELDS = frozenset({"title", "purpose", "client_id", "start", "end", "mode", "location",
                        "remote_link", "agenda", "status", "plan_id"})

    def __init__(self, clients: list[ClientRow] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = FieldForm()
        # A new meeting starts from a type (planner.meeting_types): length, mode, agenda and
        # the participants it proposes. Shown only for a meeting not yet saved.
        self.meeting_type = QComboBox()
        self.meeting_type.addItem(self.tr("— no type —"), None)
        self.form.add_field(self.tr("Meeting t&ype:"), "meeting_type", self.meeting_type)
        # A saved meeting's type, read only: it is what the meeting was planned as.
        self.type_name = QLabel()
        self.type_name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.add_field(self.tr("Meeting type:"), "type_code", self.type_name)
        self.type_note = QLabel()
        self.type_note.setWordWrap(True)
        self.type_note.setAccessibleName(self.tr("Proposed participants"))
        self.type_note.hide()
        self.form.addRow("", self.type_note)
        self.title = self.form.add_field(self.tr("Meeting &title:"), "title", QLineEdit())
        self.purpose = QPlainTextEdit()
        self.purpose.setTabChangesFocus(True)
        self.purpose.setMaximumHeight(64)
        self.form.add_field(self.tr("Pu&rpose:"), "purpose", self.purpose)
        self.client_name = QLabel()
        self.client_picker: QComboBox | None = None
        if clients is None:
            self.form.add_field(self.tr("Client:"), "client_id", self.client_name)
        else:
            self.client_picker = QComboBox()
            self.client_picker.setPlaceholderText(self.tr("Choose the client"))
            for client in clients:
                extra = date_text(client.birth_date)
                self.client_picker.addItem(f"{client.name} ({extra})" if extra else client.name,
                                           client.id)
            self.client_picker.setCurrentIndex(-1)
            self.form.add_field(self.tr("Cl&ient:"), "client_id", self.client_picker)
        self.date = QDateEdit()
        self.date.setDisplayFormat(date_edit_format())
        with_holidays(self.date)  # holidays and weekends marked in the popup
        self.time = QTimeEdit()
        self.time.setDisplayFormat(time_edit_format())
        self.time.setAccessibleName(self.tr("Start time"))
        self.find_time = QPushButton(self.tr("&Find a time…"))
        self.find_time.setAutoDefault(False)
        self.form.add_field(self.tr("Dat&e and time:"), "start",
                            _row(self.date, self.time, self.find_time))
        self.date.setAccessibleName(self.tr("Date"))
        self.minutes = QSpinBox()
        self.minutes.setRange(5, 8 * 60)
        self.minutes.setSingleStep(15)
        self.minutes.setSuffix(self.tr(" min"))
        self.ends = QLabel()
        self.form.add_field(self.tr("Durati&on:"), "end", _row(self.minutes, self.ends))
        self.minutes.setAccessibleName(self.tr("Duration in minutes"))
        # holiday, weekend, working-hours and double-booking warnings (ui/meetings/schedule.py)
        self.schedule_warnings = QLabel()
        self.schedule_warnings.setWordWrap(True)
        self.schedule_warnings.setAccessibleName(self.tr("Scheduling warnings"))
        self.schedule_warnings.setStyleSheet(warning_panel_style())
        self.schedule_warnings.hide()
        self.form.addRow(self.schedule_warnings)
        self.mode = QComboBox()
        for mode in MeetingMode:
            self.mode.addItem(label("meeting_mode", mode, i18n.current()), mode.value)
        self.form.add_field(self.tr("&Mode:"), "mode", self.mode)
        self.location = self.form.add_field(self.tr("P&lace:"), "location", QLineEdit())
        self.remote_link = self.form.add_field(self.tr("Remote lin&k:"), "remote_link",
                                               QLineEdit())
        self.remote_link.setPlaceholderText("https://…")
        # Shown while the link names the client or holds a HETU: invites leave such a link out.
        self.link_warning = QLabel(self.tr(
            "⚠ This link reveals the client (a name or an identity code in it), so it will be "
            "left out of invites and the calendar. Use a link that does not identify the "
            "client, for example the meeting service's own meeting id."))
        self.link_warning.setWordWrap(True)
        self.link_warning.setAccessibleName(self.tr("Remote link warning"))
        self.link_warning.setStyleSheet(warning_panel_style())
        self.link_warning.hide()
        self.form.addRow("", self.link_warning)
        self._client: tuple[str, str, str | None] | None = None  # names and HETU, for the link
        self.naming = "initials"  # the store's setting for invites; strictest until read
        self.clients = {client.id: client for client in clients or []}
        self.agenda = AgendaEditor()
        self.form.add_field(self.tr("Agend&a:"), "agenda", self.agenda)
        self.status = QComboBox()
        self.form.add_field(self.tr("Stat&us:"), "status", self.status)
        self.form.addRow(self.form.general)
        column = QVBoxLayout(self)
        column.addLayout(self.form)
        column.addStretch(1)  # the fields keep their natural height; the space goes below
        for signal in (self.date.dateChanged, self.time.timeChanged, self.minutes.valueChanged):
            signal.connect(self._show_end)
        self.remote_link.textChanged.connect(self._check_link)
        if self.client_picker is not None:
            self.client_picker.currentIndexChanged.connect(self._picked)
        self._show_type_row(False)  # until the editor knows the meeting is new
        self.clear_for_new()

    # --- filling ---------------------------------------------------------------------------
    def clear_for_new(self, client_name: str = "") -> None:
        """A new meeting: tomorrow at nine for an hour, in person, planned."""
        tomorrow = datetime.now(TZ).date() + timedelta(days=1)
        self.title.clear()
        self.purpose.clear()
        self.client_name.setText(client_name)
        self.date.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
        self.time.setTime(QTime(9, 0))
        self.minutes.setValue(DEFAULT_MINUTES)
        self.mode.setCurrentIndex(self.mode.findData(MeetingMode.IN_PERSON.value))
        self.location.clear()
        self.remote_link.clear()
        self.agenda.set_items([])
        self.set_status(MeetingStatus.PLANNED)

    def set_meeting_types(self, types: list[MeetingType]) -> None:
        """The types a new meeting can start from, named in the UI's language."""
        chosen = self.meeting_type.currentData()
        while self.meeting_type.count() > 1:
            self.meeting_type.removeItem(1)
        for meeting_type in types:
            self.meeting_type.addItem(meeting_type.name(i18n.current()), meeting_type.code)
        self.meeting_type.setCurrentIndex(max(0, self.meeting_type.findData(chosen)))
        self._show_type_row(True)

    def apply_type(self, meeting_type: MeetingType) -> None:
        """The type's length, mode and agenda; its name as the title unless one is typed."""
        language = i18n.current()
        if not self.title.text().strip():
            self.title.setText(meeting_type.name(language))
        self.minutes.setValue(meeting_type.duration_minutes)
        self.mode.setCurrentIndex(self.mode.findData(meeting_type.mode.value))
        self.agenda.set_items(list(meeting_type.agenda_items(language)))

    def hide_meeting_types(self) -> None:
        """A saved meeting keeps what it has: no type to start from."""
        self._show_type_row(False)

    def _show_type_row(self, visible: bool) -> None:
        self.starts_from_type = visible
        row, _role = self.form.getWidgetPosition(self.meeting_type.parentWidget())
        self.form.setRowVisible(row, visible)
        self.type_note.setVisible(visible and bool(self.type_note.text()))
        row, _role = self.form.getWidgetPosition(self.type_name.parentWidget())
        self.form.setRowVisible(row, not visible and bool(self.type_name.text()))

    def show_type(self, code: str | None, types: list[MeetingType]) -> None:
        """A saved meeting's type by name; a type deleted since by its code, said so."""
        found = next((t for t in types if t.code == code), None)
        self.type_name.setText("" if code is None else found.name(i18n.current()) if found
                               else translate("label.meeting_type_removed", i18n.current(),
                                              code=code))
        self._show_type_row(self.starts_from_type)

    def load(self, meeting: Meeting, client_name: str, agenda: list[str]) -> None:
        self._show_type_row(False)  # a saved meeting keeps what it has
        start = meeting.start.astimezone(TZ)
        self.title.setText(meeting.title)
        self.purpose.setPlainText(meeting.purpose)
        self.client_name.setText(client_name)
        if self.client_picker is not None:
            self.client_picker.setCurrentIndex(self.client_picker.findData(meeting.client_id))
        self.date.setDate(QDate(start.year, start.month, start.day))
        self.time.setTime(QTime(start.hour, start.minute))
        self.minutes.setValue(int((meeting.end - meeting.start).total_seconds() // 60))
        self.mode.setCurrentIndex(self.mode.findData(MeetingMode(meeting.mode).value))
        self.location.setText(meeting.location)
        self.remote_link.setText(meeting.remote_link or "")
        self.agenda.set_items(agenda)
        self.set_status(MeetingStatus(meeting.status))

    def set_status(self, current: MeetingStatus) -> None:
        """Only the statuses the current one may change to are offered."""
        self.status.clear()
        for status in allowed_statuses(current):
            self.status.addItem(label("meeting_status", status, i18n.current()), status.value)
        self.status.setCurrentIndex(0)
        self.stored_status = current

    def set_start(self, start: datetime) -> None:
        """A time chosen elsewhere (find a time); the length stays."""
        local = start.astimezone(TZ)
        self.date.setDate(QDate(local.year, local.month, local.day))
        self.time.setTime(QTime(local.hour, local.minute))

    def set_client(self, first_names: str, last_name: str, hetu: str | None) -> None:
        """The meeting's client: the link is checked against their names as it is typed."""
        self._client = (first_names, last_name, hetu)
        self._check_link()

    def set_naming(self, naming: str) -> None:
        """The store's setting for how invites name the client: what it allows is no leak."""
        self.naming = naming
        self._check_link()

    def _picked(self) -> None:
        row = self.clients.get(self.chosen_client() or -1)
        if row is None:
            self._client = None
        elif row.last_name:
            self._client = (row.first_names, row.last_name, row.hetu)
        else:  # a row without the parts: the name's last word is the surname
            first, _, last = row.name.rpartition(" ")
            self._client = (first, last, row.hetu)
        self._check_link()

    def link_reveals_client(self) -> bool:
        """Whether the typed link names the client or holds a HETU (then invites leave it out:
        exports.ical.privacy uses the same planner.client_identity)."""
        link = self.remote_link.text().strip()
        if not link or self._client is None:
            return False
        return ClientIdentity(*self._client, naming=self.naming).reveals(link)

    def _check_link(self) -> None:
        self.link_warning.setVisible(self.link_reveals_client())

    def forget(self) -> None:
        """Drop the client data the form keeps for checking the link (the editor closes)."""
        self._client = None
        self.clients = {}

    def lock_client(self) -> None:
        """Once saved, the meeting belongs to its client."""
        if self.client_picker is not None:
            self.client_picker.setEnabled(False)

    # --- reading ---------------------------------------------------------------------------
    def start(self) -> datetime:
        day: date = self.date.date().toPython()  # type: ignore[assignment]
        clock: time = self.time.time().toPython()  # type: ignore[assignment]
        return datetime.combine(day, clock.replace(second=0, microsecond=0), TZ)

    def chosen_client(self) -> int | None:
        if self.client_picker is None:
            return None
        value = self.client_picker.currentData()
        return int(value) if value is not None else None

    def value(self, client_id: int) -> MeetingInput:
        start = self.start()
        return MeetingInput(
            client_id, self.title.text(), start, start + timedelta(minutes=self.minutes.value()),
            purpose=self.purpose.toPlainText(), location=self.location.text(),
            remote_link=self.remote_link.text() or None,
            mode=MeetingMode(self.mode.currentData()), agenda=self.agenda.items(),
            type_code=self.meeting_type.currentData() if self.starts_from_type else None)

    def chosen_status(self) -> MeetingStatus:
        return MeetingStatus(self.status.currentData() or self.stored_status)

    def state(self) -> tuple[Any, ...]:
        """Everything typed, to tell whether anything changed since the last load or save."""
        return (self.title.text(), self.purpose.toPlainText(), self.chosen_client(),
                self.start(), self.minutes.value(), self.mode.currentData(),
                self.location.text(), self.remote_link.text(), tuple(self.agenda.items()),
                self.chosen_status())

    def client_missing(self) -> ValidationFailed:
        return ValidationFailed([FieldError("client_id", "validation.required")])

    def _show_end(self) -> None:
        end = self.start() + timedelta(minutes=self.minutes.value())
        hours = number_text(round(self.minutes.value() / 60, 2))  # 1,5 in Finnish, 1.5 in English
        self.ends.setText(self.tr("ends at {0} ({1} h)").format(time_text(end), hours))
