"""The meeting editor over the demo store: details, participants with warnings, notes, actions."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDateTimeEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from planner.domain.enums import (
    ActionStatus,
    Attendance,
    MeetingMode,
    MeetingStatus,
    ParticipantKind,
    ParticipantRole,
)
from planner.messages import translate
from planner.services import ActionRow, MeetingInput, Planner
from tests.factories import TZ
from tests.support.dialogs import answer_next_box
from ui.meetings.editor import MeetingEditor
from ui.meetings.models import MeetingActionTableModel, ParticipantLine, ParticipantTableModel
from ui.shell.main_window import MainWindow

TODAY = date(2026, 11, 25)


def type_text(widget: QWidget, text: str) -> None:
    """Key presses carrying the characters (QTest's keyClicks knows only ASCII, not ä or ö)."""
    target = widget.lineEdit() if isinstance(widget, QComboBox) else widget
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))


def service(window: MainWindow) -> Planner:
    assert window.planner is not None
    return window.planner


def open_client(window: MainWindow, qtbot: QtBot, name: str) -> int:
    model = window.clients.model
    row = next(r for r in range(model.rowCount()) if name in model.row_at(r).name)
    window.clients.view.activated.emit(model.index(row, 0))
    qtbot.waitUntil(lambda: window.clients.workspace.bundle is not None, timeout=5000)
    return model.row_at(row).id


def only_editor(window: MainWindow, qtbot: QtBot) -> MeetingEditor:
    editors = window.clients.meeting_editors.open_editors
    qtbot.waitUntil(lambda: len(editors) == 1 and editors[0].bundle is not None, timeout=5000)
    return editors[0]


def type_date_and_time(qtbot: QtBot, editor: MeetingEditor, day: str, clock: str) -> None:
    """As a user does: click into the day (or hour) part and type the Finnish form."""
    details = editor.details
    details.date.setFocus()
    details.date.setSelectedSection(QDateTimeEdit.Section.DaySection)
    qtbot.keyClicks(details.date, day)
    details.time.setFocus()
    details.time.setSelectedSection(QDateTimeEdit.Section.HourSection)
    qtbot.keyClicks(details.time, clock)


def planned_meeting(window: MainWindow, client_id: int, title: str = "Työkokeilun suunnittelu",
                    ) -> int:
    start = datetime(2026, 12, 3, 10, 0, tzinfo=TZ)
    meeting = service(window).meetings.plan(MeetingInput(
        client_id, title, start, start + timedelta(hours=1), location="Tyks Neurokeskus"))
    return meeting.id or 0


def open_from_workspace(window: MainWindow, qtbot: QtBot, meeting_id: int) -> MeetingEditor:
    space = window.clients.workspace
    space.reload()
    model = space.meetings
    qtbot.waitUntil(lambda: any(model.row_at(r).id == meeting_id
                                for r in range(model.rowCount())), timeout=5000)
    row = next(r for r in range(model.rowCount()) if model.row_at(r).id == meeting_id)
    space.meeting_view.activated.emit(model.index(row, 0))  # double-click or Enter
    return only_editor(window, qtbot)


def test_a_new_meeting_is_created_through_the_editor(window: MainWindow, qtbot: QtBot) -> None:
    client_id = open_client(window, qtbot, "Mäkinen")
    space = window.clients.workspace
    before = space.meetings.rowCount()
    space.new_meeting.click()
    editor = only_editor(window, qtbot)
    details = editor.details
    assert editor.parent() is window and editor.isVisible()
    assert details.client_name.text() == "Jari Tapani Mäkinen"
    # participants can be chosen before the first Save (issue 13); actions only after it
    assert editor.tabs.isTabEnabled(editor.tabs.indexOf(editor.participants))
    assert not editor.tabs.isTabEnabled(editor.tabs.indexOf(editor.agreed_actions))
    type_text(details.title, "Työkokeilun suunnittelu")
    type_date_and_time(qtbot, editor, "3.12.2026", "13.30")
    details.minutes.selectAll()
    qtbot.keyClicks(details.minutes, "90")
    assert details.value(client_id).end == datetime(2026, 12, 3, 15, 0, tzinfo=TZ)
    editor.save.click()  # in person, but no place
    assert details.form.error_text("location") == translate("validation.location_required",
                                                            "fi")
    assert editor.isVisible() and editor.meeting_id is None
    assert details.title.text() == "Työkokeilun suunnittelu"
    qtbot.keyClicks(details.location, "Tyks Neurokeskus, neuvotteluhuone 3")
    for item in ("Tulot työkokeilun aikana", "Työkokeilun aloitus"):
        type_text(details.agenda.new_item, item)
        qtbot.keyClick(details.agenda.new_item, Qt.Key.Key_Return)
    details.agenda.list.setCurrentRow(1)
    details.agenda.up.click()
    editor.save.click()
    assert editor.meeting_id is not None and details.form.error_text("location") == ""
    assert editor.tabs.isTabEnabled(editor.tabs.indexOf(editor.participants))
    assert not editor.has_unsaved_changes()
    stored = service(window).meeting_details.get(editor.meeting_id)
    assert stored.meeting.client_id == client_id
    assert stored.meeting.start == datetime(2026, 12, 3, 13, 30, tzinfo=TZ)
    assert stored.meeting.end == datetime(2026, 12, 3, 15, 0, tzinfo=TZ)
    assert stored.meeting.mode == MeetingMode.IN_PERSON
    assert [a.title for a in stored.agenda] == ["Työkokeilun aloitus",
                                                "Tulot työkokeilun aikana"]
    assert "Työkokeilun suunnittelu" in editor.windowTitle()
    qtbot.waitUntil(lambda: space.meetings.rowCount() == before + 1, timeout=5000)


def add_from_directory(editor: MeetingEditor, qtbot: QtBot, agency: str, person: str,
                       added: bool = True) -> None:
    panel = editor.participants
    panel.agency.setCurrentIndex(next(i for i in range(panel.agency.count())
                                      if panel.agency.itemText(i).startswith(agency)))
    panel.person.setCurrentIndex(next(i for i in range(panel.person.count())
                                      if panel.person.itemText(i).startswith(person)))
    count = panel.model.rowCount()
    panel.add_person.click()
    if added:
        qtbot.waitUntil(lambda: panel.model.rowCount() == count + 1, timeout=5000)


def test_participants_from_four_agencies_warn_inline(window: MainWindow, qtbot: QtBot) -> None:
    client_id = open_client(window, qtbot, "Mäkinen")
    editor = open_from_workspace(window, qtbot, planned_meeting(window, client_id))
    panel = editor.participants
    editor.tabs.setCurrentWidget(panel)
    assert not panel.warnings.isVisible()
    panel.add_client.click()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5000)
    for agency, person in (("Kela, Läntinen", "Katja Salonen"),
                           ("Varsinais-Suomen", "Riikka Salminen"),
                           ("Tyks", "Ville Lehtinen"),
                           ("Turun työllisyyspalvelut", "Oskari Heikkinen")):
        add_from_directory(editor, qtbot, agency, person)
    # Employment services are not in Jari's consent, and their officer has no e-mail.
    no_consent = translate("warning.no_consent", "fi",
                           agency="Turun työllisyyspalvelut, Työkykypalvelut")
    no_email = translate("warning.no_email", "fi", name="Oskari Heikkinen")
    assert panel.warnings.isVisible()
    assert panel.warning_text().splitlines() == [f"⚠ {no_consent}", f"⚠ {no_email}"]
    assert "Kela" not in panel.warning_text() and "Tyks" not in panel.warning_text()

    type_text(panel.other_name, "Maija Mäkinen")
    panel.other_role.setCurrentIndex(panel.other_role.findData(
        ParticipantRole.FAMILY_MEMBER.value))
    panel.add_other.click()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 6, timeout=5000)
    assert panel.other_name.text() == ""
    qtbot.waitUntil(lambda: translate("warning.no_email", "fi", name="Maija Mäkinen")
                    in panel.warning_text(), timeout=5000)
    family = panel.model.row_at(5)
    assert family.kind == ParticipantKind.FAMILY and family.role == ParticipantRole.FAMILY_MEMBER

    add_from_directory(editor, qtbot, "Kela, Läntinen", "Katja Salonen", added=False)
    assert panel.directory_form.error_text("professional_id") == translate(
        "validation.participant_duplicate", "fi", name="Katja Salonen")
    assert panel.model.rowCount() == 6

    panel.view.selectRow(4)  # Oskari Heikkinen: removing him removes both of his warnings
    panel.remove.click()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 5, timeout=5000)
    assert "Turun työllisyyspalvelut" not in panel.warning_text()
    assert "Maija Mäkinen" in panel.warning_text()


def test_attendance_role_and_need_are_edited_in_the_table(window: MainWindow,
                                                          qtbot: QtBot) -> None:
    client_id = open_client(window, qtbot, "Mäkinen")
    editor = open_from_workspace(window, qtbot, planned_meeting(window, client_id))
    panel = editor.participants
    editor.tabs.setCurrentWidget(panel)
    add_from_directory(editor, qtbot, "Tyks", "Ville Lehtinen")
    model, view = panel.model, panel.view
    cell = model.index(0, ParticipantTableModel.ATTENDANCE)
    view.setCurrentIndex(cell)
    view.edit(cell)
    combo = view.findChild(QComboBox)
    assert combo is not None and combo.count() == len(Attendance)
    combo.setCurrentIndex(combo.findData(Attendance.ATTENDED.value))
    qtbot.keyClick(combo, Qt.Key.Key_Return)  # commits the choice
    qtbot.waitUntil(lambda: service(window).meeting_details.get(
        editor.meeting_id or 0).participants[0].attendance == Attendance.ATTENDED, timeout=5000)
    model.setData(model.index(0, ParticipantTableModel.REQUIRED), Qt.CheckState.Unchecked,
                  Qt.ItemDataRole.CheckStateRole)
    model.setData(model.index(0, ParticipantTableModel.ROLE), ParticipantRole.CASE_LEAD.value)
    stored = service(window).meeting_details.get(editor.meeting_id or 0).participants[0]
    assert (stored.required, stored.role) == (False, ParticipantRole.CASE_LEAD)
    qtbot.waitUntil(lambda: model.data(model.index(0, ParticipantTableModel.ROLE)) ==
                    "vastuuhenkilö", timeout=5000)
    model.setData(model.index(0, ParticipantTableModel.LANGUAGE), "ei kieli")
    assert panel.table_error.text() == translate("validation.language_invalid", "fi",
                                                 value="ei kieli")
    qtbot.waitUntil(lambda: model.row_at(0).interpreter_language == "", timeout=5000)


def test_notes_and_agreed_actions(window: MainWindow, qtbot: QtBot) -> None:
    client_id = open_client(window, qtbot, "Mäkinen")
    meeting_id = planned_meeting(window, client_id)
    editor = open_from_workspace(window, qtbot, meeting_id)
    add_from_directory(editor, qtbot, "Tyks", "Ville Lehtinen")
    notes = editor.notes
    editor.tabs.setCurrentWidget(notes)
    type_text(notes.decisions, "Työkokeilu alkaa tammikuussa.")
    qtbot.keyClicks(notes.client_view, "Haluan kokeilla, kun tulot on laskettu.")
    assert editor.has_unsaved_changes()
    editor.save.click()
    note = service(window).meeting_details.get(meeting_id).note
    assert note is not None and note.decisions == "Työkokeilu alkaa tammikuussa."
    assert note.client_view == "Haluan kokeilla, kun tulot on laskettu."
    assert note.updated_by == "Katja Salonen"

    actions = editor.agreed_actions
    editor.tabs.setCurrentWidget(actions)
    qtbot.waitUntil(lambda: actions.responsible.count() > 1, timeout=5000)
    assert actions.responsible.itemText(0) == "Jari Tapani Mäkinen"  # the client first
    actions.add.click()
    assert actions.form.error_text("description") == translate("validation.required", "fi")
    qtbot.keyClicks(actions.description, "Ammatillisen kuntoutuksen lausunto")
    actions.responsible.setCurrentIndex(next(
        i for i in range(actions.responsible.count())
        if actions.responsible.itemText(i).startswith("Ville Lehtinen")))
    actions.due.setDate(QDate(2026, 12, 17))
    actions.add.click()
    qtbot.waitUntil(lambda: actions.model.rowCount() == 1, timeout=5000)
    type_text(actions.description, "Työkokeilupaikan kysyminen")
    type_text(actions.responsible, "Jarin työvalmentaja")  # a name not in any list
    actions.no_due.setChecked(True)
    actions.add.click()
    qtbot.waitUntil(lambda: actions.model.rowCount() == 2, timeout=5000)
    rows: list[ActionRow] = [actions.model.row_at(r) for r in range(2)]
    assert (rows[0].responsible, rows[0].agency, rows[0].due_date) == (
        "Ville Lehtinen", "Tyks", date(2026, 12, 17))
    assert (rows[1].responsible, rows[1].due_date) == ("Jarin työvalmentaja", None)

    actions.view.selectRow(0)
    actions.new_status.setCurrentIndex(actions.new_status.findData(ActionStatus.DONE.value))
    assert actions.completion_note.isEnabled()
    type_text(actions.completion_note, "Lausunto lähetetty Kelaan.")
    actions.mark.click()
    qtbot.waitUntil(lambda: actions.model.row_at(0).status == ActionStatus.DONE, timeout=5000)
    assert actions.model.data(actions.model.index(0, MeetingActionTableModel.STATUS)) == "tehty"
    stored = [a for a in service(window).actions.list(meeting_id=meeting_id)]
    assert {a.status for a in stored} == {ActionStatus.DONE, ActionStatus.OPEN}
    space = window.clients.workspace
    qtbot.waitUntil(lambda: any(space.actions.row_at(r).description == "Työkokeilupaikan "
                                "kysyminen" for r in range(space.actions.rowCount())),
                    timeout=5000)


def test_ctrl_n_opens_a_new_meeting_for_the_open_client(window: MainWindow,
                                                        qtbot: QtBot) -> None:
    client_id = open_client(window, qtbot, "Nieminen")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = only_editor(window, qtbot)
    assert editor.client_id == client_id and editor.meeting_id is None
    assert editor.details.client_picker is None
    assert editor.details.client_name.text() == "Sanna Maria Nieminen"


def test_ctrl_n_without_an_open_client_asks_for_the_client(window: MainWindow,
                                                           qtbot: QtBot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = only_editor(window, qtbot)
    picker = editor.details.client_picker
    assert picker is not None and picker.count() == 5 and picker.currentIndex() == -1
    qtbot.keyClicks(editor.details.title, "Verkostoneuvottelu")
    qtbot.keyClicks(editor.details.location, "Malmin sosiaaliasema")
    editor.save.click()
    assert editor.details.form.error_text("client_id") == translate("validation.required", "fi")
    picker.setCurrentIndex(next(i for i in range(picker.count())
                                if picker.itemText(i).startswith("Ahmad Rahimi")))
    editor.save.click()
    assert editor.meeting_id is not None and not picker.isEnabled()
    stored = service(window).meeting_details.get(editor.meeting_id)
    assert stored.client.display_name == "Ahmad Rahimi"


def test_unsaved_changes_are_asked_about_on_cancel(window: MainWindow, qtbot: QtBot) -> None:
    client_id = open_client(window, qtbot, "Mäkinen")
    meeting_id = planned_meeting(window, client_id)
    editor = open_from_workspace(window, qtbot, meeting_id)
    assert not editor.has_unsaved_changes()
    editor.details.title.selectAll()
    type_text(editor.details.title, "Työkokeilun aloitus")
    asked: list[str] = []
    answer_next_box(QMessageBox.ButtonRole.RejectRole, asked)  # keep editing
    editor.close_button.click()
    assert len(asked) == 1 and "Työkokeilun aloitus" in asked[0]
    assert editor.isVisible() and editor.details.title.text() == "Työkokeilun aloitus"
    answer_next_box(QMessageBox.ButtonRole.DestructiveRole, asked)  # discard
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.clients.meeting_editors.open_editors, timeout=5000)
    assert len(asked) == 2
    assert service(window).meeting_details.get(meeting_id).meeting.title == \
        "Työkokeilun suunnittelu"


def test_save_from_the_question_keeps_what_was_typed(window: MainWindow, qtbot: QtBot) -> None:
    client_id = open_client(window, qtbot, "Mäkinen")
    meeting_id = planned_meeting(window, client_id)
    editor = open_from_workspace(window, qtbot, meeting_id)
    editor.details.status.setCurrentIndex(editor.details.status.findData(
        MeetingStatus.CONFIRMED.value))
    answer_next_box(QMessageBox.ButtonRole.AcceptRole)  # save
    editor.close()
    qtbot.waitUntil(lambda: not window.clients.meeting_editors.open_editors, timeout=5000)
    assert service(window).meeting_details.get(meeting_id).meeting.status == \
        MeetingStatus.CONFIRMED


def test_locking_saves_and_closes_the_editor(window: MainWindow, qtbot: QtBot) -> None:
    client_id = open_client(window, qtbot, "Mäkinen")
    meeting_id = planned_meeting(window, client_id)
    editor = open_from_workspace(window, qtbot, meeting_id)
    editor.tabs.setCurrentWidget(editor.notes)
    qtbot.keyClicks(editor.notes.decisions, "Sovittiin seuraava tapaaminen.")
    window.lock()
    assert not window.clients.meeting_editors.open_editors
    qtbot.waitUntil(lambda: not isValid(editor), timeout=5000)  # deleted with its data
    assert window.unlock()
    note = service(window).meeting_details.get(meeting_id).note
    assert note is not None and note.decisions == "Sovittiin seuraava tapaaminen."


def test_the_calendar_opens_a_meeting(window: MainWindow, qtbot: QtBot) -> None:
    calendar = window.calendar
    window.navigation.setCurrentRow(window.stack.indexOf(calendar))
    calendar.anchor = date(2026, 12, 4)  # the week of Aino Korhonen's follow-up meeting
    calendar.refresh()
    qtbot.waitUntil(lambda: any(calendar.model.row_at(r).title == "Seurantaneuvottelu"
                                for r in range(calendar.model.rowCount())), timeout=5000)
    row = next(r for r in range(calendar.model.rowCount())
               if calendar.model.row_at(r).title == "Seurantaneuvottelu")
    calendar.view.activated.emit(calendar.model.index(row, 0))
    editors = calendar.meeting_editors.open_editors
    qtbot.waitUntil(lambda: len(editors) == 1 and editors[0].bundle is not None, timeout=5000)
    editor = editors[0]
    assert editor.details.title.text() == "Seurantaneuvottelu"
    assert editor.details.chosen_status() == MeetingStatus.CONFIRMED
    assert editor.participants.model.rowCount() == 5
    editor.details.minutes.setValue(90)
    assert calendar.unsaved_editors() == [(editor, editor.what())]
    editor.save.click()
    qtbot.waitUntil(lambda: calendar.model.row_at(row).end - calendar.model.row_at(row).start
                    == timedelta(minutes=90), timeout=5000)
    window.lock()
    assert not calendar.meeting_editors.open_editors


# --- the models, without widgets ---------------------------------------------------------------
def line(**changes: object) -> ParticipantLine:
    values: dict[str, object] = dict(
        id=1, kind=ParticipantKind.PROFESSIONAL, name="Oskari Heikkinen", email=None,
        professional_id=7, agency_id=3, agency="Turun työllisyyspalvelut, Työkykypalvelut",
        role=ParticipantRole.EMPLOYMENT_OFFICER, required=True, interpreter_language="",
        attendance=Attendance.INVITED)
    values.update(changes)
    return ParticipantLine(**values)  # type: ignore[arg-type]


def test_participant_model_edits_and_labels(qapp: object) -> None:
    model = ParticipantTableModel()
    client = line(id=2, kind=ParticipantKind.CLIENT, name="Jari Mäkinen", professional_id=None,
                  agency_id=None, agency="", role=ParticipantRole.CLIENT)
    model.set_rows([line(), client])
    edits: list[tuple[ParticipantLine, str]] = []
    model.edited.connect(lambda changed, field: edits.append((changed, field)))
    assert model.columnCount() == 6
    assert model.headerData(ParticipantTableModel.ROLE, Qt.Orientation.Horizontal)
    no_email = model.data(model.index(0, ParticipantTableModel.NAME))
    assert no_email.startswith("Oskari Heikkinen") and no_email != "Oskari Heikkinen"
    assert model.data(model.index(0, ParticipantTableModel.NAME), Qt.ItemDataRole.ToolTipRole) \
        is None
    assert model.data(model.index(1, ParticipantTableModel.NAME)) == "Jari Mäkinen"
    assert model.data(model.index(0, ParticipantTableModel.ROLE)) == \
        "työllisyyspalvelujen asiantuntija"
    assert model.data(model.index(0, ParticipantTableModel.ATTENDANCE)) == "kutsuttu"
    assert model.data(model.index(0, ParticipantTableModel.REQUIRED),
                      Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    # The client's role is fixed; nobody else is offered the client's role.
    assert not model.flags(model.index(1, ParticipantTableModel.ROLE)) & \
        Qt.ItemFlag.ItemIsEditable
    roles = [value for value, _text in model.choices(model.index(0, ParticipantTableModel.ROLE))]
    assert ParticipantRole.CLIENT.value not in roles and len(roles) == len(ParticipantRole) - 1
    assert model.setData(model.index(0, ParticipantTableModel.ATTENDANCE),
                         Attendance.DECLINED.value)
    assert model.setData(model.index(0, ParticipantTableModel.REQUIRED), 0,
                         Qt.ItemDataRole.CheckStateRole)
    assert not model.setData(model.index(0, ParticipantTableModel.NAME), "Toinen nimi")
    assert not model.setData(model.index(1, ParticipantTableModel.ROLE),
                             ParticipantRole.OTHER.value)
    assert [(changed.attendance, changed.required, field) for changed, field in edits] == [
        (Attendance.DECLINED, True, "attendance"), (Attendance.DECLINED, False, "required")]
    assert model.data(model.index(0, ParticipantTableModel.REQUIRED),
                      Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.data(model.index(0, ParticipantTableModel.REQUIRED)) != \
        model.data(model.index(1, ParticipantTableModel.REQUIRED))  # optional / required
    model.read_only = True
    assert not model.flags(model.index(0, ParticipantTableModel.ATTENDANCE)) & \
        Qt.ItemFlag.ItemIsEditable


def test_meeting_action_model_has_no_client_column(qapp: object) -> None:
    late = ActionRow(1, 2, "Jari Mäkinen", 3, "Laskelma tuloista", "Katja Salonen", "Kela", 4,
                     date(2026, 11, 20), ActionStatus.OPEN, True)
    model = MeetingActionTableModel()
    model.set_rows([late])
    assert model.columnCount() == 6  # the completion note last
    assert model.headerData(MeetingActionTableModel.RESPONSIBLE, Qt.Orientation.Horizontal) \
        == "Vastuuhenkilö"
    assert model.data(model.index(0, MeetingActionTableModel.RESPONSIBLE)) == "Katja Salonen"
    assert model.data(model.index(0, MeetingActionTableModel.DUE)) == "20.11.2026 (myöhässä)"
    assert model.data(model.index(0, MeetingActionTableModel.STATUS)) == "avoin"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.FontRole).bold()


def test_a_due_date_already_passed_is_said_beside_the_field(window: MainWindow,
                                                            qtbot: QtBot) -> None:
    """Issue 13, defect 11: a due date in the past was accepted silently."""
    from datetime import datetime, timedelta

    from PySide6.QtCore import QDate

    from tests.factories import TZ

    client_id = open_client(window, qtbot, "Mäkinen")
    editor = open_from_workspace(window, qtbot, planned_meeting(window, client_id))
    actions = editor.agreed_actions
    editor.tabs.setCurrentWidget(actions)
    assert not actions.due_hint.isVisibleTo(actions)  # the default: two weeks ahead
    yesterday = datetime.now(TZ).date() - timedelta(days=1)
    actions.due.setDate(QDate(yesterday.year, yesterday.month, yesterday.day))
    assert actions.due_hint.isVisibleTo(actions)
    assert actions.due_hint.text() == "⚠ Määräpäivä on jo mennyt."
    assert actions.due.accessibleDescription() == actions.due_hint.text()
    actions.no_due.setChecked(True)
    assert not actions.due_hint.isVisibleTo(actions)
