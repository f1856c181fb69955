"""The plan tab's pickers: which of the client's plans (older ones are closed, read only), which
version, and the comparison of two versions in a window beside the tab.

A mixin of :class:`ui.plan.editor.PlanEditor`: it uses the editor's attributes and widgets.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QVBoxLayout

from planner.domain import ClientPlan, PlanVersion
from planner.messages import label
from planner.services import PlanView
from ui import i18n
from ui.formatting import TZ, date_text
from ui.plan.comparison import PlanComparisonDialog
from ui.plan.models import version_caption
from ui.plan.widgets import PlanBundle, buddy
from ui.widgets.unsaved import settle


class PlanPickers:
    """The plan and version choices of the plan tab (mixed into PlanEditor)."""

    def __getattr__(self, name: str) -> Any:  # the editor's attributes, for type checkers
        raise AttributeError(name)

    def _build_pickers(self, column: QVBoxLayout, header: QHBoxLayout) -> None:
        # The client's earlier, closed plans: a row of its own, shown only when there are any.
        plan_row = QHBoxLayout()
        self.plans = QComboBox()
        self.plans.activated.connect(self._plan_chosen)
        self.plans_caption = buddy(self.tr("P&lan:"), self.plans)
        plan_row.addWidget(self.plans_caption)
        plan_row.addWidget(self.plans, 1)
        column.addLayout(plan_row)
        self.versions = QComboBox()
        self.versions.activated.connect(self._version_chosen)
        header.addWidget(buddy(self.tr("Vers&ion:"), self.versions))
        header.addWidget(self.versions)
        self.compare = QPushButton(self.tr("Co&mpare versions…"))
        self.compare.clicked.connect(self.open_comparison)
        header.addWidget(self.compare)

    def _fill_pickers(self, bundle: PlanBundle, view: PlanView) -> None:
        self.plans.clear()
        for plan, newest in bundle.plans:
            self.plans.addItem(self._plan_caption(plan, newest), plan.id)
        self.plans.setCurrentIndex(self.plans.findData(view.plan.id))
        self.plans_caption.setVisible(len(bundle.plans) > 1)
        self.plans.setVisible(len(bundle.plans) > 1)
        self.versions.clear()
        for each in view.versions:
            self.versions.addItem(version_caption(each), each.number)
        self.versions.setCurrentIndex(self.versions.findData(view.version.number))

    def _plan_caption(self, plan: ClientPlan, newest: PlanVersion) -> str:
        """``Kotiutuminen, aloitettu 3.11.2026 – suljettu``: an older plan is closed."""
        return self.tr("{0}, started {1} – {2}").format(
            plan.title, date_text(plan.created_at.astimezone(TZ).date()),
            label("plan_status", newest.status, i18n.current()))

    def _plan_chosen(self, index: int) -> None:
        """Another of the client's plans (an older one read only, being closed)."""
        plan_id = self.plans.itemData(index)
        if self.view is None or plan_id == self.view.plan.id:
            return
        if not settle(self, self, self.what()):
            self.plans.setCurrentIndex(self.plans.findData(self.view.plan.id))
            return
        newest = self.bundle.plans[0][0].id if self.bundle and self.bundle.plans else None
        self.plan_id = None if plan_id == newest else plan_id
        self.reload()

    def open_comparison(self) -> None:
        """The last agreed version against the newest, in a window beside the tab."""
        if self.planner is None or self.client_id is None or self.view is None:
            return
        if self.comparison is not None:
            self.comparison.close()
        self.comparison = PlanComparisonDialog(self.runner, self.planner, self.client_id,
                                               self.view.versions, self,
                                               plan_id=self.view.plan.id)
        self.comparison.show()

    def _version_chosen(self, index: int) -> None:
        number = self.versions.itemData(index)
        if self.view is None or number == self.view.version.number:
            return
        if not settle(self, self, self.what()):
            self.versions.setCurrentIndex(self.versions.findData(self.view.version.number))
            return
        self.reload(number)
