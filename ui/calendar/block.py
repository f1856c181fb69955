"""One meeting in the week grid: a focusable block that opens the meeting."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QFrame

from planner.domain.enums import MeetingMode
from planner.messages import label
from planner.services import CalendarMeeting
from ui import i18n
from ui.formatting import TZ, time_text

# Arrow keys: (days, steps within the day) for the grid to move the focus by.
_MOVES = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0),
          Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}


# Palette roles only: light, dark and high-contrast palettes keep their contrast; the user's
# own participations are told in text too ("I take part"), never by the border alone.
_STYLE = ("QFrame#meetingBlock { background: palette(button); color: palette(button-text);"
          " border: 1px solid palette(mid); border-left: 4px solid palette(mid); }"
          " QFrame#meetingBlock:focus { border: 2px solid palette(highlight);"
          " border-left: 4px solid palette(highlight); }")
_MINE = " QFrame#meetingBlock { border-left: 4px solid palette(highlight); }"


def place_text(meeting: CalendarMeeting) -> str:
    """The place, or the mode for a remote meeting (with the place for a hybrid one)."""
    mode = label("meeting_mode", meeting.mode, i18n.current())
    if meeting.mode == MeetingMode.REMOTE:
        return mode
    if meeting.mode == MeetingMode.HYBRID:
        return f"{meeting.location} · {mode}" if meeting.location else mode
    return meeting.location


class MeetingBlock(QFrame):
    opened = Signal(int)  # the meeting's id: Enter, Space or a double-click
    moved = Signal(object, int, int)  # (this block, days, steps): an arrow key

    def __init__(self, meeting: CalendarMeeting) -> None:
        super().__init__()
        self.meeting = meeting
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.Box)
        self.setObjectName("meetingBlock")
        self.setStyleSheet(_STYLE + (_MINE if meeting.participating else ""))
        start, end = meeting.start.astimezone(TZ), meeting.end.astimezone(TZ)
        self.when = f"{time_text(start.time())}–{time_text(end.time())}"
        lines = [f"{self.when} {meeting.title}",
                 " · ".join(p for p in (meeting.client, place_text(meeting)) if p)]
        if meeting.participating:
            lines.append(self.tr("I take part"))
        self.lines = [line for line in lines if line]
        self.setAccessibleName(", ".join(self.lines))
        self.setAccessibleDescription(self.tr("Enter opens the meeting"))
        self.setToolTip("\n".join(self.lines))  # all of it, when the block is too small

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        """The lines that fit, each cut with "…" rather than wrapped mid-word or clipped."""
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.ButtonText))
        metrics = self.fontMetrics()
        area = self.contentsRect().adjusted(6, 1, -3, -1)
        y = area.top()
        lines = self.lines
        if metrics.horizontalAdvance(lines[0]) > area.width():  # narrow: the title gets a line
            lines = [self.when, self.meeting.title, *lines[1:]]
        for index, line in enumerate(lines):
            if y + metrics.height() > area.bottom() + 1 and index:
                break
            shown = metrics.elidedText(line, Qt.TextElideMode.ElideRight, area.width())
            painter.drawText(area.left(), y + metrics.ascent(), shown)
            y += metrics.height()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.opened.emit(self.meeting.id)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.setFocus(Qt.FocusReason.MouseFocusReason)  # not the empty slot behind it

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = Qt.Key(event.key())
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.opened.emit(self.meeting.id)
        elif key in _MOVES:
            self.moved.emit(self, *_MOVES[key])
        else:
            super().keyPressEvent(event)
