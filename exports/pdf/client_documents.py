"""What the documents made for the client (the own copy, the plan) share: the page (A4, the
marking, "page X / Y" and a footer), metadata that never names the client, and the optional
signature with the certificate summaries are signed with, in the box the story leaves free."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING

from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
from reportlab.platypus.flowables import Flowable

from exports.pdf.fonts import REGULAR, register_fonts
from exports.pdf.page import (
    FRAME_HEIGHT,
    FRAME_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    SIGNATURE_BOX,
    DecoratedCanvas,
    Decoration,
)
from exports.pdf.texts import text

if TYPE_CHECKING:  # pyHanko loads only to sign
    from exports.signing.sign import SignedPdf

Progress = Callable[[int, int, str], None]  # step done, steps, what is being done
PDF_LANGUAGE = {"fi": "fi-FI", "sv": "sv-FI", "en": "en-GB"}


def no_progress(_done: int, _total: int, _what: str) -> None:
    """No progress wanted."""


def build_pdf(story: list[Flowable], *, title: str, author: str, language: str, footer: str,
              made_at: datetime) -> bytes:
    """``story`` on decorated A4 pages; the same story and time give the same bytes."""
    register_fonts()
    out = io.BytesIO()
    doc = BaseDocTemplate(
        out, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), title=title, author=author,
        subject=text("marking", language), creator="Verkosto",
        lang=PDF_LANGUAGE.get(language, "fi-FI"), invariant=1, pageCompression=1,
        initialFontName=REGULAR)  # else every page names Helvetica, unembedded
    frame = Frame(MARGIN_LEFT, MARGIN_BOTTOM, FRAME_WIDTH, FRAME_HEIGHT, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="client", frames=[frame])])
    decoration = Decoration(text("marking", language), title, text("page", language), footer,
                            made_at)
    doc.build(story, canvasmaker=partial(DecoratedCanvas, decoration=decoration))
    return out.getvalue()


def signed(pdf: bytes, signer: object, *, name: str, title: str, agency: str,
           moment: datetime, language: str, timestamp_url: str | None) -> bytes:
    """``pdf`` signed (PAdES) with the stamp in page.SIGNATURE_BOX of the last page."""
    return signed_with_level(pdf, signer, name=name, title=title, agency=agency,
                             moment=moment, language=language, timestamp_url=timestamp_url).data


def signed_with_level(pdf: bytes, signer: object, *, name: str, title: str, agency: str,
                      moment: datetime, language: str,
                      timestamp_url: str | None) -> SignedPdf:
    """As ``signed``, with the PAdES level reached and why it is not B-LT (if so)."""
    from exports.signing.sign import sign_pdf_with_level  # pyHanko is loaded only to sign
    from exports.signing.stamp import StampText

    stamp = StampText(name, title, agency, moment, language)
    return sign_pdf_with_level(pdf, signer, stamp=stamp,  # type: ignore[arg-type]
                               box=SIGNATURE_BOX, timestamp_url=timestamp_url)
