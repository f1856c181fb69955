"""Agencies and people: the directory meetings and contacts are chosen from."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from planner.domain import Agency, Professional
from planner.services import Planner
from ui.directory.dialogs import AgencyDialog, ProfessionalDialog
from ui.directory.models import (
    AgencyTableModel,
    ProfessionalTableModel,
    agency_name,
    filter_agencies,
)
from ui.operations import TaskRunner
from ui.shell.page import Page
from ui.widgets.editor_dialog import EditorDialog
from ui.widgets.icons import icon
from ui.widgets.tables import make_table
from ui.widgets.unsaved import Editor


@dataclass(frozen=True)
class DirectoryData:
    agencies: list[Agency]
    people: list[Professional]

    @classmethod
    def load(cls, planner: Planner) -> DirectoryData:
        return cls(planner.directory.agencies(), planner.directory.professionals())


class DirectoryPage(Page):
    WATCHES = frozenset({"agency", "professional"})

    def __init__(self, runner: TaskRunner) -> None:
        super().__init__(runner)
        self.data = DirectoryData([], [])
        self.dialog: EditorDialog | None = None
        self._wanted_agency: int | None = None  # select after the next load
        self._wanted_person: int | None = None

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(self.tr("Name, unit, kind or business ID"))
        self.filter.setAccessibleName(self.tr("Filter agencies"))
        filter_label = QLabel(self.tr("&Filter agencies:"))
        filter_label.setBuddy(self.filter)
        row = QHBoxLayout()
        row.addWidget(filter_label)
        row.addWidget(self.filter, 1)
        left_layout.addLayout(row)
        self.agencies = AgencyTableModel(self)
        self.agency_view = make_table(self.agencies, self.tr("Agencies"), AgencyTableModel.UNIT)
        self.agency_view.setWordWrap(False)  # one line per agency; long units elide
        left_layout.addWidget(self.agency_view, 1)
        self.agency_count = QLabel()
        left_layout.addWidget(self.agency_count)
        buttons = QHBoxLayout()
        self.new_agency = QPushButton(self.tr("&New agency…"))
        self.new_agency.setIcon(icon("new"))
        self.edit_agency = QPushButton(self.tr("&Edit agency…"))
        buttons.addWidget(self.new_agency)
        buttons.addWidget(self.edit_agency)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.people_heading = QLabel()
        self.people_heading.setWordWrap(True)
        right_layout.addWidget(self.people_heading)
        self.people = ProfessionalTableModel(self)
        self.people_view = make_table(self.people, self.tr("People at the agency"),
                                      ProfessionalTableModel.TITLE)
        self.people_view.setWordWrap(False)
        right_layout.addWidget(self.people_view, 1)
        person_buttons = QHBoxLayout()
        self.new_person = QPushButton(self.tr("New &person…"))
        self.new_person.setIcon(icon("new"))
        self.edit_person = QPushButton(self.tr("Edit pe&rson…"))
        person_buttons.addWidget(self.new_person)
        person_buttons.addWidget(self.edit_person)
        person_buttons.addStretch(1)
        right_layout.addLayout(person_buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)  # agencies have the longer texts (units)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 400])
        splitter.setChildrenCollapsible(False)
        QVBoxLayout(self).addWidget(splitter)
        self.setTabOrder(self.filter, self.agency_view)
        self.setTabOrder(self.agency_view, self.new_agency)
        self.setTabOrder(self.new_agency, self.edit_agency)
        self.setTabOrder(self.edit_agency, self.people_view)
        self.setTabOrder(self.people_view, self.new_person)
        self.setTabOrder(self.new_person, self.edit_person)

        self.filter.textChanged.connect(lambda _text: self._show_agencies())
        self.agency_view.selectionModel().currentRowChanged.connect(
            lambda _now, _before: self._show_people())
        self.people_view.selectionModel().currentRowChanged.connect(
            lambda _now, _before: self._update_buttons())
        self.agency_view.activated.connect(lambda _index: self.open_agency_dialog(edit=True))
        self.people_view.activated.connect(lambda _index: self.open_person_dialog(edit=True))
        self.new_agency.clicked.connect(lambda: self.open_agency_dialog(edit=False))
        self.edit_agency.clicked.connect(lambda: self.open_agency_dialog(edit=True))
        self.new_person.clicked.connect(lambda: self.open_person_dialog(edit=False))
        self.edit_person.clicked.connect(lambda: self.open_person_dialog(edit=True))
        self._update_buttons()

    # --- what is selected --------------------------------------------------------------------
    def selected_agency(self) -> Agency | None:
        index = self.agency_view.currentIndex()
        return self.agencies.row_at(index.row()) if index.isValid() else None

    def selected_person(self) -> Professional | None:
        index = self.people_view.currentIndex()
        return self.people.row_at(index.row()) if index.isValid() else None

    def select_agency(self, agency_id: int | None) -> None:
        row = self.agencies.row_of(agency_id)
        if row < 0 and self.agencies.rowCount():
            row = 0
        if row >= 0:
            self.agency_view.setCurrentIndex(self.agencies.index(row, 0))
        else:
            self._show_people()

    def select_person(self, professional_id: int | None) -> None:
        row = self.people.row_of(professional_id)
        if row >= 0:
            self.people_view.setCurrentIndex(self.people.index(row, 0))

    # --- loading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.load(DirectoryData.load, self._loaded, self.tr("Loading the directory…"))

    def _loaded(self, data: DirectoryData) -> None:
        current = self.selected_agency()
        person = self.selected_person()
        saved_agency = self._wanted_agency
        wanted_agency = saved_agency or (current.id if current else None)
        wanted_person = self._wanted_person or (person.id if person else None)
        self._wanted_agency = self._wanted_person = None
        self.data = data
        if saved_agency is not None and saved_agency not in {
                a.id for a in filter_agencies(data.agencies, self.filter.text())}:
            self.filter.blockSignals(True)  # what was just saved must not hide behind the filter
            self.filter.clear()
            self.filter.blockSignals(False)
        self._show_agencies(wanted_agency)
        self.select_person(wanted_person)

    def _show_agencies(self, keep: int | None = None) -> None:
        if keep is None:
            current = self.selected_agency()
            keep = current.id if current else None
        shown = filter_agencies(self.data.agencies, self.filter.text())
        self.agencies.set_rows(shown)
        self.agency_count.setText(self.tr("{0} of {1} agencies shown").format(
            len(shown), len(self.data.agencies)) if self.data.agencies else "")
        self.select_agency(keep)

    def _show_people(self) -> None:
        agency = self.selected_agency()
        if agency is None:
            self.people.set_rows([])
            self.people_heading.setText(self.tr("Choose an agency to see its people."))
        else:
            self.people.set_rows([p for p in self.data.people if p.agency_id == agency.id])
            self.people_heading.setText(self.tr("People at {0}").format(agency_name(agency)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        agency = self.selected_agency() is not None
        self.edit_agency.setEnabled(agency)
        self.new_person.setEnabled(agency)
        self.edit_person.setEnabled(self.selected_person() is not None)

    # --- the dialogs ---------------------------------------------------------------------------
    def open_agency_dialog(self, *, edit: bool) -> AgencyDialog | None:
        planner = self.planner
        agency = self.selected_agency() if edit else None
        if planner is None or (edit and agency is None) or self.dialog is not None:
            return None
        if agency is not None:
            agency_id = agency.id or 0
            dialog = AgencyDialog(lambda data: planner.directory.update_agency(agency_id, data),
                                  agency, self)
        else:
            dialog = AgencyDialog(planner.directory.create_agency, None, self)
        self._open(dialog, agency_of=lambda saved: saved.id)
        return dialog

    def open_person_dialog(self, *, edit: bool) -> ProfessionalDialog | None:
        planner = self.planner
        agency = self.selected_agency()
        person = self.selected_person() if edit else None
        if planner is None or agency is None or (edit and person is None) \
                or self.dialog is not None:
            return None
        if person is not None:
            person_id = person.id or 0
            dialog = ProfessionalDialog(
                lambda data: planner.directory.update_professional(person_id, data),
                self.data.agencies, person, parent=self)
        else:
            dialog = ProfessionalDialog(planner.directory.create_professional,
                                        self.data.agencies, agency_id=agency.id, parent=self)
        self._open(dialog, agency_of=lambda saved: saved.agency_id,
                   person_of=lambda saved: saved.id)
        return dialog

    def _open(self, dialog: EditorDialog, agency_of: Callable[[Any], int | None],
              person_of: Callable[[Any], int | None] | None = None) -> None:
        """Show ``dialog``; once saved, reload and select what was saved."""
        self.dialog = dialog

        def saved() -> None:
            self._wanted_agency = agency_of(dialog.saved)
            self._wanted_person = person_of(dialog.saved) if person_of else None
            self.refresh()

        dialog.accepted.connect(saved)
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: EditorDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
            dialog.deleteLater()

    def unsaved_editors(self) -> list[tuple[Editor, str]]:
        dialog = self.dialog
        if dialog is not None and dialog.has_unsaved_changes():
            return [(dialog, dialog.what())]
        return []

    def clear(self) -> None:
        if self.dialog is not None:
            dialog, self.dialog = self.dialog, None
            dialog.abandon()
            dialog.deleteLater()
        self._wanted_agency = self._wanted_person = None
        self.data = DirectoryData([], [])
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.blockSignals(False)
        self.agencies.set_rows([])
        self.people.set_rows([])
        self.agency_count.clear()
        self.people_heading.clear()
        self._update_buttons()
