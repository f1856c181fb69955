"""The user's signing certificate and the certificates this store trusts for verifying PDFs."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, LargeBinary, Text
from sqlmodel import Field, SQLModel

from planner.domain.types import UTCDateTime


class SigningIdentity(SQLModel, table=True):
    """The certificate a user signs with: in a local store one row (id 1, no owner); in a team
    store one per member, ``owner`` their login, each seen only by its owner (migration 0016,
    resources/team/security.sql).

    ``pkcs12`` is encrypted with the certificate's own passphrase (AES-256, see
    planner/crypto/certificates.py), inside the encrypted store: the store key alone does not
    unlock the private key.
    """

    __tablename__ = "signing_identity"

    id: int | None = Field(default=None, primary_key=True)
    owner: str | None = Field(default=None, max_length=63, unique=True, index=True)
    pkcs12: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    certificate: str = Field(sa_column=Column(Text, nullable=False))  # PEM, the public part
    fingerprint: str = Field(max_length=95)  # SHA-256, "AB:CD:…"
    self_signed: bool = False
    # The local PKI (no organisation certificate): the root's key and certificate, encrypted
    # with the signing passphrase like ``pkcs12``; None for an imported or an old self-signed
    # certificate. ``chain`` is the public CA certificates (PEM) verification trusts too.
    root_pkcs12: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    chain: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    added_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))


class TrustRoot(SQLModel, table=True):
    """A certificate whose signatures (or whose issued certificates' signatures) are trusted."""

    __tablename__ = "trust_root"

    id: int | None = Field(default=None, primary_key=True)
    fingerprint: str = Field(max_length=95, unique=True)
    subject: str = Field(max_length=1000)
    pem: str = Field(sa_column=Column(Text, nullable=False))
    added_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))
