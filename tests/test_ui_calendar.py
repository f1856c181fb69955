"""The calendar: the meetings ahead by default, or one day or week; the place is shown."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from keyring.backends.fail import Keyring as FailKeyring
from pytestqt.qtbot import QtBot

from planner.crypto.vault import KeyringVault
from planner.domain.enums import MeetingMode, MeetingStatus
from planner.services import ClientInput, MeetingInput, Planner
from planner.storage.store import open_store
from tests.conftest import PASSPHRASE
from tests.factories import TZ
from tests.support.windows import show_page
from ui.shell.main_window import MainWindow
from ui.widgets.table_models import MeetingTableModel


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> MainWindow:
    planner = Planner(open_store(data_dir, vault=KeyringVault(FailKeyring()),
                                 passphrase=lambda: PASSPHRASE))
    client = planner.clients.create(ClientInput("Aino", "Korhonen"))
    today = datetime.now(TZ).replace(hour=9, minute=0, second=0, microsecond=0)
    for days, title, mode in ((-3, "Mennyt", MeetingMode.IN_PERSON),
                              (1, "Huomenna", MeetingMode.IN_PERSON),
                              (40, "Etänä", MeetingMode.REMOTE),
                              (60, "Peruttu", MeetingMode.IN_PERSON)):
        start = today + timedelta(days=days)
        meeting = planner.meetings.plan(MeetingInput(
            client.id or 0, title, start, start + timedelta(hours=1),
            location="" if mode == MeetingMode.REMOTE else "Tays, huone 4", mode=mode,
            remote_link="https://meet.example.fi/x" if mode == MeetingMode.REMOTE else None))
        if title == "Peruttu":
            planner.meetings.set_status(meeting.id or 0, MeetingStatus.CANCELLED)
    planner.close()
    window = MainWindow(data_dir, vault=KeyringVault(FailKeyring()),
                        ask=lambda new, error: PASSPHRASE)
    qtbot.addWidget(window)
    window.show()
    assert window.unlock()
    show_page(window, window.calendar)
    return window


def titles(window: MainWindow) -> list[str]:
    model = window.calendar.model
    return [model.row_at(r).title for r in range(model.rowCount())]


def test_upcoming_meetings_are_shown_first_without_past_or_cancelled(
        window: MainWindow, qtbot: QtBot) -> None:
    calendar = window.calendar
    assert calendar.upcoming_mode.isChecked() and not calendar.next.isEnabled()
    qtbot.waitUntil(lambda: titles(window) == ["Huomenna", "Etänä"], timeout=5000)
    model = calendar.model
    assert model.data(model.index(0, MeetingTableModel.PLACE)) == "Tays, huone 4"
    assert model.data(model.index(1, MeetingTableModel.PLACE)) == "etätapaaminen"
    assert calendar.empty.isHidden()


def test_a_day_without_meetings_says_so(window: MainWindow, qtbot: QtBot) -> None:
    """A day (and a week) is shown as the grid (tests/test_ui_calendar_grid.py)."""
    calendar = window.calendar
    calendar.anchor = datetime.now(TZ).date() + timedelta(days=2)  # Helsinki's today
    with qtbot.waitSignal(calendar.grid.shown, timeout=5000):
        calendar.day_mode.setChecked(True)
    assert calendar.next.isEnabled() and calendar.views.currentWidget() is calendar.grid
    assert calendar.grid.blocks == [] and calendar.empty.text()
    assert not calendar.empty.isHidden()
    with qtbot.waitSignal(calendar.grid.shown, timeout=5000):
        calendar.move(-1)
    assert [block.meeting.title for block in calendar.grid.blocks] == ["Huomenna"]
    assert calendar.empty.isHidden()


def test_saving_the_calendar_file_without_the_profile_email_says_what_to_do(
        window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    """This store has no profile: the PUBLISH file needs its ORGANIZER, so nothing is written
    and the note beside the button tells where to give the e-mail address."""
    export = window.calendar.file_export
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=5000)
    target = tmp_path / "tulevat.ics"
    export.save(target)
    qtbot.waitUntil(lambda: "Profiilistasi puuttuu sähköpostiosoite" in export.note.text()
                    and export.button.isEnabled(), timeout=5000)
    assert "verkosto profile" in export.note.text() and not target.exists()
