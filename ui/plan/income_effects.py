"""The plan tab's income effects (tulovaikutukset): the client's notes in words, the hint
"Tulovaikutusta ei ole selvitetty" (icon and words) for the plan lines and actions that may
touch the plan's benefits without one, and the note dialog for the selected plan line."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from planner.income_effects import in_words
from planner.services import IncomeReading, Planner
from ui import i18n
from ui.meetings.income_effect_dialog import IncomeEffectDialog, IncomeSubject
from ui.widgets.status import StatusBadge, income_unchecked


class IncomeEffectsBox(QWidget):
    """Shown under the plan's benefits and services; ``changed`` after a note was recorded or
    removed (the editor reads the plan again)."""

    changed = Signal()

    def __init__(self, selected_line: Callable[[], str | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.selected_line = selected_line  # the code of the chosen benefit/service row
        self.planner: Planner | None = None
        self.reading: IncomeReading | None = None
        self.plan_id: int | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.hint = StatusBadge()
        self.hint.setAccessibleName(self.tr("Income effects not checked"))
        column.addWidget(self.hint)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAccessibleName(self.tr("Income effects"))
        column.addWidget(self.summary)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.hide()
        column.addWidget(self.problem)
        row = QHBoxLayout()
        # no mnemonic: the plan tab has no letters to spare (see ui/plan/rows.py)
        self.open_line = QPushButton(self.tr("Income effect of the selected row…"))
        self.open_line.setToolTip(self.tr(
            "What the chosen benefit or service row does to each of the client's benefits"))
        row.addWidget(self.open_line)
        row.addStretch(1)
        column.addLayout(row)
        self.open_line.clicked.connect(self.open_for_selected_line)

    def show_reading(self, planner: Planner, reading: IncomeReading | None,
                     plan_id: int | None) -> None:
        self.planner, self.reading, self.plan_id = planner, reading, plan_id
        self.problem.hide()
        if reading is None:
            self.hint.clear()
            self.summary.clear()
            return
        section = in_words(reading, i18n.current())
        unchecked = [u for u in reading.unchecked
                     if u.action_id is not None or u.plan_id == plan_id]
        if unchecked:
            status = income_unchecked()
            names = [reading.name(u.plan_line_code or "", i18n.current())
                     if u.action_id is None else u.subject for u in unchecked]
            self.hint.show_status(status, f"{status.text}: {'; '.join(names)}")
        else:
            self.hint.clear()
        lines: list[str] = []
        for group in section.groups:
            lines.append(group.subject)
            for effect in group.effects:
                details = " · ".join(d for d in (effect.amount, effect.checked) if d)
                lines.append(f"    {effect.line}. {effect.reason}")
                lines.append(f"        {details}")
        self.summary.setText("\n".join(lines) or self.tr("No income-effect notes yet."))

    def open_for_selected_line(self) -> IncomeEffectDialog | None:
        code = self.selected_line()
        planner, reading = self.planner, self.reading
        if planner is None or reading is None or self.plan_id is None or not code:
            self.problem.setText(self.tr("Choose a benefit or service row first."))
            self.problem.show()
            return None
        self.problem.hide()
        dialog = IncomeEffectDialog(planner, IncomeSubject(
            reading.client_id, reading.name(code, i18n.current()), plan_id=self.plan_id,
            plan_line_code=code), self)
        dialog.finished.connect(lambda _result: self.changed.emit() if dialog.changed else None)
        dialog.open()
        return dialog
