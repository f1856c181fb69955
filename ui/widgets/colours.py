"""Colours that keep their contrast in light, dark and high-contrast palettes.

The app draws with the system palette; only messages that must stand out (errors, overdue
actions, warnings) get a colour, and always together with text or bold, never colour alone.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def error_colour() -> QColor:
    # Both reach WCAG AA (4.5:1) on the usual window colours of their kind of palette.
    return QColor("#ff9e9e") if is_dark() else QColor("#a4000f")


def muted_colour() -> QColor:
    return QColor("#b8b8b8") if is_dark() else QColor("#5c5c5c")


def error_style() -> str:
    return f"color: {error_colour().name()};"


def warning_panel_style() -> str:
    if is_dark():
        return "background: #3b3000; color: #ffe9a3; padding: 6px;"
    return "background: #fff4ce; color: #3b2f00; padding: 6px;"
