"""Two people, one plan (issue 17) in the window: an editor whose record another Planner on
the same store saved meanwhile gets the comparison at Save, and each choice does what it says
— checked in the store after each. The other Planner is a second opening of the same data dir
(another window, or a colleague on the team store: the services are the same)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from keyring.backends.fail import Keyring as FailKeyring
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from planner.crypto.vault import KeyringVault
from planner.domain.enums import ActionStatus, PlanStatus
from planner.errors import EditConflict
from planner.services import GoalInput, PlanDraft, Planner, ProfileInput
from planner.services.actions import ActionInput
from planner.services.changes import Change
from planner.storage.store import open_store
from tests.conftest import PASSPHRASE
from tests.support.dialogs import answer_next_conflict
from tests.test_ui_meeting_editor import open_client, open_from_workspace, planned_meeting
from tests.test_ui_plan import open_plan, stored, type_at_end
from ui.shell.main_window import MainWindow
from ui.widgets.edit_conflict import Choice, EditConflictDialog

BERTTA = "Bertta Berg"


@pytest.fixture
def colleague(data_dir: Path) -> Iterator[Planner]:
    """The same store opened again, saving as Bertta (the profile is the store's)."""
    planner = Planner(open_store(data_dir, vault=KeyringVault(FailKeyring()),
                                 passphrase=lambda: PASSPHRASE, create=False))
    planner.profile.save(ProfileInput(BERTTA))
    yield planner
    planner.close()


def their_draft() -> PlanDraft:
    return PlanDraft("Bertan kirjaama tilanne", "Palvelutarpeet", "Asiakkaan näkemys",
                     date(2027, 3, 1), [GoalInput("Opiskelu alkaa", date(2027, 8, 1))])


@pytest.mark.parametrize("choice", [Choice.KEEP_THEIRS, Choice.SAVED, Choice.KEEP_EDITING])
def test_a_plan_saved_meanwhile_is_compared_and_each_choice_does_what_it_says(
        window: MainWindow, qtbot: QtBot, colleague: Planner, choice: Choice) -> None:
    editor = open_plan(window, qtbot, "Mäkinen")  # the demo's draft
    assert editor.view is not None and editor.view.version.status == PlanStatus.DRAFT
    version_id, read = editor.view.version.id or 0, editor.revision
    colleague.plans.update_draft(version_id, their_draft(), expected_revision=read)
    type_at_end(qtbot, editor.situation, " Ainon lisays.")
    mine = editor.situation.toPlainText()
    seen: list[dict[str, object]] = []
    answer_next_conflict(choice.value, seen)
    editor.save.click()
    assert len(seen) == 1
    shown = seen[0]
    assert str(shown["heading"]).startswith(BERTTA)  # and when: the time of their save
    rows = shown["rows"]
    assert ("Tilanne", "Bertan kirjaama tilanne", mine.strip()) in rows  # type: ignore[operator]
    assert any(label == "Tavoitteet" and "Opiskelu alkaa" in theirs
               for label, theirs, _ in rows)  # type: ignore[attr-defined]
    assert shown["choices"] == ["keep_theirs", "saved", "keep_editing"]
    assert shown["audit"] == []
    if choice == Choice.KEEP_THEIRS:  # mine dropped, theirs shown and expected
        qtbot.waitUntil(lambda: editor.situation.toPlainText() == "Bertan kirjaama tilanne",
                        timeout=5000)
        now = stored(window, editor).version
        assert now.situation == "Bertan kirjaama tilanne" and editor.revision == now.revision
        assert not editor.has_unsaved_changes()
    elif choice == Choice.SAVED:  # over theirs, knowingly
        now = stored(window, editor).version
        assert now.situation == mine.strip() and now.revision == read + 2
        assert [g.description for g in stored(window, editor).goals] != ["Opiskelu alkaa"]
        qtbot.waitUntil(lambda: editor.revision == now.revision, timeout=5000)
    else:  # mine stays in the form, theirs in the store; the next Save overwrites
        assert stored(window, editor).version.situation == "Bertan kirjaama tilanne"
        qtbot.waitUntil(lambda: editor.view is not None
                        and editor.view.version.revision == read + 1, timeout=5000)
        assert editor.situation.toPlainText() == mine and editor.revision == read + 1
        again: list[dict[str, object]] = []
        answer_next_conflict(Choice.KEEP_EDITING.value, again, timeout_ms=500)
        editor.save.click()
        assert again == []  # no second question: theirs has been seen
        assert stored(window, editor).version.situation == mine.strip()


def test_a_draft_changed_meanwhile_is_never_agreed_unseen(window: MainWindow, qtbot: QtBot,
                                                          colleague: Planner) -> None:
    editor = open_plan(window, qtbot, "Mäkinen")
    assert editor.view is not None
    colleague.plans.update_draft(editor.view.version.id or 0, their_draft())
    seen: list[dict[str, object]] = []
    answer_next_conflict(Choice.KEEP_THEIRS.value, seen)
    editor.ask_agree.click()  # nothing typed here: only the agreement itself is refused
    row = editor.agree_row
    assert row.tick is not None
    row.tick.setChecked(True)
    row.confirm.click()
    assert len(seen) == 1 and seen[0]["choices"] == ["keep_theirs", "cancel"]  # no "agree mine"
    assert seen[0]["audit"] == []
    assert stored(window, editor).version.status == PlanStatus.DRAFT
    qtbot.waitUntil(lambda: editor.situation.toPlainText() == "Bertan kirjaama tilanne",
                    timeout=5000)
    assert row.isHidden() and editor.revision == stored(window, editor).version.revision


def test_meeting_notes_saved_meanwhile_keep_theirs(window: MainWindow, qtbot: QtBot,
                                                  colleague: Planner) -> None:
    client_id = open_client(window, qtbot, "Mäkinen")
    meeting_id = planned_meeting(window, client_id)
    editor = open_from_workspace(window, qtbot, meeting_id)
    assert editor.notes_revision == 0  # no notes yet
    colleague.meetings.record_notes(meeting_id, "Bertan päätökset", "", expected_revision=0)
    editor.tabs.setCurrentWidget(editor.notes)
    qtbot.keyClicks(editor.notes.decisions, "Ainon paatokset")
    seen: list[dict[str, object]] = []
    answer_next_conflict(Choice.KEEP_THEIRS.value, seen)
    assert not editor.save_changes()
    assert seen and seen[0]["rows"] == [("Päätökset", "Bertan päätökset", "Ainon paatokset")]
    assert str(seen[0]["heading"]).startswith(BERTTA)
    qtbot.waitUntil(lambda: editor.notes.decisions.toPlainText() == "Bertan päätökset",
                    timeout=5000)
    note = colleague.meeting_details.get(meeting_id).note
    assert note is not None and note.decisions == "Bertan päätökset"
    assert editor.notes_revision == note.revision and not editor.has_unsaved_changes()
    # the details were not stale: a title change now saves without a question
    editor.details.title.setText("Uusi otsikko")
    assert editor.save_changes()
    assert colleague.meeting_details.get(meeting_id).meeting.title == "Uusi otsikko"
    editor.reject()


def test_marking_done_an_action_a_colleague_cancelled(window: MainWindow, qtbot: QtBot,
                                                      colleague: Planner) -> None:
    window.navigation.setCurrentRow(window.stack.indexOf(window.actions))
    page = window.actions
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5000)
    page.view.setCurrentIndex(page.model.index(0, 0))
    action = page.model.row_at(0)
    page.mark_done.click()
    colleague.actions.set_status(action.id, ActionStatus.CANCELLED,
                                 expected_revision=action.revision)
    qtbot.keyClicks(page.done_panel.note, "Hakemus lahetetty")
    seen: list[dict[str, object]] = []
    answer_next_conflict(Choice.KEEP_THEIRS.value, seen)
    qtbot.keyClick(page.done_panel.note, Qt.Key.Key_Return)
    assert seen and ("Tila", "peruttu", "tehty") in seen[0]["rows"]  # type: ignore[operator]
    assert not page.done_panel.isVisible()
    statuses = {r.id: r.status for r in colleague.actions.list(client_id=action.client_id)}
    assert statuses[action.id] == ActionStatus.CANCELLED  # theirs stays
    qtbot.waitUntil(lambda: all(page.model.row_at(r).id != action.id
                                for r in range(page.model.rowCount())), timeout=5000)


def test_the_dialog_without_a_name_and_by_keyboard(window: MainWindow, qtbot: QtBot) -> None:
    """Who saved it is not always known (a log entry the member may not read): the heading
    says so without a name; Esc is the safe answer (keep editing), nothing overwritten."""
    conflict = EditConflict(kind="notes", ident=1, expected=1, current=2,
                            theirs={"decisions": "Heidän", "client_view": ""})
    dialog = EditConflictDialog(conflict, {"decisions": "Minun", "client_view": ""}, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.heading.text() == dialog.tr(
        "Someone else saved this meeting's notes while you were editing them.")
    assert dialog.buttons[Choice.KEEP_EDITING].isDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.choice == Choice.KEEP_EDITING and not dialog.isVisible()


def test_another_members_change_arriving_never_moves_an_editor_with_unsaved_edits(
        window: MainWindow, qtbot: QtBot, colleague: Planner) -> None:
    """The change feed (LISTEN/NOTIFY on the team store) tells the window of a colleague's
    save: the plan being typed into is not refilled, and the revision it expects stays the one
    its form came from — so its Save still asks instead of overwriting."""
    editor = open_plan(window, qtbot, "Mäkinen")
    assert editor.view is not None
    read = editor.revision
    type_at_end(qtbot, editor.situation, " Ainon lisays.")
    mine = editor.situation.toPlainText()
    colleague.plans.update_draft(editor.view.version.id or 0, their_draft())
    window.changes.changed.emit(Change(frozenset({"plan_version", "plan_goal"})))
    editor.reload()  # and a reload asked for anyway (the same client opened again)
    qtbot.waitUntil(lambda: editor.view is not None
                    and editor.view.version.revision == (read or 0) + 1, timeout=5000)
    assert editor.situation.toPlainText() == mine and editor.revision == read
    seen: list[dict[str, object]] = []
    answer_next_conflict(Choice.KEEP_EDITING.value, seen)
    editor.save.click()
    assert len(seen) == 1
    assert stored(window, editor).version.situation == "Bertan kirjaama tilanne"


def test_the_meetings_actions_tab_keep_editing_then_mark_goes_over_theirs(
        window: MainWindow, qtbot: QtBot, colleague: Planner) -> None:
    client_id = open_client(window, qtbot, "Mäkinen")
    meeting_id = planned_meeting(window, client_id)
    assert window.planner is not None
    action = window.planner.actions.record(ActionInput(
        client_id, "Lausunto Kelaan", meeting_id=meeting_id, responsible_name="Jari itse"))
    editor = open_from_workspace(window, qtbot, meeting_id)
    actions = editor.agreed_actions
    qtbot.waitUntil(lambda: actions.model.rowCount() == 1, timeout=5000)
    colleague.actions.set_status(action.id or 0, ActionStatus.IN_PROGRESS, expected_revision=1)
    actions.view.selectRow(0)
    actions.new_status.setCurrentIndex(actions.new_status.findData(ActionStatus.DONE.value))
    qtbot.keyClicks(actions.completion_note, "Lahetetty")
    seen: list[dict[str, object]] = []
    answer_next_conflict(Choice.KEEP_EDITING.value, seen)
    actions.mark.click()
    assert seen and ("Tila", "työn alla", "tehty") in seen[0]["rows"]  # type: ignore[operator]
    assert actions.completion_note.text() == "Lahetetty"  # kept for the next try
    status = {r.id: r.status for r in colleague.actions.list(meeting_id=meeting_id)}
    assert status[action.id or 0] == ActionStatus.IN_PROGRESS
    qtbot.waitUntil(lambda: actions.model.row_at(0).revision == 2, timeout=5000)
    actions.view.selectRow(0)
    actions.mark.click()  # theirs seen: this one goes through without asking
    qtbot.waitUntil(lambda: actions.model.row_at(0).status == ActionStatus.DONE, timeout=5000)
    assert len(seen) == 1
    editor.reject()
