"""The client workspace's Tietopyynnöt tab over the demo store (issue 15): the demo father's
overdue request marked in words, answering it, a new request with the missing-basis warning,
the hurried user's empty forms, and another client's requests never shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from planner.domain.enums import AuditAction
from tests.test_ui_client_workspace import open_client
from ui.clients.requests_tab import RequestTableModel
from ui.shell.main_window import MainWindow


def test_the_overdue_request_is_answered_in_the_tab(window: MainWindow, qtbot: QtBot) -> None:
    open_client(window, qtbot, "Mäkinen")
    space = window.clients.workspace
    tab = space.requests_tab
    space.tabs.setCurrentWidget(tab)
    assert space.tabs.tabText(space.tabs.currentIndex()) == "Tietopyynnöt"
    model = tab.requests
    assert model.rowCount() == 1
    assert model.data(model.index(0, RequestTableModel.STATUS)) == "myöhässä"
    assert model.data(model.index(0, RequestTableModel.DUE)).endswith("(myöhässä)")
    assert model.data(model.index(0, RequestTableModel.REQUESTER)) == "Katja Salonen"
    assert model.data(model.index(0, RequestTableModel.REQUESTER),
                      Qt.ItemDataRole.ToolTipRole).startswith("Katja Salonen, Kela")
    tab.view.selectRow(0)
    assert tab.mark_answered.isEnabled() and not tab.mark_sent.isEnabled()
    assert "Oikeusperuste: Kelan tiedonsaantioikeus" in tab.detail.text()
    assert "→ Riikka Salminen, Varsinais-Suomen hyvinvointialue" in tab.detail.text()
    assert tab.warning.text() == ""  # the consent covers Kela and the county

    dialog = space.open_answer_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.submit()  # the hurried user: no summary
    assert dialog.form.error_text("answer_summary") == "Kenttä on pakollinen."
    assert dialog.isVisible()
    dialog.summary.setPlainText("Toimeentulotukea maksettu kesäkuusta alkaen; vuokra 640 €.")
    dialog.submit()
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.row_at(0).answered_on is not None,
                    timeout=5000)
    assert model.data(model.index(0, RequestTableModel.STATUS)) == "vastattu"
    tab.view.selectRow(0)
    assert "vuokra 640 €" in tab.detail.text()
    assert not tab.mark_answered.isEnabled() and not tab.edit_request.isEnabled()


def test_a_new_request_warns_without_a_basis_and_stays_with_its_client(
        window: MainWindow, qtbot: QtBot) -> None:
    open_client(window, qtbot, "Mäkinen")
    space = window.clients.workspace
    client_id = space.bundle.client.id  # type: ignore[union-attr]
    dialog = space.open_request_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.ok.click()  # nothing chosen or typed yet
    assert dialog.form.error_text("requesting_agency_id") == "Kenttä on pakollinen."
    assert dialog.form.error_text("subject") == "Kenttä on pakollinen."
    assert dialog.isVisible()
    assert "ei ole kirjattu oikeusperustetta eikä asiakkaan suostumusta" in (
        dialog.warning.text())
    dialog.requesting_agency.setCurrentIndex(dialog.requesting_agency.findText(
        "Varsinais-Suomen hyvinvointialue, Aikuissosiaalityö"))
    dialog.receiving_agency.setCurrentIndex(dialog.receiving_agency.findText(
        "Kela, Läntinen vakuutuspiiri, Kela sairaalassa (Tays)"))
    assert dialog.requesting_person.findText("Riikka Salminen") > 0
    dialog.subject.setPlainText("Sairauspäivärahan maksupäivät")
    dialog.ok.click()
    assert not dialog.isVisible()  # a warning, never a refusal
    tab = space.requests_tab
    qtbot.waitUntil(lambda: tab.requests.rowCount() == 2, timeout=5000)
    new = tab.requests.row_at(0)
    assert new.status == "draft" and [w.code for w in new.warnings] == [
        "request.warning.no_basis"]
    tab.view.selectRow(0)
    assert "oikeusperustetta" in tab.warning.text()
    assert tab.mark_sent.isEnabled()
    tab.cancel_request.click()
    qtbot.waitUntil(lambda: tab.requests.row_at(0).status == "cancelled", timeout=5000)

    open_client(window, qtbot, "Korhonen")  # another client: none of these
    qtbot.waitUntil(lambda: space.bundle is not None
                    and space.bundle.client.id != client_id, timeout=5000)
    assert tab.requests.rowCount() == 0
    assert window.planner is not None
    log = window.planner.audit.for_client(client_id)
    assert any(e.entity == "information_request" and e.action == AuditAction.CREATE
               for e in log)


def test_the_home_lists_it_with_my_overdue_actions_and_opens_its_tab(
        window: MainWindow, qtbot: QtBot) -> None:
    window.navigation.setCurrentRow(0)
    home = window.home
    qtbot.waitUntil(lambda: home.content is not None, timeout=5000)
    texts = home.overdue.texts()
    row = next(i for i, text in enumerate(texts) if "Tietopyyntö" in text)
    assert texts[row] == (
        "20.11.2026 (myöhässä) · Tietopyyntö: Riikka Salminen · Jari Tapani Mäkinen")
    home.overdue.items.setFocus()
    home.overdue.items.setCurrentRow(row)
    qtbot.keyClick(home.overdue.items, Qt.Key.Key_Return)
    space = window.clients.workspace
    assert window.stack.currentWidget() is window.clients
    qtbot.waitUntil(lambda: space.bundle is not None
                    and space.bundle.client.last_name == "Mäkinen", timeout=5000)
    assert space.tabs.currentWidget() is space.requests_tab
    assert space.requests_tab.requests.rowCount() == 1


def test_a_reminder_of_the_overdue_request_opens_its_tab(window: MainWindow,
                                                         qtbot: QtBot) -> None:
    """Issue 14's desktop reminders say it (no subject unless the settings allow it), and
    clicking one opens the client's Tietopyynnöt tab."""
    from datetime import date

    from planner.services.reminders import REQUEST_OVERDUE
    from ui.reminders.text import body, summary
    from ui.reminders.window import open_reminder

    assert window.planner is not None
    (reminder,) = [r for r in window.planner.reminders.check().new
                   if r.kind == REQUEST_OVERDUE]
    assert summary(reminder, date(2026, 12, 3)) == (
        "Tietopyyntö myöhässä: vastaus piti saada 20.11.2026")
    assert body(reminder) == "Asiakas: J. M."  # the subject only when details are allowed
    open_reminder(window, reminder)
    space = window.clients.workspace
    qtbot.waitUntil(lambda: space.bundle is not None
                    and space.bundle.client.last_name == "Mäkinen", timeout=5000)
    assert space.tabs.currentWidget() is space.requests_tab


def test_the_request_form_knows_what_typing_would_be_lost(window: MainWindow,
                                                         qtbot: QtBot) -> None:
    open_client(window, qtbot, "Mäkinen")
    space = window.clients.workspace
    dialog = space.open_request_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert not dialog.has_unsaved_changes()
    dialog.subject.setPlainText("Lausunto työkyvystä")
    assert dialog.has_unsaved_changes()
    assert (dialog, "Uusi tietopyyntö") in space.unsaved_editors()  # locking saves or names it
    dialog.discard_changes()
    assert space.unsaved_editors() == []
