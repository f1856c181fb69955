"""One section of the home view: a heading, its items (one click or Enter opens one), or a
short sentence when there is nothing, so that an empty section says so instead of vanishing."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QKeyEvent
from PySide6.QtWidgets import QGroupBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from ui.widgets.colours import error_colour, muted_colour

TARGET_ROLE = Qt.ItemDataRole.UserRole + 1  # what the item opens: ("meeting", id), …
VISIBLE_ROWS = 6  # then the list scrolls


class _Items(QListWidget):
    opened = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.setUniformItemSizes(True)  # one line each, cut with "…" (the tooltip has all)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.itemClicked.connect(lambda item: self.opened.emit(item.data(TARGET_ROLE)))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and item is not None:
            self.opened.emit(item.data(TARGET_ROLE))
            return
        super().keyPressEvent(event)


class Section(QGroupBox):
    opened = Signal(object)  # the target of the item clicked or entered

    def __init__(self, title: str, empty: str) -> None:
        super().__init__(title)
        self.empty_text = empty
        layout = QVBoxLayout(self)
        self.items = _Items()
        self.items.setAccessibleName(title.replace("&", ""))
        self.items.opened.connect(self.opened)
        self.empty = QLabel(empty)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(f"color: {muted_colour().name()};")
        layout.addWidget(self.items)
        layout.addWidget(self.empty)
        self.show_items([])

    def show_items(self, items: list[tuple[str, Any, bool]]) -> None:
        """``items``: (text, target, urgent); urgent ones are bold in the error colour (and
        say so in words too: colour never carries meaning alone)."""
        self.items.clear()
        for text, target, urgent in items:
            item = QListWidgetItem(text)
            item.setData(TARGET_ROLE, target)
            item.setToolTip(text)
            if urgent:
                font = QFont()
                font.setBold(True)
                item.setFont(font)
                item.setForeground(QBrush(error_colour()))
            self.items.addItem(item)
        self.items.setVisible(bool(items))
        self.empty.setVisible(not items)
        if items:
            rows = min(len(items), VISIBLE_ROWS)
            height = sum(self.items.sizeHintForRow(i) for i in range(rows))
            self.items.setFixedHeight(height + 2 * self.items.frameWidth() + 4)
        if self.items.count():  # Enter opens the first at once; nothing shows as selected
            self.items.setCurrentRow(0, QItemSelectionModel.SelectionFlag.NoUpdate)

    def texts(self) -> list[str]:
        return [self.items.item(i).text() for i in range(self.items.count())]
