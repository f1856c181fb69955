"""The audit head a file carries: a signed summary PDF, a backup, an invite (.ics or .eml).

A supervisor who holds one of these holds a point of the log from outside the store:
``verkosto audit --verify --against FILE`` proves the log still holds that entry (and, for a
summary, the entry recording its own export after it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Literal

from exports.ical.reply_import import MAX_BYTES as REPLY_MAX_BYTES
from exports.ical.reply_import import calendar_texts
from planner.errors import AuditHeadMissing, PdfDamaged, ValidationFailed, VerkostoError
from planner.input_files import PDF_MAX_BYTES, read_input
from planner.services import AuditHead, backup_audit_head

_HEADER_WINDOW = 1024
_ICAL_HEAD = re.compile(r"^X-VERKOSTO-AUDIT-HEAD:(.*)$", re.MULTILINE | re.IGNORECASE)
_KEYWORD_HEAD = re.compile(r"verkosto-audit-head:(\d{1,18}:[0-9a-f]{64})")
_KEYWORD_DOCUMENT = re.compile(r"verkosto-document:([0-9a-f-]{36})")
_BACKUP_MAGIC = b"VERKOSTO-BACKUP\x00"

Kind = Literal["pdf", "backup", "calendar"]


@dataclass(frozen=True)
class CarriedHead:
    kind: Kind
    head: AuditHead
    document_id: str = ""  # a summary's id, which its export entry names


def head_of_file(path: Path) -> CarriedHead:
    """The head ``path`` carries; AuditHeadMissing when it carries none (another file, or
    one made before Verkosto recorded heads)."""
    with path.open("rb") as handle:
        start = handle.read(_HEADER_WINDOW)
    if start.startswith(_BACKUP_MAGIC):
        head = backup_audit_head(path)
        if head is None:
            raise AuditHeadMissing(path=str(path))
        return CarriedHead("backup", head)
    if b"%PDF-" in start:
        return _pdf_head(path)
    return _calendar_head(path)


def _pdf_head(path: Path) -> CarriedHead:
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        reader = PdfFileReader(BytesIO(read_input(path, PDF_MAX_BYTES)), strict=False)
        trailer = reader.trailer_view
        # [] resolves the indirect reference; pyHanko's .get() would hand back the reference
        info = trailer["/Info"] if "/Info" in trailer else {}  # noqa: SIM401
        keywords = str(info.get("/Keywords", ""))
    except VerkostoError:
        raise
    except Exception as error:  # any parser failure on untrusted bytes means "damaged"
        raise PdfDamaged() from error
    head = _KEYWORD_HEAD.search(keywords)
    parsed = AuditHead.parse(head.group(1)) if head else None
    if parsed is None:
        raise AuditHeadMissing(path=str(path))
    document = _KEYWORD_DOCUMENT.search(keywords)
    return CarriedHead("pdf", parsed, document.group(1) if document else "")


def _calendar_head(path: Path) -> CarriedHead:
    """An invite as written (.ics) or sent (.eml: its calendar parts, found as a reply's)."""
    try:
        texts, _sender = calendar_texts(read_input(path, REPLY_MAX_BYTES))
    except ValidationFailed as error:  # not a calendar, nor a mail holding one
        raise AuditHeadMissing(path=str(path)) from error
    for text in texts:
        unfolded = re.sub(r"\r?\n[ \t]", "", text.decode("utf-8", errors="replace"))
        match = _ICAL_HEAD.search(unfolded)
        head = AuditHead.parse(match.group(1)) if match else None
        if head is not None:
            return CarriedHead("calendar", head)
    raise AuditHeadMissing(path=str(path))
