"""Settings: the profile (kept in the store); language, auto-lock, export folder (QSettings)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.domain import Agency, UserProfile
from planner.errors import ValidationFailed
from planner.services import ProfileInput
from ui import i18n
from ui.operations import TaskRunner
from ui.preferences import (
    AUTO_LOCK_SETTING,
    DEFAULT_AUTO_LOCK_MINUTES,
    EXPORT_FOLDER_SETTING,
    export_folder,
)
from ui.settings.appearance import appearance_choice
from ui.settings.backup import BackupSettingsBox
from ui.settings.caldav import CalDavSettingsBox
from ui.settings.mail import MailSettingsBox
from ui.settings.meeting_types import MeetingTypesBox
from ui.settings.reminders import ReminderSettingsBox
from ui.settings.scheduling import SchedulingSettingsBox
from ui.settings.signing import SigningSettingsBox
from ui.shell.page import Page
from ui.widgets.forms import FieldForm
from ui.widgets.icons import icon
from ui.widgets.unsaved import Editor

LANGUAGE_NAMES = {"fi": "Suomi", "sv": "Svenska", "en": "English"}


@dataclass(frozen=True)
class _Loaded:
    profile: UserProfile | None
    agencies: list[Agency]
    from_directory: bool = False  # a team store's member: shown, edited in the directory


class SettingsPage(Page):
    language_changed = Signal(str)
    appearance_changed = Signal()
    auto_lock_changed = Signal(float)
    profile_saved = Signal()

    def __init__(self, runner: TaskRunner) -> None:
        super().__init__(runner)
        # One tab per area: together the boxes outgrow a laptop screen and the mnemonic letters.
        # The tabs carry no mnemonic of their own (Ctrl+Tab moves between them), so each tab's
        # fields keep every letter.
        self.tabs = QTabWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.tabs)
        layout = self._tab(self.tr("General"))

        profile_box = QGroupBox(self.tr("Your profile"))
        self.profile_form = FieldForm(profile_box)
        self.name = self.profile_form.add_field(self.tr("&Name:"), "name", QLineEdit())
        self.title = self.profile_form.add_field(self.tr("&Title:"), "title", QLineEdit())
        self.agency = self.profile_form.add_field(self.tr("A&gency:"), "agency_id", QComboBox())
        self.email = self.profile_form.add_field(self.tr("&E-mail:"), "email", QLineEdit())
        self.profile_form.addRow(self.profile_form.general)
        self.save_profile = QPushButton(self.tr("&Save profile"))
        self.save_profile.setIcon(icon("save"))
        self.save_profile.clicked.connect(self.save)
        self.saved = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.save_profile)
        row.addWidget(self.saved, 1)
        self.profile_form.addRow(row)
        layout.addWidget(profile_box)

        app_box = QGroupBox(self.tr("This computer"))
        app_form = FieldForm(app_box)
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(list(LANGUAGE_NAMES).index(i18n.current()))
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_changed.emit(self.language.currentData()))
        app_form.add_field(self.tr("&Language:"), "language", self.language)
        # colours computed when the pages were built follow only a rebuilt window (MainWindow)
        self.appearance = appearance_choice(self.appearance_changed.emit)
        app_form.add_field(self.tr("&Colours:"), "appearance", self.appearance)
        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(1, 240)
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock.setValue(int(float(QSettings().value(AUTO_LOCK_SETTING,
                                                            DEFAULT_AUTO_LOCK_MINUTES))))
        self.auto_lock.valueChanged.connect(self._auto_lock_changed)
        app_form.add_field(self.tr("Lock after &idle minutes:"), "auto_lock", self.auto_lock)
        self.folder = QLineEdit(export_folder())
        self.folder.editingFinished.connect(
            lambda: QSettings().setValue(EXPORT_FOLDER_SETTING, self.folder.text()))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._choose_folder)
        folder_row = QWidget()
        folder_layout = QHBoxLayout(folder_row)
        folder_layout.setContentsMargins(0, 0, 0, 0)
        folder_layout.addWidget(self.folder, 1)
        folder_layout.addWidget(browse)
        app_form.add_field(self.tr("E&xport folder:"), "export_folder", folder_row)
        self.folder.setAccessibleName(self.tr("Export folder"))
        layout.addWidget(app_box)
        layout.addStretch(1)
        self.mail = MailSettingsBox(runner)
        self.caldav = CalDavSettingsBox(runner)
        self.scheduling = SchedulingSettingsBox(runner)
        self.signing = SigningSettingsBox(runner)
        self.backups = BackupSettingsBox(runner)
        self.reminders = ReminderSettingsBox(runner)
        for title, box in ((self.tr("E-mail server"), self.mail),
                           (self.tr("Calendar publishing"), self.caldav),
                           (self.tr("Scheduling and invites"), self.scheduling),
                           (self.tr("Signing"), self.signing),
                           (self.tr("Backups and keys"), self.backups),
                           (self.tr("Reminders"), self.reminders)):
            column = self._tab(title)
            column.addWidget(box)
            column.addStretch(1)
        self.meeting_types = MeetingTypesBox(runner)
        self.tabs.addTab(self.meeting_types, self.tr("Meeting types"))
        from ui.settings.team_store import TeamStoreBox

        self.store_choice = TeamStoreBox(runner)  # this computer's store or a team store
        column = self._tab(self.tr("Store"))
        column.addWidget(self.store_choice)
        column.addStretch(1)

    def _tab(self, title: str) -> QVBoxLayout:
        """A scrolling tab; returns the layout its boxes go in."""
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields inside
        content = QWidget()
        scroll.setWidget(content)
        column = QVBoxLayout(content)
        self.tabs.addTab(scroll, title)
        return column

    def _auto_lock_changed(self, minutes: int) -> None:
        QSettings().setValue(AUTO_LOCK_SETTING, minutes)
        self.auto_lock_changed.emit(float(minutes))

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Export folder"),
                                                  self.folder.text())
        if chosen:
            self.folder.setText(chosen)
            QSettings().setValue(EXPORT_FOLDER_SETTING, chosen)

    def refresh(self) -> None:
        if self.planner is not None:
            self.mail.load(self.planner)
            self.caldav.load(self.planner)
            self.scheduling.load(self.planner)
            self.signing.load(self.planner)
            self.backups.load(self.planner)
            self.meeting_types.load(self.planner)
            self.reminders.load(self.planner)
        self.load(lambda planner: _Loaded(planner.profile.get(), planner.directory.agencies(),
                                          planner.profile.from_directory()),
                  self._show, self.tr("Loading settings…"))

    def _show(self, loaded: _Loaded) -> None:
        self.agency.clear()
        self.agency.addItem(self.tr("(none)"), None)
        for agency in loaded.agencies:
            self.agency.addItem(f"{agency.name}, {agency.unit}" if agency.unit else agency.name,
                                agency.id)
        profile = loaded.profile
        self.name.setText(profile.name if profile else "")
        self.title.setText(profile.title if profile else "")
        self.email.setText(profile.email or "" if profile else "")
        index = self.agency.findData(profile.agency_id) if profile else 0
        self.agency.setCurrentIndex(max(index, 0))
        for field in (self.name, self.title, self.email):
            field.setReadOnly(loaded.from_directory)
        self.agency.setEnabled(not loaded.from_directory)
        self.save_profile.setHidden(loaded.from_directory)
        self.saved.setText(self.tr("On the team store your details are your entry in Agencies "
                                   "and people.") if loaded.from_directory else "")

    def save(self) -> None:
        planner = self.planner
        if planner is None:
            return
        data = ProfileInput(self.name.text(), self.title.text(), self.agency.currentData(),
                            self.email.text())
        self.profile_form.clear_errors()
        self.saved.clear()

        def failed(error: BaseException) -> None:
            if isinstance(error, ValidationFailed):
                self.profile_form.show_errors(error)
            else:
                self.runner.report_error(error)

        def done(_profile: object) -> None:
            self.saved.setText(self.tr("Saved."))
            self.profile_saved.emit()

        self.runner.submit(lambda ctx: planner.profile.save(data), done,
                           self.tr("Saving profile…"), on_failure=failed)

    def clear(self) -> None:
        for field in (self.name, self.title, self.email):
            field.clear()
        self.agency.clear()
        self.saved.clear()
        self.profile_form.clear_errors()
        self.mail.clear()
        self.caldav.clear()
        self.scheduling.clear()
        self.signing.clear()
        self.backups.clear()
        self.meeting_types.clear()
        self.reminders.clear()

    def unsaved_editors(self) -> list[tuple[Editor, str]]:
        return self.meeting_types.unsaved_editors()
