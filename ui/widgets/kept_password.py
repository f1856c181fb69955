"""A connection password (SMTP, CalDAV) that may be kept in the OS keyring: the field, the
"remember" box and the note shown when this computer has no keyring."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit


def show_password_kept(password: QLineEdit, remember: QCheckBox, kept: bool) -> None:
    """Whether a password is kept: never shown, only said in the empty field."""
    remember.setChecked(kept)
    password.setPlaceholderText(
        QCoreApplication.translate("KeptPassword", "(kept in the keyring)") if kept else "")


def show_keyring_state(password: QLineEdit, remember: QCheckBox, keyring_note: QLabel, *,
                       usable: bool, kept: bool) -> None:
    """The loaded state: the field empty, "remember" only where a keyring can keep it."""
    password.clear()
    show_password_kept(password, remember, kept)
    remember.setEnabled(usable)
    keyring_note.setVisible(not usable)
    if not usable:
        remember.setChecked(False)
        remember.setToolTip(keyring_note.text())
