"""The actions overview over the demo store: filters in the store, overdue rows stand out, mark
done with a note in the inline panel, in progress, selection kept, lock forgets everything."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from keyring.backends.fail import Keyring as FailKeyring
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from planner.crypto.vault import KeyringVault
from planner.domain import AgreedAction
from planner.domain.enums import ActionStatus
from planner.messages import translate
from planner.services import Planner
from planner.services.actions import DueWindow
from planner.storage.store import open_store
from tests.conftest import PASSPHRASE
from tests.factories import TZ
from tests.support.dialogs import answer_next_box
from tests.support.windows import DEMO_DAY, demo_store
from ui.actions.page import ActionsPage
from ui.shell.main_window import MainWindow
from ui.widgets.table_models import ActionTableModel

TODAY = DEMO_DAY
OPEN_IN_DEMO, OVERDUE_IN_DEMO = 11, 6  # with the work trial of planner/demo_income.py


@pytest.fixture
def planner(data_dir: Path) -> Planner:
    """The demo of 25.11.2026 with the store clock stopped on that day (overdue stays put)."""
    demo_store(data_dir)  # the demo of TODAY, a copy of the one built once per process
    return Planner(open_store(data_dir, vault=KeyringVault(FailKeyring()),
                              passphrase=lambda: PASSPHRASE, create=False),
                   clock=lambda: datetime(2026, 11, 25, 12, 0, tzinfo=TZ))


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path, planner: Planner) -> MainWindow:
    window = MainWindow(data_dir, vault=KeyringVault(FailKeyring()),
                        ask=lambda new, error: PASSPHRASE, planner=planner)
    qtbot.addWidget(window)
    window.show()
    window.navigation.setCurrentRow(window.stack.indexOf(window.actions))
    qtbot.waitUntil(lambda: window.actions.model.rowCount() == OPEN_IN_DEMO, timeout=5000)
    return window


def shown_ids(page: ActionsPage) -> list[int]:
    return [page.model.row_at(r).id for r in range(page.model.rowCount())]


def apply(qtbot: QtBot, page: ActionsPage, combo_name: str, value: object,
          expected: list[int]) -> None:
    page.choose(getattr(page, combo_name), value)
    qtbot.waitUntil(lambda: shown_ids(page) == expected, timeout=5000)


def enter(qtbot: QtBot, widget: QWidget, key: Qt.Key) -> None:
    qtbot.keyClick(widget, key, Qt.KeyboardModifier.NoModifier)


def agency_id(planner: Planner, unit: str) -> int:
    return next(a.id or 0 for a in planner.directory.agencies() if a.unit == unit)


def person_id(planner: Planner, name: str) -> int:
    return next(p.id or 0 for p in planner.directory.professionals() if p.name == name)


def row_of(page: ActionsPage, description: str) -> int:
    return next(r for r in range(page.model.rowCount())
                if page.model.row_at(r).description == description)


def test_the_list_and_its_summary_match_the_service(window: MainWindow,
                                                    planner: Planner) -> None:
    page = window.actions
    assert shown_ids(page) == [r.id for r in planner.actions.list(open_only=True)]
    assert page.summary.text() == f"{OPEN_IN_DEMO} avointa, {OVERDUE_IN_DEMO} myöhässä"
    clients = [page.client.itemText(i) for i in range(1, page.client.count())]
    assert clients == [c.name for c in planner.actions.clients_with_open_actions()]
    assert len(clients) == 5
    assert page.agency.count() == len(planner.directory.agencies()) + 1  # "all" first
    assert page.person.currentData() is None and page.due.currentData() == DueWindow.ALL


def test_filters_by_agency_person_client_and_due_window(window: MainWindow, planner: Planner,
                                                        qtbot: QtBot) -> None:
    page = window.actions

    def ids(**chosen: object) -> list[int]:
        return [r.id for r in planner.actions.list(open_only=True, **chosen)]  # type: ignore[arg-type]

    west = agency_id(planner, "Läntinen vakuutuspiiri, Kela sairaalassa (Tays)")
    apply(qtbot, page, "agency", west, ids(agency_id=west))
    assert {page.model.row_at(r).agency for r in range(page.model.rowCount())} == {"Kela"}
    assert len(shown_ids(page)) == 2
    # the person list follows the agency: only Katja Salonen works there
    assert [page.person.itemData(i) for i in range(1, page.person.count())] == \
        [person_id(planner, "Katja Salonen")]
    apply(qtbot, page, "agency", None, ids())

    katja = person_id(planner, "Katja Salonen")
    apply(qtbot, page, "person", katja, ids(professional_id=katja))
    assert {page.model.row_at(r).responsible for r in range(page.model.rowCount())} == \
        {"Katja Salonen"}
    apply(qtbot, page, "person", None, ids())

    makinen = next(c.id for c in planner.actions.clients_with_open_actions()
                   if c.name.endswith("Mäkinen"))
    apply(qtbot, page, "client", makinen, ids(client_id=makinen))
    assert len(shown_ids(page)) == 4  # with the work trial of planner/demo_income.py

    # the due windows, combined with the client filter and then alone
    week = planner.actions.due_range(DueWindow.NEXT_7_DAYS)
    apply(qtbot, page, "due", DueWindow.OVERDUE, ids(client_id=makinen, overdue_only=True))
    assert page.summary.text() == "2 avointa, 2 myöhässä"
    apply(qtbot, page, "client", None, ids(overdue_only=True))
    assert len(shown_ids(page)) == OVERDUE_IN_DEMO
    apply(qtbot, page, "due", DueWindow.NEXT_7_DAYS,
          ids(due_from=week.due_from, due_until=week.due_until))
    assert [page.model.row_at(r).description for r in range(page.model.rowCount())] == \
        ["Kielitestin varaus", "Kotihoidon arviointikäynti"]  # due in 4 and 5 days
    month = planner.actions.due_range(DueWindow.NEXT_30_DAYS)
    apply(qtbot, page, "due", DueWindow.NEXT_30_DAYS,
          ids(due_from=month.due_from, due_until=month.due_until))
    assert len(shown_ids(page)) == 5  # the work trial (planner/demo_income.py) due in 25 days
    apply(qtbot, page, "due", DueWindow.NO_DUE_DATE, [])
    assert page.summary.text() == "0 avointa, 0 myöhässä"


def test_overdue_rows_stand_out_in_text_and_font(window: MainWindow) -> None:
    model = window.actions.model
    for row in range(model.rowCount()):
        action = model.row_at(row)
        due_text = model.data(model.index(row, ActionTableModel.DUE))
        font = model.data(model.index(row, 0), Qt.ItemDataRole.FontRole)
        assert action.overdue == (action.due_date < TODAY)
        if action.overdue:
            assert due_text.endswith("(myöhässä)") and font.bold()
        else:
            assert "myöhässä" not in due_text and font is None


def test_mark_done_with_a_note_in_the_inline_panel(window: MainWindow, planner: Planner,
                                                   qtbot: QtBot) -> None:
    page = window.actions
    row = row_of(page, "Laskelma tuloista työkokeilun aikana")
    action_id = page.model.row_at(row).id
    page.view.setCurrentIndex(page.model.index(row, 0))
    page.mark_done.click()
    panel = page.done_panel
    assert panel.isVisible() and panel.action_id == action_id
    assert "Laskelma tuloista" in panel.heading.text()
    assert panel.note.hasFocus()
    panel.confirm.click()  # a done action needs a note
    assert panel.form.error_text("completion_note") == \
        translate("validation.completion_note_required", "fi")
    assert panel.isVisible() and page.model.rowCount() == OPEN_IN_DEMO
    qtbot.keyClicks(panel.note, "Laskelma postitettu asiakkaalle.")  # (QTest types ASCII)
    enter(qtbot, panel.note, Qt.Key.Key_Return)  # Enter confirms
    qtbot.waitUntil(lambda: page.model.rowCount() == OPEN_IN_DEMO - 1, timeout=5000)
    assert not panel.isVisible() and action_id not in shown_ids(page)
    assert page.summary.text() == f"{OPEN_IN_DEMO - 1} avointa, {OVERDUE_IN_DEMO - 1} myöhässä"
    with planner.ctx.read() as session:
        stored = session.get(AgreedAction, action_id)
        assert stored is not None
        assert (stored.status, stored.completion_note) == (ActionStatus.DONE,
                                                           "Laskelma postitettu asiakkaalle.")
    # the selection moved to the action now in the done one's place
    assert page.view.currentIndex().row() == min(row, page.model.rowCount() - 1)


def test_cancelling_a_typed_note_asks_and_escape_closes_an_empty_panel(
        window: MainWindow, qtbot: QtBot) -> None:
    page = window.actions
    page.view.setCurrentIndex(page.model.index(0, 0))
    page.mark_done.click()
    panel = page.done_panel
    qtbot.keyClicks(panel.note, "Puoliksi kirjoitettu")
    assert [editor for editor, _what in page.unsaved_editors()] == [panel]
    asked: list[str] = []
    answer_next_box(QMessageBox.ButtonRole.RejectRole, asked)  # keep editing
    panel.cancel.click()
    assert asked and panel.isVisible() and panel.note.text() == "Puoliksi kirjoitettu"
    answer_next_box(QMessageBox.ButtonRole.DestructiveRole, asked)  # discard
    enter(qtbot, panel.note, Qt.Key.Key_Escape)
    assert len(asked) == 2 and not panel.isVisible() and page.unsaved_editors() == []
    assert page.model.rowCount() == OPEN_IN_DEMO  # nothing was saved
    page.mark_done.click()
    enter(qtbot, panel.note, Qt.Key.Key_Escape)  # nothing typed: no question
    assert not panel.isVisible() and len(asked) == 2


def test_in_progress_keeps_the_selected_row(window: MainWindow, planner: Planner,
                                            qtbot: QtBot) -> None:
    page = window.actions
    row = row_of(page, "Tilapäinen asunto")
    action_id = page.model.row_at(row).id
    page.view.setCurrentIndex(page.model.index(row, 0))
    assert page.in_progress.isEnabled()
    page.in_progress.click()
    qtbot.waitUntil(lambda: page.model.row_at(row).status == ActionStatus.IN_PROGRESS,
                    timeout=5000)
    assert page.selected_action() is not None
    assert page.selected_action().id == action_id  # type: ignore[union-attr]
    assert not page.in_progress.isEnabled()  # already in progress
    statuses = {r.id: r.status for r in planner.actions.list(open_only=True)}
    assert statuses[action_id] == ActionStatus.IN_PROGRESS


def test_locking_forgets_the_list_the_filters_and_an_open_panel(window: MainWindow,
                                                                qtbot: QtBot) -> None:
    page = window.actions
    page.choose(page.client, page.client.itemData(1))
    qtbot.waitUntil(lambda: page.model.rowCount() < OPEN_IN_DEMO, timeout=5000)
    page.view.setCurrentIndex(page.model.index(0, 0))
    page.mark_done.click()
    window.lock()
    assert page.model.rowCount() == 0 and page.summary.text() == ""
    assert page.client.count() == 0 and page.person.count() == 0 and page.agency.count() == 0
    assert not page.done_panel.isVisible() and page.done_panel.action_id is None
