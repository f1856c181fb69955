"""The joint client plan in the client workspace: draft, goals, benefits, agreeing, versions."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit
from pytestqt.qtbot import QtBot

from planner.domain import ClientPlan, PlanGoal, PlanService, PlanVersion, ServiceCode
from planner.domain.enums import GoalSetter, GoalStatus, PlanStatus, ServiceKind
from planner.services import ClientInput, GoalInput, PlanDraft, PlanView, ServiceInput
from tests.factories import TZ
from tests.support.dialogs import answer_next_box
from tests.support.windows import demo_store, unlocked_window
from ui.plan.editor import PlanEditor
from ui.plan.models import (
    GoalTableModel,
    ServiceTableModel,
    draft_of,
    grouped_codes,
    same_content,
    version_caption,
)
from ui.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> MainWindow:
    demo_store(data_dir, lambda planner: planner.clients.create(
        ClientInput("Matti Olavi", "Virtanen", birth_date=date(1969, 5, 4))))
    window = unlocked_window(qtbot, data_dir)
    qtbot.waitUntil(lambda: window.clients.model.rowCount() == 6, timeout=5000)
    return window


def open_plan(window: MainWindow, qtbot: QtBot, name: str) -> PlanEditor:
    model = window.clients.model
    row = next(r for r in range(model.rowCount()) if name in model.row_at(r).name)
    window.clients.view.setCurrentIndex(model.index(row, 0))
    window.clients.view.activated.emit(model.index(row, 0))
    space = window.clients.workspace
    editor = space.plan_editor
    qtbot.waitUntil(lambda: space.bundle is not None and editor.bundle is not None,
                    timeout=5000)
    space.tabs.setCurrentWidget(editor)
    return editor


def stored(window: MainWindow, editor: PlanEditor, number: int | None = None) -> PlanView:
    """The version as the store has it (not as the editor shows it)."""
    assert window.planner is not None and editor.view is not None
    return window.planner.plans.view(editor.view.plan.id or 0, number)


def new_plan(editor: PlanEditor, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: editor.pages.currentWidget() is editor.empty_page, timeout=5000)
    editor.new_plan.click()
    qtbot.waitUntil(lambda: editor.view is not None, timeout=5000)


def type_at_end(qtbot: QtBot, edit: QPlainTextEdit, text: str) -> None:
    edit.setFocus()
    edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(edit, text)


def choose_code(editor: PlanEditor, code: str) -> None:
    editor.service_code.setCurrentIndex(editor.service_code.findData(code))


def test_a_new_plan_with_a_goal_and_a_kela_benefit_is_saved(window: MainWindow,
                                                            qtbot: QtBot) -> None:
    editor = open_plan(window, qtbot, "Virtanen")
    assert not editor.new_plan.isHidden()
    new_plan(editor, qtbot)
    assert editor.view is not None and editor.view.version.number == 1
    assert editor.view.version.status == PlanStatus.DRAFT
    assert editor.title.text() == editor.view.plan.title != ""
    assert editor.versions.count() == 1 and "luonnos" in editor.versions.itemText(0)
    assert editor.status.text().endswith("luonnos")
    assert not editor.situation.isReadOnly() and editor.goals.rowCount() == 0
    type_at_end(qtbot, editor.situation, "Pitkaan tyoton, selka kipeytynyt")
    editor.no_review.setChecked(False)
    editor.review_date.setDate(QDate(2027, 3, 1))
    editor.add_goal.click()
    qtbot.keyClicks(editor.goal_description, "Kuntoutussuunnitelma tehty")
    editor.goal_no_target.setChecked(False)
    editor.goal_target.setDate(QDate(2027, 1, 31))
    editor.goal_whose.setCurrentIndex(editor.goal_whose.findData(GoalSetter.CLIENT))
    editor.add_service.click()
    choose_code(editor, "kela.sickness_allowance")
    kela = next(i for i in range(editor.service_agency.count())
                if editor.service_agency.itemText(i).startswith("Kela"))
    editor.service_agency.setCurrentIndex(kela)
    qtbot.keyClicks(editor.service_note, "Haettu 20.11.")
    assert editor.has_unsaved_changes()
    editor.save.click()

    qtbot.waitUntil(lambda: editor.view is not None and len(editor.view.goals) == 1,
                    timeout=5000)
    assert not editor.has_unsaved_changes()
    saved = stored(window, editor)
    assert saved.version.situation == "Pitkaan tyoton, selka kipeytynyt"
    assert saved.version.review_date == date(2027, 3, 1)
    goal = saved.goals[0]
    assert (goal.description, goal.target_date, goal.expressed_by, goal.status) == (
        "Kuntoutussuunnitelma tehty", date(2027, 1, 31), GoalSetter.CLIENT,
        GoalStatus.PROPOSED)
    service = saved.services[0]
    assert service.service_code == "kela.sickness_allowance" and service.agency_id is not None
    assert service.note == "Haettu 20.11."

    # Back to the list and in again: the reloaded editor shows what was saved.
    window.clients.workspace.back.click()
    assert window.clients.stack.currentWidget() is window.clients.list_page
    assert editor.view is None
    editor = open_plan(window, qtbot, "Virtanen")
    qtbot.waitUntil(lambda: editor.view is not None, timeout=5000)
    assert editor.situation.toPlainText() == "Pitkaan tyoton, selka kipeytynyt"
    assert editor.review_date.date() == QDate(2027, 3, 1) and not editor.no_review.isChecked()
    assert editor.goals.data(editor.goals.index(0, GoalTableModel.DESCRIPTION)) == \
        "Kuntoutussuunnitelma tehty"
    assert editor.goals.data(editor.goals.index(0, GoalTableModel.TARGET)) == "31.1.2027"
    assert editor.goals.data(editor.goals.index(0, GoalTableModel.WHOSE)) == "asiakkaan"
    row = [editor.services.data(editor.services.index(0, c)) for c in range(4)]
    assert row[ServiceTableModel.KIND] == "Kelan etuus"
    assert row[ServiceTableModel.SERVICE] == "Sairauspäiväraha"
    assert row[ServiceTableModel.AGENCY].startswith("Kela")
    assert row[ServiceTableModel.NOTE] == "Haettu 20.11."


def test_an_empty_goal_description_shows_an_error_and_keeps_the_typing(
        window: MainWindow, qtbot: QtBot) -> None:
    editor = open_plan(window, qtbot, "Virtanen")
    new_plan(editor, qtbot)
    type_at_end(qtbot, editor.client_view, "Haluan toita osa-aikaisesti")
    editor.add_goal.click()
    qtbot.keyClicks(editor.goal_description, "Selkakuntoutus")
    editor.add_goal.click()  # the second goal is left without words
    editor.save.click()
    assert not editor.goal_errors.isHidden()
    assert "Kenttä on pakollinen." in editor.goal_errors.text()
    assert "2" in editor.goal_errors.text()  # it names the goal
    assert editor.goal_view.selectionModel().selectedRows()[0].row() == 1
    assert editor.goal_description.hasFocus()
    # Nothing typed was lost and nothing was stored.
    assert editor.client_view.toPlainText() == "Haluan toita osa-aikaisesti"
    assert editor.goals.rowCount() == 2 and editor.has_unsaved_changes()
    assert stored(window, editor).version.client_view == ""
    qtbot.keyClicks(editor.goal_description, "Toimeentulo turvattu")
    editor.save.click()
    assert editor.goal_errors.isHidden()
    qtbot.waitUntil(lambda: editor.view is not None and len(editor.view.goals) == 2,
                    timeout=5000)
    assert [g.description for g in stored(window, editor).goals] == [
        "Selkakuntoutus", "Toimeentulo turvattu"]


def test_agreeing_needs_the_client_confirmation_then_new_version_copies_it(
        window: MainWindow, qtbot: QtBot) -> None:
    editor = open_plan(window, qtbot, "Mäkinen")  # the demo's draft plan
    qtbot.waitUntil(lambda: editor.view is not None, timeout=5000)
    assert editor.view is not None and editor.view.version.status == PlanStatus.DRAFT
    goals_before = editor.goals.rowCount()
    editor.ask_agree.click()
    row = editor.agree_row
    assert not row.isHidden() and row.tick is not None and not row.tick.isChecked()
    assert not row.confirm.isEnabled()
    row.confirm.click()  # a disabled button: nothing happens
    assert stored(window, editor).version.status == PlanStatus.DRAFT
    row.cancel.click()
    assert row.isHidden()
    editor.ask_agree.click()
    assert not row.confirm.isEnabled()  # asked again from the start
    type_at_end(qtbot, editor.situation, " Tyokokeilu sovittu.")  # agreed together with the text
    row.tick.setChecked(True)
    assert row.confirm.isEnabled()
    row.confirm.click()
    qtbot.waitUntil(lambda: editor.view is not None
                    and editor.view.version.status == PlanStatus.AGREED, timeout=5000)
    agreed = stored(window, editor)
    assert agreed.version.status == PlanStatus.AGREED and agreed.version.agreed_by
    assert agreed.version.situation.endswith("Tyokokeilu sovittu.")
    assert row.isHidden()

    # Read only now, and says so in words.
    assert editor.situation.isReadOnly() and editor.client_view.isReadOnly()
    assert not editor.no_review.isEnabled()
    assert editor.save.isHidden() and editor.ask_agree.isHidden()
    assert editor.add_goal.isHidden() and editor.goal_details.isHidden()
    assert editor.service_details.isHidden()
    assert editor.status.text().endswith("sovittu") and editor.notice.text()
    assert agreed.version.agreed_by in editor.versions.itemText(0)
    assert not editor.has_unsaved_changes()

    assert not editor.new_version.isHidden()
    editor.new_version.click()
    qtbot.waitUntil(lambda: editor.view is not None and editor.view.version.number == 2,
                    timeout=5000)
    second = stored(window, editor, 2)
    assert second.version.status == PlanStatus.DRAFT
    assert second.version.situation == agreed.version.situation
    assert [g.description for g in second.goals] == [g.description for g in agreed.goals]
    assert len(second.goals) == goals_before
    assert [s.service_code for s in second.services] == [
        s.service_code for s in agreed.services]
    assert editor.versions.count() == 2 and editor.versions.currentData() == 2
    assert not editor.situation.isReadOnly() and not editor.save.isHidden()
    assert editor.situation.toPlainText() == agreed.version.situation


def test_switching_versions_asks_about_unsaved_changes(window: MainWindow,
                                                       qtbot: QtBot) -> None:
    editor = open_plan(window, qtbot, "Lehtonen")  # version 1 agreed, version 2 a draft
    qtbot.waitUntil(lambda: editor.view is not None, timeout=5000)
    assert editor.versions.count() == 2 and editor.versions.currentData() == 2
    type_at_end(qtbot, editor.service_needs, " Velkaneuvonta.")

    def choose_first_version() -> None:
        editor.versions.setCurrentIndex(0)
        editor.versions.activated.emit(0)

    answered: list[str] = []
    answer_next_box(QMessageBox.ButtonRole.RejectRole, answered)
    choose_first_version()
    assert answered and editor.versions.currentData() == 2
    assert editor.service_needs.toPlainText().endswith("Velkaneuvonta.")
    answer_next_box(QMessageBox.ButtonRole.DestructiveRole)
    choose_first_version()
    qtbot.waitUntil(lambda: editor.view is not None and editor.view.version.number == 1,
                    timeout=5000)
    assert editor.situation.isReadOnly() and editor.view.version.status == PlanStatus.AGREED
    assert not stored(window, editor, 2).version.service_needs.endswith("Velkaneuvonta.")


def test_back_with_unsaved_changes_asks_save_discard_or_stay(window: MainWindow,
                                                             qtbot: QtBot) -> None:
    space = window.clients.workspace
    editor = open_plan(window, qtbot, "Mäkinen")
    qtbot.waitUntil(lambda: editor.view is not None, timeout=5000)
    plan_id = editor.view.plan.id if editor.view else 0
    original = editor.situation.toPlainText()
    assert window.planner is not None

    type_at_end(qtbot, editor.situation, " Lisays A.")
    assert window.clients.unsaved_editors() == [(editor, editor.what())]
    answered: list[str] = []
    answer_next_box(QMessageBox.ButtonRole.RejectRole, answered)
    space.back.click()
    assert answered  # it asked
    assert window.clients.stack.currentWidget() is space
    assert editor.situation.toPlainText() == original + " Lisays A."

    answer_next_box(QMessageBox.ButtonRole.DestructiveRole)
    space.back.click()
    assert window.clients.stack.currentWidget() is window.clients.list_page
    assert window.planner.plans.view(plan_id or 0).version.situation == original

    editor = open_plan(window, qtbot, "Mäkinen")
    qtbot.waitUntil(lambda: editor.view is not None, timeout=5000)
    type_at_end(qtbot, editor.situation, " Lisays B.")
    answer_next_box(QMessageBox.ButtonRole.AcceptRole)
    space.back.click()
    assert window.clients.stack.currentWidget() is window.clients.list_page
    assert window.planner.plans.view(plan_id or 0).version.situation == original + " Lisays B."
    assert window.clients.unsaved_editors() == []


def test_locking_saves_and_clears_the_plan(window: MainWindow, qtbot: QtBot) -> None:
    editor = open_plan(window, qtbot, "Mäkinen")
    qtbot.waitUntil(lambda: editor.view is not None, timeout=5000)
    plan_id = editor.view.plan.id if editor.view else 0
    type_at_end(qtbot, editor.client_view, " Lukitusta ennen.")
    typed = editor.client_view.toPlainText()
    window.lock()
    assert editor.view is None and editor.planner is None and editor.bundle is None
    assert editor.pages.currentWidget() is editor.blank
    assert editor.situation.toPlainText() == "" and editor.client_view.toPlainText() == ""
    assert editor.goals.rowCount() == 0 and editor.services.rowCount() == 0
    assert editor.versions.count() == 0 and editor.title.text() == ""
    assert window.unlock()
    assert window.planner is not None
    assert window.planner.plans.view(plan_id or 0).version.client_view == typed


def test_closing_the_plan_makes_it_read_only_and_lets_a_new_one_start(
        window: MainWindow, qtbot: QtBot) -> None:
    editor = open_plan(window, qtbot, "Rahimi")  # an agreed plan
    qtbot.waitUntil(lambda: editor.view is not None, timeout=5000)
    old_plan = editor.view.plan.id if editor.view else 0
    assert editor.new_plan_after_closed.isHidden()
    editor.ask_close.click()
    assert not editor.close_row.isHidden() and editor.close_row.tick is None
    editor.close_row.confirm.click()
    qtbot.waitUntil(lambda: editor.view is not None
                    and editor.view.version.status == PlanStatus.CLOSED, timeout=5000)
    assert editor.ask_close.isHidden() and editor.new_version.isHidden()
    assert editor.situation.isReadOnly() and editor.status.text().endswith("suljettu")
    assert not editor.new_plan_after_closed.isHidden()
    editor.new_plan_after_closed.click()
    qtbot.waitUntil(lambda: editor.view is not None and editor.view.plan.id != old_plan,
                    timeout=5000)
    assert editor.view is not None and editor.view.version.status == PlanStatus.DRAFT
    assert window.planner is not None
    plans = window.planner.plans.for_client(editor.view.plan.client_id)
    assert [v.status for _p, v in plans] == [PlanStatus.DRAFT, PlanStatus.CLOSED]


# --- the models and helpers, without widgets ----------------------------------------------
def _code(code: str, kind: ServiceKind, fi: str) -> ServiceCode:
    return ServiceCode(code=code, kind=kind, name_fi=fi, name_sv=fi + " sv", name_en=fi + " en")


def test_goal_model_adds_changes_and_removes_rows(qapp: object) -> None:
    model = GoalTableModel()
    inserted: list[int] = []
    model.rowsInserted.connect(lambda _parent, first, _last: inserted.append(first))
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom: changed.append(top.row()))
    assert model.append(GoalInput("")) == 0
    assert model.append(GoalInput("Toimeentulo turvattu", date(2026, 12, 9),
                                  GoalStatus.ACTIVE)) == 1
    assert inserted == [0, 1]
    assert model.data(model.index(0, GoalTableModel.DESCRIPTION))  # words, not a blank
    assert model.data(model.index(0, GoalTableModel.DESCRIPTION),
                      Qt.ItemDataRole.FontRole).italic()
    model.change(0, description="Kuntoutus alkanut", expressed_by=GoalSetter.CLIENT)
    assert changed == [0]
    assert model.data(model.index(0, GoalTableModel.DESCRIPTION)) == "Kuntoutus alkanut"
    assert model.data(model.index(0, GoalTableModel.WHOSE)) == "asiakkaan"
    assert model.data(model.index(0, GoalTableModel.STATUS)) == "ehdotettu"
    assert model.data(model.index(1, GoalTableModel.TARGET)) == "9.12.2026"
    assert model.data(model.index(1, GoalTableModel.STATUS)) == "työn alla"
    assert model.headerData(1, Qt.Orientation.Horizontal)  # a heading for every column
    copies = model.rows()
    copies[0].description = "muutettu"  # a copy: the model keeps its own
    assert model.row_at(0).description == "Kuntoutus alkanut"
    model.remove(0)
    model.remove(5)  # out of range: ignored
    assert model.rowCount() == 1 and model.row_at(0).description == "Toimeentulo turvattu"


def test_service_model_names_kinds_and_agencies(qapp: object) -> None:
    model = ServiceTableModel()
    model.set_lookups([_code("kela.study_grant", ServiceKind.KELA_BENEFIT, "Opintoraha"),
                       _code("other.social_work", ServiceKind.OTHER_SERVICE, "Sosiaalityö")],
                      {4: "Kela, Itäinen vakuutuspiiri"})
    model.set_rows([ServiceInput("kela.study_grant", 4, "lakkautettu"),
                    ServiceInput("other.social_work"), ServiceInput("gone.code")])
    cells = [[model.data(model.index(r, c)) for c in range(4)] for r in range(3)]
    assert cells[0] == ["Kelan etuus", "Opintoraha", "Kela, Itäinen vakuutuspiiri",
                        "lakkautettu"]
    assert cells[1] == ["muun toimijan palvelu", "Sosiaalityö", "", ""]
    assert cells[2][ServiceTableModel.SERVICE] == "gone.code"  # never a blank row


def test_codes_are_grouped_kela_first_and_alphabetical(qapp: object) -> None:
    codes = [_code("o", ServiceKind.OTHER_SERVICE, "Kotihoito"),
             _code("b2", ServiceKind.KELA_BENEFIT, "Takuueläke"),
             _code("b1", ServiceKind.KELA_BENEFIT, "Asumistuki")]
    groups = grouped_codes(codes, "fi")
    assert [(kind, [c.code for c in members]) for kind, members in groups] == [
        (ServiceKind.KELA_BENEFIT, ["b1", "b2"]), (ServiceKind.OTHER_SERVICE, ["o"])]


def test_version_captions_and_drafts(qapp: object) -> None:
    agreed = PlanVersion(id=1, plan_id=1, number=2, status=PlanStatus.AGREED,
                         created_at=datetime(2026, 11, 1, tzinfo=TZ), created_by="A",
                         agreed_at=datetime(2026, 11, 3, 23, 30, tzinfo=TZ),
                         agreed_by="Liisa Mäkelä", situation="Tilanne ")
    draft = PlanVersion(id=2, plan_id=1, number=3, created_at=agreed.created_at,
                        created_by="A")
    assert "2" in version_caption(agreed) and "3.11.2026" in version_caption(agreed)
    assert "Liisa Mäkelä" in version_caption(agreed)
    assert "3" in version_caption(draft) and "luonnos" in version_caption(draft)
    view = PlanView(ClientPlan(id=1, client_id=1, title="T", created_at=agreed.created_at),
                    agreed, (PlanGoal(version_id=1, description="Tavoite"),),
                    (PlanService(version_id=1, service_code="kela.study_grant"),),
                    (agreed, draft))
    content = draft_of(view)
    assert content.situation == "Tilanne " and content.goals[0].description == "Tavoite"
    assert content.services[0].service_code == "kela.study_grant"
    typed = PlanDraft("Tilanne", "", "", None, [GoalInput("Tavoite ")],
                      [ServiceInput("kela.study_grant", None, "")])
    assert same_content(content, typed)  # the store strips the texts anyway
    assert not same_content(content, PlanDraft("Tilanne"))
