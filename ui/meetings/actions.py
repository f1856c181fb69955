"""The meeting editor's Agreed actions tab: who does what by when, and how it went."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain import Agency, Professional
from planner.domain.enums import ActionStatus, ParticipantKind
from planner.domain.income_effects import ActionKind
from planner.edit_conflict import action_snapshot
from planner.errors import ValidationFailed, VerkostoError
from planner.messages import label
from planner.services import ActionInput, ActionRow, Planner
from ui import i18n
from ui.formatting import TZ, date_edit_format
from ui.meetings.income_effect_dialog import IncomeEffectDialog, IncomeSubject
from ui.meetings.models import MeetingActionTableModel, ParticipantLine, agency_title
from ui.widgets.colours import error_style
from ui.widgets.edit_conflict import Choice, Settled, ask, save_or_settle
from ui.widgets.forms import FieldForm
from ui.widgets.holiday_calendar import with_holidays
from ui.widgets.status import StatusBadge, income_unchecked
from ui.widgets.tables import make_table

DEFAULT_DUE_DAYS = 14


@dataclass(frozen=True)
class Responsible:
    """Who an action falls to: a professional from the directory, or a name (the client)."""

    professional_id: int | None = None
    name: str = ""
    agency_id: int | None = None


class ActionsPanel(QWidget):
    """Adding an action and changing a status are single quick writes; ``changed`` reloads."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.planner: Planner | None = None
        self.meeting_id: int | None = None
        self.client_id: int | None = None
        # actions whose colleague's change was compared and the user kept editing: the
        # revision seen, which the next Mark expects (planner/services/revisions.py)
        self._seen: dict[int, int] = {}
        layout = QVBoxLayout(self)
        self.model = MeetingActionTableModel(self)
        self.view = make_table(self.model, self.tr("Agreed actions"),  # the note as readable
                               (MeetingActionTableModel.DESCRIPTION,  # as the action
                                MeetingActionTableModel.NOTE))
        layout.addWidget(self.view, 1)
        # "Tulovaikutusta ei ole selvitetty" for the actions that may touch the client's
        # benefits (icon and words), and the income-effect notes of the selected action
        income_row = QHBoxLayout()
        self.income_hint = StatusBadge()
        self.income_hint.setAccessibleName(self.tr("Income effects"))
        income_row.addWidget(self.income_hint, 1)
        self.income_button = QPushButton(self.tr("Income e&ffect…"))
        self.income_button.setToolTip(self.tr(
            "What the selected action does to each of the client's benefits"))
        income_row.addWidget(self.income_button)
        layout.addLayout(income_row)

        new_box = QGroupBox(self.tr("New agreed action"))
        self.form = FieldForm(new_box)
        self.description = self.form.add_field(self.tr("&What is to be done:"), "description",
                                               QLineEdit())
        self.responsible = QComboBox()
        self.responsible.setEditable(True)  # a name not in the lists is typed as it is
        self.responsible.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.form.add_field(self.tr("&Responsible:"), "responsible", self.responsible)
        self.agency = self.form.add_field(self.tr("Agenc&y:"), "responsible_agency_id",
                                          QComboBox())
        self.due = QDateEdit()
        self.due.setDisplayFormat(date_edit_format())
        with_holidays(self.due)  # holidays and weekends marked in the popup
        self.no_due = QCheckBox(self.tr("No due dat&e"))
        self.no_due.toggled.connect(lambda on: self.due.setDisabled(on))
        due_row = QWidget()
        row = QHBoxLayout(due_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.due)
        row.addWidget(self.no_due)
        row.addStretch(1)
        due_row.setFocusProxy(self.due)
        self.form.add_field(self.tr("D&ue date:"), "due_date", due_row)
        # which income-effect rules apply (resources/income_effects/rules.json)
        self.kind = self.form.add_field(self.tr("&Kind:"), "kind", QComboBox())
        for kind in ActionKind:
            self.kind.addItem(label("action_kind", kind, i18n.current()), kind.value)
        self.due.setAccessibleName(self.tr("Due date"))
        # A date already gone may be meant (an action agreed late) but is usually a slip:
        # said beside the field, never refused (issue 13, defect 11).
        self.due_hint = QLabel(self.tr("⚠ The due date has already passed."))
        self.due_hint.setStyleSheet(error_style())
        self.due_hint.hide()
        self.form.addRow("", self.due_hint)
        self.due.dateChanged.connect(lambda _date: self._check_due())
        self.no_due.toggled.connect(lambda _on: self._check_due())
        self.add = QPushButton(self.tr("Add ac&tion"))
        self.form.addRow(self.add)
        self.form.addRow(self.form.general)
        layout.addWidget(new_box)

        status_box = QGroupBox(self.tr("Status of the selected action"))
        self.status_form = FieldForm(status_box)
        self.new_status = self.status_form.add_field(self.tr("New st&atus:"), "status",
                                                     QComboBox())
        for status in ActionStatus:
            self.new_status.addItem(label("action_status", status, i18n.current()),
                                    status.value)
        self.completion_note = self.status_form.add_field(
            self.tr("Completion n&ote:"), "completion_note", QLineEdit())
        self.completion_note.setPlaceholderText(self.tr("What was done (shown with the action)"))
        self.mark = QPushButton(self.tr("&Mark selected"))
        self.status_form.addRow(self.mark)
        self.status_form.addRow(self.status_form.general)
        layout.addWidget(status_box)

        self.new_status.currentIndexChanged.connect(lambda _i: self._show_note())
        # this meeting's own action: Enter or a double-click takes it to its status, with the
        # note it was done with (the action is already open where it was agreed)
        self.view.activated.connect(lambda index: self.edit_status(index.row()))
        self.mark.clicked.connect(self.mark_selected)
        self.income_button.clicked.connect(self.open_income_effect)
        self.add.clicked.connect(self.add_action)
        self.description.returnPressed.connect(self.add_action)
        self.reset_new()
        self._show_note()

    def _check_due(self) -> None:
        past = self.due.date().toPython() < datetime.now(TZ).date()
        self.due_hint.setVisible(past and not self.no_due.isChecked())
        self.due.setAccessibleDescription(self.due_hint.text() if self.due_hint.isVisibleTo(
            self) else "")

    # --- filling ---------------------------------------------------------------------------
    def reset_new(self) -> None:
        due = datetime.now(TZ).date() + timedelta(days=DEFAULT_DUE_DAYS)
        self.description.clear()
        self.responsible.setCurrentIndex(-1)
        self.responsible.setEditText("")
        self.agency.setCurrentIndex(0)
        self.due.setDate(QDate(due.year, due.month, due.day))
        self.no_due.setChecked(False)
        self.kind.setCurrentIndex(max(0, self.kind.findData(ActionKind.OTHER.value)))

    def set_choices(self, participants: list[ParticipantLine], people: list[Professional],
                    agencies: list[Agency], client_name: str) -> None:
        """Responsible: the participants first, then the directory; or any typed name."""
        typed = self.responsible.currentText()
        self.responsible.clear()
        seen: set[int] = set()
        for line in participants:
            if line.professional_id is not None:
                seen.add(line.professional_id)
                text = f"{line.name} ({line.agency})" if line.agency else line.name
                self.responsible.addItem(text, Responsible(line.professional_id, "",
                                                           line.agency_id))
            elif line.kind != ParticipantKind.CLIENT:
                self.responsible.addItem(line.name, Responsible(name=line.name))
        if client_name:
            self.responsible.insertItem(0, client_name, Responsible(name=client_name))
        names = {a.id: agency_title(a) for a in agencies}
        for person in people:
            if person.id not in seen:
                self.responsible.addItem(f"{person.name} ({names.get(person.agency_id, '')})",
                                         Responsible(person.id, "", person.agency_id))
        self.responsible.setCurrentIndex(-1)
        self.responsible.setEditText(typed)
        chosen = self.agency.currentData()
        self.agency.clear()
        self.agency.addItem(self.tr("(the responsible person's)"), None)
        for agency in agencies:
            self.agency.addItem(agency_title(agency), agency.id)
        self.agency.setCurrentIndex(max(0, self.agency.findData(chosen)))

    def show_actions(self, rows: list[ActionRow], read_only: bool = False) -> None:
        self.model.set_rows(rows)
        for widget in (self.add, self.mark):
            widget.setEnabled(not read_only)
        self.income_button.setEnabled(bool(rows))
        self.show_income_hint()

    def show_income_hint(self) -> None:
        """The meeting's actions without the income-effect note their kind calls for."""
        self.income_hint.clear()
        if self.planner is None or self.meeting_id is None:
            return
        try:
            reading = self.planner.income_effects.for_meeting(self.meeting_id)
        except VerkostoError:
            return  # the table's own read says what is wrong
        names = [u.subject for u in reading.unchecked if u.action_id is not None]
        if names:
            status = income_unchecked()
            self.income_hint.show_status(status, f"{status.text}: {'; '.join(names)}")

    def clear(self) -> None:
        self.model.set_rows([])
        self.responsible.clear()
        self.agency.clear()
        self.reset_new()
        self.completion_note.clear()
        self._seen.clear()
        for form in (self.form, self.status_form):
            form.clear_errors()

    def edit_status(self, row: int) -> None:
        action = self.model.row_at(row)
        self.new_status.setCurrentIndex(max(0, self.new_status.findData(action.status.value)))
        self.completion_note.setText(action.completion_note)
        self.new_status.setFocus()

    def _show_note(self) -> None:
        """The completion note is asked for, inline, only when the action is marked done."""
        done = self.new_status.currentData() == ActionStatus.DONE.value
        self.completion_note.setEnabled(done)

    # --- reading ---------------------------------------------------------------------------
    def chosen_responsible(self) -> Responsible:
        text = self.responsible.currentText().strip()
        index = self.responsible.findText(text)
        if text and index >= 0:
            chosen = self.responsible.itemData(index)
            if isinstance(chosen, Responsible):
                return chosen
        return Responsible(name=text)

    def value(self) -> ActionInput:
        who = self.chosen_responsible()
        agency = self.agency.currentData()
        due = None if self.no_due.isChecked() else self.due.date().toPython()
        return ActionInput(self.client_id or 0, self.description.text(), self.meeting_id,
                           who.professional_id, who.name,
                           int(agency) if agency is not None else who.agency_id,
                           due, ActionKind(self.kind.currentData()))  # type: ignore[arg-type]

    def has_draft(self) -> bool:
        """A description typed but not yet added."""
        return bool(self.description.text().strip())

    # --- changes ---------------------------------------------------------------------------
    def _write(self, form: FieldForm, work: Callable[[Planner], object]) -> bool:
        planner = self.planner
        if planner is None or self.meeting_id is None:
            return False
        form.clear_errors()
        try:
            work(planner)
        except ValidationFailed as failure:
            form.show_errors(failure)
            return False
        except VerkostoError as error:
            form.general.setText(error.message(i18n.current()))
            form.general.show()
            return False
        self.changed.emit()
        return True

    def add_action(self) -> bool:
        data = self.value()
        if self._write(self.form, lambda p: p.actions.record(data)):
            self.reset_new()
            self.description.setFocus()
            return True
        return False

    def open_income_effect(self) -> IncomeEffectDialog | None:
        """The selected action's income effects (with none chosen, the first still without
        its note); the table and the hint are read again when the dialog closes having
        changed something."""
        if self.planner is None or self.meeting_id is None:
            return None
        rows = self.view.selectionModel().selectedRows()
        if rows:
            action = self.model.row_at(rows[0].row())
        else:
            pending = {u.action_id for u in self.planner.income_effects.for_meeting(
                self.meeting_id).unchecked}
            found = [self.model.row_at(r) for r in range(self.model.rowCount())
                     if self.model.row_at(r).id in pending]
            if not found:
                self.status_form.general.setText(self.tr("Choose an action in the table first."))
                self.status_form.general.show()
                return None
            action = found[0]
        dialog = IncomeEffectDialog(self.planner, IncomeSubject(
            action.client_id, action.description, action_id=action.id), self)
        dialog.finished.connect(lambda _result: self.changed.emit() if dialog.changed else None)
        dialog.open()
        return dialog

    def mark_selected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            self.status_form.general.setText(self.tr("Choose an action in the table first."))
            self.status_form.general.show()
            return
        row = self.model.row_at(rows[0].row())
        status = ActionStatus(self.new_status.currentData())
        note = self.completion_note.text() if status == ActionStatus.DONE else ""
        # the revision the table showed, or theirs once compared and kept editing
        expected = self._seen.pop(row.id, row.revision)
        mine = action_snapshot(status, note.strip(), row.due_date, row.description,
                               row.responsible)
        settled: list[Settled[object]] = []
        if not self._write(self.status_form, lambda p: settled.append(save_or_settle(
                lambda revision: p.actions.set_status(row.id, status, note,
                                                      expected_revision=revision),
                expected, ask(self, lambda: mine)))):
            return
        if settled[0].choice == Choice.KEEP_EDITING:  # the next Mark goes over theirs
            self._seen[row.id] = settled[0].revision or 0
        else:  # saved, or theirs kept: the reload shows what is stored
            self.completion_note.clear()
