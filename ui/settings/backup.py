"""Settings → Backups and keys: make an encrypted backup, restore one, change the store's key.

A backup is made while the store stays open (a consistent snapshot, see
planner/storage/backup.py); the key change re-encrypts the file in place. Both run on the
window's worker, one at a time with everything else that touches the store. Restoring replaces
the open store, so the box only asks the window for it (``restore_requested``): the window
closes the store, restores and opens the restored one (ui/settings/restore_dialog.py, MainWindow).
Problems show beside the field they concern, never as pop-ups. The one question asked is
before replacing an existing file that the save dialog has not already asked about (a path
typed into the field, or chosen before the file appeared).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.errors import (
    BackupError,
    BackupPassphraseRequired,
    BackupPassphraseTooShort,
    BackupTargetExists,
    FieldError,
    OutputError,
    PassphraseTooShort,
    ValidationFailed,
    VerkostoError,
    WrongPassphrase,
)
from planner.messages import translate
from planner.services import Planner
from planner.services.store_admin import (
    MIN_PASSPHRASE_LENGTH,
    BackupInfo,
    KeyringVault,
    StoreAdministration,
)
from ui import i18n
from ui.formatting import datetime_text
from ui.operations import Task, TaskContext, TaskRunner
from ui.widgets.colours import error_style
from ui.widgets.forms import FieldForm
from ui.widgets.replace_question import confirm_replace, confirmed_by_dialog
from ui.widgets.rows import button_row, file_row, muted_note

BACKUP_SUFFIX = ".vkb"


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def beside(field: str, error: VerkostoError) -> ValidationFailed:
    """``error``'s message shown beside the input ``field`` (its cause already translated)."""
    params = dict(error.params)
    detail = params.get("detail")
    if isinstance(detail, str) and detail.startswith("detail."):
        params["detail"] = translate(detail, i18n.current(), **error.params)
    return ValidationFailed([FieldError(field, error.code, params)])


def _field_error(error: BaseException, fields: dict[type[BaseException], str]) -> \
        ValidationFailed | None:
    """A core error about one input, as a message beside that input."""
    for kind, field in fields.items():
        if isinstance(error, kind) and isinstance(error, VerkostoError):
            return beside(field, error)
    return None


class BackupSettingsBox(QWidget):
    restore_requested = Signal()  # the window closes the store and restores (ui/restore_dialog)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.planner: Planner | None = None
        self.vault: KeyringVault | None = None  # the window's, for rotating a keyring key
        # The existing file the user agreed to replace (in the save dialog or when asked);
        # used by the next backup only.
        self._replace: Path | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.local_boxes = [self._backup_box(), self._restore_box(), self._key_box()]
        for box in self.local_boxes:
            layout.addWidget(box)
        # a team store has no file here to back up, restore or re-key: its server has
        self.team_note = QLabel(self.tr(
            "The team store is kept on its server: its administrator backs it up with "
            "PostgreSQL's own tools, and this computer holds nothing of it to back up or "
            "restore. The password of your login is kept in this computer's keyring."))
        self.team_note.setWordWrap(True)
        self.team_note.hide()
        layout.addWidget(self.team_note)

    # --- building --------------------------------------------------------------------------
    def _backup_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Make a backup"))
        self.backup_form = FieldForm(box)
        intro = QLabel(self.tr(
            "The backup is one encrypted file with a passphrase of its own (at least {0} "
            "characters). Keep it somewhere other than this computer. Without the passphrase "
            "nobody can open it, not even you.").format(MIN_PASSPHRASE_LENGTH))
        intro.setWordWrap(True)
        self.backup_form.addRow(intro)
        self.backup_file = QLineEdit()
        browse = QPushButton(self.tr("Bro&wse…"))
        browse.setAccessibleName(self.tr("Choose where to save the backup"))
        browse.clicked.connect(self._choose_backup_file)
        self.backup_form.add_field(self.tr("Backup &file:"), "backup_file",
                                   file_row(self.backup_file, browse))
        self.backup_file.setAccessibleName(self.tr("Backup file"))
        self.backup_passphrase = self.backup_form.add_field(
            self.tr("Backup &passphrase:"), "backup_passphrase", _password_field())
        self.backup_repeat = self.backup_form.add_field(
            self.tr("R&epeat the passphrase:"), "backup_repeat", _password_field())
        self.backup_form.addRow(self.backup_form.general)
        self.backup_button = QPushButton(self.tr("Make &backup"))
        self.backup_button.clicked.connect(self.make_backup)
        self.backup_form.addRow(button_row(self.backup_button))
        self.backup_status = self._status(self.tr("Backup status"))
        self.backup_form.addRow(self.backup_status)
        return box

    def _restore_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Restore from a backup"))
        column = QVBoxLayout(box)
        intro = QLabel(self.tr(
            "The backup is checked first and what it holds is shown before anything is "
            "replaced. The current store is kept in the backups folder of the data folder."))
        intro.setWordWrap(True)
        column.addWidget(intro)
        self.restore_button = QPushButton(self.tr("&Restore from a backup…"))
        self.restore_button.clicked.connect(self.restore_requested)
        column.addLayout(button_row(self.restore_button))
        return box

    def _key_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("The store's key"))
        self.key_form = FieldForm(box)
        self.keyring_note = muted_note(self.tr(
            "The store's key is a random key kept in the system keyring. Changing it "
            "re-encrypts the store with a new key; backups keep their own passphrase."))
        self.key_form.addRow(self.keyring_note)
        self.rotate_button = QPushButton(self.tr("Change the &key"))
        self.rotate_button.clicked.connect(self.rotate_key)
        self.rotate_row = button_row(self.rotate_button)
        self.key_form.addRow(self.rotate_row)
        self.current = self.key_form.add_field(self.tr("C&urrent passphrase:"), "current",
                                               _password_field())
        self.new = self.key_form.add_field(self.tr("&New passphrase:"), "new",
                                           _password_field())
        self.repeat = self.key_form.add_field(self.tr("Repea&t the new passphrase:"),
                                              "repeat", _password_field())
        self.key_form.addRow(self.key_form.general)
        self.passphrase_button = QPushButton(self.tr("Change pa&ssphrase"))
        self.passphrase_button.clicked.connect(self.change_passphrase)
        self.key_form.addRow(button_row(self.passphrase_button))
        self.key_status = self._status(self.tr("Key change status"))
        self.key_form.addRow(self.key_status)
        self._show_protection(None)
        return box

    def _status(self, name: str) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setAccessibleName(name)
        return label

    def _show_protection(self, protection: str | None) -> None:
        """Rotate a keyring key, or change a passphrase: only what fits this store shows."""
        keyring = protection == "keyring"
        passphrase = protection == "passphrase"
        self.keyring_note.setVisible(keyring)
        self.rotate_button.setVisible(keyring)
        for field in (self.current, self.new, self.repeat):
            self.key_form.setRowVisible(field.parentWidget(), passphrase)
        self.passphrase_button.setVisible(passphrase)

    # --- showing ---------------------------------------------------------------------------
    def load(self, planner: Planner) -> None:
        self.planner = planner
        team = planner.store.protection == "team"
        for box in self.local_boxes:
            box.setHidden(team)
        self.team_note.setHidden(not team)
        self._show_protection(planner.store.protection)

    def clear(self) -> None:
        """Forget the store and every typed passphrase (on lock)."""
        self.planner = None
        for field in (self.backup_passphrase, self.backup_repeat, self.current, self.new,
                      self.repeat):
            field.clear()
        for status in (self.backup_status, self.key_status):
            status.clear()
        self.backup_form.clear_errors()
        self.key_form.clear_errors()
        self._show_protection(None)

    def _choose_backup_file(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the backup as"),
            self.backup_file.text() or str(Path(folder) / f"verkosto{BACKUP_SUFFIX}"),
            self.tr("Verkosto backups (*.vkb);;All files (*)"))
        if chosen:
            self.backup_file.setText(chosen)
            self._replace = Path(chosen) if confirmed_by_dialog(chosen, Path(chosen)) else None

    def _report(self, label: QLabel, text: str, error: bool = False) -> None:
        label.setText(text)
        label.setStyleSheet(error_style() if error else "")

    def _run(self, work: Callable[[TaskContext], Any], done: Callable[[Any], None], text: str,
             failed: Callable[[BaseException], None]) -> None:
        # Not cancellable: a half-made backup or key change is finished, not abandoned.
        self.runner.run(Task(work, text, done, failed, cancellable=False))

    # --- making a backup -------------------------------------------------------------------
    def make_backup(self) -> None:
        planner = self.planner
        self.backup_form.clear_errors()
        self._report(self.backup_status, "")
        if planner is None:
            return
        target, phrase = self.backup_file.text().strip(), self.backup_passphrase.text()
        problems = []
        if not target:
            problems.append(FieldError("backup_file", "validation.required"))
        if phrase != self.backup_repeat.text():
            problems.append(FieldError("backup_repeat", "backup.passphrases_differ"))
        if problems:
            self.backup_form.show_errors(ValidationFailed(problems))
            return
        path = Path(target)
        overwrite, self._replace = self._replace == path, None  # agreed once, used once

        def work(ctx: TaskContext) -> BackupInfo:
            return StoreAdministration.backup(
                planner, path, phrase, overwrite=overwrite,
                progress=lambda done, total: ctx.report(done, total))

        def failed(error: BaseException) -> None:
            if isinstance(error, BackupTargetExists) and not overwrite:
                if confirm_replace(self, [path]):
                    self._replace = path
                    self.make_backup()
                return
            self._backup_failed(error)

        def done(info: BackupInfo) -> None:
            self.backup_passphrase.clear()
            self.backup_repeat.clear()
            self._report(self.backup_status, self.tr(
                "Backup made {0}: {1} clients, {2} meetings. File: {3}").format(
                    datetime_text(info.created_at), info.clients, info.meetings, info.file))

        self._run(work, done, self.tr("Making a backup…"), failed)

    def _backup_failed(self, error: BaseException) -> None:
        placed = _field_error(error, {BackupPassphraseRequired: "backup_passphrase",
                                      BackupPassphraseTooShort: "backup_passphrase",
                                      BackupError: "backup_file",
                                      OutputError: "backup_file"})
        if placed is not None:
            self.backup_form.show_errors(placed)
        elif isinstance(error, VerkostoError):
            self._report(self.backup_status, error.message(i18n.current()), error=True)
        else:
            self.runner.report_error(error)

    # --- the store's key -------------------------------------------------------------------
    def rotate_key(self) -> None:
        planner = self.planner
        self.key_form.clear_errors()
        self._report(self.key_status, "")
        if planner is None:
            return
        admin = StoreAdministration.of(planner, vault=self.vault)
        self._run(lambda _ctx: admin.rotate_key(planner),
                  lambda _none: self._report(self.key_status, self.tr(
                      "The store has a new key; the old one was removed from the keyring.")),
                  self.tr("Changing the store's key…"), self._key_failed)

    def change_passphrase(self) -> None:
        planner = self.planner
        self.key_form.clear_errors()
        self._report(self.key_status, "")
        if planner is None:
            return
        old, new = self.current.text(), self.new.text()
        if new != self.repeat.text():
            self.key_form.show_errors(ValidationFailed([FieldError(
                "repeat", "backup.passphrases_differ")]))
            return
        admin = StoreAdministration.of(planner, vault=self.vault)

        def done(_none: object) -> None:
            for field in (self.current, self.new, self.repeat):
                field.clear()
            self._report(self.key_status, self.tr(
                "The passphrase was changed. Use the new one from now on."))

        self._run(lambda _ctx: admin.change_passphrase(planner, old, new), done,
                  self.tr("Changing the passphrase…"), self._key_failed)

    def _key_failed(self, error: BaseException) -> None:
        placed = _field_error(error, {WrongPassphrase: "current", PassphraseTooShort: "new"})
        if placed is not None:
            self.key_form.show_errors(placed)
        elif isinstance(error, VerkostoError):
            self._report(self.key_status, error.message(i18n.current()), error=True)
        else:
            self.runner.report_error(error)
