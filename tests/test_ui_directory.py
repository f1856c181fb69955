"""Agencies and people over the demo store: lists, filter, dialogs with errors beside the fields,
new and edited records, unsaved changes, lock; the models without widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from planner.demo_data import AGENCIES
from planner.domain import Agency, Professional
from planner.domain.enums import AgencyKind, ParticipantRole
from planner.messages import label, translate
from tests.support.dialogs import answer_next_box
from tests.support.windows import demo_store, unlocked_window
from ui.directory.dialogs import parse_languages
from ui.directory.models import AgencyTableModel, ProfessionalTableModel, filter_agencies
from ui.directory.page import DirectoryPage
from ui.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> MainWindow:
    demo_store(data_dir)
    window = unlocked_window(qtbot, data_dir)
    window.navigation.setCurrentRow(window.stack.indexOf(window.directory))
    qtbot.waitUntil(lambda: window.directory.agencies.rowCount() == len(AGENCIES),
                    timeout=5000)
    return window


def select(page: DirectoryPage, name: str, unit: str) -> None:
    model = page.agencies
    row = next(r for r in range(model.rowCount())
               if (model.row_at(r).name, model.row_at(r).unit) == (name, unit))
    page.agency_view.setCurrentIndex(model.index(row, 0))


def people(page: DirectoryPage) -> list[str]:
    return [page.people.row_at(r).name for r in range(page.people.rowCount())]


def agencies(page: DirectoryPage) -> list[tuple[str, str]]:
    return [(page.agencies.row_at(r).name, page.agencies.row_at(r).unit)
            for r in range(page.agencies.rowCount())]


# --- the models, without widgets ------------------------------------------------------------
def test_agency_model_shows_kind_labels_and_business_id(qapp: object) -> None:
    model = AgencyTableModel()
    model.set_rows([Agency(id=1, name="Kela", kind=AgencyKind.KELA, unit="Itäinen vakuutuspiiri",
                           business_id="0246246-0"),
                    Agency(id=2, name="Tays", kind=AgencyKind.HOSPITAL)])
    assert model.rowCount() == 2 and model.columnCount() == 4
    assert model.data(model.index(0, AgencyTableModel.KIND)) == "Kela"
    assert model.data(model.index(1, AgencyTableModel.KIND)) == "sairaala"
    assert model.data(model.index(0, AgencyTableModel.BUSINESS_ID)) == "0246246-0"
    assert model.data(model.index(1, AgencyTableModel.BUSINESS_ID)) == ""
    assert model.row_of(2) == 1 and model.row_of(99) == -1


def test_person_model_shows_role_label_contacts_and_languages(qapp: object) -> None:
    model = ProfessionalTableModel()
    model.set_rows([Professional(id=5, name="Farid Ahmadi", title="asioimistulkki",
                                 role=ParticipantRole.INTERPRETER, agency_id=1,
                                 email=None, phone="040 555 0101",
                                 languages=["prs", "fa", "fi"])])
    cells = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert cells == ["Farid Ahmadi", "asioimistulkki",
                     label("participant_role", "interpreter", "fi"), "", "040 555 0101",
                     "prs, fa, fi"]


def test_filter_words_match_name_unit_kind_and_business_id(qapp: object) -> None:
    rows = [Agency(id=1, name="Kela", kind=AgencyKind.KELA, unit="Itäinen vakuutuspiiri",
                   business_id="0246246-0"),
            Agency(id=2, name="Tays", kind=AgencyKind.HOSPITAL, unit="Kuntoutuspoliklinikka"),
            Agency(id=3, name="KYS", kind=AgencyKind.HOSPITAL, unit="Nuorisopsykiatria")]
    assert [a.id for a in filter_agencies(rows, "")] == [1, 2, 3]
    assert [a.id for a in filter_agencies(rows, "SAIRAALA")] == [2, 3]  # the kind label
    assert [a.id for a in filter_agencies(rows, "sairaala nuoriso")] == [3]
    assert [a.id for a in filter_agencies(rows, "0246246")] == [1]
    assert filter_agencies(rows, "koulu") == []


def test_languages_are_split_on_commas_and_spaces() -> None:
    assert parse_languages(" fi, sv  en;ar ") == ("fi", "sv", "en", "ar")
    assert parse_languages("") == ()


# --- the page --------------------------------------------------------------------------------
def test_page_sits_between_actions_and_settings(window: MainWindow) -> None:
    pages = [page for _title, page in window.pages]
    assert pages.index(window.directory) == pages.index(window.actions) + 1
    assert pages.index(window.settings) == pages.index(window.directory) + 1


def test_choosing_an_agency_lists_its_people(window: MainWindow) -> None:
    page = window.directory
    assert window.planner is not None
    assert agencies(page) == [(a.name, a.unit) for a in window.planner.directory.agencies()]
    select(page, "Tays", "Kuntoutustutkimuspoliklinikka")
    assert people(page) == ["Pekka Laine", "Satu Virtanen"]
    assert page.people.data(page.people.index(1, ProfessionalTableModel.ROLE)) == \
        label("participant_role", "physiotherapist", "fi")
    assert page.agencies.data(page.agencies.index(
        page.agency_view.currentIndex().row(), AgencyTableModel.KIND)) == "sairaala"
    select(page, "Pääkaupunkiseudun tulkkikeskus", "")
    assert people(page) == ["Farid Ahmadi"]
    assert page.people.data(page.people.index(0, ProfessionalTableModel.LANGUAGES)) == \
        "prs, fa, fi"
    assert page.edit_agency.isEnabled() and page.new_person.isEnabled()
    assert not page.edit_person.isEnabled()  # no person chosen yet


def test_filter_box_narrows_the_agencies(window: MainWindow, qtbot: QtBot) -> None:
    page = window.directory
    qtbot.keyClicks(page.filter, "tays")
    assert agencies(page) == [("Kela", "Läntinen vakuutuspiiri, Kela sairaalassa (Tays)"),
                              ("Tays", "Kuntoutustutkimuspoliklinikka")]
    assert page.selected_agency() is not None  # the first match is chosen
    assert people(page) == ["Katja Salonen"]
    page.filter.clear()
    qtbot.keyClicks(page.filter, "0246246-0")
    assert len(agencies(page)) == 4 and {n for n, _u in agencies(page)} == {"Kela"}
    page.filter.setText("ei tällaista toimijaa")
    assert agencies(page) == [] and people(page) == []
    assert not page.edit_agency.isEnabled() and not page.new_person.isEnabled()


def test_wrong_business_id_and_email_show_beside_the_fields_then_a_valid_agency_saves(
        window: MainWindow, qtbot: QtBot) -> None:
    page = window.directory
    page.new_agency.click()
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.name, "Tampereen talous- ja velkaneuvonta")
    qtbot.keyClicks(dialog.business_id, "1234567-8")
    qtbot.keyClicks(dialog.email, "neuvonta@")
    dialog.kind.setCurrentIndex(dialog.kind.findData(AgencyKind.OTHER))
    dialog.ok.click()
    assert dialog.form.error_text("business_id") == translate(
        "validation.ytunnus_invalid", "fi", value="1234567-8")
    assert dialog.form.error_text("email") == translate(
        "validation.email_invalid", "fi", value="neuvonta@")
    assert dialog.form.error_text("name") == ""
    assert dialog.isVisible()  # nothing typed is lost
    assert (dialog.name.text(), dialog.business_id.text(), dialog.email.text()) == \
        ("Tampereen talous- ja velkaneuvonta", "1234567-8", "neuvonta@")
    assert dialog.business_id.accessibleDescription() == dialog.form.error_text("business_id")
    dialog.business_id.setText("1234567-1")
    dialog.email.setText("neuvonta@example.fi")
    dialog.ok.click()
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: page.agencies.rowCount() == len(AGENCIES) + 1, timeout=5000)
    chosen = page.selected_agency()
    assert chosen is not None and chosen.name == "Tampereen talous- ja velkaneuvonta"
    assert (chosen.business_id, chosen.email) == ("1234567-1", "neuvonta@example.fi")
    assert page.dialog is None and people(page) == []


def test_new_person_errors_then_saved_and_listed(window: MainWindow, qtbot: QtBot) -> None:
    page = window.directory
    select(page, "Tyks", "Neurokeskus, moniammatillinen kuntoutuspoliklinikka")
    page.new_person.click()
    dialog = page.dialog
    assert dialog is not None
    assert dialog.agency.currentText().startswith("Tyks")  # the chosen agency by default
    qtbot.keyClicks(dialog.name, "Sanna Puhakka")
    qtbot.keyClicks(dialog.title, "puheterapeutti")
    dialog.role.setCurrentIndex(dialog.role.findData(ParticipantRole.SPEECH_THERAPIST))
    qtbot.keyClicks(dialog.email, "sanna.puhakka@@varha.fi")
    qtbot.keyClicks(dialog.languages, "fi, xx")
    dialog.ok.click()
    assert dialog.form.error_text("email") == translate(
        "validation.email_invalid", "fi", value="sanna.puhakka@@varha.fi")
    assert dialog.form.error_text("languages") == translate(
        "validation.language_invalid", "fi", value="xx")
    assert dialog.isVisible() and dialog.languages.text() == "fi, xx"
    dialog.email.setText("sanna.puhakka@varha.fi")
    dialog.languages.setText("fi, sv")
    dialog.ok.click()
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: "Sanna Puhakka" in people(page), timeout=5000)
    assert people(page) == ["Hanna Aalto", "Sanna Puhakka", "Ville Lehtinen"]
    person = page.selected_person()
    assert person is not None and person.name == "Sanna Puhakka"
    assert (person.role, person.languages) == (ParticipantRole.SPEECH_THERAPIST, ["fi", "sv"])


def test_edit_agency_and_person(window: MainWindow, qtbot: QtBot) -> None:
    page = window.directory
    select(page, "OYS", "Lasten ja nuorten poliklinikka")
    page.edit_agency.click()
    dialog = page.dialog
    assert dialog is not None and dialog.name.text() == "OYS"
    assert dialog.kind.currentData() == AgencyKind.HOSPITAL
    dialog.unit.setText("Lasten ja nuorten poliklinikka, kuntoutus")
    dialog.ok.click()
    qtbot.waitUntil(lambda: ("OYS", "Lasten ja nuorten poliklinikka, kuntoutus")
                    in agencies(page), timeout=5000)
    assert page.selected_agency().unit.endswith("kuntoutus")  # type: ignore[union-attr]
    page.people_view.setCurrentIndex(page.people.index(0, 0))
    page.edit_person.click()
    dialog = page.dialog
    assert dialog is not None and dialog.name.text() == "Mervi Kallio"
    assert dialog.languages.text() == "fi, en"
    dialog.phone.setText("040 318 2299")
    dialog.ok.click()
    qtbot.waitUntil(lambda: page.people.rowCount() == 1 and
                    page.people.row_at(0).phone == "040 318 2299", timeout=5000)
    assert page.selected_person() is not None


def test_unsaved_dialog_asks_on_cancel(window: MainWindow, qtbot: QtBot) -> None:
    page = window.directory
    select(page, "KYS", "Nuorisopsykiatrian poliklinikka")
    page.people_view.setCurrentIndex(page.people.index(0, 0))
    page.edit_person.click()
    dialog = page.dialog
    assert dialog is not None and not dialog.has_unsaved_changes()
    dialog.title.setText("psykoterapeutti")
    assert [editor for editor, _what in page.unsaved_editors()] == [dialog]
    asked: list[str] = []
    answer_next_box(QMessageBox.ButtonRole.RejectRole, asked)  # keep editing
    dialog.cancel.click()
    assert len(asked) == 1 and dialog.isVisible() and dialog.title.text() == "psykoterapeutti"
    answer_next_box(QMessageBox.ButtonRole.DestructiveRole, asked)  # discard
    qtbot.keyClick(dialog.title, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)  # Esc
    assert len(asked) == 2 and not dialog.isVisible() and page.dialog is None
    assert window.planner is not None
    assert window.planner.directory.professional(page.people.row_at(0).id or 0).title == \
        "psykologi"  # nothing was saved


def test_cancel_without_changes_closes_at_once(window: MainWindow) -> None:
    page = window.directory
    page.new_agency.click()
    dialog = page.dialog
    assert dialog is not None
    dialog.cancel.click()  # no question box: a test would hang or fail on one
    assert not dialog.isVisible() and page.dialog is None


def test_locking_closes_the_dialog_and_forgets_the_directory(window: MainWindow,
                                                             qtbot: QtBot) -> None:
    page = window.directory
    page.filter.setText("kela")
    page.new_agency.click()
    dialog = page.dialog
    assert dialog is not None
    dialog.name.setText("")  # nothing valid to save: lock discards it and says so
    dialog.phone.setText("12")
    window.lock()
    assert page.dialog is None and not dialog.isVisible()
    assert page.agencies.rowCount() == 0 and page.people.rowCount() == 0
    assert page.filter.text() == "" and page.data.agencies == []
    assert window.central.currentWidget() is window.locked
