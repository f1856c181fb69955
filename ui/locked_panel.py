"""Shown whenever the store is not open: why, and a button to unlock."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class LockedPanel(QWidget):
    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.title = QLabel(self.tr("The store is locked"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)  # relative to the system font size
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setAccessibleName(self.tr("Status"))
        self.retry = QPushButton(self.tr("&Try again"))
        for widget in (self.title, self.message):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(widget)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.retry)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)

    def show_message(self, message: str, button: str | None = None) -> None:
        self.message.setText(message)
        self.retry.setText(button or self.tr("&Try again"))
        self.retry.setVisible(True)

    def show_busy(self, message: str) -> None:
        """While the store is being opened there is nothing to retry yet."""
        self.message.setText(message)
        self.retry.setVisible(False)
