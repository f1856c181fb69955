"""All open agreed actions across clients; overdue ones stand out."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout

from planner.services import ActionRow
from ui.models import ActionTableModel
from ui.operations import TaskRunner
from ui.pages.base import Page
from ui.widgets.tables import make_table


class ActionsPage(Page):
    def __init__(self, runner: TaskRunner) -> None:
        super().__init__(runner)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.overdue_only = QCheckBox(self.tr("Only &overdue"))
        bar.addWidget(self.overdue_only)
        bar.addStretch(1)
        self.summary = QLabel()
        bar.addWidget(self.summary)
        layout.addLayout(bar)
        self.model = ActionTableModel(self)
        self.view = make_table(self.model, self.tr("Open actions"), ActionTableModel.DESCRIPTION)
        layout.addWidget(self.view)
        self.overdue_only.toggled.connect(lambda _checked: self.refresh())

    def refresh(self) -> None:
        overdue_only = self.overdue_only.isChecked()

        def show(rows: list[ActionRow]) -> None:
            self.model.set_rows(rows)
            overdue = sum(r.overdue for r in rows)
            self.summary.setText(self.tr("{0} open, {1} overdue").format(len(rows), overdue))

        self.load(lambda planner: planner.actions.list(open_only=True,
                                                       overdue_only=overdue_only),
                  show, self.tr("Loading actions…"))

    def clear(self) -> None:
        self.model.set_rows([])
        self.summary.clear()
