"""Find text a user cannot read whole: labels, buttons, tabs, group titles and table headers
whose text is wider (or, wrapped, taller) than the room the layout gave them.

Measured with the widget's own font and style, the way Qt paints it: a plain label by its
font metrics, a rich-text label by a QTextDocument, a button by its style's size for its text,
a header section by the header's style. Only what is visible is checked.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QFontMetrics, Qt, QTextDocument  # QtGui's Qt has mightBeRichText
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionHeader,
    QTabBar,
    QToolButton,
    QWidget,
)

SLACK = 1  # px: rounding between metrics and layout
NARROW_COLUMN = 0.3  # a wrapped message narrower than this share of its window


@dataclass(frozen=True)
class Clip:
    widget: str
    text: str
    room: int
    needed: int

    def __str__(self) -> str:
        return f"{self.widget}: {self.text!r} needs {self.needed} px, has {self.room}"


def clips(root: QWidget) -> list[Clip]:
    found: list[Clip] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel):
            found += _label(widget)
        elif isinstance(widget, QPushButton | QCheckBox | QRadioButton | QToolButton):
            found += _button(widget)
        elif isinstance(widget, QTabBar):
            found += _tabs(widget)
        elif isinstance(widget, QGroupBox):
            found += _group(widget)
        elif isinstance(widget, QHeaderView):
            found += _header(widget)
        elif isinstance(widget, QComboBox):
            found += _combo(widget)
        elif isinstance(widget, QListWidget):
            found += _list(widget)
    return found


def _name(widget: QWidget) -> str:
    parent = widget.parentWidget()
    where = type(parent).__name__ if parent is not None else "-"
    return f"{type(widget).__name__}({widget.objectName() or widget.accessibleName()}) in {where}"


def _label(label: QLabel) -> list[Clip]:
    text = label.text()
    if not text.strip() or label.pixmap() is not None and not label.pixmap().isNull():
        return []
    margin = label.margin()
    room = label.contentsRect().adjusted(margin, margin, -margin, -margin)
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and Qt.mightBeRichText(text))
    if rich:
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(text)
        if label.wordWrap():
            document.setTextWidth(room.width())
        size = QSize(int(document.idealWidth()), int(document.size().height()))
    else:
        metrics = QFontMetrics(label.font())
        flags = Qt.TextFlag.TextShowMnemonic
        if label.wordWrap():
            flags |= Qt.TextFlag.TextWordWrap
        size = metrics.boundingRect(QRect(0, 0, room.width() if label.wordWrap() else 10**6,
                                          10**6), int(flags), text).size()
        if label.wordWrap():  # QLabel's own line layout, as it paints
            size.setHeight(label.heightForWidth(label.width()) - 2 * margin
                           - (label.height() - label.contentsRect().height()))
    plain = _plain(text if not rich else label.text())
    found = []
    if size.width() > room.width() + SLACK:
        found.append(Clip(_name(label), plain, room.width(), size.width()))
    if size.height() > room.height() + SLACK:
        found.append(Clip(_name(label) + " (height)", plain, room.height(), size.height()))
    if label.wordWrap() and not rich and _narrow(label, text, room.width()):
        found.append(Clip(_name(label) + " (wrapped into a narrow column)", plain,
                          room.width(), QFontMetrics(label.font()).horizontalAdvance(text)))
    return found


def _narrow(label: QLabel, text: str, room: int) -> bool:
    """Wrapped although the window has room for a readable line: a few words per line."""
    metrics = QFontMetrics(label.font())
    natural = max((metrics.horizontalAdvance(line) for line in text.splitlines()), default=0)
    readable = min(natural, metrics.averageCharWidth() * 40)
    return room < readable and room < NARROW_COLUMN * label.window().width()


def _plain(text: str) -> str:
    document = QTextDocument()
    document.setHtml(text) if Qt.mightBeRichText(text) else document.setPlainText(text)
    return document.toPlainText()[:80]


def _button(button: QAbstractButton) -> list[Clip]:
    text = button.text()
    if not text.strip():
        return []
    metrics = QFontMetrics(button.font())
    shown = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    text_width = metrics.horizontalAdvance(shown)
    if isinstance(button, QPushButton | QToolButton):
        # What QPushButton::sizeHint adds to the text, without its 80 px minimum width
        option = QStyleOptionButton()
        option.initFrom(button)
        icon = button.iconSize().width() + 4 if not button.icon().isNull() else 0
        if isinstance(button, QToolButton) and (
                button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly):
            return []
        needed = button.style().sizeFromContents(
            QStyle.ContentsType.CT_PushButton, option,
            QSize(text_width + icon, metrics.height()), button).width()
        if isinstance(button, QPushButton) and button.menu() is not None:
            needed += button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator)
        # The style's own padding, less what a button may lose before letters go
        needed -= 2 * button.style().pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, option,
                                                 button) // 2
    else:
        needed = button.sizeHint().width()
    if needed > button.width() + SLACK:
        return [Clip(_name(button), shown, button.width(), needed)]
    return []


def _tabs(bar: QTabBar) -> list[Clip]:
    found = []
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        needed = bar.tabSizeHint(index).width()
        room = bar.tabRect(index).width()
        if needed > room + SLACK:
            found.append(Clip(_name(bar) + f" tab {index}", bar.tabText(index), room, needed))
    return found


def _group(box: QGroupBox) -> list[Clip]:
    if not box.title():
        return []
    needed = QFontMetrics(box.font()).horizontalAdvance(box.title().replace("&", "")) + 16
    if box.isCheckable():
        needed += 20
    if needed > box.width() + SLACK:
        return [Clip(_name(box), box.title(), box.width(), needed)]
    return []


def _header(header: QHeaderView) -> list[Clip]:
    if header.orientation() != Qt.Orientation.Horizontal or not header.isVisible():
        return []
    model = header.model()
    if model is None:
        return []
    found = []
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = model.headerData(section, Qt.Orientation.Horizontal,
                                Qt.ItemDataRole.DisplayRole)
        if not text:
            continue
        option = QStyleOptionHeader()
        option.initFrom(header)
        option.text = str(text)
        option.section = section
        if header.isSortIndicatorShown():
            option.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
        needed = header.style().sizeFromContents(QStyle.ContentsType.CT_HeaderSection, option,
                                                 QSize(), header).width()
        room = header.sectionSize(section)
        if needed > room + SLACK:
            found.append(Clip(_name(header) + f" column {section}", str(text), room, needed))
    return found


def _list(view: QListWidget) -> list[Clip]:
    """A list's entries are cut when it has to scroll sideways to show them (the navigation
    at a 150 % font); the widest entry is named."""
    bar = view.horizontalScrollBar()
    if not bar.isVisible() or bar.maximum() <= 0:
        return []
    widest = max((view.item(i).text() for i in range(view.count())),
                 key=lambda text: QFontMetrics(view.font()).horizontalAdvance(text), default="")
    return [Clip(_name(view), widest, view.viewport().width(),
                 view.viewport().width() + bar.maximum())]


def _combo(combo: QComboBox) -> list[Clip]:
    text = combo.currentText()
    if not text or combo.isEditable():
        return []
    metrics = QFontMetrics(combo.font())
    # The combo's frame and arrow: what its size hint adds to its longest item
    arrow = combo.sizeHint().width() - max(
        (metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count())), default=0)
    needed = metrics.horizontalAdvance(text) + max(arrow, 0)
    if needed > combo.width() + SLACK:
        return [Clip(_name(combo), text, combo.width(), needed)]
    return []
