"""The main window over a real encrypted store: unlock, pages, lock and auto-lock, layout."""

from __future__ import annotations

import threading
from datetime import timedelta
from pathlib import Path

import pytest
from keyring.backends.fail import Keyring as FailKeyring
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from planner.crypto.vault import KeyringVault
from planner.services import ActionInput, ClientInput, MeetingInput, Planner
from planner.storage.store import open_store
from tests.conftest import PASSPHRASE
from tests.factories import next_weekday_at
from tests.support.keyrings import MemoryKeyring
from tests.support.windows import show_page
from ui.shell.main_window import AUTO_LOCK_SETTING, MainWindow


def make_store(data_dir: Path) -> None:
    planner = Planner(open_store(data_dir, vault=KeyringVault(FailKeyring()),
                                 passphrase=lambda: PASSPHRASE))
    client = planner.clients.create(ClientInput("Aino", "Korhonen", hetu="131052-308T"))
    planner.clients.create(ClientInput("Eetu", "Lehtonen"))
    start = next_weekday_at(9, days=1)
    planner.meetings.plan(MeetingInput(client.id or 0, "Verkostoneuvottelu", start,
                                       start + timedelta(hours=1), location="Tays"))
    planner.actions.record(ActionInput(client.id or 0, "Hae asumistukea",
                                       responsible_name="Asiakas itse",
                                       due_date=start.date() - timedelta(days=30)))
    planner.close()


def open_window(qtbot: QtBot, data_dir: Path, **kwargs: object) -> MainWindow:
    asked: list[tuple[bool, str]] = []
    window = MainWindow(data_dir, vault=KeyringVault(FailKeyring()),
                        ask=kwargs.pop("ask", lambda new, error: asked.append((new, error))
                                       or PASSPHRASE))  # type: ignore[arg-type]
    window.asked = asked  # type: ignore[attr-defined]
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def rows(model: object) -> int:
    return model.rowCount()  # type: ignore[attr-defined, no-any-return]


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> MainWindow:
    make_store(data_dir)
    return open_window(qtbot, data_dir)


def test_nothing_is_shown_before_unlocking_then_pages_load(window: MainWindow,
                                                           qtbot: QtBot) -> None:
    assert window.central.currentWidget() is window.locked
    assert window.unlock()
    assert window.asked == [(False, "")]  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: rows(window.clients.model) == 2, timeout=3000)
    assert window.clients.model.row_at(0).name == "Aino Korhonen"
    assert rows(window.actions.model) == 0  # a page behind another reads nothing …
    show_page(window, window.actions)  # … until it is shown
    qtbot.waitUntil(lambda: rows(window.actions.model) == 1, timeout=3000)
    assert "1 myöhässä" in window.actions.summary.text()
    window.calendar.anchor = next_weekday_at(9, days=1).date()
    show_page(window, window.calendar)
    qtbot.waitUntil(lambda: rows(window.calendar.model) == 1, timeout=3000)
    assert "verkosto.db" in window.statusBar().currentMessage()


def test_search_runs_off_the_gui_thread_and_filters(window: MainWindow, qtbot: QtBot) -> None:
    window.unlock()
    qtbot.keySequence(window, QKeySequence.StandardKey.Find)
    assert window.clients.search.hasFocus()
    qtbot.keyClicks(window.clients.search, "Korh")
    qtbot.waitUntil(lambda: rows(window.clients.model) == 1, timeout=3000)
    window.clients.search.clear()
    qtbot.keyClicks(window.clients.search, "308t")
    qtbot.waitUntil(lambda: rows(window.clients.model) == 1, timeout=3000)
    qtbot.keyClicks(window.clients.search, "zzz")
    qtbot.waitUntil(lambda: rows(window.clients.model) == 0, timeout=3000)


def test_ctrl_l_locks_and_clears_every_view(window: MainWindow, qtbot: QtBot) -> None:
    window.unlock()
    qtbot.waitUntil(lambda: rows(window.clients.model) == 2, timeout=3000)
    qtbot.keyClicks(window.clients.search, "Ko")
    qtbot.keySequence(window, QKeySequence("Ctrl+L"))
    assert not window.is_unlocked
    assert window.central.currentWidget() is window.locked
    assert window.clients.search.text() == ""
    qtbot.wait(50)
    for _title, page in window.pages:
        assert page.planner is None
    for model in (window.clients.model, window.calendar.model, window.actions.model):
        assert rows(model) == 0
    assert window.settings.name.text() == "" and window.settings.agency.count() == 0
    assert "lukittiin" in window.locked.message.text()
    qtbot.mouseClick(window.locked.retry, Qt.MouseButton.LeftButton)
    assert window.is_unlocked
    qtbot.waitUntil(lambda: rows(window.clients.model) == 2, timeout=3000)


def test_idle_window_locks_itself(qtbot: QtBot, data_dir: Path) -> None:
    make_store(data_dir)
    QSettings().setValue(AUTO_LOCK_SETTING, 0.01)  # 600 ms
    window = open_window(qtbot, data_dir)
    window.unlock()
    qtbot.waitUntil(lambda: not window.is_unlocked, timeout=5000)
    assert window.central.currentWidget() is window.locked


def test_wrong_passphrase_is_asked_again_then_cancel_explains(
        qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_store(data_dir)
    monkeypatch.setenv("VERKOSTO_PASSPHRASE", "väärä tunnuslause 1")
    asked: list[tuple[bool, str]] = []
    window = open_window(qtbot, data_dir,
                         ask=lambda new, error: asked.append((new, error)) and None)
    assert not window.unlock()
    assert asked == [(False, "Väärä tunnuslause. Tietovarastoa ei avattu eikä muutettu.")]
    assert "Tunnuslausetta ei annettu" in window.locked.message.text()
    monkeypatch.setenv("VERKOSTO_PASSPHRASE", PASSPHRASE)
    qtbot.mouseClick(window.locked.retry, Qt.MouseButton.LeftButton)
    assert window.is_unlocked


def test_store_errors_are_explained_in_the_window(qtbot: QtBot, data_dir: Path) -> None:
    data_dir.mkdir()
    (data_dir / "verkosto.db").write_bytes(b"SQLite format 3\x00" + bytes(4080))
    window = open_window(qtbot, data_dir)
    assert not window.unlock()
    assert "ei ole Verkoston tietovarasto" in window.locked.message.text()
    other = data_dir.parent / "other"
    open_store(other, vault=KeyringVault(MemoryKeyring())).close()
    window = MainWindow(other, vault=KeyringVault(MemoryKeyring()))
    qtbot.addWidget(window)
    assert not window.unlock()
    assert "Avainnipusta puuttuu" in window.locked.message.text()


def test_new_store_without_keyring_asks_a_new_passphrase(qtbot: QtBot, data_dir: Path) -> None:
    window = open_window(qtbot, data_dir)
    assert window.unlock()
    assert window.asked == [(True, "")]  # type: ignore[attr-defined]
    assert (data_dir / "verkosto.db").exists()


def test_geometry_is_remembered_and_the_home_view_comes_first(qtbot: QtBot,
                                                              data_dir: Path) -> None:
    """Issue 13: the home view opens first, whichever page was open when the window closed."""
    make_store(data_dir)
    window = open_window(qtbot, data_dir)
    window.resize(790, 540)  # fits the offscreen screen, which restoreGeometry clamps to
    window.navigation.setCurrentRow(window.stack.indexOf(window.actions))
    window.close()
    again = open_window(qtbot, data_dir)
    assert again.navigation.currentRow() == 0
    assert again.stack.currentWidget() is again.home
    assert (again.width(), again.height()) == (790, 540)


def test_passphrase_dialog_checks_a_new_passphrase(qtbot: QtBot) -> None:
    from ui.shell.passphrase_dialog import PassphraseDialog

    dialog = PassphraseDialog(new_store=True)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.passphrase, "lyhyt")
    dialog.ok.click()
    assert "vähintään 10" in dialog.error.text()
    dialog.passphrase.setText("pitkä tunnuslause 1")
    dialog.repeat.setText("pitkä tunnuslause 2")
    dialog.ok.click()
    assert "eivät ole samat" in dialog.error.text()
    dialog.repeat.setText("pitkä tunnuslause 1")
    dialog.ok.click()
    assert dialog.result() == PassphraseDialog.DialogCode.Accepted
    assert dialog.passphrase.accessibleName() == "Tunnuslause"


def test_the_window_keeps_painting_while_the_store_opens(qtbot: QtBot, data_dir: Path) -> None:
    """The key is derived (Argon2id) and the store opened on a worker thread; the passphrase
    is asked on the GUI thread, and the GUI thread's timers keep running meanwhile."""
    make_store(data_dir)
    threads: list[str] = []

    def ask(_new: bool, _error: str) -> str:
        threads.append(threading.current_thread().name)
        return PASSPHRASE

    window = open_window(qtbot, data_dir, ask=ask)
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    assert window.unlock()
    timer.stop()
    assert threads == [threading.main_thread().name]
    assert ticks  # events were handled while the key was derived
    assert window.is_unlocked and window.planner is not None


def test_a_window_closed_while_the_store_opens_leaves_it_closed(qtbot: QtBot,
                                                                data_dir: Path) -> None:
    make_store(data_dir)
    window: MainWindow | None = None

    def ask(_new: bool, _error: str) -> str:
        assert window is not None
        window.close()  # the user closes the window while the store is opening
        return PASSPHRASE

    window = open_window(qtbot, data_dir, ask=ask)
    assert not window.unlock()
    assert window.planner is None and not window.is_unlocked
    reopened = open_store(data_dir, vault=KeyringVault(FailKeyring()),
                          passphrase=lambda: PASSPHRASE)  # and it opens again as usual
    reopened.close()


def test_the_passphrase_dialog_does_not_name_the_app_twice(qtbot: QtBot) -> None:
    """Issue 13, defect 11: the title bar read "Verkosto – tunnuslause — Verkosto" (the
    platform adds the application's display name itself)."""
    from ui.shell.passphrase_dialog import PassphraseDialog

    dialog = PassphraseDialog(new_store=False)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Tunnuslause"
