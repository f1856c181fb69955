"""Date pickers' calendar popup with Finnish holidays (pyhäpäivät) and weekends marked."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFont, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QDateEdit, QDateTimeEdit, QWidget

from planner.scheduling.calendar_rules import holidays_of
from ui import i18n
from ui.widgets.colours import error_colour


class HolidayCalendar(QCalendarWidget):
    """Holidays bold in the error colour, named in the tooltip (and so to a screen reader);
    weekends in the same colour, not bold. The colour keeps 4.5:1 in every palette, and a
    holiday is told by its bold and its name too, never by colour alone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers)
        weekend = QTextCharFormat()
        weekend.setForeground(error_colour())
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.setWeekdayTextFormat(day, weekend)
        self.marked_years: set[int] = set()
        self.currentPageChanged.connect(lambda year, _month: self.mark_years_around(year))
        self.mark_years_around(self.yearShown())

    def mark_years_around(self, year: int) -> None:
        """The year shown and its neighbours (the page shows days of the months around)."""
        language = i18n.current()
        for shown in (year - 1, year, year + 1):
            if shown in self.marked_years or not 1 <= shown <= 9999:
                continue
            self.marked_years.add(shown)
            for day, name in holidays_of(shown, language).items():
                marked = QTextCharFormat()
                marked.setForeground(error_colour())
                marked.setFontWeight(QFont.Weight.Bold)
                marked.setToolTip(name)
                self.setDateTextFormat(QDate(day.year, day.month, day.day), marked)


def with_holidays(edit: QDateEdit | QDateTimeEdit) -> QDateEdit | QDateTimeEdit:
    """``edit`` with a calendar popup that marks the holidays and weekends."""
    edit.setCalendarPopup(True)
    edit.setCalendarWidget(HolidayCalendar())
    return edit
