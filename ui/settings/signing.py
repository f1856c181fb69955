"""Settings → Signing: the certificate PDF summaries are signed with, and the timestamp server.

Import the organisation's PKCS#12 (.p12/.pfx) or create a certificate issued by the store's own
organisation root, whose certificate "Export root certificate…" writes for the supervisors to
trust once (README, Signed PDFs); the passphrase is kept in the OS keyring only when the user
asks and a keyring exists. Reading the file, the key work and the store writes run on the
runner; problems show beside the field they concern (planner.signing names it), never as
pop-ups.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from planner.errors import FieldError, ValidationFailed
from planner.input_files import CERTIFICATE_MAX_BYTES, read_input
from planner.services import Planner
from planner.services.signing_identity import CertificateInfo, SignerView
from ui import i18n
from ui.formatting import TZ, date_text
from ui.operations import TaskRunner
from ui.widgets.colours import error_style
from ui.widgets.forms import FieldForm, show_failure
from ui.widgets.icons import icon
from ui.widgets.rows import button_row, file_row, muted_note


@dataclass(frozen=True)
class _Loaded:
    view: SignerView | None
    keyring_usable: bool
    timestamp_url: str


class SigningSettingsBox(QGroupBox):
    # A certificate was imported or created, with the passphrase it was made with (a summary
    # waiting for it signs with that, instead of asking again: ui/meetings/signing_detour.py).
    certificate_ready = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Signing certificate for PDF summaries"))
        self.runner = runner
        self.planner: Planner | None = None
        self._generation = 0
        self.view: SignerView | None = None
        self.form = FieldForm(self)
        self.certificate = QLabel()
        self.certificate.setWordWrap(True)
        # the fingerprint is read out or copied to whoever checks it
        self.certificate.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.certificate.setAccessibleName(self.tr("Current signing certificate"))
        self.form.addRow(self.certificate)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.hide()
        self.form.addRow(self.warnings)

        self.file = QLineEdit()
        self.file.setPlaceholderText(self.tr("the organisation's .p12 or .pfx file"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAccessibleName(self.tr("Browse for the certificate file"))
        browse.clicked.connect(self._choose_file)
        self.form.add_field(self.tr("Certificate &file:"), "file", file_row(self.file, browse))
        self.file.setAccessibleName(self.tr("Certificate file"))
        self.passphrase = self.form.add_field(self.tr("&Passphrase:"), "passphrase", QLineEdit())
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_again = self.form.add_field(
            self.tr("Passphrase a&gain (new certificate):"), "passphrase_again", QLineEdit())
        self.passphrase_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("&Remember the passphrase in the keyring"))
        self.form.addRow(self.remember)
        self.keyring_note = muted_note(self.tr(
            "This computer has no keyring, so the passphrase is not kept: it is asked each "
            "time a summary is signed."))
        self.form.addRow(self.keyring_note)
        self.form.addRow(self.form.general)
        self.import_button = QPushButton(self.tr("&Import certificate"))
        self.create_button = QPushButton(self.tr("&Create certificate"))
        self.create_button.setToolTip(self.tr(
            "A signing certificate issued by your own organisation root certificate, which "
            "supervisors trust once"))
        self.create_button.setIcon(icon("sign"))
        self.remember_button = QPushButton(self.tr("&Save passphrase choice"))
        self.form.addRow(button_row(self.import_button, self.create_button,
                                    self.remember_button))
        self.export_root_button = QPushButton(self.tr("E&xport root certificate…"))
        self.export_root_button.setAutoDefault(False)
        self.export_root_button.setToolTip(self.tr(
            "Save the root certificate (PEM) to send to supervisors: trusted once, it makes "
            "your signatures trusted in their PDF viewers"))
        self.export_root_button.clicked.connect(self.export_root)
        export_row = QHBoxLayout()
        export_row.addWidget(self.export_root_button)
        export_row.addStretch(1)
        self.form.addRow(export_row)

        self.timestamp_url = self.form.add_field(self.tr("Timestamp server (&optional):"),
                                                 "timestamp_url", QLineEdit())
        self.timestamp_url.setPlaceholderText("https://tsa.example.fi/tsr")
        self.timestamp_button = QPushButton(self.tr("Save ti&mestamp server"))
        self.timestamp_button.setAutoDefault(False)
        timestamp_row = QHBoxLayout()
        timestamp_row.addWidget(self.timestamp_button)
        timestamp_row.addStretch(1)
        self.form.addRow(timestamp_row)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Signing certificate status"))
        self.form.addRow(self.status)
        self.import_button.clicked.connect(self.import_certificate)
        self.create_button.clicked.connect(self.create_certificate)
        self.remember_button.clicked.connect(self.save_passphrase_choice)
        self.timestamp_button.clicked.connect(self.save_timestamp_url)
        self.setTabOrder(self.file, browse)
        self._show_view(None)

    # --- showing ---------------------------------------------------------------------------
    def load(self, planner: Planner) -> None:
        self.planner = planner
        self._generation += 1
        generation = self._generation

        def work(_ctx: object) -> _Loaded:
            signing = planner.signing
            return _Loaded(signing.show(), signing.keyring_usable(), signing.timestamp_url())

        def show(loaded: _Loaded) -> None:
            if generation == self._generation and self.planner is not None:
                self._show(loaded)

        self.runner.submit(work, show, self.tr("Loading the signing certificate…"),
                           on_failure=self._failed)

    def _show(self, loaded: _Loaded) -> None:
        self._show_view(loaded.view)
        self.timestamp_url.setText(loaded.timestamp_url)
        self.remember.setEnabled(loaded.keyring_usable)
        self.remember_button.setEnabled(loaded.keyring_usable)
        self.keyring_note.setVisible(not loaded.keyring_usable)
        if not loaded.keyring_usable:
            self.remember.setChecked(False)
            self.remember.setToolTip(self.keyring_note.text())

    def _show_view(self, view: SignerView | None) -> None:
        self.view = view
        if view is None:
            self.certificate.setText(self.tr("No signing certificate yet. Import your "
                                             "organisation's certificate or create one."))
            self.export_root_button.setEnabled(False)
            self.warnings.hide()
            self.remember.setChecked(False)
            return
        self.export_root_button.setEnabled(True)
        lines = self._describe(view.certificate)
        if view.root is not None:
            lines.append(self.tr("Root certificate (SHA-256): {0}").format(view.root.fingerprint))
        self.certificate.setText("\n".join(lines))
        self.remember.setChecked(view.passphrase_kept)
        texts = [warning.message(i18n.current()) for warning in view.warnings]
        self.warnings.setText("\n".join(texts))
        self.warnings.setStyleSheet(error_style())
        self.warnings.setVisible(bool(texts))

    def _describe(self, info: CertificateInfo) -> list[str]:
        valid = (f"{date_text(info.not_before.astimezone(TZ).date())}–"
                 f"{date_text(info.not_after.astimezone(TZ).date())}")
        lines = [self.tr("Holder: {0}").format(info.subject),
                 self.tr("Issuer: {0}").format(info.issuer),
                 self.tr("Valid: {0}").format(valid),
                 self.tr("Fingerprint (SHA-256): {0}").format(info.fingerprint)]
        if info.self_signed:
            lines.append(self.tr("Self-signed: a supervisor trusts it after checking the "
                                 "fingerprint with you."))
        return lines

    def _choose_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Signing certificate"), self.file.text(),
            self.tr("PKCS#12 certificates (*.p12 *.pfx);;All files (*)"))
        if chosen:
            self.file.setText(chosen)

    # --- actions ---------------------------------------------------------------------------
    def _start(self) -> Planner | None:
        self.form.clear_errors()
        self.status.clear()
        self.status.setStyleSheet("")
        return self.planner

    def _remembering(self) -> bool:
        return self.remember.isEnabled() and self.remember.isChecked()

    def import_certificate(self) -> None:
        planner = self._start()
        if planner is None:
            return
        path, passphrase, remember = self.file.text().strip(), self.passphrase.text(), \
            self._remembering()
        if not path:
            self.form.show_errors(ValidationFailed([FieldError("file", "validation.required")]))
            return

        def work(_ctx: object) -> SignerView:
            data = read_input(Path(path), CERTIFICATE_MAX_BYTES)
            return planner.signing.import_pkcs12(data, passphrase, remember=remember)

        self.runner.submit(work, lambda view: self._ready(view, self.tr("Certificate imported."),
                                                          passphrase),
                           self.tr("Importing the certificate…"), on_failure=self._failed)

    def create_certificate(self) -> None:
        planner = self._start()
        if planner is None:
            return
        passphrase, remember = self.passphrase.text(), self._remembering()
        if passphrase != self.passphrase_again.text():
            self.form.show_errors(ValidationFailed([FieldError("passphrase_again",
                                                               "validation.passphrase_mismatch")]))
            return

        def work(_ctx: object) -> SignerView:
            return planner.signing.create_self_signed(passphrase, remember=remember)

        self.runner.submit(
            work, lambda view: self._ready(view, self.tr(
                "Certificate created, issued by your own root certificate. Export the root "
                "certificate for your supervisors."), passphrase),
            self.tr("Creating the certificate…"), on_failure=self._failed)

    def export_root(self) -> None:
        """Save the root certificate where the user chooses (the dialog asked before
        replacing a file); the store gives it, no passphrase needed."""
        planner = self._start()
        if planner is None:
            return
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export root certificate"), "verkosto-root.pem",
            self.tr("PEM certificates (*.pem *.crt);;All files (*)"))
        if not chosen:
            return

        def work(_ctx: object) -> Path:
            from planner.files import write_output

            return write_output(Path(chosen), planner.signing.export_root().encode("ascii"),
                                force=True)

        def done(path: Path) -> None:
            self.status.setText(self.tr("Root certificate saved: {0}").format(path))

        self.runner.submit(work, done, self.tr("Saving…"), on_failure=self._failed)

    def save_passphrase_choice(self) -> None:
        """Keep the typed passphrase in the keyring (checked first), or forget the kept one."""
        planner = self._start()
        if planner is None:
            return
        passphrase, remember = self.passphrase.text(), self._remembering()

        def work(_ctx: object) -> SignerView | None:
            if remember:
                planner.signing.remember_passphrase(passphrase)
            else:
                planner.signing.forget_passphrase()
            return planner.signing.show()

        self.runner.submit(work, lambda view: self._done(view, self.tr("Saved.")),
                           self.tr("Saving…"), on_failure=self._failed)

    def save_timestamp_url(self) -> None:
        planner = self._start()
        if planner is None:
            return
        url = self.timestamp_url.text()

        def done(saved: str) -> None:
            self.timestamp_url.setText(saved)
            self.status.setText(self.tr("Timestamp server saved.") if saved
                                else self.tr("Signatures carry no timestamp."))

        self.runner.submit(lambda _ctx: planner.signing.set_timestamp_url(url), done,
                           self.tr("Saving…"), on_failure=self._failed)

    def _ready(self, view: SignerView, text: str, passphrase: str) -> None:
        self._done(view, text)
        self.certificate_ready.emit(passphrase)

    def _done(self, view: SignerView | None, text: str) -> None:
        for field in (self.passphrase, self.passphrase_again, self.file):
            field.clear()
        self._show_view(view)
        self.status.setText(text)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, OSError):  # the chosen file could not be read
            error = ValidationFailed([FieldError(
                "file", "error.unexpected", {"detail": error.strerror or str(error)})])
        show_failure(error, self.form, self.status, self.runner.report_error)

    def clear(self) -> None:
        """Forget everything shown, the typed passphrases first (on lock)."""
        self.planner = None
        self._generation += 1
        for field in (self.passphrase, self.passphrase_again, self.file, self.timestamp_url):
            field.clear()
        self._show_view(None)
        self.form.clear_errors()
        self.status.clear()
