"""The Qt binding itself must be sound: PySide6 6.12.0 on Python 3.11 dropped a reference to
``None`` on every call returning nothing, and a long session then aborted (none_dealloc)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot


def test_qt_calls_keep_the_reference_count_of_none(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("Verkosto")
        QApplication.processEvents()
    assert sys.getrefcount(None) >= before - 50  # a few may be held elsewhere meanwhile
