"""The page list at the window's left: icon and name, or only the icons in a narrow window.

At 1366 px, or at a 150 % font, the names fit; a window made narrower than the pages and the
names together (a laptop's half screen) would cut them. Then the list shows only the icons,
each page's name as its tooltip and accessible name, and grows back when there is room.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QSizePolicy

TITLE_ROLE = Qt.ItemDataRole.UserRole + 1
PADDING = "QListWidget::item { padding: 8px 10px; }"


class NavigationList(QListWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setStyleSheet(PADDING)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.compact = False
        self._full = 0  # the width the names need

    def add_page(self, icon: QIcon, title: str) -> None:
        item = QListWidgetItem(icon, title)
        item.setData(TITLE_ROLE, title)
        item.setToolTip(title)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
        self.addItem(item)
        self._full = max(self._full, self.sizeHintForColumn(0) + 2 * self.frameWidth() + 4)
        self.updateGeometry()

    def title(self, row: int) -> str:
        return str(self.item(row).data(TITLE_ROLE))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(max(200, self._full), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        icon = self.iconSize().width() or self.style().pixelMetric(
            self.style().PixelMetric.PM_SmallIconSize)
        return QSize(icon + 2 * 10 + 2 * self.frameWidth() + 6, super().minimumSizeHint().height())

    def fit(self, room: int) -> None:
        """Names when ``room`` (what the window leaves beside the pages' least width) holds
        them; otherwise only the icons, and the list as narrow as they are."""
        compact = room < self._full
        if compact != self.compact:
            self.compact = compact
            for row in range(self.count()):
                self.item(row).setText("" if compact else self.title(row))
        self.setMaximumWidth(self.minimumSizeHint().width() if compact else max(200, self._full))
