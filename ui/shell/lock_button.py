"""The status bar's *Lukitse* button: Ctrl+L for those who do not know the shortcut (a
worker leaving the desk in a hurry), shown only while the store is open."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QToolButton

from ui.widgets.icons import icon

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow


def add_lock_button(window: MainWindow) -> QToolButton:
    button = QToolButton()
    button.setIcon(icon("lock"))
    button.setText(QCoreApplication.translate("LockButton", "Lock"))
    button.setToolTip(QCoreApplication.translate("LockButton", "Lock the store (Ctrl+L)"))
    button.setAccessibleName(button.text())
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    button.setAutoRaise(True)
    button.clicked.connect(window.lock)
    button.setVisible(window.central.currentWidget() is window.workspace)
    window.central.currentChanged.connect(
        lambda _index: button.setVisible(window.central.currentWidget() is window.workspace))
    window.statusBar().addPermanentWidget(button)
    return button
