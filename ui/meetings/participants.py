"""The meeting editor's Participants tab: the inline warnings, adding people, the table."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain import Agency, Professional
from planner.domain.enums import ParticipantKind, ParticipantRole
from planner.errors import FieldError, ValidationFailed, VerkostoError
from planner.messages import label
from planner.services import MeetingWarning, ParticipantInput, ParticipantUpdate, Planner
from planner.services.meeting_view import warning_text
from planner.services.meetings import Meetings, same_person
from ui import i18n
from ui.meetings.copy_participants import CopyFromEarlier
from ui.meetings.delegates import ChoiceDelegate, LanguageDelegate
from ui.meetings.models import ParticipantLine, ParticipantTableModel, agency_title
from ui.meetings.pending import PendingParticipants
from ui.widgets.colours import error_style, warning_panel_style
from ui.widgets.forms import FieldForm
from ui.widgets.tables import make_table

Index = QModelIndex | QPersistentModelIndex
# Roles someone added by hand usually has; the family ones make them "family".
AD_HOC_ROLES = (ParticipantRole.FAMILY_MEMBER, ParticipantRole.GUARDIAN,
                ParticipantRole.INTERPRETER, ParticipantRole.NGO_WORKER, ParticipantRole.OTHER)
FAMILY_ROLES = (ParticipantRole.FAMILY_MEMBER, ParticipantRole.GUARDIAN)


def warning_texts(warnings: tuple[MeetingWarning, ...]) -> list[str]:
    language = i18n.current()
    return [warning_text(w, language) for w in warnings]


class ParticipantsPanel(CopyFromEarlier, QWidget):
    """Adding, removing and table edits go straight to the store; ``changed`` asks the editor
    to reload (so the warnings follow every change). Before the meeting's first Save they go
    onto ``pending``, which that Save writes."""

    changed = Signal()
    removed = Signal(object)  # the Participant taken away: they may need a cancellation
    consent_wanted = Signal(list)  # agency ids the client's consent should name

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.planner: Planner | None = None
        self.meeting_id: int | None = None
        self.people: list[Professional] = []
        self.agencies: dict[int, Agency] = {}
        self.pending = PendingParticipants()  # before the meeting's first Save
        self.client_name = ""
        self.client_of: Callable[[], int | None] = lambda: None  # the meeting's client
        # the warnings of the participants chosen before the first Save (the editor's)
        self.draft_warnings: Callable[[list[ParticipantLine]], tuple[MeetingWarning, ...]] = \
            lambda _lines: ()
        layout = QVBoxLayout(self)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setAccessibleName(self.tr("Warnings"))
        self.warnings.setStyleSheet(warning_panel_style())
        self.warnings.hide()
        layout.addWidget(self.warnings)
        # Straight from the warning to the cure: the consent dialog with the missing
        # agencies ticked; once saved, the editor reloads and the warning goes.
        self.record_consent = QPushButton(self.tr("Record consen&t…"))
        self.record_consent.setAutoDefault(False)
        self.record_consent.hide()
        consent_row = QHBoxLayout()
        consent_row.addWidget(self.record_consent)
        consent_row.addStretch(1)
        layout.addLayout(consent_row)

        picks = QHBoxLayout()
        directory = QGroupBox(self.tr("From the directory"))
        self.directory_form = FieldForm(directory)
        self.agency = self.directory_form.add_field(self.tr("Agenc&y:"), "agency_id",
                                                    QComboBox())
        self.person = self.directory_form.add_field(self.tr("P&erson:"), "professional_id",
                                                    QComboBox())
        buttons = QHBoxLayout()
        self.add_person = QPushButton(self.tr("&Add to meeting"))
        self.add_client = QPushButton(self.tr("Add the c&lient"))
        buttons.addWidget(self.add_person)
        buttons.addWidget(self.add_client)
        self.directory_form.addRow(buttons)
        self.directory_form.addRow(self.directory_form.general)
        picks.addWidget(directory, 1)

        other = QGroupBox(self.tr("Family member or another person"))
        self.other_form = FieldForm(other)
        self.other_name = self.other_form.add_field(self.tr("Na&me:"), "name", QLineEdit())
        self.other_email = self.other_form.add_field(self.tr("E-ma&il:"), "email", QLineEdit())
        self.other_role = self.other_form.add_field(self.tr("&Role:"), "role", QComboBox())
        for role in AD_HOC_ROLES:
            self.other_role.addItem(label("participant_role", role, i18n.current()), role.value)
        self.add_other = QPushButton(self.tr("Add &other person"))
        self.other_form.addRow(self.add_other)
        self.other_form.addRow(self.other_form.general)
        picks.addWidget(other, 1)
        layout.addLayout(picks)

        self.model = ParticipantTableModel(self)
        self.view = make_table(self.model, self.tr("Participants"), ParticipantTableModel.AGENCY)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
        self.choices = ChoiceDelegate(self.view)
        for column in (ParticipantTableModel.ROLE, ParticipantTableModel.ATTENDANCE):
            self.view.setItemDelegateForColumn(column, self.choices)
        self.languages = LanguageDelegate(self.view)
        self.view.setItemDelegateForColumn(ParticipantTableModel.LANGUAGE, self.languages)
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        self.remove = QPushButton(self.tr("Remo&ve participant"))
        row.addWidget(self.remove)
        # The same network meets again: its people from an earlier meeting of the client.
        self.copy_earlier = QPushButton(self.tr("Copy &from an earlier meeting"))
        self.earlier_menu = QMenu(self.copy_earlier)
        self.copy_earlier.setMenu(self.earlier_menu)
        self.earlier_menu.aboutToShow.connect(self.fill_earlier)
        row.addWidget(self.copy_earlier)
        row.addStretch(1)
        layout.addLayout(row)
        self.table_error = QLabel()
        self.table_error.setWordWrap(True)
        self.table_error.setStyleSheet(error_style())
        layout.addWidget(self.table_error)

        self.agency.currentIndexChanged.connect(lambda _i: self._fill_people())
        self.add_person.clicked.connect(self.add_professional)
        self.add_client.clicked.connect(self.add_the_client)
        self.add_other.clicked.connect(self.add_other_person)
        self.remove.clicked.connect(self.remove_selected)
        self.record_consent.clicked.connect(
            lambda: self.consent_wanted.emit(list(self.model.uncovered)))
        self.model.edited.connect(self.save_edit)

    # --- filling ---------------------------------------------------------------------------
    def set_directory(self, agencies: list[Agency], people: list[Professional]) -> None:
        chosen = self.agency.currentData()
        self.people = people
        self.agencies = {a.id or 0: a for a in agencies}
        self.agency.blockSignals(True)
        self.agency.clear()
        for agency in agencies:
            self.agency.addItem(agency_title(agency), agency.id)
        self.agency.setCurrentIndex(max(0, self.agency.findData(chosen)))
        self.agency.blockSignals(False)
        self._fill_people()

    def _fill_people(self) -> None:
        agency_id = self.agency.currentData()
        self.person.clear()
        for person in self.people:
            if person.agency_id == agency_id:
                title = f"{person.name}, {person.title}" if person.title else person.name
                self.person.addItem(title, person.id)

    def show_participants(self, lines: list[ParticipantLine],
                          warnings: tuple[MeetingWarning, ...], read_only: bool) -> None:
        self.model.read_only = read_only
        self.model.set_rows(lines)
        self.model.set_uncovered(warnings)
        self.record_consent.setVisible(bool(self.model.uncovered) and not read_only)
        texts = warning_texts(warnings)
        # A sign and words, not colour alone, say that these are warnings.
        self.warnings.setText("\n".join(f"⚠ {text}" for text in texts))
        self.warnings.setVisible(bool(texts))
        for widget in (self.add_person, self.add_client, self.add_other, self.remove,
                       self.copy_earlier):
            widget.setEnabled(not read_only)

    def warning_text(self) -> str:
        return self.warnings.text() if self.warnings.isVisible() else ""

    def show_error(self, error: VerkostoError) -> None:
        """A refused change, said under the table."""
        self.table_error.setText(error_text(error))

    def show_pending(self) -> None:
        """The participants chosen for a meeting not yet saved, with their warnings."""
        lines = self.pending.lines()
        self.show_participants(lines, self.draft_warnings(lines), read_only=False)

    def clear(self) -> None:
        self.pending.clear()
        self.model.set_rows([])
        self.model.set_uncovered([])
        self.record_consent.hide()
        self.warnings.clear()
        self.warnings.hide()
        self.people = []
        self.agency.clear()
        self.person.clear()
        for line in (self.other_name, self.other_email):
            line.clear()
        for form in (self.directory_form, self.other_form):
            form.clear_errors()
        self.table_error.clear()

    # --- changes (each a single quick write on a button press; then ``changed``) ------------
    def _write(self, form: FieldForm | None, work: Callable[[Planner, int], object]) -> bool:
        planner, meeting_id = self.planner, self.meeting_id
        if planner is None or meeting_id is None:
            return False
        if form is not None:
            form.clear_errors()
        self.table_error.clear()
        try:
            work(planner, meeting_id)
        except VerkostoError as error:
            if form is not None and isinstance(error, ValidationFailed):
                form.show_errors(error)
            else:
                self.table_error.setText(error_text(error))
            self.changed.emit()  # the table shows what is stored, not the failed edit
            return False
        self.changed.emit()
        return True

    def _add(self, form: FieldForm, data: ParticipantInput) -> bool:
        """Into the store, or — the meeting not saved yet — onto the list Save writes."""
        if self.meeting_id is not None:
            return self._write(form, lambda p, meeting_id: p.meetings.add_participant(
                meeting_id, data))
        form.clear_errors()
        self.table_error.clear()
        try:
            checked = Meetings.check_participant(data)
            twice = next((line for line in self.pending.lines() if same_person(line, checked)),
                         None)
            if twice is not None:
                raise ValidationFailed([FieldError(
                    "name" if form is self.other_form else "professional_id",
                    "validation.participant_duplicate", {"name": twice.name})])
        except ValidationFailed as failure:
            form.show_errors(failure)
            return False
        self.pending.add(checked, self.people, self.agencies,
                         self.client_name or self.tr("The client"))
        self.show_pending()
        return True

    def write_pending(self, planner: Planner, meeting_id: int) -> bool:
        """After the first Save: store the participants chosen before it. One refused is
        said under the table; the others are stored."""
        problems = []
        for line, data in self.pending.items:
            try:
                planner.meetings.add_participant(meeting_id, data)
            except VerkostoError as error:
                problems.append(f"{line.name}: {error_text(error)}")
        self.pending.clear()
        self.table_error.setText("\n".join(problems))
        return not problems

    def add_professional(self) -> None:
        person = self.person.currentData()
        if person is not None:
            self._add(self.directory_form, ParticipantInput(ParticipantKind.PROFESSIONAL,
                                                            professional_id=int(person)))

    def propose(self, professional_id: int) -> bool:
        """A professional a meeting type proposes, onto the list Save writes; one already
        there is left as it is (False)."""
        if any(line.professional_id == professional_id for line in self.pending.lines()):
            return False
        return self._add(self.directory_form, ParticipantInput(
            ParticipantKind.PROFESSIONAL, professional_id=professional_id))

    def add_the_client(self) -> None:
        self._add(self.directory_form, ParticipantInput(ParticipantKind.CLIENT))

    def add_other_person(self) -> None:
        role = ParticipantRole(self.other_role.currentData())
        kind = ParticipantKind.FAMILY if role in FAMILY_ROLES else ParticipantKind.OTHER
        data = ParticipantInput(kind, name=self.other_name.text(),
                                email=self.other_email.text() or None, role=role)
        if self._add(self.other_form, data):
            self.other_name.clear()
            self.other_email.clear()

    def selected(self) -> ParticipantLine | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def remove_selected(self) -> None:
        line = self.selected()
        if line is None:
            self.table_error.setText(self.tr("Choose a participant in the table first."))
            return
        if line.id < 0:  # not stored yet
            self.pending.remove(line.id)
            self.show_pending()
            return
        gone: list[object] = []
        if self._write(None, lambda p, _m: gone.append(p.meetings.remove_participant(line.id))):
            self.removed.emit(gone[0])

    def save_edit(self, line: ParticipantLine, field: str) -> None:
        """An edit in the table: attendance alone, or the participant's other details."""
        if line.id < 0:
            self.pending.update(line)
            self.show_pending()
            return
        if field == "attendance":
            self._write(None, lambda p, _m: p.meetings.set_attendance(line.id, line.attendance))
            return
        update = ParticipantUpdate(line.role, line.required, line.interpreter_language or None)
        self._write(None, lambda p, _m: p.meetings.update_participant(line.id, update))


def error_text(error: VerkostoError) -> str:
    if isinstance(error, ValidationFailed):
        return " ".join(e.message(i18n.current()) for e in error.errors)
    return error.message(i18n.current())
