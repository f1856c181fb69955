"""A new client through the dialog (HETU checked as typed), editing details, contact persons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.support.dialogs import answer_next_box
from ui.clients.client_dialog import ClientDialog
from ui.shell.main_window import MainWindow


def open_client(window: MainWindow, qtbot: QtBot, name: str) -> None:
    model = window.clients.model
    row = next(r for r in range(model.rowCount()) if name in model.row_at(r).name)
    window.clients.view.activated.emit(model.index(row, 0))
    qtbot.waitUntil(lambda: window.clients.workspace.bundle is not None
                    and name in window.clients.workspace.bundle.client.display_name,
                    timeout=5000)


def test_new_client_with_a_mistyped_hetu_keeps_everything_typed(window: MainWindow,
                                                                 qtbot: QtBot) -> None:
    dialog = window.clients.open_new_client()
    assert dialog is not None
    qtbot.keyClicks(dialog.first_names, "Eveliina")
    dialog.last_name.setText("Järvinen")  # type: ignore[attr-defined]  # QTest types ASCII only
    qtbot.keyClicks(dialog.hetu, "131052-308S")  # the check character should be T
    assert dialog.hetu_hint.text().startswith("✗ Henkilötunnus 131052-308S ei ole kelvollinen")
    dialog.ok.click()
    assert dialog.isVisible()
    assert dialog.form.error_text("hetu").startswith("Henkilötunnus 131052-308S ei ole")
    assert dialog.first_names.text() == "Eveliina"  # type: ignore[attr-defined]
    dialog.hetu.setText("131052-308T")
    assert dialog.hetu_hint.text().startswith("✓") and "13.10.1952" in dialog.hetu_hint.text()
    dialog.ok.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    space = window.clients.workspace
    qtbot.waitUntil(lambda: space.bundle is not None
                    and space.bundle.client.last_name == "Järvinen", timeout=5000)
    assert window.clients.stack.currentWidget() is space
    assert space.hetu.text() == "131052-****"
    assert space.birth.text() == "13.10.1952"


def test_a_duplicate_hetu_and_a_missing_interpreter_language_are_shown_beside_the_fields(
        window: MainWindow, qtbot: QtBot) -> None:
    open_client(window, qtbot, "Korhonen")
    taken = window.clients.workspace.bundle.client.hetu  # type: ignore[union-attr]
    dialog = window.clients.open_new_client()
    assert dialog is not None
    dialog.first_names.setText("Testi")  # type: ignore[attr-defined]
    dialog.last_name.setText("Asiakas")  # type: ignore[attr-defined]
    dialog.hetu.setText(taken or "")
    dialog.needs_interpreter.setChecked(True)
    dialog.ok.click()
    assert dialog.form.error_text("interpreter_language") == "Kenttä on pakollinen."
    dialog.interpreter_language.set_code("ar")
    dialog.ok.click()
    assert dialog.form.error_text("interpreter_language") == ""
    assert dialog.form.error_text("hetu") == f"Henkilötunnus {taken} on jo toisella asiakkaalla."
    assert dialog.isVisible()


def test_editing_details_is_saved_and_logged(window: MainWindow, qtbot: QtBot) -> None:
    open_client(window, qtbot, "Nieminen")
    space = window.clients.workspace
    dialog = space.open_client_dialog()
    assert dialog is not None
    assert not dialog.has_unsaved_changes()
    dialog.phone.setText("040 123 4567")  # type: ignore[attr-defined]
    dialog.ok.click()
    qtbot.waitUntil(lambda: space.bundle is not None
                    and space.bundle.client.phone == "040 123 4567", timeout=5000)
    assert window.planner is not None
    client_id = space.bundle.client.id or 0  # type: ignore[union-attr]
    updates = [e.detail for e in window.planner.audit.for_client(client_id)
               if e.action == "update" and e.entity == "client"]
    assert updates and "phone" in updates[-1]


def test_cancelling_with_unsaved_changes_asks_first(window: MainWindow, qtbot: QtBot) -> None:
    open_client(window, qtbot, "Nieminen")
    dialog = window.clients.workspace.open_client_dialog()
    assert dialog is not None
    dialog.address.setText("Hämeenkatu 1, Tampere")  # type: ignore[attr-defined]
    asked: list[str] = []
    answer_next_box(QMessageBox.ButtonRole.RejectRole, asked)  # keep editing
    dialog.cancel.click()
    assert asked and dialog.isVisible()
    answer_next_box(QMessageBox.ButtonRole.DestructiveRole)  # discard
    dialog.cancel.click()
    assert not dialog.isVisible()
    assert window.planner is not None
    client = window.planner.clients.get(window.clients.workspace.bundle.client.id or 0)  # type: ignore[union-attr]
    assert client.address != "Hämeenkatu 1, Tampere"


def test_locking_saves_a_valid_open_edit_and_closes_the_dialog(window: MainWindow,
                                                               qtbot: QtBot) -> None:
    open_client(window, qtbot, "Nieminen")
    client_id = window.clients.workspace.bundle.client.id or 0  # type: ignore[union-attr]
    dialog = window.clients.workspace.open_client_dialog()
    assert isinstance(dialog, ClientDialog)
    dialog.email.setText("uusi.osoite@example.fi")  # type: ignore[attr-defined]
    window.lock()
    assert not dialog.isVisible() and not window.clients.workspace.dialogs
    assert window.unlock()
    assert window.planner is not None
    assert window.planner.clients.get(client_id).email == "uusi.osoite@example.fi"


def test_name_a_contact_person_as_case_lead_and_the_lead_cannot_be_removed(
        window: MainWindow, qtbot: QtBot) -> None:
    open_client(window, qtbot, "Korhonen")
    space = window.clients.workspace
    before = space.contacts.rowCount()
    dialog = space.open_contact_dialog()
    assert dialog is not None
    kela = next(i for i in range(dialog.agency.count()) if "Kela" in dialog.agency.itemText(i))
    dialog.agency.setCurrentIndex(kela)
    assert dialog.person.count() >= 1
    chosen = dialog.person.currentText().split(",")[0]
    dialog.case_lead.setChecked(True)
    dialog.ok.click()
    qtbot.waitUntil(lambda: space.case_lead.text().startswith(f"Vastuuhenkilö: {chosen}")
                    if chosen else False, timeout=5000)
    assert space.contacts.rowCount() in (before, before + 1)
    lead_row = next(r for r in range(space.contacts.rowCount())
                    if space.contacts.row_at(r).is_case_lead)
    space.contact_view.selectRow(lead_row)
    space.remove_contact.click()
    qtbot.waitUntil(lambda: bool(space.contact_error.text()), timeout=5000)
    assert "vastuuhenkilö" in space.contact_error.text()
    assert any(space.contacts.row_at(r).is_case_lead for r in range(space.contacts.rowCount()))


def test_a_fixed_field_loses_its_message_and_the_others_keep_theirs(window: MainWindow,
                                                                    qtbot: QtBot) -> None:
    """Issue 13, defect 3: "Kenttä on pakollinen." stayed after the field was filled."""
    dialog = window.clients.open_new_client()
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.hetu, "131052-308S")
    dialog.ok.click()  # no names, a wrong check character
    assert dialog.form.error_text("last_name") == "Kenttä on pakollinen."
    assert dialog.form.error_text("hetu").startswith("Henkilötunnus 131052-308S ei ole")
    qtbot.keyClicks(dialog.last_name, "Jarvinen")
    assert dialog.form.error_text("last_name") == ""
    assert dialog.last_name.accessibleDescription() == ""  # a screen reader hears no old error
    assert dialog.form.error_text("hetu") != ""  # not fixed yet: still said
    qtbot.keyClick(dialog.hetu, Qt.Key.Key_Backspace)
    assert dialog.form.error_text("hetu") == ""
    dialog.ok.click()  # checked again at the next save
    assert dialog.form.error_text("hetu").startswith("Henkilötunnus 131052-308 ei ole")
