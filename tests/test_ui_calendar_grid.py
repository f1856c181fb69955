"""The Calendar page's week and day grid, in the real window on a store holding only the
test's meetings, the shown week and today pinned (never the real today)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from keyring.backends.fail import Keyring as FailKeyring
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from planner.crypto.vault import KeyringVault
from planner.domain.enums import MeetingMode, MeetingStatus
from planner.scheduling import TZ
from planner.services import CalendarMeeting, ClientInput, MeetingInput, Planner
from planner.storage.store import open_store
from tests.conftest import PASSPHRASE, new_passphrase_store
from tests.support.keyboard import audit
from tests.support.stores import from_template
from tests.support.windows import discard_open_editors, unlocked_window
from ui import i18n
from ui.calendar.grid import WeekGrid
from ui.calendar.page import CalendarPage
from ui.shell.main_window import MainWindow

TODAY = date(2026, 12, 3)  # the day the page thinks it is


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), TZ)


def calendar_with(qtbot: QtBot, data_dir: Path,
                  meetings: list[tuple[str, datetime, int]]) -> tuple[MainWindow, dict[str, int]]:
    """A store with one client and ``meetings`` (title, start, minutes) only."""
    ids: dict[str, int] = {}
    from_template("passphrase", new_passphrase_store, data_dir)
    planner = Planner(open_store(data_dir, vault=KeyringVault(FailKeyring()),
                                 passphrase=lambda: PASSPHRASE, create=False))
    client = planner.clients.create(ClientInput("Aino", "Korhonen")).id or 0
    for title, start, minutes in meetings:
        ids[title] = planner.meetings.plan(MeetingInput(
            client, title, start, start + timedelta(minutes=minutes),
            location="Tays, huone 4")).id or 0
    planner.close()
    window = unlocked_window(qtbot, data_dir, active=True, before_close=discard_open_editors)
    window.calendar.today_of = lambda: TODAY
    # attached once the home has shown (the week is read when show_week asks for it)
    qtbot.waitUntil(lambda: window.calendar.planner is not None, timeout=5000)
    return window, ids


def show_week(calendar: CalendarPage, qtbot: QtBot, day: date, *, count: int,
              whole: bool = False) -> None:
    with qtbot.waitSignal(calendar.grid.shown, timeout=5000):
        calendar.anchor = day
        calendar.whole_week.setChecked(whole)
        calendar.week_mode.setChecked(True)
        calendar.refresh()
    assert len(calendar.grid.blocks) == count


def headings(calendar: CalendarPage) -> list[str]:
    return [label.text() for label in calendar.grid.day_labels]


def test_christmas_and_independence_day_are_named_in_the_week(
        qtbot: QtBot, data_dir: Path) -> None:
    window, _ids = calendar_with(qtbot, data_dir, [])
    calendar = window.calendar
    show_week(calendar, qtbot, date(2026, 12, 23), count=0)
    assert headings(calendar) == ["ma 21.12.2026", "ti 22.12.2026",
                                  "ke 23.12.2026", "to 24.12.2026\nJouluaatto",
                                  "pe 25.12.2026\nJoulupäivä"]
    assert calendar.period.text() == "Viikko 52: 21.12.2026 – 27.12.2026"
    show_week(calendar, qtbot, date(2026, 12, 23), count=0, whole=True)
    assert headings(calendar)[5:] == ["la 26.12.2026\nTapaninpäivä", "su 27.12.2026"]
    # Independence Day falls on a Sunday in 2026: the working week does not show it.
    show_week(calendar, qtbot, date(2026, 12, 2), count=0)
    assert len(headings(calendar)) == 5
    assert headings(calendar)[3] == "to 3.12.2026 (tänään)"  # today, said in words
    show_week(calendar, qtbot, date(2026, 12, 2), count=0, whole=True)
    assert headings(calendar)[6] == "su 6.12.2026\nItsenäisyyspäivä"
    assert calendar.grid.day_labels[6].toolTip() == "Itsenäisyyspäivä"
    assert calendar.grid.body.first_hour == 0 and calendar.grid.body.last_hour == 24


def test_holidays_are_named_in_the_ui_language(qtbot: QtBot) -> None:
    grid = WeekGrid()
    qtbot.addWidget(grid)
    days = [date(2026, 12, 24), date(2026, 12, 25)]
    try:
        i18n.install("sv")
        grid.show_meetings(days, [], today=TODAY, day_start=time(8), day_end=time(16),
                           full_day=False)
        assert [label.text().split("\n")[1] for label in grid.day_labels] == [
            "Julafton", "Juldagen"]
    finally:
        i18n.install("fi")


def test_a_nine_oclock_meeting_is_at_nine_in_the_dst_week(qtbot: QtBot, data_dir: Path) -> None:
    """Clocks go forward on Sunday 28.3.2027: Friday's and Monday's 9.00 are on one line,
    and the Sunday meeting brings the weekend into view by itself."""
    window, _ids = calendar_with(qtbot, data_dir, [
        ("Ennen", at(date(2027, 3, 26), 9), 60), ("Sunnuntaina", at(date(2027, 3, 28), 9), 60),
        ("Jälkeen", at(date(2027, 3, 29), 9), 60)])
    calendar = window.calendar
    show_week(calendar, qtbot, date(2027, 3, 24), count=2)
    assert len(headings(calendar)) == 7  # a meeting on the weekend is never hidden
    nine = calendar.grid.body.y_of(9 * 60) + 1
    friday, sunday = calendar.grid.blocks
    assert friday.geometry().top() == sunday.geometry().top() == nine
    assert sunday.accessibleName().startswith("9.00–10.00 Sunnuntaina")
    show_week(calendar, qtbot, date(2027, 3, 29), count=1)  # summer time from here on
    [monday] = calendar.grid.blocks
    assert monday.geometry().top() == nine and len(headings(calendar)) == 5
    assert monday.accessibleName().startswith("9.00–10.00 Jälkeen")


def test_overlapping_meetings_are_side_by_side_and_each_opens(
        qtbot: QtBot, data_dir: Path) -> None:
    day = date(2026, 12, 8)
    window, ids = calendar_with(qtbot, data_dir, [
        ("Verkostoneuvottelu", at(day, 9), 90), ("Päällekkäinen", at(day, 10), 60)])
    calendar = window.calendar
    show_week(calendar, qtbot, day, count=2)
    first, second = calendar.grid.blocks
    assert first.geometry().right() < second.geometry().left()  # side by side, not on top
    assert first.geometry().width() == second.geometry().width()
    assert "A. K." in first.accessibleName() and "Tays, huone 4" in first.accessibleName()
    for block, title in ((second, "Päällekkäinen"), (first, "Verkostoneuvottelu")):
        qtbot.mouseDClick(block, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda t=title: any(
            e.meeting_id == ids[t] for e in calendar.meeting_editors.open_editors), timeout=5000)
    assert len(calendar.meeting_editors.open_editors) == 2


def test_the_keyboard_moves_between_meetings_and_enter_opens_one(
        qtbot: QtBot, data_dir: Path) -> None:
    window, ids = calendar_with(qtbot, data_dir, [
        ("Tiistai", at(date(2026, 12, 8), 9), 60),
        ("Tiistai myöhemmin", at(date(2026, 12, 8), 13), 60),
        ("Torstai", at(date(2026, 12, 10), 12), 60)])
    calendar = window.calendar
    show_week(calendar, qtbot, date(2026, 12, 8), count=3)
    tuesday, later, thursday = calendar.grid.blocks
    tuesday.setFocus()
    qtbot.waitUntil(tuesday.hasFocus, timeout=2000)
    qtbot.keyClick(tuesday, Qt.Key.Key_Down)
    assert later.hasFocus()
    qtbot.keyClick(later, Qt.Key.Key_Right)  # Wednesday is empty: on to Thursday
    assert thursday.hasFocus()
    qtbot.keyClick(thursday, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: [e.meeting_id for e in calendar.meeting_editors.open_editors]
                    == [ids["Torstai"]], timeout=5000)


def test_an_empty_slot_offers_a_new_meeting_at_its_time(qtbot: QtBot, data_dir: Path) -> None:
    window, _ids = calendar_with(qtbot, data_dir, [])
    calendar = window.calendar
    show_week(calendar, qtbot, date(2026, 12, 9), count=0)
    body = calendar.grid.body
    wednesday = body.column_rect(2)
    qtbot.mouseClick(body, Qt.MouseButton.LeftButton,
                     pos=QPoint(wednesday.center().x(), body.y_of(14 * 60 + 10)))
    menu = calendar.slot_menu
    assert menu is not None
    [offer] = menu.actions()
    assert offer.text() == "&Uusi tapaaminen ke 9.12.2026 klo 14.00…"
    offer.trigger()
    menu.close()
    qtbot.waitUntil(lambda: len(calendar.meeting_editors.open_editors) == 1, timeout=5000)
    editor = calendar.meeting_editors.open_editors[0]
    qtbot.waitUntil(lambda: editor.bundle is not None, timeout=5000)
    assert editor.details.start() == at(date(2026, 12, 9), 14)
    assert not editor.has_unsaved_changes()  # the chosen time is where it starts, no change
    # The keyboard reaches the same offer: arrows from the slot clicked, then Enter.
    body.setFocus()
    qtbot.keyClick(body, Qt.Key.Key_Down)
    qtbot.keyClick(body, Qt.Key.Key_Right)
    assert body.accessibleName() == "Vapaa aika to 10.12.2026 klo 14.30"
    qtbot.keyClick(body, Qt.Key.Key_Return)
    assert calendar.slot_menu is not menu and calendar.slot_menu is not None
    assert calendar.slot_menu.actions()[0].text() == \
        "&Uusi tapaaminen to 10.12.2026 klo 14.30…"
    calendar.slot_menu.close()


@pytest.mark.parametrize("mode", ["day_mode", "week_mode"])
def test_the_grid_forgets_the_meetings_when_the_store_locks(
        qtbot: QtBot, data_dir: Path, mode: str) -> None:
    day = date(2026, 12, 8)
    window, _ids = calendar_with(qtbot, data_dir, [("Salainen", at(day, 9), 60)])
    calendar = window.calendar
    with qtbot.waitSignal(calendar.grid.shown, timeout=5000):
        calendar.anchor = day
        getattr(calendar, mode).setChecked(True)
    assert len(calendar.grid.blocks) == 1
    window.lock()
    assert calendar.grid.blocks == [] and calendar.grid.day_labels == []


def test_my_participation_and_a_remote_meeting_are_said_in_words(qtbot: QtBot) -> None:
    day = date(2026, 12, 8)
    grid = WeekGrid()
    qtbot.addWidget(grid)
    mine = CalendarMeeting(1, "Verkostoneuvottelu", at(day, 9), at(day, 10),
                           MeetingStatus.PLANNED, MeetingMode.REMOTE, "", "A. K.", True)
    theirs = CalendarMeeting(2, "Kotikäynti", at(day, 12), at(day, 13), MeetingStatus.PLANNED,
                             MeetingMode.HYBRID, "Kotona", "", False)
    grid.show_meetings([day], [mine, theirs], today=TODAY, day_start=time(8),
                       day_end=time(16), full_day=False)
    first, second = grid.blocks
    assert first.accessibleName() == \
        "9.00–10.00 Verkostoneuvottelu, A. K. · etätapaaminen, Osallistun"
    assert first.lines[-1] == "Osallistun"  # in words, not by the border's colour alone
    assert second.accessibleName() == "12.00–13.00 Kotikäynti, Kotona · hybridi"


def test_the_week_grid_passes_the_keyboard_audit(qtbot: QtBot, data_dir: Path) -> None:
    """Every block and the empty slots are Tab stops with names, in reading order."""
    day = date(2026, 12, 8)
    window, _ids = calendar_with(qtbot, data_dir, [
        ("Verkostoneuvottelu", at(day, 9), 90), ("Päällekkäinen", at(day, 10), 60)])
    window.navigation.setCurrentRow(1)
    show_week(window.calendar, qtbot, day, count=2)
    assert audit(window) == []
