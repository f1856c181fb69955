"""The Details tab's scheduling warnings: holiday, weekend, working hours and double bookings.

Checked off the GUI thread a moment after the date, time or length stops changing, for the
participants already in the meeting (and the client). Warned, never refused.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel

from planner.domain import Participant
from planner.domain.enums import ParticipantKind
from planner.messages import translate
from planner.scheduling import SchedulingWarning
from planner.services import Planner
from ui import i18n
from ui.operations import TaskRunner

DELAY_MS = 400


def who_is_booked(participants: list[Participant], client_id: int | None,
                  new_meeting: bool) -> tuple[list[int], int | None]:
    """Professionals by id; the client when they take part (a new meeting: assume they do)."""
    professionals = [p.professional_id for p in participants
                     if p.kind == ParticipantKind.PROFESSIONAL and p.professional_id]
    client_takes_part = new_meeting or any(p.kind == ParticipantKind.CLIENT
                                           for p in participants)
    return professionals, client_id if client_takes_part else None


class ScheduleCheck(QObject):
    """Fills ``label`` with the warnings for the time ``when()`` gives."""

    def __init__(self, runner: TaskRunner, label: QLabel,
                 when: Callable[[], tuple[datetime, datetime]],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.label = label
        self.when = when
        self.planner: Planner | None = None
        self.professional_ids: list[int] = []
        self.client_id: int | None = None
        self.meeting_id: int | None = None
        self._asked = 0  # only the newest answer is shown
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self._check)

    def soon(self) -> None:
        if self.planner is not None:
            self._timer.start()

    def _check(self) -> None:
        planner = self.planner
        if planner is None:
            return
        start, end = self.when()
        if end <= start:
            return
        self._asked += 1
        asked = self._asked
        ids, client_id, meeting_id = list(self.professional_ids), self.client_id, self.meeting_id
        language = i18n.current()

        def work(_ctx: object) -> list[SchedulingWarning]:
            return planner.scheduling.warnings(start, end, professional_ids=ids,
                                               client_id=client_id,
                                               exclude_meeting_id=meeting_id,
                                               language=language)

        self.runner.submit(work, lambda found: self._show(asked, found),
                           on_failure=lambda _error: self._show(asked, []))

    def _show(self, asked: int, found: list[SchedulingWarning]) -> None:
        if asked != self._asked or self.planner is None:
            return
        language = i18n.current()
        texts = [translate(w.code, language, **w.params) for w in found]
        self.label.setText("\n".join(f"⚠ {text}" for text in texts))
        self.label.setVisible(bool(texts))

    def texts(self) -> list[str]:
        return [line.removeprefix("⚠ ") for line in self.label.text().splitlines() if line]

    def forget(self) -> None:
        self._timer.stop()
        self.planner = None
        self._asked += 1
        self.label.clear()
        self.label.hide()
