"""The participants tab's "Copy from an earlier meeting": the client's other meetings in a
menu, and their people added to this one — not twice, their answers not copied.

A mixin of ``ParticipantsPanel`` (ui/meetings/participants.py), which owns the attributes used
here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMenu

from planner.domain.enums import MeetingStatus
from planner.errors import VerkostoError
from planner.messages import label
from planner.services import Planner
from planner.services.meetings import same_person
from ui import i18n
from ui.formatting import TZ, date_text


class CopyFromEarlier:
    # provided by ParticipantsPanel
    planner: Planner | None
    meeting_id: int | None
    client_of: Callable[[], int | None]
    earlier_menu: QMenu
    table_error: QLabel
    model: Any
    pending: Any
    people: Any
    agencies: Any
    client_name: str
    _write: Any
    show_pending: Callable[[], None]
    show_error: Callable[[VerkostoError], None]

    def fill_earlier(self) -> None:
        """The client's other meetings, newest first (read as the menu opens)."""
        self.earlier_menu.clear()
        planner, client_id = self.planner, self.client_of()
        rows = []
        if planner is not None and client_id is not None:
            try:
                rows = [r for r in planner.meetings.list(client_id=client_id)
                        if r.id != self.meeting_id]
            except VerkostoError as error:
                self.show_error(error)
        for row in sorted(rows, key=lambda r: r.start, reverse=True)[:20]:
            text = f"{date_text(row.start.astimezone(TZ).date())} {row.title}"
            if row.status == MeetingStatus.CANCELLED:
                text += f" ({label('meeting_status', row.status, i18n.current())})"
            action = self.earlier_menu.addAction(text.replace("&", "&&"))
            action.triggered.connect(lambda _c=False, m=row.id: self.copy_from(m))
        if not rows:
            nothing = QCoreApplication.translate("ParticipantsPanel", "No earlier meetings")
            self.earlier_menu.addAction(nothing).setEnabled(False)

    def copy_from(self, earlier_id: int) -> int:
        """Add the earlier meeting's participants not here yet, their answers cleared;
        gives how many were added."""
        planner, client_id = self.planner, self.client_of()
        if planner is None or client_id is None:
            return 0
        self.table_error.clear()
        try:
            wanted = planner.meetings.participants_to_copy(earlier_id, client_id)
        except VerkostoError as error:
            self.show_error(error)
            return 0
        here = [self.model.row_at(i) for i in range(self.model.rowCount())]
        new = [data for data in wanted if not any(same_person(p, data) for p in here)]
        if self.meeting_id is None:
            client = self.client_name or QCoreApplication.translate("ParticipantsPanel",
                                                                    "The client")
            for data in new:
                self.pending.add(data, self.people, self.agencies, client)
            self.show_pending()
        elif new:
            self._write(None, lambda p, meeting_id: [p.meetings.add_participant(meeting_id, d)
                                                     for d in new])
        if not new:
            self.table_error.setText(QCoreApplication.translate(
                "ParticipantsPanel", "Everyone of that meeting is here already."))
        return len(new)

