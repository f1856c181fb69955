"""Paragraph styles of the summary, and turning stored free text into safe paragraph markup."""

from __future__ import annotations

import re
from functools import cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from exports.pdf.fallback import fallback_markup
from exports.pdf.fonts import BOLD, REGULAR, hold_rtl_runs, needs_shaping, register_fonts
from exports.pdf.page import INK, MUTED

BODY = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=12.5, textColor=INK,
                      splitLongWords=1, spaceAfter=3)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=8.5, leading=10.5, spaceAfter=0)
CELL_HEAD = ParagraphStyle("cell_head", parent=CELL, fontName=BOLD)
LABEL = ParagraphStyle("label", parent=BODY, fontName=BOLD, textColor=MUTED, spaceAfter=0)
VALUE = ParagraphStyle("value", parent=BODY, spaceAfter=0)
TITLE = ParagraphStyle("title", parent=BODY, fontName=BOLD, fontSize=16, leading=20,
                       spaceAfter=2)
SUBTITLE = ParagraphStyle("subtitle", parent=BODY, fontName=BOLD, fontSize=12.5, leading=16,
                          spaceAfter=8)
HEADING = ParagraphStyle("heading", parent=BODY, fontName=BOLD, fontSize=11.5, leading=14,
                         spaceBefore=12, spaceAfter=5, keepWithNext=1)
NOTE = ParagraphStyle("note", parent=BODY, textColor=MUTED)

# Characters the paragraph parser cannot take or that print nothing useful: C0/C1 controls
# (a newline becomes a line break first) and the two Unicode non-characters at U+FFFE/FFFF.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff]")


def markup(value: str) -> str:
    """Stored text as paragraph markup: escaped (a '<' or '&' in a note is text, not a tag),
    line breaks kept, right-to-left runs held together, an emoji in the emoji font and never
    a missing-glyph box (exports/pdf/fallback.py)."""
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    value = _UNPRINTABLE.sub("", value)
    register_fonts()  # the fallback needs to know what each font has
    return fallback_markup(hold_rtl_runs(value), REGULAR, BOLD).replace("\n", "<br/>")


@cache
def _shaped(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-shaped", parent=style, shaping=1)


def para(value: str, style: ParagraphStyle = BODY, *, bold: str = "") -> Paragraph:
    """A paragraph of plain ``value``, optionally led by a bold ``bold`` (also plain text)."""
    text = markup(value)
    if bold:
        text = f"<b>{markup(bold)}</b> {text}" if text else f"<b>{markup(bold)}</b>"
    shaping = needs_shaping(value) or needs_shaping(bold)
    return Paragraph(text, _shaped(style) if shaping else style)


def paragraphs(value: str, style: ParagraphStyle = BODY) -> list[Paragraph]:
    """Free text split at blank lines into paragraphs, so a long note can break between them."""
    blocks = [b.strip() for b in re.split(r"\n[ \t]*\n", value.strip())]
    return [para(b, style) for b in blocks if b]
