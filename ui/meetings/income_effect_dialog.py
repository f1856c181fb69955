"""What one agreed action or plan line does to each of the client's benefits (tulovaikutus):
its notes, the rules' hints and sources while it has none, and a form for a note. Shared by
the meeting editor's actions, the Actions page and the plan tab."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import ServiceKind
from planner.domain.income_effects import IncomeChange
from planner.errors import ValidationFailed, VerkostoError
from planner.income_effects import note_text, unchecked_text
from planner.messages import label
from planner.services import IncomeEffectInput, IncomeReading, Planner
from ui import i18n
from ui.formatting import TZ, date_edit_format
from ui.widgets.forms import FieldForm
from ui.widgets.holiday_calendar import with_holidays
from ui.widgets.status import StatusBadge, income_unchecked


@dataclass(frozen=True)
class IncomeSubject:
    """An action (``action_id``) or a plan line (``plan_id`` and ``plan_line_code``)."""

    client_id: int
    title: str
    action_id: int | None = None
    plan_id: int | None = None
    plan_line_code: str | None = None

    def owns(self, row: object) -> bool:
        if self.action_id is not None:
            return getattr(row, "action_id", None) == self.action_id
        return (getattr(row, "plan_id", None), getattr(row, "plan_line_code", None)) == (
            self.plan_id, self.plan_line_code)


class IncomeEffectDialog(QDialog):
    def __init__(self, planner: Planner, subject: IncomeSubject,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.planner, self.subject = planner, subject
        self.changed = False  # a note recorded or removed: the caller reloads
        self.setWindowTitle(self.tr("Income effect"))
        self.resize(640, 560)
        column = QVBoxLayout(self)
        title = QLabel(subject.title)
        title.setWordWrap(True)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        column.addWidget(title)
        self.hint = StatusBadge()
        self.hint.setAccessibleName(self.tr("Income effect"))
        column.addWidget(self.hint)
        self.hint_details = QLabel()
        self.hint_details.setWordWrap(True)
        self.hint_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.hint_details)
        self.notes = QListWidget()
        self.notes.setAccessibleName(self.tr("Income-effect notes"))
        self.notes.setWordWrap(True)
        column.addWidget(self.notes, 1)
        self.remove = QPushButton(self.tr("&Remove note"))
        column.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignLeft)

        box = QWidget()
        self.form = FieldForm(box)
        self.benefit = self.form.add_field(self.tr("&Benefit:"), "benefit_code", QComboBox())
        self.change = self.form.add_field(self.tr("&What happens:"), "change", QComboBox())
        for change in IncomeChange:
            self.change.addItem(label("income_change", change, i18n.current()), change.value)
        self.reason = self.form.add_field(self.tr("Rea&son:"), "reason", QLineEdit())
        self.reason.setPlaceholderText(self.tr("In plain words, as told to the client"))
        self.amount = self.form.add_field(self.tr("A&mount note:"), "amount_note", QLineEdit())
        self.amount.setPlaceholderText(self.tr("Optional; nothing is computed"))
        self.checked_by = self.form.add_field(self.tr("Checked b&y:"), "checked_by",
                                              QLineEdit())
        self.checked_on = QDateEdit()
        self.checked_on.setDisplayFormat(date_edit_format())
        with_holidays(self.checked_on)
        self.form.add_field(self.tr("Checked o&n:"), "checked_on", self.checked_on)
        self.save = QPushButton(self.tr("Sa&ve note"))
        self.form.addRow(self.save)
        self.form.addRow(self.form.general)
        column.addWidget(box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)

        self.save.clicked.connect(self.save_note)
        self.remove.clicked.connect(self.remove_note)
        self.reason.returnPressed.connect(self.save_note)
        profile = planner.profile.get()
        self.checked_by.setText(profile.name if profile else "")
        today = datetime.now(TZ).date()
        self.checked_on.setDate(QDate(today.year, today.month, today.day))
        self.load()

    def load(self) -> None:
        try:
            reading = self.planner.income_effects.for_client(self.subject.client_id)
        except VerkostoError as error:
            self.form.general.setText(error.message(i18n.current()))
            self.form.general.show()
            return
        self._fill_benefits(reading)
        language = i18n.current()
        self.notes.clear()
        for note in (n for n in reading.notes if self.subject.owns(n)):
            words = note_text(reading, note, language)
            details = " · ".join(d for d in (words.amount, words.checked) if d)
            item = QListWidgetItem(f"{words.line}. {words.reason}\n{details}")
            item.setData(Qt.ItemDataRole.UserRole, note.id)
            self.notes.addItem(item)
        self.remove.setEnabled(self.notes.count() > 0)
        pending = next((u for u in reading.unchecked if self.subject.owns(u)), None)
        if pending is None:
            self.hint.clear()
            self.hint_details.clear()
            return
        words = unchecked_text(reading, pending, language)
        self.hint.show_status(income_unchecked())
        self.hint_details.setText("\n".join((words.may_affect, *words.hints, *words.sources)))

    def _fill_benefits(self, reading: IncomeReading) -> None:
        """Kela benefits: those on the client's plan first."""
        chosen = self.benefit.currentData()
        codes = [c for c in self.planner.plans.service_codes()
                 if c.kind == ServiceKind.KELA_BENEFIT]
        codes.sort(key=lambda c: c.code not in reading.plan_benefits)
        language = i18n.current()
        self.benefit.clear()
        for code in codes:
            self.benefit.addItem(reading.name(code.code, language), code.code)
        self.benefit.setCurrentIndex(max(0, self.benefit.findData(chosen)))

    def value(self) -> IncomeEffectInput:
        picked: date = self.checked_on.date().toPython()  # type: ignore[assignment]
        return IncomeEffectInput(
            self.benefit.currentData() or "", self.change.currentData(), self.reason.text(),
            self.checked_by.text(), picked, self.amount.text(),
            action_id=self.subject.action_id, plan_id=self.subject.plan_id,
            plan_line_code=self.subject.plan_line_code)

    def save_note(self) -> bool:
        self.form.clear_errors()
        try:
            self.planner.income_effects.record(self.value())
        except ValidationFailed as failure:
            self.form.show_errors(failure)
            return False
        except VerkostoError as error:
            self.form.general.setText(error.message(i18n.current()))
            self.form.general.show()
            return False
        self.changed = True
        self.reason.clear()
        self.amount.clear()
        self.load()
        return True

    def remove_note(self) -> None:
        item = self.notes.currentItem() or self.notes.item(0)
        if item is None:
            return
        try:
            self.planner.income_effects.remove(int(item.data(Qt.ItemDataRole.UserRole)))
        except VerkostoError as error:
            self.form.general.setText(error.message(i18n.current()))
            self.form.general.show()
            return
        self.changed = True
        self.load()
