"""XMP metadata for the documents Verkosto prints (issue 16): the same title, author, subject,
keywords, creator, producer and dates as the Info dictionary, plus what only XMP can say — the
language (dc:language) and a document id (xmpMM:DocumentID, a ``uuid:`` URN).

The packet is written uncompressed, so any tool that scans a file for XMP finds it. It makes
no PDF/A claim (no pdfaid entries): nothing on the machines the project runs on can check
PDF/A conformance independently (README, "Signed PDFs").
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from xml.sax.saxutils import escape, quoteattr

from reportlab.pdfbase.pdfdoc import XMP

# uuid5 names for documents that carry no id of their own (the plan, the log extract)
_NAMESPACE = uuid.UUID("6f1d9a52-5b0e-4c5e-8f3a-2d7c1e0b9a41")


@dataclass(frozen=True)
class XmpFields:
    title: str
    author: str
    subject: str
    keywords: str
    creator: str
    producer: str
    language: str  # "fi-FI"
    document_id: str  # "uuid:…"
    created: datetime


def document_uuid(document_id: str, content: bytes = b"") -> str:
    """``uuid:`` and the document's own id when it is a UUID; else a UUID derived from the id
    or, without one, from the pages' content (the same document, the same id)."""
    try:
        return f"uuid:{uuid.UUID(document_id)}"
    except ValueError:
        seed = document_id or hashlib.sha256(content).hexdigest()
        return f"uuid:{uuid.uuid5(_NAMESPACE, seed)}"


def xmp_date(moment: datetime) -> str:
    """The moment as XMP writes dates, in UTC like the Info dictionary's (page.pdf_date)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def packet(f: XmpFields) -> str:
    when = xmp_date(f.created)
    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about=""
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:xmp="http://ns.adobe.com/xap/1.0/"
 xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
 xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"
 xmp:CreateDate="{when}" xmp:ModifyDate="{when}" xmp:MetadataDate="{when}"
 xmp:CreatorTool={quoteattr(f.creator)} pdf:Producer={quoteattr(f.producer)}
 pdf:Keywords={quoteattr(f.keywords)}
 xmpMM:DocumentID={quoteattr(f.document_id)} xmpMM:InstanceID={quoteattr(f.document_id)}>
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(f.title)}</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>{escape(f.author)}</rdf:li></rdf:Seq></dc:creator>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{escape(f.subject)}</rdf:li></rdf:Alt>\
</dc:description>
<dc:language><rdf:Bag><rdf:li>{escape(f.language)}</rdf:li></rdf:Bag></dc:language>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="r"?>"""


def _text(value: object) -> str:
    """A ReportLab PDFString's text (``Lang`` is one), or ``value`` as text."""
    return str(getattr(value, "s", value) or "")


def attach(doc: object, *, document_id: str, created: datetime, content: bytes) -> None:
    """Give ReportLab's ``doc`` (a PDFDocument, its Info filled in) the XMP packet."""
    info = doc.info  # type: ignore[attr-defined]
    catalog = doc.Catalog  # type: ignore[attr-defined]
    fields = XmpFields(
        title=str(info.title), author=str(info.author), subject=str(info.subject),
        keywords=str(info.keywords), creator=str(info.creator), producer=str(info.producer),
        language=_text(getattr(catalog, "Lang", None)),
        document_id=document_uuid(document_id, content), created=created)
    data = packet(fields).encode("utf-8")  # bytes: ReportLab would re-encode a str
    stream = XMP(creator=lambda _doc: data)
    stream.filters = []  # uncompressed
    catalog.Metadata = stream
