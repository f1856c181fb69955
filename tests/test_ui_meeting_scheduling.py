"""The meeting editor's scheduling: inline holiday and double-booking warnings, find a time
(with a participant's .ics busy times), follow-ups, invite files and recorded answers."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import QDate, Qt, QTime
from pytestqt.qtbot import QtBot

from planner.domain.enums import Attendance, MeetingStatus, ParticipantKind
from planner.messages import translate
from planner.services import ParticipantInput, SmtpSettings
from tests.factories import TZ
from tests.support import ical
from tests.support.smtp_server import PASSWORD, USER, smtp_server
from tests.test_ical_reply_import import outlook_mail, reply_ics
from tests.test_ui_meeting_editor import (
    open_client,
    open_from_workspace,
    planned_meeting,
    service,
)
from ui.meetings.editor import MeetingEditor
from ui.meetings.followup_dialog import FollowUpDialog
from ui.shell.main_window import MainWindow

WAIT = 8000


@pytest.fixture
def editor(window: MainWindow, qtbot: QtBot) -> MeetingEditor:
    """A planned meeting of Mäkinen on 3.12.2026 10.00–11.00 with the client and a doctor."""
    client_id = open_client(window, qtbot, "Mäkinen")
    meeting_id = planned_meeting(window, client_id)
    planner = service(window)
    doctor = planner.directory.professionals()[0]
    planner.meetings.add_participant(meeting_id, ParticipantInput(ParticipantKind.CLIENT))
    planner.meetings.add_participant(meeting_id, ParticipantInput(
        ParticipantKind.PROFESSIONAL, professional_id=doctor.id))
    return open_from_workspace(window, qtbot, meeting_id)


def test_a_holiday_and_a_double_booking_are_warned_inline(editor: MeetingEditor,
                                                          qtbot: QtBot) -> None:
    warnings = editor.details.schedule_warnings
    qtbot.waitUntil(lambda: editor.schedule.planner is not None, timeout=WAIT)
    editor.details.date.setDate(QDate(2026, 12, 24))  # jouluaatto, a Thursday
    qtbot.waitUntil(lambda: "jouluaatto" in warnings.text().lower(), timeout=WAIT)
    assert warnings.isVisible()

    # another meeting of the same client at the same time: the client is double-booked
    planner = editor.planner
    assert planner is not None and editor.client_id is not None
    other = planned_meeting(editor.parent(), editor.client_id, "Toinen tapaaminen")  # 3.12. 10
    planner.meetings.add_participant(other, ParticipantInput(ParticipantKind.CLIENT))
    editor.details.date.setDate(QDate(2026, 12, 3))
    editor.details.time.setTime(QTime(10, 30))
    qtbot.waitUntil(lambda: "Toinen tapaaminen" in warnings.text(), timeout=WAIT)
    assert "toisessa tapaamisessa" in warnings.text()

    editor.details.date.setDate(QDate(2026, 12, 9))  # an ordinary Wednesday, 10.00
    editor.details.time.setTime(QTime(10, 0))
    qtbot.waitUntil(lambda: not warnings.isVisible(), timeout=WAIT)


def test_find_a_time_uses_busy_times_from_an_ics_and_fills_the_time(
        editor: MeetingEditor, qtbot: QtBot, tmp_path: Path) -> None:
    dialog = editor.open_find_time()
    assert dialog is not None
    assert dialog.participants.count() == 2  # the client and the doctor, both required
    doctor_key = str(dialog.participants.item(1).data(256))
    dialog.first_day.setDate(QDate(2026, 12, 7))
    dialog.last_day.setDate(QDate(2026, 12, 7))  # a Monday
    busy = tmp_path / "doctor.ics"
    busy.write_bytes(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//x//FI\r\n"
                     b"BEGIN:VEVENT\r\nUID:1@x\r\nDTSTAMP:20261120T080000Z\r\n"
                     b"DTSTART;TZID=Europe/Helsinki:20261207T080000\r\n"
                     b"DTEND;TZID=Europe/Helsinki:20261207T120000\r\n"
                     b"END:VEVENT\r\nEND:VCALENDAR\r\n")
    dialog.participants.setCurrentRow(1)
    dialog.import_file(doctor_key, busy)
    qtbot.waitUntil(lambda: len(dialog.busy[doctor_key]) == 1, timeout=WAIT)
    dialog.search.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=WAIT)
    best = dialog.model.row_at(0)
    assert best.all_required_free
    assert best.start >= datetime(2026, 12, 7, 12, 15, tzinfo=TZ)  # after the doctor's morning
    slots = [dialog.model.row_at(r) for r in range(dialog.model.rowCount())]
    morning = next(s for s in slots if s.start == datetime(2026, 12, 7, 8, 0, tzinfo=TZ))
    assert morning.busy_required == (doctor_key,)
    assert dialog.model.names[doctor_key] in dialog.model.explain(morning)  # who cannot come
    dialog.table.selectRow(0)
    dialog.use.click()
    assert editor.details.start() == best.start
    assert editor.has_unsaved_changes()  # the new time waits for Save, nothing was written

    broken = tmp_path / "broken.ics"
    broken.write_bytes(b"this is not a calendar")
    dialog = editor.open_find_time()
    assert dialog is not None
    dialog.import_file(doctor_key, broken)
    qtbot.waitUntil(lambda: bool(dialog.form.error_text("ics_file")), timeout=WAIT)
    assert "Kalenteritiedostoa ei voitu lukea" in dialog.form.error_text("ics_file")
    dialog.reject()
    editor.discard_changes()


def test_follow_up_series_is_planned_as_meetings(editor: MeetingEditor, qtbot: QtBot) -> None:
    planner = editor.planner
    assert planner is not None
    before = len(planner.meetings.list(client_id=editor.client_id))
    editor.tabs.setCurrentWidget(editor.calendar_tab)
    editor.calendar_tab.plan_followups.click()
    dialog = editor.sub_dialogs[-1]
    assert isinstance(dialog, FollowUpDialog)
    qtbot.waitUntil(lambda: dialog.list.count() == 3, timeout=WAIT)  # no plan review date
    # the client's stored first day is proposed (demo: 95 days before the demo's day) …
    assert dialog.start.date() == QDate(2026, 8, 22)
    assert "60" in dialog.list.item(0).text()
    # … and can still be changed here: from the meeting's day the series lies in 2027
    dialog.start.setDate(QDate(2026, 12, 3))
    qtbot.waitUntil(lambda: "2027" in dialog.list.item(0).text(), timeout=WAIT)
    for row in range(dialog.list.count()):  # ticked by hand: what is past depends on today
        dialog.list.item(row).setCheckState(Qt.CheckState.Checked)
    dialog.plan.click()
    qtbot.waitUntil(lambda: len(planner.meetings.list(client_id=editor.client_id))
                    == before + 3, timeout=WAIT)
    qtbot.waitUntil(lambda: "3" in dialog.status.text(), timeout=WAIT)
    titles = {m.title for m in planner.meetings.list(client_id=editor.client_id)}
    assert "Sairauspäivärahan 90–150 päivän seuranta" in titles
    dialog.reject()


def test_invite_files_and_answers_from_the_invites_tab(editor: MeetingEditor, qtbot: QtBot,
                                                      tmp_path: Path) -> None:
    planner = editor.planner
    assert planner is not None and editor.meeting_id is not None
    planner.meetings.add_participant(editor.meeting_id, ParticipantInput(
        ParticipantKind.OTHER, name="Aleksi Tulkki", email="aleksi.tulkki@example.fi"))
    editor.tabs.setCurrentWidget(editor.calendar_tab)
    bar = editor.invites
    assert bar.send.isEnabled() and bar.save_files.isEnabled()
    bar.save_to(tmp_path / "out")
    qtbot.waitUntil(lambda: (tmp_path / "out" / "invite.ics").exists() and bar.result.text()
                    != "", timeout=WAIT)
    event = Calendar.from_ical((tmp_path / "out" / "invite.ics").read_bytes()).walk("VEVENT")[0]
    address = "aleksi.tulkki@example.fi"
    assert f"mailto:{address}" in str(event["ATTENDEE"])
    answer = tmp_path / "answer.eml"
    answer.write_bytes(outlook_mail(reply_ics(str(event["UID"]), address, "DECLINED",
                                              int(event["SEQUENCE"])), sender=address))
    broken = tmp_path / "broken.ics"
    broken.write_bytes(b"\x00\x01")
    bar.record_answers([answer, broken])
    qtbot.waitUntil(lambda: "kieltäytynyt" in bar.result.text(), timeout=WAIT)
    assert "broken.ics: " + translate("validation.ics_unreadable", "fi", reason=translate(
        "validation.ics_reason.not_icalendar", "fi")) in bar.result.text()
    detail = planner.meeting_details.get(editor.meeting_id)
    declined = [p for p in detail.participants if p.email and p.email.lower() == address]
    assert declined and declined[0].attendance == Attendance.DECLINED

    planner.meetings.set_status(editor.meeting_id, MeetingStatus.CANCELLED)
    editor.reload()
    qtbot.waitUntil(lambda: bar.status == MeetingStatus.CANCELLED, timeout=WAIT)
    bar.save_to(tmp_path / "cancel")
    qtbot.waitUntil(lambda: (tmp_path / "cancel" / "cancel.ics").exists(), timeout=WAIT)
    assert b"METHOD:CANCEL" in (tmp_path / "cancel" / "cancel.ics").read_bytes()


def test_locking_closes_the_find_time_dialog(window: MainWindow, editor: MeetingEditor,
                                             qtbot: QtBot) -> None:
    dialog = editor.open_find_time()
    assert dialog is not None and dialog.isVisible()
    window.lock()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    assert dialog.planner is None


def test_invites_are_sent_by_email_with_progress(editor: MeetingEditor, qtbot: QtBot,
                                                 tmp_path: Path) -> None:
    """The Send button's work against a real SMTP server on loopback (STARTTLS, login)."""
    planner = editor.planner
    assert planner is not None and editor.meeting_id is not None
    planner.meetings.add_participant(editor.meeting_id, ParticipantInput(
        ParticipantKind.OTHER, name="Aleksi Tulkki", email="aleksi.tulkki@example.fi"))
    editor.tabs.setCurrentWidget(editor.calendar_tab)
    bar = editor.invites
    with smtp_server(tmp_path / "certs") as server:
        planner.mail.save(SmtpSettings("127.0.0.1", server.port, "starttls", USER,
                                       ca_file=str(server.ca_file)))
        progress: list[tuple[int, int]] = []
        window = editor.parent()
        assert isinstance(window, MainWindow)
        window.runner.progressed.connect(lambda _task, done, total, _text:
                                         progress.append((done, total)))
        bar.send_with(planner.mail.load(), PASSWORD)
        qtbot.waitUntil(lambda: bar.send.isEnabled() and bar.result.isVisible(), timeout=WAIT)
        assert "aleksi.tulkki@example.fi" in server.mailbox.received
        assert b"METHOD:REQUEST" in ical.calendar_in(
            server.mailbox.received["aleksi.tulkki@example.fi"])
        assert progress and progress[-1][0] == progress[-1][1]  # reported to the end
        assert bar.result.styleSheet() == ""  # no problem shown

        # taking someone off the meeting offers them a cancellation
        panel = editor.participants
        editor.reload()
        qtbot.waitUntil(lambda: any(panel.model.row_at(r).email == "aleksi.tulkki@example.fi"
                                    for r in range(panel.model.rowCount())), timeout=WAIT)
        row = next(r for r in range(panel.model.rowCount())
                   if panel.model.row_at(r).email == "aleksi.tulkki@example.fi")
        panel.view.selectRow(row)
        panel.remove_selected()
        assert bar.cancel_removed.isVisibleTo(editor) and len(bar.removed) == 1
        del server.mailbox.received["aleksi.tulkki@example.fi"]
        bar.send_with(planner.mail.load(), PASSWORD, list(bar.removed))
        qtbot.waitUntil(lambda: "aleksi.tulkki@example.fi" in server.mailbox.received,
                        timeout=WAIT)
        assert b"METHOD:CANCEL" in ical.calendar_in(
            server.mailbox.received["aleksi.tulkki@example.fi"])
        qtbot.waitUntil(lambda: not bar.removed and not bar.cancel_removed.isVisibleTo(editor),
                        timeout=WAIT)

        bar.send_with(planner.mail.load(), "wrong password")
        qtbot.waitUntil(lambda: bar.send.isEnabled() and bar.result.styleSheet() != "",
                        timeout=WAIT)
        assert "Kirjautuminen sähköpostipalvelimeen" in bar.result.text()


def test_the_invite_folder_offered_exists(editor: MeetingEditor, qtbot: QtBot,
                                          monkeypatch: pytest.MonkeyPatch,
                                          tmp_path: Path) -> None:
    """Issue 13, defect 11: "Kutsut tiedostoina…" proposed meeting-12, a folder that did not
    exist, and the dialog then said "Kansiota ei löydy". Only the start folder is looked at
    here: the user's choice and the writing are the real ones above."""
    from PySide6.QtCore import QSettings

    from ui.preferences import EXPORT_FOLDER_SETTING

    QSettings().setValue(EXPORT_FOLDER_SETTING, str(tmp_path))
    offered: list[str] = []
    monkeypatch.setattr("ui.meetings.invites.QFileDialog.getExistingDirectory",
                        lambda _parent, _title, start: offered.append(start) or "")
    editor.tabs.setCurrentWidget(editor.calendar_tab)
    editor.invites.save_files.click()
    assert offered and Path(offered[0]).is_dir()
