"""Colours that keep their contrast in light, dark and high-contrast palettes.

The app draws with the palette in force (the system's, or one of ui/widgets/palettes.py); only
what must stand out (errors, overdue actions, warnings, a status) gets a colour, and always
together with text, an icon or bold, never colour alone. Each colour reaches WCAG AA (4.5:1) on
the window, base and alternate-row colours of its kind of palette (tests/test_ui_look.py).
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtGui import QColor, QGuiApplication, QPalette


class Tone(StrEnum):
    """What a coloured text says, whatever the palette."""

    NORMAL = "normal"  # the palette's own text colour
    SUCCESS = "success"
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"
    MUTED = "muted"


# tone → (on a light palette, on a dark one)
_TONES: dict[Tone, tuple[str, str]] = {
    Tone.SUCCESS: ("#1a6b2f", "#7ee2a0"),
    Tone.INFO: ("#0b5cad", "#9ccbff"),
    Tone.WARNING: ("#8a4b00", "#ffd27a"),
    Tone.ERROR: ("#a4000f", "#ff9e9e"),
    Tone.MUTED: ("#5c5c5c", "#b8b8b8"),
}


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def tone_colour(tone: Tone, palette: QPalette | None = None) -> QColor:
    palette = palette or QGuiApplication.palette()
    if tone == Tone.NORMAL:
        return palette.color(QPalette.ColorRole.WindowText)
    light, dark = _TONES[tone]
    return QColor(dark if is_dark(palette) else light)


def error_colour() -> QColor:
    return tone_colour(Tone.ERROR)


def muted_colour() -> QColor:
    return tone_colour(Tone.MUTED)


def error_style() -> str:
    return f"color: {error_colour().name()};"


def warning_panel_style() -> str:
    if is_dark():
        return "background: #3b3000; color: #ffe9a3; padding: 6px;"
    return "background: #fff4ce; color: #3b2f00; padding: 6px;"


def relative_luminance(colour: QColor) -> float:
    """WCAG 2.x relative luminance of an opaque colour."""
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio, 1 to 21 (AA asks 4.5 for body text)."""
    high, low = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)
