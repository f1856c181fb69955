"""The local PKI (issue 16): without an organisation certificate the store makes its own
organisation root (CA:TRUE, pathlen 0) that issues the signing certificate, so a supervisor's
poppler/NSS viewer (Okular, Evince) can trust the root once — which it never could for the
old self-signed CA:FALSE certificate. Checked with pdfsig + a real NSS database and with
pyHanko given the root as its only trust anchor."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from exports.signing import Outcome, StampText, sign_pdf, verify_pdf
from planner.crypto.certificates import create_self_signed, read_pkcs12, to_pkcs12
from planner.domain.enums import AgencyKind
from planner.errors import SigningPassphraseWrong
from planner.services import AgencyInput, Planner, ProfileInput
from planner.services.signing_identity import LoadedSigner
from tests.support.signing import (
    P12_PASSPHRASE,
    TestCa,
    make_pdf,
    nss_trusting,
    pdfsig,
    signature_certificates,
)

PASSPHRASE = "juuri-ja-allekirjoitus-2026"


@pytest.fixture
def profiled(planner: Planner) -> Planner:
    agency = planner.directory.create_agency(AgencyInput("Tampereen kaupunki",
                                                         AgencyKind.SOCIAL_SERVICES))
    planner.profile.save(ProfileInput("Sari Äijälä", "sosiaalityöntekijä", agency.id))
    return planner


def stamp() -> StampText:
    return StampText("Sari Äijälä", "sosiaalityöntekijä", "Tampereen kaupunki",
                     datetime(2026, 11, 25, 12, 5, tzinfo=UTC))


def signed_by(identity: LoadedSigner) -> bytes:
    return sign_pdf(make_pdf("Verkostoneuvottelu 25.11.2026"), identity, stamp=stamp())


def only_anchor(signed: bytes, root: x509.Certificate):  # type: ignore[no-untyped-def]
    """pyHanko's own verdict with ``root`` as the only trust anchor, nothing fetched."""
    from io import BytesIO

    from pyhanko.pdf_utils.reader import PdfFileReader

    from exports.signing.verify import KEY_USAGE

    signature = PdfFileReader(BytesIO(signed)).embedded_signatures[0]
    anchor = asn1_x509.Certificate.load(root.public_bytes(serialization.Encoding.DER))
    return validate_pdf_signature(
        signature, ValidationContext(trust_roots=[anchor], allow_fetching=False),
        key_usage_settings=KEY_USAGE)


def test_create_makes_a_root_that_issues_the_signing_certificate(profiled: Planner) -> None:
    view = profiled.signing.create_self_signed(PASSPHRASE)
    own = profiled.signing.load(PASSPHRASE)
    root = profiled.signing.local_root()
    assert root is not None and view.root is not None
    assert view.root.fingerprint == profiled.signing.show().root.fingerprint  # type: ignore[union-attr]
    constraints = root.extensions.get_extension_for_class(x509.BasicConstraints)
    assert constraints.critical and constraints.value.ca and constraints.value.path_length == 0
    usage = root.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.key_cert_sign and usage.crl_sign and not usage.digital_signature
    leaf = own.certificate
    leaf_constraints = leaf.extensions.get_extension_for_class(x509.BasicConstraints)
    assert leaf_constraints.critical and not leaf_constraints.value.ca
    leaf_usage = leaf.extensions.get_extension_for_class(x509.KeyUsage).value
    assert leaf_usage.digital_signature and leaf_usage.content_commitment
    assert not leaf_usage.key_cert_sign
    leaf.verify_directly_issued_by(root)
    aki = leaf.extensions.get_extension_for_class(x509.AuthorityKeyIdentifier).value
    ski = root.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    assert aki.key_identifier == ski.digest
    assert leaf.extensions.get_extension_for_class(x509.SubjectKeyIdentifier)
    assert leaf.not_valid_after_utc <= root.not_valid_after_utc
    assert own.chain == (root,)


def test_the_roots_key_is_kept_encrypted_with_the_signing_passphrase(profiled: Planner) -> None:
    from planner.domain import SigningIdentity

    profiled.signing.create_self_signed(PASSPHRASE)
    with profiled.signing.ctx.read() as session:
        row = session.get(SigningIdentity, 1)
        assert row is not None and row.root_pkcs12 is not None
        blob = row.root_pkcs12
    with pytest.raises(ValueError):  # nothing readable without the passphrase
        pkcs12.load_key_and_certificates(blob, None)
    with pytest.raises(ValueError):
        pkcs12.load_key_and_certificates(blob, b"vaara-tunnuslause")
    root = read_pkcs12(blob, PASSPHRASE)
    assert root.certificate == profiled.signing.local_root()


def test_creating_again_keeps_the_root_so_supervisors_need_not_trust_again(
        profiled: Planner) -> None:
    profiled.signing.create_self_signed(PASSPHRASE)
    first_root = profiled.signing.local_root()
    signed_before = signed_by(profiled.signing.load(PASSPHRASE))
    profiled.signing.create_self_signed(PASSPHRASE)  # e.g. the title changed
    assert profiled.signing.local_root() == first_root
    # what was signed with the previous certificate is still the user's own: trusted
    verified = verify_pdf(signed_before, trust=profiled.trust.certificates())
    assert verified.outcome is Outcome.TRUSTED
    # another passphrase cannot open the old root: a new root, never the old key unlocked
    profiled.signing.create_self_signed("toinen-tunnuslause-2026")
    assert profiled.signing.local_root() != first_root
    with pytest.raises(SigningPassphraseWrong):
        profiled.signing.load(PASSPHRASE)


def test_pdfsig_trusts_the_exported_root_where_the_old_self_signed_one_never_was(
        tmp_path: Path, profiled: Planner) -> None:
    profiled.signing.create_self_signed(PASSPHRASE)
    signed = tmp_path / "signed.pdf"
    signed.write_bytes(signed_by(profiled.signing.load(PASSPHRASE)))
    nss = nss_trusting(tmp_path / "nss", profiled.signing.export_root().encode())
    report = pdfsig(signed, "-nssdir", str(nss))
    assert "Signature is Valid" in report and "Certificate is Trusted" in report
    # without the root: not trusted (the test is not passing for any certificate)
    assert "Certificate is Trusted" not in pdfsig(signed, "-nssdir", str(
        nss_trusting(tmp_path / "empty", TestCa.create().pem())))
    # the issue's finding: the old CA:FALSE self-signed certificate, imported just the same,
    # stays untrusted in poppler — why the local root exists
    old = create_self_signed("Sari Äijälä", "sosiaalityöntekijä", "Tampereen kaupunki",
                             datetime.now(UTC))
    old_signed = tmp_path / "old.pdf"
    old_signed.write_bytes(signed_by(LoadedSigner(old.key, old.certificate)))
    old_nss = nss_trusting(tmp_path / "old-nss", old.certificate.public_bytes(
        serialization.Encoding.PEM))
    old_report = pdfsig(old_signed, "-nssdir", str(old_nss))
    assert "Signature is Valid" in old_report and "Certificate is Trusted" not in old_report


def test_pyhanko_validates_with_the_root_as_the_only_anchor(profiled: Planner) -> None:
    profiled.signing.create_self_signed(PASSPHRASE)
    own = profiled.signing.load(PASSPHRASE)
    signed = signed_by(own)
    root = x509.load_pem_x509_certificate(profiled.signing.export_root().encode())
    assert root == profiled.signing.local_root()
    assert root in signature_certificates(signed)  # the chain travels in the signature
    status = only_anchor(signed, root)
    assert status.intact and status.valid and status.trusted and status.bottom_line
    assert not only_anchor(signed, TestCa.create().certificate).trusted
    # a supervisor with the PDF and the root only (no store): trusted, the root named
    verified = verify_pdf(signed, trust=[root], language="fi")
    assert verified.outcome is Outcome.TRUSTED
    assert verified.first.trust_anchor == "Verkosto root CA: Sari Äijälä, Tampereen kaupunki"


def _intermediate_chain() -> tuple[TestCa, bytes]:
    """An organisation whose root issues an intermediate CA that issues the worker's .p12 —
    the .p12 holds the intermediate and the root as extra certificates."""
    root = TestCa.create("Hyvinvointialueen juuri-CA")
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.now(UTC)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Allekirjoitus-CA 2")])
    intermediate = (
        x509.CertificateBuilder().subject_name(name).issuer_name(root.certificate.subject)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=1000))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False,
                                     False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                       critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
            root.key.public_key()), critical=False)
        .sign(root.key, hashes.SHA256()))
    worker_key = ec.generate_private_key(ec.SECP256R1())
    worker = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Sari Virtanen")]))
        .issuer_name(name).public_key(worker_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=700))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False,
                                     False), critical=True)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(key.public_key()),
                       critical=False)
        .sign(key, hashes.SHA256()))
    data = pkcs12.serialize_key_and_certificates(
        b"sari", worker_key, worker, [intermediate, root.certificate],
        serialization.BestAvailableEncryption(P12_PASSPHRASE.encode()))
    return root, data


def test_an_imported_p12_keeps_its_chain_in_the_pdf(tmp_path: Path, profiled: Planner) -> None:
    root, data = _intermediate_chain()
    profiled.signing.import_pkcs12(data, P12_PASSPHRASE)
    assert profiled.signing.local_root() is None  # the organisation's PKI, not a local one
    assert profiled.signing.export_root() == root.pem().decode()
    signed = signed_by(profiled.signing.load(P12_PASSPHRASE))
    carried = {c.subject.rfc4514_string() for c in signature_certificates(signed)}
    assert "CN=Allekirjoitus-CA 2" in carried  # without it no path to the root exists
    status = only_anchor(signed, root.certificate)
    assert status.intact and status.valid and status.trusted
    # poppler does not build a path through an intermediate carried in the CMS (issuer
    # unknown): with an organisation CA issuing directly, the CA in NSS is enough
    ca = TestCa.create()
    profiled.signing.import_pkcs12(ca.pkcs12("Sari Virtanen"), P12_PASSPHRASE)
    direct = signed_by(profiled.signing.load(P12_PASSPHRASE))
    assert ca.certificate in signature_certificates(direct)
    path = tmp_path / "signed.pdf"
    path.write_bytes(direct)
    report = pdfsig(path, "-nssdir", str(nss_trusting(tmp_path / "nss", ca.pem())))
    assert "Signature is Valid" in report and "Certificate is Trusted" in report


def test_an_old_self_signed_certificate_still_signs_and_is_trusted_by_its_store(
        profiled: Planner) -> None:
    """A store from before the local root holds a self-signed CA:FALSE certificate (no root,
    no chain): it keeps signing, and its store keeps trusting it."""
    old = create_self_signed("Sari Äijälä", "sosiaalityöntekijä", "", datetime.now(UTC))
    profiled.signing.import_pkcs12(to_pkcs12(old, PASSPHRASE), PASSPHRASE)
    view = profiled.signing.show()
    assert view is not None and view.certificate.self_signed and view.root is None
    signed = signed_by(profiled.signing.load(PASSPHRASE))
    verified = verify_pdf(signed, trust=profiled.trust.certificates(), language="fi")
    assert verified.outcome is Outcome.TRUSTED and verified.first.self_signed
    # its "root" for supervisors is the certificate itself (pyHanko/Adobe trust it so)
    assert profiled.signing.export_root() == old.certificate.public_bytes(
        serialization.Encoding.PEM).decode()
