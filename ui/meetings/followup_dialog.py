"""Follow-ups of a meeting: the one its meeting type proposes, the sickness-allowance review
points and the plan's review date.

The meeting's type proposes its next follow-up first, ticked (a discharge meeting: a network
meeting 14 days later; the day-60 point: the 90–150 meeting), with the type it will record.
The points are proposed from the sickness allowance's first day — the client's stored date,
else the meeting's day; still editable here — (payment days, Mon–Sat without holidays, or
calendar days), each with its window; the ticked ones are planned as meetings of the same
client (ui → planner.plan_followups).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain import Meeting
from planner.errors import VerkostoError
from planner.meeting_types import type_follow_up
from planner.messages import label, translate
from planner.scheduling import DayCount, FollowUp
from planner.scheduling.followups import TYPE_FOLLOW_UP
from planner.services import Planner
from ui import i18n
from ui.formatting import TZ, date_edit_format, date_text
from ui.operations import TaskRunner
from ui.widgets.colours import error_style
from ui.widgets.forms import FieldForm
from ui.widgets.holiday_calendar import with_holidays
from ui.widgets.sizing import floor_size


@dataclass(frozen=True)
class _Proposal:
    points: list[FollowUp]
    review: FollowUp | None
    by_type: FollowUp | None = None  # what the meeting's type proposes next
    type_name: str = ""  # the proposed type's name, in the UI's language


def _ordered(proposal: _Proposal) -> list[FollowUp]:
    """The type's proposal first (in place of the same sickness-allowance point), then the
    rest in date order, then the plan review."""
    first = proposal.by_type
    rest = [p for p in proposal.points if first is None or p.code != first.code]
    return [*([first] if first else []), *rest, *([proposal.review] if proposal.review else [])]


class FollowUpDialog(QDialog):
    planned = Signal(int)  # how many meetings were planned

    def __init__(self, runner: TaskRunner, planner: Planner, *, meeting_id: int,
                 plan_id: int | None, meeting_day: date, sickness_start: date | None = None,
                 type_code: str | None = None, parent: QWidget | None = None) -> None:
        """``sickness_start``: the client's stored first day of the allowance (None: the
        meeting's day is offered); ``type_code``: the meeting's type."""
        super().__init__(parent)
        self.runner = runner
        self.planner: Planner | None = planner
        self.meeting_id, self.plan_id = meeting_id, plan_id
        self.meeting_day, self.type_code = meeting_day, type_code
        self.points: list[FollowUp] = []
        self.by_type: FollowUp | None = None
        stored = sickness_start is not None
        sickness_start = sickness_start or meeting_day
        self.setWindowTitle(self.tr("Plan follow-ups"))
        floor_size(self, 640, 420)
        layout = QVBoxLayout(self)
        self.form = FieldForm()
        self.start = QDateEdit(QDate(sickness_start.year, sickness_start.month,
                                     sickness_start.day))
        self.start.setDisplayFormat(date_edit_format())
        with_holidays(self.start)  # holidays and weekends marked in the popup
        self.form.add_field(self.tr("Sickness allowance &first day:"), "sickness_start",
                            self.start)
        self.start_source = QLabel(
            self.tr("From the client's details (Edit details… in the workspace keeps a "
                    "change).") if stored else
            self.tr("Not in the client's details: the meeting's day is proposed. Edit "
                    "details… in the workspace stores the right one."))
        self.start_source.setWordWrap(True)
        self.form.addRow("", self.start_source)
        self.count = QComboBox()
        self.count.addItem(self.tr("payment days (Mon–Sat, no holidays)"),
                           DayCount.BENEFIT_DAYS.value)
        self.count.addItem(self.tr("calendar days"), DayCount.CALENDAR_DAYS.value)
        self.form.add_field(self.tr("Count i&n:"), "count", self.count)
        self.list = QListWidget()
        self.form.add_field(self.tr("&Proposed follow-ups (tick the ones to plan):"), "points",
                            self.list)
        layout.addLayout(self.form)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox()
        self.plan = QPushButton(self.tr("Plan &ticked meetings"))
        buttons.addButton(self.plan, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("&Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.plan_ticked)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.start.dateChanged.connect(lambda _d: self.propose())
        self.count.currentIndexChanged.connect(lambda _i: self.propose())
        self.propose()

    def propose(self) -> None:
        planner = self.planner
        if planner is None:
            return
        first: date = self.start.date().toPython()  # type: ignore[assignment]
        count = DayCount(self.count.currentData())
        plan_id, type_code, day = self.plan_id, self.type_code, self.meeting_day
        language = i18n.current()

        def work(_ctx: object) -> _Proposal:
            points = planner.scheduling.sickness_allowance_followups(first, count=count)
            review = planner.scheduling.plan_review(plan_id) if plan_id is not None else None
            own = planner.meeting_types.find(type_code) if type_code else None
            by_type = type_follow_up(own, day, first, count=count) if own else None
            proposed = (planner.meeting_types.find(by_type.type_code)
                        if by_type and by_type.type_code else None)
            return _Proposal(points, review, by_type,
                             proposed.name(language) if proposed else "")

        self.runner.submit(work, self._show, on_failure=self._failed)

    def _show(self, proposal: _Proposal) -> None:
        language = i18n.current()
        self.points, self.by_type = _ordered(proposal), proposal.by_type
        self.list.clear()
        today = datetime.now(TZ).date()
        for index, point in enumerate(self.points):
            window = (date_text(point.earliest) if point.earliest == point.latest
                      else f"{date_text(point.earliest)}–{date_text(point.latest)}")
            name = (proposal.type_name if point.code == TYPE_FOLLOW_UP
                    else label("followup", point.code, language))
            text = self.tr("{0}: {1} ({2}; {3})").format(
                name, date_text(point.proposed), label("followup_kind", point.kind, language),
                window)
            chosen = point is self.by_type
            if chosen:
                text = self.tr("{0} — proposed by the meeting's type").format(text)
            item = QListWidgetItem(text)
            if point.code != TYPE_FOLLOW_UP:
                item.setToolTip(translate(f"followup.{point.code}", language))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            # the type's proposal alone when there is one; else the points not yet past
            wanted = chosen if self.by_type is not None else point.proposed >= today
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, index)
            self.list.addItem(item)

    def ticked(self) -> list[FollowUp]:
        return [self.points[int(self.list.item(row).data(Qt.ItemDataRole.UserRole))]
                for row in range(self.list.count())
                if self.list.item(row).checkState() == Qt.CheckState.Checked]

    def plan_ticked(self) -> None:
        planner, points, meeting_id = self.planner, self.ticked(), self.meeting_id
        if planner is None or not points:
            self.status.setText(self.tr("Tick at least one follow-up."))
            return
        language = i18n.current()
        self.plan.setEnabled(False)

        def work(_ctx: object) -> list[Meeting]:
            return planner.plan_followups(meeting_id, points, language)

        self.runner.submit(work, self._planned, self.tr("Planning follow-ups…"),
                           on_failure=self._failed)

    def _planned(self, meetings: list[Meeting]) -> None:
        self.plan.setEnabled(True)
        self.status.setStyleSheet("")
        days = ", ".join(date_text(m.start.astimezone(TZ).date()) for m in meetings)
        self.status.setText(self.tr("{0} follow-up meetings planned: {1}").format(
            len(meetings), days))
        self.planned.emit(len(meetings))

    def _failed(self, error: BaseException) -> None:
        self.plan.setEnabled(True)
        if isinstance(error, VerkostoError):
            self.status.setText(error.message(i18n.current()))
            self.status.setStyleSheet(error_style())
        else:
            self.runner.report_error(error)

    def done(self, result: int) -> None:
        self.planner = None
        super().done(result)
