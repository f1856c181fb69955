"""All open agreed actions across clients; overdue ones stand out."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout

from planner.services import ActionRow
from ui.models import ActionTableModel
from ui.operations import TaskContext, TaskRunner
from ui.pages.base import Page
from ui.widgets.tables import make_table


class ActionsPage(Page):
    def __init__(self, runner: TaskRunner) -> None:
        super().__init__(runner)
        self._generation = 0
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
        planner = self.planner
        if planner is None:
            return
        self._generation += 1
        generation, overdue_only = self._generation, self.overdue_only.isChecked()

        def work(ctx: TaskContext) -> list[ActionRow]:
            return planner.actions.list(open_only=True, overdue_only=overdue_only)

        def show(rows: list[ActionRow]) -> None:
            if generation == self._generation and self.planner is not None:
                self.model.set_rows(rows)
                overdue = sum(r.overdue for r in rows)
                self.summary.setText(self.tr("{0} open, {1} overdue").format(len(rows), overdue))

        self.runner.submit(work, show, self.tr("Loading actions…"))

    def clear(self) -> None:
        self._generation += 1
        self.model.set_rows([])
        self.summary.clear()
