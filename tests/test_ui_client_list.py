"""Issue 13: the client list shows the case lead, the next meeting, open and overdue actions
and the plan's status; a header click sorts the whole list by that column in the store; the
search finds by case lead and by benefit. The demo store at its own day (25.11.2026)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from planner.services import Planner
from tests.test_ui_home import home_window, pinned_planner
from ui.clients.models import ClientListModel
from ui.shell.main_window import MainWindow


@pytest.fixture
def planner(data_dir: Path) -> Planner:
    """Closed by the window as it closes (locking), after its worker has stopped."""
    return pinned_planner(data_dir)


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path, planner: Planner) -> MainWindow:
    window = home_window(qtbot, data_dir, planner)
    window.navigation.setCurrentRow(window.stack.indexOf(window.clients))
    qtbot.waitUntil(lambda: window.clients.model.rowCount() == 5, timeout=10_000)
    return window


def column(window: MainWindow, number: int) -> list[str]:
    model = window.clients.model
    return [model.data(model.index(row, number)) for row in range(model.rowCount())]


def test_the_list_shows_lead_next_meeting_actions_and_plan(window: MainWindow) -> None:
    model = window.clients.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Nimi", "Henkilötunnus", "Syntymäaika", "Vastuutyöntekijä",
                       "Seuraava tapaaminen", "Avoimet toimenpiteet", "Myöhässä",
                       "Suunnitelma"]
    (row,) = [r for r in range(model.rowCount()) if model.row_at(r).name.endswith("Mäkinen")]
    assert [model.data(model.index(row, c)) for c in range(model.columnCount())] == [
        "Jari Tapani Mäkinen", "231178-****", "23.11.1978", "Riikka Salminen",
        "ma 7.12.2026 klo 10.00", "4", "2", "luonnos"]  # 4: the work trial (demo_income)
    overdue = model.index(row, ClientListModel.OVERDUE)
    assert model.data(overdue, Qt.ItemDataRole.FontRole).bold()  # and said by the column


def test_a_header_click_sorts_by_that_column_and_again_the_other_way(
        window: MainWindow, qtbot: QtBot) -> None:
    view, page = window.clients.view, window.clients
    header = view.horizontalHeader()
    x = header.sectionViewportPosition(ClientListModel.NEXT_MEETING) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=header.rect().center().__class__(x, header.height() // 2))
    soonest = ["Aino Helena Korhonen", "Jari Tapani Mäkinen", "Ahmad Rahimi",
               "Eetu Matias Lehtonen", "Sanna Maria Nieminen"]
    qtbot.waitUntil(lambda: column(window, ClientListModel.NAME) in (soonest, soonest[::-1]),
                    timeout=10_000)
    first = column(window, ClientListModel.NAME)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=header.rect().center().__class__(x, header.height() // 2))
    qtbot.waitUntil(lambda: column(window, ClientListModel.NAME) == first[::-1], timeout=10_000)
    page.sort_by(ClientListModel.OVERDUE, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: column(window, ClientListModel.NAME)[0] == "Jari Tapani Mäkinen",
                    timeout=10_000)
    assert column(window, ClientListModel.OVERDUE) == ["2", "1", "1", "1", "1"]


@pytest.mark.parametrize(("typed", "found"), [
    ("liisa mak", ["Aino Helena Korhonen"]),  # her case lead, typed without ä
    ("sjukdag", ["Jari Tapani Mäkinen"]),  # sickness allowance in his plan, in Swedish
    ("mäk", ["Aino Helena Korhonen", "Jari Tapani Mäkinen"]),  # a lead's name or the client's
])
def test_search_by_case_lead_and_benefit(window: MainWindow, qtbot: QtBot, typed: str,
                                         found: list[str]) -> None:
    window.clients.search.setText(typed)  # QtTest types ASCII only
    qtbot.waitUntil(lambda: column(window, ClientListModel.NAME) == found, timeout=10_000)
