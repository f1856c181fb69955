"""Choose a backup, check it, see what it holds, confirm: then the window restores it.

Offered in Settings → Backups and keys and, when the store failed to open, on the locked
panel. The check (the store-administration service's verify_backup) runs on the window's worker and
reads the backup only; the confirmation is a checkbox beside what the backup holds rather than
a second pop-up. Accepting emits ``chosen``: MainWindow closes the store, restores, reopens.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.errors import (
    BackupPassphraseRequired,
    BackupWrongPassphrase,
    FieldError,
    ValidationFailed,
    VerkostoError,
)
from planner.services import Planner
from planner.services.store_admin import BackupInfo, RestoreLoss, StoreAdministration
from ui.formatting import datetime_text
from ui.operations import TaskRunner
from ui.settings.backup import beside
from ui.widgets.forms import FieldForm
from ui.widgets.rows import button_row, file_row
from ui.widgets.sizing import floor_width


class RestoreDialog(QDialog):
    chosen = Signal(str, str)  # backup file, backup passphrase

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None,
                 live: Planner | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.live = live  # the open store, compared with the backup before it is replaced
        self.info: BackupInfo | None = None
        self.loss: RestoreLoss | None = None
        self._generation = 0
        self.setWindowTitle(self.tr("Restore from a backup"))
        floor_width(self, 520)
        layout = QVBoxLayout(self)
        self.form = FieldForm()
        layout.addLayout(self.form)
        self.file = QLineEdit()
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAccessibleName(self.tr("Choose the backup file"))
        browse.clicked.connect(self._choose_file)
        self.form.add_field(self.tr("Backup &file:"), "backup_file", file_row(self.file, browse))
        self.file.setAccessibleName(self.tr("Backup file"))
        self.passphrase = self.form.add_field(self.tr("Backup &passphrase:"), "backup_passphrase",
                                              QLineEdit())
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(self.form.general)
        self.check_button = QPushButton(self.tr("&Check the backup"))
        self.check_button.clicked.connect(self.check)
        self.form.addRow(button_row(self.check_button))
        self.contents = QLabel()
        self.contents.setWordWrap(True)
        self.contents.setAccessibleName(self.tr("What the backup holds"))
        layout.addWidget(self.contents)
        self.confirm = QCheckBox(self.tr(
            "R&eplace the current store with this backup (the current one is kept in the "
            "backups folder)"))
        self.confirm.setEnabled(False)
        layout.addWidget(self.confirm)
        # Shown only when the current store holds work the backup lacks: a second yes.
        self.loss_text = QLabel()
        self.loss_text.setWordWrap(True)
        self.loss_text.setAccessibleName(self.tr("What the restore would lose"))
        self.loss_text.hide()
        layout.addWidget(self.loss_text)
        self.confirm_loss = QCheckBox(self.tr(
            "I &understand that this newer work will not be in the restored store"))
        self.confirm_loss.hide()
        layout.addWidget(self.confirm_loss)
        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(self.tr("&Restore"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(False)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.confirm.toggled.connect(self._allow_restore)
        self.confirm_loss.toggled.connect(self._allow_restore)
        for field in (self.file, self.passphrase):
            field.textEdited.connect(self._forget_check)
        self.file.setFocus()

    def _choose_file(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Backup file"), self.file.text() or folder,
            self.tr("Verkosto backups (*.vkb);;All files (*)"))
        if chosen:
            self.file.setText(chosen)
            self._forget_check()

    def _allow_restore(self, *_args: object) -> None:
        losing = self.loss is not None and not self.loss.nothing
        self.restore_button.setEnabled(self.confirm.isChecked() and (
            not losing or self.confirm_loss.isChecked()))

    def _forget_check(self, *_args: object) -> None:
        """A changed file or passphrase must be checked again before it can be restored."""
        self._generation += 1
        self.info = None
        self.loss = None
        self.contents.clear()
        self.confirm.setChecked(False)
        self.confirm.setEnabled(False)
        self.confirm_loss.setChecked(False)
        self.confirm_loss.hide()
        self.loss_text.hide()

    def check(self) -> None:
        self._forget_check()
        self.form.clear_errors()
        path, phrase = self.file.text().strip(), self.passphrase.text()
        if not path:
            self.form.show_errors(ValidationFailed([FieldError("backup_file",
                                                               "validation.required")]))
            return
        generation = self._generation
        self.check_button.setEnabled(False)

        def done(found: tuple[BackupInfo, RestoreLoss | None]) -> None:
            self.check_button.setEnabled(True)
            if generation == self._generation:
                self._show(*found)

        def failed(error: BaseException) -> None:
            self.check_button.setEnabled(True)
            if generation == self._generation:
                self._failed(error)

        live = self.live

        def work(_ctx: object) -> tuple[BackupInfo, RestoreLoss | None]:
            if live is None:  # no store open (a damaged one, say): nothing to compare
                return StoreAdministration.verify_backup(Path(path), phrase), None
            return StoreAdministration.preview_restore(Path(path), phrase, live)

        self.runner.submit(work, done, self.tr("Checking the backup…"), on_failure=failed)

    def _show(self, info: BackupInfo, loss: RestoreLoss | None = None) -> None:
        self.info, self.loss = info, loss
        if loss is not None and not loss.nothing:
            self.loss_text.setText(self._loss_lines(loss))
            self.loss_text.show()
            self.confirm_loss.show()
        lines = [self.tr("The backup is intact."),
                 self.tr("Made: {0}").format(datetime_text(info.created_at)),
                 self.tr("Clients: {0}").format(info.clients),
                 self.tr("Meetings: {0}").format(info.meetings),
                 self.tr("Audit log entries: {0}").format(info.audit_entries)]
        if info.needs_upgrade:
            lines.append(self.tr("Made by an older version: it is upgraded when restored."))
        self.contents.setText("\n".join(lines))
        self.confirm.setEnabled(True)
        self.confirm.setFocus()

    def _loss_lines(self, loss: RestoreLoss) -> str:
        lines = [self.tr("The current store holds newer work that the backup lacks. The "
                         "current store is kept in the backups folder, but the restored one "
                         "will not hold:")]
        kinds = ((loss.clients, self.tr("clients: {0} (newest {1})")),
                 (loss.meetings, self.tr("meetings: {0} (newest {1})")),
                 (loss.actions, self.tr("agreed actions: {0} (newest {1})")),
                 (loss.answers, self.tr("participants' answers: {0} (newest {1})")),
                 (loss.log_entries, self.tr("audit log entries: {0} (newest {1})")))
        for newer, text in kinds:
            if newer.count:
                newest = datetime_text(newer.newest) if newer.newest else "–"
                lines.append("• " + text.format(newer.count, newest))
        return "\n".join(lines)

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, VerkostoError):
            self.runner.report_error(error)
            return
        field = "backup_passphrase" if isinstance(
            error, BackupWrongPassphrase | BackupPassphraseRequired) else "backup_file"
        self.form.show_errors(beside(field, error))

    def _accept(self) -> None:
        if self.info is None or not self.restore_button.isEnabled():
            return
        self.chosen.emit(str(self.info.file), self.passphrase.text())
        self.passphrase.clear()
        self.accept()
