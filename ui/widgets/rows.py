"""Small layouts the settings boxes and editor tabs share."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from ui.widgets.colours import muted_colour


def button_row(*buttons: QPushButton) -> QHBoxLayout:
    """Buttons side by side on the left; Enter in a field never presses them."""
    row = QHBoxLayout()
    for button in buttons:
        button.setAutoDefault(False)
        row.addWidget(button)
    row.addStretch(1)
    return row


def file_row(field: QLineEdit, browse: QPushButton) -> QWidget:
    """A path field with its Browse button; the caption's mnemonic lands on the field."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(field, 1)
    browse.setAutoDefault(False)
    row.addWidget(browse)
    box.setFocusProxy(field)
    return box


def muted_note(text: str) -> QLabel:
    """A hidden explanatory line (e.g. why the keyring checkbox is off), shown when it applies."""
    note = QLabel(text)
    note.setWordWrap(True)
    note.setStyleSheet(f"color: {muted_colour().name()};")
    note.hide()
    return note
