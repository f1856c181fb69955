"""Where an item of the home view leads: a meeting opens in the meeting editor, a plan's
client in the client workspace (an overdue information request's on its Tietopyynnöt tab), an
action on the Actions page, selected."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.home.page import ACTION, CLIENT, MEETING, REQUEST

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow


def open_from_home(window: MainWindow, kind: str, ident: int) -> None:
    if kind == MEETING:
        window.clients.open_meeting(ident)
        return
    page = window.clients if kind in (CLIENT, REQUEST) else window.actions
    window.navigation.setCurrentRow(window.stack.indexOf(page))
    if window.stack.currentWidget() is not page:
        return  # an unsaved editor kept the user where they were
    if kind in (CLIENT, REQUEST):
        window.clients.open_client(ident)
        if kind == REQUEST:
            workspace = window.clients.workspace
            workspace.tabs.setCurrentWidget(workspace.requests_tab)
    elif kind == ACTION:
        window.actions.show_action(ident)
