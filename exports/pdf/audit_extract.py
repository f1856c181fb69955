"""The client's extract of their log (lokiote): who viewed, changed, exported or disclosed
their data and when, newest first, as a PDF in the chosen language, for the client's own
information request (Act 703/2023; GDPR art. 15).

Only this client's entries are read (``AuditLog.for_extract``). The extract is itself logged as
a disclosure to the client, in one transaction with its file (``exports.output.write_logged``):
an existing file is replaced only with ``force``, a device, FIFO, folder or link never, and a
refusal writes and logs nothing.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import partial
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Spacer
from reportlab.platypus.flowables import Flowable

from exports.output import write_logged
from exports.pdf.extract_texts import extract_text
from exports.pdf.fonts import REGULAR, register_fonts
from exports.pdf.page import (
    FRAME_HEIGHT,
    FRAME_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    DecoratedCanvas,
    Decoration,
)
from exports.pdf.styles import BODY, NOTE, TITLE, para
from exports.pdf.tables import fields, listing
from exports.pdf.texts import date_text, datetime_text, text
from planner.audit_filter import check_period, day_start
from planner.audit_text import describe
from planner.client_identity import mask_hetu
from planner.domain.enums import AuditAction
from planner.files import check_output
from planner.services import Planner, Release

_PDF_LANGUAGE = {"fi": "fi-FI", "sv": "sv-FI", "en": "en-GB"}


@dataclass(frozen=True)
class ExtractLine:
    at: datetime
    who: str
    what: str  # the entry as a sentence in the extract's language


@dataclass(frozen=True)
class ExtractData:
    client_name: str
    hetu: str  # masked (131052-****), or "" without one
    birth_date: date | None
    since: date | None
    until: date | None
    made_at: datetime
    made_by: str
    lines: list[ExtractLine]  # newest first


@dataclass(frozen=True)
class WrittenExtract:
    path: Path
    entries: int
    size: int  # bytes


def collect(planner: Planner, client_id: int, *, language: str, since: date | None = None,
            until: date | None = None, now: datetime | None = None) -> ExtractData:
    """Read the client (NotFound for a wrong id) and their entries of the period."""
    client = planner.clients.get(client_id, purpose="audit extract")
    entries = planner.audit.for_extract(
        client_id, day_start(since) if since else None,
        day_start(until + timedelta(days=1)) if until else None)
    profile = planner.profile.get()
    made_by = ", ".join(v for v in (profile.name, profile.title) if v) if profile else ""

    def who(user: str) -> str:  # the log names the profile; its title says the role
        return made_by if profile is not None and user == profile.name else user

    return ExtractData(client.display_name, mask_hetu(client.hetu), client.birth_date, since,
                       until, now or planner.now(), made_by,
                       [ExtractLine(e.at, who(e.user), describe(e, language)) for e in entries])


def _period(data: ExtractData, language: str) -> str:
    if data.since and data.until:
        return f"{date_text(data.since, language)}–{date_text(data.until, language)}"
    if data.since:
        return extract_text("from_on", language, since=date_text(data.since, language))
    if data.until:
        return extract_text("up_to", language, until=date_text(data.until, language))
    return extract_text("whole_period", language)


def _story(data: ExtractData, language: str) -> list[Flowable]:
    def t(key: str) -> str:
        return extract_text(key, language)

    story: list[Flowable] = [para(t("document"), TITLE), para(t("intro"), BODY),
                             Spacer(1, 3 * mm)]
    story.append(fields([
        (t("client"), data.client_name),
        (t("hetu"), data.hetu),
        (t("birth_date"), date_text(data.birth_date, language) if data.birth_date and not data.hetu
         else ""),
        (t("period"), _period(data, language)),
        (t("made"), datetime_text(data.made_at, language)),
        (t("made_by"), data.made_by),
        (t("entries"), str(len(data.lines)))]))
    if not data.lines:
        return [*story, para(t("none"), NOTE)]
    story += [Spacer(1, 3 * mm), para(t("newest_first"), NOTE)]
    widths = [28 * mm, 58 * mm]
    story.append(listing([t("time"), t("who"), t("what")],
                         [[datetime_text(line.at, language), line.who, line.what]
                          for line in data.lines],
                         [*widths, FRAME_WIDTH - sum(widths)]))
    return story


def render_extract(data: ExtractData, *, language: str) -> bytes:
    """The extract as PDF bytes; its metadata names the document, never the client."""
    register_fonts()
    out = io.BytesIO()
    document = extract_text("document", language)
    doc = BaseDocTemplate(
        out, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), title=document, author=data.made_by,
        subject=text("marking", language), creator="Verkosto",
        lang=_PDF_LANGUAGE.get(language, "fi-FI"), invariant=1, pageCompression=1,
        initialFontName=REGULAR)
    frame = Frame(MARGIN_LEFT, MARGIN_BOTTOM, FRAME_WIDTH, FRAME_HEIGHT, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="extract", frames=[frame])])
    decoration = Decoration(text("marking", language), document, text("page", language),
                            extract_text("footer", language,
                                         made=datetime_text(data.made_at, language)),
                            data.made_at)
    doc.build(_story(data, language), canvasmaker=partial(DecoratedCanvas, decoration=decoration))
    return out.getvalue()


def write_audit_extract_pdf(planner: Planner, client_id: int, out: Path, *,
                            language: str = "fi", since: date | None = None,
                            until: date | None = None, now: datetime | None = None,
                            force: bool = False) -> WrittenExtract:
    """The extract of ``client_id``'s log at ``out``, logged as given to the client."""
    check_period(since, until)
    check_output(out, force=force)  # before anything is read
    data = collect(planner, client_id, language=language, since=since, until=until, now=now)
    pdf = render_extract(data, language=language)
    period = f"{since.isoformat() if since else '-'}..{until.isoformat() if until else '-'}"
    release = Release(AuditAction.DISCLOSE, "audit_extract", client_id, client_id,
                      f"{out.name} {len(data.lines)} entries {period} {language}",
                      "client's request", recipient="client")
    write_logged(planner, {out: pdf}, [release], force=force)
    return WrittenExtract(out, len(data.lines), len(pdf))
