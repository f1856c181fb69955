#!/usr/bin/env python3
"""Photograph the real app's main screens on an X display (Xvfb in the tests).

    DISPLAY=:99 VERKOSTO_TOUR_PASSPHRASE=... .venv/bin/python tools/screenshot_tour.py DATA OUT

The app starts as ``verkosto`` starts it (the same WindowHost), the passphrase is typed into
the real unlock dialog, and each screen is captured from the X server with ImageMagick's
``import -window root`` — what a user would see, window decorations aside.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ui import i18n  # noqa: E402
from ui.shell.app import WindowHost  # noqa: E402
from ui.shell.main_window import MainWindow  # noqa: E402
from ui.shell.passphrase_dialog import PassphraseDialog  # noqa: E402

SETTLE_MS = 600  # paint and the progress indicator's delay


class Tour:
    def __init__(self, data_dir: Path, out: Path, passphrase: str) -> None:
        self.out = out
        self.passphrase = passphrase
        self.host = WindowHost(data_dir)
        self.window: MainWindow = self.host.window
        self.steps: list[tuple[str, Callable[[], None]]] = [
            ("01-unlock", self.noop),
            ("02-home", self.unlock),
            ("02-clients", lambda: self.page(1)),
            ("03-client-overview", lambda: self.open_client("Korhonen")),
            ("04-client-plan", lambda: self.client_tab(1)),
            ("05-client-consents", lambda: self.client_tab(2)),
            ("06-client-meetings", lambda: self.client_tab(3)),
            ("07-meeting-editor", self.open_meeting),
            ("08-meeting-participants", lambda: self.editor_tab(1)),
            ("09-meeting-actions", lambda: self.editor_tab(3)),
            ("10-meeting-schedule-and-invites", lambda: self.editor_tab(4)),
            ("11-find-a-time", self.find_a_time),
            ("12-calendar", lambda: self.page(2, close_dialogs=True)),
            ("13-actions", lambda: self.page(3)),
            ("14-agencies-and-people", lambda: self.page(4)),
            ("15-settings", lambda: self.page(5)),
            ("16-settings-scheduling", lambda: self.window.settings.tabs.setCurrentIndex(3)),
            ("17-locked", self.window.lock),
        ]
        self.shots: list[Path] = []

    # --- the steps ------------------------------------------------------------------------
    def noop(self) -> None:
        """The unlock dialog is up already (the window asks once it has painted)."""

    def unlock(self) -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PassphraseDialog), dialog
        dialog.passphrase.setText(self.passphrase)
        dialog.ok.click()

    def open_client(self, name: str) -> None:
        clients = self.window.clients
        model = clients.model
        row = next(r for r in range(model.rowCount()) if name in model.row_at(r).name)
        clients.view.selectRow(row)
        clients.view.activated.emit(model.index(row, 0))

    def client_tab(self, index: int) -> None:
        self.window.clients.workspace.tabs.setCurrentIndex(index)

    def open_meeting(self) -> None:
        space = self.window.clients.workspace
        row = next(r for r in range(space.meetings.rowCount())
                   if space.meetings.row_at(r).status != "held")
        space.meeting_view.selectRow(row)
        space.meeting_view.activated.emit(space.meetings.index(row, 0))

    def editor(self) -> QWidget:
        dialog = QApplication.activeModalWidget() or QApplication.activeWindow()
        assert dialog is not None and dialog is not self.window, "no meeting editor is open"
        return dialog

    def editor_tab(self, index: int) -> None:
        self.editor().tabs.setCurrentIndex(index)  # type: ignore[attr-defined]

    def find_a_time(self) -> None:
        editor = self.editor()
        editor.tabs.setCurrentIndex(0)  # type: ignore[attr-defined]
        dialog = editor.open_find_time()  # type: ignore[attr-defined]
        dialog.search.click()

    def page(self, row: int, close_dialogs: bool = False) -> None:
        if close_dialogs:
            for widget in QApplication.topLevelWidgets():  # the editor's own dialogs first
                if widget.isVisible() and type(widget).__name__ == "FindTimeDialog":
                    widget.reject()
            for widget in QApplication.topLevelWidgets():
                if widget is not self.window and widget.isVisible() and hasattr(
                        widget, "close_without_asking"):
                    widget.close_without_asking()
        self.window.navigation.setCurrentRow(row)

    # --- the machinery --------------------------------------------------------------------
    def start(self) -> None:
        self.window.start()
        self.window.setGeometry(0, 0, 1280, 800)  # no window manager: fill the screen
        QTimer.singleShot(1500, self.next_step)

    def next_step(self) -> None:
        if not self.steps:
            QApplication.instance().quit()  # type: ignore[union-attr]
            return
        name, action = self.steps.pop(0)
        action()
        self.wait_then(lambda: self.capture(name))

    def wait_then(self, then: Callable[[], None], waited: int = 0) -> None:
        if self.window.runner.busy and waited < 10_000:
            QTimer.singleShot(100, lambda: self.wait_then(then, waited + 100))
        else:
            QTimer.singleShot(SETTLE_MS, then)

    def capture(self, name: str) -> None:
        target = self.out / f"{name}.png"
        subprocess.run(["import", "-window", "root", str(target)], check=True)
        self.shots.append(target)
        self.next_step()


def main(argv: list[str]) -> int:
    data_dir, out = Path(argv[0]), Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([sys.argv[0], "-platform", "xcb"])
    app.setApplicationName("Verkosto")
    app.setOrganizationName("Verkosto")
    i18n.install(os.environ.get("VERKOSTO_TOUR_LANG", "fi"))
    tour = Tour(data_dir, out, os.environ["VERKOSTO_TOUR_PASSPHRASE"])
    failures: list[BaseException] = []

    def hook(kind: type[BaseException], error: BaseException, trace: object) -> None:
        failures.append(error)
        sys.__excepthook__(kind, error, trace)  # type: ignore[arg-type]
        app.exit(1)

    sys.excepthook = hook
    tour.start()
    code = app.exec()
    print("\n".join(str(p) for p in tour.shots))
    return 1 if failures else code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
