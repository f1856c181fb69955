"""planner.signing / planner.trust: the signer's certificate imported or created, its passphrase
in the keyring or asked, refusals with messages beside the fields, the key only encrypted."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from sqlmodel import select

from planner.crypto.vault import KeyringVault
from planner.domain import AuditEntry, SigningIdentity
from planner.domain.enums import AgencyKind
from planner.errors import (
    KeyringUnavailable,
    NotFound,
    SignerCertificateNotValid,
    SignerMissing,
    SigningPassphraseRequired,
    SigningPassphraseWrong,
    ValidationFailed,
)
from planner.services import AgencyInput, Planner, ProfileInput
from planner.storage.store import Store
from tests.factories import TZ
from tests.support.keyrings import MemoryKeyring
from tests.support.signing import P12_PASSPHRASE, TestCa, certificate_only_pkcs12

PASSPHRASE = "oma-varmenne-2026"


@pytest.fixture(scope="module")
def ca() -> TestCa:
    return TestCa.create()


@pytest.fixture
def profiled(planner: Planner) -> Planner:
    agency = planner.directory.create_agency(AgencyInput("Tampereen kaupunki",
                                                         AgencyKind.SOCIAL_SERVICES))
    planner.profile.save(ProfileInput("Sari Äijälä", "sosiaalityöntekijä", agency.id))
    return planner


@pytest.fixture
def keyring_planner(keyring_store: Store, memory_keyring: MemoryKeyring) -> Planner:
    planner = Planner(keyring_store, vault=KeyringVault(memory_keyring))
    planner.profile.save(ProfileInput("Sari Äijälä", "sosiaalityöntekijä"))
    return planner


def codes(failure: pytest.ExceptionInfo[ValidationFailed]) -> list[tuple[str, str]]:
    return [(error.field, error.code) for error in failure.value.errors]


# --- creating a self-signed certificate --------------------------------------------------------
def test_a_created_certificate_names_the_profile_and_allows_signing_only(
        profiled: Planner) -> None:
    view = profiled.signing.create_self_signed(PASSPHRASE)
    info = view.certificate
    assert (info.common_name, info.title, info.organisation) == (
        "Sari Äijälä", "sosiaalityöntekijä", "Tampereen kaupunki")
    assert info.subject == "CN=Sari Äijälä,title=sosiaalityöntekijä,O=Tampereen kaupunki"
    # issued by the store's own organisation root, no longer self-signed (issue 16)
    assert not info.self_signed and info.non_repudiation
    assert info.issuer == "CN=Verkosto root CA: Sari Äijälä,O=Tampereen kaupunki"
    assert view.root is not None and view.root.self_signed
    assert 3 * 365 - 2 <= (info.not_after - info.not_before).days <= 3 * 366
    assert len(info.fingerprint.split(":")) == 32 and view.warnings == []
    assert not view.passphrase_kept
    certificate = profiled.signing.certificate()
    assert certificate is not None
    usage = certificate.extensions.get_extension_for_class(x509.KeyUsage)
    assert usage.critical and usage.value.digital_signature and usage.value.content_commitment
    assert not usage.value.key_cert_sign
    assert isinstance(certificate.public_key(), ec.EllipticCurvePublicKey)
    assert profiled.signing.show() == view


def test_rsa_3072_can_be_chosen(profiled: Planner) -> None:
    profiled.signing.create_self_signed(PASSPHRASE, algorithm="rsa-3072")
    certificate = profiled.signing.certificate()
    assert certificate is not None and certificate.public_key().key_size == 3072  # type: ignore[union-attr]


def test_creating_needs_a_profile_and_a_long_enough_passphrase(planner: Planner) -> None:
    with pytest.raises(ValidationFailed) as short:
        planner.signing.create_self_signed("lyhyt")
    assert codes(short) == [("passphrase", "validation.signing_passphrase_short")]
    assert short.value.errors[0].message("fi") == (
        "Varmenteen tunnuslauseen on oltava vähintään 8 merkkiä pitkä.")
    with pytest.raises(ValidationFailed) as no_profile:
        planner.signing.create_self_signed(PASSPHRASE)
    assert codes(no_profile) == [("name", "validation.profile_missing")]
    assert planner.signing.show() is None


# --- importing the organisation's PKCS#12 ------------------------------------------------------
def test_an_organisation_certificate_is_imported_with_its_chain(
        profiled: Planner, ca: TestCa) -> None:
    view = profiled.signing.import_pkcs12(ca.pkcs12("Sari Virtanen"), P12_PASSPHRASE)
    assert view.certificate.common_name == "Sari Virtanen"
    assert "Pirkanmaan hyvinvointialue Test CA" in view.certificate.issuer
    assert not view.certificate.self_signed
    loaded = profiled.signing.load(P12_PASSPHRASE)
    assert loaded.certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value \
        == "Sari Virtanen"
    assert loaded.chain == (ca.certificate,)  # the CA goes into every signature
    with profiled.store.read() as session:
        entries = session.exec(select(AuditEntry).where(
            AuditEntry.entity == "signing_identity")).all()
    assert [entry.detail for entry in entries] == [
        f"imported, SHA-256 {view.certificate.fingerprint}"]


@pytest.mark.parametrize(("data", "passphrase", "expected"), [
    (b"-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n", P12_PASSPHRASE,
     ("file", "validation.pkcs12_unreadable")),
    (b"", P12_PASSPHRASE, ("file", "validation.pkcs12_unreadable")),
    (None, "väärä tunnuslause", ("passphrase", "validation.pkcs12_passphrase_wrong")),
    (None, "", ("passphrase", "validation.required")),
])
def test_unreadable_files_and_wrong_passphrases_are_named_beside_their_field(
        profiled: Planner, ca: TestCa, data: bytes | None, passphrase: str,
        expected: tuple[str, str]) -> None:
    with pytest.raises(ValidationFailed) as failure:
        profiled.signing.import_pkcs12(data if data is not None else ca.pkcs12("X"), passphrase)
    assert codes(failure) == [expected]
    assert profiled.signing.show() is None  # nothing was kept


def test_certificates_that_cannot_sign_now_are_refused(profiled: Planner, ca: TestCa) -> None:
    now = datetime.now(UTC)
    cases = {
        "validation.certificate_expired": ca.pkcs12(
            "Vanha", not_before=now - timedelta(days=800), not_after=now - timedelta(days=2)),
        "validation.certificate_not_yet_valid": ca.pkcs12(
            "Tuleva", not_before=now + timedelta(days=5), not_after=now + timedelta(days=400)),
        "validation.certificate_key_usage": ca.pkcs12("Salaus", sign=False,
                                                      non_repudiation=False),
        "validation.pkcs12_no_key": certificate_only_pkcs12(ca),
    }
    for code, data in cases.items():
        with pytest.raises(ValidationFailed) as failure:
            profiled.signing.import_pkcs12(data, P12_PASSPHRASE)
        assert codes(failure) == [("file", code)], code
    with pytest.raises(ValidationFailed) as expired:
        profiled.signing.import_pkcs12(cases["validation.certificate_expired"], P12_PASSPHRASE)
    expiry = (now - timedelta(days=2)).astimezone(TZ)  # the message's date is Helsinki's
    assert expired.value.errors[0].message("fi") == (
        f"Varmenne on vanhentunut ({expiry.day}.{expiry.month}.{expiry.year}). "
        "Pyydä organisaatioltasi uusi varmenne.")
    assert profiled.signing.show() is None


def test_digital_signature_without_non_repudiation_is_accepted_with_a_warning(
        profiled: Planner, ca: TestCa) -> None:
    view = profiled.signing.import_pkcs12(ca.pkcs12("Vain Allekirjoitus", non_repudiation=False),
                                          P12_PASSPHRASE)
    assert not view.certificate.non_repudiation
    assert [w.code for w in view.warnings] == ["warning.certificate_no_non_repudiation"]


# --- using it: the passphrase asked or from the keyring -------------------------------------
def test_loading_tells_each_failure_apart(profiled: Planner, store: Store) -> None:
    with pytest.raises(SignerMissing) as missing:
        profiled.signing.load(PASSPHRASE)
    assert missing.value.exit_code == 55
    profiled.signing.create_self_signed(PASSPHRASE)
    with pytest.raises(SigningPassphraseRequired) as required:
        profiled.signing.load()  # no keyring on this machine: asked each time
    assert required.value.exit_code == 56
    with pytest.raises(SigningPassphraseWrong):
        profiled.signing.load("ei tämä")
    assert profiled.signing.load(PASSPHRASE).certificate == profiled.signing.certificate()
    four_years_on = Planner(store, clock=lambda: datetime.now(UTC) + timedelta(days=4 * 365))
    with pytest.raises(SignerCertificateNotValid) as expired:
        four_years_on.signing.load(PASSPHRASE)
    assert expired.value.exit_code == 55
    assert four_years_on.signing.show().warnings[0].code == (  # type: ignore[union-attr]
        "warning.certificate_expires_soon")


def test_the_passphrase_is_kept_in_the_keyring_only_when_asked(
        keyring_planner: Planner, memory_keyring: MemoryKeyring, ca: TestCa) -> None:
    signing = keyring_planner.signing
    signing.create_self_signed(PASSPHRASE)
    assert not signing.passphrase_kept()
    assert all("/signing/" not in account for _service, account in memory_keyring.entries)
    signing.remember_passphrase(PASSPHRASE)
    assert signing.passphrase_kept()
    assert signing.load().certificate == signing.certificate()  # nothing asked
    [account] = [a for _s, a in memory_keyring.entries if "/signing/" in a]
    with pytest.raises(SigningPassphraseWrong):
        signing.remember_passphrase("väärä tunnuslause")  # checked before it is kept
    # a new certificate replaces the old one and its kept passphrase
    signing.import_pkcs12(ca.pkcs12("Sari Virtanen"), P12_PASSPHRASE, remember=True)
    accounts = [a for _s, a in memory_keyring.entries if "/signing/" in a]
    assert account not in accounts and len(accounts) == 1
    assert signing.load().certificate.subject.rfc4514_string().startswith("CN=Sari Virtanen")
    signing.forget_passphrase()
    assert not signing.passphrase_kept()


def test_remembering_without_a_keyring_is_refused_clearly(profiled: Planner) -> None:
    assert not profiled.signing.keyring_usable()
    with pytest.raises(KeyringUnavailable):
        profiled.signing.create_self_signed(PASSPHRASE, remember=True)
    assert profiled.signing.show() is None  # refused before anything was kept


def test_the_private_key_is_only_kept_encrypted(
        profiled: Planner, ca: TestCa, data_dir: Path) -> None:
    profiled.signing.import_pkcs12(ca.pkcs12("Sari Virtanen"), P12_PASSPHRASE)
    loaded = profiled.signing.load(P12_PASSPHRASE)
    assert isinstance(loaded.key, ec.EllipticCurvePrivateKey)
    der = loaded.key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                   serialization.NoEncryption())
    scalar = loaded.key.private_numbers().private_value.to_bytes(32, "big")
    with profiled.store.read() as session:
        row = session.get(SigningIdentity, 1)
        assert row is not None and row.owner is None  # a local store's one row (0016)
        blob, certificate = row.pkcs12, row.certificate
    # inside the store the PKCS#12 is still encrypted with the certificate's passphrase
    assert der not in blob and scalar not in blob and b"PRIVATE KEY" not in blob
    assert "PRIVATE" not in certificate and certificate.startswith("-----BEGIN CERTIFICATE")
    profiled.close()
    raw = b"".join(p.read_bytes() for p in data_dir.rglob("*") if p.is_file())
    assert b"PRIVATE KEY" not in raw and der not in raw and scalar not in raw
    assert b"Sari Virtanen" not in raw  # and the store file itself is SQLCipher-encrypted


# --- the timestamp server setting ----------------------------------------------------------------
def test_the_timestamp_server_is_off_by_default_and_https_only(planner: Planner) -> None:
    assert planner.signing.timestamp_url() == ""
    assert planner.signing.set_timestamp_url(" https://tsa.example.fi/tsr ") == (
        "https://tsa.example.fi/tsr")
    assert planner.signing.timestamp_url() == "https://tsa.example.fi/tsr"
    for wrong in ("http://tsa.example.fi/tsr", "tsa.example.fi", "https://", "ftp://x",
                  "https://user:salasana@tsa.example.fi/"):
        with pytest.raises(ValidationFailed) as failure:
            planner.signing.set_timestamp_url(wrong)
        assert codes(failure) == [("timestamp_url", "validation.timestamp_url_invalid")]
    assert planner.signing.set_timestamp_url("") == ""
    assert planner.signing.timestamp_url() == ""


# --- trust roots -------------------------------------------------------------------------------
def test_trusted_certificates_are_added_once_listed_and_removed(
        profiled: Planner, ca: TestCa) -> None:
    other = TestCa.create("Toinen Test CA")
    added = profiled.trust.add(ca.pem() + other.pem())
    assert [info.common_name for info in added] == ["Pirkanmaan hyvinvointialue Test CA",
                                                    "Toinen Test CA"]
    der = other.certificate.public_bytes(serialization.Encoding.DER)
    profiled.trust.add(der)  # DER works too; already there: kept once
    assert profiled.trust.configured() == [ca.certificate, other.certificate]
    profiled.signing.create_self_signed(PASSPHRASE)
    own = profiled.signing.local_root()  # the store's root: what it issued is the user's own
    assert own is not None and own.issuer == own.subject
    assert profiled.trust.certificates() == [ca.certificate, other.certificate, own]
    listed = profiled.trust.list()
    assert [row.own for row in listed] == [False, False, True]
    profiled.trust.remove(added[1].fingerprint)
    assert profiled.trust.configured() == [ca.certificate]
    with pytest.raises(NotFound):
        profiled.trust.remove(added[1].fingerprint)
    with pytest.raises(ValidationFailed) as failure:
        profiled.trust.add(b"ei varmenne")
    assert codes(failure) == [("file", "validation.trust_file_invalid")]


def test_migration_0016_down_and_up_keeps_the_local_stores_one_identity(
        profiled: Planner) -> None:
    from alembic import command

    from planner.storage import migrate

    made = profiled.signing.create_self_signed(PASSPHRASE)
    for revision, step in (("0015", command.downgrade), ("head", command.upgrade)):
        with profiled.store.engine.begin() as conn:
            step(migrate.alembic_config(conn), revision)
    with profiled.store.read() as session:
        rows = session.exec(select(SigningIdentity)).all()
        assert [(row.id, row.owner) for row in rows] == [(1, None)]
    loaded = profiled.signing.load(PASSPHRASE)
    assert loaded.certificate == profiled.signing.certificate()
    assert made.certificate.fingerprint == rows[0].fingerprint
