"""Signing PDFs (PAdES, certifying, visible stamp) and verifying them, checked against poppler's
pdfsig as an independent verifier and against pyHanko's own validation."""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import replace
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path

import pytest
from cryptography import x509
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.fields import MDPPerm
from pyhanko.sign.validation import SignatureCoverageLevel, validate_pdf_signature
from pyhanko.sign.validation.settings import KeyUsageConstraints
from pyhanko_certvalidator import ValidationContext

from exports.signing import Coverage, Outcome, StampText, sign_pdf, verify_pdf
from exports.signing.stamp import draw_stamp
from planner.crypto.certificates import fingerprint
from planner.errors import (
    PdfDamaged,
    PdfNotSigned,
    PdfUnreadable,
    SigningError,
    TimestampFailed,
    VerkostoError,
)
from planner.services import Planner, ProfileInput
from planner.services.signing_identity import LoadedSigner
from tests.support.signing import P12_PASSPHRASE, TestCa, append_update, make_pdf, pdfsig

SIGNER_PASSPHRASE = "allekirjoitus-2026"
NAME = "Сергей Äijälä"


@pytest.fixture
def own(planner: Planner) -> LoadedSigner:
    """A self-signed identity created in the store, as Settings does it."""
    planner.profile.save(ProfileInput(NAME, "sosiaalityöntekijä"))
    planner.signing.create_self_signed(SIGNER_PASSPHRASE)
    return planner.signing.load(SIGNER_PASSPHRASE)


@pytest.fixture(scope="module")
def ca() -> TestCa:
    return TestCa.create()


@pytest.fixture
def issued(planner: Planner, ca: TestCa) -> LoadedSigner:
    """The organisation's PKCS#12, issued by the test CA and imported into the store."""
    planner.signing.import_pkcs12(ca.pkcs12("Sari Virtanen"), P12_PASSPHRASE)
    return planner.signing.load(P12_PASSPHRASE)


def old_self_signed(name: str = NAME) -> LoadedSigner:
    """The CA:FALSE self-signed certificate Verkosto created before the local root: stores
    still hold them, and the summaries signed with them are still verified."""
    from planner.crypto.certificates import create_self_signed

    contents = create_self_signed(name, "sosiaalityöntekijä", "", datetime.now(UTC))
    return LoadedSigner(contents.key, contents.certificate)


def stamp(name: str = NAME) -> StampText:
    return StampText(name, "sosiaalityöntekijä", "Tampereen kaupunki",
                     datetime(2026, 11, 25, 12, 5, tzinfo=UTC))


def sign(identity: LoadedSigner, pdf: bytes | None = None) -> bytes:
    return sign_pdf(pdf or make_pdf("Verkostoneuvottelu 25.11.2026", "Päätökset: äöå"),
                    identity, stamp=stamp(identity.certificate.subject.rfc4514_string()))


def write(tmp_path: Path, data: bytes, name: str = "signed.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def pyhanko_status(data: bytes, trust: list[x509.Certificate]):  # type: ignore[no-untyped-def]
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives.serialization import Encoding

    roots = [asn1_x509.Certificate.load(c.public_bytes(Encoding.DER)) for c in trust]
    signature = PdfFileReader(BytesIO(data)).embedded_signatures[0]
    return signature, validate_pdf_signature(
        signature, ValidationContext(trust_roots=roots, allow_fetching=False),
        key_usage_settings=KeyUsageConstraints(key_usage={"non_repudiation"}))


# --- signing ---------------------------------------------------------------------------------
def test_self_signed_signature_is_pades_certifying_and_whole_file(
        tmp_path: Path, own: LoadedSigner, planner: Planner) -> None:
    signed = sign(own)
    report = pdfsig(write(tmp_path, signed))
    assert "Signature is Valid" in report
    assert "Total document signed" in report
    assert "ETSI.CAdES.detached" in report
    assert f"Signer Certificate Common Name: {NAME}" in report
    signature, status = pyhanko_status(signed, [own.certificate])
    assert status.intact and status.valid and status.trusted and status.bottom_line
    assert status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    # certified: only form filling and signing allowed, so co-signers can sign after
    assert signature.docmdp_level == MDPPerm.FILL_FORMS
    assert "/ETSI.CAdES.detached" in str(signature.sig_object["/SubFilter"])
    # the store trusts its own user's certificate
    verified = verify_pdf(signed, trust=planner.trust.certificates())
    assert verified.outcome is Outcome.TRUSTED and verified.exit_code == 0
    assert verified.first.signer_name == NAME and not verified.first.self_signed
    assert verified.first.trust_anchor == f"Verkosto root CA: {NAME}"  # the store's own root
    assert verified.first.certification == "fill_forms"
    assert verified.coverage is Coverage.ENTIRE_FILE and not verified.modified
    assert verified.bottom_line and verified.docmdp_ok


def test_organisation_certificate_is_trusted_through_its_ca(
        tmp_path: Path, issued: LoadedSigner, ca: TestCa) -> None:
    signed = sign(issued)
    report = pdfsig(write(tmp_path, signed))
    assert "Signature is Valid" in report and "Total document signed" in report
    _signature, status = pyhanko_status(signed, [ca.certificate])
    assert status.intact and status.valid and status.trusted
    assert status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    verified = verify_pdf(signed, trust=[ca.certificate], language="fi")
    assert verified.outcome is Outcome.TRUSTED
    assert (verified.first.signer_name, verified.first.signer_organisation) == (
        "Sari Virtanen", "Pirkanmaan hyvinvointialue")
    assert "Pirkanmaan hyvinvointialue Test CA" in verified.first.trust_anchor
    assert not verified.first.self_signed
    assert verified.lines()[-1] == "Tulos: allekirjoitus on pätevä ja luotettu."


def test_without_a_trust_root_the_signature_is_intact_but_untrusted(
        issued: LoadedSigner, own: LoadedSigner) -> None:
    for identity in (issued, own):
        verified = verify_pdf(sign(identity))
        assert verified.intact and not verified.trusted and not verified.modified
        assert verified.outcome is Outcome.UNTRUSTED and verified.exit_code == 50
    lines = verify_pdf(sign(old_self_signed()), language="fi").lines()
    assert any("Adobe Reader" in line and "Trusted Identities" in line for line in lines)
    assert lines[-1].startswith("Tulos: asiakirja on eheä, mutta allekirjoittajaa")


def test_another_ca_is_not_trusted_for_this_signer(issued: LoadedSigner) -> None:
    other = TestCa.create("Toinen CA")
    assert verify_pdf(sign(issued), trust=[other.certificate]).outcome is Outcome.UNTRUSTED


@pytest.mark.skipif(shutil.which("certutil") is None and not os.environ.get("CI"),
                    reason="NSS certutil (libnss3-tools) needed for pdfsig -nssdir")
def test_pdfsig_trusts_the_ca_from_an_nss_database(
        tmp_path: Path, issued: LoadedSigner, ca: TestCa) -> None:
    nss = tmp_path / "nss"
    nss.mkdir()
    subprocess.run(["certutil", "-N", "-d", f"sql:{nss}", "--empty-password"], check=True)
    (tmp_path / "ca.pem").write_bytes(ca.pem())
    subprocess.run(["certutil", "-A", "-d", f"sql:{nss}", "-n", "test-ca", "-t", "CT,C,C",
                    "-i", str(tmp_path / "ca.pem")], check=True)
    report = pdfsig(write(tmp_path, sign(issued)), "-nssdir", f"sql:{nss}")
    assert "Signature is Valid" in report and "Certificate is Trusted" in report


def test_one_changed_byte_inside_the_signed_range_breaks_the_signature(
        tmp_path: Path, own: LoadedSigner, planner: Planner) -> None:
    signed = sign(own)
    at = signed.index(b"Verkostoneuvottelu 25.11.2026")
    tampered = signed[:at] + b"W" + signed[at + 1:]
    assert len(tampered) == len(signed)
    verified = verify_pdf(tampered, trust=planner.trust.certificates(), language="fi")
    assert not verified.intact and verified.outcome is Outcome.BROKEN
    assert verified.exit_code == 52
    assert "Rikki: allekirjoitettua sisältöä on muutettu" in "\n".join(verified.lines())
    poppler = pdfsig(write(tmp_path, tampered))
    assert "Digest Mismatch" in poppler and "Signature is Valid" not in poppler


@pytest.mark.parametrize("kind", ["info", "annotation"])
def test_an_update_appended_after_signing_is_reported_as_a_modification(
        tmp_path: Path, own: LoadedSigner, planner: Planner, kind: str) -> None:
    signed = sign(own)
    updated = append_update(signed, kind)
    assert updated.startswith(signed)  # the signed bytes are untouched: only the end grew
    verified = verify_pdf(updated, trust=planner.trust.certificates(), language="fi")
    check = verified.first
    assert check.intact and check.valid  # its own revision still hashes right …
    assert check.coverage is Coverage.ENTIRE_REVISION and check.revisions_after == 1
    assert verified.modified and verified.outcome is Outcome.MODIFIED
    assert verified.exit_code == 51 and not verified.bottom_line
    text = "\n".join(verified.lines())
    assert "uusia versioita: 1" in text and "Tulos: asiakirjaa on muutettu" in text
    if kind == "annotation":  # the signer allowed only signatures: a new note breaks DocMDP
        assert check.docmdp_ok is False and "salli vain lisäallekirjoitukset" in text
    else:
        # pyHanko's diff policy deems new document info harmless (its bottom line stays
        # true); the report still tells the reader that the file was changed afterwards
        assert check.docmdp_ok is True and check.bottom_line
    assert "Total document signed" not in pdfsig(write(tmp_path, updated))


def test_signing_an_already_certified_pdf_is_refused(own: LoadedSigner) -> None:
    with pytest.raises(SigningError):
        sign(own, sign(own))  # DocMDP "no changes" forbids a second signature too


def test_a_multi_page_pdf_is_stamped_on_its_last_page(own: LoadedSigner) -> None:
    signed = sign(own, make_pdf("Sivu", pages=3))
    signature = PdfFileReader(BytesIO(signed)).embedded_signatures[0]
    widget = signature.sig_field
    page = widget["/P"].get_object() if "/P" in widget else None
    pages = PdfFileReader(BytesIO(signed)).root["/Pages"]["/Kids"]
    assert page is not None and page == pages[-1].get_object()
    x1, y1, x2, y2 = (float(v) for v in widget["/Rect"])
    assert x2 > 500 and y1 < 100 and (x2 - x1) > 200  # bottom right, the summary's place


def test_the_stamp_prints_every_name_with_the_unicode_font(tmp_path: Path) -> None:
    text = StampText("Сергей Äijälä-Ŋuolja", "sosiaaliohjaaja", "Kela",
                     datetime(2026, 11, 25, 12, 5, tzinfo=UTC))
    path = write(tmp_path, draw_stamp(text, 255, 85), "stamp.pdf")
    printed = subprocess.run(["pdftotext", str(path), "-"], capture_output=True,
                             text=True, check=True).stdout
    assert "Сергей Äijälä-Ŋuolja" in printed
    assert "sosiaaliohjaaja, Kela" in printed
    assert "25.11.2026 klo 14.05" in printed  # Helsinki time, the Finnish way
    assert "Sähköisesti allekirjoittanut" in printed


def test_a_timestamp_from_the_configured_server_confirms_the_signing_time(
        tmp_path: Path, own: LoadedSigner, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.support.tsa import timestamp_server

    with timestamp_server(tmp_path / "tsa") as tsa:
        monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(tsa.ca_file))
        signed = sign_pdf(make_pdf(), own, stamp=stamp(), timestamp_url=tsa.url)
    assert tsa.requests  # (pyHanko first asks one timestamp to learn its size)
    assert "Signature is Valid" in pdfsig(write(tmp_path, signed))
    trusted = verify_pdf(signed, trust=[own.certificate, tsa.authority.certificate],
                         language="fi")
    assert trusted.first.timestamp_trusted is True and trusted.outcome is Outcome.TRUSTED
    assert trusted.signing_time is not None
    assert abs((trusted.signing_time - datetime.now(UTC)).total_seconds()) < 120
    assert any("aikaleimapalvelun vahvistama" in line for line in trusted.lines())
    # without the TSA's CA the time is not confirmed, and the signature not fully trusted
    unconfirmed = verify_pdf(signed, trust=[own.certificate], language="fi")
    assert unconfirmed.first.timestamp_trusted is False
    assert any("allekirjoittajan koneen kello" in line for line in unconfirmed.lines())


def test_an_unreachable_timestamp_server_signs_nothing(own: LoadedSigner) -> None:
    with pytest.raises(TimestampFailed) as raised:
        sign_pdf(make_pdf(), own, stamp=stamp(), timestamp_url="https://127.0.0.1:9/tsr")
    assert raised.value.exit_code == 57
    assert raised.value.message("fi") == (
        "Aikaleimapalvelu https://127.0.0.1:9/tsr ei antanut aikaleimaa (yhteys evättiin). "
        "Asiakirjaa ei allekirjoitettu.")


# --- what is not a signed PDF ----------------------------------------------------------------
@pytest.mark.parametrize(("data", "error", "text"), [
    (b"", PdfUnreadable, "Tiedosto ei ole PDF-asiakirja."),
    (b"Hei, t\xc3\xa4m\xc3\xa4 on tekstitiedosto", PdfUnreadable, "ei ole PDF"),
    (b"%PDF-1.7\n%garbage without objects", PdfDamaged, "vioittunut"),
])
def test_files_that_are_not_readable_pdfs_get_a_translated_error(
        data: bytes, error: type[VerkostoError], text: str) -> None:
    with pytest.raises(error) as raised:
        verify_pdf(data)
    assert text in raised.value.message("fi")
    assert raised.value.exit_code == 54


def test_only_readable_pdfs_are_signed(own: LoadedSigner) -> None:
    with pytest.raises(PdfUnreadable):
        sign_pdf(b"Ei PDF", own, stamp=stamp())
    with pytest.raises(PdfDamaged):
        sign_pdf(b"%PDF-1.7\n1 0 obj\n<<", own, stamp=stamp())


def test_a_truncated_signed_pdf_and_an_unsigned_one(own: LoadedSigner) -> None:
    signed = sign(own)
    with pytest.raises((PdfDamaged, PdfNotSigned)) as raised:
        verify_pdf(signed[: len(signed) // 2])
    assert raised.value.exit_code in (53, 54)
    with pytest.raises(PdfNotSigned) as unsigned:
        verify_pdf(make_pdf())
    assert unsigned.value.exit_code == 53
    assert unsigned.value.message("fi") == "PDF-asiakirjassa ei ole sähköistä allekirjoitusta."


# --- never a crash, whatever the bytes -------------------------------------------------------
@pytest.fixture(scope="module")
def signed_sample() -> tuple[bytes, x509.Certificate]:
    from planner.crypto.certificates import create_self_signed

    made = create_self_signed("Fuzz Testaaja", "", "", datetime.now(UTC))
    signed = sign_pdf(make_pdf(), LoadedSigner(made.key, made.certificate), stamp=stamp())
    return signed, made.certificate


FUZZ = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])


@FUZZ
@given(data=st.binary(max_size=2000))
def test_random_bytes_give_a_report_or_a_translated_error(data: bytes) -> None:
    _verify_never_crashes(b"%PDF-1.7\n" + data)
    _verify_never_crashes(data)


@FUZZ
@given(changes=st.lists(st.tuples(st.integers(min_value=0), st.integers(0, 255)),
                        min_size=1, max_size=8),
       cut=st.none() | st.integers(min_value=1))
def test_damaged_signed_pdfs_give_a_report_or_a_translated_error(
        signed_sample: tuple[bytes, x509.Certificate], changes: list[tuple[int, int]],
        cut: int | None) -> None:
    original, certificate = signed_sample
    data = bytearray(original)
    for at, value in changes:
        data[at % len(data)] = value
    if cut is not None:
        data = data[: cut % len(data)]
    report = _verify_never_crashes(bytes(data), [certificate])
    if report is not None and report.outcome is Outcome.TRUSTED:
        # only bytes outside the signed ranges (inside the signature value) may have changed
        start, end = _signature_hole(original)
        assert len(data) == len(original)
        assert data[:start] == original[:start] and data[end:] == original[end:]


def _signature_hole(signed: bytes) -> tuple[int, int]:
    import re

    found = re.search(rb"/ByteRange\s*\[\s*0\s+(\d+)\s+(\d+)", signed)
    assert found is not None
    return int(found.group(1)), int(found.group(2))


def _verify_never_crashes(data: bytes,  # type: ignore[no-untyped-def]
                          trust: list[x509.Certificate] | None = None):
    try:
        report = verify_pdf(data, trust=trust or [], language="fi")
    except (PdfUnreadable, PdfNotSigned) as error:
        assert error.message("fi")
        return None
    assert report.lines()[-1].startswith("Tulos:")
    assert report.exit_code in (0, 50, 51, 52)
    return report


def test_a_report_lists_every_field_as_json(own: LoadedSigner, planner: Planner) -> None:
    data = verify_pdf(sign(own), trust=planner.trust.certificates()).to_json()
    assert data["outcome"] == "trusted" and data["exit_code"] == 0
    first = data["signatures"][0]
    assert first["signer_name"] == NAME and first["coverage"] == "entire_file"
    assert first["signer_fingerprint"] == fingerprint(own.certificate)
    assert first["signing_time"].endswith("+02:00")  # Helsinki time in winter
    assert replace(verify_pdf(sign(own)).first, trusted=True).outcome is Outcome.TRUSTED
