"""Every screen, in Finnish, Swedish and English, at 1366×768 and with a 150 % font: no label,
button, tab, group title or table header may be cut (issue 13, defect 4).

One window per language and size walks the screens a social worker uses — the opening and locked
panels, each page and its tabs, a client's workspace tabs, the client, consent and contact
dialogs (with the HETU error showing), the information request's dialogs, the meeting editor's
tabs with its find-a-time and follow-up dialogs, the directory's dialogs, the reminders' preview
and the passphrase dialog — and collects what tests/support/clipping.py finds cut on each. The
test fails listing them all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.support.clipping import clips
from tests.support.windows import demo_window
from ui import i18n
from ui.shell.main_window import MainWindow

SCREEN = (1366, 768)
LANGUAGES = ("fi", "sv", "en")


@pytest.fixture
def font_scale(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[float]:
    scale: float = request.param
    font = qapp.font()
    if scale != 1.0:
        bigger = type(font)(font)
        bigger.setPointSizeF(font.pointSizeF() * scale)
        qapp.setFont(bigger)
    yield scale
    qapp.setFont(font)


class Walk:
    """Shows one screen after another and keeps what is cut on each."""

    def __init__(self, qtbot: QtBot, window: MainWindow) -> None:
        self.qtbot = qtbot
        self.window = window
        self.found: list[str] = []

    def settle(self) -> None:
        self.qtbot.waitUntil(lambda: not self.window.runner.busy, timeout=10_000)
        self.qtbot.wait(10)  # the deferred refreshes and fits (one event-loop turn each)
        for widget in QApplication.topLevelWidgets():  # then the layouts they asked for
            if widget.isVisible() and widget.layout() is not None:
                widget.layout().activate()
        self.qtbot.wait(10)

    def check(self, screen: str, root: QWidget | None = None) -> None:
        self.settle()
        self.found += [f"{screen}: {clip}" for clip in clips(root or self.window)]

    def dialog(self, screen: str, open_it: Callable[[], QWidget | None],
               then: Callable[[QWidget], None] | None = None) -> QWidget:
        dialog = open_it()
        assert dialog is not None, screen
        self.qtbot.waitUntil(dialog.isVisible, timeout=5000)
        if then is not None:
            then(dialog)
        self.check(screen, dialog)
        return dialog


def close(dialog: QWidget) -> None:
    """Whatever the walk typed is thrown away without the unsaved-changes question."""
    discarding = getattr(dialog, "discard_changes", None)
    if discarding is not None:
        discarding()
    closing = getattr(dialog, "close_without_asking", None)
    if closing is not None:
        closing()
    else:
        dialog.close()


def walk_every_screen(walk: Walk) -> None:
    window = walk.window
    window.lock()
    walk.check("locked")
    window.locked.show_busy(window.tr("Opening the store…"))
    walk.check("opening the store")
    assert window.unlock()
    walk.settle()
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
        page = window.stack.currentWidget()
        walk.check(f"page {row}")
        tabs = getattr(page, "tabs", None)
        for tab in range(1, tabs.count() if tabs is not None else 0):
            tabs.setCurrentIndex(tab)
            walk.check(f"page {row} tab {tab}")

    directory = window.directory
    directory.agency_view.selectRow(0)
    for edit in (False, True):
        close(walk.dialog(f"agency dialog (edit {edit})",
                          lambda e=edit: directory.open_agency_dialog(edit=e)))
    close(walk.dialog("person dialog", lambda: directory.open_person_dialog(edit=False)))
    # the reminders' preview with its recipients listed and the first message shown
    close(walk.dialog("reminders dialog", window.actions.open_reminders,
                      lambda d: walk.qtbot.waitUntil(
                          lambda: d.recipients.topLevelItemCount() > 0, timeout=10_000)))

    walk_meeting_type_dialog(walk)

    window.navigation.setCurrentRow(0)
    clients = window.clients
    close(walk.dialog("new client dialog", clients.open_new_client,
                      lambda d: d.hetu.setText("010101-123X")))  # the check character's error
    clients.open_client(clients.model.row_at(0).id)
    walk.settle()
    space = clients.workspace
    for tab in range(space.tabs.count()):
        space.tabs.setCurrentIndex(tab)
        walk.check(f"workspace tab {tab}")
    close(walk.dialog("client dialog", space.open_client_dialog,
                      lambda d: d.hetu.setText("131052-308U")))
    close(walk.dialog("consent dialog", space.open_consent_dialog))
    close(walk.dialog("contact dialog", space.open_contact_dialog))
    # issue 15: the demo father's overdue information request, and the request's dialogs
    # (the new one with its errors and the missing-basis warning showing)
    model = clients.model
    clients.open_client(next(model.row_at(r).id for r in range(model.rowCount())
                             if "Mäkinen" in model.row_at(r).name))
    walk.settle()
    space.tabs.setCurrentWidget(space.requests_tab)
    space.requests_tab.view.selectRow(0)
    walk.check("workspace requests tab")
    close(walk.dialog("request dialog", lambda: space.open_request_dialog(edit=True)))
    close(walk.dialog("new request dialog", space.open_request_dialog, lambda d: d.ok.click()))
    close(walk.dialog("request sent dialog", space.open_sent_dialog))
    close(walk.dialog("request answer dialog", space.open_answer_dialog,
                      lambda d: d.submit()))

    meetings = space.meetings
    meeting = next(meetings.row_at(r) for r in range(meetings.rowCount())
                   if meetings.row_at(r).status != "held")
    editor = walk.dialog("meeting editor", lambda: clients.open_meeting(meeting.id))
    walk.settle()
    for tab in range(editor.tabs.count()):
        if editor.tabs.isTabEnabled(tab):
            editor.tabs.setCurrentIndex(tab)
            walk.check(f"meeting editor tab {tab}", editor)
    editor.tabs.setCurrentIndex(0)
    finder = walk.dialog("find a time", editor.open_find_time)
    finder.reject()
    followups = walk.dialog("follow-ups", editor.open_followups)
    followups.reject()
    close(editor)

    from ui.shell.passphrase_dialog import PassphraseDialog

    for new_store in (True, False):
        asking = PassphraseDialog(new_store, error=window.tr("Opening the store…"),
                                  parent=window)
        walk.qtbot.addWidget(asking)
        walk.dialog(f"passphrase dialog (new {new_store})", lambda a=asking: (a.show(), a)[1])
        asking.reject()


def walk_meeting_type_dialog(walk: Walk) -> None:
    """Settings → Meeting types: a copy of the discharge meeting (its five participants,
    the longest names) on each of the editor's tabs."""
    window = walk.window
    window.navigation.setCurrentRow(window.stack.indexOf(window.settings))
    types = window.settings.meeting_types
    window.settings.tabs.setCurrentWidget(types)
    walk.settle()
    types.view.selectRow(next(r for r in range(types.model.rowCount())
                              if types.model.row_at(r).code == "discharge_meeting"))
    dialog = walk.dialog("meeting type dialog", types.copy)
    for tab in range(1, dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(tab)
        walk.check(f"meeting type dialog tab {tab}", dialog)
    close(dialog)


@pytest.mark.parametrize("font_scale", [1.0, 1.5], indirect=True, ids=["100%", "150%"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_no_text_is_cut_on_any_screen(qtbot: QtBot, data_dir: Path, language: str,
                                      font_scale: float) -> None:
    i18n.install(language)
    window = demo_window(qtbot, data_dir)
    window.resize(*SCREEN)
    walk = Walk(qtbot, window)
    walk_every_screen(walk)
    assert not walk.found, "\n".join(walk.found)


def test_a_narrow_window_shows_the_pages_as_icons_with_their_names_as_tooltips(
        qtbot: QtBot, data_dir: Path) -> None:
    """Too narrow for the pages and the names together (790 px), the navigation keeps its
    icons and moves the names to tooltips and accessible names instead of cutting them; with
    room again the names come back."""
    from PySide6.QtCore import Qt

    window = demo_window(qtbot, data_dir)
    navigation = window.navigation
    window.resize(790, 540)
    qtbot.waitUntil(lambda: navigation.compact, timeout=3000)
    for row in range(navigation.count()):
        item = navigation.item(row)
        assert item.text() == "" and not item.icon().isNull()
        assert item.toolTip() == navigation.title(row) != ""
        assert item.data(Qt.ItemDataRole.AccessibleTextRole) == navigation.title(row)
    assert not [clip for clip in clips(window) if "Navigation" in clip.widget
                or "Siirtyminen" in clip.widget]
    window.resize(*SCREEN)
    qtbot.waitUntil(lambda: not navigation.compact, timeout=3000)
    assert [navigation.item(r).text() for r in range(navigation.count())][:2] == [
        "Etusivu", "Asiakkaat"]
