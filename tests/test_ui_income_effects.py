"""Income effects in the window (issue 15): an action's kind chosen when it is made, the hint
"Tulovaikutusta ei ole selvitetty" (icon and words) firing and clearing, the note recorded
through its dialog, refusals said beside the field, and the plan tab."""

from __future__ import annotations

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from planner.demo_income import WORK_TRIAL
from planner.domain.income_effects import ActionKind
from planner.services import ActionInput
from tests.test_ui_meeting_editor import open_client, open_from_workspace, service
from tests.test_ui_plan import open_plan
from ui.meetings.income_effect_dialog import IncomeEffectDialog
from ui.shell.main_window import MainWindow

WAIT = 8000
UNCHECKED = "Tulovaikutusta ei ole selvitetty"


def _day_60(window: MainWindow) -> int:
    trial = next(a for a in service(window).actions.list() if a.description == WORK_TRIAL)
    assert trial.meeting_id is not None
    return trial.meeting_id


def test_a_work_trial_without_a_note_is_hinted_until_one_is_recorded(
        window: MainWindow, qtbot: QtBot) -> None:
    open_client(window, qtbot, "Mäkinen")
    editor = open_from_workspace(window, qtbot, _day_60(window))
    panel = editor.agreed_actions
    # the demo's trial has its notes: no hint
    assert UNCHECKED not in panel.income_hint.text()

    # the hurried user adds a work trial, choosing its kind in the form
    panel.description.setText("Toinen työkokeilu")
    panel.responsible.setEditText("Asiakas itse")
    panel.kind.setCurrentIndex(panel.kind.findData(ActionKind.WORK_TRIAL.value))
    assert panel.add_action()
    qtbot.waitUntil(lambda: UNCHECKED in panel.income_hint.text(), timeout=WAIT)
    assert "Toinen työkokeilu" in panel.income_hint.text()
    assert panel.income_hint.icon.pixmap() is not None  # not colour alone
    assert panel.kind.currentData() == ActionKind.OTHER.value  # the form is reset

    panel.view.clearSelection()  # nothing chosen: the action still without its note
    dialog = panel.open_income_effect()
    assert isinstance(dialog, IncomeEffectDialog)
    assert dialog.subject.title == "Toinen työkokeilu"
    assert dialog.hint.text() == UNCHECKED
    assert "https://www.kela.fi/" in dialog.hint_details.text()
    # the benefits on the client's plan come first
    assert dialog.benefit.itemData(0) in service(window).income_effects.for_client(
        dialog.subject.client_id).plan_benefits

    # no reason: refused beside the field, nothing lost
    dialog.amount.setText("ei laskettu")
    assert not dialog.save_note()
    assert dialog.form._errors["reason"].text() == "Kenttä on pakollinen."
    assert dialog.amount.text() == "ei laskettu"
    # a day in the future: refused too
    dialog.reason.setText("Työmarkkinatuki jatkuu kokeilun ajan.")
    future = dialog.checked_on.date().addDays(3)
    dialog.checked_on.setDate(future)
    assert not dialog.save_note()
    assert "tulevaisuudessa" in dialog.form._errors["checked_on"].text()
    dialog.checked_on.setDate(QDate.currentDate())
    assert dialog.save_note()
    assert dialog.notes.count() == 1
    assert "jatkuu" in dialog.notes.item(0).text()
    assert dialog.hint.text() == ""
    dialog.accept()
    qtbot.waitUntil(lambda: UNCHECKED not in panel.income_hint.text(), timeout=WAIT)

    # nothing chosen and nothing unchecked: said, no dialog
    panel.view.clearSelection()
    assert panel.open_income_effect() is None
    assert panel.status_form.general.text() == "Valitse ensin toimenpide taulukosta."
    # removing the note brings the hint back
    row = next(r for r in range(panel.model.rowCount())
               if panel.model.row_at(r).description == "Toinen työkokeilu")
    panel.view.selectRow(row)
    dialog = panel.open_income_effect()
    assert dialog is not None
    dialog.notes.setCurrentRow(0)
    dialog.remove_note()
    assert dialog.notes.count() == 0
    dialog.accept()
    qtbot.waitUntil(lambda: UNCHECKED in panel.income_hint.text(), timeout=WAIT)


def test_the_plan_tab_shows_the_notes_and_a_plan_line_s_hint_clears(
        window: MainWindow, qtbot: QtBot) -> None:
    editor = open_plan(window, qtbot, "Mäkinen")
    box = editor.income_box
    qtbot.waitUntil(lambda: "Työmarkkinatuki: jatkuu" in box.summary.text(), timeout=WAIT)
    assert f"Toimenpide: {WORK_TRIAL}" in box.summary.text()
    assert "Selvittänyt Katja Salonen" in box.summary.text()
    # the draft lists vocational rehabilitation and employment services: not yet checked
    assert box.hint.text().startswith(UNCHECKED)
    assert "Ammatillinen kuntoutus" in box.hint.text()

    # the button without a chosen row says what to do
    editor.service_view.clearSelection()
    assert box.open_for_selected_line() is None
    assert box.problem.text() == "Valitse ensin etuus- tai palvelurivi."
    for code in ("kela.vocational_rehabilitation", "other.employment_services"):
        row = next(r for r in range(editor.services.rowCount())
                   if editor.services.row_at(r).service_code == code)
        editor.service_view.selectRow(row)
        dialog = box.open_for_selected_line()
        assert isinstance(dialog, IncomeEffectDialog)
        assert dialog.hint.text() == UNCHECKED
        dialog.benefit.setCurrentIndex(dialog.benefit.findData("kela.labour_market_subsidy"))
        dialog.change.setCurrentIndex(dialog.change.findData("stops"))
        dialog.reason.setText("Kuntoutuksen ajan toimeentulona voi olla kuntoutusraha.")
        assert dialog.save_note()
        dialog.accept()
    qtbot.waitUntil(lambda: box.hint.text() == "", timeout=WAIT)
    assert "Suunnitelmassa: Ammatillinen kuntoutus" in box.summary.text()
    assert "Työmarkkinatuki: päättyy" in box.summary.text()


def test_the_actions_page_opens_the_selected_action_s_income_effects(
        window: MainWindow, qtbot: QtBot) -> None:
    window.navigation.setCurrentRow(window.stack.indexOf(window.actions))
    page = window.actions
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=WAIT)
    trial = next(a for a in service(window).actions.list() if a.description == WORK_TRIAL)
    page.select_action(trial.id)
    assert page.income.isEnabled()
    dialog = page.open_income_effect()
    assert isinstance(dialog, IncomeEffectDialog)
    assert dialog.notes.count() == 2  # the demo Kela expert's two notes
    assert dialog.hint.text() == ""
    dialog.reject()
    assert page.income_hint.text() == ""

    # a new work trial of the same client has no note: the page says so when it is chosen
    planner = service(window)
    fresh = planner.actions.record(ActionInput(trial.client_id, "Työkokeilu 2",
                                               responsible_name="Asiakas itse",
                                               kind=ActionKind.WORK_TRIAL))
    page.refresh()
    qtbot.waitUntil(lambda: any(page.model.row_at(r).id == fresh.id
                                for r in range(page.model.rowCount())), timeout=WAIT)
    page.select_action(fresh.id or 0)
    assert page.income_hint.text() == UNCHECKED
    assert page.income_hint.icon.pixmap() is not None
    dialog = page.open_income_effect()
    assert dialog is not None
    dialog.reason.setText("Työmarkkinatuki jatkuu.")
    assert dialog.save_note()
    dialog.accept()
    qtbot.waitUntil(lambda: page.income_hint.text() == "", timeout=WAIT)


def test_a_closed_plan_takes_no_new_line_notes_but_still_shows_them(
        window: MainWindow, qtbot: QtBot) -> None:
    planner = service(window)
    (row,) = planner.clients.search("Mäkinen")
    ((plan, _version),) = planner.plans.for_client(row.id)
    planner.plans.close(plan.id or 0)
    editor = open_plan(window, qtbot, "Mäkinen")
    qtbot.waitUntil(lambda: "Työmarkkinatuki: jatkuu" in editor.income_box.summary.text(),
                    timeout=WAIT)
    assert not editor.income_box.open_line.isEnabled()
