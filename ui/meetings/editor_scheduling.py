"""The meeting editor's scheduling side: the warnings' inputs, find a time and follow-ups.

A mixin of ``MeetingEditor`` (ui/meetings/editor.py), which owns the attributes used here.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from planner.scheduling import client_key
from ui.formatting import TZ
from ui.meetings.find_time_dialog import FindTimeDialog, Person, participant_key
from ui.meetings.followup_dialog import FollowUpDialog
from ui.meetings.schedule import who_is_booked


class MeetingScheduling:
    # provided by MeetingEditor
    bundle: Any
    client_id: int | None
    meeting_id: int | None
    planner: Any
    runner: Any
    details: Any
    schedule: Any
    saved: Any
    sub_dialogs: list[QDialog]

    def _watch_schedule(self, bundle: Any) -> None:
        participants = bundle.detail.participants if bundle.detail is not None else []
        client_id = bundle.client.id if bundle.client is not None else self.client_id
        ids, client = who_is_booked(list(participants), client_id, bundle.detail is None)
        self.schedule.planner = self.planner
        self.schedule.professional_ids, self.schedule.client_id = ids, client
        self.schedule.meeting_id = self.meeting_id
        self.schedule.soon()

    def _when(self) -> tuple[datetime, datetime]:
        start = self.details.start()
        return start, start + timedelta(minutes=self.details.minutes.value())

    # --- find a time and follow-ups ---------------------------------------------------------
    def _people(self) -> list[Person]:
        bundle, client_id = self.bundle, self.client_id or self.details.chosen_client()
        if bundle is not None and bundle.detail is not None and bundle.detail.participants:
            return [Person(participant_key(p, bundle.detail.meeting.client_id), p.name,
                           p.required) for p in bundle.detail.participants]
        if client_id is None:
            return []
        name = (bundle.client.display_name if bundle and bundle.client
                else QCoreApplication.translate("MeetingEditor", "Client"))
        return [Person(client_key(client_id), name, True)]

    def _keep(self, dialog: QDialog) -> None:
        """Sub-dialogs are closed with the editor (locking included)."""
        self.sub_dialogs.append(dialog)
        dialog.finished.connect(lambda _r: self.sub_dialogs.remove(dialog)
                                if dialog in self.sub_dialogs else None)
        dialog.open()

    def open_find_time(self) -> FindTimeDialog | None:
        if self.planner is None:
            return None
        client_id = self.client_id if self.client_id is not None else \
            self.details.chosen_client()
        first = self.details.start().date()
        dialog = FindTimeDialog(self.runner, self.planner, people=self._people(),
                                minutes=self.details.minutes.value(), first_day=first,
                                meeting_id=self.meeting_id, client_id=client_id, parent=self)

        def use(_result: int) -> None:
            chosen = dialog.chosen
            if chosen is not None:
                self.details.set_start(chosen)

        dialog.accepted.connect(lambda: use(1))
        self._keep(dialog)
        return dialog

    def open_followups(self) -> FollowUpDialog | None:
        bundle = self.bundle
        if self.planner is None or bundle is None or bundle.detail is None:
            return None
        meeting = bundle.detail.meeting
        client = bundle.client
        dialog = FollowUpDialog(self.runner, self.planner, meeting_id=meeting.id or 0,
                                plan_id=meeting.plan_id,
                                meeting_day=meeting.start.astimezone(TZ).date(),
                                sickness_start=client.sickness_allowance_start if client
                                else None, type_code=meeting.type_code, parent=self)
        dialog.planned.connect(lambda _n: self.saved.emit(self.meeting_id or 0))
        self._keep(dialog)
        return dialog

