"""Keyboard accessibility of every screen, in Finnish, Swedish and English.

Each screen (the pages, the client workspace's tabs, every dialog and the meeting editor's
tabs) is opened over the demo store and checked as a keyboard and screen-reader user meets
it (tests/support/keyboard.py): every input is named, no two visible controls share a
mnemonic letter, Tab reaches every control and visits each form in reading order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from keyring.backends.fail import Keyring as FailKeyring
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFormLayout, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from planner.crypto.vault import KeyringVault
from planner.demo import load_demo
from planner.domain.enums import PlanStatus
from planner.services import ClientInput, Planner
from planner.storage.store import open_store
from tests.conftest import PASSPHRASE
from tests.support.keyboard import audit
from tests.support.stores import copy_store
from tests.support.windows import discard_open_editors
from ui import i18n
from ui.clients.workspace import ClientWorkspace
from ui.meetings.editor import MeetingEditor
from ui.plan.editor import PlanEditor
from ui.shell.main_window import MainWindow
from ui.shell.passphrase_dialog import PassphraseDialog

LANGUAGES = ("fi", "sv", "en")
TIMEOUT = 5000


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo data once per module (each test gets its own copy), plus a client whose
    joint plan is not started yet."""
    folder = tmp_path_factory.mktemp("demo") / "data"
    planner = Planner(open_store(folder, vault=KeyringVault(FailKeyring()),
                                 passphrase=lambda: PASSPHRASE))
    load_demo(planner, today=date(2026, 11, 25))
    planner.clients.create(ClientInput("Matti Olavi", "Virtanen", birth_date=date(1969, 5, 4)))
    planner.close()
    return folder


@pytest.fixture(scope="module")
def shared_windows() -> Iterator[dict[str, MainWindow]]:
    """One window per language for the screens that change nothing in it (built at first
    use, closed after the module): a window per screen was most of this module's time."""
    windows: dict[str, MainWindow] = {}
    yield windows
    close_windows(windows)


def close_windows(windows: dict[str, MainWindow]) -> None:
    """An open window left behind slows every later test (its timers, its repaints)."""
    for window in windows.values():
        discard_open_editors(window)
        window.close()
        window.deleteLater()
    windows.clear()


@pytest.fixture(params=LANGUAGES)
def window(request: pytest.FixtureRequest, qtbot: QtBot, data_dir: Path, demo_store: Path,
           shared_windows: dict[str, MainWindow]) -> Iterator[MainWindow]:
    """The language is installed before the window is built, as the app does at start. A
    screen that changes nothing reuses its language's window, back on the client list."""
    language = request.param
    i18n.install(language)
    callspec = getattr(request.node, "callspec", None)
    screen = callspec.params.get("screen") if callspec else None
    shared = screen is not None and screen.name not in CHANGES_THE_WINDOW
    if shared and language in shared_windows:
        window = shared_windows[language]
        back_to_the_client_list(window, qtbot)
    else:
        copy_store(demo_store, data_dir)
        window = MainWindow(data_dir, vault=KeyringVault(FailKeyring()),
                            ask=lambda new, error: PASSPHRASE)
        if shared:  # one at a time: the other languages' are done (language-major order)
            close_windows(shared_windows)
            shared_windows[language] = window
        else:
            qtbot.addWidget(window, before_close_func=discard_open_editors)
        window.show()
        window.activateWindow()  # the shortcuts act in the active window
        assert window.unlock()
        window.navigation.setCurrentRow(window.stack.indexOf(window.clients))
        qtbot.waitUntil(lambda: window.clients.model.rowCount() == 6, timeout=TIMEOUT)
    yield window
    if shared:
        close_what_the_screen_opened(window)
    i18n.install("fi")


def back_to_the_client_list(window: MainWindow, qtbot: QtBot) -> None:
    window.navigation.setCurrentRow(window.stack.indexOf(window.clients))
    window.clients.show_list()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=TIMEOUT)
    settle(window, qtbot)


def close_what_the_screen_opened(window: MainWindow) -> None:
    discard_open_editors(window)
    for top in QApplication.topLevelWidgets():
        if top is not window and top.isVisible() and isinstance(top, QDialog):
            top.reject()


def settle(window: MainWindow, qtbot: QtBot) -> None:
    """Wait until every background read has been shown."""
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=TIMEOUT)


# --- getting to each screen -----------------------------------------------------------------
Opener = Callable[[MainWindow, QtBot], QWidget]


def page(number: int, ready: Callable[[MainWindow], bool] = lambda w: True) -> Opener:
    """Alt+1 … Alt+7 open the navigation's pages."""
    def open_page(window: MainWindow, qtbot: QtBot) -> QWidget:
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0.value + number),
                       Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: window.stack.currentIndex() == number - 1, timeout=TIMEOUT)
        settle(window, qtbot)
        qtbot.waitUntil(lambda: ready(window), timeout=TIMEOUT)
        return window
    return open_page


def workspace(window: MainWindow, qtbot: QtBot, name: str) -> ClientWorkspace:
    model = window.clients.model
    row = next(r for r in range(model.rowCount()) if name in model.row_at(r).name)
    window.clients.view.setCurrentIndex(model.index(row, 0))
    window.clients.view.activated.emit(model.index(row, 0))  # Enter on the row
    space = window.clients.workspace
    qtbot.waitUntil(lambda: space.bundle is not None, timeout=TIMEOUT)
    settle(window, qtbot)
    return space


def workspace_tab(index: int, name: str = "Mäkinen") -> Opener:
    def open_tab(window: MainWindow, qtbot: QtBot) -> QWidget:
        space = workspace(window, qtbot, name)
        space.tabs.setCurrentIndex(index)
        return window
    return open_tab


def plan(name: str, *, page_of: Callable[[PlanEditor], QWidget],
         then: Callable[[PlanEditor, QtBot], object] = lambda e, q: None) -> Opener:
    def open_plan(window: MainWindow, qtbot: QtBot) -> QWidget:
        space = workspace(window, qtbot, name)
        editor = space.plan_editor
        space.tabs.setCurrentWidget(editor)
        qtbot.waitUntil(lambda: editor.pages.currentWidget() is page_of(editor),
                        timeout=TIMEOUT)
        then(editor, qtbot)
        return window
    return open_plan


def draft_with_rows_chosen(editor: PlanEditor, qtbot: QtBot) -> None:
    """A goal and a service chosen: their detail fields are enabled."""
    editor.goal_view.selectRow(0)
    editor.service_view.selectRow(0)


def asking_to_agree(editor: PlanEditor, qtbot: QtBot) -> None:
    draft_with_rows_chosen(editor, qtbot)
    editor.ask_agree.click()


def asking_to_close(editor: PlanEditor, qtbot: QtBot) -> None:
    draft_with_rows_chosen(editor, qtbot)
    editor.ask_close.click()


def closed(editor: PlanEditor, qtbot: QtBot) -> None:
    """Closing the plan leaves it readable, with a button to start a new one."""
    editor.ask_close.click()
    editor.close_row.confirm.click()
    qtbot.waitUntil(lambda: editor.ask_close.isHidden()
                    and not editor.new_plan_after_closed.isHidden(), timeout=TIMEOUT)


def workspace_dialog(open_dialog: Callable[[ClientWorkspace], QWidget | None]) -> Opener:
    def open_it(window: MainWindow, qtbot: QtBot) -> QWidget:
        dialog = open_dialog(workspace(window, qtbot, "Mäkinen"))
        assert dialog is not None
        qtbot.waitUntil(dialog.isVisible, timeout=TIMEOUT)
        return dialog
    return open_it


def new_client(window: MainWindow, qtbot: QtBot) -> QWidget:
    dialog = window.clients.open_new_client()
    assert dialog is not None
    return dialog


def meeting_tab(index: int) -> Opener:
    """An existing meeting, opened from the workspace's meeting list with Enter."""
    def open_meeting(window: MainWindow, qtbot: QtBot) -> QWidget:
        space = workspace(window, qtbot, "Mäkinen")
        space.tabs.setCurrentIndex(space.tabs.indexOf(space.meeting_view.parentWidget()))
        space.meeting_view.activated.emit(space.meetings.index(0, 0))
        editor = only_editor(window, qtbot)
        editor.tabs.setCurrentIndex(index)
        return editor
    return open_meeting


def settings_tab(index: int) -> Opener:
    def open_tab(window: MainWindow, qtbot: QtBot) -> QWidget:
        page(6, lambda w: bool(w.settings.name.text()))(window, qtbot)
        window.settings.tabs.setCurrentIndex(index)
        settle(window, qtbot)
        return window
    return open_tab


def meeting_types_tab(window: MainWindow, qtbot: QtBot) -> QWidget:
    """Settings → Meeting types, the discharge meeting chosen (Copy enabled)."""
    page(6, lambda w: bool(w.settings.name.text()))(window, qtbot)
    box = window.settings.meeting_types
    window.settings.tabs.setCurrentWidget(box)
    qtbot.waitUntil(lambda: box.model.rowCount() > 2, timeout=TIMEOUT)
    settle(window, qtbot)
    box.view.selectRow(2)
    return window


def meeting_type_dialog(tab: int) -> Opener:
    """The editor of a copy of the chosen type, on ``tab``."""
    def open_dialog(window: MainWindow, qtbot: QtBot) -> QWidget:
        meeting_types_tab(window, qtbot)
        dialog = window.settings.meeting_types.copy()
        assert dialog is not None
        qtbot.waitUntil(dialog.isVisible, timeout=TIMEOUT)
        dialog.tabs.setCurrentIndex(tab)
        return dialog
    return open_dialog


def meeting_dialog(open_it: Callable[[MeetingEditor], QWidget | None]) -> Opener:
    """A dialog the meeting editor opens (find a time, follow-ups), once it has its data."""
    def open_dialog(window: MainWindow, qtbot: QtBot) -> QWidget:
        editor = meeting_tab(0)(window, qtbot)
        assert isinstance(editor, MeetingEditor)
        dialog = open_it(editor)
        assert dialog is not None
        qtbot.waitUntil(lambda: not window.runner.busy, timeout=TIMEOUT)
        settle(window, qtbot)
        return dialog
    return open_dialog


def only_editor(window: MainWindow, qtbot: QtBot) -> MeetingEditor:
    editors = window.clients.meeting_editors.open_editors
    qtbot.waitUntil(lambda: len(editors) == 1 and editors[0].bundle is not None,
                    timeout=TIMEOUT)
    settle(window, qtbot)
    return editors[0]


def new_meeting_with_ctrl_n(window: MainWindow, qtbot: QtBot) -> QWidget:
    """Ctrl+N on the client list: a new meeting with a client picker."""
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = only_editor(window, qtbot)
    assert editor.details.client_picker is not None
    return editor


def new_meeting_for_client(window: MainWindow, qtbot: QtBot) -> QWidget:
    """Ctrl+N in a client's workspace: a new meeting for that client."""
    workspace(window, qtbot, "Mäkinen")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = only_editor(window, qtbot)
    assert editor.details.client_picker is None
    return editor


def directory_dialog(person: bool) -> Opener:
    def open_it(window: MainWindow, qtbot: QtBot) -> QWidget:
        page(5, lambda w: w.directory.people.rowCount() > 0)(window, qtbot)
        directory = window.directory
        if person:
            directory.people_view.setCurrentIndex(directory.people.index(0, 0))
            dialog = directory.open_person_dialog(edit=True)
        else:
            dialog = directory.open_agency_dialog(edit=False)
        assert dialog is not None
        return dialog
    return open_it


def marking_done(window: MainWindow, qtbot: QtBot) -> QWidget:
    page(4, lambda w: w.actions.model.rowCount() > 0)(window, qtbot)
    window.actions.view.setCurrentIndex(window.actions.model.index(0, 0))
    window.actions.mark_done.click()
    return window


def locked(window: MainWindow, qtbot: QtBot) -> QWidget:
    window.lock()
    return window


# screens that leave their window changed: each gets a window of its own
CHANGES_THE_WINDOW = {"actions-marking-done", "workspace-plan-agreeing",
                      "workspace-plan-closing", "workspace-plan-closed", "locked"}


@dataclass(frozen=True)
class Screen:
    name: str
    open: Opener


SCREENS = [
    Screen("home", page(1, lambda w: w.home.content is not None)),
    Screen("clients", page(2)),
    Screen("calendar", page(3)),
    Screen("actions", page(4, lambda w: w.actions.model.rowCount() > 0)),
    Screen("actions-marking-done", marking_done),
    Screen("directory", page(5, lambda w: w.directory.people.rowCount() > 0)),
    Screen("settings", page(6, lambda w: bool(w.settings.name.text()))),
    Screen("settings-mail", settings_tab(1)),
    Screen("settings-calendar", settings_tab(2)),
    Screen("settings-scheduling", settings_tab(3)),
    Screen("settings-signing", settings_tab(4)),
    Screen("settings-meeting-types", meeting_types_tab),
    *[Screen(f"meeting-type-{tab}", meeting_type_dialog(tab)) for tab in range(4)],
    Screen("settings-reminders", settings_tab(6)),
    Screen("settings-store", settings_tab(8)),
    Screen("verify-a-pdf", page(7)),
    Screen("workspace-overview", workspace_tab(0)),
    Screen("workspace-plan-draft", plan("Mäkinen", page_of=lambda e: e.plan_page,
                                        then=draft_with_rows_chosen)),
    Screen("workspace-plan-agreeing", plan("Mäkinen", page_of=lambda e: e.plan_page,
                                           then=asking_to_agree)),
    Screen("workspace-plan-closing", plan("Mäkinen", page_of=lambda e: e.plan_page,
                                          then=asking_to_close)),
    Screen("workspace-plan-agreed", plan("Rahimi", page_of=lambda e: e.plan_page)),
    Screen("workspace-plan-closed", plan("Rahimi", page_of=lambda e: e.plan_page,
                                         then=closed)),
    Screen("workspace-plan-none-yet", plan("Virtanen", page_of=lambda e: e.empty_page)),
    Screen("workspace-consents", workspace_tab(2)),
    Screen("workspace-meetings", workspace_tab(3)),
    Screen("workspace-actions", workspace_tab(4)),
    Screen("workspace-log", workspace_tab(5)),
    Screen("workspace-requests", workspace_tab(6)),
    Screen("new-client", new_client),
    Screen("client-details", workspace_dialog(lambda s: s.open_client_dialog())),
    Screen("contact", workspace_dialog(lambda s: s.open_contact_dialog())),
    Screen("consent", workspace_dialog(lambda s: s.open_consent_dialog())),
    Screen("information-request", workspace_dialog(lambda s: s.open_request_dialog())),
    Screen("request-sent", workspace_dialog(lambda s: (s.requests_tab.view.selectRow(0),
                                                       s.open_sent_dialog())[1])),
    Screen("request-answered", workspace_dialog(lambda s: (s.requests_tab.view.selectRow(0),
                                                           s.open_answer_dialog())[1])),
    Screen("meeting-details", meeting_tab(0)),
    Screen("meeting-participants", meeting_tab(1)),
    Screen("meeting-notes", meeting_tab(2)),
    Screen("meeting-agreed-actions", meeting_tab(3)),
    Screen("meeting-schedule-and-invites", meeting_tab(4)),
    Screen("meeting-earlier-actions", meeting_tab(5)),
    Screen("find-a-time", meeting_dialog(lambda e: e.open_find_time())),
    Screen("follow-ups", meeting_dialog(lambda e: e.open_followups())),
    Screen("new-meeting-choosing-client", new_meeting_with_ctrl_n),
    Screen("new-meeting-for-client", new_meeting_for_client),
    Screen("agency", directory_dialog(person=False)),
    Screen("person", directory_dialog(person=True)),
    Screen("locked", locked),
]


@pytest.mark.parametrize("screen", SCREENS, ids=[s.name for s in SCREENS])
def test_screen_is_usable_by_keyboard(window: MainWindow, qtbot: QtBot, screen: Screen) -> None:
    top = screen.open(window, qtbot)
    assert top.isVisible()
    problems = audit(top)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("new_store", [False, True], ids=["open", "new"])
def test_passphrase_dialog_is_usable_by_keyboard(qtbot: QtBot, language: str,
                                                 new_store: bool) -> None:
    i18n.install(language)
    try:
        dialog = PassphraseDialog(new_store)
        qtbot.addWidget(dialog)
        dialog.show()
        problems = audit(dialog)
    finally:
        i18n.install("fi")
    assert not problems, "\n".join(problems)


def test_the_audit_finds_what_a_keyboard_user_would_stumble_on(qtbot: QtBot) -> None:
    """The checks themselves: a form with a clash, a nameless input and Tab going backwards."""
    form = QWidget()
    qtbot.addWidget(form)
    layout = QFormLayout(form)
    name, number, nameless = QLineEdit(), QLineEdit(), QLineEdit()
    layout.addRow("&Name:", name)
    layout.addRow("&Number:", number)
    layout.addRow(nameless)
    layout.addRow(QLabel("&Orphan:"))
    QWidget.setTabOrder(nameless, number)
    QWidget.setTabOrder(number, name)
    form.show()
    problems = audit(form)
    assert "no accessible name: QLineEdit('')" in problems
    assert "mnemonic 'n' used by ['&Name:', '&Number:']" in problems
    assert "mnemonic label without a buddy: QLabel('&Orphan:')" in problems
    assert any(p.startswith("Tab out of reading order in QFormLayout") for p in problems)
    nameless.setAccessibleName("Notes")
    QWidget.setTabOrder(name, number)
    QWidget.setTabOrder(number, nameless)
    assert not [p for p in audit(form) if "name" in p and "mnemonic" not in p]
    assert not [p for p in audit(form) if p.startswith("Tab")]


def test_escape_answers_no_to_the_inline_agreement_question(window: MainWindow,
                                                            qtbot: QtBot) -> None:
    """The question's Cancel has no mnemonic (the plan tab used up the letters): Esc it is."""
    plan("Mäkinen", page_of=lambda e: e.plan_page)(window, qtbot)
    editor = window.clients.workspace.plan_editor
    editor.ask_agree.click()
    assert editor.agree_row.isVisible() and editor.agree_row.tick is not None
    qtbot.keyClick(editor.agree_row.tick, Qt.Key.Key_Escape)
    assert editor.agree_row.isHidden()
    assert window.planner is not None and editor.view is not None
    assert window.planner.plans.view(editor.view.plan.id or 0).version.status == \
        PlanStatus.DRAFT


def test_alt_and_a_number_opens_each_page(window: MainWindow, qtbot: QtBot) -> None:
    """Alt+1 … Alt+6 in the navigation's order (Home, Clients, Calendar, Actions, Agencies
    and people, Settings), from wherever the focus is."""
    pages = [window.home, window.clients, window.calendar, window.actions, window.directory,
             window.settings]
    window.clients.search.setFocus()
    for number in (6, 2, 5, 3, 4, 1):
        qtbot.keyClick(window.focusWidget() or window, Qt.Key(Qt.Key.Key_0.value + number),
                       Qt.KeyboardModifier.AltModifier)
        assert window.stack.currentWidget() is pages[number - 1]
        assert window.navigation.currentRow() == number - 1
