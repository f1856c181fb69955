"""Errors and overdue actions stay readable in light, dark and high-contrast palettes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from planner.domain.enums import ActionStatus
from planner.services import ActionRow
from ui.widgets.colours import error_colour, error_style, muted_colour
from ui.widgets.table_models import ActionTableModel


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def palette(window: str, base: str, text: str) -> QPalette:
    result = QPalette()
    result.setColor(QPalette.ColorRole.Window, QColor(window))
    result.setColor(QPalette.ColorRole.Base, QColor(base))
    result.setColor(QPalette.ColorRole.Text, QColor(text))
    result.setColor(QPalette.ColorRole.WindowText, QColor(text))
    return result


PALETTES = {
    "light": palette("#efefef", "#ffffff", "#000000"),
    "dark": palette("#2b2b2b", "#1e1e1e", "#e6e6e6"),
    "high contrast": palette("#000000", "#000000", "#ffffff"),
    "high contrast white": palette("#ffffff", "#ffffff", "#000000"),
}


@pytest.fixture(params=sorted(PALETTES))
def system_palette(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[QPalette]:
    before = qapp.palette()
    qapp.setPalette(PALETTES[request.param])
    yield PALETTES[request.param]
    qapp.setPalette(before)


def test_error_and_muted_text_have_contrast(system_palette: QPalette) -> None:
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        background = system_palette.color(role)
        assert contrast(error_colour(), background) >= 4.5
        assert contrast(muted_colour(), background) >= 4.5
    assert error_colour().name() in error_style()


def test_overdue_actions_are_bold_and_coloured_for_the_palette(
        system_palette: QPalette) -> None:
    model = ActionTableModel()
    model.set_rows([ActionRow(1, 1, "Aino Korhonen", None, "Asumistuen hakemus", "Katja",
                              "Kela", None, date(2026, 11, 1), ActionStatus.OPEN, True)])
    index = model.index(0, ActionTableModel.DUE)
    assert model.data(index, Qt.ItemDataRole.FontRole).bold()
    brush = model.data(index, Qt.ItemDataRole.ForegroundRole)
    assert contrast(brush.color(), system_palette.color(QPalette.ColorRole.Base)) >= 4.5
    assert "(myöhässä)" in model.data(index)  # not colour alone
