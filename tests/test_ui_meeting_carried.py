"""The meeting editor's Earlier actions tab (issue 14): the client's earlier open actions with a
decision and a note, saved to the actions; a refusal is said in Finnish and loses nothing."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from planner.domain.enums import ActionStatus, CarriedOutcome
from tests.support.keyboard import audit
from tests.test_ui_meeting_editor import only_editor, service, type_text
from ui.shell.main_window import MainWindow


def test_decisions_are_chosen_noted_and_saved_to_the_actions(window: MainWindow,
                                                             qtbot: QtBot) -> None:
    planner = service(window)
    actions = planner.actions.list()
    [pension] = [a for a in actions if a.description.startswith("Eläkkeensaajan")]
    [housing] = [a for a in actions if a.description == "Tilapäinen asunto"]
    follow_up = min((m for m in planner.meetings.list(client_id=pension.client_id)
                     if m.title == "Seurantaneuvottelu"), key=lambda m: m.start)
    window.clients.open_meeting(follow_up.id)
    editor = only_editor(window, qtbot)
    panel = editor.carried
    editor.tabs.setCurrentWidget(panel)
    assert editor.tabs.isTabEnabled(editor.tabs.indexOf(panel))
    assert editor.tabs.tabText(editor.tabs.indexOf(panel)) == "Aiemmat toimenpiteet"
    assert [action_id for action_id, _d, _n in panel.rows][0] == pension.id
    assert housing.id not in [action_id for action_id, _d, _n in panel.rows]
    texts = " ".join(label.text() for label in panel.findChildren(QLabel))
    assert "myöhässä" in texts and "Lääkkeet saatu käyttöön" in texts
    assert audit(editor) == []  # every decision and note reached by Tab, named for a reader

    _id, decision, note = panel.rows[0]
    decision.setCurrentIndex(decision.findData(CarriedOutcome.DONE))
    panel.save.click()  # done without a note: refused, the choice kept
    assert panel.message.text() == "Kirjaa valmistuneelle toimenpiteelle lyhyt huomautus."
    assert decision.currentData() == CarriedOutcome.DONE
    type_text(note, "Hakemus jätetty 24.11.")
    panel.save.click()
    stored = next(a for a in planner.actions.list() if a.id == pension.id)
    assert (stored.status, stored.completion_note) == (ActionStatus.DONE,
                                                       "Hakemus jätetty 24.11.")
    assert "Päätökset tallennettu" in panel.message.text()
    qtbot.waitUntil(lambda: panel.rows and panel.rows[0][1].currentData()
                    == CarriedOutcome.DONE and panel.rows[0][2].text() == "Hakemus jätetty 24.11.",
                    timeout=5000)
