"""The whole workflow through the real widgets, as a Kela expert does it on a temporary store.

A new client with a HETU → consent for three agencies → a plan written and agreed with the
client → a meeting with people from four agencies (one without consent: the warning shows)
→ two agreed actions, one marked done → lock → unlock: everything is still there.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from planner.domain.enums import ActionStatus, PlanStatus
from planner.messages import translate
from tests.factories import TZ
from tests.test_ui_meeting_editor import type_text
from ui.meetings.editor import MeetingEditor
from ui.shell.main_window import MainWindow

CONSENTED = ("Kela, Läntinen", "Pirkanmaan hyvinvointialue, Aikuissosiaalityö", "Tays, ")
PEOPLE = (("Kela, Läntinen", "Katja Salonen"),
          ("Pirkanmaan hyvinvointialue, Aikuissosiaalityö", "Liisa Mäkelä"),
          ("Tays", "Pekka Laine"),
          ("Pirkanmaan hyvinvointialue, Hervannan", "Heikki Saarinen"))  # no consent


def pick(combo: QComboBox, prefix: str) -> None:
    combo.setCurrentIndex(next(i for i in range(combo.count())
                               if combo.itemText(i).startswith(prefix)))


def create_client(window: MainWindow, qtbot: QtBot) -> int:
    dialog = window.clients.open_new_client()
    assert dialog is not None
    type_text(dialog.first_names, "Helmi Aurora")
    type_text(dialog.last_name, "Lindqvist")
    qtbot.keyClicks(dialog.hetu, "131052-308T")
    assert "13.10.1952" in dialog.hetu_hint.text()
    dialog.ok.click()
    space = window.clients.workspace
    qtbot.waitUntil(lambda: space.bundle is not None
                    and space.bundle.client.last_name == "Lindqvist", timeout=5000)
    return space.bundle.client.id or 0  # type: ignore[union-attr]


def record_consent(window: MainWindow, qtbot: QtBot) -> None:
    space = window.clients.workspace
    space.tabs.setCurrentIndex(space.tabs.indexOf(space.consent_view.parentWidget()))
    dialog = space.open_consent_dialog()
    assert dialog is not None
    for index in range(dialog.agencies.count()):
        if dialog.agencies.item(index).text().startswith(CONSENTED):
            dialog.agencies.item(index).setCheckState(Qt.CheckState.Checked)
    type_text(dialog.purpose, "Kuntoutuksen ja toimeentulon verkostoneuvottelut")
    dialog.ok.click()
    qtbot.waitUntil(lambda: space.consents.rowCount() == 1, timeout=5000)
    assert len(space.consents.row_at(0).agency_ids) == 3


def write_and_agree_plan(window: MainWindow, qtbot: QtBot) -> None:
    editor = window.clients.workspace.plan_editor
    window.clients.workspace.tabs.setCurrentWidget(editor)
    qtbot.waitUntil(lambda: editor.pages.currentWidget() is editor.empty_page, timeout=5000)
    editor.new_plan.click()
    qtbot.waitUntil(lambda: editor.view is not None, timeout=5000)
    type_text(editor.situation, "Lonkkamurtuman jälkeen kotona; toimeentulo tiukoilla.")
    editor.add_goal.click()
    type_text(editor.goal_description, "Asuu turvallisesti kotona")
    editor.save.click()
    qtbot.waitUntil(lambda: editor.view is not None and len(editor.view.goals) == 1,
                    timeout=5000)
    editor.ask_agree.click()
    assert editor.agree_row.tick is not None
    editor.agree_row.tick.setChecked(True)
    editor.agree_row.confirm.click()
    qtbot.waitUntil(lambda: editor.view is not None
                    and editor.view.version.status == PlanStatus.AGREED, timeout=5000)


def plan_meeting(window: MainWindow, qtbot: QtBot) -> MeetingEditor:
    space = window.clients.workspace
    space.tabs.setCurrentIndex(space.tabs.indexOf(space.meeting_view.parentWidget()))
    window.activateWindow()  # the dialogs before had the focus
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editors = window.clients.meeting_editors.open_editors
    qtbot.waitUntil(lambda: len(editors) == 1 and editors[0].bundle is not None, timeout=5000)
    editor = editors[0]
    details = editor.details
    type_text(details.title, "Kotiutumisen verkostoneuvottelu")
    details.date.setDate(QDate(2026, 12, 8))
    details.time.setTime(QTime(9, 30))
    type_text(details.location, "Hervannan sote-keskus, neuvotteluhuone 2")
    editor.save.click()
    assert editor.meeting_id is not None
    panel = editor.participants
    editor.tabs.setCurrentWidget(panel)
    panel.add_client.click()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5000)
    for agency, person in PEOPLE:
        pick(panel.agency, agency)
        pick(panel.person, person)
        count = panel.model.rowCount()
        panel.add_person.click()
        qtbot.waitUntil(lambda n=count: panel.model.rowCount() == n + 1, timeout=5000)
    return editor


def test_the_whole_workflow(window: MainWindow, qtbot: QtBot) -> None:
    client_id = create_client(window, qtbot)
    record_consent(window, qtbot)
    write_and_agree_plan(window, qtbot)

    editor = plan_meeting(window, qtbot)
    panel = editor.participants
    no_consent = translate("warning.no_consent", "fi",
                           agency="Pirkanmaan hyvinvointialue, Hervannan sote-keskus")
    qtbot.waitUntil(lambda: panel.warnings.isVisible(), timeout=5000)
    assert panel.warning_text().splitlines() == [f"⚠ {no_consent}"]  # Hervanta, inline
    meeting_id = editor.meeting_id or 0

    actions = editor.agreed_actions
    editor.tabs.setCurrentWidget(actions)
    qtbot.waitUntil(lambda: actions.responsible.count() > 1, timeout=5000)
    for text, person, due in (("Eläkkeensaajan asumistuen hakemus", "Katja Salonen",
                               QDate(2026, 12, 15)),
                              ("Kotihoidon arviointikäynti", "Liisa Mäkelä",
                               QDate(2026, 12, 20))):
        type_text(actions.description, text)
        pick(actions.responsible, person)
        actions.due.setDate(due)
        count = actions.model.rowCount()
        actions.add.click()
        qtbot.waitUntil(lambda n=count: actions.model.rowCount() == n + 1, timeout=5000)
    actions.view.selectRow(0)
    actions.new_status.setCurrentIndex(actions.new_status.findData(ActionStatus.DONE.value))
    type_text(actions.completion_note, "Hakemus tehty yhdessä asiakkaan kanssa.")
    actions.mark.click()
    qtbot.waitUntil(lambda: actions.model.row_at(0).status == ActionStatus.DONE, timeout=5000)
    editor.close_button.click()
    qtbot.waitUntil(lambda: not window.clients.meeting_editors.open_editors, timeout=5000)

    # the actions overview: only the open one is left
    window.navigation.setCurrentRow(window.stack.indexOf(window.actions))
    page = window.actions

    def mine() -> list[str]:
        return [page.model.row_at(r).description for r in range(page.model.rowCount())
                if page.model.row_at(r).client_id == client_id]

    # The page followed each change as it was made; it settles on the open one alone.
    qtbot.waitUntil(lambda: mine() == ["Kotihoidon arviointikäynti"], timeout=5000)

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not window.is_unlocked
    assert window.central.currentWidget() is window.locked
    assert page.model.rowCount() == 0 and window.clients.model.rowCount() == 0
    assert window.clients.workspace.bundle is None

    window.locked.retry.click()
    assert window.is_unlocked
    assert window.planner is not None
    detail = window.planner.meeting_details.get(meeting_id)
    assert detail.meeting.start == datetime(2026, 12, 8, 9, 30, tzinfo=TZ)
    assert len(detail.participants) == 5
    assert {a.status for a in window.planner.actions.list(meeting_id=meeting_id)} == {
        ActionStatus.DONE, ActionStatus.OPEN}
    assert window.planner.audit.verify().intact


def test_ctrl_l_locks_from_inside_an_open_editor(window: MainWindow, qtbot: QtBot) -> None:
    """The editor is window-modal; the lock key still works there, and says what was lost."""
    create_client(window, qtbot)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editors = window.clients.meeting_editors.open_editors
    qtbot.waitUntil(lambda: len(editors) == 1 and editors[0].bundle is not None, timeout=5000)
    editor = editors[0]
    type_text(editor.details.title, "Keskeneräinen")  # no place: it cannot be saved
    qtbot.keyClick(editor.details.title, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not window.is_unlocked
    assert not editors and not editor.isVisible()
    assert "Keskeneräinen" in window.locked.message.text()
