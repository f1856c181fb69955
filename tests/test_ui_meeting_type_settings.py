"""Settings → Tapaamistyypit (issue 14): the built-in types (read only) and one's own — copied,
new, edited and deleted in the window, exported to and imported from the team's JSON file.
The editor saves through the same check an imported file goes through; its problems appear
beside the fields and nothing typed is lost; a broken file is refused whole, its problems
listed; an export asks before it replaces a file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from keyring.backends.fail import Keyring as FailKeyring
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlmodel import col, select

from planner.crypto.vault import KeyringVault
from planner.domain import AuditEntry
from planner.domain.enums import AuditAction
from planner.meeting_types import builtin_types
from planner.meeting_types.exchange import FORMAT
from planner.services import Planner
from planner.storage.store import open_store
from tests.conftest import PASSPHRASE, new_passphrase_store
from tests.support.dialogs import answer_next_box
from tests.support.stores import from_template
from tests.test_ui_meeting_editor import only_editor, open_client, service, type_text
from ui.settings.meeting_type_dialog import MeetingTypeDialog
from ui.settings.meeting_types import FileProblems, MeetingTypesBox
from ui.shell.main_window import MainWindow

TIMEOUT = 5000


def open_types(window: MainWindow, qtbot: QtBot) -> MeetingTypesBox:
    window.navigation.setCurrentRow(window.stack.indexOf(window.settings))
    box = window.settings.meeting_types
    window.settings.tabs.setCurrentWidget(box)
    qtbot.waitUntil(lambda: box.model.rowCount() >= len(builtin_types())
                    and not window.runner.busy, timeout=TIMEOUT)
    return box


def choose(box: MeetingTypesBox, code: str) -> None:
    row = next(r for r in range(box.model.rowCount()) if box.model.row_at(r).code == code)
    box.view.selectRow(row)


def shown_codes(box: MeetingTypesBox) -> list[str]:
    return [box.model.row_at(r).code for r in range(box.model.rowCount())]


def type_log(planner: Planner) -> list[tuple[str, str | None]]:
    with planner.store.read() as session:
        return [(e.action, e.entity_id) for e in session.exec(
            select(AuditEntry).where(AuditEntry.entity == "meeting_type")
            .order_by(col(AuditEntry.id)))]


def own(code: str, **changes: Any) -> dict[str, Any]:
    data = next(t for t in builtin_types() if t.code == "network_meeting").as_data()
    return {**data, "code": code, "names": {"fi": f"Oma {code}"}, **changes}


def test_a_copied_built_in_is_edited_saved_listed_and_offered_for_a_new_meeting(
        window: MainWindow, qtbot: QtBot) -> None:
    box = open_types(window, qtbot)
    choose(box, "discharge_meeting")
    assert not box.edit_button.isEnabled() and not box.delete_button.isEnabled()
    box.view.activated.emit(box.view.currentIndex())  # Enter on a built-in: why not
    assert box.status.text().startswith("Sisäänrakennettua tyyppiä ei voi muuttaa")
    assert box.dialog is None
    assert box.model.index(2, box.model.KIND).data() == "sisäänrakennettu, vain luku"
    dialog = box.copy()
    assert isinstance(dialog, MeetingTypeDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=TIMEOUT)
    assert dialog.code.text() == "discharge_meeting_2"
    assert dialog.names["fi"].text() == "Kotiutusneuvottelu (kopio)"
    assert dialog.names["sv"].text() == "Utskrivningsmöte (kopia)"
    assert dialog.slots.list.count() == 5  # the people a discharge meeting needs come along
    dialog.code.setText("kotiutus_tays")
    dialog.names["fi"].clear()
    type_text(dialog.names["fi"], "Kotiutus (Tays)")
    dialog.minutes.setValue(45)
    dialog.agenda["fi"].appendPlainText("Apuvälineiden nouto")
    dialog.ok.click()
    qtbot.waitUntil(lambda: "kotiutus_tays" in shown_codes(box), timeout=TIMEOUT)
    assert box.dialog is None  # closed
    assert box.selected() is not None and box.selected().code == "kotiutus_tays"
    assert box.edit_button.isEnabled()
    planner = service(window)
    stored = planner.meeting_types.get("kotiutus_tays")
    assert (stored.duration_minutes, stored.name("fi"), stored.name("sv")) == (
        45, "Kotiutus (Tays)", "Utskrivningsmöte (kopia)")
    assert stored.agenda_items("fi")[-1] == "Apuvälineiden nouto"
    assert len(stored.participants) == 5 and not stored.built_in

    editing = box.edit()  # its code stays: other types and meetings name it
    assert editing is not None and editing.code.isReadOnly()
    qtbot.waitUntil(editing.isVisible, timeout=TIMEOUT)
    editing.minutes.setValue(50)
    editing.ok.click()
    qtbot.waitUntil(lambda: box.dialog is None and not window.runner.busy, timeout=TIMEOUT)
    assert planner.meeting_types.get("kotiutus_tays").duration_minutes == 50
    assert type_log(planner) == [(AuditAction.CREATE, "kotiutus_tays"),
                                 (AuditAction.UPDATE, "kotiutus_tays")]
    window.grab().save("/tmp/i14-typeui-tab.png")

    window.navigation.setCurrentRow(window.stack.indexOf(window.clients))
    open_client(window, qtbot, "Korhonen")
    window.clients.workspace.new_meeting.click()
    editor = only_editor(window, qtbot)
    details = editor.details
    index = details.meeting_type.findData("kotiutus_tays")
    assert details.meeting_type.itemText(index) == "Kotiutus (Tays)"
    details.meeting_type.setCurrentIndex(index)
    details.meeting_type.activated.emit(index)
    qtbot.waitUntil(lambda: details.minutes.value() == 50, timeout=TIMEOUT)
    assert details.agenda.items()[-1] == "Apuvälineiden nouto"


def test_a_hurried_users_type_shows_each_problem_beside_its_field_and_loses_nothing(
        window: MainWindow, qtbot: QtBot) -> None:
    planner = service(window)
    planner.meeting_types.save(own("tiimi"))
    box = open_types(window, qtbot)
    dialog = box.new()
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=TIMEOUT)
    dialog.code.setText("Tiimi 2!")
    dialog.agenda["sv"].setPlainText("Läget\n\nÖverenskommet")
    dialog.slots.add.click()  # a participant with no role nor agency kind would fit anyone
    type_text(dialog.slots.names["fi"], "Joku")
    dialog.consent.setChecked(True)  # …but no purpose for it
    dialog.tabs.setCurrentIndex(3)
    typed = dialog.value()
    dialog.ok.click()
    assert dialog.isVisible() and dialog.value() == typed  # nothing lost
    assert dialog.tabs.currentIndex() == 0  # the first problem's tab
    general = dialog._where["type.code"][1]
    assert "tunnus \"Tiimi 2!\" ei kelpaa" in general.error_text("type.code")
    assert "nimi puuttuu" in general.error_text("type.names.fi")
    assert "anna ainakin yksi rooli" in dialog.slots.problems.text()
    assert dialog.slots.problems.text().startswith("Osallistuja 1 (Joku):")
    consent = dialog._where["type.consent.purpose.fi"][1]
    assert "käyttötarkoitus puuttuu" in consent.error_text("type.consent.purpose.fi")
    dialog.grab().save("/tmp/i14-typeui-dialog-errors.png")
    assert [t.code for t in planner.meeting_types.user_types()] == ["tiimi"]

    # a code one already has is not taken over by a new type
    dialog.code.selectAll()
    type_text(dialog.code, "tiimi")
    assert general.error_text("type.code") == ""  # the message goes as the field changes
    dialog.names["fi"].setText("Toinen tiimi")
    dialog.consent.setChecked(False)
    dialog.slots.roles.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.ok.click()
    assert "sinulla on jo tapaamistyyppi tunnuksella \"tiimi\"" in general.error_text(
        "type.code")
    dialog.code.setText("network_meeting")  # nor a built-in's
    dialog.ok.click()
    assert "sisäänrakennettu" in general.error_text("type.code")
    assert planner.meeting_types.get("tiimi").name("fi") == "Oma tiimi"
    dialog.code.setText("toinen_tiimi")
    dialog.ok.click()
    qtbot.waitUntil(lambda: "toinen_tiimi" in shown_codes(box), timeout=TIMEOUT)
    saved = planner.meeting_types.get("toinen_tiimi")
    assert saved.agenda_items("sv") == ("Läget", "Överenskommet")  # the empty line dropped


def test_a_broken_file_is_refused_whole_its_problems_listed(
        window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    planner = service(window)
    planner.meeting_types.save(own("kept", duration_minutes=30))
    box = open_types(window, qtbot)
    broken = tmp_path / "tiimi.json"
    broken.write_text(json.dumps({"format": FORMAT, "schema_version": 1, "types": [
        own("kept", duration_minutes=120), own("new_one"), own("third", mode="video")]}))
    box.import_file(broken)
    qtbot.waitUntil(lambda: box.problems is not None and box.problems.isVisible(),
                    timeout=TIMEOUT)
    shown = box.problems
    assert isinstance(shown, FileProblems)
    assert shown.problems.toPlainText() == (
        "types[2].mode: tuntematon tapaamisen muoto \"video\" (in_person, remote tai hybrid)")
    assert "ei tuotu" in box.status.text()
    shown.grab().save("/tmp/i14-typeui-file-problems.png")
    shown.reject()
    assert [(t.code, t.duration_minutes) for t in planner.meeting_types.user_types()] == [
        ("kept", 30)]
    assert shown_codes(box)[-1] == "kept" and "new_one" not in shown_codes(box)

    broken.write_bytes(broken.read_bytes()[:-50])  # a download cut short
    box.import_file(broken)
    qtbot.waitUntil(lambda: box.problems is not shown and box.problems is not None
                    and box.problems.isVisible(), timeout=TIMEOUT)
    assert "tiedosto loppuu kesken" in box.problems.problems.toPlainText()
    box.problems.reject()
    box.import_file(tmp_path / "missing.json")
    qtbot.waitUntil(lambda: "missing.json" in box.status.text(), timeout=TIMEOUT)
    assert [t.code for t in planner.meeting_types.user_types()] == ["kept"]
    assert type_log(planner) == [(AuditAction.CREATE, "kept")]


def test_an_export_imported_into_a_fresh_store_round_trips_and_never_replaces_unasked(
        window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    planner = service(window)
    planner.meeting_types.copy("discharge_meeting", "kotiutus_tays")
    planner.meeting_types.save(own("tiimi", follow_up={"type": "kotiutus_tays",
                                                       "rule": "+30d"}))
    box = open_types(window, qtbot)
    qtbot.waitUntil(box.export_button.isEnabled, timeout=TIMEOUT)
    out = tmp_path / "tiimin-tyypit.json"
    box.export_file(out)
    qtbot.waitUntil(lambda: out.exists() and not window.runner.busy, timeout=TIMEOUT)
    assert "(2) tallennettu" in box.status.text()
    first = out.read_bytes()

    out.write_text("toisen tiimin tiedosto")
    asked: list[str] = []
    answer_next_box(QMessageBox.ButtonRole.NoRole, asked)
    box.export_file(out)
    qtbot.waitUntil(lambda: bool(asked) and not window.runner.busy, timeout=TIMEOUT)
    assert "on jo olemassa" in asked[0]
    assert out.read_text() == "toisen tiimin tiedosto"  # No: nothing written
    answer_next_box(QMessageBox.ButtonRole.YesRole, asked)
    box.export_file(out)
    qtbot.waitUntil(lambda: out.read_bytes() == first, timeout=TIMEOUT)

    # the file back into the same store would replace both: asked first, No imports nothing
    planner.meeting_types.save(own("tiimi", duration_minutes=15))
    answer_next_box(QMessageBox.ButtonRole.NoRole, asked)
    box.import_file(out)
    qtbot.waitUntil(lambda: "Mitään ei tuotu" in box.status.text(), timeout=TIMEOUT)
    assert "Oma tiimi (tiimi)" in asked[-1] and "kotiutus_tays" in asked[-1]
    assert planner.meeting_types.get("tiimi").duration_minutes == 15
    answer_next_box(QMessageBox.ButtonRole.YesRole, asked)
    box.import_file(out)
    qtbot.waitUntil(lambda: "0 uutta, 2 korvattu" in box.status.text(), timeout=TIMEOUT)
    assert planner.meeting_types.get("tiimi").duration_minutes == 90
    assert sorted(type_log(planner)[-2:]) == [(AuditAction.UPDATE, "kotiutus_tays"),
                                              (AuditAction.UPDATE, "tiimi")]

    fresh_dir = tmp_path / "fresh"
    from_template("passphrase", new_passphrase_store, fresh_dir)
    fresh = Planner(open_store(fresh_dir, vault=KeyringVault(FailKeyring()),
                               passphrase=lambda: PASSPHRASE, create=False))
    try:
        result = fresh.meeting_types.import_data(out.read_bytes(), str(out))
        assert sorted(result.added) == ["kotiutus_tays", "tiimi"]
        assert fresh.meeting_types.user_types() == planner.meeting_types.user_types()
    finally:
        fresh.close()


def test_delete_asks_first_and_no_keeps_the_type(window: MainWindow, qtbot: QtBot) -> None:
    planner = service(window)
    planner.meeting_types.save(own("tiimi"))
    box = open_types(window, qtbot)
    choose(box, "tiimi")
    asked: list[str] = []
    answer_next_box(QMessageBox.ButtonRole.NoRole, asked)
    box.delete_button.click()
    assert "Poistetaanko tapaamistyyppi Oma tiimi (tiimi)?" in asked[0]
    assert "tiimi" in shown_codes(box) and planner.meeting_types.get("tiimi")
    answer_next_box(QMessageBox.ButtonRole.YesRole, asked)
    box.delete_button.click()
    qtbot.waitUntil(lambda: "tiimi" not in shown_codes(box), timeout=TIMEOUT)
    assert [t.code for t in planner.meeting_types.user_types()] == []
    assert type_log(planner)[-1] == (AuditAction.DELETE, "tiimi")
    # a type another one proposes as its follow-up stays, and the refusal says why
    planner.meeting_types.save(own("first_call"))
    planner.meeting_types.save(own("intake", follow_up={"type": "first_call", "rule": "+7d"}))
    box.load(planner)
    qtbot.waitUntil(lambda: "first_call" in shown_codes(box), timeout=TIMEOUT)
    choose(box, "first_call")
    answer_next_box(QMessageBox.ButtonRole.YesRole, asked)
    box.delete_button.click()
    qtbot.waitUntil(lambda: "ehdottavat sitä jatkoksi" in box.status.text(), timeout=TIMEOUT)
    assert "intake" in box.status.text() and planner.meeting_types.get("first_call")
    choose(box, "network_meeting")  # a built-in cannot be deleted, even by a hurried click
    box.delete()
    assert QApplication.activeModalWidget() is None
