"""X.509 and PKCS#12 for the signer's certificate (cryptography only; the PDF side is exports/).

Rules: a signing certificate must come with its private key, be valid now, and allow digital
signatures (digitalSignature and/or nonRepudiation key usage). A self-signed one carries both
bits, critically, so PDF validators that insist on nonRepudiation (pyHanko does by default)
accept it. The PKCS#12 kept in the store is always re-encrypted with AES-256 (PBES2), whatever
weaker scheme the organisation's file used.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed448, ed25519, rsa
from cryptography.hazmat.primitives.asymmetric.types import CertificatePublicKeyTypes
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from planner.config import HELSINKI
from planner.errors import FieldError, ValidationFailed

# Keys whose signatures pyHanko can put into a PDF.
SigningKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey | ed25519.Ed25519PrivateKey \
    | ed448.Ed448PrivateKey
ALGORITHMS = ("ec-p256", "rsa-3072")
SELF_SIGNED_YEARS = 3
MIN_PASSPHRASE = 8


@dataclass(frozen=True)
class KeyAndCertificate:
    """The decrypted contents of a PKCS#12: the key, its certificate and any CA certificates."""

    key: SigningKey
    certificate: x509.Certificate
    chain: tuple[x509.Certificate, ...] = ()


@dataclass(frozen=True)
class CertificateInfo:
    """What a person needs to recognise a certificate (Settings, `verkosto signer --show`)."""

    subject: str
    common_name: str
    organisation: str
    title: str
    issuer: str
    not_before: datetime
    not_after: datetime
    fingerprint: str  # SHA-256 of the DER, upper-case hex in pairs separated by ':'
    self_signed: bool
    non_repudiation: bool


def fingerprint(certificate: x509.Certificate) -> str:
    digest = hashlib.sha256(certificate.public_bytes(serialization.Encoding.DER)).hexdigest()
    return ":".join(digest[i:i + 2] for i in range(0, len(digest), 2)).upper()


def _attribute(name: x509.Name, oid: x509.ObjectIdentifier) -> str:
    values = name.get_attributes_for_oid(oid)
    return str(values[0].value) if values else ""


def is_self_signed(certificate: x509.Certificate) -> bool:
    if certificate.issuer != certificate.subject:
        return False
    try:
        certificate.verify_directly_issued_by(certificate)
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


def _key_usage(certificate: x509.Certificate) -> x509.KeyUsage | None:
    try:
        return certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return None


def _written(name: x509.Name) -> str:
    return name.rfc4514_string({NameOID.TITLE: "title"})  # else shown as "2.5.4.12"


def describe(certificate: x509.Certificate) -> CertificateInfo:
    usage = _key_usage(certificate)
    subject = certificate.subject
    return CertificateInfo(
        subject=_written(subject), common_name=_attribute(subject, NameOID.COMMON_NAME),
        organisation=_attribute(subject, NameOID.ORGANIZATION_NAME),
        title=_attribute(subject, NameOID.TITLE), issuer=_written(certificate.issuer),
        not_before=certificate.not_valid_before_utc, not_after=certificate.not_valid_after_utc,
        fingerprint=fingerprint(certificate), self_signed=is_self_signed(certificate),
        non_repudiation=usage is None or usage.content_commitment)


def read_pkcs12(data: bytes, passphrase: str) -> KeyAndCertificate:
    """The key and certificates of a .p12/.pfx; ValidationFailed names the field at fault."""
    # A PKCS#12 is a DER SEQUENCE: anything else is not one, whatever the passphrase.
    if not data.startswith(b"\x30"):
        raise _failed("file", "validation.pkcs12_unreadable")
    try:
        key, certificate, extra = pkcs12.load_key_and_certificates(
            data, passphrase.encode() if passphrase else None)
    except (ValueError, TypeError) as exc:
        # cryptography cannot tell a wrong passphrase from a damaged file: the message says both.
        raise _failed("passphrase", "validation.pkcs12_passphrase_wrong") from exc
    if key is None:
        raise _failed("file", "validation.pkcs12_no_key")
    if certificate is None:
        raise _failed("file", "validation.pkcs12_no_certificate")
    if not isinstance(key, SigningKey):
        raise _failed("file", "validation.pkcs12_key_type", kind=type(key).__name__)
    return KeyAndCertificate(key, certificate, tuple(extra))


def check_for_signing(contents: KeyAndCertificate, now: datetime) -> list[FieldError]:
    """Problems that forbid signing with ``contents`` at ``now`` (field "file")."""
    certificate = contents.certificate
    problems: list[FieldError] = []
    if _public_der(contents.key.public_key()) != _public_der(certificate.public_key()):
        problems.append(FieldError("file", "validation.pkcs12_key_mismatch"))
    if now < certificate.not_valid_before_utc:
        problems.append(FieldError("file", "validation.certificate_not_yet_valid",
                                   {"date": _day(certificate.not_valid_before_utc)}))
    if now > certificate.not_valid_after_utc:
        problems.append(FieldError("file", "validation.certificate_expired",
                                   {"date": _day(certificate.not_valid_after_utc)}))
    usage = _key_usage(certificate)
    if usage is not None and not (usage.digital_signature or usage.content_commitment):
        problems.append(FieldError("file", "validation.certificate_key_usage"))
    return problems


def _public_der(key: CertificatePublicKeyTypes) -> bytes:
    return key.public_bytes(serialization.Encoding.DER,
                            serialization.PublicFormat.SubjectPublicKeyInfo)


HELSINKI_TZ = ZoneInfo(HELSINKI)


def _day(moment: datetime) -> date:
    """The Helsinki date; a message writes it in the reader's language (planner.messages)."""
    return moment.astimezone(HELSINKI_TZ).date()


def _failed(field: str, code: str, **params: object) -> ValidationFailed:
    return ValidationFailed([FieldError(field, code, dict(params))])


def create_self_signed(name: str, title: str, organisation: str, now: datetime,
                       algorithm: str = "ec-p256") -> KeyAndCertificate:
    """A new key and a 3-year self-signed certificate naming the user, for signing only."""
    key: SigningKey = (rsa.generate_private_key(65537, 3072) if algorithm == "rsa-3072"
                       else ec.generate_private_key(ec.SECP256R1()))
    # Most general first (O, title, CN), so the written form reads "CN=…,title=…,O=…".
    attributes = [x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation)] if organisation \
        else []
    if title:
        attributes.append(x509.NameAttribute(NameOID.TITLE, title))
    attributes.append(x509.NameAttribute(NameOID.COMMON_NAME, name))
    subject = x509.Name(attributes)
    start = now - timedelta(minutes=5)  # a verifier whose clock is a little behind still accepts
    certificate = (
        x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(start).not_valid_after(start + timedelta(days=365 * SELF_SIGNED_YEARS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(
            digital_signature=True, content_commitment=True, key_encipherment=False,
            data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False,
            encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                       critical=False)
        .sign(key, None if isinstance(key, ed25519.Ed25519PrivateKey) else hashes.SHA256()))
    return KeyAndCertificate(key, certificate)


def to_pkcs12(contents: KeyAndCertificate, passphrase: str) -> bytes:
    """The PKCS#12 kept in the store: AES-256-CBC with a PBKDF2-SHA256 key from ``passphrase``."""
    encryption = (serialization.PrivateFormat.PKCS12.encryption_builder()
                  .kdf_rounds(200_000)
                  .key_cert_algorithm(pkcs12.PBES.PBESv2SHA256AndAES256CBC)
                  .hmac_hash(hashes.SHA256())
                  .build(passphrase.encode()))
    name = _attribute(contents.certificate.subject, NameOID.COMMON_NAME).encode() or None
    return pkcs12.serialize_key_and_certificates(name, contents.key, contents.certificate,
                                                 list(contents.chain) or None, encryption)


def read_certificates(data: bytes) -> list[x509.Certificate]:
    """Every certificate in a PEM file (one or more) or a single DER certificate."""
    if b"-----BEGIN CERTIFICATE-----" in data:
        try:
            return x509.load_pem_x509_certificates(data)
        except ValueError:
            return []
    try:
        return [x509.load_der_x509_certificate(data)]
    except ValueError:
        return []


def to_pem(certificate: x509.Certificate) -> str:
    return certificate.public_bytes(serialization.Encoding.PEM).decode("ascii")


# --- the local PKI: an organisation root that issues the signing certificate ------------------
# A viewer built on NSS (Okular, Evince, pdfsig) trusts only a CA:TRUE certificate as an anchor,
# so a self-signed CA:FALSE one stays "issuer unknown" even when imported as trusted (issue 16).
ROOT_YEARS = 10


def create_root(name: str, organisation: str, now: datetime,
                algorithm: str = "ec-p256") -> KeyAndCertificate:
    """An organisation root (CA:TRUE, pathlen 0, keyCertSign + cRLSign) for ``ROOT_YEARS``."""
    key = _new_key(algorithm)
    attributes = [x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation)] if organisation \
        else []
    attributes.append(x509.NameAttribute(NameOID.COMMON_NAME, f"Verkosto root CA: {name}"[:64]))
    subject = x509.Name(attributes)
    start = now - timedelta(minutes=5)
    certificate = (
        x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(start).not_valid_after(start + timedelta(days=365 * ROOT_YEARS))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_usage(sign=False, ca=True), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                       critical=False)
        .sign(key, hashes.SHA256()))
    return KeyAndCertificate(key, certificate)


def issue_signing(root: KeyAndCertificate, name: str, title: str, organisation: str,
                  now: datetime, algorithm: str = "ec-p256") -> KeyAndCertificate:
    """A 3-year signing certificate (CA:FALSE, digitalSignature + nonRepudiation) issued by
    ``root``, never outliving it; the chain holds the root."""
    key = _new_key(algorithm)
    start = now - timedelta(minutes=5)  # a verifier whose clock is a little behind still accepts
    end = min(start + timedelta(days=365 * SELF_SIGNED_YEARS), root.certificate.not_valid_after_utc)
    root_ski = root.certificate.extensions.get_extension_for_class(x509.SubjectKeyIdentifier)
    certificate = (
        x509.CertificateBuilder().subject_name(_person(name, title, organisation))
        .issuer_name(root.certificate.subject)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(start).not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_usage(sign=True, ca=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                       critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(
            root_ski.value), critical=False)
        .sign(root.key, hashes.SHA256()))
    return KeyAndCertificate(key, certificate, (root.certificate,))


def _new_key(algorithm: str) -> rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey:
    return (rsa.generate_private_key(65537, 3072) if algorithm == "rsa-3072"
            else ec.generate_private_key(ec.SECP256R1()))


def _person(name: str, title: str, organisation: str) -> x509.Name:
    # Most general first (O, title, CN), so the written form reads "CN=…,title=…,O=…".
    attributes = [x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation)] if organisation \
        else []
    if title:
        attributes.append(x509.NameAttribute(NameOID.TITLE, title))
    attributes.append(x509.NameAttribute(NameOID.COMMON_NAME, name))
    return x509.Name(attributes)


def _usage(*, sign: bool, ca: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=sign, content_commitment=sign, key_encipherment=False,
        data_encipherment=False, key_agreement=False, key_cert_sign=ca, crl_sign=ca,
        encipher_only=False, decipher_only=False)


def chain_root(chain: tuple[x509.Certificate, ...] | list[x509.Certificate],
               certificate: x509.Certificate) -> x509.Certificate:
    """The top of ``certificate``'s chain: the self-signed CA in ``chain``, else the last CA
    certificate there, else (an old self-signed signer) the certificate itself."""
    for candidate in chain:
        if is_self_signed(candidate):
            return candidate
    return chain[-1] if chain else certificate


def to_pem_chain(certificates: tuple[x509.Certificate, ...] | list[x509.Certificate]) -> str:
    return "".join(to_pem(certificate) for certificate in certificates)
