"""The app's palettes: the system's (the default), light, dark and high contrast, chosen in
Settings → General and kept in QSettings. Every text/background pair they define reaches WCAG AA
(4.5:1; tests/test_ui_look.py measures them, the status colours and the links included).
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

APPEARANCE_SETTING = "appearance/palette"


class Appearance(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST = "high_contrast"


# role → colour; Disabled text is the only pair below 4.5:1 (WCAG exempts inactive controls)
_COLOURS: dict[Appearance, dict[str, str]] = {
    Appearance.LIGHT: {
        "Window": "#f4f5f7", "WindowText": "#1b1f24", "Base": "#ffffff",
        "AlternateBase": "#eceff3", "Text": "#1b1f24", "Button": "#e9ecf0",
        "ButtonText": "#1b1f24", "BrightText": "#ffffff", "Highlight": "#0b5cad",
        "HighlightedText": "#ffffff", "Link": "#0a58a8", "LinkVisited": "#6a2c91",
        "ToolTipBase": "#ffffff", "ToolTipText": "#1b1f24", "PlaceholderText": "#5c5c5c",
        "Light": "#ffffff", "Midlight": "#f0f2f5", "Mid": "#b4bac2", "Dark": "#8a9099",
        "Shadow": "#5c6168", "disabled": "#8a9099",
    },
    Appearance.DARK: {
        "Window": "#1f2328", "WindowText": "#e8eaed", "Base": "#16191d",
        "AlternateBase": "#262a30", "Text": "#e8eaed", "Button": "#2b3036",
        "ButtonText": "#e8eaed", "BrightText": "#ffffff", "Highlight": "#2f6fb3",
        "HighlightedText": "#ffffff", "Link": "#8cc4ff", "LinkVisited": "#d7b4ff",
        "ToolTipBase": "#2b3036", "ToolTipText": "#e8eaed", "PlaceholderText": "#b8b8b8",
        "Light": "#3a4048", "Midlight": "#30353c", "Mid": "#4a515a", "Dark": "#121417",
        "Shadow": "#000000", "disabled": "#7d848c",
    },
    Appearance.HIGH_CONTRAST: {
        "Window": "#000000", "WindowText": "#ffffff", "Base": "#000000",
        "AlternateBase": "#1a1a1a", "Text": "#ffffff", "Button": "#000000",
        "ButtonText": "#ffffff", "BrightText": "#ffffff", "Highlight": "#1aebff",
        "HighlightedText": "#000000", "Link": "#ffff00", "LinkVisited": "#ff9eff",
        "ToolTipBase": "#000000", "ToolTipText": "#ffffff", "PlaceholderText": "#d0d0d0",
        # frames and edges in full white: every control's outline shows
        "Light": "#ffffff", "Midlight": "#ffffff", "Mid": "#ffffff", "Dark": "#ffffff",
        "Shadow": "#ffffff", "disabled": "#a0a0a0",
    },
}

# What the application had before a palette of ours replaced it (to go back to "system").
_system: tuple[QPalette, str] | None = None


def palette_for(appearance: Appearance) -> QPalette | None:
    """The palette of ``appearance``; None for the system's own."""
    colours = _COLOURS.get(appearance)
    if colours is None:
        return None
    palette = QPalette()
    for role_name, value in colours.items():
        if role_name == "disabled":
            continue
        palette.setColor(getattr(QPalette.ColorRole, role_name), QColor(value))
    disabled = QColor(colours["disabled"])
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def saved_appearance() -> Appearance:
    value = str(QSettings().value(APPEARANCE_SETTING, Appearance.SYSTEM.value))
    try:
        return Appearance(value)
    except ValueError:  # a hand-edited settings file: fall back rather than fail to start
        return Appearance.SYSTEM


def apply_appearance(app: QApplication, appearance: Appearance) -> None:
    """Switch the whole application's palette at once (icons follow: ui/widgets/icons.py).
    Our palettes use the Fusion style, which draws with the palette on every platform."""
    global _system
    palette = palette_for(appearance)
    if palette is None:
        if _system is None:
            return
        app.setStyle(_system[1])
        app.setPalette(_system[0])
        _system = None
    else:
        if _system is None:
            _system = (QPalette(app.palette()), app.style().name())
        app.setStyle("Fusion")
        app.setPalette(palette)
    # A widget with a style sheet of its own keeps the palette it was polished with (the
    # navigation list would stay white in the dark palette): polish it again.
    for widget in app.allWidgets():
        if widget.styleSheet():
            widget.setStyleSheet(widget.styleSheet())


def choose_appearance(app: QApplication, appearance: Appearance) -> None:
    """Settings: apply and remember."""
    QSettings().setValue(APPEARANCE_SETTING, appearance.value)
    apply_appearance(app, appearance)
