"""Calendar: the meetings ahead (agenda), or of one day or week, as a list."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from planner.services import MeetingRow, Planner
from ui.calendar.export import CalendarFileExport
from ui.formatting import TZ, finnish_date
from ui.meetings.editor import MeetingEditor
from ui.meetings.editors import MeetingEditors
from ui.operations import TaskRunner
from ui.shell.page import Page
from ui.widgets.table_models import ID_ROLE, MeetingTableModel
from ui.widgets.tables import make_table
from ui.widgets.unsaved import Editor


class CalendarPage(Page):
    WATCHES = frozenset({"meeting", "participant", "client"})

    def __init__(self, runner: TaskRunner) -> None:
        super().__init__(runner)
        self.anchor = datetime.now(TZ).date()
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.previous = QPushButton(self.tr("◀ &Previous"))
        self.today = QPushButton(self.tr("T&oday"))
        self.next = QPushButton(self.tr("&Next ▶"))
        self.upcoming_mode = QRadioButton(self.tr("&Upcoming"))
        self.day_mode = QRadioButton(self.tr("&Day"))
        self.week_mode = QRadioButton(self.tr("&Week"))
        self.upcoming_mode.setChecked(True)  # what a case worker looks for first
        modes = QButtonGroup(self)
        for mode in (self.upcoming_mode, self.day_mode, self.week_mode):
            modes.addButton(mode)
        self.period = QLabel()
        self.period.setAccessibleName(self.tr("Shown period"))
        for widget in (self.upcoming_mode, self.day_mode, self.week_mode, self.previous,
                       self.today, self.next):
            bar.addWidget(widget)
        bar.addSpacing(16)
        bar.addWidget(self.period, 1)
        for button in (self.previous, self.today, self.next):
            button.setEnabled(False)  # the upcoming meetings first: no period to step through
        layout.addLayout(bar)
        self.model = MeetingTableModel(self)
        self.view = make_table(self.model, self.tr("Meetings"), MeetingTableModel.TITLE)
        layout.addWidget(self.view)
        self.empty = QLabel()
        self.empty.hide()
        layout.addWidget(self.empty)
        self.file_export = CalendarFileExport(runner, lambda: self.planner)
        layout.addWidget(self.file_export)
        self.meeting_editors = MeetingEditors(runner, self)
        self.view.activated.connect(lambda index: self.open_meeting(
            self.model.data(index, ID_ROLE)))
        self.previous.clicked.connect(lambda: self.move(-1))
        self.next.clicked.connect(lambda: self.move(1))
        self.today.clicked.connect(self.go_today)
        modes.buttonToggled.connect(lambda _button, checked: checked and self.refresh())

    def span(self) -> tuple[date, date]:
        if self.day_mode.isChecked():
            return self.anchor, self.anchor
        monday = self.anchor - timedelta(days=self.anchor.weekday())
        return monday, monday + timedelta(days=6)

    def move(self, steps: int) -> None:
        self.anchor += timedelta(days=steps * (1 if self.day_mode.isChecked() else 7))
        self.refresh()

    def go_today(self) -> None:
        self.anchor = datetime.now(TZ).date()
        self.refresh()

    def refresh(self) -> None:
        upcoming = self.upcoming_mode.isChecked()
        for button in (self.previous, self.today, self.next):
            button.setEnabled(not upcoming)
        first, last = self.span()
        week = first.isocalendar().week
        if upcoming:
            self.period.setText(self.tr("Meetings from today on"))
        else:
            self.period.setText(finnish_date(first) if first == last else self.tr(
                "Week {0}: {1} – {2}").format(week, finnish_date(first), finnish_date(last)))
        if self.planner is None:
            return
        since = datetime.combine(first, time(0), TZ)
        until = datetime.combine(last + timedelta(days=1), time(0), TZ)

        def work(planner: Planner) -> list[MeetingRow]:
            if upcoming:
                return planner.meetings.upcoming()
            return planner.meetings.list(since=since, until=until)

        self.load(work, self.show_rows, self.tr("Loading meetings…"))

    def show_rows(self, rows: list[MeetingRow]) -> None:
        self.model.set_rows(rows)
        self.empty.setText("" if rows else self.tr("No meetings in this period."))
        self.empty.setVisible(not rows)

    def open_meeting(self, meeting_id: int) -> MeetingEditor | None:
        if self.planner is None:
            return None
        return self.meeting_editors.open(self.planner, meeting_id=meeting_id)

    def unsaved_editors(self) -> list[tuple[Editor, str]]:
        return self.meeting_editors.unsaved()

    def clear(self) -> None:
        self.meeting_editors.close_all()
        self.model.set_rows([])
        self.empty.hide()
        self.file_export.clear()
