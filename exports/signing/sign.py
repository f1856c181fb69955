"""Sign a PDF: PAdES baseline (ETSI.CAdES.detached), certifying with DocMDP level 2 ("form
filling and signing": the co-signers' approval signatures may follow, nothing else), with a
visible stamp, optionally with an RFC 3161 timestamp and then, when the signer's revocation
information can be fetched, the long-term validation data (PAdES B-T / B-LT;
../shared/standards.md). ``cosign_pdf`` adds such an approval signature (invisible) to a
signed PDF.

The input is the whole unsigned PDF in memory; the result is the input plus one incremental
update holding the signature, whose /ByteRange covers the entire file but the signature value.
"""

from __future__ import annotations

import logging
import socket
from collections.abc import Callable
from dataclasses import dataclass
from io import BytesIO

import requests
from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.x509.oid import AuthorityInformationAccessOID
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.sign import fields, signers
from pyhanko.sign.general import SigningError as PyHankoSigningError
from pyhanko.sign.timestamps.common_utils import TimestampRequestError
from pyhanko.sign.timestamps.requests_client import RequestsHTTPTimeStamper
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.errors import (
    CRLValidationError,
    OCSPValidationError,
    PathError,
    RevokedError,
    ValidationError,
)
from pyhanko_certvalidator.registry import SimpleCertificateStore

from exports.signing.metadata import ConsistentMetadataWriter
from exports.signing.stamp import StampText, stamp_style
from planner.errors import (
    CosignForbidden,
    PdfDamaged,
    PdfEncrypted,
    PdfUnreadable,
    SignerCertificateRevoked,
    SigningError,
    TimestampFailed,
)
from planner.services.signing_identity import LoadedSigner

FIELD_NAME = "VerkostoSignature"
# 90 × 30 mm at the bottom right, inside 20 mm / 22 mm margins: exports/pdf keeps this area of
# the summary's last page free (exports.pdf.SIGNATURE_BOX); other PDFs get the same place.
STAMP_WIDTH, STAMP_HEIGHT = 255.12, 85.04
MARGIN_RIGHT, MARGIN_BOTTOM = 56.69, 62.36
TIMESTAMP_TIMEOUT = 20  # seconds
LOG = logging.getLogger(__name__)


@dataclass(frozen=True)
class SignedPdf:
    """The signed bytes and the PAdES baseline level reached: "B-B" (no timestamp server),
    "B-T" (an RFC 3161 signature timestamp) or "B-LT" (and the certificates, OCSP responses
    and CRLs in the document security store). ``lt_missing`` is the reason a B-T signature
    could not become B-LT (a message code, planner/messages_signing.py), for the user."""

    data: bytes
    level: str
    lt_missing: str | None = None


def sign_pdf(pdf: bytes, identity: LoadedSigner, *, stamp: StampText,
             box: tuple[float, float, float, float] | None = None, page: int = -1,
             timestamp_url: str | None = None) -> bytes:
    """``pdf`` certified and signed by ``identity``; ``box`` is (x1, y1, x2, y2) in points on
    ``page`` (-1: the last). Raises PdfUnreadable/PdfDamaged/PdfEncrypted for a bad input,
    TimestampFailed when the timestamp server fails (nothing is signed then), SigningError."""
    return sign_pdf_with_level(pdf, identity, stamp=stamp, box=box, page=page,
                               timestamp_url=timestamp_url).data


def sign_pdf_with_level(pdf: bytes, identity: LoadedSigner, *, stamp: StampText,
                        box: tuple[float, float, float, float] | None = None, page: int = -1,
                        timestamp_url: str | None = None) -> SignedPdf:
    """As ``sign_pdf``, telling the level reached. With a timestamp server the signature is
    B-LT when the signer's chain can be checked now — OCSP/CRL fetched from the URLs in the
    certificates — and B-T otherwise (``lt_missing`` says why; not a failure). A certificate
    its CA reports revoked is refused (SignerCertificateRevoked): such a signature is void."""
    def certify(url: str | None, context: ValidationContext | None) -> bytes:
        return _certify(pdf, identity, stamp, box, page, url, context)

    return _at_best_level(identity, timestamp_url, certify)


def _at_best_level(identity: LoadedSigner, timestamp_url: str | None,
                   make: Callable[[str | None, ValidationContext | None], bytes]) -> SignedPdf:
    """``make`` (a signature on a fresh writer each time) at the best level reached."""
    if not timestamp_url:
        return SignedPdf(make(None, None), "B-B")
    context = _fetching_context(identity)
    if context is None:
        return SignedPdf(make(timestamp_url, None), "B-T", "signing.lt_self_signed")
    if not publishes_revocation(identity.certificate):
        # Verkosto's own organisation root (and some small CAs) run no OCSP or CRL service:
        # nothing to fetch, and nothing went wrong — say so rather than "could not fetch".
        return SignedPdf(make(timestamp_url, None), "B-T", "signing.lt_no_service")
    try:
        return SignedPdf(make(timestamp_url, context), "B-LT")
    except (SigningError, PathError, ValidationError, OCSPValidationError,
            CRLValidationError) as exc:
        if isinstance(exc, TimestampFailed):
            raise
        if any(isinstance(cause, RevokedError) for cause in _causes(exc)):
            raise SignerCertificateRevoked() from exc
        # Revocation information could not be fetched (a responder down) or the chain not
        # built — e.g. a TSA under a root other than the signer's: a B-T signature is still
        # worth having.
        LOG.info("B-LT not reached, signing B-T: %s", exc)
    return SignedPdf(make(timestamp_url, None), "B-T", "signing.lt_unavailable")


def publishes_revocation(certificate: x509.Certificate) -> bool:
    """The certificate names an OCSP responder (AIA) or a CRL distribution point."""
    try:
        access = certificate.extensions.get_extension_for_class(
            x509.AuthorityInformationAccess).value
        if any(d.access_method == AuthorityInformationAccessOID.OCSP for d in access):
            return True
    except x509.ExtensionNotFound:
        pass
    try:
        certificate.extensions.get_extension_for_class(x509.CRLDistributionPoints)
        return True
    except x509.ExtensionNotFound:
        return False


def _fetching_context(identity: LoadedSigner) -> ValidationContext | None:
    """Trust the chain's own root (what is checked here is revocation, not trust: the
    verifier decides trust), fetch OCSP/CRL, and fail when revocation cannot be checked.
    None for a self-signed certificate: nobody publishes revocation information for it."""
    roots = [c for c in (identity.certificate, *identity.chain) if c.issuer == c.subject]
    if not roots or identity.certificate.issuer == identity.certificate.subject:
        return None
    return ValidationContext(trust_roots=[_asn1(c) for c in roots],
                             other_certs=[_asn1(c) for c in identity.chain],
                             allow_fetching=True, revocation_mode="hard-fail")


def _certify(pdf: bytes, identity: LoadedSigner, stamp: StampText,
             box: tuple[float, float, float, float] | None, page: int,
             timestamp_url: str | None, context: ValidationContext | None) -> bytes:
    """The author's visible certification signature on a fresh writer (each attempt)."""
    writer = _writer(pdf)
    if box is None:
        box = _default_box(writer, page)
    return _sign(writer, identity, stamp, FIELD_NAME, box, page, timestamp_url, context)


def cosign_pdf(pdf: bytes, identity: LoadedSigner, *, stamp: StampText,
               timestamp_url: str | None = None) -> bytes:
    """``pdf``, already signed, with one more (approval) signature by ``identity``. Refused
    (CosignForbidden) when the PDF is not signed or its certification forbids any change; the
    same errors as ``sign_pdf`` otherwise."""
    return cosign_pdf_with_level(pdf, identity, stamp=stamp, timestamp_url=timestamp_url).data


def cosign_pdf_with_level(pdf: bytes, identity: LoadedSigner, *, stamp: StampText,
                          timestamp_url: str | None = None) -> SignedPdf:
    """As ``cosign_pdf``, telling the level reached: a co-signer's signature becomes B-LT as
    the author's does (its DSS update after it is validation data, not a change)."""
    def approve(url: str | None, context: ValidationContext | None) -> bytes:
        writer = _writer(pdf)
        return _sign(writer, identity, stamp, cosign_field(writer), None, -1, url, context)

    return _at_best_level(identity, timestamp_url, approve)


def _sign(writer: IncrementalPdfFileWriter, identity: LoadedSigner, stamp: StampText,
          field_name: str, box: tuple[float, float, float, float] | None, page: int,
          timestamp_url: str | None, context: ValidationContext | None) -> bytes:
    """Certify (the first, visible signature: ``box``) or approve (an invisible one)."""
    certify = box is not None
    metadata = signers.PdfSignatureMetadata(
        field_name=field_name, subfilter=fields.SigSeedSubFilter.PADES, certify=certify,
        docmdp_permissions=fields.MDPPerm.FILL_FORMS, md_algorithm="sha256",
        name=stamp.name or None, validation_context=context,
        embed_validation_info=context is not None)  # PAdES: into the DSS, as B-LT asks
    if box is not None:
        width, height = abs(box[2] - box[0]), abs(box[3] - box[1])
        field_spec = fields.SigFieldSpec(field_name, on_page=page,
                                         box=(int(box[0]), int(box[1]), int(box[2]), int(box[3])))
        style = stamp_style(stamp, width, height)
    else:  # a co-signer's signature: no room for a second stamp on the summary's page
        field_spec, style = fields.SigFieldSpec(field_name), None
    timestamper = None
    if timestamp_url:  # pyHanko's client: requests, certificate checked, https only
        timestamper = RequestsHTTPTimeStamper(  # type: ignore[no-untyped-call]
            timestamp_url, https=True, timeout=TIMESTAMP_TIMEOUT)
    pdf_signer = signers.PdfSigner(metadata, _signer(identity), timestamper=timestamper,
                                   stamp_style=style, new_field_spec=field_spec)
    try:
        output = pdf_signer.sign_pdf(writer)
    except TimestampRequestError as exc:
        raise TimestampFailed(url=timestamp_url, detail=_timestamp_detail(exc)) from exc
    except (PyHankoSigningError, PdfError, ValueError, KeyError) as exc:
        if timestamper is not None and _from_timestamping(exc):
            raise TimestampFailed(url=timestamp_url, detail="detail.timestamp_refused") from exc
        raise SigningError(detail=str(exc) or type(exc).__name__) from exc
    return bytes(output.getbuffer())


def cosign_field(writer: IncrementalPdfFileWriter) -> str:
    """A free field name for the next co-signature; CosignForbidden when nothing is signed yet
    or the certification allows no change (a summary signed before co-signing existed)."""
    try:
        reader = writer.prev
        signatures = list(reader.embedded_regular_signatures)
        names = {str(s.field_name) for s in signatures}
        levels = [s.docmdp_level for s in signatures]
    except Exception as exc:  # malformed AcroForm trees fail in arbitrary ways
        raise PdfDamaged() from exc
    if not signatures:
        raise CosignForbidden(detail="detail.cosign_unsigned")
    if fields.MDPPerm.NO_CHANGES in levels:
        raise CosignForbidden(detail="detail.cosign_no_changes")
    number = len(signatures) + 1
    while f"{FIELD_NAME}{number}" in names:
        number += 1
    return f"{FIELD_NAME}{number}"


def _writer(pdf: bytes) -> IncrementalPdfFileWriter:
    if not pdf.lstrip()[:5] == b"%PDF-":
        raise PdfUnreadable()
    try:
        writer = ConsistentMetadataWriter(BytesIO(pdf), strict=False)
    except (PdfError, ValueError, KeyError, IndexError, TypeError) as exc:
        raise PdfDamaged() from exc
    if writer.prev.encrypted:
        raise PdfEncrypted()
    return writer


def _default_box(writer: IncrementalPdfFileWriter, page: int) -> tuple[float, float, float, float]:
    """The bottom-right corner of ``page``, the same place the summary keeps free."""
    try:
        page_ref, _resources = writer.find_page_for_modification(page)  # type: ignore[no-untyped-call]
        node = page_ref.get_object()
        while "/MediaBox" not in node:  # it may be set on the page tree above the page
            node = node["/Parent"].get_object()
        x1, y1, x2, y2 = (float(value) for value in node["/MediaBox"])
    except (PdfError, ValueError, KeyError, IndexError, TypeError) as exc:
        raise PdfDamaged() from exc
    right, bottom = max(x1, x2) - MARGIN_RIGHT, min(y1, y2) + MARGIN_BOTTOM
    return right - STAMP_WIDTH, bottom, right, bottom + STAMP_HEIGHT


def _signer(identity: LoadedSigner) -> signers.SimpleSigner:
    key_der = identity.key.private_bytes(serialization.Encoding.DER,
                                         serialization.PrivateFormat.PKCS8,
                                         serialization.NoEncryption())
    registry = SimpleCertificateStore()  # type: ignore[no-untyped-call]
    for certificate in identity.chain:  # the CA certificates go into the signature too
        registry.register(_asn1(certificate))
    return signers.SimpleSigner(signing_cert=_asn1(identity.certificate),
                                signing_key=asn1_keys.PrivateKeyInfo.load(key_der),
                                cert_registry=registry)


def _asn1(certificate: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(certificate.public_bytes(serialization.Encoding.DER))


def _from_timestamping(exc: BaseException) -> bool:
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, TimestampRequestError | requests.RequestException):
            return True
        cause = cause.__cause__ or cause.__context__
    return False


def _timestamp_detail(exc: BaseException) -> str:
    """The cause in the user's words: requests wraps urllib3 wraps the socket's error."""
    for cause in _causes(exc):
        if isinstance(cause, requests.Timeout | TimeoutError):
            return "detail.timeout"
        if isinstance(cause, ConnectionRefusedError):
            return "detail.connection_refused"
        if isinstance(cause, socket.gaierror):
            return "detail.host_not_found"
    if any(isinstance(cause, requests.ConnectionError) for cause in _causes(exc)):
        return "detail.network_error"
    return "detail.timestamp_refused"


def _causes(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    todo: list[object] = [exc]
    while todo and len(seen) < 20:
        item = todo.pop()
        if not isinstance(item, BaseException) or any(item is s for s in seen):
            continue
        seen.append(item)
        todo.extend([item.__cause__, item.__context__, getattr(item, "reason", None),
                     *item.args[:1]])
    return seen
