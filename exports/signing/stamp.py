"""The visible signature stamp: signer, title, agency and time, drawn by ReportLab.

pyHanko's own text stamps embed TrueType fonts only with fontTools and HarfBuzz installed
(pyhanko[opentype]); without them they print in Courier, where a Cyrillic name would not show.
So the stamp is drawn as a one-page PDF with ReportLab in the summary's own fonts (DejaVu Sans,
and Noto Emoji for what DejaVu lacks: exports/pdf/fallback.py), and pyHanko places that page
into the signature's appearance. Every font it names is embedded (issue 16: a page of
ReportLab's names Helvetica unless told otherwise), and its text is never smaller than 8 pt:
a long title or agency wraps onto more lines instead.
"""

from __future__ import annotations

import binascii
import uuid
from dataclasses import dataclass
from datetime import datetime
from io import BytesIO

from pyhanko.pdf_utils import content, layout
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.stamp import StaticStampStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from exports.pdf.fonts import BOLD, REGULAR, needs_shaping, register_fonts
from exports.pdf.page import INK
from exports.pdf.styles import markup
from planner.formatting import format_datetime
from planner.messages import translate

MIN_SIZE, MAX_SIZE = 8.0, 11.0  # points: readable when printed, and not shouting
PAD = 6.0
ELLIPSIS = "…"


@dataclass(frozen=True)
class StampText:
    """What the stamp says. ``time`` is shown in Helsinki time, the language's way."""

    name: str
    title: str
    agency: str
    time: datetime
    language: str = "fi"

    def when(self) -> str:
        return format_datetime(self.time, self.language, weekday=False)

    def lines(self) -> list[tuple[str, bool]]:
        """(text, bold) per line; empty title/agency lines are left out."""
        role = ", ".join(part for part in (self.title.strip(), self.agency.strip()) if part)
        lines = [(translate("signing.stamp_heading", self.language), False),
                 (self.name.strip(), True)]
        if role:
            lines.append((role, False))
        lines.append((self.when(), False))
        return lines


def _style(size: float, bold: bool, shaping: bool) -> ParagraphStyle:
    return ParagraphStyle(f"stamp-{size}-{bold}", fontName=BOLD if bold else REGULAR,
                          fontSize=size, leading=size * 1.2, textColor=INK,
                          splitLongWords=1, shaping=int(shaping))


def _paragraphs(lines: list[tuple[str, bool]], size: float) -> list[Paragraph]:
    """Each line as the body prints text: emoji in their font, right-to-left names shaped."""
    return [Paragraph(markup(line), _style(size, bold, needs_shaping(line)))
            for line, bold in lines]


def _height(paragraphs: list[Paragraph], width: float) -> float:
    return float(sum(p.wrap(width, 10_000)[1] for p in paragraphs))


def _layout(lines: list[tuple[str, bool]], width: float, height: float,
            ) -> tuple[list[Paragraph], float]:
    """The largest size from MAX_SIZE down to MIN_SIZE at which the wrapped lines fit; at
    MIN_SIZE the longest line is shortened (with "…") until they do."""
    size = MAX_SIZE
    while True:
        paragraphs = _paragraphs(lines, size)
        used = _height(paragraphs, width)
        if used <= height or size <= MIN_SIZE:
            break
        size = max(MIN_SIZE, size - 0.5)
    while used > height:
        longest = max(range(len(lines)), key=lambda i: len(lines[i][0]))
        text, bold = lines[longest]
        if len(text) <= 2:
            break  # nothing left to shorten: the frame clips it
        lines = [*lines[:longest], (text[:-2].rstrip(ELLIPSIS).rstrip() + ELLIPSIS, bold),
                 *lines[longest + 1:]]
        paragraphs = _paragraphs(lines, size)
        used = _height(paragraphs, width)
    return paragraphs, used


def draw_stamp(text: StampText, width: float, height: float) -> bytes:
    """A ``width`` × ``height`` pt page with a thin frame and the lines, wrapped to fit."""
    register_fonts()
    inner_width, inner_height = width - 2 * PAD, height - 2 * PAD
    paragraphs, used = _layout(text.lines(), inner_width, inner_height)
    out = BytesIO()
    canvas = Canvas(out, pagesize=(width, height), pageCompression=1,
                    initialFontName=REGULAR)  # else the page names Helvetica, unembedded
    canvas.setTitle("signature stamp")
    canvas.setStrokeColorRGB(0.25, 0.25, 0.45)
    canvas.setLineWidth(0.8)
    canvas.rect(0.4, 0.4, width - 0.8, height - 0.8)
    y = height - PAD - max(0.0, inner_height - used) / 2  # the block is centred vertically
    for paragraph in paragraphs:
        _w, h = paragraph.wrap(inner_width, 10_000)
        y -= h
        paragraph.drawOn(canvas, PAD, y)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


class _StampPage(content.PdfContent):
    """pyHanko's ImportedPdfPage, but from bytes in memory rather than a file name."""

    def __init__(self, pdf: bytes) -> None:
        super().__init__()
        self._pdf = pdf

    def render(self) -> bytes:
        writer = self._ensure_writer
        xobject = writer.import_page_as_xobject(PdfFileReader(BytesIO(self._pdf)), page_ix=0)
        name = b"/Stamp" + binascii.hexlify(uuid.uuid4().bytes)
        self.resources.xobject[name.decode("ascii")] = xobject
        x1, y1, x2, y2 = xobject.get_object()["/BBox"]
        self.box = layout.BoxConstraints(width=abs(x1 - x2), height=abs(y1 - y2))
        return name + b" Do"


def stamp_style(text: StampText, width: float, height: float) -> StaticStampStyle:
    return StaticStampStyle(
        background=_StampPage(draw_stamp(text, width, height)), border_width=0,
        background_opacity=1.0,
        background_layout=layout.SimpleBoxLayoutRule(
            x_align=layout.AxisAlignment.ALIGN_MID, y_align=layout.AxisAlignment.ALIGN_MID,
            margins=layout.Margins(0, 0, 0, 0)))
