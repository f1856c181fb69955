"""The audit head a file carries: a signed summary PDF, a backup, an invite (.ics or .eml).

A supervisor who holds one of these holds a point of the log from outside the store:
``verkosto audit --verify --against FILE`` proves the log still holds that entry (and, for a
summary, the entry recording its own export after it).
"""

from __future__ import annotations

import email
import email.policy
import re
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Literal

from planner.errors import AuditHeadMissing, PdfDamaged
from planner.services import AuditHead, backup_audit_head

MAX_BYTES = 200 * 1024 * 1024  # a summary PDF is far smaller; a backup is read by its header
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


def _read_bounded(path: Path) -> bytes:
    with path.open("rb") as handle:
        data = handle.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise AuditHeadMissing(path=str(path))
    return data


def _pdf_head(path: Path) -> CarriedHead:
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        reader = PdfFileReader(BytesIO(_read_bounded(path)), strict=False)
        trailer = reader.trailer_view
        # [] resolves the indirect reference; pyHanko's .get() would hand back the reference
        info = trailer["/Info"] if "/Info" in trailer else {}  # noqa: SIM401
        keywords = str(info.get("/Keywords", ""))
    except AuditHeadMissing:
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
    data = _read_bounded(path)
    texts = [data.decode("utf-8", errors="replace")]
    if not texts[0].lstrip().upper().startswith("BEGIN:VCALENDAR"):
        # An e-mail: the calendar is one of its parts (often base64). Depth-limited walk.
        message = email.message_from_bytes(data, policy=email.policy.default)
        texts = [_part_text(part) for part in _parts(message) if
                 part.get_content_type() in ("text/calendar", "application/ics")]
    for text in texts:
        unfolded = re.sub(r"\r?\n[ \t]", "", text)
        match = _ICAL_HEAD.search(unfolded)
        head = AuditHead.parse(match.group(1)) if match else None
        if head is not None:
            return CarriedHead("calendar", head)
    raise AuditHeadMissing(path=str(path))


def _parts(message: email.message.Message, depth: int = 0) -> list[email.message.Message]:
    if depth > 20:
        return []
    if not message.is_multipart():
        return [message]
    found: list[email.message.Message] = []
    for part in message.get_payload():
        if isinstance(part, email.message.Message):
            found += _parts(part, depth + 1)
    return found


def _part_text(part: email.message.Message) -> str:
    payload = part.get_payload(decode=True)
    return payload.decode("utf-8", errors="replace") if isinstance(payload, bytes) else ""
