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
from ui.formatting import TZ  # noqa: E402
from ui.shell.app import WindowHost  # noqa: E402
from ui.shell.main_window import MainWindow  # noqa: E402
from ui.shell.passphrase_dialog import PassphraseDialog  # noqa: E402

SETTLE_MS = 350  # paint (the runner is idle by then; its indicator waits 300 ms to show)
SETTINGS_TABS = ("general", "mail-server", "calendar-publishing", "scheduling-and-invites",
                 "signing", "backups-and-keys", "reminders", "meeting-types")
SCALE = float(os.environ.get("VERKOSTO_TOUR_SCALE", "1"))  # 1.5: the system font at 150 %


class Tour:
    def __init__(self, data_dir: Path, out: Path, passphrase: str) -> None:
        self.out = out
        self.passphrase = passphrase
        self.host = WindowHost(data_dir)
        self.window: MainWindow = self.host.window
        self.steps: list[tuple[str, Callable[[], object]]] = [
            ("01-unlock", self.noop),
            ("", self.unlock),
            ("02-home", lambda: self.window.home.content is not None),
            ("03-clients", lambda: self.page("clients")),
            ("04-client-overview", lambda: self.open_client("Korhonen")),
            ("05-client-plan", lambda: self.client_tab(1)),
            ("06-client-consents", lambda: self.client_tab(2)),
            ("07-client-meetings", lambda: self.client_tab(3)),
            ("08-client-actions", lambda: self.client_tab(4)),
            ("09-client-log", lambda: self.client_tab(5)),
            ("10-client-information-requests", lambda: self.client_tab(6)),
            ("11-meeting-editor", self.open_meeting),
            ("12-meeting-participants", lambda: self.editor_tab(1)),
            ("13-meeting-notes", lambda: self.editor_tab(2)),
            ("14-meeting-actions", lambda: self.editor_tab(3)),
            ("15-meeting-schedule-and-invites", lambda: self.editor_tab(4)),
            ("16-find-a-time", self.find_a_time),
            ("17-calendar-week", lambda: self.calendar(week=True)),
            ("18-calendar-day", lambda: self.calendar(week=False)),
            ("19-actions", lambda: self.page("actions")),
            ("20-agencies-and-people", lambda: self.page("directory")),
            *[(f"{21 + tab}-settings-{name}", lambda t=tab: self.settings_tab(t))
              for tab, name in enumerate(SETTINGS_TABS)],
            ("29-verify-a-pdf", lambda: self.page("verify")),
            ("30-locked", self.window.lock),
        ]
        self.shots: list[Path] = []
        self.waits = 0

    # --- the steps ------------------------------------------------------------------------
    def noop(self) -> None:
        """The unlock dialog is up already (the window asks once it has painted)."""

    def unlock(self) -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PassphraseDialog), dialog
        dialog.passphrase.setText(self.passphrase)
        dialog.ok.click()

    def open_client(self, name: str) -> bool:
        clients = self.window.clients
        model = clients.model
        if not model.rowCount():  # not filled yet (a loaded machine): look again shortly
            return False
        row = next(r for r in range(model.rowCount()) if name in model.row_at(r).name)
        clients.view.selectRow(row)
        clients.view.activated.emit(model.index(row, 0))
        return True

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

    def calendar(self, *, week: bool) -> None:
        """The week (or day) of the next meeting, so the grid has something to show."""
        self.page("calendar")
        calendar = self.window.calendar
        assert self.window.planner is not None
        upcoming = self.window.planner.meetings.upcoming()
        if upcoming:
            calendar.anchor = upcoming[0].start.astimezone(TZ).date()
        (calendar.week_mode if week else calendar.day_mode).click()
        calendar.refresh()

    def settings_tab(self, tab: int) -> None:
        self.page("settings")
        self.window.settings.tabs.setCurrentIndex(tab)

    def page(self, name: str, close_dialogs: bool = True) -> None:
        """The navigation's page ``name`` (an attribute of the window), dialogs closed."""
        if close_dialogs:
            for widget in QApplication.topLevelWidgets():  # the editor's own dialogs first
                if widget.isVisible() and type(widget).__name__ == "FindTimeDialog":
                    widget.reject()
            for widget in QApplication.topLevelWidgets():
                if widget is not self.window and widget.isVisible() and hasattr(
                        widget, "close_without_asking"):
                    widget.close_without_asking()
        target = getattr(self.window, name)
        row = next(i for i, (_title, page) in enumerate(self.window.pages) if page is target)
        self.window.navigation.setCurrentRow(row)

    # --- the machinery --------------------------------------------------------------------
    def start(self) -> None:
        self.window.start()
        self.window.setGeometry(0, 0, 1366, 768)  # no window manager: fill the screen
        QTimer.singleShot(1500, self.next_step)

    def next_step(self) -> None:
        if not self.steps:
            QApplication.instance().quit()  # type: ignore[union-attr]
            return
        name, action = self.steps[0]
        if action() is False:  # not ready yet (a loaded machine): the same step again shortly
            self.waits += 1
            assert self.waits < 100, f"{name or 'a step'} never became ready"
            QTimer.singleShot(100, self.next_step)
            return
        self.steps.pop(0)
        self.wait_then(lambda: self.capture(name) if name else self.next_step())

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
    if SCALE != 1:
        font = app.font()
        font.setPointSizeF(font.pointSizeF() * SCALE)
        app.setFont(font)
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
