"""The visible signature stamp: signer, title, agency and time, drawn by ReportLab.

pyHanko's own text stamps embed TrueType fonts only with fontTools and HarfBuzz installed
(pyhanko[opentype]); without them they print in Courier, where a Cyrillic name would not show.
So the stamp is drawn as a one-page PDF with ReportLab, in DejaVu Sans when it is there, and
pyHanko places that page into the signature's appearance.
"""

from __future__ import annotations

import binascii
import uuid
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from io import BytesIO
from pathlib import Path

from pyhanko.pdf_utils import content, layout
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.stamp import StaticStampStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from planner.formatting import format_datetime
from planner.messages import translate

# resources/ first (shipped with the app, see exports/pdf/fonts.py); the system's as a fallback
FONT_DIRS = (Path(__file__).resolve().parents[2] / "resources" / "fonts",
             Path("/usr/share/fonts/truetype/dejavu"))
REGULAR, BOLD = "VerkostoStamp", "VerkostoStamp-Bold"


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


@cache
def _fonts() -> tuple[str, str]:
    """DejaVu Sans (regular, bold) when found, else the PDF standard Helvetica."""
    for folder in FONT_DIRS:
        regular, bold = folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf"
        if regular.is_file():
            pdfmetrics.registerFont(TTFont(REGULAR, str(regular)))
            if bold.is_file():
                pdfmetrics.registerFont(TTFont(BOLD, str(bold)))
                return REGULAR, BOLD
            return REGULAR, REGULAR
    return "Helvetica", "Helvetica-Bold"


def draw_stamp(text: StampText, width: float, height: float) -> bytes:
    """A ``width`` × ``height`` pt page with a thin frame and the lines, shrunk to fit."""
    regular, bold = _fonts()
    lines = text.lines()
    pad = 6.0
    size = min(11.0, (height - 2 * pad) / (len(lines) * 1.25))
    for line, is_bold in lines:  # the widest line decides the size
        measured = pdfmetrics.stringWidth(line, bold if is_bold else regular, size)
        if measured > width - 2 * pad:
            size = size * (width - 2 * pad) / measured
    out = BytesIO()
    canvas = Canvas(out, pagesize=(width, height), pageCompression=1)
    canvas.setTitle("signature stamp")
    canvas.setStrokeColorRGB(0.25, 0.25, 0.45)
    canvas.setLineWidth(0.8)
    canvas.rect(0.4, 0.4, width - 0.8, height - 0.8)
    leading = size * 1.25
    y = height - pad - size  # the first baseline; the block is centred vertically
    y -= (height - 2 * pad - leading * len(lines)) / 2
    for line, is_bold in lines:
        canvas.setFont(bold if is_bold else regular, size)
        canvas.drawString(pad, y, line)
        y -= leading
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
