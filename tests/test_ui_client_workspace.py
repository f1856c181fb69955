"""The client workspace over the demo store: overview, consents (record, withdraw), lists, log."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ui.clients.models import ConsentTableModel
from ui.shell.main_window import MainWindow


def open_client(window: MainWindow, qtbot: QtBot, name: str) -> None:
    model = window.clients.model
    row = next(r for r in range(model.rowCount()) if name in model.row_at(r).name)
    window.clients.view.setCurrentIndex(model.index(row, 0))
    window.clients.view.activated.emit(model.index(row, 0))
    qtbot.waitUntil(lambda: window.clients.workspace.bundle is not None, timeout=5000)


def test_opening_a_client_shows_the_overview_and_every_tab(window: MainWindow,
                                                          qtbot: QtBot) -> None:
    open_client(window, qtbot, "Korhonen")
    space = window.clients.workspace
    assert window.clients.stack.currentWidget() is space
    assert space.heading.text() == "Aino Helena Korhonen"
    assert space.hetu.text() == "140341-****"
    assert space.case_lead.text().startswith("Vastuuhenkilö: Liisa Mäkelä")
    assert space.contacts.rowCount() == 4
    assert "(vastuuhenkilö)" in space.contacts.data(space.contacts.index(0, 1))
    assert space.consents.rowCount() == 1
    assert space.consents.data(space.consents.index(0, ConsentTableModel.STATE)) == \
        "voimassa"
    assert space.meetings.rowCount() == 2 and space.actions.rowCount() == 3
    assert space.log.rowCount() > 5  # the client's own audit entries
    assert window.planner is not None
    log = [(e.action, e.entity) for e in window.planner.audit.for_client(
        space.bundle.client.id or 0)]  # type: ignore[union-attr]
    assert ("view", "client") in log and ("view", "audit_log") in log


def test_temporary_hetu_and_interpreter_are_shown(window: MainWindow, qtbot: QtBot) -> None:
    open_client(window, qtbot, "Rahimi")
    space = window.clients.workspace
    assert space.hetu.text() == "010101A**** (väliaikainen)"
    # issue 13, defect 6: names in the UI language (and the language's own), not codes
    assert space.interpreter.text() == "tarvitaan: dari (دری)"
    assert space.language.text() == "dari (دری)"


def test_languages_are_named_in_the_ui_language(window: MainWindow, qtbot: QtBot) -> None:
    from ui import i18n

    open_client(window, qtbot, "Korhonen")
    space = window.clients.workspace
    assert space.language.text() == "suomi"
    i18n.install("sv")
    space.reload()
    qtbot.waitUntil(lambda: space.language.text() == "finska (suomi)", timeout=5000)
    i18n.install("fi")


def test_record_and_withdraw_a_consent(window: MainWindow, qtbot: QtBot) -> None:
    open_client(window, qtbot, "Nieminen")
    space = window.clients.workspace
    before = space.consents.rowCount()
    dialog = space.open_consent_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.ok.click()  # nothing chosen yet
    assert "vähintään yhtä toimijaa" in dialog.form.error_text("agency_ids")
    assert dialog.form.error_text("purpose") == "Kenttä on pakollinen."
    assert dialog.isVisible()  # nothing lost: the dialog stays open with what was typed
    for index in range(dialog.agencies.count()):
        if "Pitkäaikaissairaiden" in dialog.agencies.item(index).text():
            dialog.agencies.item(index).setCheckState(Qt.CheckState.Checked)
    dialog.purpose.setText("Järjestön perhetyö mukaan verkostoon")
    dialog.ok.click()
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: space.consents.rowCount() == before + 1, timeout=5000)
    newest = space.consents.row_at(0)
    assert newest.consent.purpose == "Järjestön perhetyö mukaan verkostoon"
    space.consent_view.selectRow(0)
    space.withdraw_consent.click()
    qtbot.waitUntil(lambda: space.consents.row_at(0).consent.withdrawn_at is not None,
                    timeout=5000)
    assert space.consents.data(space.consents.index(0, ConsentTableModel.STATE)).startswith(
        "peruttu")


def test_locking_clears_the_open_client(window: MainWindow, qtbot: QtBot) -> None:
    open_client(window, qtbot, "Mäkinen")
    window.lock()
    space = window.clients.workspace
    assert space.bundle is None and space.heading.text() == ""
    assert space.contacts.rowCount() == 0 and space.log.rowCount() == 0
    assert window.clients.stack.currentWidget() is window.clients.list_page


def test_the_log_reads_as_sentences_newest_first(window: MainWindow, qtbot: QtBot) -> None:
    """Issue 13, defect 2: "client 6", "meeting_list", "client workspace", oldest first."""
    from ui.clients.models import AuditTableModel

    open_client(window, qtbot, "Korhonen")
    log = window.clients.workspace.log
    events = [log.data(log.index(row, AuditTableModel.EVENT)) for row in range(log.rowCount())]
    # this very opening (the workspace's reads of it) on top, the client's creation below
    assert "Avattu asiakkaan työtila" in events[:6]
    assert "Katsottu asiakkaan toimenpiteet" in events[:6]
    assert "Lisätty asiakas" in events
    ids = [log.row_at(row).id for row in range(log.rowCount())]
    assert ids == sorted(ids, reverse=True)
    shown = " ".join(events + [log.data(log.index(row, AuditTableModel.PURPOSE))
                               for row in range(log.rowCount())])
    for internal in ("client_plan", "meeting_list", "client workspace", "client 1", "_"):
        assert internal not in shown
