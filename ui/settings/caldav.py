"""Settings: the CalDAV calendar the upcoming meetings are published to, and its password.

The address and user name live in the store (planner.caldav); the password only in the OS
keyring, when the user asks for it and a keyring exists. Loading, saving, testing and
publishing run on the page's worker (publishing with progress and Cancel in the status bar);
problems show beside the field they concern, never as pop-ups.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from planner.errors import (
    CalDavAuthFailed,
    CalDavError,
    CalDavNoKeyring,
    CalDavPasswordMissing,
    FieldError,
    ValidationFailed,
    VerkostoError,
)
from planner.messages import translate
from planner.services import Planner
from planner.services.caldav_settings import CalDavSettings, validate
from ui import i18n
from ui.operations import Task, TaskContext, TaskRunner
from ui.widgets.forms import FieldForm, show_failure
from ui.widgets.kept_password import show_keyring_state, show_password_kept
from ui.widgets.rows import button_row, muted_note


@dataclass(frozen=True)
class _Loaded:
    settings: CalDavSettings | None
    keyring_usable: bool
    password_kept: bool


@dataclass(frozen=True)
class _Beside(FieldError):
    """A connection failure shown beside the field that would fix it, in its own words."""

    error: VerkostoError | None = None

    def message(self, language: str | None = None) -> str:
        return self.error.message(language) if self.error else super().message(language)


def _kept_password(planner: Planner, settings: CalDavSettings | None) -> str | None:
    if settings is None:
        return None
    try:
        return planner.caldav.saved_password(settings)
    except VerkostoError:  # a locked keyring: as if none were kept; the typed one still works
        return None


def _field_of(error: CalDavError) -> str:
    """Wrong password or none: beside the password; the server or calendar: the address."""
    wrong_password = CalDavAuthFailed | CalDavPasswordMissing | CalDavNoKeyring
    return "password" if isinstance(error, wrong_password) else "url"


class CalDavSettingsBox(QGroupBox):
    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Calendar publishing (CalDAV)"))
        self.runner = runner
        self.planner: Planner | None = None
        self._generation = 0
        self._tasks: set[Task] = set()
        self.form = FieldForm(self)
        about = QLabel(self.tr("Your upcoming meetings are copied to this calendar (for example "
                               "to see them on your phone), named as in invites. Cancelled "
                               "meetings are taken away from it again."))
        about.setWordWrap(True)
        self.form.addRow(about)
        self.url = self.form.add_field(self.tr("Calendar &address:"), "url", QLineEdit())
        self.url.setPlaceholderText("https://kalenteri.example.fi/dav/calendars/user/work/")
        self.username = self.form.add_field(self.tr("Calendar &user name:"), "username",
                                            QLineEdit())
        self.password = self.form.add_field(self.tr("Calendar password:"), "password",
                                            QLineEdit())
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember the password in the keyring"))
        self.form.addRow(self.remember)
        self.keyring_note = muted_note(self.tr("This computer has no keyring, so the password "
                                               "is not kept: type it each time you test or "
                                               "publish."))
        self.form.addRow(self.keyring_note)
        self.form.addRow(self.form.general)
        self.save_button = QPushButton(self.tr("Save calendar settings"))
        self.test_button = QPushButton(self.tr("Test calendar connection"))
        self.publish_button = QPushButton(self.tr("&Publish now"))
        self.form.addRow(button_row(self.save_button, self.test_button, self.publish_button))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Calendar publishing status"))
        self.form.addRow(self.status)
        self.save_button.clicked.connect(self.save)
        self.test_button.clicked.connect(self.test_connection)
        self.publish_button.clicked.connect(self.publish)
        runner.finished.connect(self._finished)

    # --- showing ---------------------------------------------------------------------------
    def load(self, planner: Planner) -> None:
        self.planner = planner
        self._generation += 1
        generation = self._generation

        def work(_ctx: TaskContext) -> _Loaded:
            settings = planner.caldav.get()
            return _Loaded(settings, planner.caldav.keyring_usable(),
                           _kept_password(planner, settings) is not None)

        def show(loaded: _Loaded) -> None:
            if generation == self._generation and self.planner is not None:
                self._show(loaded)

        self.runner.submit(work, show, self.tr("Loading calendar settings…"),
                           on_failure=self._failed)

    def _show(self, loaded: _Loaded) -> None:
        self.url.setText(loaded.settings.url if loaded.settings else "")
        self.username.setText(loaded.settings.username if loaded.settings else "")
        show_keyring_state(self.password, self.remember, self.keyring_note,
                           usable=loaded.keyring_usable, kept=loaded.password_kept)

    def _set_password_kept(self, kept: bool) -> None:
        show_password_kept(self.password, self.remember, kept)

    # --- actions ---------------------------------------------------------------------------
    def _start(self) -> Planner | None:
        self.form.clear_errors()
        self.status.clear()
        self.status.setStyleSheet("")
        return self.planner

    def _submit(self, work: Callable[[TaskContext], Any], done: Callable[[Any], None],
                label: str) -> None:
        task = self.runner.submit(work, done, label, on_failure=self._failed)
        self._tasks.add(task)
        self._set_busy(True)

    def _set_busy(self, busy: bool) -> None:
        for button in (self.save_button, self.test_button, self.publish_button):
            button.setEnabled(not busy)

    def _finished(self, task: Task) -> None:
        # Also after Cancel, when neither success nor failure is delivered.
        if task in self._tasks:
            self._tasks.discard(task)
            self._set_busy(bool(self._tasks))

    def save(self) -> None:
        planner = self._start()
        if planner is None:
            return
        url, username, password = self.url.text(), self.username.text(), self.password.text()
        remember = self.remember.isEnabled() and self.remember.isChecked()

        def work(_ctx: TaskContext) -> bool:
            saved = planner.caldav.save(url, username)
            if remember and password:
                planner.caldav.save_password(saved, password)
            elif not remember:
                planner.caldav.forget_password(saved)
            return _kept_password(planner, saved) is not None

        def done(kept: bool) -> None:
            if kept:
                self.password.clear()
            self._set_password_kept(kept)
            self.status.setText(translate("caldav.settings_saved", i18n.current()))

        self._submit(work, done, self.tr("Saving calendar settings…"))

    def _password(self, planner: Planner, settings: CalDavSettings, typed: str) -> str:
        password = typed or _kept_password(planner, settings)
        if not password:
            raise CalDavPasswordMissing(host=settings.host)
        return password

    def test_connection(self) -> None:
        from exports.caldav import check_connection  # the caldav library only when used

        planner = self._start()
        if planner is None:
            return
        url, username, typed = self.url.text(), self.username.text(), self.password.text()

        def work(_ctx: TaskContext) -> CalDavSettings:
            settings = validate(url, username)  # what is typed, saved or not
            check_connection(settings, self._password(planner, settings, typed))
            return settings

        def done(settings: CalDavSettings) -> None:
            self.status.setText(translate("caldav.connection_ok", i18n.current(),
                                          url=settings.url))

        self._submit(work, done, self.tr("Testing the calendar connection…"))

    def publish(self) -> None:
        from exports.caldav import PublishReport, publish

        planner = self._start()
        if planner is None:
            return
        url, username, typed = self.url.text(), self.username.text(), self.password.text()
        language = i18n.current()

        def work(ctx: TaskContext) -> PublishReport:
            # Saved first: what the store follows in that calendar belongs to its address.
            settings = planner.caldav.save(url, username)
            return publish(planner, settings, self._password(planner, settings, typed),
                           progress=lambda done, total: ctx.report(done, total),
                           cancelled=lambda: ctx.cancelled, language=language)

        def done(report: PublishReport) -> None:
            self.status.setText(translate("caldav.published", i18n.current(), host=report.host,
                                          sent=report.sent, removed=report.removed))

        self._submit(work, done, self.tr("Publishing meetings to the calendar…"))

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, CalDavError):  # beside the field that would fix it
            error = ValidationFailed([_Beside(_field_of(error), error.code, error=error)])
        show_failure(error, self.form, self.status, self.runner.report_error)

    def clear(self) -> None:
        """Forget everything shown, the typed password first (on lock)."""
        self.planner = None
        self._generation += 1
        self.password.clear()
        self.url.clear()
        self.username.clear()
        self._set_password_kept(False)
        self.form.clear_errors()
        self.status.clear()
