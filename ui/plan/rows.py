"""The plan tab's goals and benefits/services: tables with edit fields for the selected row.

A mixin of :class:`ui.plan.editor.PlanEditor`: it uses the editor's attributes and widgets.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtGui import QFont, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.domain import Agency, ServiceCode
from planner.domain.enums import GoalSetter, GoalStatus
from planner.messages import label
from planner.services import GoalInput, ServiceInput
from ui import i18n
from ui.plan.models import GoalTableModel, ServiceTableModel, code_name, group_title, grouped_codes
from ui.plan.widgets import DEFAULT_TARGET_DAYS, buddy, combo, date_edit, error_label, today
from ui.widgets.icons import icon
from ui.widgets.tables import make_table


class GoalsAndServices:
    """Goals and services of the plan being edited (mixed into PlanEditor)."""

    def __getattr__(self, name: str) -> Any:  # the editor's attributes, for type checkers
        raise AttributeError(name)

    def _build_goals(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.goals = GoalTableModel(self)
        self.goal_view = make_table(self.goals, self.tr("Goals"), GoalTableModel.DESCRIPTION)
        self.goal_view.setMinimumHeight(110)
        column.addWidget(self.goal_view)
        self.goal_details = QWidget()
        grid = QGridLayout(self.goal_details)
        grid.setContentsMargins(0, 0, 0, 0)
        self.goal_description = QLineEdit()
        # The chosen row's fields have no mnemonics: Tab from the table reaches them, and the
        # plan tab (with the workspace's header and tabs) has no letters to spare.
        grid.addWidget(buddy(self.tr("Goal description:"), self.goal_description), 0, 0)
        grid.addWidget(self.goal_description, 0, 1, 1, 3)
        self.goal_target = date_edit(self.tr("Target date"))
        grid.addWidget(buddy(self.tr("Target date:"), self.goal_target), 1, 0)
        self.goal_no_target = QCheckBox(self.tr("No target date"))
        target = QHBoxLayout()
        target.addWidget(self.goal_target)
        target.addWidget(self.goal_no_target)
        target.addStretch(1)
        grid.addLayout(target, 1, 1, 1, 3)
        self.goal_status = combo()
        for status in GoalStatus:
            self.goal_status.addItem(label("goal_status", status, i18n.current()), status)
        grid.addWidget(buddy(self.tr("Status:"), self.goal_status), 2, 0)
        grid.addWidget(self.goal_status, 2, 1)
        self.goal_whose = combo()
        for setter in GoalSetter:
            self.goal_whose.addItem(label("goal_setter", setter, i18n.current()), setter)
        grid.addWidget(buddy(self.tr("Whose goal:"), self.goal_whose), 2, 2)
        grid.addWidget(self.goal_whose, 2, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        column.addWidget(self.goal_details)
        self.goal_errors = error_label()
        self.goal_errors.setAccessibleName(self.tr("Problems with the goals"))
        column.addWidget(self.goal_errors)
        buttons = QHBoxLayout()
        self.add_goal = QPushButton(self.tr("&Add goal"))
        self.remove_goal = QPushButton(self.tr("Remove goal"))
        self.remove_goal.setIcon(icon("delete"))
        buttons.addWidget(self.add_goal)
        buttons.addWidget(self.remove_goal)
        buttons.addStretch(1)
        column.addLayout(buttons)

        self.goal_view.selectionModel().selectionChanged.connect(self._goal_selected)
        self.goal_description.textChanged.connect(
            lambda text: self._change_goal(description=text))
        self.goal_target.dateChanged.connect(lambda _d: self._change_goal_target())
        self.goal_no_target.toggled.connect(lambda _on: self._change_goal_target())
        self.goal_status.currentIndexChanged.connect(
            lambda _i: self._change_goal(status=self.goal_status.currentData()))
        self.goal_whose.currentIndexChanged.connect(
            lambda _i: self._change_goal(expressed_by=self.goal_whose.currentData()))
        self.add_goal.clicked.connect(self.append_goal)
        self.remove_goal.clicked.connect(self.remove_selected_goal)
        return box

    def _build_services(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.services = ServiceTableModel(self)
        self.service_view = make_table(self.services, self.tr("Benefits and services"),
                                       ServiceTableModel.SERVICE)
        self.service_view.setMinimumHeight(110)
        column.addWidget(self.service_view)
        self.service_details = QWidget()
        grid = QGridLayout(self.service_details)
        grid.setContentsMargins(0, 0, 0, 0)
        self.service_code = combo()
        grid.addWidget(buddy(self.tr("Benefit or service:"), self.service_code), 0, 0)
        grid.addWidget(self.service_code, 0, 1)
        self.service_agency = combo()
        grid.addWidget(buddy(self.tr("Provided by:"), self.service_agency), 1, 0)
        grid.addWidget(self.service_agency, 1, 1)
        self.service_note = QLineEdit()
        grid.addWidget(buddy(self.tr("Note:"), self.service_note), 2, 0)
        grid.addWidget(self.service_note, 2, 1)
        grid.setColumnStretch(1, 1)
        column.addWidget(self.service_details)
        self.service_errors = error_label()
        self.service_errors.setAccessibleName(self.tr("Problems with the benefits and services"))
        column.addWidget(self.service_errors)
        buttons = QHBoxLayout()
        self.add_service = QPushButton(self.tr("Add benefit or service"))
        self.remove_service = QPushButton(self.tr("Remove benefit or service"))
        self.remove_service.setIcon(icon("delete"))
        buttons.addWidget(self.add_service)
        buttons.addWidget(self.remove_service)
        buttons.addStretch(1)
        column.addLayout(buttons)

        self.service_view.selectionModel().selectionChanged.connect(self._service_selected)
        self.service_code.currentIndexChanged.connect(
            lambda _i: self._change_service(service_code=self.service_code.currentData()))
        self.service_agency.currentIndexChanged.connect(
            lambda _i: self._change_service(agency_id=self.service_agency.currentData()))
        self.service_note.textChanged.connect(lambda text: self._change_service(note=text))
        self.add_service.clicked.connect(self.append_service)
        self.remove_service.clicked.connect(self.remove_selected_service)
        return box

    def _fill_code_lists(self, codes: list[ServiceCode], agencies: list[Agency]) -> None:
        """The code list grouped under headings one cannot pick; agencies from the directory."""
        self._filling = True
        language = i18n.current()
        self.service_code.clear()
        model = self.service_code.model()
        heading = QFont(self.service_code.font())
        heading.setBold(True)
        for kind, members in grouped_codes(codes, language):
            self.service_code.addItem(group_title(kind))
            if isinstance(model, QStandardItemModel):
                item = model.item(self.service_code.count() - 1)
                item.setEnabled(False)
                item.setFont(heading)
            for code in members:
                self.service_code.addItem("    " + code_name(code, language), code.code)
        self.service_agency.clear()
        self.service_agency.addItem(self.tr("(not named)"), None)
        for agency in agencies:
            self.service_agency.addItem(
                f"{agency.name}, {agency.unit}" if agency.unit else agency.name, agency.id)
        self.services.set_lookups(codes, {a.id or 0: (f"{a.name}, {a.unit}" if a.unit
                                                      else a.name) for a in agencies})
        self._filling = False

    # --- goals -----------------------------------------------------------------------------
    def _selected(self, view: QTableView) -> int:
        rows = view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _goal_selected(self, *_args: object) -> None:
        row = self._selected(self.goal_view)
        goal: GoalInput | None = self.goals.row_at(row) if row >= 0 else None
        self._filling = True
        self.goal_description.setText(goal.description if goal else "")
        target = goal.target_date if goal and goal.target_date else (
            today() + timedelta(days=DEFAULT_TARGET_DAYS))
        self.goal_target.setDate(QDate(target))
        self.goal_no_target.setChecked(goal is None or goal.target_date is None)
        self.goal_status.setCurrentIndex(max(0, self.goal_status.findData(
            goal.status if goal else GoalStatus.PROPOSED)))
        self.goal_whose.setCurrentIndex(max(0, self.goal_whose.findData(
            goal.expressed_by if goal else GoalSetter.JOINT)))
        self._filling = False
        editing = self._editable and goal is not None
        for widget in (self.goal_description, self.goal_no_target, self.goal_status,
                       self.goal_whose):
            widget.setEnabled(editing)
        self.goal_target.setEnabled(editing and not self.goal_no_target.isChecked())
        self.remove_goal.setEnabled(editing)

    def _change_goal(self, **values: object) -> None:
        row = self._selected(self.goal_view)
        if not self._filling and self._editable and row >= 0:
            self.goals.change(row, **values)

    def _change_goal_target(self) -> None:
        none = self.goal_no_target.isChecked()
        self.goal_target.setEnabled(self.goal_no_target.isEnabled() and not none)
        self._change_goal(target_date=None if none else self.goal_target.date().toPython())

    def append_goal(self) -> None:
        if not self._editable:
            return
        row = self.goals.append(GoalInput(""))
        self.goal_view.selectRow(row)
        self.goal_description.setFocus()

    def remove_selected_goal(self) -> None:
        row = self._selected(self.goal_view)
        if self._editable and row >= 0:
            self.goals.remove(row)
            if self.goals.rowCount():
                self.goal_view.selectRow(min(row, self.goals.rowCount() - 1))
            self._goal_selected()

    # --- benefits and services ---------------------------------------------------------------
    def _service_selected(self, *_args: object) -> None:
        row = self._selected(self.service_view)
        service: ServiceInput | None = self.services.row_at(row) if row >= 0 else None
        self._filling = True
        self.service_code.setCurrentIndex(
            self.service_code.findData(service.service_code) if service else -1)
        self.service_agency.setCurrentIndex(max(0, self.service_agency.findData(
            service.agency_id if service else None)))
        self.service_note.setText(service.note if service else "")
        self._filling = False
        editing = self._editable and service is not None
        for widget in (self.service_code, self.service_agency, self.service_note,
                       self.remove_service):
            widget.setEnabled(editing)

    def _change_service(self, **values: object) -> None:
        row = self._selected(self.service_view)
        if not self._filling and self._editable and row >= 0:
            self.services.change(row, **values)

    def append_service(self) -> None:
        first = next((self.service_code.itemData(i) for i in range(self.service_code.count())
                      if self.service_code.itemData(i)), None)
        if not self._editable or first is None:
            return
        row = self.services.append(ServiceInput(first))
        self.service_view.selectRow(row)
        self.service_code.setFocus()

    def remove_selected_service(self) -> None:
        row = self._selected(self.service_view)
        if self._editable and row >= 0:
            self.services.remove(row)
            if self.services.rowCount():
                self.service_view.selectRow(min(row, self.services.rowCount() - 1))
            self._service_selected()
