"""Dialog sizes that grow with what they show."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class SizeFloor(QObject):
    """A dialog at least ``width`` × ``height`` px that its layout may still enlarge.

    ``setMinimumSize`` alone stops the layout from setting the window's minimum, so a long
    agency name in a combo or a 150 % font is cut instead of widening the dialog. This keeps
    the floor and takes the layout's own minimum whenever the layout is recomputed.
    """

    def __init__(self, dialog: QWidget, width: int, height: int) -> None:
        super().__init__(dialog)
        self.width, self.height = width, height
        dialog.setMinimumSize(width, height)
        dialog.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Show) and isinstance(
                watched, QWidget) and watched.layout() is not None:
            layout = watched.layout()
            least = layout.totalMinimumSize()
            width, height = max(self.width, least.width()), max(self.height, least.height())
            if layout.hasHeightForWidth():  # a wrapped message's lines at the present width
                height = max(height, layout.totalHeightForWidth(max(width, watched.width())))
            if (watched.minimumWidth(), watched.minimumHeight()) != (width, height):
                watched.setMinimumSize(width, height)  # enlarges the window when smaller
        return False


def floor_width(dialog: QWidget, width: int) -> SizeFloor:
    return SizeFloor(dialog, width, 0)


def floor_size(dialog: QWidget, width: int, height: int) -> SizeFloor:
    return SizeFloor(dialog, width, height)
