"""Asks for the store's passphrase (or a new one, twice, for a new store)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from planner.services.store_admin import MIN_PASSPHRASE_LENGTH
from ui.widgets.colours import error_style
from ui.widgets.sizing import floor_width


class PassphraseDialog(QDialog):
    def __init__(self, new_store: bool, error: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.new_store = new_store
        # The platform adds the application's name ("Tunnuslause — Verkosto"): not twice.
        self.setWindowTitle(self.tr("Passphrase"))
        self.setModal(True)
        floor_width(self, 460)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "This system has no keyring. Protect the new store with a passphrase (at least {0} "
            "characters). A forgotten passphrase cannot be recovered."
        ).format(MIN_PASSPHRASE_LENGTH) if new_store else self.tr(
            "Give the passphrase of the store."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        form.addRow(self.tr("&New passphrase:") if new_store else self.tr("&Passphrase:"),
                     self.passphrase)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Repeat the passphrase"))
        if new_store:
            form.addRow(self.tr("R&epeat:"), self.repeat)
        layout.addLayout(form)
        self.error = QLabel(error)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(error_style())
        self.error.setAccessibleName(self.tr("Error"))
        self.error.setVisible(bool(error))
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(self.tr("&Open") if not new_store else self.tr("C&reate"),
                                    QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("&Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.passphrase.setFocus()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)

    def _accept_if_valid(self) -> None:
        text = self.passphrase.text()
        if not text:
            self._show_error(self.tr("Give the passphrase."))
        elif self.new_store and len(text) < MIN_PASSPHRASE_LENGTH:
            self._show_error(self.tr("The passphrase must be at least {0} characters long.")
                             .format(MIN_PASSPHRASE_LENGTH))
        elif self.new_store and text != self.repeat.text():
            self._show_error(self.tr("The passphrases differ."))
        else:
            self.accept()

    def value(self) -> str:
        return self.passphrase.text()


def ask_passphrase(parent: QWidget | None, new_store: bool, error: str) -> str | None:
    dialog = PassphraseDialog(new_store, error, parent)
    value = dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
    # The dialog belongs to the window: its fields would hold the passphrase until it closes.
    dialog.passphrase.clear()
    dialog.repeat.clear()
    return value
