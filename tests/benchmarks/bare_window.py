"""The cold-start floor: a bare PySide6 QMainWindow, timed by the same probe as the app.

    VERKOSTO_STARTUP_PROBE=ready python -m tests.benchmarks.bare_window
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from ui.shell.startup_probe import watch


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Verkosto")
    window.setCentralWidget(QLabel("Verkosto"))
    window.statusBar().showMessage("bare window")
    window.resize(1180, 760)  # the app's default size: the same area to paint
    watch(window, lambda: True)
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
