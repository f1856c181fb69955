"""Issue 13, defect 11: the completion note of a done action is shown afterwards (the tables,
the summary PDF), and an action leads to its meeting and its client (Enter or a double-click,
buttons, the context menu) — on the Actions page, in the workspace, in the meeting editor."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from exports.pdf import SummaryData, render_summary
from planner.domain.enums import ActionStatus
from planner.services import ActionRow, Planner
from tests.support import pdf as support
from tests.test_ui_meeting_editor import open_client
from ui.meetings.models import MeetingActionTableModel
from ui.shell.main_window import MainWindow
from ui.widgets.table_models import ActionTableModel

NOTE = "Hakemus lähetetty Kelaan 4.12.;\nasiakas sai kopion"
ONE_LINE = "Hakemus lähetetty Kelaan 4.12.; asiakas sai kopion"


def done_action(planner: Planner) -> ActionRow:
    """A demo action agreed in a meeting, marked done with a two-line note."""
    action = next(a for a in planner.actions.list(open_only=True) if a.meeting_id is not None)
    planner.actions.set_status(action.id, ActionStatus.DONE, NOTE)
    return action


def double_click(qtbot: QtBot, view: object, row: int) -> None:
    rect = view.visualRect(view.model().index(row, 0))  # type: ignore[attr-defined]
    viewport = view.viewport()  # type: ignore[attr-defined]
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_note_shows_in_the_workspace_and_the_meeting_and_leads_to_the_meeting(
        window: MainWindow, qtbot: QtBot) -> None:
    assert window.planner is not None
    action = done_action(window.planner)
    open_client(window, qtbot, action.client_name.split()[-1])
    space = window.clients.workspace
    space.tabs.setCurrentWidget(space.actions_view)
    model = space.actions
    row = next(r for r in range(model.rowCount()) if model.row_at(r).id == action.id)
    assert model.headerData(ActionTableModel.NOTE, Qt.Orientation.Horizontal) == \
        "Kuittausmerkintä"
    assert model.data(model.index(row, ActionTableModel.NOTE)) == ONE_LINE
    assert model.data(model.index(row, ActionTableModel.DESCRIPTION),
                      Qt.ItemDataRole.ToolTipRole) == f"Kuittausmerkintä: {NOTE}"

    double_click(qtbot, space.actions_view, row)  # opens the meeting it was agreed in
    editors = window.clients.meeting_editors
    qtbot.waitUntil(lambda: any(e.meeting_id == action.meeting_id
                                for e in editors.open_editors), timeout=10_000)
    editor = next(e for e in editors.open_editors if e.meeting_id == action.meeting_id)
    panel = editor.agreed_actions
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=10_000)
    there = next(r for r in range(panel.model.rowCount()) if panel.model.row_at(r).id ==
                 action.id)
    assert panel.model.data(panel.model.index(there, MeetingActionTableModel.NOTE)) == \
        ONE_LINE
    editor.tabs.setCurrentWidget(panel)
    double_click(qtbot, panel.view, there)  # the meeting is open: to the action's status
    assert panel.new_status.currentData() == ActionStatus.DONE.value
    assert panel.completion_note.text() == NOTE


def test_an_action_on_the_actions_page_opens_its_meeting_and_its_client(
        window: MainWindow, qtbot: QtBot) -> None:
    window.navigation.setCurrentRow(window.stack.indexOf(window.actions))
    page = window.actions
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10_000)
    row = next(r for r in range(page.model.rowCount())
               if page.model.row_at(r).meeting_id is not None)
    action = page.model.row_at(row)
    assert page.view.isColumnHidden(ActionTableModel.NOTE)  # open actions: nothing done yet
    double_click(qtbot, page.view, row)
    editors = window.clients.meeting_editors
    qtbot.waitUntil(lambda: any(e.meeting_id == action.meeting_id
                                for e in editors.open_editors), timeout=10_000)
    assert window.stack.currentWidget() is page  # the editor is its own window
    for editor in list(editors.open_editors):
        editor.discard_changes()
    editors.close_all()

    page.view.setCurrentIndex(page.model.index(row, 0))
    menu = page.action_menu()
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts == ["Avaa tapaaminen", "Avaa asiakas", "Merkitse tehdyksi…", "Tulovaikutus…"]
    assert page.open_client.text() == "Avaa asia&kas"
    page.open_client.click()
    assert window.stack.currentWidget() is window.clients
    qtbot.waitUntil(lambda: window.clients.workspace.bundle is not None
                    and window.clients.workspace.bundle.client.id == action.client_id,
                    timeout=10_000)
    assert window.clients.stack.currentWidget() is window.clients.workspace


def test_the_summary_prints_the_note_under_the_done_action(planner: Planner,
                                                           tmp_path: Path) -> None:
    built = support.build_meeting(planner, actions=2)
    first, second = planner.actions.list(meeting_id=built.meeting_id)
    planner.actions.set_status(first.id, ActionStatus.DONE, NOTE)
    for language, caption in (("fi", "Kuittausmerkintä"), ("sv", "Slutanteckning"),
                              ("en", "Completion note")):
        path = tmp_path / f"{language}.pdf"
        path.write_bytes(render_summary(SummaryData.collect(
            planner, built.meeting_id, language=language), language=language))
        text = " ".join(support.run("pdftotext", path, "-").split())  # cell by cell
        assert f"{caption}: Hakemus lähetetty Kelaan 4.12.; asiakas sai kopion" in text
        assert text.index(first.description[:20]) < text.index(caption) < text.index(
            second.description[:20])
        assert text.count(caption) == 1  # the open action has none
