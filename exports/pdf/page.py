"""The page of a summary: A4, the confidentiality marking on top of every page, "page X / Y" and
the document id at the foot, and the area kept free for the signature stamp on the last page.

Page numbers need the page count, which is known only when the whole story is laid out, so the
canvas keeps each finished page and draws the header and footer on all of them at the end.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from exports.pdf.fonts import BOLD, REGULAR
from exports.pdf.xmp import attach

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 24 * mm  # room for the marking
MARGIN_BOTTOM = 22 * mm  # room for the footer
FRAME_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM

# Where the signer's visible stamp goes: (x1, y1, x2, y2) in points from the bottom-left corner
# of the LAST page. The story ends above it (see ``SIGNATURE_RESERVE``) and the footer stays
# below it, so nothing else is ever drawn there.
SIGNATURE_BOX: tuple[float, float, float, float] = (
    PAGE_WIDTH - MARGIN_RIGHT - 90 * mm, MARGIN_BOTTOM,
    PAGE_WIDTH - MARGIN_RIGHT, MARGIN_BOTTOM + 30 * mm,
)
SIGNATURE_RESERVE = SIGNATURE_BOX[3] - MARGIN_BOTTOM + 4 * mm  # with a gap above the stamp

INK = Color(0.1, 0.1, 0.1)
MUTED = Color(0.35, 0.35, 0.35)
MARKING_RED = Color(0.62, 0.0, 0.0)  # the marking is also in words: never colour alone


@dataclass(frozen=True)
class Decoration:
    """What every page carries; ``page`` is a template with {page} and {pages}."""

    marking: str
    document: str
    page: str
    document_id: str  # "Asiakirjan tunniste: …"
    produced_at: datetime  # the PDF's creation date
    # the XMP's xmpMM:DocumentID (exports/pdf/xmp.py): the summary's document id; without one
    # an id derived from the pages
    document_uuid: str = ""


def pdf_date(moment: datetime) -> str:
    """A PDF date string (in UTC): D:20261203091500+00'00'."""
    return moment.astimezone(UTC).strftime("D:%Y%m%d%H%M%S+00'00'")


class DecoratedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no types
    """A canvas that draws the header and footer once the page count is known."""

    def __init__(self, *args: Any, decoration: Decoration, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._decoration = decoration
        self._pages: list[dict[str, Any]] = []
        created = pdf_date(decoration.produced_at)
        # The producing time, not the wall clock, so the same summary gives the same bytes.
        self.setDateFormatter(lambda *_: created)

    def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, 1):
            self.__dict__.update(state)
            self._decorate(number, total)
            super().showPage()
        content = "\n".join("\n".join(map(str, state.get("_code", ()))) for state in self._pages)
        attach(self._doc, document_id=self._decoration.document_uuid,
               created=self._decoration.produced_at, content=content.encode())
        super().save()

    def _decorate(self, number: int, total: int) -> None:
        d = self._decoration
        self.saveState()
        top = PAGE_HEIGHT - 13 * mm
        self.setFillColor(MARKING_RED)
        self.setFont(BOLD, 11)
        self.drawString(MARGIN_LEFT, top, d.marking)
        self.setFillColor(MUTED)
        self.setFont(REGULAR, 8)
        self.drawRightString(PAGE_WIDTH - MARGIN_RIGHT, top, d.document)
        self.setStrokeColor(MUTED)
        self.setLineWidth(0.5)
        self.line(MARGIN_LEFT, top - 3 * mm, PAGE_WIDTH - MARGIN_RIGHT, top - 3 * mm)
        foot = 11 * mm
        self.line(MARGIN_LEFT, foot + 4 * mm, PAGE_WIDTH - MARGIN_RIGHT, foot + 4 * mm)
        self.setFillColor(INK)
        self.setFont(REGULAR, 7.5)
        self.drawString(MARGIN_LEFT, foot, d.document_id)
        self.setFont(REGULAR, 8.5)
        self.drawRightString(PAGE_WIDTH - MARGIN_RIGHT, foot,
                             d.page.format(page=number, pages=total))
        self.restoreState()
