"""The agenda of a meeting: an ordered list the user adds to, edits, removes from, reorders."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from ui.widgets.icons import icon


class AgendaEditor(QWidget):
    """A line to type a new item (Enter adds it) above the list and its buttons."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.new_item = QLineEdit()
        self.new_item.setPlaceholderText(self.tr("New agenda item"))
        self.new_item.setAccessibleName(self.tr("New agenda item"))
        # Add and the moves have no mnemonics (the meeting editor's letters are scarce): Enter in
        # the line adds, Ctrl+Up/Down in the list move.
        self.add = QPushButton(self.tr("Add item"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Agenda items"))
        self.list.setMaximumHeight(110)
        self.remove = QPushButton(self.tr("Remo&ve item"))
        self.remove.setIcon(icon("delete"))
        self.up = QPushButton(self.tr("Move higher"))
        self.down = QPushButton(self.tr("Move lower"))
        grid.addWidget(self.new_item, 0, 0)
        grid.addWidget(self.add, 0, 1)
        grid.addWidget(self.list, 1, 0, 3, 1)
        grid.addWidget(self.remove, 1, 1)
        grid.addWidget(self.up, 2, 1)
        grid.addWidget(self.down, 3, 1)
        self.setFocusProxy(self.new_item)
        self.new_item.returnPressed.connect(self.add_typed)
        self.add.clicked.connect(self.add_typed)
        self.remove.clicked.connect(self.remove_current)
        self.up.clicked.connect(lambda: self.move_current(-1))
        self.down.clicked.connect(lambda: self.move_current(1))
        # Ctrl+Up/Down move the item without leaving the list.
        QShortcut(QKeySequence("Ctrl+Up"), self.list, lambda: self.move_current(-1),
                  context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence("Ctrl+Down"), self.list, lambda: self.move_current(1),
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())

    def _item(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)  # F2 or double-click edits
        return item

    def set_items(self, items: list[str]) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for text in items:
            self.list.addItem(self._item(text))
        self.list.blockSignals(False)
        self.new_item.clear()

    def items(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def add_typed(self) -> None:
        text = self.new_item.text().strip()
        if not text:
            return
        self.list.addItem(self._item(text))
        self.new_item.clear()
        self.changed.emit()

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.changed.emit()

    def move_current(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self.changed.emit()
