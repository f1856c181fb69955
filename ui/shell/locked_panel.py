"""Shown whenever the store is not open: why, and a button to unlock."""

from __future__ import annotations

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
        self.message.setAccessibleName(self.tr("Status"))
        self.retry = QPushButton(self.tr("&Try again"))
        # Offered when the store file is damaged or cannot be opened with its key
        # (MainWindow decides; ui/settings/restore_flow.py): the damaged file is moved aside, never
        # overwritten.
        self.restore = QPushButton(self.tr("&Restore from a backup…"))
        self.restore.hide()
        # Offered when the store is behind its audit anchor: opening then logs that the user
        # has seen it (MainWindow asks first).
        self.acknowledge = QPushButton(self.tr("&Acknowledge and open…"))
        self.acknowledge.hide()
        self.damaged = False  # whether the store that failed to open is damaged
        for widget in (self.title, self.message):
            # Centred by stretches: this panel is the app's first paint, and PySide builds
            # the whole Qt namespace (~12 ms) on the first use of any Qt enum; messages that
            # come later get their alignment in show_message.
            line = QHBoxLayout()
            line.addStretch(1)
            line.addWidget(widget)
            line.addStretch(1)
            layout.addLayout(line)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.retry)
        row.addWidget(self.restore)
        row.addWidget(self.acknowledge)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)

    def show_message(self, message: str, button: str | None = None) -> None:
        from PySide6.QtCore import Qt

        for widget in (self.title, self.message):  # long messages wrap: centre each line
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._set_message(message)
        self.retry.setText(button or self.tr("&Try again"))
        self.retry.setVisible(True)
        self.restore.setVisible(False)
        self.acknowledge.setVisible(False)

    def offer_acknowledge(self) -> None:
        self.acknowledge.setVisible(True)

    def offer_restore(self, damaged: bool) -> None:
        self.damaged = damaged
        self.restore.setVisible(True)

    def show_busy(self, message: str) -> None:
        """While the store is being opened there is nothing to retry yet."""
        self._set_message(message)
        self.retry.setVisible(False)
        self.restore.setVisible(False)
        self.acknowledge.setVisible(False)

    def _set_message(self, message: str) -> None:
        """A wrapping label between stretches gets Qt's narrow default width: give it the width
        of its text, up to about 60 characters, so short messages stay on one line and long ones
        wrap into a readable paragraph."""
        self.message.setText(message)
        metrics = self.message.fontMetrics()
        line = max((metrics.horizontalAdvance(part) for part in message.splitlines()), default=0)
        self.message.setMinimumWidth(min(line + 2, metrics.averageCharWidth() * 60))
