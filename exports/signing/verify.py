"""Verify the signatures of a PDF with pyHanko, offline, against the given trust roots.

The file comes from anyone: whatever it holds, the result is a report or one of the translated
errors PdfUnreadable / PdfDamaged / PdfEncrypted / PdfNotSigned — never another exception.
Nothing is fetched from the network (no OCSP/CRL, no certificates from AIA): a verifier must
not tell a third party which document it is looking at, and it must work offline.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, datetime
from io import BytesIO

from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation import (
    EmbeddedPdfSignature,
    SignatureCoverageLevel,
    validate_pdf_signature,
)
from pyhanko.sign.validation.settings import KeyUsageConstraints

from exports.signing.longterm import (
    EmbeddedValidationData,
    authority_name,
    level,
    only_validation_data_after,
    read_validation_data,
    state_at_signing,
    validation_revisions,
)
from exports.signing.report import Coverage, SignatureCheck, VerificationReport
from planner.errors import PdfDamaged, PdfEncrypted, PdfNotSigned, PdfUnreadable
from planner.services.signing_identity import describe

# pyHanko logs each untrusted chain with a traceback; without a handler Python would print
# those on stderr. The verdict is in the report, so they stay out of the user's terminal.
for _name in ("pyhanko", "pyhanko_certvalidator"):
    logging.getLogger(_name).addHandler(logging.NullHandler())

# Organisation certificates often carry only digitalSignature; pyHanko's default would demand
# nonRepudiation. Either one is an acceptable signing key usage.
KEY_USAGE = KeyUsageConstraints(key_usage={"digital_signature", "non_repudiation"},
                                match_all_key_usages=False)
NO_DSS = EmbeddedValidationData(None)
HEADER_WINDOW = 1024  # the header may follow some junk bytes (PDF 32000-1, annex H)


def verify_pdf(data: bytes, *, trust: Iterable[x509.Certificate] = (),
               language: str | None = None) -> VerificationReport:
    """Check every signature in ``data``; ``trust`` are the certificates taken as trusted."""
    reader = _read(data)
    try:
        signatures = list(reader.embedded_regular_signatures)
        total = reader.xrefs.total_revisions
    except Exception as exc:  # malformed AcroForm / xref trees fail in arbitrary ways
        raise PdfDamaged() from exc
    if not signatures:
        raise PdfNotSigned()
    roots = [_asn1(c) for c in trust]
    signed_revisions = _signed_revisions(signatures)
    embedded = read_validation_data(reader)
    checks = tuple(_with_later(_check(signature, roots, total, embedded), signature,
                               signed_revisions) for signature in signatures)
    return VerificationReport(checks, total, language)


def _signed_revisions(signatures: list[EmbeddedPdfSignature]) -> set[int]:
    """The revisions that are a signature (a co-signer's incremental update)."""
    revisions = set()
    for signature in signatures:
        try:
            revisions.add(signature.signed_revision)
        except Exception:  # a signature whose revision cannot be found adds none
            continue
    return revisions


def _with_later(check: SignatureCheck, signature: EmbeddedPdfSignature,
                signed_revisions: set[int]) -> SignatureCheck:
    """``check`` knowing which of the revisions after it are later signatures."""
    try:
        own = signature.signed_revision
    except Exception:
        return check
    later = sum(1 for revision in signed_revisions if revision > own)
    later = min(later, check.revisions_after)
    validation = len(validation_revisions(signature.reader, own) - signed_revisions)
    return replace(check, later_signatures=later,
                   validation_updates=min(validation, check.revisions_after - later))


def _read(data: bytes) -> PdfFileReader:
    if b"%PDF-" not in data[:HEADER_WINDOW]:
        raise PdfUnreadable()
    try:
        reader = PdfFileReader(BytesIO(data))
        encrypted = reader.encrypted
    except Exception as exc:  # any parser failure on untrusted bytes means "damaged"
        raise PdfDamaged() from exc
    if encrypted:
        raise PdfEncrypted()
    return reader


def _check(signature: EmbeddedPdfSignature, roots: list[asn1_x509.Certificate],
           total_revisions: int,
           embedded: EmbeddedValidationData = NO_DSS) -> SignatureCheck:
    try:
        signer = x509.load_der_x509_certificate(signature.signer_cert.dump())
        info = describe(signer)
    except Exception:  # no usable certificate in the CMS: nobody can be named, nothing holds
        return _unreadable(signature, total_revisions)
    # The DSS's OCSP responses and CRLs count (B-LT); nothing is fetched.
    context = embedded.context(trust_roots=roots, allow_fetching=False,
                               revocation_mode="soft-fail")
    try:
        status = validate_pdf_signature(signature, context, ts_validation_context=context,
                                        key_usage_settings=KEY_USAGE)
    except Exception:  # a CMS or byte range pyHanko cannot evaluate is a broken signature
        return _unreadable(signature, total_revisions, info.common_name, info.organisation,
                           info.fingerprint, info.self_signed)
    timestamp = status.timestamp_validity
    expired_since = None
    if _expired_after_timestamp(status, signer):
        # The timestamp proves when it signed: check the chain at that moment, as PAdES
        # verifiers do for B-T (a claimed time proves nothing, so never without one).
        moment = status.timestamp_validity.timestamp  # type: ignore[union-attr]
        try:
            status = validate_pdf_signature(
                signature, embedded.context(trust_roots=roots, allow_fetching=False,
                                            revocation_mode="soft-fail", moment=moment,
                                            retroactive_revinfo=True),
                ts_validation_context=context, key_usage_settings=KEY_USAGE)
            expired_since = signer.not_valid_after_utc
        except Exception:  # as it was: not trusted now
            pass
    anchor = _anchor_name(status.validation_path)
    docmdp = signature.docmdp_level
    signed_at = timestamp.timestamp if timestamp is not None else status.signer_reported_dt
    state, state_time = state_at_signing(signer, signed_at, embedded)
    return SignatureCheck(
        field_name=str(signature.field_name or ""), signer_name=info.common_name,
        signer_organisation=info.organisation, signer_fingerprint=info.fingerprint,
        self_signed=info.self_signed,
        signing_time=signed_at,
        timestamp_trusted=None if timestamp is None else bool(
            timestamp.intact and timestamp.valid and timestamp.trusted),
        intact=bool(status.intact), valid=bool(status.valid), trusted=bool(status.trusted),
        trust_anchor=anchor, coverage=_coverage(status.coverage),
        revisions_after=max(total_revisions - 1 - signature.signed_revision, 0),
        certification=docmdp.name.lower() if docmdp is not None else None,
        docmdp_ok=status.docmdp_ok, bottom_line=bool(status.bottom_line),
        changed_otherwise=_changed_otherwise(status.modification_level),
        level=level(timestamp is not None, embedded),
        timestamp_authority=authority_name(timestamp.signing_cert) if timestamp else "",
        validation_updates_only=(
            status.modification_level is ModificationLevel.LTA_UPDATES
            and only_validation_data_after(signature.reader, signature.signed_revision)),
        certificate_state=state, certificate_state_time=state_time,
        expired_since=expired_since if status.trusted else None)


def _expired_after_timestamp(status: object, signer: x509.Certificate) -> bool:
    """Not trusted now only because the signer's certificate has expired since a trusted
    timestamp made within its validity."""
    timestamp = getattr(status, "timestamp_validity", None)
    if getattr(status, "trusted", True) or timestamp is None:
        return False
    if not (timestamp.intact and timestamp.valid and timestamp.trusted):
        return False
    end = signer.not_valid_after_utc
    return (end < datetime.now(UTC)
            and signer.not_valid_before_utc <= timestamp.timestamp <= end)


def _unreadable(signature: EmbeddedPdfSignature, total_revisions: int, name: str = "",
                organisation: str = "", fingerprint: str = "", self_signed: bool = False,
                ) -> SignatureCheck:
    try:
        field = str(signature.field_name or "")
        after = max(total_revisions - 1 - signature.signed_revision, 0)
    except Exception:
        field, after = "", 0
    return SignatureCheck(field, name, organisation, fingerprint, self_signed, None, None,
                          intact=False, valid=False, trusted=False, trust_anchor="",
                          coverage=Coverage.PARTIAL, revisions_after=after, certification=None,
                          docmdp_ok=None, bottom_line=False)


def _changed_otherwise(level: ModificationLevel | None) -> bool:
    """More than form filling and signing after the signature (pyHanko's diff analysis): a
    change hidden inside a co-signer's update shows here."""
    return level is not None and level.value > ModificationLevel.FORM_FILLING.value


def _anchor_name(path: object) -> str:
    """The trusted certificate the chain ends at, named like the signer ("CN, O")."""
    if path is None:
        return ""
    try:
        anchor = describe(x509.load_der_x509_certificate(path[0].dump()))  # type: ignore[index]
    except Exception:  # an anchor without a certificate (a bare key) has no name to show
        return ""
    return ", ".join(part for part in (anchor.common_name, anchor.organisation) if part)


def _coverage(level: SignatureCoverageLevel | None) -> Coverage:
    if level == SignatureCoverageLevel.ENTIRE_FILE:
        return Coverage.ENTIRE_FILE
    if level == SignatureCoverageLevel.ENTIRE_REVISION:
        return Coverage.ENTIRE_REVISION
    return Coverage.PARTIAL


def _asn1(certificate: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(certificate.public_bytes(serialization.Encoding.DER))
