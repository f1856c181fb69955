"""The plan tab's "Vertaa versioita…": the demo client's new version against the agreed one,
other versions picked, a bad choice said beside the pickers, and nothing left open on locking."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from planner.plan_diff import GoalChange, GoalSnapshot, PlanDiff, TextChange
from planner.services import PlanDraft, Planner
from tests.support.clipping import clips
from tests.support.dialogs import answer_next_box
from tests.support.plan_versions import korhonen, second_version
from tests.support.windows import demo_store, unlocked_window
from tests.test_ui_plan import open_plan, type_at_end
from ui import i18n
from ui.plan.comparison import PlanComparisonDialog, diff_html
from ui.plan.editor import PlanEditor
from ui.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> MainWindow:
    demo_store(data_dir, second_version)
    window = unlocked_window(qtbot, data_dir)
    qtbot.waitUntil(lambda: window.clients.model.rowCount() == 5, timeout=5000)
    return window


def opened_comparison(editor: PlanEditor, qtbot: QtBot) -> PlanComparisonDialog:
    qtbot.waitUntil(lambda: editor.view is not None and not editor.compare.isHidden(),
                    timeout=5000)
    editor.compare.click()
    dialog = editor.comparison
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.diff is not None, timeout=5000)
    return dialog


def test_the_new_version_against_the_agreed_one_reads_as_changes(
        window: MainWindow, qtbot: QtBot) -> None:
    editor = open_plan(window, qtbot, "Korhonen")
    dialog = opened_comparison(editor, qtbot)
    assert (dialog.older.currentData(), dialog.newer.currentData()) == (1, 2)
    shown = dialog.changes.toPlainText()
    for words in ("Saavutettu tavoite: Lääkkeet saatu käyttöön",
                  "Uusi tavoite: Liikkuu ulkona rollaattorin kanssa",
                  "tila: työn alla → saavutettu",
                  "Poistettu: Maksusitoumus lääkkeisiin",
                  "Lisätty: Vaativa lääkinnällinen kuntoutus",
                  "jäivät hakematta on nyt haettu",  # struck through, then underlined
                  "Arviointipäivä: 23.2.2027 → 25.3.2027"):
        assert words in shown
    assert "line-through" in dialog.changes.toHtml()
    dialog.grab().save("/tmp/i14-plandiff-compare.png")


def test_the_same_version_twice_is_said_and_another_pair_compares(
        window: MainWindow, qtbot: QtBot) -> None:
    editor = open_plan(window, qtbot, "Korhonen")
    dialog = opened_comparison(editor, qtbot)
    dialog.newer.setCurrentIndex(dialog.newer.findData(1))
    dialog.newer.activated.emit(dialog.newer.currentIndex())  # the user picks version 1 twice
    qtbot.waitUntil(lambda: not dialog.problem.isHidden(), timeout=5000)
    assert "ei voi verrata itseensä" in dialog.problem.text()
    assert dialog.changes.toPlainText() == "" and dialog.newer.currentData() == 1
    dialog.older.setCurrentIndex(dialog.older.findData(2))
    dialog.older.activated.emit(dialog.older.currentIndex())  # newest against the agreed
    qtbot.waitUntil(lambda: dialog.diff is not None, timeout=5000)
    assert dialog.problem.isHidden()
    assert "Luovuttu tavoitteesta: Liikkuu ulkona" in dialog.changes.toPlainText()


def test_locking_closes_the_comparison(window: MainWindow, qtbot: QtBot) -> None:
    editor = open_plan(window, qtbot, "Korhonen")
    dialog = opened_comparison(editor, qtbot)
    window.lock()
    assert editor.comparison is None and not dialog.isVisible()


def test_a_plan_of_one_version_offers_no_comparison(window: MainWindow, qtbot: QtBot) -> None:
    editor = open_plan(window, qtbot, "Mäkinen")  # the sickness-allowance client's draft
    qtbot.waitUntil(lambda: editor.view is not None, timeout=5000)
    assert len(editor.view.versions) == 1 and editor.compare.isHidden()


def closed_and_started_anew(planner: Planner) -> None:
    """Korhonen's plan in two versions, then closed, and a new plan started after it."""
    second_version(planner)
    cid = korhonen(planner)
    plan, _ = planner.plans.for_client(cid)[0]
    planner.plans.close(plan.id or 0)
    planner.plans.create(cid, "Kotona asuminen", PlanDraft("Uusi suunnitelma kotona asumiseen."))


def test_an_older_closed_plan_opens_read_only_from_the_picker(
        qtbot: QtBot, data_dir: Path) -> None:
    demo_store(data_dir, closed_and_started_anew)
    window = unlocked_window(qtbot, data_dir)
    qtbot.waitUntil(lambda: window.clients.model.rowCount() == 5, timeout=5000)
    editor = open_plan(window, qtbot, "Korhonen")
    qtbot.waitUntil(lambda: editor.view is not None, timeout=5000)
    assert editor.title.text() == "Kotona asuminen" and not editor.plans.isHidden()
    assert editor.plans.count() == 2 and editor.compare.isHidden()  # one version so far
    assert not editor.situation.isReadOnly()
    older = 1 - editor.plans.currentIndex()
    assert "suljettu" in editor.plans.itemText(older)
    editor.plans.setCurrentIndex(older)
    editor.plans.activated.emit(older)  # the user picks the closed plan
    qtbot.waitUntil(lambda: editor.title.text() == "Kotiutuminen ja toimeentulo",
                    timeout=5000)
    assert editor.situation.isReadOnly() and editor.save.isHidden()
    assert editor.new_plan_after_closed.isHidden()  # the client has an open plan already
    assert "suljettu" in editor.notice.text()
    assert editor.versions.count() == 2
    window.resize(1366, 768)
    window.navigation.setCurrentRow(window.stack.indexOf(window.clients))
    window.grab().save("/tmp/i14-plandiff-closed-plan.png")
    dialog = opened_comparison(editor, qtbot)  # that plan's own versions compared
    assert "Saavutettu tavoite: Lääkkeet saatu käyttöön" in dialog.changes.toPlainText()
    window.clients.workspace.reload()  # a reload keeps the plan chosen
    qtbot.waitUntil(lambda: editor.bundle is not None and editor.view is not None, timeout=5000)
    qtbot.wait(200)
    assert editor.title.text() == "Kotiutuminen ja toimeentulo"


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_nothing_is_cut_at_150_percent(qtbot: QtBot, qapp: QApplication, data_dir: Path,
                                       language: str) -> None:
    """The plan picker, the compare button beside the version picker and the comparison's
    pickers fit a 1366 px window at a 150 % font, with the longest captions of the demo."""
    font = qapp.font()
    bigger = type(font)(font)
    bigger.setPointSizeF(font.pointSizeF() * 1.5)
    qapp.setFont(bigger)
    try:
        i18n.install(language)
        demo_store(data_dir, closed_and_started_anew)
        window = unlocked_window(qtbot, data_dir)
        window.resize(1366, 768)
        qtbot.waitUntil(lambda: window.clients.model.rowCount() == 5, timeout=5000)
        window.navigation.setCurrentRow(window.stack.indexOf(window.clients))
        editor = open_plan(window, qtbot, "Korhonen")
        qtbot.waitUntil(lambda: editor.view is not None, timeout=5000)
        older = 1 - editor.plans.currentIndex()
        editor.plans.setCurrentIndex(older)
        editor.plans.activated.emit(older)
        qtbot.waitUntil(lambda: not editor.compare.isHidden(), timeout=5000)
        qtbot.wait(50)
        assert editor.compare.isVisible() and editor.plans.isVisible()  # really measured
        assert not clips(editor), "\n".join(map(str, clips(editor)))
        dialog = opened_comparison(editor, qtbot)
        qtbot.waitExposed(dialog)
        assert not clips(dialog), "\n".join(map(str, clips(dialog)))
    finally:
        qapp.setFont(font)
        i18n.install("fi")


def test_stored_text_that_looks_like_markup_is_shown_as_text(qapp: QApplication) -> None:
    goal = GoalSnapshot('<img src="x"> & <b>', None, "active", "joint")
    diff = PlanDiff(1, 1, "T", 1, 2, "agreed", "draft", (GoalChange("added", None, goal),), (),
                    (TextChange("situation", (("insert", "<script>"),)),), None)
    html = diff_html(diff, "fi")
    assert "<img" not in html and "<script>" not in html and "&lt;b&gt;" in html


def test_picking_an_older_plan_with_typing_unsaved_asks_first(
        qtbot: QtBot, data_dir: Path) -> None:
    demo_store(data_dir, closed_and_started_anew)
    window = unlocked_window(qtbot, data_dir)
    qtbot.waitUntil(lambda: window.clients.model.rowCount() == 5, timeout=5000)
    editor = open_plan(window, qtbot, "Korhonen")
    qtbot.waitUntil(lambda: editor.view is not None, timeout=5000)
    type_at_end(qtbot, editor.situation, " Kesken.")
    older = 1 - editor.plans.currentIndex()

    def choose_older() -> None:
        editor.plans.setCurrentIndex(older)
        editor.plans.activated.emit(older)

    answered: list[str] = []
    answer_next_box(QMessageBox.ButtonRole.RejectRole, answered)  # stay
    choose_older()
    assert answered and editor.plans.currentIndex() != older
    assert editor.title.text() == "Kotona asuminen"
    assert editor.situation.toPlainText().endswith("Kesken.")
    editor.discard_changes()  # else closing the window would ask again
