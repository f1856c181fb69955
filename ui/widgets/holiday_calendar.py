"""Date pickers' calendar popup with Finnish holidays (pyhäpäivät) and weekends marked.

Qt makes a date field's popup calendar only when it is first wanted; so does this, when the
field is first focused, clicked or typed in: a plan with many goals opens without a calendar
per goal (each costs milliseconds).
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QFont, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QDateEdit, QDateTimeEdit

from planner.scheduling.calendar_rules import holidays_of
from ui import i18n
from ui.widgets.colours import error_colour

_FIRST_USE = (QEvent.Type.FocusIn, QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress)


class HolidayMarks(QObject):
    """Marks ``calendar``: holidays bold in the error colour, named in the tooltip (and so to
    a screen reader); weekends in the same colour, not bold. The colour keeps 4.5:1 in every
    palette, and a holiday is told by its bold and its name too, never by colour alone."""

    def __init__(self, calendar: QCalendarWidget) -> None:
        super().__init__(calendar)
        self.calendar = calendar
        self.years: set[int] = set()
        calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers)
        weekend = QTextCharFormat()
        weekend.setForeground(error_colour())
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            calendar.setWeekdayTextFormat(day, weekend)
        calendar.currentPageChanged.connect(lambda year, _month: self.mark_around(year))
        self.mark_around(calendar.yearShown())

    def mark_around(self, year: int) -> None:
        """The year shown and its neighbours (a page shows days of the months around)."""
        language = i18n.current()
        for shown in (year - 1, year, year + 1):
            if shown in self.years or not 1 <= shown <= 9999:
                continue
            self.years.add(shown)
            for day, name in holidays_of(shown, language).items():
                marked = QTextCharFormat()
                marked.setForeground(error_colour())
                marked.setFontWeight(QFont.Weight.Bold)
                marked.setToolTip(name)
                self.calendar.setDateTextFormat(QDate(day.year, day.month, day.day), marked)


class _OnFirstUse(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in _FIRST_USE and isinstance(watched, QDateTimeEdit):
            watched.removeEventFilter(self)
            holiday_marks(watched)
            self.deleteLater()
        return False


def holiday_marks(edit: QDateEdit | QDateTimeEdit) -> HolidayMarks:
    """The marks of ``edit``'s popup calendar, made now if not yet."""
    calendar = edit.calendarWidget()  # Qt makes its popup calendar here, once
    marks = calendar.findChild(HolidayMarks)
    return marks if marks is not None else HolidayMarks(calendar)


def with_holidays(edit: QDateEdit | QDateTimeEdit) -> QDateEdit | QDateTimeEdit:
    """``edit`` with a calendar popup that marks the holidays and weekends."""
    edit.setCalendarPopup(True)
    edit.installEventFilter(_OnFirstUse(edit))
    return edit
