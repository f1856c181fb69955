"""The main window over a real encrypted store filled with the demo data, unlocked."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

from keyring.backends.fail import Keyring as FailKeyring
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from planner.crypto.vault import KeyringVault
from planner.demo import load_demo
from planner.services import Planner
from planner.storage.store import open_store
from tests.conftest import PASSPHRASE
from tests.support.stores import from_template
from ui.shell.main_window import MainWindow

DEMO_DAY = date(2026, 11, 25)


def demo_store(data_dir: Path, then: Callable[[Planner], object] | None = None) -> None:
    """The demo data as of ``DEMO_DAY`` (and whatever ``then`` adds), store closed again: a
    copy of the demo store built once per test process. A command test on the team store
    (``cli_store``) gets the same on its PostgreSQL server."""
    if os.environ.get("VERKOSTO_STORE"):
        from tests.support.postgres import team_demo_environment

        team_demo_environment(then)
        return
    from_template("demo", _new_demo_store, data_dir)
    if then is not None:
        planner = Planner(open_store(data_dir, vault=KeyringVault(FailKeyring()),
                                     passphrase=lambda: PASSPHRASE, create=False))
        then(planner)
        planner.close()


def _new_demo_store(data_dir: Path) -> None:
    planner = Planner(open_store(data_dir, vault=KeyringVault(FailKeyring()),
                                 passphrase=lambda: PASSPHRASE))
    load_demo(planner, today=DEMO_DAY)
    planner.close()


def unlocked_window(qtbot: QtBot, data_dir: Path, *, active: bool = False,
                    before_close: Callable[[MainWindow], None] | None = None) -> MainWindow:
    """Shown and unlocked with the passphrase; ``active`` waits until shortcuts reach it."""
    window = MainWindow(data_dir, vault=KeyringVault(FailKeyring()),
                        ask=lambda new, error: PASSPHRASE)
    if before_close is None:
        qtbot.addWidget(window)
    else:
        qtbot.addWidget(window, before_close_func=before_close)
    window.show()
    if active:
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    assert window.unlock()
    return window


def discard_open_editors(window: MainWindow) -> None:
    """A failed test must not leave a question box waiting for an answer at closing."""
    for editors in (window.clients.meeting_editors, window.calendar.meeting_editors):
        for editor in editors.open_editors:
            editor.discard_changes()
        editors.close_all()


def demo_window(qtbot: QtBot, data_dir: Path,
                before_close: Callable[[MainWindow], None] = discard_open_editors,
                timeout: int = 20_000) -> MainWindow:
    """The demo store in the unlocked, active window (shortcuts reach it), its five clients
    listed; editors left open are discarded when it closes. Tests take it as the ``window``
    fixture of tests/conftest.py."""
    demo_store(data_dir)
    window = unlocked_window(qtbot, data_dir, active=True, before_close=before_close)
    qtbot.waitUntil(lambda: window.clients.model.rowCount() == 5, timeout=timeout)
    window.navigation.setCurrentRow(window.stack.indexOf(window.clients))  # past the home
    return window


def show_page(window: MainWindow, page: QWidget) -> None:
    """Turn the navigation to ``page``, as a click would: a page behind another reads its
    data only once it is shown (ui/shell/page.py)."""
    window.navigation.setCurrentRow(window.stack.indexOf(page))
