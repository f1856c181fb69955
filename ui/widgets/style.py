"""The type scale and spacing of every page.

Text sizes are relative to the application font, so a user's larger system font (150 %)
enlarges headings, body and captions alike. Spacing is in pixels of a 96-dpi screen (Qt scales
it with the screen); use these steps rather than numbers of your own.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QBoxLayout, QGroupBox, QLabel, QSizePolicy, QWidget

from ui.widgets.colours import muted_colour

# spacing steps
SPACE_XS = 4
SPACE_S = 8
SPACE_M = 12
SPACE_L = 16
SPACE_XL = 24
PAGE_MARGIN = SPACE_L


@dataclass(frozen=True)
class _Scale:
    factor: float  # of the application font's size
    weight: QFont.Weight
    muted: bool = False


class TextStyle(Enum):
    PAGE_TITLE = _Scale(1.6, QFont.Weight.Bold)  # "Asiakkaat", a client's name
    SECTION = _Scale(1.2, QFont.Weight.DemiBold)  # a part of a page: "Sovitut toimenpiteet"
    BODY = _Scale(1.0, QFont.Weight.Normal)
    CAPTION = _Scale(0.9, QFont.Weight.Normal, muted=True)  # hints under a field, counts


def text_font(style: TextStyle, base: QFont | None = None) -> QFont:
    """``style``'s font, scaled from ``base`` (default: the application font)."""
    font = QFont(base if base is not None else QGuiApplication.font())
    scale = style.value
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale.factor)
    elif font.pixelSize() > 0:  # a font set in pixels (some platforms)
        font.setPixelSize(max(1, round(font.pixelSize() * scale.factor)))
    font.setWeight(scale.weight)
    return font


def apply_text_style(widget: QWidget, style: TextStyle) -> QWidget:
    """Give ``widget`` (a label, a heading) the style's font and, for captions, the muted
    colour; returns it, for ``layout.addWidget(apply_text_style(QLabel(...), ...))``."""
    widget.setFont(text_font(style))
    if style.value.muted:
        widget.setStyleSheet(f"color: {muted_colour().name()};")
    widget.setProperty("textStyle", style.name)
    return widget


def heading(text: str, style: TextStyle = TextStyle.SECTION) -> QLabel:
    """A page title or section heading: word-wrapped (a long Swedish title keeps its end)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    apply_text_style(label, style)
    return label


def style_sections(root: QWidget) -> int:
    """Give the titles of the group boxes under ``root`` the section style, their contents
    staying in body text; returns how many. (A group box's title is drawn in the box's own
    font, which its children would otherwise inherit.)"""
    body = text_font(TextStyle.BODY)
    boxes = root.findChildren(QGroupBox)
    for box in boxes:
        for child in box.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if not isinstance(child, QGroupBox):
                child.setFont(body)
        box.setFont(text_font(TextStyle.SECTION))
    return len(boxes)


def apply_page_style(page: QWidget, title: str) -> QLabel | None:
    """A page of the navigation: its title on top and its sections' headings styled."""
    style_sections(page)
    return add_page_title(page, title)


def add_page_title(page: QWidget, text: str) -> QLabel | None:
    """Put ``text`` as the page's title above its content (the page's layout must be a box
    layout; None when it is not, and nothing changes)."""
    layout = page.layout()
    if not isinstance(layout, QBoxLayout):
        return None
    title = heading(text, TextStyle.PAGE_TITLE)
    title.setObjectName("pageTitle")
    # never more than its lines: a page whose content does not ask for all the height (the
    # directory's splitter) would otherwise share the spare height with the title
    title.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    layout.insertWidget(0, title)
    return title
