"""Starts the desktop application."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from ui import i18n
from ui.main_window import MainWindow


def run(data_dir: Path, argv: list[str] | None = None) -> int:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("Verkosto")
    app.setOrganizationName("Verkosto")
    app.setApplicationDisplayName("Verkosto")
    i18n.install(i18n.saved_language())
    window = MainWindow(data_dir)
    window.start()
    return app.exec()
