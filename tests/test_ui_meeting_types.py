"""Issue 14: "Uusi tapaaminen" starts from a meeting type — the agenda, length and mode are
filled and the client's named contacts that fit the type's roles are proposed as
participants (confirmed by Save); the roles nobody fits are named."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from planner.domain.enums import MeetingMode
from tests.test_ui_meeting_editor import only_editor, open_client, service, type_text
from ui.shell.main_window import MainWindow


def test_a_discharge_meeting_proposes_her_contacts_and_names_home_care_missing(
        window: MainWindow, qtbot: QtBot) -> None:
    open_client(window, qtbot, "Korhonen")
    window.clients.workspace.new_meeting.click()
    editor = only_editor(window, qtbot)
    details = editor.details
    assert details.meeting_type.isVisibleTo(editor)
    index = details.meeting_type.findData("discharge_meeting")
    assert details.meeting_type.itemText(index) == "Kotiutusneuvottelu"
    details.meeting_type.setCurrentIndex(index)
    details.meeting_type.activated.emit(index)  # as a person's choice
    qtbot.waitUntil(lambda: details.type_note.isVisibleTo(editor), timeout=5000)
    assert details.title.text() == "Kotiutusneuvottelu"
    assert details.minutes.value() == 60
    assert details.agenda.items()[0] == "Tilanne kotiutuessa"
    names = [line.name for line in editor.participants.pending.lines()]
    assert names == ["Liisa Mäkelä", "Katja Salonen", "Pekka Laine"]
    note = details.type_note.text()
    assert "Liisa Mäkelä" in note and "Kotihoito" in note
    # choosing again adds nobody twice
    details.meeting_type.activated.emit(index)
    qtbot.waitUntil(lambda: "Liisa" not in details.type_note.text(), timeout=5000)
    assert len(editor.participants.pending.lines()) == 3
    details.meeting_type.setCurrentIndex(details.meeting_type.findData("sickness_day_60"))
    details.meeting_type.activated.emit(details.meeting_type.currentIndex())
    assert details.mode.currentData() == MeetingMode.REMOTE.value
    assert details.title.text() == "Kotiutusneuvottelu"  # a title already there is kept

    details.meeting_type.setCurrentIndex(index)
    details.meeting_type.activated.emit(index)
    qtbot.keyClicks(details.location, "Tays, osasto 4")
    type_text(details.title, "Kotiutus")
    editor.save.click()
    qtbot.waitUntil(lambda: editor.meeting_id is not None, timeout=5000)
    stored = service(window).meeting_details.get(editor.meeting_id)
    assert [p.name for p in stored.participants] == names
    # a saved meeting keeps its own
    qtbot.waitUntil(lambda: not details.meeting_type.isVisibleTo(editor), timeout=5000)
    assert not details.type_note.isVisibleTo(editor)
