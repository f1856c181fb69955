"""The window paints before the store's code loads, and the exporters load only when used
(issue 6: cold start within 1.3x of a bare Qt window, peak memory within 250 MB)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STORE_CODE = ("sqlalchemy", "sqlmodel", "sqlcipher3", "alembic", "keyring", "cryptography",
              "planner.services", "planner.storage.store", "holidays")
EXPORTERS = ("reportlab", "pyhanko", "icalendar", "recurring_ical_events", "smtplib", "caldav",
             "uharfbuzz", "alembic")


def loaded_after(code: str, tmp_path: Path) -> set[str]:
    """Which of the heavy modules a fresh interpreter has loaded after ``code``."""
    probe = (f"{code}\nimport sys\n"
             f"print(' '.join(m for m in {STORE_CODE + EXPORTERS!r} if m in sys.modules))")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return set(done.stdout.split())


def test_the_first_paint_needs_no_store_code(tmp_path: Path) -> None:
    shell = ("from PySide6.QtWidgets import QApplication\n"
             "import cli.main, ui.shell.app\n"
             "app = QApplication([])\n"
             "window = ui.shell.app.WindowHost(__import__('pathlib').Path('x'), defer_pages=True)\n"
             "window.window.show(); app.processEvents()")
    assert loaded_after(shell, tmp_path) == set()


def test_the_pages_load_no_exporter_until_one_is_used(tmp_path: Path) -> None:
    pages = ("from PySide6.QtWidgets import QApplication\n"
             "from ui.shell.main_window import MainWindow\n"
             "app = QApplication([])\n"
             "window = MainWindow(__import__('pathlib').Path('x'))")
    loaded = loaded_after(pages, tmp_path)
    assert "sqlalchemy" in loaded  # the pages are there
    assert loaded.isdisjoint(EXPORTERS)
    assert "pyhanko" in loaded_after("from exports.signing import verify_pdf", tmp_path)
