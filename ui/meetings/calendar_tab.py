"""The meeting editor's schedule tab: invites, the signed summary and follow-up planning."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.meetings.client_copy import ClientCopyBar
from ui.meetings.invites import InviteBar
from ui.meetings.summary import SummaryBar
from ui.operations import TaskRunner


class MeetingCalendarTab(QWidget):
    def __init__(self, runner: TaskRunner, export_folder: Callable[[], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        invites_box = QGroupBox(self.tr("Calendar invites"))
        invites_layout = QVBoxLayout(invites_box)
        explain = QLabel(self.tr(
            "Invites go to every participant with an e-mail address as ordinary e-mail: they "
            "name the client only as Settings allow and never carry the identity code, health "
            "or benefit details. Send again after a change of time or place; a cancelled "
            "meeting sends the cancellation."))
        explain.setWordWrap(True)
        invites_layout.addWidget(explain)
        self.invites = InviteBar(runner, export_folder)
        invites_layout.addWidget(self.invites)
        layout.addWidget(invites_box)
        summary_box = QGroupBox(self.tr("Summary for supervisors"))
        summary_layout = QVBoxLayout(summary_box)
        summary_hint = QLabel(self.tr(
            "A PDF of the meeting (participants, decisions, the client's own view, agreed "
            "actions, the consent it rests on), marked confidential and signed with your "
            "certificate so that a supervisor can verify it."))
        summary_hint.setWordWrap(True)
        summary_layout.addWidget(summary_hint)
        self.summary = SummaryBar(runner, export_folder)
        summary_layout.addWidget(self.summary)
        layout.addWidget(summary_box)
        copy_box = QGroupBox(self.tr("The client's own copy"))
        copy_layout = QVBoxLayout(copy_box)
        copy_hint = QLabel(self.tr(
            "A PDF for the client in large type: what was agreed, who does what and by when, "
            "the contact persons, the next meeting and the client's own view. No working "
            "notes, no other participant's private data; the identity code masked."))
        copy_hint.setWordWrap(True)
        copy_layout.addWidget(copy_hint)
        self.client_copy = ClientCopyBar(runner, export_folder)
        copy_layout.addWidget(self.client_copy)
        layout.addWidget(copy_box)
        followups_box = QGroupBox(self.tr("Follow-ups"))
        followups_layout = QVBoxLayout(followups_box)
        hint = QLabel(self.tr(
            "The sickness-allowance review points (about day 60, 90–150 and 230–300) and the "
            "client plan's review date, planned as meetings or calls with the same people."))
        hint.setWordWrap(True)
        followups_layout.addWidget(hint)
        self.plan_followups = QPushButton(self.tr("Plan &follow-ups…"))
        self.plan_followups.setAutoDefault(False)
        followups_layout.addWidget(self.plan_followups, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(followups_box)
        layout.addStretch(1)
