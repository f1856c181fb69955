"""The team server away (issue 17): one lasting bar above the pages instead of an error per
failing refresh, a quiet retry off the GUI thread, and the bar gone by itself once the server
answers again.

The store tells when its server stops answering (a read or write refused, the change
listener's connection lost: ``Planner.when_unreachable``, on any thread); the bar then asks
``Planner.check_connection`` on the window's worker every ``retry_ms`` until it answers. A
local store has no server: the bar never shows for it.
"""

from __future__ import annotations

from contextlib import suppress
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from ui.operations import TaskRunner

if TYPE_CHECKING:
    from planner.services import Planner

RETRY_MS = 3000


class ServerAwayBar(QFrame):
    """Shown while the team store's server does not answer; ``back`` once it does again."""

    back = Signal()
    _told = Signal()  # from whichever thread found the server away

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.planner: Planner | None = None
        self.retry_ms = RETRY_MS  # tests lower it
        self._probing = False
        self.setObjectName("serverAway")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(self.tr(
            "The team server does not answer — changes cannot be saved. What you have typed "
            "is kept; trying again…"))
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                           | Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout(self)
        row.addWidget(self.label, 1)
        self.setAccessibleName(self.tr("Team server away"))
        self.setAccessibleDescription(self.label.text())
        self.label.setAccessibleName(self.label.text())
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._probe)
        self._told.connect(self.show_away, Qt.ConnectionType.QueuedConnection)
        self.hide()

    @property
    def away(self) -> bool:
        return self.timer.isActive()

    def attach(self, planner: Planner) -> None:
        self.detach()
        if planner.store.protection == "team":  # a local store has no server to lose
            self.planner = planner
            planner.when_unreachable(self._tell)

    def detach(self) -> None:
        if self.planner is not None:
            self.planner.when_unreachable(None)
        self.planner = None
        self.timer.stop()
        self._probing = False
        self.hide()

    def _tell(self) -> None:  # on a worker or the change listener's thread
        with suppress(RuntimeError):  # the window is gone already
            self._told.emit()

    def show_away(self) -> None:
        """Once, however many refreshes fail meanwhile."""
        if self.planner is None or self.away:
            return
        self.show()
        self.timer.start(self.retry_ms)

    def _probe(self) -> None:
        planner = self.planner
        if planner is None or self._probing:
            return
        self._probing = True

        def answered(_none: object) -> None:
            self._probing = False
            if self.planner is planner and self.away:
                self.timer.stop()
                self.hide()
                self.back.emit()

        def still_away(_error: BaseException) -> None:
            self._probing = False  # the next tick asks again

        self.runner.submit(lambda _ctx: planner.check_connection(), answered,
                           on_failure=still_away)
