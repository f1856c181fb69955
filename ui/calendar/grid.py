"""The day and week grid: a header per day (holidays named, today marked), hours down the
side, meetings as blocks placed by planner.scheduling.week_grid."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from planner.scheduling.calendar_rules import holiday_name
from planner.scheduling.week_grid import GridItem, Placement, hour_range, lay_out
from planner.services import CalendarMeeting
from ui import i18n
from ui.calendar.block import MeetingBlock
from ui.calendar.day_names import day_heading
from ui.formatting import TZ, time_text
from ui.widgets.colours import error_colour

SLOT_MINUTES = 30  # what a click or the keyboard picks on an empty part of a day


class GridBody(QWidget):
    """The hours of the shown days; a focusable cursor picks an empty slot by keyboard."""

    slot_chosen = Signal(object, QPoint)  # (the start as a Helsinki datetime, where to offer)

    def __init__(self) -> None:
        super().__init__()
        self.days: list[date] = []
        self.today: date | None = None
        self.first_hour, self.last_hour = 8, 16
        self.placements: list[tuple[Placement, MeetingBlock]] = []
        self.cursor = (0, 8 * 60)  # (day index, minute): the keyboard's slot
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Empty time slots"))
        self.setAccessibleDescription(self.tr(
            "Arrow keys choose a time, Enter offers a new meeting then"))

    # --- geometry --------------------------------------------------------------------------
    def base_hour_height(self) -> int:
        return round(self.fontMetrics().height() * 3.4)  # follows the system font size

    def hour_height(self) -> int:
        """At least the base height; working hours alone fill the space the page has."""
        hours = max(1, self.last_hour - self.first_hour)
        return max(self.base_hour_height(), self.height() // hours)

    def gutter(self) -> int:
        return self.fontMetrics().horizontalAdvance("00.00") + 12

    def column_rect(self, index: int) -> QRect:
        width = max(1, (self.width() - self.gutter()) // max(1, len(self.days)))
        return QRect(self.gutter() + index * width, 0, width, self.height())

    def y_of(self, minute: int) -> int:
        return round((minute - self.first_hour * 60) * self.hour_height() / 60)

    def minimumSizeHint(self):  # noqa: N802, ANN201
        size = super().minimumSizeHint()
        size.setHeight((self.last_hour - self.first_hour) * self.base_hour_height() + 1)
        return size

    def sizeHint(self):  # noqa: N802, ANN201
        return self.minimumSizeHint()

    def place_blocks(self) -> None:
        for piece, block in self.placements:
            column = self.column_rect(self.days.index(piece.day))
            width = (column.width() - 4) // piece.lanes
            top, bottom = self.y_of(piece.top), self.y_of(piece.bottom)
            block.setGeometry(column.x() + 2 + piece.lane * width, top + 1, max(8, width - 2),
                              max(self.fontMetrics().height() + 4, bottom - top - 2))

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001
        super().resizeEvent(event)
        self.place_blocks()

    # --- painting --------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        for index, day in enumerate(self.days):
            column = self.column_rect(index)
            if day.weekday() >= 5 or holiday_name(day) is not None:
                painter.fillRect(column, palette.color(QPalette.ColorRole.AlternateBase))
            if day == self.today:
                tint = QColor(palette.color(QPalette.ColorRole.Highlight))
                tint.setAlpha(40)
                painter.fillRect(column, tint)
        line = palette.color(QPalette.ColorRole.Mid)
        text = palette.color(QPalette.ColorRole.Text)
        for hour in range(self.first_hour, self.last_hour + 1):
            y = self.y_of(hour * 60)
            painter.setPen(line)
            painter.drawLine(self.gutter(), y, self.width(), y)
            if hour < self.last_hour:
                painter.setPen(text)
                painter.drawText(QRect(0, y + 2, self.gutter() - 6, self.fontMetrics().height()),
                                 Qt.AlignmentFlag.AlignRight, time_text(time(hour)))
        painter.setPen(line)
        for index in range(len(self.days)):
            x = self.column_rect(index).x()
            painter.drawLine(x, 0, x, self.height())
        if self.hasFocus() and self.days:
            painter.setPen(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRect(self.slot_rect(*self.cursor).adjusted(1, 1, -2, -2))

    def slot_rect(self, index: int, minute: int) -> QRect:
        column = self.column_rect(index)
        top = self.y_of(minute)
        return QRect(column.x(), top, column.width(), self.y_of(minute + SLOT_MINUTES) - top)

    # --- choosing a slot -------------------------------------------------------------------
    def slot_at(self, point: QPoint) -> tuple[int, int] | None:
        if point.x() < self.gutter() or not self.days:
            return None
        index = min(len(self.days) - 1, (point.x() - self.gutter()) // self.column_rect(0).width())
        minute = self.first_hour * 60 + point.y() * 60 // self.hour_height()
        return index, max(0, min(minute - minute % SLOT_MINUTES, 24 * 60 - SLOT_MINUTES))

    def start_of(self, index: int, minute: int) -> datetime:
        day = self.days[index]
        return datetime.combine(day, time(minute // 60, minute % 60), TZ)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        slot = self.slot_at(event.position().toPoint())
        if slot is None:
            return
        self.cursor = slot
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.update()
        self.slot_chosen.emit(self.start_of(*slot), event.globalPosition().toPoint())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if not self.days:  # nothing shown (locked)
            super().keyPressEvent(event)
            return
        index, minute = self.cursor
        key = event.key()
        if key == Qt.Key.Key_Left:
            index = max(0, index - 1)
        elif key == Qt.Key.Key_Right:
            index = min(len(self.days) - 1, index + 1)
        elif key == Qt.Key.Key_Up:
            minute = max(self.first_hour * 60, minute - SLOT_MINUTES)
        elif key == Qt.Key.Key_Down:
            minute = min(self.last_hour * 60 - SLOT_MINUTES, minute + SLOT_MINUTES)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            rect = self.slot_rect(index, minute)
            self.slot_chosen.emit(self.start_of(index, minute), self.mapToGlobal(rect.center()))
            return
        else:
            super().keyPressEvent(event)
            return
        self.cursor = (index, minute)
        self.setAccessibleName(self.tr("Empty time slot {0} {1}").format(
            day_heading(self.days[index]), time_text(time(minute // 60, minute % 60))))
        self.update()


class WeekGrid(QWidget):
    """``show_meetings`` draws one day or week; the page reads and navigates."""

    meeting_opened = Signal(int)
    slot_chosen = Signal(object, QPoint)
    shown = Signal()  # a day or week has been drawn

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.header = QHBoxLayout()
        self.header.setContentsMargins(0, 0, 0, 2)
        layout.addLayout(self.header)
        self.body = GridBody()
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the slots and meetings
        # always there, so that the day headings above stay over their columns
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.scroll.setWidget(self.body)
        layout.addWidget(self.scroll, 1)
        self.day_labels: list[QLabel] = []
        self.blocks: list[MeetingBlock] = []
        self.body.slot_chosen.connect(self.slot_chosen)

    def show_meetings(self, days: list[date], meetings: list[CalendarMeeting], *, today: date,
                      day_start: time, day_end: time, full_day: bool) -> None:
        self.clear()
        language = i18n.current()
        self.header.addSpacing(self.body.gutter())
        for day in days:
            self.day_labels.append(self._day_label(day, today, holiday_name(day, language)))
            self.header.addWidget(self.day_labels[-1], 1)
        self.header.addSpacing(self.scroll.verticalScrollBar().sizeHint().width())
        by_id = {m.id: m for m in meetings}
        placements = lay_out((GridItem(m.id, m.start, m.end) for m in meetings), days)
        body = self.body
        body.days, body.today = days, today
        body.first_hour, body.last_hour = hour_range(placements, day_start, day_end,
                                                     full_day=full_day)
        body.cursor = (days.index(today) if today in days else 0,
                       max(body.first_hour, day_start.hour) * 60)
        for piece in placements:
            block = MeetingBlock(by_id[piece.key])
            block.setParent(body)
            block.opened.connect(self.meeting_opened)
            block.moved.connect(self._move_focus)
            block.show()
            self.blocks.append(block)
            body.placements.append((piece, block))
        previous: QWidget = body
        for block in self.blocks:  # Tab: the empty slots, then the meetings day by day
            QWidget.setTabOrder(previous, block)
            previous = block
        body.setMinimumHeight(body.minimumSizeHint().height())
        body.place_blocks()
        body.update()
        if body.first_hour < day_start.hour <= body.last_hour:
            self.scroll.verticalScrollBar().setValue(body.y_of(day_start.hour * 60))
        self.shown.emit()

    def _day_label(self, day: date, today: date, holiday: str | None) -> QLabel:
        lines = [day_heading(day)]
        if day == today:
            lines[0] = self.tr("{0} (today)").format(lines[0])
        if holiday:
            lines.append(holiday)
        label = QLabel("\n".join(lines))
        label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        label.setWordWrap(True)
        label.setAccessibleName(", ".join(lines))
        font = QFont(label.font())
        font.setBold(day == today or holiday is not None)
        label.setFont(font)
        if holiday:  # named in text too: never colour alone
            label.setStyleSheet(f"color: {error_colour().name()};")
            label.setToolTip(holiday)
        return label

    def _move_focus(self, block: MeetingBlock, days: int, steps: int) -> None:
        """Arrow keys between blocks: up/down within the day, left/right to the nearest
        meeting in time on the next day that has one."""
        pieces = self.body.placements
        current = next(p for p, b in pieces if b is block)
        target: MeetingBlock | None = None
        if steps:
            same_day = [(p, b) for p, b in pieces if p.day == current.day]
            index = [b for _p, b in same_day].index(block) + steps
            if 0 <= index < len(same_day):
                target = same_day[index][1]
        else:
            day = current.day
            while target is None and self.body.days[0] <= day + timedelta(days=days) <= \
                    self.body.days[-1]:
                day += timedelta(days=days)
                others = [(abs(p.top - current.top), b) for p, b in pieces if p.day == day]
                if others:
                    target = min(others, key=lambda o: o[0])[1]
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            self.scroll.ensureWidgetVisible(target)

    def clear(self) -> None:
        while self.header.count():
            item = self.header.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for block in self.blocks:
            block.hide()
            block.deleteLater()
        self.blocks, self.day_labels = [], []
        self.body.placements, self.body.days = [], []
        self.body.update()
