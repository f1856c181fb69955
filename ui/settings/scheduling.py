"""Settings: working hours and the gap between meetings (warnings, find a time), and what
invites may say about the client. All kept in the store, shared by everyone using it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from planner.errors import ValidationFailed
from planner.services import Planner
from planner.services.profile import CLIENT_NAMINGS
from planner.services.scheduling_settings import MAX_BUFFER_MINUTES, SchedulingSettings
from ui.formatting import time_edit_format
from ui.operations import TaskRunner
from ui.widgets.forms import FieldForm

NAMING_LABELS = {
    "initials": QT_TRANSLATE_NOOP("SchedulingSettingsBox", "initials (A. K.)"),
    "first_name": QT_TRANSLATE_NOOP("SchedulingSettingsBox", "first name"),
    "full_name": QT_TRANSLATE_NOOP("SchedulingSettingsBox", "full name"),
    "none": QT_TRANSLATE_NOOP("SchedulingSettingsBox", "not at all"),
}


@dataclass(frozen=True)
class _Loaded:
    scheduling: SchedulingSettings
    naming: str
    details: bool


class SchedulingSettingsBox(QGroupBox):
    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Scheduling and invites"), parent)
        self.runner = runner
        self.planner: Planner | None = None
        column = QVBoxLayout(self)
        self.form = FieldForm()
        self.day_start, self.day_end = QTimeEdit(), QTimeEdit()
        for edit in (self.day_start, self.day_end):
            edit.setDisplayFormat(time_edit_format())
        hours = QWidget()
        row = QHBoxLayout(hours)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.day_start)
        row.addWidget(QLabel("–"))
        row.addWidget(self.day_end)
        row.addStretch(1)
        hours.setFocusProxy(self.day_start)
        self.form.add_field(self.tr("&Working hours:"), "day_end", hours)
        self.day_start.setAccessibleName(self.tr("Working day starts"))
        self.day_end.setAccessibleName(self.tr("Working day ends"))
        self.buffer = QSpinBox()
        self.buffer.setRange(0, MAX_BUFFER_MINUTES)
        self.buffer.setSingleStep(5)
        self.buffer.setSuffix(self.tr(" min"))
        self.buffer.setMaximumWidth(120)  # a number, not a text field
        self.form.add_field(self.tr("&Gap between meetings:"), "buffer_minutes", self.buffer)
        self.naming = QComboBox()
        for value in CLIENT_NAMINGS:
            self.naming.addItem(QCoreApplication.translate("SchedulingSettingsBox",
                                                           NAMING_LABELS[value]), value)
        self.naming.setMaximumWidth(320)
        self.form.add_field(self.tr("Invites &name the client by:"), "invite_client_naming",
                            self.naming)
        self.details = QCheckBox(self.tr("Invites show the meeting's &title and agenda"))
        self.form.addRow(self.details)
        warning = QLabel(self.tr(
            "Invites travel as ordinary e-mail. Leave this off when titles or agenda items name "
            "health or benefit matters: the invite then says only “Network meeting”."))
        warning.setWordWrap(True)
        self.form.addRow(warning)
        self.form.addRow(self.form.general)
        column.addLayout(self.form)
        buttons = QHBoxLayout()
        self.save = QPushButton(self.tr("Save sc&heduling settings"))
        self.save.clicked.connect(self.save_settings)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Scheduling settings status"))
        buttons.addWidget(self.save)
        buttons.addWidget(self.status, 1)
        column.addLayout(buttons)

    def load(self, planner: Planner) -> None:
        self.planner = planner

        def read(_ctx: object) -> _Loaded:
            return _Loaded(planner.scheduling.settings(), planner.profile.invite_client_naming(),
                           planner.profile.invite_details())

        self.runner.submit(read, self._show)

    def _show(self, loaded: _Loaded) -> None:
        settings = loaded.scheduling
        self.day_start.setTime(QTime(settings.day_start.hour, settings.day_start.minute))
        self.day_end.setTime(QTime(settings.day_end.hour, settings.day_end.minute))
        self.buffer.setValue(settings.buffer_minutes)
        self.naming.setCurrentIndex(max(self.naming.findData(loaded.naming), 0))
        self.details.setChecked(loaded.details)
        self.form.clear_errors()

    def value(self) -> SchedulingSettings:
        start: time = self.day_start.time().toPython()  # type: ignore[assignment]
        end: time = self.day_end.time().toPython()  # type: ignore[assignment]
        return SchedulingSettings(start.replace(second=0), end.replace(second=0),
                                  self.buffer.value())

    def save_settings(self) -> None:
        planner = self.planner
        if planner is None:
            return
        settings, naming = self.value(), str(self.naming.currentData())
        details = self.details.isChecked()
        self.form.clear_errors()
        self.status.clear()

        def write(_ctx: object) -> None:
            settings.check()  # nothing is saved unless all of it is valid
            planner.scheduling.save_settings(settings)
            planner.profile.set_invite_client_naming(naming)
            planner.profile.set_invite_details(details)

        def failed(error: BaseException) -> None:
            if isinstance(error, ValidationFailed):
                self.form.show_errors(error)
            else:
                self.runner.report_error(error)

        self.runner.submit(write, lambda _r: self.status.setText(self.tr("Saved.")),
                           self.tr("Saving scheduling settings…"), on_failure=failed)

    def clear(self) -> None:
        self.planner = None
        self.status.clear()
        self.form.clear_errors()
