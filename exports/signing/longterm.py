"""PAdES B-T / B-LT as a verifier sees them: the document security store (DSS), the level
reached, the timestamp's authority, and the signer's certificate at the time it signed.

Only what the file holds is read (nothing is fetched: see verify.py). The signing time is the
timestamp's when there is one, else the time the signer's computer claimed.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime
from xml.etree import ElementTree

from asn1crypto import crl as asn1_crl
from asn1crypto import ocsp as asn1_ocsp
from cryptography import x509
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation.dss import DocumentSecurityStore
from pyhanko_certvalidator import ValidationContext

from planner.services.signing_identity import describe


@dataclass(frozen=True)
class EmbeddedValidationData:
    """The DSS's OCSP responses and CRLs, parsed; empty when the file has no DSS."""

    store: DocumentSecurityStore | None
    ocsps: tuple[asn1_ocsp.OCSPResponse, ...] = ()
    crls: tuple[asn1_crl.CertificateList, ...] = ()

    @property
    def has_revocation_info(self) -> bool:
        return bool(self.ocsps or self.crls)

    def context(self, **options: object) -> ValidationContext:
        """A context that knows the DSS's certificates, OCSP responses and CRLs."""
        if self.store is None:
            return ValidationContext(**options)  # type: ignore[arg-type]
        return self.store.as_validation_context(options)


def read_validation_data(reader: PdfFileReader) -> EmbeddedValidationData:
    try:
        store = DocumentSecurityStore.read_dss(reader)
        context = store.as_validation_context({"trust_roots": []})
    except Exception:  # no DSS, or one that cannot be read: as if none (B-T at most)
        return EmbeddedValidationData(None)
    return EmbeddedValidationData(store, tuple(context.ocsps), tuple(context.crls))


def level(timestamped: bool, data: EmbeddedValidationData) -> str:
    if not timestamped:
        return "B-B"
    return "B-LT" if data.has_revocation_info else "B-T"


def authority_name(certificate: object) -> str:
    """The TSA as "CN (O)"; empty when its certificate cannot be read."""
    try:
        info = describe(x509.load_der_x509_certificate(certificate.dump()))  # type: ignore[attr-defined]
    except Exception:
        return ""
    if info.organisation and info.organisation != info.common_name:
        return f"{info.common_name} ({info.organisation})"
    return info.common_name


def state_at_signing(signer: x509.Certificate, signed_at: datetime | None,
                     data: EmbeddedValidationData) -> tuple[str | None, datetime | None]:
    """("revoked", when) if an embedded OCSP response or CRL says the certificate was revoked
    at or before ``signed_at``; ("expired", end) if it signed after its validity ended."""
    if signed_at is None:
        return None, None
    revoked = _revocation_time(signer, data)
    if revoked is not None and revoked <= signed_at:
        return "revoked", revoked
    if signed_at > signer.not_valid_after_utc:
        return "expired", signer.not_valid_after_utc
    return None, None


def _revocation_time(signer: x509.Certificate, data: EmbeddedValidationData) -> datetime | None:
    issuer = signer.issuer.public_bytes()
    for response in data.ocsps:
        try:
            basic = response["response_bytes"]["response"].parsed
            for single in basic["tbs_response_data"]["responses"]:
                status, cert_id = single["cert_status"], single["cert_id"]
                name_hash = hashlib.new(cert_id["hash_algorithm"]["algorithm"].native, issuer)
                if (cert_id["serial_number"].native == signer.serial_number
                        and cert_id["issuer_name_hash"].native == name_hash.digest()
                        and status.name == "revoked"):
                    return status.chosen["revocation_time"].native  # type: ignore[no-any-return]
        except Exception:  # a response that cannot be read proves nothing either way
            continue
    for crl in data.crls:
        try:
            if crl["tbs_cert_list"]["issuer"].dump() != issuer:
                continue
            for entry in crl["tbs_cert_list"]["revoked_certificates"]:
                if entry["user_certificate"].native == signer.serial_number:
                    return entry["revocation_date"].native  # type: ignore[no-any-return]
        except Exception:
            continue
    return None


def only_validation_data_after(reader: PdfFileReader, signed_revision: int) -> bool:
    """True when every revision after ``signed_revision`` adds nothing but validation data
    (see :func:`validation_revisions`); False when there is none."""
    try:
        after = set(range(signed_revision + 1, reader.xrefs.total_revisions))
    except Exception:
        return False
    return bool(after) and validation_revisions(reader, signed_revision) == after


def validation_revisions(reader: PdfFileReader, signed_revision: int) -> set[int]:
    """The revisions after ``signed_revision`` that add nothing but the DSS (and the catalog's
    /DSS entry pointing at it) — the update PAdES B-LT adds, also when a co-signer's
    signature follows it. Each is compared with the revision before it. pyHanko's writer also
    refreshes the modification date and producer in the document info and XMP metadata;
    those may change, nothing else. Anything more (a new title, an annotation, a page) keeps
    the revision out: pyHanko's diff policy alone deems new document info harmless, Verkosto
    does not."""
    try:
        total = reader.xrefs.total_revisions
    except Exception:
        return set()
    return {revision for revision in range(signed_revision + 1, total)
            if _adds_only_validation_data(reader, revision)}


def _adds_only_validation_data(reader: PdfFileReader, revision: int) -> bool:
    try:
        then, now = (reader.get_historical_resolver(revision - 1),
                     reader.get_historical_resolver(revision))
        old_root, new_root = then.root, now.root
        dss = new_root.raw_get("/DSS") if "/DSS" in new_root else None
        if dss is None:
            return False
        allowed = _references(dss, set(), now)
        allowed.add(_key(now.root_ref))
        for name, same in (("/Info", _same_info), ("/Metadata", _same_xmp)):
            holder = now.trailer_view if name == "/Info" else new_root
            ref = dict.get(holder, name)
            if isinstance(ref, generic.IndirectObject) and same(
                    then(ref.reference), now(ref.reference)):
                allowed.add(_key(ref.reference))
        written = reader.xrefs.explicit_refs_in_revision(revision)
        if any(_key(ref) not in allowed for ref in written):
            return False
        keys = (set(old_root.keys()) | set(new_root.keys())) - {"/DSS"}
        if any(dict.get(old_root, k) != dict.get(new_root, k) for k in keys):
            return False
        return bool(dict.get(then.trailer_view, "/Info") == dict.get(now.trailer_view, "/Info"))
    except Exception:  # a structure that cannot be compared is not shown to be harmless
        return False


REFRESHED_INFO = {"/ModDate", "/Producer"}
# XMP elements or attributes a writer refreshes: xmp:ModifyDate, xmp:MetadataDate, pdf:Producer
REFRESHED_XMP = re.compile(
    rb"<(\w+:(?:ModifyDate|MetadataDate|Producer))\b[^>]*>.*?</\1>"
    rb"|\w+:(?:ModifyDate|MetadataDate|Producer)\s*=\s*(?:\"[^\"]*\"|'[^']*')", re.S)


def _key(ref: generic.Reference) -> tuple[int, int]:
    return ref.idnum, ref.generation


def _same_info(old: object, new: object) -> bool:
    if not (isinstance(old, dict) and isinstance(new, dict)):
        return False
    keys = (set(old) | set(new)) - REFRESHED_INFO
    return all(dict.get(old, k) == dict.get(new, k) for k in keys)


def _same_xmp(old: object, new: object) -> bool:
    """The same packet but for the refreshed dates and producer, compared as XML: pyHanko
    writes it again with each namespace declared once more on the elements."""
    if not (isinstance(old, generic.StreamObject) and isinstance(new, generic.StreamObject)):
        return False
    return _xmp_content(old.data) == _xmp_content(new.data)


def _xmp_content(data: bytes) -> str | bytes:
    """Canonical XML (C14N 2.0: superfluous namespace declarations dropped) of the packet
    without the refreshed parts; the bytes themselves when it is no well-formed XML."""
    stripped = REFRESHED_XMP.sub(b"", data)
    body = stripped[stripped.find(b"<x:xmpmeta"):stripped.rfind(b"</x:xmpmeta>") + 12]
    try:
        return ElementTree.canonicalize(body.decode("utf-8"), strip_text=True)
    except (ElementTree.ParseError, UnicodeDecodeError, ValueError):
        return stripped


def _references(value: object, seen: set[tuple[int, int]],
                resolve: object) -> set[tuple[int, int]]:
    """The indirect objects reachable from ``value`` (the DSS: its arrays, streams, VRI) as
    they were in the revision ``resolve`` (a historical resolver) reads."""
    if isinstance(value, generic.IndirectObject):
        key = (value.idnum, value.generation)
        if key in seen or len(seen) > 100_000:
            return seen
        seen.add(key)
        return _references(resolve(value.reference), seen, resolve)  # type: ignore[operator]
    if isinstance(value, dict):
        for item in value.values():  # raw values: DictionaryObject keeps the references
            _references(item, seen, resolve)
    elif isinstance(value, list):
        for item in value:
            _references(item, seen, resolve)
    return seen
