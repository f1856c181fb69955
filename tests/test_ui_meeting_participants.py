"""Issue 13 in the meeting editor's participants tab, over the demo store: the row of a
participant without consent, "Record consent…" from the warning, participants before the first
Save, cancellations only for those invited, the interpreter's language and warning, copying
participants from an earlier meeting."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QBrush, QIcon
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from exports.ical.export import write_invites
from planner.domain import Agency
from planner.domain.enums import AgencyKind, Attendance, ConsentForm, ParticipantKind
from planner.domain.enums import ParticipantRole as Role
from planner.messages import translate
from planner.services import ClientInput, ConsentInput, MeetingInput, ParticipantInput, Planner
from tests.factories import TZ
from tests.test_ui_meeting_editor import (
    add_from_directory,
    only_editor,
    open_client,
    open_from_workspace,
    type_text,
)
from ui.clients.consent_dialog import ConsentDialog
from ui.clients.models import consented_name
from ui.meetings.editor import MeetingEditor
from ui.meetings.models import ParticipantTableModel
from ui.shell.main_window import MainWindow
from ui.widgets.colours import error_colour
from ui.widgets.languages import LanguageCombo

START = datetime(2026, 12, 10, 10, 0, tzinfo=TZ)  # fixed: after the demo day, never "now"
PIRHA = "Pirkanmaan hyvinvointialue"


def service(window: MainWindow) -> Planner:
    assert window.planner is not None
    return window.planner


def meeting_of(window: MainWindow, client_id: int, title: str = "Verkostoneuvottelu",
               start: datetime = START) -> int:
    meeting = service(window).meetings.plan(MeetingInput(
        client_id, title, start, start + timedelta(hours=1), location="Hervannan sote-keskus"))
    return meeting.id or 0


def row_of(editor: MeetingEditor, name: str) -> int:
    model = editor.participants.model
    return next(r for r in range(model.rowCount()) if model.row_at(r).name.startswith(name))


def consent_dialog(editor: MeetingEditor) -> ConsentDialog:
    dialog = editor.sub_dialogs[-1]
    assert isinstance(dialog, ConsentDialog)
    # given before the meeting, whatever day the suite runs on
    dialog.given_at.setDateTime(QDateTime(2026, 11, 30, 12, 0, 0))
    dialog.open_ended.setChecked(True)
    return dialog


def ticked(dialog: ConsentDialog) -> list[str]:
    return [dialog.agencies.item(i).text() for i in range(dialog.agencies.count())
            if dialog.agencies.item(i).checkState() == Qt.CheckState.Checked]


def test_the_issue_scenario_row_marked_and_the_organisation_consented(
        window: MainWindow, qtbot: QtBot) -> None:
    """Consent for Pirha's adult social work; a doctor of Pirha's Hervanta health centre."""
    planner = service(window)
    social = next(a for a in planner.directory.agencies() if a.unit == "Aikuissosiaalityö"
                  and a.name == PIRHA)
    client = planner.clients.create(ClientInput("Aila", "Virtanen"))
    planner.consents.record(ConsentInput(client.id or 0, [social.id or 0], "Kotiutus",
                                         ConsentForm.WRITTEN, START - timedelta(days=20)))
    window.clients.search.setText("Virtanen")
    qtbot.waitUntil(lambda: window.clients.model.rowCount() == 1, timeout=5000)
    editor = open_from_workspace(window, qtbot, meeting_of(window, open_client(
        window, qtbot, "Virtanen")))
    panel = editor.participants
    editor.tabs.setCurrentWidget(panel)
    add_from_directory(editor, qtbot, f"{PIRHA}, Aikuissosiaalityö", "Liisa Mäkelä")
    add_from_directory(editor, qtbot, f"{PIRHA}, Hervannan", "Heikki Saarinen")
    hervanta = f"{PIRHA}, Hervannan sote-keskus"
    no_consent = translate("warning.no_consent", "fi", agency=hervanta)
    qtbot.waitUntil(lambda: panel.warning_text() == f"⚠ {no_consent}", timeout=5000)

    # the doctor's row says it: text, colour, icon and a tooltip naming what is missing
    model = panel.model
    doctor, worker = row_of(editor, "Heikki"), row_of(editor, "Liisa")
    agency = model.index(doctor, ParticipantTableModel.AGENCY)
    assert agency.data() == f"{hervanta} — ei suostumusta"
    brush = model.index(doctor, ParticipantTableModel.NAME).data(
        Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush) and brush.color() == error_colour()
    icon = agency.data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon) and not icon.isNull()
    tip = agency.data(Qt.ItemDataRole.ToolTipRole)
    assert hervanta in tip and PIRHA in tip
    assert model.index(worker, ParticipantTableModel.AGENCY).data() == (
        f"{PIRHA}, Aikuissosiaalityö")  # covered: unmarked
    assert model.index(worker, ParticipantTableModel.NAME).data(
        Qt.ItemDataRole.ForegroundRole) is None

    # "Kirjaa suostumus…" from the warning: the dialog says the rule, the unit ticked
    assert panel.record_consent.isVisible()
    assert panel.record_consent.text() == "K&irjaa suostumus…"
    panel.record_consent.click()
    dialog = consent_dialog(editor)
    assert ticked(dialog) == [hervanta]
    assert "kattaa kaikki sen yksiköt" in dialog.rule.text()
    # the user names the whole organisation instead of the unit
    for i in range(dialog.agencies.count()):
        item = dialog.agencies.item(i)
        whole = item.text() == f"{PIRHA} — koko organisaatio, kaikki sen yksiköt"
        item.setCheckState(Qt.CheckState.Checked if whole else Qt.CheckState.Unchecked)
    type_text(dialog.purpose, "Verkostoneuvottelu")
    dialog.ok.click()
    qtbot.waitUntil(lambda: not panel.warnings.isVisible(), timeout=5000)
    assert not panel.record_consent.isVisible()
    doctor = row_of(editor, "Heikki")
    assert model.index(doctor, ParticipantTableModel.AGENCY).data() == hervanta
    assert planner.consents.covered_agencies(client.id or 0, START) >= {
        a.id for a in planner.directory.agencies() if a.name == PIRHA}


def test_a_unit_recorded_from_the_warning_takes_the_warning_away(
        window: MainWindow, qtbot: QtBot) -> None:
    client_id = open_client(window, qtbot, "Mäkinen")
    editor = open_from_workspace(window, qtbot, meeting_of(window, client_id))
    panel = editor.participants
    editor.tabs.setCurrentWidget(panel)
    add_from_directory(editor, qtbot, "Turun työllisyyspalvelut", "Oskari Heikkinen")
    unit = "Turun työllisyyspalvelut, Työkykypalvelut"
    qtbot.waitUntil(lambda: unit in panel.warning_text(), timeout=5000)
    panel.record_consent.click()
    dialog = consent_dialog(editor)
    assert ticked(dialog) == [unit]
    dialog.ok.click()  # in a hurry: no purpose — said beside the field, nothing lost
    assert dialog.isVisible() and dialog.form.error_text("purpose")
    assert ticked(dialog) == [unit]
    type_text(dialog.purpose, "Työkyvyn tuki")
    dialog.ok.click()
    qtbot.waitUntil(lambda: unit not in panel.warning_text(), timeout=5000)
    assert "ei suostumusta" not in panel.model.index(
        row_of(editor, "Oskari"), ParticipantTableModel.AGENCY).data()


def test_participants_are_chosen_before_the_first_save(window: MainWindow,
                                                       qtbot: QtBot) -> None:
    client_id = open_client(window, qtbot, "Mäkinen")
    window.clients.workspace.new_meeting.click()
    editor = only_editor(window, qtbot)
    panel = editor.participants
    assert editor.tabs.isTabEnabled(editor.tabs.indexOf(panel))
    editor.tabs.setCurrentWidget(panel)
    panel.add_client.click()
    add_from_directory(editor, qtbot, "Kela, Läntinen", "Katja Salonen")
    add_from_directory(editor, qtbot, "Kela, Läntinen", "Katja Salonen", added=False)
    assert panel.directory_form.error_text("professional_id") == translate(
        "validation.participant_duplicate", "fi", name="Katja Salonen")
    type_text(panel.other_name, "Maija Mäkinen")
    type_text(panel.other_email, "maija@")  # mistyped: said beside the field, kept
    panel.add_other.click()
    assert panel.other_form.error_text("email") and panel.other_email.text() == "maija@"
    panel.other_email.setText("maija.makinen@example.fi")
    panel.add_other.click()
    assert [panel.model.row_at(r).name for r in range(panel.model.rowCount())] == [
        "Jari Tapani Mäkinen", "Katja Salonen", "Maija Mäkinen"]
    assert editor.has_unsaved_changes()
    panel.view.selectRow(2)
    panel.remove.click()  # taken away again before anything was stored
    assert panel.model.rowCount() == 2

    type_text(editor.details.title, "Työkyvyn arviointi")
    editor.save.click()  # no place yet: refused, the participants stay listed
    assert editor.meeting_id is None and panel.model.rowCount() == 2
    type_text(editor.details.location, "Tyks Neurokeskus")
    editor.save.click()
    assert editor.meeting_id is not None
    stored = service(window).meeting_details.get(editor.meeting_id)
    assert stored.meeting.client_id == client_id
    assert [(p.kind, p.name) for p in stored.participants] == [
        (ParticipantKind.CLIENT, "Jari Tapani Mäkinen"),
        (ParticipantKind.PROFESSIONAL, "Katja Salonen")]
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2
                    and all(panel.model.row_at(r).id > 0 for r in range(2)), timeout=5000)
    assert not editor.has_unsaved_changes()


def test_a_cancellation_is_offered_only_to_those_invited(window: MainWindow, qtbot: QtBot,
                                                         tmp_path: Path) -> None:
    planner = service(window)
    client_id = open_client(window, qtbot, "Mäkinen")
    meeting_id = meeting_of(window, client_id)
    people = {p.name: p.id for p in planner.directory.professionals()}
    invited = planner.meetings.add_participant(meeting_id, ParticipantInput(
        ParticipantKind.PROFESSIONAL, professional_id=people["Riikka Salminen"]))
    write_invites(planner, meeting_id, tmp_path / "invites")
    planner.meetings.add_participant(meeting_id, ParticipantInput(
        ParticipantKind.PROFESSIONAL, professional_id=people["Ville Lehtinen"]))
    editor = open_from_workspace(window, qtbot, meeting_id)
    panel, invites = editor.participants, editor.invites
    editor.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=5000)

    panel.view.selectRow(row_of(editor, "Ville"))  # added after the invites went out
    panel.remove.click()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5000)
    assert not invites.removed and invites.cancel_removed.isHidden()

    panel.view.selectRow(row_of(editor, "Riikka"))
    panel.remove.click()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0, timeout=5000)
    assert [p.id for p in invites.removed] == [invited.id]
    assert not invites.cancel_removed.isHidden()
    assert invites.cancel_removed.text().endswith("(1)")


def test_the_interpreter_language_is_picked_and_named(window: MainWindow,
                                                      qtbot: QtBot) -> None:
    client_id = open_client(window, qtbot, "Rahimi")
    editor = open_from_workspace(window, qtbot, meeting_of(window, client_id))
    panel = editor.participants
    editor.tabs.setCurrentWidget(panel)
    # the client needs a Dari interpreter (their record) and none is invited: said inline
    needs = translate("warning.no_interpreter", "fi", language="dari")
    qtbot.waitUntil(lambda: f"⚠ {needs}" in panel.warning_text(), timeout=5000)
    panel.add_client.click()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5000)
    language = panel.model.index(0, ParticipantTableModel.LANGUAGE)
    assert language.data() == "dari (دری)"  # not "prs"

    editor_widget = panel.languages.createEditor(panel.view.viewport(),
                                                 QStyleOptionViewItem(), language)
    assert isinstance(editor_widget, LanguageCombo)  # the client form's list
    panel.languages.setEditorData(editor_widget, language)
    assert editor_widget.code() == "prs"
    editor_widget.set_code("ar")
    panel.languages.setModelData(editor_widget, panel.model, language)
    qtbot.waitUntil(lambda: panel.model.index(0, ParticipantTableModel.LANGUAGE).data()
                    == "arabia (العربية)", timeout=5000)
    stored = service(window).meeting_details.get(editor.meeting_id or 0).participants
    assert [p.interpreter_language for p in stored] == ["ar"]

    type_text(panel.other_name, "Hamid Karimi")
    panel.other_role.setCurrentIndex(panel.other_role.findData(Role.INTERPRETER.value))
    panel.add_other.click()
    qtbot.waitUntil(lambda: needs not in panel.warning_text(), timeout=5000)


def test_participants_are_copied_from_an_earlier_meeting(window: MainWindow,
                                                         qtbot: QtBot) -> None:
    planner = service(window)
    client_id = open_client(window, qtbot, "Mäkinen")
    earlier = max((r for r in planner.meetings.list(client_id=client_id)),
                  key=lambda r: len(planner.meeting_details.get(r.id).participants))
    before = planner.meeting_details.get(earlier.id).participants
    assert len(before) >= 3
    meeting_id = meeting_of(window, client_id, "Seuranta", START + timedelta(days=30))
    planner.meetings.add_participant(meeting_id, ParticipantInput(ParticipantKind.CLIENT))
    editor = open_from_workspace(window, qtbot, meeting_id)
    panel = editor.participants
    editor.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5000)
    panel.fill_earlier()
    titles = [a.text() for a in panel.earlier_menu.actions()]
    assert any(earlier.title.replace("&", "&&") in t for t in titles)
    assert not any(t.split(" ", 1)[1] == "Seuranta" for t in titles)  # not itself

    # another client's meeting (an id typed or stale): refused, nothing of it shown
    korhonen = next(r for r in planner.meetings.list() if r.client_id != client_id)
    assert panel.copy_from(korhonen.id) == 0 and panel.model.rowCount() == 1
    assert panel.table_error.text() == translate("validation.meeting_of_another_client", "fi")

    assert panel.copy_from(earlier.id) == len(before) - 1  # the client is here already
    qtbot.waitUntil(lambda: panel.model.rowCount() == len(before), timeout=5000)
    stored = planner.meeting_details.get(meeting_id).participants
    assert sorted(p.name for p in stored) == sorted(p.name for p in before)
    assert {p.attendance for p in stored} == {Attendance.INVITED}  # asked again
    assert panel.copy_from(earlier.id) == 0  # twice: nobody twice
    assert panel.table_error.text() == "Kaikki sen tapaamisen osallistujat ovat jo mukana."
    assert len(planner.meeting_details.get(meeting_id).participants) == len(before)


def test_copying_into_a_new_meeting_lists_them_until_save(window: MainWindow,
                                                          qtbot: QtBot) -> None:
    planner = service(window)
    client_id = open_client(window, qtbot, "Mäkinen")
    earlier = planner.meetings.list(client_id=client_id)[0]
    count = len(planner.meeting_details.get(earlier.id).participants)
    window.clients.workspace.new_meeting.click()
    editor = only_editor(window, qtbot)
    panel = editor.participants
    assert panel.copy_from(earlier.id) == count
    assert panel.model.rowCount() == count and editor.meeting_id is None
    assert all(panel.model.row_at(r).id < 0 for r in range(count))


def test_the_consent_tab_names_the_unit_or_the_whole_organisation(qapp: object) -> None:
    """The tab showed "Pirkanmaan hyvinvointialue" for a consent naming one of its units."""
    unit = Agency(name=PIRHA, kind=AgencyKind.SOCIAL_SERVICES, unit="Aikuissosiaalityö")
    whole = Agency(name=PIRHA, kind=AgencyKind.OTHER, unit="")
    assert consented_name(unit) == f"{PIRHA}, Aikuissosiaalityö"
    assert consented_name(whole) == f"{PIRHA} (koko organisaatio)"


def test_a_new_meeting_warns_of_participants_before_its_first_save(window: MainWindow,
                                                                   qtbot: QtBot) -> None:
    open_client(window, qtbot, "Mäkinen")
    window.clients.workspace.new_meeting.click()
    editor = only_editor(window, qtbot)
    editor.details.date.setDate(START.date())  # Jari's consent is valid then, whenever run
    panel = editor.participants
    editor.tabs.setCurrentWidget(panel)
    assert not panel.warnings.isVisible()
    add_from_directory(editor, qtbot, "Turun työllisyyspalvelut", "Oskari Heikkinen")
    unit = "Turun työllisyyspalvelut, Työkykypalvelut"
    assert panel.warning_text().splitlines() == [
        "⚠ " + translate("warning.no_consent", "fi", agency=unit),
        "⚠ " + translate("warning.no_email", "fi", name="Oskari Heikkinen")]
    assert panel.model.index(0, ParticipantTableModel.AGENCY).data() == (
        f"{unit} — ei suostumusta")
    panel.record_consent.click()
    dialog = consent_dialog(editor)
    assert ticked(dialog) == [unit]
    type_text(dialog.purpose, "Työkyvyn tuki")
    dialog.ok.click()
    qtbot.waitUntil(lambda: unit not in panel.warning_text(), timeout=5000)
    assert editor.meeting_id is None and panel.model.rowCount() == 1  # still to be saved
    assert panel.model.index(0, ParticipantTableModel.AGENCY).data() == unit
