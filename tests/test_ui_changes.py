"""One change signal: a change made anywhere refreshes every page showing those records —
an action done on the Actions page shows in the open client's workspace, a reply-free meeting
cancelled through the services leaves the calendar — and never wipes what is being typed."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from planner.domain.enums import ActionStatus, MeetingStatus
from planner.services import Planner
from tests.support.windows import show_page
from tests.test_ui_client_workspace import open_client
from ui.shell.main_window import MainWindow
from ui.widgets.table_models import ActionTableModel


def services(window: MainWindow) -> Planner:
    assert window.planner is not None
    return window.planner


def status_texts(window: MainWindow) -> list[str]:
    model = window.clients.workspace.actions
    return [model.data(model.index(row, ActionTableModel.STATUS))
            for row in range(model.rowCount())]


def test_an_action_done_elsewhere_shows_in_the_open_workspace_and_the_actions_page(
        window: MainWindow, qtbot: QtBot) -> None:
    open_client(window, qtbot, "Korhonen")
    space = window.clients.workspace
    action = next(a for a in space.bundle.actions  # type: ignore[union-attr]
                  if a.status != ActionStatus.DONE)
    show_page(window, window.actions)  # the workspace, behind it, still follows changes
    qtbot.waitUntil(lambda: window.actions.model.rowCount() > 0, timeout=10_000)
    open_before = window.actions.model.rowCount()
    done_before = status_texts(window).count("tehty")
    services(window).actions.set_status(action.id, ActionStatus.DONE, "Hakemus lähetetty")
    qtbot.waitUntil(lambda: status_texts(window).count("tehty") == done_before + 1,
                    timeout=10_000)
    qtbot.waitUntil(lambda: window.actions.model.rowCount() == open_before - 1, timeout=10_000)


def test_a_cancelled_meeting_leaves_the_upcoming_calendar(window: MainWindow,
                                                          qtbot: QtBot) -> None:
    calendar = window.calendar
    show_page(window, calendar)
    calendar.upcoming_mode.setChecked(True)
    qtbot.waitUntil(lambda: calendar.model.rowCount() > 0, timeout=10_000)
    first = calendar.model.row_at(0)
    services(window).meetings.set_status(first.id, MeetingStatus.CANCELLED)
    qtbot.waitUntil(lambda: all(calendar.model.row_at(r).id != first.id or
                                calendar.model.row_at(r).status == MeetingStatus.CANCELLED
                                for r in range(calendar.model.rowCount())), timeout=10_000)


def test_a_change_arriving_while_a_note_is_typed_keeps_the_note(window: MainWindow,
                                                                qtbot: QtBot) -> None:
    page = window.actions
    window.navigation.setCurrentRow(window.stack.indexOf(page))
    qtbot.waitUntil(lambda: page.model.rowCount() > 1, timeout=10_000)
    page.view.setCurrentIndex(page.model.index(0, 0))
    page.open_done_panel()
    qtbot.keyClicks(page.done_panel.note, "Soitettu asiakkaalle")
    other = page.model.row_at(1)
    services(window).actions.set_status(other.id, ActionStatus.IN_PROGRESS)
    qtbot.wait(200)  # the refresh would have run by now
    assert page.done_panel.isVisible()
    assert page.done_panel.note.text() == "Soitettu asiakkaalle"


def workspace_views(window: MainWindow, client_id: int) -> int:
    return sum(1 for entry in services(window).audit.client_extract(client_id)
               if entry.action == "view" and entry.purpose == "client workspace")


def test_a_button_in_the_workspace_reads_the_client_again_once(window: MainWindow,
                                                               qtbot: QtBot) -> None:
    """The change signal replaced the workspace's own reloads: one consent withdrawn is one
    more view of the client in the log, not two."""
    open_client(window, qtbot, "Korhonen")
    space = window.clients.workspace
    client_id = space.bundle.client.id or 0  # type: ignore[union-attr]
    before = workspace_views(window, client_id)
    space.consent_view.selectRow(0)
    space.withdraw_consent.click()
    qtbot.waitUntil(lambda: space.consents.row_at(0).consent.withdrawn_at is not None,
                    timeout=10_000)
    qtbot.wait(300)  # a second reload, were there one, would have run by now
    # client_extract logs a view of the log itself, not a workspace view
    assert workspace_views(window, client_id) == before + 1


def test_a_page_behind_another_shows_a_change_it_missed_when_turned_to(
        window: MainWindow, qtbot: QtBot) -> None:
    """A hidden page reads nothing on a change, but is not left stale: it reads when shown."""
    actions = window.actions
    show_page(window, actions)
    qtbot.waitUntil(lambda: actions.model.rowCount() > 0, timeout=10_000)
    first = actions.model.row_at(0)
    show_page(window, window.clients)
    services(window).actions.set_status(first.id, ActionStatus.DONE, "Hoidettu")
    qtbot.wait(300)  # the change has been delivered: the hidden page kept its rows
    assert any(actions.model.row_at(r).id == first.id for r in range(actions.model.rowCount()))
    show_page(window, actions)
    qtbot.waitUntil(lambda: all(actions.model.row_at(r).id != first.id
                                for r in range(actions.model.rowCount())), timeout=10_000)
