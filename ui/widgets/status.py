"""A status shown the same way everywhere: an icon, a colour and words — never colour alone
(a colour-blind user, a grey-scale print-out of the screen, a screen reader all get it).

``Status`` says what; ``status_data`` answers a table model's roles for a status cell, and
``StatusBadge`` shows one in a form.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyle, QWidget

from planner.domain.enums import ActionStatus, Attendance, MeetingStatus, PlanStatus
from planner.messages import label, translate
from ui import i18n
from ui.widgets.colours import Tone, tone_colour
from ui.widgets.icons import icon


@dataclass(frozen=True)
class Status:
    icon: str  # a name of ui/widgets/icons.py
    tone: Tone
    text: str

    def qicon(self) -> QIcon:
        return icon(self.icon, self.tone)


_ACTION = {ActionStatus.OPEN: ("open", Tone.NORMAL),
           ActionStatus.IN_PROGRESS: ("in-progress", Tone.INFO),
           ActionStatus.DONE: ("done", Tone.SUCCESS),
           ActionStatus.CANCELLED: ("cancelled", Tone.MUTED)}
_ATTENDANCE = {Attendance.INVITED: ("waiting", Tone.NORMAL),
               Attendance.ACCEPTED: ("done", Tone.SUCCESS),
               Attendance.TENTATIVE: ("question", Tone.WARNING),
               Attendance.DECLINED: ("error", Tone.ERROR),
               Attendance.ATTENDED: ("done", Tone.SUCCESS),
               Attendance.ABSENT: ("cancelled", Tone.MUTED)}
_MEETING = {MeetingStatus.PLANNED: ("waiting", Tone.NORMAL),
            MeetingStatus.CONFIRMED: ("done", Tone.SUCCESS),
            MeetingStatus.HELD: ("closed", Tone.MUTED),
            MeetingStatus.CANCELLED: ("cancelled", Tone.ERROR)}
_PLAN = {PlanStatus.DRAFT: ("draft", Tone.INFO),
         PlanStatus.AGREED: ("agreed", Tone.SUCCESS),
         PlanStatus.CLOSED: ("closed", Tone.MUTED)}


def action_status(status: ActionStatus, overdue: bool = False) -> Status:
    """An agreed action; an overdue open one is a warning sign in the error colour (its due
    date cell says "(overdue)" in words)."""
    name, tone = _ACTION[ActionStatus(status)]
    if overdue and status in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS):
        name, tone = "warning", Tone.ERROR
    return Status(name, tone, label("action_status", status, i18n.current()))


def attendance_status(attendance: Attendance) -> Status:
    """A participant's answer to the invite, or whether they came."""
    name, tone = _ATTENDANCE[Attendance(attendance)]
    return Status(name, tone, label("attendance", attendance, i18n.current()))


def meeting_status(status: MeetingStatus) -> Status:
    name, tone = _MEETING[MeetingStatus(status)]
    return Status(name, tone, label("meeting_status", status, i18n.current()))


def plan_status(status: PlanStatus) -> Status:
    name, tone = _PLAN[PlanStatus(status)]
    return Status(name, tone, label("plan_status", status, i18n.current()))


def income_unchecked() -> Status:
    """An action or plan line that may touch the client's benefits without an income-effect
    note: "Tulovaikutusta ei ole selvitetty" with a warning sign."""
    return Status("warning", Tone.WARNING, translate("income.unchecked", i18n.current()))


def consent_status(text: str, *, valid: bool, withdrawn: bool) -> Status:
    """A consent's state in the words the caller shows ("voimassa", "peruttu 3.11.2026")."""
    if withdrawn:
        return Status("cancelled", Tone.MUTED, text)
    return Status("done", Tone.SUCCESS, text) if valid else Status("error", Tone.ERROR, text)


def status_data(status: Status, role: int) -> Any:
    """A table cell's answer for ``role`` (None: the model's own answer stands)."""
    if role == Qt.ItemDataRole.DisplayRole:
        return status.text
    if role == Qt.ItemDataRole.DecorationRole:
        return status.qicon()
    if role == Qt.ItemDataRole.ForegroundRole and status.tone != Tone.NORMAL:
        return QBrush(tone_colour(status.tone))
    return None


_PALETTE_EVENTS = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)


class StatusBadge(QWidget):
    """An icon and its words in the status colour, for forms (``text()`` reads like a label's)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.icon = QLabel()
        self.label = QLabel()
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.icon)
        row.addWidget(self.label, 1)
        self.status: Status | None = None

    def show_status(self, status: Status | None, text: str | None = None) -> None:
        """``text``: the words to show, when more than the status's own ("Tila: luonnos")."""
        self.status = status
        if status is None:
            self.icon.clear()
            self.label.clear()
            return
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.icon.setPixmap(status.qicon().pixmap(size, size))
        self.label.setText(text or status.text)
        colour = tone_colour(status.tone).name()
        self.label.setStyleSheet("" if status.tone == Tone.NORMAL else f"color: {colour};")

    def text(self) -> str:
        return self.label.text()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in _PALETTE_EVENTS and self.status is not None:
            self.show_status(self.status, self.label.text())  # the icon and colour follow

    def clear(self) -> None:
        self.show_status(None)
