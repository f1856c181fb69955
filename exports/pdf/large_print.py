"""Large print for the documents the client reads (the own copy, the plan): body text at 14 pt
with generous leading and space between blocks, as plain-language guides advise."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle

from exports.pdf.fonts import BOLD, REGULAR
from exports.pdf.page import INK, MUTED

BODY_SIZE = 14  # the smallest type of the story (the page's marking and footer aside)

BODY = ParagraphStyle("large_body", fontName=REGULAR, fontSize=BODY_SIZE, leading=21,
                      textColor=INK, splitLongWords=1, spaceAfter=6)
TITLE = ParagraphStyle("large_title", parent=BODY, fontName=BOLD, fontSize=22, leading=28,
                       spaceAfter=10)
HEADING = ParagraphStyle("large_heading", parent=BODY, fontName=BOLD, fontSize=18, leading=24,
                         spaceBefore=18, spaceAfter=8, keepWithNext=1)
ITEM = ParagraphStyle("large_item", parent=BODY, fontName=BOLD, spaceBefore=8, spaceAfter=2,
                      keepWithNext=1)
DETAIL = ParagraphStyle("large_detail", parent=BODY, leftIndent=18, spaceAfter=2)
NOTE = ParagraphStyle("large_note", parent=BODY, textColor=MUTED)
