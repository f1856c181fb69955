"""The plan tab's "Vertaa versioita…": the demo client's new version against the agreed one,
other versions picked, a bad choice said beside the pickers, and nothing left open on locking."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.support.plan_versions import second_version
from tests.support.windows import demo_store, unlocked_window
from tests.test_ui_plan import open_plan
from ui.plan.comparison import PlanComparisonDialog
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
