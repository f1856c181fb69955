"""The meeting editor's Earlier actions tab (edellisten toimenpiteiden tilanne): the open
actions of the client's earlier meetings and the plan goals due for review, each action with
a decision (done / continues / dropped) and a note, saved together to the actions."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import CarriedOutcome
from planner.errors import VerkostoError
from planner.messages import label
from planner.services import CarriedAgenda, CarriedDecision, Planner
from ui import i18n
from ui.formatting import date_text
from ui.widgets.colours import error_style
from ui.widgets.style import TextStyle, text_font


class CarriedPanel(QWidget):
    """One row per carried action: what, who, due (overdue said), the decision and the note.
    Save decisions writes every row with a decision in one go (all or none); ``changed``
    then reloads the editor."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.planner: Planner | None = None
        self.meeting_id: int | None = None
        self.rows: list[tuple[int, QComboBox, QLineEdit]] = []
        layout = QVBoxLayout(self)
        self.actions_box = QGroupBox(self.tr("Open actions from earlier meetings"))
        self.grid = QGridLayout(self.actions_box)
        self.goals_box = QGroupBox(self.tr("Plan goals due for review"))
        self.goals = QVBoxLayout(self.goals_box)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addWidget(self.actions_box)
        column.addWidget(self.goals_box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the rows' controls
        scroll.setWidget(inner)
        layout.addWidget(scroll, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save = QPushButton(self.tr("Save decisions"))
        self.save.setAutoDefault(False)
        buttons.addWidget(self.save)
        layout.addLayout(buttons)
        self.save.clicked.connect(self.save_decisions)

    def show_agenda(self, agenda: CarriedAgenda | None, read_only: bool = False) -> None:
        """Fill the tab; a row's typed note and decision are replaced by what is stored."""
        self._clear_rows()
        language = i18n.current()
        items = agenda.actions if agenda else ()
        if not items:
            self.grid.addWidget(QLabel(self.tr("No open actions from earlier meetings.")), 0, 0)
        for row, item in enumerate(items):
            due = date_text(item.due_date) if item.due_date else self.tr("no due date")
            if item.overdue:
                due = self.tr("{0}, overdue").format(due)
            who = ", ".join(v for v in (item.responsible, item.agency) if v)
            due_line = self.tr("due {0}").format(due)
            text = QLabel(f"<b>{_escape(item.description)}</b><br>{_escape(who)} — "
                          f"{_escape(due_line)}")
            text.setWordWrap(True)
            if item.overdue:
                text.setStyleSheet(error_style())
            decision = QComboBox()
            decision.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            decision.addItem(self.tr("Not decided"), None)
            for outcome in CarriedOutcome:
                decision.addItem(label("carried_outcome", outcome, language), outcome)
            if item.outcome is not None:
                decision.setCurrentIndex(decision.findData(item.outcome))
            decision.setAccessibleName(self.tr("Decision: {0}").format(item.description))
            note = QLineEdit(item.note)
            note.setPlaceholderText(self.tr("Note"))
            note.setAccessibleName(self.tr("Note: {0}").format(item.description))
            for widget in (decision, note):
                widget.setEnabled(not read_only)
            self.grid.addWidget(text, row, 0)
            self.grid.addWidget(decision, row, 1)
            self.grid.addWidget(note, row, 2)
            self.rows.append((item.action_id, decision, note))
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(2, 2)
        goals = agenda.goals if agenda else ()
        for goal in goals:
            when = date_text(goal.target_date) if goal.target_date else ""
            line = QLabel(f"{goal.plan_title}: {goal.description}" + (f" ({when})" if when else ""))
            line.setWordWrap(True)
            self.goals.addWidget(line)
        if not goals:
            self.goals.addWidget(QLabel(self.tr("No plan goals due for review.")))
        self.save.setEnabled(bool(self.rows) and not read_only)
        self._order_for_tab()
        body = text_font(TextStyle.BODY)  # rows come after style_sections: not the heading's
        for box in (self.actions_box, self.goals_box):
            for child in box.findChildren(QWidget):
                child.setFont(body)

    def _order_for_tab(self) -> None:
        """The rows are made after the panel's button: Tab visits them in reading order and
        then Save decisions (the editor puts its own buttons after that)."""
        chain: list[QWidget] = [w for _id, decision, note in self.rows for w in (decision, note)]
        for first, then in zip(chain, [*chain[1:], self.save], strict=False):
            QWidget.setTabOrder(first, then)

    def decisions(self) -> list[CarriedDecision]:
        return [CarriedDecision(action_id, decision.currentData(), note.text())
                for action_id, decision, note in self.rows if decision.currentData() is not None]

    def save_decisions(self) -> bool:
        planner, meeting_id = self.planner, self.meeting_id
        if planner is None or meeting_id is None:
            return False
        try:
            changed = planner.agendas.record(meeting_id, self.decisions())
        except VerkostoError as error:
            self.message.setStyleSheet(error_style())
            self.message.setText(_reasons(error, i18n.current()))
            self.message.show()
            return False
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Decisions saved (actions changed: {0}).").format(changed))
        self.message.show()
        self.changed.emit()
        return True

    def _clear_rows(self) -> None:
        self.rows.clear()
        for box in (self.grid, self.goals):
            while box.count():
                item = box.takeAt(0)
                widget = item.widget() if item is not None else None
                if widget is not None:
                    widget.setParent(None)  # out of the focus chain now, not later
                    widget.deleteLater()

    def clear(self) -> None:
        """Forget the client's data (the editor closes or locks)."""
        self._clear_rows()
        self.message.clear()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _reasons(error: VerkostoError, language: str) -> str:
    from planner.errors import ValidationFailed

    if isinstance(error, ValidationFailed):
        return " ".join(e.message(language) for e in error.errors)
    return error.message(language)
