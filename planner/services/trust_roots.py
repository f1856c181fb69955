"""``planner.trust``: the certificates this store trusts when verifying signed PDFs.

Typically the organisation's CA certificate, or a colleague's self-signed certificate whose
fingerprint was checked with them. The store's own signing certificate is always trusted too,
so a user can verify what they signed themselves.
"""

from __future__ import annotations

from dataclasses import dataclass

from cryptography import x509
from sqlmodel import col, select

from planner.crypto import certificates
from planner.crypto.certificates import CertificateInfo
from planner.domain import TrustRoot
from planner.domain.enums import AuditAction
from planner.errors import FieldError, NotFound, ValidationFailed
from planner.services.audit import AuditLog
from planner.services.base import Service
from planner.services.context import ServiceContext
from planner.services.signing_identity import SigningIdentities

MAX_FILE = 1_000_000  # a certificate bundle, not a data set


@dataclass(frozen=True)
class TrustedCertificate:
    info: CertificateInfo
    own: bool  # the store's own signing certificate (cannot be removed here)


class TrustRoots(Service):
    def __init__(self, ctx: ServiceContext, audit: AuditLog, signing: SigningIdentities) -> None:
        super().__init__(ctx, audit)
        self._signing = signing

    def add(self, data: bytes) -> list[CertificateInfo]:
        """Trust every certificate in a PEM (or DER) file; ones already trusted are kept once."""
        found = certificates.read_certificates(data) if len(data) <= MAX_FILE else []
        if not found:
            raise ValidationFailed([FieldError("file", "validation.trust_file_invalid")])
        added: list[CertificateInfo] = []
        with self.ctx.write() as session:
            for certificate in found:
                info = certificates.describe(certificate)
                exists = session.exec(select(TrustRoot).where(
                    TrustRoot.fingerprint == info.fingerprint)).first()
                if exists is None:
                    row = TrustRoot(fingerprint=info.fingerprint, subject=info.subject[:1000],
                                    pem=certificates.to_pem(certificate), added_at=self.ctx.now())
                    session.add(row)
                    session.flush()
                    self.audit.record(session, AuditAction.CREATE, "trust_root", entity_id=row.id,
                                      detail=f"{row.subject}, SHA-256 {row.fingerprint}")
                added.append(info)
        return added

    def remove(self, fingerprint: str) -> None:
        with self.ctx.write() as session:
            row = session.exec(select(TrustRoot).where(
                TrustRoot.fingerprint == fingerprint.upper())).first()
            if row is None:
                raise NotFound(entity="TrustRoot", ident=fingerprint)
            session.delete(row)
            self.audit.record(session, AuditAction.DELETE, "trust_root", entity_id=row.id,
                              detail=f"{row.subject}, SHA-256 {row.fingerprint}")

    def configured(self) -> list[x509.Certificate]:
        with self.ctx.read() as session:
            rows = session.exec(select(TrustRoot).order_by(col(TrustRoot.id))).all()
            return [x509.load_pem_x509_certificate(row.pem.encode()) for row in rows]

    def certificates(self) -> list[x509.Certificate]:
        """What verification trusts: the configured certificates and the user's own one — its
        local root when it has one, so what the user signed before creating again stays
        trusted (that root issues only this store's certificates)."""
        own = self._signing.local_root() or self._signing.certificate()
        return self.configured() + ([own] if own is not None else [])

    def list(self) -> list[TrustedCertificate]:
        own = self._signing.certificate()
        rows = [TrustedCertificate(certificates.describe(c), False) for c in self.configured()]
        if own is not None:
            rows.append(TrustedCertificate(certificates.describe(own), True))
        return rows
