"""Date pickers mark Finnish holidays (bold, named) and weekends in their calendar popup."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QPoint, Qt
from PySide6.QtGui import QFocusEvent, QFont
from PySide6.QtWidgets import QApplication, QCalendarWidget, QDateEdit, QTableView
from pytestqt.qtbot import QtBot

from ui import i18n
from ui.meetings.details_form import MeetingDetailsForm
from ui.widgets.colours import error_colour
from ui.widgets.holiday_calendar import HolidayMarks, with_holidays

UI = Path(__file__).resolve().parents[1] / "ui"


def shown_tooltips(calendar: QCalendarWidget) -> dict[int, str]:
    """Day number → tooltip of the days of the shown month, read from the popup's own view
    (what the mouse and a screen reader get), not from our formats."""
    model = calendar.findChild(QTableView).model()
    cells = [(model.data(model.index(row, column)),
              model.data(model.index(row, column), Qt.ItemDataRole.ToolTipRole))
             for row in range(1, model.rowCount()) for column in range(1, model.columnCount())]
    days = [day for day, _tip in cells]
    first = days.index(1)  # the shown month: from its 1st to the next month's
    after = days.index(1, first + 1)
    return dict(cells[first:after])


def test_the_meeting_date_popup_marks_christmas(qtbot: QtBot) -> None:
    form = MeetingDetailsForm()
    qtbot.addWidget(form)
    form.show()
    form.date.setDate(QDate(2026, 12, 10))
    arrow = QPoint(form.date.width() - 6, form.date.height() // 2)
    qtbot.mouseClick(form.date, Qt.MouseButton.LeftButton, pos=arrow)  # the popup's arrow
    calendar = form.date.calendarWidget()
    qtbot.waitUntil(calendar.isVisible, timeout=2000)
    assert calendar.monthShown() == 12 and calendar.yearShown() == 2026
    tips = shown_tooltips(calendar)
    assert (tips[24], tips[25], tips[26]) == ("Jouluaatto", "Joulupäivä", "Tapaninpäivä")
    assert tips[6] == "Itsenäisyyspäivä" and tips[23] == "" and tips[27] == ""
    christmas = calendar.dateTextFormat(QDate(2026, 12, 25))
    assert christmas.fontWeight() == QFont.Weight.Bold
    assert christmas.foreground().color() == error_colour()
    # A weekend is marked too, without bold (it is no holiday).
    sunday = calendar.weekdayTextFormat(Qt.DayOfWeek.Sunday)
    assert sunday.foreground().color() == error_colour()
    assert sunday.fontWeight() != QFont.Weight.Bold
    # Paging on to the next year marks its holidays as well (loppiainen, 6.1.2028).
    calendar.setCurrentPage(2028, 1)
    assert calendar.dateTextFormat(QDate(2028, 1, 6)).toolTip() == "Loppiainen"
    calendar.window().close()


def test_a_date_field_makes_its_calendar_only_when_first_used(qtbot: QtBot) -> None:
    """A plan of many goals has a date field each: none pays for a calendar it never shows."""
    edit = with_holidays(QDateEdit(QDate(2026, 12, 10)))
    qtbot.addWidget(edit)
    assert edit.findChild(QCalendarWidget) is None
    QApplication.sendEvent(edit, QFocusEvent(QEvent.Type.FocusIn))
    calendar = edit.findChild(QCalendarWidget)
    assert calendar is not None
    assert calendar.dateTextFormat(QDate(2026, 12, 26)).toolTip() == "Tapaninpäivä"


def test_the_holiday_names_follow_the_ui_language(qtbot: QtBot) -> None:
    try:
        i18n.install("en")
        calendar = QCalendarWidget()
        qtbot.addWidget(calendar)
        calendar.setCurrentPage(2026, 12)
        HolidayMarks(calendar)
        assert calendar.dateTextFormat(QDate(2026, 12, 24)).toolTip() == "Christmas Eve"
    finally:
        i18n.install("fi")


def test_every_date_field_of_the_app_gets_the_holiday_popup() -> None:
    """A date field added with Qt's plain popup would show no holidays: all go through
    ui/widgets/holiday_calendar.with_holidays."""
    plain = [str(path.relative_to(UI)) for path in UI.rglob("*.py")
             if "setCalendarPopup(" in path.read_text(encoding="utf-8")
             and path.name != "holiday_calendar.py"]
    assert plain == []
