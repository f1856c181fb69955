"""The meeting summary as a PDF (reportlab platypus): see ``render_summary``.

The story runs top to bottom in the order a reader checks a record: the meeting, the client,
who took part, who is responsible, what was discussed and decided, the client's own view, the
agreed actions, the client plan in force, the next meeting, the consent the sharing rests on,
and who produced it.
"""

from __future__ import annotations

import io
from functools import partial

from reportlab.platypus import BaseDocTemplate, Frame, KeepTogether, PageTemplate, Spacer
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
    SIGNATURE_RESERVE,
    DecoratedCanvas,
    Decoration,
)
from exports.pdf.plan_section import plan_section
from exports.pdf.sections import (
    actions_section,
    carried_section,
    consent_section,
    contacts_section,
    document_section,
    income_effects_section,
    meeting_section,
    next_meeting_section,
    notes_section,
    participants_section,
    plan_changes_section,
)
from exports.pdf.styles import SUBTITLE, TITLE, para
from exports.pdf.summary_data import SummaryData
from exports.pdf.texts import date_text, text

__all__ = ["SIGNATURE_BOX", "render_summary"]

_PDF_LANGUAGE = {"fi": "fi-FI", "sv": "sv-FI", "en": "en-GB"}


def _story(data: SummaryData, language: str) -> list[Flowable]:
    story: list[Flowable] = [para(text("document", language), TITLE),
                             para(data.meeting.title, SUBTITLE)]
    for section in (meeting_section, participants_section, contacts_section, notes_section,
                    carried_section, actions_section, income_effects_section,
                    plan_section, plan_changes_section,
                    next_meeting_section, consent_section):
        story += section(data, language)
    # Who produced the document stays on the page the signature goes on, and below it the
    # page keeps its bottom free for the stamp (page.SIGNATURE_BOX).
    story.append(KeepTogether([*document_section(data, language),
                               Spacer(1, SIGNATURE_RESERVE)]))
    return story


def render_summary(data: SummaryData, *, language: str) -> bytes:
    """The summary of ``data`` as PDF bytes, in ``language`` (fi, sv or en).

    The same data, language, producing time and document id give the same bytes. The PDF's
    metadata names the document, its date and producer, never the client.
    """
    register_fonts()
    out = io.BytesIO()
    producer = data.producer.name if data.producer else ""
    document = text("document", language)
    marking = text("marking", language)
    id_line = f"{text('document_id', language)}: {data.document_id}"
    keywords = [f"verkosto-document:{data.document_id}"]
    footer = id_line
    if data.audit_head:
        # The footer shows the entry and the MAC's start; the metadata the whole head.
        number, mac = data.audit_head.split(":", 1)
        footer += f" · {text('audit_head', language)} #{number} {mac[:16]}"
        keywords.append(f"verkosto-audit-head:{data.audit_head}")
    doc = BaseDocTemplate(
        out, pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        title=f"{document} {date_text(data.meeting.start, language)}", author=producer,
        subject=f"{marking} – {id_line}", creator="Verkosto", keywords=keywords,
        lang=_PDF_LANGUAGE.get(language, "fi-FI"), invariant=1, pageCompression=1,
        initialFontName=REGULAR)  # else every page names Helvetica, unembedded
    frame = Frame(MARGIN_LEFT, MARGIN_BOTTOM, FRAME_WIDTH, FRAME_HEIGHT, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="summary", frames=[frame])])
    decoration = Decoration(marking, document, text("page", language), footer,
                            data.produced_at, data.document_id)
    doc.build(_story(data, language), canvasmaker=partial(DecoratedCanvas, decoration=decoration))
    return out.getvalue()
