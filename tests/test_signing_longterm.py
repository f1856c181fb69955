"""PAdES B-T and B-LT against a real test PKI on loopback (certomancer's animator: a TSA, an
OCSP responder and CRLs over HTTP, tests/support/pki.py), checked with pyHanko's validation,
the DSS's contents and poppler's pdfsig; and what `verkosto verify` tells of a signature made
with a certificate already revoked or expired (issue 16)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from asn1crypto import ocsp as asn1_ocsp
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.dss import DocumentSecurityStore
from pyhanko.sign.validation.settings import KeyUsageConstraints
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.errors import RevokedError
from pytestqt.qtbot import QtBot

from exports.signing import Outcome, StampText, sign_pdf, verify_pdf
from exports.signing.sign import sign_pdf_with_level
from planner.errors import SignerCertificateRevoked, TimestampFailed
from planner.services import Planner
from tests.support.pki import Pki, loopback_pki
from tests.support.signing import TestCa, make_pdf, pdfsig
from tests.test_cli import verkosto

KEY_USAGE = KeyUsageConstraints(key_usage={"digital_signature", "non_repudiation"},
                                match_all_key_usages=False)


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pki]:
    with loopback_pki(tmp_path_factory.mktemp("pki")) as running, \
            pytest.MonkeyPatch.context() as patch:
        patch.setenv("REQUESTS_CA_BUNDLE", str(running.tls_ca_file))  # the TSA's TLS test CA
        yield running


def stamp() -> StampText:
    return StampText("Sanna Sosiaalityöntekijä", "sosiaalityöntekijä",
                     "Pirkanmaan hyvinvointialue", datetime.now(UTC))


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


@pytest.fixture(scope="module")
def long_term(pki: Pki) -> bytes:
    before = len(pki.hits)
    signed = sign_pdf_with_level(make_pdf(), pki.identity(), stamp=stamp(),
                                 timestamp_url=pki.tsa_url)
    assert signed.level == "B-LT" and signed.lt_missing is None
    fetched = pki.hits[before:]
    assert any("/ocsp/" in hit for hit in fetched) and any("/tsa/" in hit for hit in fetched)
    return signed.data


def test_with_a_timestamp_server_the_signature_is_b_lt_with_the_dss_filled(
        pki: Pki, long_term: bytes, tmp_path: Path) -> None:
    reader = PdfFileReader(BytesIO(long_term))
    dss = DocumentSecurityStore.read_dss(reader)
    context = dss.as_validation_context({"trust_roots": [pki.arch.get_cert("root")],
                                         "allow_fetching": False,
                                         "revocation_mode": "hard-fail"})
    responses = [r["response_bytes"]["response"].parsed for r in context.ocsps]
    serials = {single["cert_id"]["serial_number"].native for basic in responses
               for single in basic["tbs_response_data"]["responses"]}
    assert pki.certificate("signer").serial_number in serials  # the signer's OCSP "good"
    assert context.crls  # and the root's CRL for the intermediate
    names = {c.subject.native.get("common_name") for c in context.certificate_registry}
    assert {"Verkosto Test Intermediate", "Verkosto Test Root", "Verkosto Test TSA"} <= names
    # pyHanko, offline and demanding revocation information, finds it all in the file
    status = validate_pdf_signature(reader.embedded_signatures[0], context,
                                    ts_validation_context=context,
                                    key_usage_settings=KEY_USAGE)
    assert status.bottom_line and status.timestamp_validity is not None
    assert "Signature is Valid" in pdfsig(write(tmp_path, "lt.pdf", long_term))

    report = verify_pdf(long_term, trust=[pki.certificate("root")], language="fi")
    check = report.first
    assert (check.level, check.timestamp_authority) == (
        "B-LT", "Verkosto Test TSA (Pirkanmaan hyvinvointialue)")
    # the DSS update after the certifying signature is not a modification
    assert report.outcome is Outcome.TRUSTED and check.revisions_after == 1
    lines = report.lines()
    assert "Aikaleiman myöntäjä: Verkosto Test TSA (Pirkanmaan hyvinvointialue)" in lines
    assert any(line.startswith("Allekirjoituksen taso: PAdES B-LT") for line in lines)
    assert any(line.startswith("Eheä:") and "vain varmenteiden tarkistustiedot" in line
               for line in lines)
    assert not any("kattaa koko tiedoston" in line for line in lines)  # it does not: the DSS


@pytest.mark.parametrize("kind", ["info", "annotation"])
def test_content_added_after_a_b_lt_signature_is_still_a_modification(
        pki: Pki, long_term: bytes, kind: str) -> None:
    """Only the DSS may follow the signature: a new title (which pyHanko's diff policy deems
    harmless) or a note over the page after it is reported as a change."""
    from tests.support.signing import append_update

    report = verify_pdf(append_update(long_term, kind), trust=[pki.certificate("root")])
    assert report.outcome is Outcome.MODIFIED and report.exit_code == 51
    assert not report.first.validation_updates_only


@pytest.mark.parametrize("slipped_in", [None, "annotation", "info"])
def test_a_co_signature_after_the_b_lt_update_is_not_a_change_but_what_slips_in_is(
        pki: Pki, long_term: bytes, slipped_in: str | None) -> None:
    """The author's B-LT signature is followed by its DSS update and then a colleague's
    approval: the DSS is validation data, the colleague a co-signer, so the author's signature
    stands untouched. A note or a new title put in before the co-signature is a change."""
    from exports.signing.sign import cosign_pdf
    from planner.services.signing_identity import LoadedSigner
    from tests.support.signing import append_update

    colleague_ca = TestCa.create()
    key, certificate = colleague_ca.issue("Kalle Kelaasiantuntija", organisation="Kela")
    colleague = LoadedSigner(key=key, certificate=certificate, chain=(colleague_ca.certificate,))
    before = long_term if slipped_in is None else append_update(long_term, slipped_in)
    both = cosign_pdf(before, colleague, stamp=stamp())
    report = verify_pdf(both, trust=[pki.certificate("root"), colleague_ca.certificate],
                        language="fi")
    author, approval = report.signatures
    assert author.level == "B-LT" and author.later_signatures == 1
    if slipped_in is None:
        assert author.validation_updates == 1 and author.changes_after == 0
        assert report.outcome is Outcome.TRUSTED and report.exit_code == 0
        assert any(line.startswith("Eheä") for line in report.lines())
    else:
        assert author.changes_after == 1 and author.modified
        assert report.outcome is Outcome.MODIFIED and report.exit_code == 51
    assert approval.outcome is Outcome.TRUSTED


def test_a_co_signer_with_an_organisation_certificate_signs_b_lt_too(
        pki: Pki, long_term: bytes, tmp_path: Path) -> None:
    """Both the author and a colleague sign with certificates of a CA that publishes OCSP:
    both signatures carry their revocation information, and neither update is a change."""
    from exports.signing.cosigning import cosign

    before = len(pki.hits)
    both = cosign(long_term, pki.identity(), datetime.now(UTC), timestamp_url=pki.tsa_url)
    assert (both.level, both.lt_missing) == ("B-LT", None)
    assert any("/ocsp/" in hit for hit in pki.hits[before:])
    report = verify_pdf(both.data, trust=[pki.certificate("root")], language="en")
    assert [s.level for s in report.signatures] == ["B-LT", "B-LT"]
    assert report.outcome is Outcome.TRUSTED, report.lines()
    author = report.first
    assert (author.later_signatures, author.validation_updates, author.changes_after) == (1, 2, 0)
    told = pdfsig(write(tmp_path, "two.pdf", both.data))
    assert told.count("Signature is Valid") == 2, told


def test_without_revocation_information_the_signature_stays_b_t_and_says_why(
        pki: Pki, tmp_path: Path) -> None:
    # an organisation CA that publishes no OCSP or CRL address: nothing to fetch
    plain = TestCa.create()
    key, certificate = plain.issue("Olli Organisaatio")
    from planner.services.signing_identity import LoadedSigner

    identity = LoadedSigner(key=key, certificate=certificate, chain=(plain.certificate,))
    before = len(pki.hits)
    signed = sign_pdf_with_level(make_pdf(), identity, stamp=stamp(), timestamp_url=pki.tsa_url)
    assert (signed.level, signed.lt_missing) == ("B-T", "signing.lt_no_service")
    assert all("/tsa/" in hit for hit in pki.hits[before:])  # only the timestamp was asked
    report = verify_pdf(signed.data, trust=[plain.certificate, pki.certificate("root")],
                        language="sv")
    assert report.first.level == "B-T" and report.outcome is Outcome.TRUSTED
    assert "Underskriftens nivå: PAdES B-T (tidsstämplad)" in report.lines()
    assert "Signature is Valid" in pdfsig(write(tmp_path, "bt.pdf", signed.data))
    # without a timestamp server: B-B
    assert verify_pdf(sign_pdf(make_pdf(), identity, stamp=stamp()),
                      language="en").first.level == "B-B"


def test_an_ocsp_responder_that_is_down_leaves_a_b_t_signature(tmp_path: Path,
                                                              pki: Pki) -> None:
    with loopback_pki(tmp_path / "other") as other:
        identity = other.identity()
        other.stop_http()  # OCSP and CRLs gone; the other PKI's TSA still answers
        signed = sign_pdf_with_level(make_pdf(), identity, stamp=stamp(),
                                     timestamp_url=pki.tsa_url)
    assert (signed.level, signed.lt_missing) == ("B-T", "signing.lt_unavailable")
    assert verify_pdf(signed.data).first.level == "B-T"


def test_a_revoked_certificate_signs_nothing(pki: Pki) -> None:
    with pytest.raises(SignerCertificateRevoked) as raised:
        sign_pdf(make_pdf(), pki.identity("revoked"), stamp=stamp(), timestamp_url=pki.tsa_url)
    assert raised.value.exit_code == 55
    assert raised.value.message("fi").startswith("Allekirjoitusvarmenne on peruttu")


def test_a_timestamp_server_that_is_down_signs_nothing(tmp_path: Path) -> None:
    with loopback_pki(tmp_path / "down") as down:
        identity, url = down.identity(), down.tsa_url
    with pytest.raises(TimestampFailed) as raised:
        sign_pdf_with_level(make_pdf(), identity, stamp=stamp(), timestamp_url=url)
    assert raised.value.exit_code == 57
    assert "ei antanut aikaleimaa (yhteys evättiin). Asiakirjaa ei allekirjoitettu." in (
        raised.value.message("fi"))


def _revoked_signature(pki: Pki) -> bytes:
    """What another tool (or an older Verkosto) could make: a B-T signature with the revoked
    key, then the CA's real OCSP answer for it put into the DSS."""
    signed = sign_pdf_with_level(make_pdf(), pki.identity("revoked"), stamp=stamp(),
                                 timestamp_url=pki.tsa_url)
    assert signed.level == "B-T"
    context = ValidationContext(trust_roots=[pki.arch.get_cert("root")],
                                other_certs=[pki.arch.get_cert("interm")],
                                allow_fetching=True, revocation_mode="soft-fail")
    from pyhanko_certvalidator import CertificateValidator

    validator = CertificateValidator(pki.arch.get_cert("revoked"), validation_context=context)
    with pytest.raises(RevokedError):
        asyncio.run(validator.async_validate_path())
    assert context.ocsps and all(isinstance(r, asn1_ocsp.OCSPResponse) for r in context.ocsps)
    out = BytesIO(signed.data)
    sig = PdfFileReader(out).embedded_signatures[0]
    DocumentSecurityStore.add_dss(out, sig.pkcs7_content, ocsps=context.ocsps,
                                  crls=context.crls)
    return out.getvalue()


def test_a_signature_made_with_a_revoked_certificate_is_reported_so(
        pki: Pki, monkeypatch: pytest.MonkeyPatch) -> None:
    # sign_pdf refuses a revoked key; let this one through to get such a file
    monkeypatch.setattr("exports.signing.sign._fetching_context", lambda identity: None)
    data = _revoked_signature(pki)
    report = verify_pdf(data, trust=[pki.certificate("root")], language="fi")
    check = report.first
    assert check.certificate_state == "revoked" and check.certificate_state_time is not None
    assert check.certificate_state_time < check.signing_time  # type: ignore[operator]
    assert report.outcome is Outcome.UNTRUSTED and report.exit_code == 50
    assert any(line.startswith("Varmenne oli peruttu allekirjoitettaessa")
               for line in report.lines())
    assert not any(line.startswith("Luotettu:") for line in report.lines())


def test_a_signature_made_after_the_certificate_expired_is_reported_so(pki: Pki) -> None:
    # Verkosto refuses to load an expired certificate (exit 55); another tool may not
    signed = sign_pdf(make_pdf(), pki.identity("expired"), stamp=stamp(),
                      timestamp_url=pki.tsa_url)
    report = verify_pdf(signed, trust=[pki.certificate("root")], language="en")
    assert report.first.certificate_state == "expired"
    assert report.outcome is Outcome.UNTRUSTED
    assert any(line.startswith("The certificate had expired when the document was signed")
               for line in report.lines())


def test_a_certificate_that_expired_after_a_timestamped_signature_still_vouches_for_it(
        pki: Pki) -> None:
    """The timestamp proves the signature was made while the certificate was valid: checked
    after its expiry it is trusted (at the timestamp's time), and the report says the
    certificate has expired since. Without a timestamp nothing proves when it was made."""
    import time
    from datetime import timedelta

    from planner.services.signing_identity import LoadedSigner

    ca = TestCa.create()
    ends = datetime.now(UTC).replace(microsecond=0) + timedelta(seconds=4)
    key, certificate = ca.issue("Lyhyt Voimassaolo", not_after=ends)
    identity = LoadedSigner(key=key, certificate=certificate, chain=(ca.certificate,))
    stamped = sign_pdf(make_pdf(), identity, stamp=stamp(), timestamp_url=pki.tsa_url)
    claimed = sign_pdf(make_pdf(), identity, stamp=stamp())
    trust = [ca.certificate, pki.certificate("root")]
    assert verify_pdf(stamped, trust=trust).outcome is Outcome.TRUSTED  # before the end
    time.sleep(max((ends - datetime.now(UTC)).total_seconds(), 0) + 1.2)

    report = verify_pdf(stamped, trust=trust, language="fi")
    check = report.first
    assert report.outcome is Outcome.TRUSTED and check.trusted and report.exit_code == 0
    assert check.certificate_state is None and check.expired_since == ends
    lines = report.lines()
    assert any(line.startswith("Varmenne on vanhentunut allekirjoituksen jälkeen")
               for line in lines)
    assert any(line.startswith("Luotettu:") for line in lines)
    assert report.to_json()["signatures"][0]["expired_since"].startswith(
        ends.astimezone(ZoneInfo("Europe/Helsinki")).isoformat()[:16])
    # a claimed signing time proves nothing: the expired certificate is not trusted
    late = verify_pdf(claimed, trust=trust, language="en")
    assert late.outcome is Outcome.UNTRUSTED and late.first.expired_since is None


def test_verify_on_the_command_line_shows_level_authority_and_state(
        pki: Pki, long_term: bytes, tmp_path: Path) -> None:
    root = write(tmp_path, "root.pem", pki.root_pem())
    lt = write(tmp_path, "lt.pdf", long_term)
    nowhere = tmp_path / "no-store"
    shown = verkosto("verify", str(lt), "--trust", str(root), data_dir=nowhere)
    assert shown.returncode == 0, shown.stderr
    assert "Allekirjoituksen taso: PAdES B-LT" in shown.stdout
    assert "Aikaleiman myöntäjä: Verkosto Test TSA" in shown.stdout
    as_json = json.loads(verkosto("verify", str(lt), "--trust", str(root), "--json",
                                  data_dir=nowhere).stdout)
    signature = as_json["signatures"][0]
    assert signature["level"] == "B-LT" and signature["certificate_state"] is None
    expired = sign_pdf(make_pdf(), pki.identity("expired"), stamp=stamp(),
                       timestamp_url=pki.tsa_url)
    told = verkosto("verify", str(write(tmp_path, "old.pdf", expired)), "--trust", str(root),
                    data_dir=nowhere, lang="sv")
    assert told.returncode == 50
    assert "Certifikatet hade gått ut vid undertecknandet" in told.stdout



def test_a_summary_signed_with_the_organisation_certificate_is_b_lt_end_to_end(
        pki: Pki, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The worker imports the organisation's .p12 and sets the timestamp server; the summary
    is B-LT and a supervisor trusting the root sees it so. With Verkosto's own certificate
    (a local root publishing no revocation information) the same command says why the
    signature stays B-T."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.serialization import pkcs12

    data_dir = tmp_path / "data"
    assert verkosto("demo", data_dir=data_dir).returncode == 0
    assert verkosto("profile", "--name", "Sanna Sosiaalityöntekijä", "--title",
                    "sosiaalityöntekijä", data_dir=data_dir).returncode == 0
    identity = pki.identity()
    p12 = write(tmp_path, "sanna.p12", pkcs12.serialize_key_and_certificates(
        b"sanna", identity.key, identity.certificate, list(identity.chain),  # type: ignore[arg-type]
        serialization.BestAvailableEncryption(b"org-tunnus-2026")))
    monkeypatch.setenv("VERKOSTO_SIGNING_PASSPHRASE", "org-tunnus-2026")
    imported = verkosto("signer", "--import", str(p12), "--timestamp-url", pki.tsa_url,
                        data_dir=data_dir)
    assert imported.returncode == 0, imported.stdout + imported.stderr
    meetings = verkosto("meetings", "--all", "--json", data_dir=data_dir)
    held = next(m for m in json.loads(meetings.stdout) if m["status"] == "held")
    out = tmp_path / "yhteenveto.pdf"
    made = verkosto("summary", str(held["id"]), "--out", str(out), data_dir=data_dir)
    assert made.returncode == 0, made.stderr
    assert "B-T" not in made.stdout  # nothing to tell: B-LT
    root = write(tmp_path, "root.pem", pki.root_pem())
    checked = verkosto("verify", str(out), "--trust", str(root), data_dir=tmp_path / "none")
    assert checked.returncode == 0, checked.stdout
    assert "PAdES B-LT" in checked.stdout and "Verkosto Test TSA" in checked.stdout
    assert "Signature is Valid" in pdfsig(out)

    monkeypatch.setenv("VERKOSTO_SIGNING_PASSPHRASE", "oma-tunnus-2026")
    assert verkosto("signer", "--create", data_dir=data_dir).returncode == 0
    again = verkosto("summary", str(held["id"]), "--out", str(tmp_path / "oma.pdf"),
                     data_dir=data_dir)
    assert again.returncode == 0, again.stderr
    assert "Varmenteen myöntäjä ei julkaise sulkutietoja" in again.stdout
    assert "ei saatu haettua" not in again.stdout  # nothing failed: there is nothing to fetch
    copy = verkosto("client-copy", str(held["id"]), "--out", str(tmp_path / "kooste.pdf"),
                    data_dir=data_dir, lang="sv")
    assert copy.returncode == 0, copy.stderr
    assert "publicerar ingen spärrinformation" in copy.stdout


def test_the_verify_page_shows_the_level_and_the_timestamp_authority(
        qtbot: QtBot, pki: Pki, long_term: bytes, planner: Planner, tmp_path: Path) -> None:
    from ui.operations import TaskRunner
    from ui.verify.page import VerifyPage

    planner.trust.add(pki.root_pem())  # the supervisor trusts the organisation's root once
    runner = TaskRunner()
    try:
        page = VerifyPage(runner)
        page.attach(planner)
        qtbot.addWidget(page)
        page.resize(900, 640)
        page.show()
        page.verify(write(tmp_path, "lt.pdf", long_term))
        qtbot.waitUntil(lambda: page.report is not None, timeout=10000)
        assert page.verdict.text() == "Tulos: allekirjoitus on pätevä ja luotettu."
        details = page.details.toPlainText()
        assert "Allekirjoituksen taso: PAdES B-LT" in details
        assert "Aikaleiman myöntäjä: Verkosto Test TSA" in details
        page.grab().save(str(tmp_path / "verify-lt.png"))
    finally:
        runner.shutdown()
