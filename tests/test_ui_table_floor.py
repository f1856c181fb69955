"""A table's stretching column holds descriptions and names: with little room (Swedish at a
150 % font on a 1366×768 laptop) it keeps a readable start of its text and the table scrolls
sideways, instead of squeezing "Päätös maksusitoumuksesta…" to "Päät…"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.support.windows import demo_window
from ui import i18n
from ui.widgets.table_models import ActionTableModel
from ui.widgets.tables import READABLE_CHARACTERS


def test_the_action_column_keeps_a_readable_width_at_150_percent(
        qtbot: QtBot, qapp: QApplication, data_dir: Path) -> None:
    font = qapp.font()
    bigger = type(font)(font)
    bigger.setPointSizeF(font.pointSizeF() * 1.5)
    qapp.setFont(bigger)
    try:
        i18n.install("sv")
        window = demo_window(qtbot, data_dir)
        window.resize(1366, 768)
        window.navigation.setCurrentRow(window.stack.indexOf(window.actions))
        view = window.actions.view
        qtbot.waitUntil(lambda: view.model().rowCount() > 0, timeout=10_000)
        readable = view.fontMetrics().averageCharWidth() * READABLE_CHARACTERS
        column = ActionTableModel.DESCRIPTION
        qtbot.waitUntil(lambda: view.columnWidth(column) >= readable, timeout=3_000)
        assert view.horizontalScrollBar().maximum() > 0  # the rest is reached by scrolling
    finally:
        qapp.setFont(font)
