"""Starts the desktop application."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication

from planner.app_identity import APP_ID, ICON_SIZES, ORGANISATION, icon_data, png_name
from planner.config import APP_NAME
from ui import i18n
from ui.fonts import install_emoji_font
from ui.shell.main_window import MainWindow
from ui.widgets.palettes import apply_appearance, saved_appearance

if TYPE_CHECKING:  # the store's code loads after the first paint (ui/shell/main_window.py)
    from planner.services import Planner


class WindowHost:
    """Owns the main window; rebuilds it in a new language without closing the store."""

    def __init__(self, data_dir: Path, **window_options: Any) -> None:
        self.data_dir = data_dir
        self.options = window_options
        self.window = self._make()

    def _make(self, planner: Planner | None = None) -> MainWindow:
        window = MainWindow(self.data_dir, planner=planner, **self.options)
        window.language_switch_requested.connect(self.switch_language)
        return window

    def switch_language(self, language: str) -> None:
        i18n.save_language(language)
        i18n.install(language)
        old = self.window
        planner = old.hand_over()
        self.window = self._make(planner)
        self.window.reminders.notified = old.reminders.notified  # not shown twice
        self.window.navigation.setCurrentRow(old.navigation.currentRow())
        self.window.show()
        old.deleteLater()


def application_icon() -> QIcon:
    """The icon at each shipped size, read as package data (resources/icons)."""
    icon = QIcon()
    for size in ICON_SIZES:
        pixmap = QPixmap()
        if pixmap.loadFromData(icon_data(png_name(size)), "PNG"):
            icon.addPixmap(pixmap)
    return icon


def configure(app: QApplication) -> None:
    """Names the application as the desktop knows it: the settings' folder (application
    and organisation name), the window titles' suffix, the desktop entry it belongs to
    (``verkosto install-desktop``), the windows' icon and the emoji font; applies the palette
    chosen in Settings (after the names: QSettings needs them)."""
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(application_icon())
    install_emoji_font()  # an emoji in a title is drawn, not a box (ui/fonts.py)
    apply_appearance(app, saved_appearance())


def run(data_dir: Path, argv: list[str] | None = None, store: str | None = None) -> int:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    configure(app)
    i18n.install(i18n.saved_language())
    host = WindowHost(data_dir, defer_pages=True, team=store)
    if os.environ.get("VERKOSTO_STARTUP_PROBE"):  # benchmarks only: prints timings and quits
        from ui.shell import startup_probe

        startup_probe.watch(host.window, startup_probe.readiness(host.window))
    host.window.start()
    return app.exec()
