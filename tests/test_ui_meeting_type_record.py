"""Issue 14 in the window: a meeting started from a type keeps it (shown read only), its
type proposes the next follow-up first and the consent purpose; the client's sickness
allowance start date is entered with a date picker, checked, and used by Follow-ups…; the
home view lists the demo's sickness-allowance call that no meeting plans yet."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from tests.factories import TZ
from tests.test_ui_home import home_window, pinned_planner
from tests.test_ui_meeting_editor import (
    only_editor,
    open_client,
    open_from_workspace,
    service,
    type_text,
)
from ui.clients.client_dialog import ClientDialog
from ui.clients.consent_dialog import ConsentDialog
from ui.meetings.followup_dialog import FollowUpDialog
from ui.shell.main_window import MainWindow

WAIT = 8000


def test_a_meeting_started_from_a_type_keeps_it_and_proposes_its_consent_purpose(
        window: MainWindow, qtbot: QtBot) -> None:
    open_client(window, qtbot, "Korhonen")
    window.clients.workspace.new_meeting.click()
    editor = only_editor(window, qtbot)
    details = editor.details
    index = details.meeting_type.findData("discharge_meeting")
    details.meeting_type.setCurrentIndex(index)
    details.meeting_type.activated.emit(index)  # as a person's choice
    qtbot.waitUntil(lambda: details.type_note.isVisibleTo(editor), timeout=WAIT)
    # a consent recorded from this meeting is for what the type needs it for
    consent = editor.open_consent([])
    assert isinstance(consent, ConsentDialog)
    assert consent.purpose.text().startswith("Kotiutumisen suunnittelu ja tietojen vaihto")
    consent.reject()
    qtbot.keyClicks(details.location, "Tays, osasto 4")
    type_text(details.title, " 2")
    editor.save.click()
    qtbot.waitUntil(lambda: editor.meeting_id is not None, timeout=WAIT)
    stored = service(window).meeting_details.get(editor.meeting_id or 0)
    assert stored.meeting.type_code == "discharge_meeting"
    # saved: the type is said, not offered again
    qtbot.waitUntil(lambda: details.type_name.isVisibleTo(editor), timeout=WAIT)
    assert details.type_name.text() == "Kotiutusneuvottelu"
    assert not details.meeting_type.isVisibleTo(editor)


def test_day_60_proposes_the_90_150_meeting_from_the_stored_first_day(
        window: MainWindow, qtbot: QtBot) -> None:
    client_id = open_client(window, qtbot, "Mäkinen")
    planner = service(window)
    day_60 = next(r for r in planner.meetings.list(client_id=client_id)
                  if r.type_code == "sickness_day_60")
    editor = open_from_workspace(window, qtbot, day_60.id)
    assert editor.details.type_name.text() == "Sairauspäivärahan 60 päivän yhteydenotto"
    dialog = editor.open_followups()
    assert isinstance(dialog, FollowUpDialog)
    qtbot.waitUntil(lambda: dialog.list.count() == 4, timeout=WAIT)  # 3 points + plan review
    assert dialog.start.date() == QDate(2026, 8, 22)  # the client's, not asked again
    first = dialog.list.item(0).text()
    assert first.startswith("Sairauspäivärahan 90–150 päivän seuranta: 7.12.2026")
    assert first.endswith("ehdotettu tapaamistyypin mukaan")
    ticked = [dialog.list.item(r).checkState() == Qt.CheckState.Checked
              for r in range(dialog.list.count())]
    assert ticked == [True, False, False, False]  # the type's proposal alone
    before = {r.id for r in planner.meetings.list(client_id=client_id)}
    dialog.plan.click()
    qtbot.waitUntil(lambda: len(planner.meetings.list(client_id=client_id)) == len(before) + 1,
                    timeout=WAIT)
    (new,) = [r for r in planner.meetings.list(client_id=client_id) if r.id not in before]
    assert new.type_code == "sickness_day_90_150"
    assert new.start.astimezone(TZ).date().isoformat() == "2026-12-07"
    dialog.reject()


def test_a_first_day_a_year_ahead_is_refused_beside_the_field_and_nothing_is_lost(
        window: MainWindow, qtbot: QtBot) -> None:
    open_client(window, qtbot, "Lehtonen")
    dialog = window.clients.workspace.open_client_dialog()
    assert isinstance(dialog, ClientDialog)
    assert not dialog.sickness_start.isEnabled()  # not on sickness allowance
    dialog.on_sickness_allowance.setChecked(True)
    dialog.sickness_start.setDate(QDate.currentDate().addYears(1))
    dialog.ok.click()
    error = dialog.form.error_text("sickness_allowance_start")
    assert "enintään 60 päivän päässä" in error
    assert dialog.isVisible() and dialog.on_sickness_allowance.isChecked()
    assert dialog.sickness_start.date() == QDate.currentDate().addYears(1)
    dialog.sickness_start.setDate(QDate.currentDate().addDays(-30))
    dialog.ok.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    (row,) = service(window).clients.search("Lehtonen")
    stored = service(window).clients.get(row.id).sickness_allowance_start
    assert stored == QDate.currentDate().addDays(-30).toPython()
    overview = window.clients.workspace.overview
    qtbot.waitUntil(lambda: overview.sickness_start.text() != "–", timeout=WAIT)


def test_the_home_lists_the_day_230_300_call_nobody_planned(qtbot: QtBot,
                                                            data_dir: Path) -> None:
    """Mäkinen's first day 22.8.2026: the day-230–300 window opens 28.5.2027; on 10.5.2027
    no meeting of that type exists, so the home lists the point, opening the client."""
    planner = pinned_planner(data_dir, datetime(2027, 5, 10, 9, 0, tzinfo=TZ))
    window = home_window(qtbot, data_dir, planner)
    texts = window.home.followups.texts()
    assert texts == ["28.5.2027 (ei vielä suunniteltu) · Sairauspäivärahan 230–300 päivän "
                     "seuranta · Jari Tapani Mäkinen"]
    items = window.home.followups.items
    rect = items.visualItemRect(items.item(0))
    qtbot.mouseClick(items.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.stack.currentWidget() is window.clients
    (makinen,) = planner.clients.search("Mäkinen")
    qtbot.waitUntil(lambda: window.clients.workspace.bundle is not None
                    and window.clients.workspace.bundle.client.id == makinen.id,
                    timeout=10_000)
