"""``planner.signing``: the certificate the user signs PDF summaries with.

One per user: imported from the organisation's PKCS#12 (.p12/.pfx, its CA chain kept), or
created as a small local PKI: an organisation root (CA:TRUE) that issues the signing certificate,
so a supervisor trusts the root once (`verkosto signer --export-root`). The root's key is kept
encrypted with the same passphrase as the signing key; creating again reuses a root the
passphrase opens, so the supervisors' trust carries over. Stores from before keep their
self-signed certificate until the user creates again.
The PKCS#12 stays encrypted with its own passphrase inside the encrypted store, so opening the
store is not enough to sign. The passphrase is kept in the OS keyring (purpose "signing") only
when the user asks for it; otherwise it is asked each time a PDF is signed.
A local store holds one identity (id 1); on a team store each member has their own, the row
whose owner is their login (the server shows a member no other: resources/team/security.sql),
and the keyring account names the login too, so members sharing a desktop never meet.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from cryptography import x509
from sqlalchemy import func
from sqlmodel import Session, select

from planner.config import HELSINKI
from planner.crypto import certificates
from planner.crypto.certificates import (  # the certificate facts the front ends show
    CertificateInfo,
    KeyAndCertificate,
    SigningKey,
)
from planner.crypto.certificates import (
    describe as describe,
)
from planner.crypto.certificates import (
    read_certificates as read_certificates,
)
from planner.crypto.secrets import ConnectionSecrets
from planner.domain import Agency, SigningIdentity
from planner.domain.enums import AuditAction
from planner.errors import (
    FieldError,
    KeyringLocked,
    KeyringUnavailable,
    SignerCertificateNotValid,
    SignerMissing,
    SigningPassphraseRequired,
    SigningPassphraseWrong,
    ValidationFailed,
)
from planner.services.audit import AuditLog
from planner.services.base import Service
from planner.services.context import ServiceContext
from planner.services.profile import Profiles, current_user
from planner.storage.audit_chain import on_team_store

PURPOSE = "signing"
TIMESTAMP_URL = "signing_timestamp_url"
EXPIRY_WARNING = timedelta(days=30)
LOCAL_ID = 1  # the local store's one identity


@dataclass(frozen=True)
class LoadedSigner:
    """The decrypted key and certificates, ready for exports.signing.sign_pdf (keep it short)."""

    key: SigningKey = field(repr=False)
    certificate: x509.Certificate
    chain: tuple[x509.Certificate, ...] = ()


@dataclass(frozen=True)
class SignerView:
    """What Settings and `verkosto signer --show` tell about the certificate."""

    certificate: CertificateInfo
    passphrase_kept: bool
    warnings: list[FieldError]
    root: CertificateInfo | None = None  # the chain's top, for the supervisors to trust


class SigningIdentities(Service):
    def __init__(self, ctx: ServiceContext, audit: AuditLog, profile: Profiles,
                 secrets: ConnectionSecrets) -> None:
        super().__init__(ctx, audit)
        self._profile = profile
        self._secrets = secrets

    # --- setting it up -------------------------------------------------------------------
    def import_pkcs12(self, data: bytes, passphrase: str, *, remember: bool = False
                      ) -> SignerView:
        """Take the organisation's certificate; refuse one that cannot sign now."""
        if not passphrase:
            raise ValidationFailed([FieldError("passphrase", "validation.required")])
        contents = certificates.read_pkcs12(data, passphrase)
        problems = certificates.check_for_signing(contents, self.ctx.now())
        if problems:
            raise ValidationFailed(problems)
        return self._keep(contents, passphrase, remember, "imported")

    def create_self_signed(self, passphrase: str, *, remember: bool = False,
                           algorithm: str = "ec-p256") -> SignerView:
        """A signing certificate naming the profile's name, title and agency, issued by the
        store's organisation root (made now, or the one kept if ``passphrase`` opens it)."""
        if len(passphrase) < certificates.MIN_PASSPHRASE:
            raise ValidationFailed([FieldError("passphrase", "validation.signing_passphrase_short",
                                               {"minimum": certificates.MIN_PASSPHRASE})])
        if algorithm not in certificates.ALGORITHMS:
            raise ValidationFailed([FieldError(
                "algorithm", "validation.choice_invalid",
                {"value": algorithm, "allowed": ", ".join(certificates.ALGORITHMS)})])
        name, title, agency = self._who()
        now = self.ctx.now()
        root = self._kept_root(passphrase)
        if root is None:
            root = certificates.create_root(name, agency, now, algorithm)
        contents = certificates.issue_signing(root, name, title, agency, now, algorithm)
        return self._keep(contents, passphrase, remember, "local root", root=root)

    def _kept_root(self, passphrase: str) -> KeyAndCertificate | None:
        """The kept root when ``passphrase`` opens it and it has a year left, else None."""
        row = self._row()
        if row is None or row.root_pkcs12 is None:
            return None
        try:
            root = certificates.read_pkcs12(row.root_pkcs12, passphrase)
        except ValidationFailed:
            return None  # another passphrase: a new root (the old one cannot be used)
        if root.certificate.not_valid_after_utc - self.ctx.now() < timedelta(days=365):
            return None
        return root

    def export_root(self) -> str:
        """The PEM of the certificate supervisors trust once: the top of the signer's chain
        (the local root, the organisation's CA, or an old self-signed certificate itself)."""
        row = self._row()
        if row is None:
            raise SignerMissing()
        own = x509.load_pem_x509_certificate(row.certificate.encode())
        return certificates.to_pem(certificates.chain_root(self.chain(), own))

    def local_root(self) -> x509.Certificate | None:
        """The store's own organisation root, when the certificate was created here."""
        row = self._row()
        if row is None or row.root_pkcs12 is None:
            return None
        own = x509.load_pem_x509_certificate(row.certificate.encode())
        return certificates.chain_root(self.chain(), own)

    def chain(self) -> list[x509.Certificate]:
        """The CA certificates above the signer's (public; no passphrase needed)."""
        row = self._row()
        return certificates.read_certificates(row.chain.encode()) if row and row.chain else []

    def _who(self) -> tuple[str, str, str]:
        """Whom a created certificate names: the user (profile.current_user, on a team store
        the member)."""
        with self.ctx.read() as session:
            profile = current_user(session)
            if profile is None or not profile.name.strip():
                raise ValidationFailed([FieldError("name", "validation.profile_missing")])
            agency = session.get(Agency, profile.agency_id) if profile.agency_id else None
            return profile.name, profile.title, agency.name if agency else ""

    def _keep(self, contents: KeyAndCertificate, passphrase: str, remember: bool,
              how: str, *, root: KeyAndCertificate | None = None) -> SignerView:
        if remember and not self._secrets.usable():
            raise KeyringUnavailable(detail="detail.no_keyring_backend")
        previous = self._secret_name(self._row())
        fingerprint = certificates.fingerprint(contents.certificate)
        blob = certificates.to_pkcs12(contents, passphrase)
        with self.ctx.write() as session:
            row = _mine(session)
            if row is None:
                team = on_team_store(session)
                # on a team store the server refuses a row in any other login's name
                owner = session.connection().exec_driver_sql(
                    "SELECT session_user").scalar() if team else None
                row = SigningIdentity(id=None if team else LOCAL_ID, owner=owner, pkcs12=blob,
                                      certificate="", fingerprint=fingerprint,
                                      added_at=self.ctx.now())
                session.add(row)
            row.pkcs12, row.fingerprint, row.added_at = blob, fingerprint, self.ctx.now()
            row.certificate = certificates.to_pem(contents.certificate)
            row.self_signed = certificates.is_self_signed(contents.certificate)
            row.root_pkcs12 = certificates.to_pkcs12(root, passphrase) if root else None
            row.chain = certificates.to_pem_chain(contents.chain)
            session.flush()
            self.audit.record(session, AuditAction.CREATE if previous is None
                              else AuditAction.UPDATE, "signing_identity",
                              entity_id=row.id, detail=f"{how}, SHA-256 {fingerprint}")
            name = self._secret_name(row)
        assert name is not None
        if previous is not None and previous != name:
            self._forget(previous)  # no orphan passphrase for a certificate no longer used
        if remember:
            self._secrets.save(PURPOSE, name, passphrase)
        else:
            self._forget(name)
        view = self.show()
        assert view is not None
        return view

    # --- showing ---------------------------------------------------------------------------
    def _row(self) -> SigningIdentity | None:
        with self.ctx.read() as session:
            return _mine(session)

    @staticmethod
    def _secret_name(row: SigningIdentity | None) -> str | None:
        """The keyring account's last part for the passphrase (the store's id comes before):
        the certificate's fingerprint, after a team member's login."""
        if row is None:
            return None
        return row.fingerprint if row.owner is None else f"{row.owner}/{row.fingerprint}"

    def certificate(self) -> x509.Certificate | None:
        """The user's own certificate (public part; no passphrase needed): trusted by its store."""
        row = self._row()
        return x509.load_pem_x509_certificate(row.certificate.encode()) if row else None

    def show(self) -> SignerView | None:
        certificate = self.certificate()
        if certificate is None:
            return None
        info = certificates.describe(certificate)
        warnings = []
        if not info.non_repudiation:
            warnings.append(FieldError("file", "warning.certificate_no_non_repudiation"))
        if info.not_after - self.ctx.now() < EXPIRY_WARNING:
            warnings.append(FieldError("file", "warning.certificate_expires_soon",
                                       {"date": _day(info.not_after)}))
        chain = self.chain()
        root = certificates.describe(certificates.chain_root(chain, certificate)) if chain \
            else None
        return SignerView(info, self.passphrase_kept(), warnings, root)

    # --- using it --------------------------------------------------------------------------
    def keyring_usable(self) -> bool:
        return self._secrets.usable()

    def kept_passphrase(self) -> str | None:
        return self._kept(self._row())

    def _kept(self, row: SigningIdentity | None) -> str | None:
        name = self._secret_name(row)
        if name is None:
            return None
        try:
            return self._secrets.load(PURPOSE, name)
        except (KeyringLocked, KeyringUnavailable):
            return None  # asked instead, as where no keyring exists

    def passphrase_kept(self) -> bool:
        return self.kept_passphrase() is not None

    def load(self, passphrase: str | None = None) -> LoadedSigner:
        """The key for signing: with ``passphrase``, else the keyring's; each failure its own
        error (no certificate, passphrase needed, passphrase wrong, certificate not valid now).
        """
        row = self._row()
        if row is None:
            raise SignerMissing()
        phrase = passphrase or self._kept(row)
        if not phrase:
            raise SigningPassphraseRequired()
        try:
            contents = certificates.read_pkcs12(row.pkcs12, phrase)
        except ValidationFailed as failure:
            raise SigningPassphraseWrong() from failure
        certificate = contents.certificate
        now = self.ctx.now()
        if not certificate.not_valid_before_utc <= now <= certificate.not_valid_after_utc:
            raise SignerCertificateNotValid(start=_day(certificate.not_valid_before_utc),
                                            end=_day(certificate.not_valid_after_utc))
        return LoadedSigner(contents.key, certificate, contents.chain)

    def remember_passphrase(self, passphrase: str) -> None:
        """Keep ``passphrase`` in the keyring, after checking that it opens the certificate."""
        if not self._secrets.usable():
            raise KeyringUnavailable(detail="detail.no_keyring_backend")
        self.load(passphrase)
        name = self._secret_name(self._row())
        assert name is not None  # load found the row
        self._secrets.save(PURPOSE, name, passphrase)

    def forget_passphrase(self) -> None:
        name = self._secret_name(self._row())
        if name is not None:
            self._forget(name)

    def _forget(self, name: str) -> None:
        # nothing can be removed from a keyring that cannot be reached
        with contextlib.suppress(KeyringLocked, KeyringUnavailable):
            self._secrets.forget(PURPOSE, name)

    # --- the optional RFC 3161 timestamp server ------------------------------------------
    def timestamp_url(self) -> str:
        """The timestamp server's address, "" when signatures carry no timestamp (default)."""
        return self._profile.setting(TIMESTAMP_URL)

    def set_timestamp_url(self, url: str) -> str:
        text = url.strip()
        parts = urlsplit(text)
        if text and (parts.scheme.lower() != "https" or not parts.hostname or " " in text
                     or parts.username or parts.password or len(text) > 1000):
            raise ValidationFailed([FieldError("timestamp_url",
                                               "validation.timestamp_url_invalid")])
        if text != self.timestamp_url():
            self._profile.set_setting(TIMESTAMP_URL, text)
        return text


def signer_from_pkcs12(data: bytes, passphrase: str, now: datetime) -> LoadedSigner:
    """A co-signer's own .p12, not kept anywhere: the key for one signature, its chain along.
    A wrong passphrase is SigningPassphraseWrong; a certificate that cannot sign now,
    ValidationFailed naming the problem."""
    if not passphrase:
        raise SigningPassphraseRequired()
    try:
        contents = certificates.read_pkcs12(data, passphrase)
    except ValidationFailed as failure:
        if any(error.field == "passphrase" for error in failure.errors):
            raise SigningPassphraseWrong() from failure
        raise
    problems = certificates.check_for_signing(contents, now)
    if problems:
        raise ValidationFailed(problems)
    return LoadedSigner(contents.key, contents.certificate, contents.chain)


def _mine(session: Session) -> SigningIdentity | None:
    """The user's own identity: a team member's is the row their login owns (the
    administrator sees every member's row, so asking by owner matters), a local store's the
    one row."""
    if not on_team_store(session):
        return session.get(SigningIdentity, LOCAL_ID)
    return session.exec(select(SigningIdentity).where(
        SigningIdentity.owner == func.session_user())).first()


HELSINKI_TZ = ZoneInfo(HELSINKI)


def _day(moment: datetime) -> date:
    """The Helsinki date; a message writes it in the reader's language (planner.messages)."""
    return moment.astimezone(HELSINKI_TZ).date()
