"""The app's icons: Lucide SVGs (ISC licence, resources/icons/ui/LICENSE-lucide.txt) bundled as
package data, drawn in the palette's text colour whenever they are painted — so one file serves
the light, dark and high-contrast palettes and follows a palette switch without reloading.

Names are the app's words (``icon("save")``); the file behind each is chosen here only.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
    QPixmapCache,
)
from PySide6.QtSvg import QSvgRenderer

from resources import resource_path
from ui.widgets.colours import Tone, tone_colour

# the app's name → the Lucide file (resources/icons/ui/<file>.svg)
ICON_FILES: dict[str, str] = {
    # navigation
    "home": "house",
    "clients": "users",
    "calendar": "calendar-days",
    "actions": "list-checks",
    "directory": "building-2",
    "settings": "settings",
    "verify": "shield-check",
    # main actions
    "new": "plus",
    "save": "save",
    "delete": "trash-2",
    "export-pdf": "file-down",
    "send-invites": "send",
    "sign": "signature",
    "lock": "lock",
    "search": "search",
    # status (ui/widgets/status.py)
    "done": "circle-check",
    "open": "circle",
    "in-progress": "circle-dot-dashed",
    "cancelled": "circle-slash",
    "warning": "triangle-alert",
    "error": "circle-x",
    "waiting": "clock",
    "question": "circle-help",
    "draft": "file-pen-line",
    "agreed": "file-check",
    "closed": "archive",
}

# The navigation's pages by their class (a new page adds its line; the folder name of the
# page's module is tried too, so ``ui/home/page.py`` finds "home").
NAVIGATION_ICONS: dict[str, str] = {
    "HomePage": "home",
    "ClientsPage": "clients",
    "CalendarPage": "calendar",
    "ActionsPage": "actions",
    "DirectoryPage": "directory",
    "SettingsPage": "settings",
    "VerifyPage": "verify",
}


@cache
def _svg(name: str) -> bytes:
    return resource_path("icons", "ui", ICON_FILES[name] + ".svg").read_bytes()


def _tint(mode: QIcon.Mode, tone: Tone) -> QColor:
    palette = QGuiApplication.palette()
    if tone != Tone.NORMAL and mode == QIcon.Mode.Normal:
        return tone_colour(tone, palette)
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorRole.WindowText)


class _TintedSvg(QIconEngine):
    """Draws the SVG in the colour of the palette in force at paint time (the text colour,
    or the tone's colour for that palette)."""

    def __init__(self, name: str, tone: Tone) -> None:
        super().__init__()
        self.name = name
        self.tone = tone

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              state: QIcon.State) -> None:
        painter.drawPixmap(rect, self.pixmap(rect.size() * painter.device().devicePixelRatioF(),
                                             mode, state))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        colour = _tint(mode, self.tone)
        # drawn once per name, size and colour (Qt's pixmap cache): every repaint of a
        # table's rows asked for the SVG to be rendered again
        key = f"verkosto:{self.name}:{size.width()}x{size.height()}:{colour.rgba():08x}"
        cached = QPixmap()
        if QPixmapCache.find(key, cached):
            return cached
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        if size.isEmpty():
            return pixmap
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        QSvgRenderer(QByteArray(_svg(self.name))).render(painter, QRect(QPoint(0, 0), size))
        # the strokes (drawn in black) take the palette's colour; transparency stays
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        painter.fillRect(pixmap.rect(), colour)
        painter.end()
        QPixmapCache.insert(key, pixmap)
        return pixmap

    def actualSize(self, size: QSize, mode: QIcon.Mode,  # noqa: N802
                   state: QIcon.State) -> QSize:
        return size

    def clone(self) -> QIconEngine:
        return _TintedSvg(self.name, self.tone)

    def key(self) -> str:
        return "verkosto-tinted-svg"


def icon(name: str, tone: Tone = Tone.NORMAL) -> QIcon:
    """The named icon (see ICON_FILES), in the palette's text colour or ``tone``'s."""
    if name not in ICON_FILES:
        raise KeyError(name)
    return QIcon(_TintedSvg(name, tone))


def navigation_icon(page: object) -> QIcon:
    """The navigation entry's icon for ``page``; an empty icon for a page nobody named."""
    kind = type(page)
    name = NAVIGATION_ICONS.get(kind.__name__)
    if name is None:
        folder = kind.__module__.split(".")[-2:-1]
        name = folder[0] if folder and folder[0] in ICON_FILES else None
    return icon(name) if name else QIcon()
