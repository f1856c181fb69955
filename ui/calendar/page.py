"""Calendar: the meetings ahead (agenda) as a list, or one day or week as a grid."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
)

from planner.scheduling.week_grid import shown_days
from planner.services import CalendarMeeting, ClientRow, MeetingRow, Planner
from planner.services.scheduling_settings import SchedulingSettings
from ui.calendar.day_names import day_heading
from ui.calendar.export import CalendarFileExport
from ui.calendar.grid import WeekGrid
from ui.formatting import TZ, date_text, time_text
from ui.meetings.editor import MeetingEditor
from ui.meetings.editors import MeetingEditors
from ui.operations import TaskRunner
from ui.shell.page import Page
from ui.widgets.table_models import ID_ROLE, MeetingTableModel
from ui.widgets.tables import make_table
from ui.widgets.unsaved import Editor

CLIENT_PAGE = 500  # clients offered in a new meeting's picker (as on the Clients page)


@dataclass(frozen=True)
class GridData:
    meetings: list[CalendarMeeting]
    settings: SchedulingSettings


def helsinki_today() -> date:
    return datetime.now(TZ).date()


class CalendarPage(Page):
    # the grid also names the client by a setting and finds "me" by the profile's e-mail
    WATCHES = frozenset({"meeting", "participant", "client", "professional", "user_profile",
                         "store_setting"})

    def __init__(self, runner: TaskRunner) -> None:
        super().__init__(runner)
        self.today_of: Callable[[], date] = helsinki_today  # tests pin the day
        self.anchor = self.today_of()
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
        self.whole_week = QCheckBox(self.tr("Weekend and w&hole day"))
        bar.addWidget(self.whole_week)
        bar.addStretch(1)
        for button in (self.previous, self.today, self.next):
            button.setEnabled(False)  # the upcoming meetings first: no period to step through
        layout.addLayout(bar)
        layout.addWidget(self.period)  # a line of its own: the bar stays narrow enough
        self.model = MeetingTableModel(self)
        self.view = make_table(self.model, self.tr("Meetings"), MeetingTableModel.TITLE)
        self.grid = WeekGrid()
        self.views = QStackedWidget()
        self.views.addWidget(self.view)
        self.views.addWidget(self.grid)
        layout.addWidget(self.views, 1)
        self.slot_menu: QMenu | None = None
        self.empty = QLabel()
        self.empty.hide()
        layout.addWidget(self.empty)
        self.file_export = CalendarFileExport(runner, lambda: self.planner)
        layout.addWidget(self.file_export)
        self.meeting_editors = MeetingEditors(runner, self)
        self.view.activated.connect(lambda index: self.open_meeting(
            self.model.data(index, ID_ROLE)))
        self.grid.meeting_opened.connect(self.open_meeting)
        self.grid.slot_chosen.connect(self.offer_meeting)
        self.whole_week.toggled.connect(lambda _on: self.refresh())
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
        self.anchor = self.today_of()
        self.refresh()

    def refresh(self) -> None:
        upcoming = self.upcoming_mode.isChecked()
        for button in (self.previous, self.today, self.next):
            button.setEnabled(not upcoming)
        self.whole_week.setEnabled(not upcoming)
        self.views.setCurrentWidget(self.view if upcoming else self.grid)
        first, last = self.span()
        week = first.isocalendar().week
        if upcoming:
            self.period.setText(self.tr("Meetings from today on"))
        else:
            self.period.setText(self.tr("Week {0}: {1}").format(week, day_heading(first))
                                if first == last else self.tr("Week {0}: {1} – {2}").format(
                                    week, date_text(first), date_text(last)))
        if self.planner is None:
            return
        if upcoming:
            self.load(lambda planner: planner.meetings.upcoming(), self.show_rows,
                      self.tr("Loading meetings…"))
            return
        since = datetime.combine(first, time(0), TZ)
        until = datetime.combine(last + timedelta(days=1), time(0), TZ)

        def work(planner: Planner) -> GridData:
            return GridData(planner.calendar.meetings(since, until),
                            planner.scheduling.settings())

        self.load(work, self.show_grid, self.tr("Loading meetings…"))

    def show_grid(self, data: GridData) -> None:
        week = self.week_mode.isChecked()
        busy = {m.start.astimezone(TZ).date() for m in data.meetings}
        days = shown_days(self.anchor, week=week, weekend=self.whole_week.isChecked(),
                          busy_days=busy)
        self.grid.show_meetings(days, data.meetings, today=self.today_of(),
                                day_start=data.settings.day_start,
                                day_end=data.settings.day_end,
                                full_day=self.whole_week.isChecked())
        self.empty.setText("" if data.meetings else self.tr("No meetings in this period."))
        self.empty.setVisible(not data.meetings)

    def offer_meeting(self, start: datetime, where: QPoint) -> None:
        """A click on an empty slot (or Enter on it) offers a new meeting there."""
        if self.planner is None:
            return
        menu = QMenu(self)
        local = start.astimezone(TZ)
        action = menu.addAction(self.tr("&New meeting {0} at {1}…").format(
            day_heading(local.date()), time_text(local.time())))
        action.triggered.connect(lambda: self.new_meeting_at(start))
        self.slot_menu = menu
        menu.popup(where)

    def new_meeting_at(self, start: datetime) -> None:
        planner = self.planner
        if planner is None:
            return

        def show(rows: list[ClientRow]) -> None:
            if self.planner is planner:  # not locked meanwhile
                self.meeting_editors.open(planner, clients=rows, start=start)

        self.runner.submit(lambda ctx: planner.clients.search("", limit=CLIENT_PAGE), show,
                           self.tr("Opening a new meeting…"))

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
        self.grid.clear()
        if self.slot_menu is not None:
            self.slot_menu.close()
        self.empty.hide()
        self.file_export.clear()
