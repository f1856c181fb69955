"""Settings → General → Colours: the system's palette, light, dark or high contrast; applied at
once to the whole application and remembered on this computer (QSettings)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QApplication, QComboBox

from ui.widgets.palettes import Appearance, choose_appearance, saved_appearance

NAMES = {Appearance.SYSTEM: QT_TRANSLATE_NOOP("AppearanceChoice", "Follow the system"),
         Appearance.LIGHT: QT_TRANSLATE_NOOP("AppearanceChoice", "Light"),
         Appearance.DARK: QT_TRANSLATE_NOOP("AppearanceChoice", "Dark"),
         Appearance.HIGH_CONTRAST: QT_TRANSLATE_NOOP("AppearanceChoice", "High contrast")}


def appearance_choice(chosen_then: Callable[[], None] | None = None) -> QComboBox:
    """The choice; ``chosen_then`` runs after a new palette is in force."""
    combo = QComboBox()
    for appearance, name in NAMES.items():
        combo.addItem(QCoreApplication.translate("AppearanceChoice", name), appearance.value)
    combo.setCurrentIndex(combo.findData(saved_appearance().value))

    def chosen(_index: int) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            choose_appearance(app, Appearance(combo.currentData()))
        if chosen_then is not None:
            chosen_then()

    combo.currentIndexChanged.connect(chosen)
    return combo
