"""Settings: the e-mail server (SMTP) that sends meeting invites, and its password.

The settings live in the store (planner.mail); the password only in the OS keyring, when the
user asks for it and a keyring exists. Loading, saving and the connection test run on the
page's worker; problems show beside the fields or in the status line, never as pop-ups.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from planner.errors import FieldError, ValidationFailed, VerkostoError
from planner.messages import translate
from planner.services import Planner, SmtpSettings
from planner.services.mail_settings import DEFAULT_PORTS, require_configured
from ui import i18n
from ui.operations import TaskRunner
from ui.widgets.forms import FieldForm, show_failure
from ui.widgets.kept_password import show_keyring_state, show_password_kept
from ui.widgets.rows import button_row, file_row, muted_note


@dataclass(frozen=True)
class _Loaded:
    settings: SmtpSettings
    keyring_usable: bool
    password_kept: bool


def _password_kept(planner: Planner, settings: SmtpSettings) -> bool:
    try:
        return planner.mail.password(settings) is not None
    except VerkostoError:  # a locked keyring: as if none were kept, asked when sending
        return False


def ask_smtp_password(parent: QWidget, settings: SmtpSettings) -> str | None:
    """Ask for the password when none is kept (e.g. before sending); None when cancelled."""
    text, accepted = QInputDialog.getText(
        parent, QCoreApplication.translate("MailSettingsBox", "E-mail server password"),
        QCoreApplication.translate("MailSettingsBox", "Password for {0}:").format(settings.login),
        QLineEdit.EchoMode.Password)
    return text if accepted and text else None


class MailSettingsBox(QGroupBox):
    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("E-mail server (SMTP)"))
        self.runner = runner
        self.planner: Planner | None = None
        self._generation = 0
        self._password_kept = False
        self.form = FieldForm(self)
        self.host = self.form.add_field(self.tr("Server (&host):"), "host", QLineEdit())
        self.host.setPlaceholderText("smtp.example.fi")
        self.security = self.form.add_field(self.tr("Securit&y:"), "security", QComboBox())
        self.security.addItem(self.tr("STARTTLS (port 587)"), "starttls")
        self.security.addItem(self.tr("TLS (port 465)"), "tls")
        self.port = self.form.add_field(self.tr("Port:"), "port", QSpinBox())
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORTS["starttls"])
        self._security = "starttls"
        self.security.currentIndexChanged.connect(self._security_changed)
        self.username = self.form.add_field(self.tr("User na&me:"), "username", QLineEdit())
        self.password = self.form.add_field(self.tr("Passwor&d:"), "password", QLineEdit())
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("&Remember the password in the keyring"))
        self.form.addRow(self.remember)
        self.keyring_note = muted_note(self.tr("This computer has no keyring, so the password "
                                               "is not kept: it is asked each time invites are "
                                               "sent."))
        self.form.addRow(self.keyring_note)
        self.sender_name = self.form.add_field(self.tr("Sender name (optional):"),
                                               "sender_name", QLineEdit())
        self.ca_file = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.setAccessibleName(self.tr("Browse for the CA certificate"))
        browse.clicked.connect(self._choose_ca_file)
        self.form.add_field(self.tr("Extra CA certi&ficate (optional):"), "ca_file",
                            file_row(self.ca_file, browse))
        self.ca_file.setAccessibleName(self.tr("Extra CA certificate"))
        self.form.addRow(self.form.general)
        self.save_button = QPushButton(self.tr("Sa&ve e-mail settings"))
        self.test_button = QPushButton(self.tr("Test c&onnection"))
        self.form.addRow(button_row(self.save_button, self.test_button))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("E-mail server status"))
        self.form.addRow(self.status)
        self.save_button.clicked.connect(self.save)
        self.test_button.clicked.connect(self.test_connection)
        self.setTabOrder(self.sender_name, self.ca_file)
        self.setTabOrder(self.ca_file, browse)

    # --- showing ---------------------------------------------------------------------------
    def load(self, planner: Planner) -> None:
        self.planner = planner
        self._generation += 1
        generation = self._generation

        def work(_ctx: object) -> _Loaded:
            settings = planner.mail.load()
            return _Loaded(settings, planner.mail.keyring_usable(),
                           _password_kept(planner, settings))

        def show(loaded: _Loaded) -> None:
            if generation == self._generation and self.planner is not None:
                self._show(loaded)

        self.runner.submit(work, show, self.tr("Loading e-mail settings…"),
                           on_failure=self._failed)

    def _show(self, loaded: _Loaded) -> None:
        settings = loaded.settings
        self.host.setText(settings.host)
        self.security.setCurrentIndex(max(self.security.findData(settings.security), 0))
        self.port.setValue(settings.port)
        self.username.setText(settings.username)
        self.sender_name.setText(settings.sender_name)
        self.ca_file.setText(settings.ca_file)
        show_keyring_state(self.password, self.remember, self.keyring_note,
                           usable=loaded.keyring_usable, kept=loaded.password_kept)
        self._password_kept = loaded.password_kept

    def _set_password_kept(self, kept: bool) -> None:
        self._password_kept = kept
        show_password_kept(self.password, self.remember, kept)

    def _security_changed(self, _index: int) -> None:
        chosen = str(self.security.currentData())
        if self.port.value() == DEFAULT_PORTS[self._security]:
            self.port.setValue(DEFAULT_PORTS[chosen])  # a custom port is left as typed
        self._security = chosen

    def _choose_ca_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Extra CA certificate"), self.ca_file.text(),
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"))
        if chosen:
            self.ca_file.setText(chosen)

    def entered(self) -> SmtpSettings:
        return SmtpSettings(self.host.text(), self.port.value(), str(self.security.currentData()),
                            self.username.text(), self.sender_name.text(), self.ca_file.text())

    # --- actions ---------------------------------------------------------------------------
    def _start(self) -> Planner | None:
        self.form.clear_errors()
        self.status.clear()
        self.status.setStyleSheet("")
        return self.planner

    def save(self) -> None:
        planner = self._start()
        if planner is None:
            return
        settings, password = self.entered(), self.password.text()
        remember = self.remember.isEnabled() and self.remember.isChecked()

        def work(_ctx: object) -> bool:
            saved = planner.mail.save(settings)
            if remember and password:
                planner.mail.remember_password(saved, password)
            elif not remember:
                planner.mail.forget_password(saved)
            return _password_kept(planner, saved)

        def done(kept: bool) -> None:
            if kept:
                self.password.clear()
            self._set_password_kept(kept)
            self.status.setText(self.tr("Saved."))

        self.runner.submit(work, done, self.tr("Saving e-mail settings…"),
                           on_failure=self._failed)

    def test_connection(self) -> None:
        from exports.mail import check_connection  # smtplib and ssl only when used

        planner = self._start()
        if planner is None:
            return
        settings, typed = self.entered(), self.password.text()

        def work(_ctx: object) -> SmtpSettings:
            checked = require_configured(settings)
            password = typed or planner.mail.password(checked)
            if checked.username and not password:
                raise ValidationFailed([FieldError("password",
                                                   "validation.smtp_password_missing")])
            check_connection(checked, password)
            return checked

        def done(checked: SmtpSettings) -> None:
            self.status.setText(translate("cli.smtp_ok", i18n.current(), host=checked.host,
                                          port=checked.port))

        self.runner.submit(work, done, self.tr("Testing the connection…"),
                           on_failure=self._failed)

    def _failed(self, error: BaseException) -> None:
        show_failure(error, self.form, self.status, self.runner.report_error)

    def clear(self) -> None:
        """Forget everything shown, the typed password first (on lock)."""
        self.planner = None
        self._generation += 1
        self.password.clear()
        for field in (self.host, self.username, self.sender_name, self.ca_file):
            field.clear()
        self._set_password_kept(False)
        self.form.clear_errors()
        self.status.clear()
