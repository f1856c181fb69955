"""The meeting editor's Participants tab: the inline warnings, adding people, the table."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain import Agency, Professional
from planner.domain.enums import ParticipantKind, ParticipantRole
from planner.errors import ValidationFailed, VerkostoError
from planner.messages import label, translate
from planner.services import MeetingWarning, ParticipantInput, ParticipantUpdate, Planner
from ui import i18n
from ui.meetings.models import ParticipantLine, ParticipantTableModel, agency_title
from ui.widgets.colours import error_style, warning_panel_style
from ui.widgets.forms import FieldForm
from ui.widgets.languages import LanguageCombo
from ui.widgets.tables import make_table

Index = QModelIndex | QPersistentModelIndex
# Roles someone added by hand usually has; the family ones make them "family".
AD_HOC_ROLES = (ParticipantRole.FAMILY_MEMBER, ParticipantRole.GUARDIAN,
                ParticipantRole.INTERPRETER, ParticipantRole.NGO_WORKER, ParticipantRole.OTHER)
FAMILY_ROLES = (ParticipantRole.FAMILY_MEMBER, ParticipantRole.GUARDIAN)


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box over the model's ``choices(index)`` for the enum columns."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        combo = QComboBox(parent)
        model = index.model()
        assert isinstance(model, ParticipantTableModel)
        for value, text in model.choices(index):
            combo.addItem(text, value)
        combo.setAccessibleName(str(model.headerData(index.column(), Qt.Orientation.Horizontal)))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class LanguageDelegate(QStyledItemDelegate):
    """The interpreter's language picked from the client form's list (or a code typed)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        combo = LanguageCombo(parent, allow_empty=True)
        combo.setAccessibleName(str(index.model().headerData(
            index.column(), Qt.Orientation.Horizontal)))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, LanguageCombo)
        editor.set_code(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: Index) -> None:
        assert isinstance(editor, LanguageCombo)
        model.setData(index, editor.code(), Qt.ItemDataRole.EditRole)


def warning_texts(warnings: tuple[MeetingWarning, ...]) -> list[str]:
    language = i18n.current()
    return [translate(w.code, language, **w.params) for w in warnings]


class ParticipantsPanel(QWidget):
    """Adding, removing and table edits go straight to the store; ``changed`` asks the editor
    to reload (so the warnings follow every change)."""

    changed = Signal()
    removed = Signal(object)  # the Participant taken away: they may need a cancellation
    consent_wanted = Signal(list)  # agency ids the client's consent should name

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.planner: Planner | None = None
        self.meeting_id: int | None = None
        self.people: list[Professional] = []
        layout = QVBoxLayout(self)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setAccessibleName(self.tr("Warnings"))
        self.warnings.setStyleSheet(warning_panel_style())
        self.warnings.hide()
        layout.addWidget(self.warnings)
        # Straight from the warning to the cure: the consent dialog with the missing
        # agencies ticked; once saved, the editor reloads and the warning goes.
        self.record_consent = QPushButton(self.tr("Record &consent…"))
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
        for widget in (self.add_person, self.add_client, self.add_other, self.remove):
            widget.setEnabled(not read_only)

    def warning_text(self) -> str:
        return self.warnings.text() if self.warnings.isVisible() else ""

    def clear(self) -> None:
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

    def add_professional(self) -> None:
        person = self.person.currentData()
        if person is not None:
            data = ParticipantInput(ParticipantKind.PROFESSIONAL, professional_id=int(person))
            self._write(self.directory_form,
                        lambda p, meeting_id: p.meetings.add_participant(meeting_id, data))

    def add_the_client(self) -> None:
        data = ParticipantInput(ParticipantKind.CLIENT)
        self._write(self.directory_form,
                    lambda p, meeting_id: p.meetings.add_participant(meeting_id, data))

    def add_other_person(self) -> None:
        role = ParticipantRole(self.other_role.currentData())
        kind = ParticipantKind.FAMILY if role in FAMILY_ROLES else ParticipantKind.OTHER
        data = ParticipantInput(kind, name=self.other_name.text(),
                                email=self.other_email.text() or None, role=role)
        if self._write(self.other_form,
                       lambda p, meeting_id: p.meetings.add_participant(meeting_id, data)):
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
        gone: list[object] = []
        if self._write(None, lambda p, _m: gone.append(p.meetings.remove_participant(line.id))):
            self.removed.emit(gone[0])

    def save_edit(self, line: ParticipantLine, field: str) -> None:
        """An edit in the table: attendance alone, or the participant's other details."""
        if field == "attendance":
            self._write(None, lambda p, _m: p.meetings.set_attendance(line.id, line.attendance))
            return
        update = ParticipantUpdate(line.role, line.required, line.interpreter_language or None)
        self._write(None, lambda p, _m: p.meetings.update_participant(line.id, update))


def error_text(error: VerkostoError) -> str:
    if isinstance(error, ValidationFailed):
        return " ".join(e.message(i18n.current()) for e in error.errors)
    return error.message(i18n.current())
