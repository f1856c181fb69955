"""Settings → Reminders (Muistutukset): desktop notifications of my due actions, meetings about
to start, follow-ups and plan reviews (planner/services/reminders.py), kept in the store."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.errors import ValidationFailed
from planner.services import Planner
from planner.services.reminders import MAX_DAYS, MAX_MINUTES, MIN_MINUTES, ReminderSettings
from ui.operations import TaskRunner
from ui.settings.scheduling import NAMING_LABELS
from ui.widgets.forms import FieldForm


@dataclass(frozen=True)
class _Loaded:
    settings: ReminderSettings
    naming: str


def _spin(low: int, high: int, suffix: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setSuffix(suffix)
    spin.setMaximumWidth(140)  # a number, not a text field
    return spin


class ReminderSettingsBox(QGroupBox):
    saved = Signal()

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reminders"), parent)
        self.runner = runner
        self.planner: Planner | None = None
        column = QVBoxLayout(self)
        self.form = FieldForm()
        self.enabled = QCheckBox(self.tr("Show desktop &reminders while Verkosto is open"))
        self.form.addRow(self.enabled)
        days = self.tr(" day(s)")
        self.action_days = _spin(0, MAX_DAYS, days)
        self.form.add_field(self.tr("My &actions due within:"), "action_days",
                            self.action_days)
        self.meeting_minutes = _spin(MIN_MINUTES, MAX_MINUTES, self.tr(" min"))
        self.meeting_minutes.setSingleStep(5)
        self.form.add_field(self.tr("&Meetings starting within:"), "meeting_minutes",
                            self.meeting_minutes)
        self.review_days = _spin(0, MAX_DAYS, days)
        self.form.add_field(self.tr("Plan re&views due within:"), "review_days",
                            self.review_days)
        self.details = QCheckBox(self.tr("Reminders show &titles and action texts"))
        self.form.addRow(self.details)
        self.privacy = QLabel()
        self.privacy.setWordWrap(True)
        self.form.addRow(self.privacy)
        self.form.addRow(self.form.general)
        column.addLayout(self.form)
        buttons = QHBoxLayout()
        self.save = QPushButton(self.tr("&Save reminder settings"))
        self.save.clicked.connect(self.save_settings)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Reminder settings status"))
        buttons.addWidget(self.save)
        buttons.addWidget(self.status, 1)
        column.addLayout(buttons)
        self._say_naming("initials")

    def _say_naming(self, naming: str) -> None:
        named = QCoreApplication.translate("SchedulingSettingsBox", str(NAMING_LABELS[naming]))
        self.privacy.setText(self.tr(
            "A notification can be seen by anyone near your screen. It names the client as "
            "invites do ({0}; see Scheduling and invites), never shows a HETU, and while "
            "Verkosto is locked it shows nothing about a client: what comes due then is shown "
            "after unlocking.").format(named))

    def load(self, planner: Planner) -> None:
        self.planner = planner

        def read(_ctx: object) -> _Loaded:
            return _Loaded(planner.reminders.settings(), planner.profile.invite_client_naming())

        self.runner.submit(read, self._show)

    def _show(self, loaded: _Loaded) -> None:
        settings = loaded.settings
        self.enabled.setChecked(settings.enabled)
        self.action_days.setValue(settings.action_days)
        self.meeting_minutes.setValue(settings.meeting_minutes)
        self.review_days.setValue(settings.review_days)
        self.details.setChecked(settings.details)
        self._say_naming(loaded.naming)
        self.form.clear_errors()

    def value(self) -> ReminderSettings:
        return ReminderSettings(self.enabled.isChecked(), self.action_days.value(),
                                self.meeting_minutes.value(), self.review_days.value(),
                                self.details.isChecked())

    def save_settings(self) -> None:
        planner = self.planner
        if planner is None:
            return
        settings = self.value()
        self.form.clear_errors()
        self.status.clear()

        def failed(error: BaseException) -> None:
            if isinstance(error, ValidationFailed):
                self.form.show_errors(error)
            else:
                self.runner.report_error(error)

        def done(_result: object) -> None:
            self.status.setText(self.tr("Saved."))
            self.saved.emit()

        self.runner.submit(lambda _ctx: planner.reminders.save_settings(settings), done,
                           self.tr("Saving reminder settings…"), on_failure=failed)

    def clear(self) -> None:
        self.planner = None
        self.status.clear()
        self.form.clear_errors()
