"""Co-signers (issue 16): the author certifies the summary with DocMDP level 2, the other
professionals and the client add approval signatures in turn (`verkosto cosign`), and
`verify` reports every signature with its own state — and a change slipped in between them.
Checked with pyHanko's own validation and poppler's pdfsig as independent verifiers."""

from __future__ import annotations

from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path

import pytest
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import serialization
from keyring.backends.fail import Keyring as FailKeyring
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from exports.signing import Outcome, StampText, cosign, sign_pdf, verify_pdf
from exports.signing.verify import KEY_USAGE
from planner.crypto.certificates import read_pkcs12
from planner.crypto.vault import KeyringVault
from planner.errors import CosignForbidden
from planner.services import Planner
from planner.services.signing_identity import LoadedSigner
from planner.storage.store import open_store
from tests.conftest import PASSPHRASE
from tests.support.signing import P12_PASSPHRASE, TestCa, append_update, make_pdf, pdfsig
from tests.test_cli import verkosto

SIGNING = "allekirjoitus-2026"
NOW = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)


def with_passphrase(passphrase: str, *args: str, data_dir: Path | None = None):  # type: ignore[no-untyped-def]
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("VERKOSTO_SIGNING_PASSPHRASE", passphrase)
        return verkosto(*args, data_dir=data_dir)


@pytest.fixture(scope="module")
def ca() -> TestCa:
    return TestCa.create()


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory, ca: TestCa) -> dict[str, Path]:
    """The author's store (a certificate from `signer --create`, its root exported), the
    summary they signed, and a co-signer's .p12 from the organisation's CA."""
    folder = tmp_path_factory.mktemp("cosign")
    data_dir = folder / "data"
    assert verkosto("init", data_dir=data_dir).returncode == 0
    assert verkosto("profile", "--name", "Sari Äijälä", "--title", "sosiaalityöntekijä",
                    data_dir=data_dir).returncode == 0
    assert with_passphrase(SIGNING, "signer", "--create", data_dir=data_dir).returncode == 0
    root = folder / "root.pem"
    exported = verkosto("signer", "--export-root", str(root), data_dir=data_dir)
    assert exported.returncode == 0 and f"Juurivarmenne kirjoitettu: {root}" in exported.stdout
    unsigned = folder / "unsigned.pdf"
    unsigned.write_bytes(make_pdf("Verkostoneuvottelun yhteenveto", "Sovitut toimet"))
    author = folder / "author.pdf"
    signed = with_passphrase(SIGNING, "cosign", str(unsigned), "--out", str(author),
                             data_dir=data_dir)
    assert signed.returncode == 58  # nothing to co-sign yet: the author signs a summary
    store = open_store(data_dir, vault=KeyringVault(FailKeyring()), passphrase=lambda: PASSPHRASE)
    try:
        own = Planner(store).signing.load(SIGNING)
    finally:
        store.close()
    author.write_bytes(sign_pdf(unsigned.read_bytes(), own, stamp=StampText(
        "Sari Äijälä", "sosiaalityöntekijä", "", NOW)))
    p12 = folder / "ville.p12"
    p12.write_bytes(ca.pkcs12("Ville Lääkäri"))
    (folder / "ca.pem").write_bytes(ca.pem())
    return {"data": data_dir, "root": root, "unsigned": unsigned, "author": author, "p12": p12,
            "ca": folder / "ca.pem", "folder": folder}


def signer(ca: TestCa, name: str) -> LoadedSigner:
    contents = read_pkcs12(ca.pkcs12(name), P12_PASSPHRASE)
    return LoadedSigner(contents.key, contents.certificate, contents.chain)


def anchors(setup: dict[str, Path]) -> list:  # type: ignore[type-arg]
    from planner.crypto.certificates import read_certificates

    return [c for name in ("root", "ca") for c in read_certificates(setup[name].read_bytes())]


def pyhanko_statuses(data: bytes, setup: dict[str, Path]) -> list:  # type: ignore[type-arg]
    """pyHanko's own verdict on each signature, the two roots the only anchors."""
    roots = [asn1_x509.Certificate.load(c.public_bytes(serialization.Encoding.DER))
             for c in anchors(setup)]
    reader = PdfFileReader(BytesIO(data))
    return [validate_pdf_signature(s, ValidationContext(trust_roots=roots, allow_fetching=False),
                                   key_usage_settings=KEY_USAGE)
            for s in reader.embedded_signatures]


def test_a_co_signer_signs_with_their_own_p12_and_all_signatures_hold(
        setup: dict[str, Path], ca: TestCa) -> None:
    two = setup["folder"] / "two.pdf"
    done = with_passphrase(P12_PASSPHRASE, "cosign", str(setup["author"]), "--out", str(two),
                           "--p12", str(setup["p12"]))
    assert done.returncode == 0, done.stderr
    assert f"Allekirjoitettu: {two}" in done.stdout
    data = two.read_bytes()
    assert data.startswith(setup["author"].read_bytes())  # an incremental update, nothing else
    statuses = pyhanko_statuses(data, setup)
    assert len(statuses) == 2
    assert all(s.intact and s.valid and s.trusted and s.bottom_line for s in statuses)
    assert statuses[0].docmdp_ok  # the author's certification allows the approval signature
    poppler = pdfsig(two)
    assert poppler.count("Signature is Valid") == 2 and "Signature #2" in poppler
    result = verkosto("verify", str(two), "--trust", str(setup["ca"]), data_dir=setup["data"])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Allekirjoitus 1/2" in result.stdout and "Allekirjoitus 2/2" in result.stdout
    assert "Allekirjoittaja: Ville Lääkäri (Pirkanmaan hyvinvointialue)" in result.stdout
    assert "sen jälkeen on lisätty vain allekirjoituksia (1)" in result.stdout
    assert "Tulos: allekirjoitus on pätevä ja luotettu." in result.stdout
    # a supervisor without the CA: the co-signer's signature is intact but not trusted
    untrusted = verkosto("verify", str(two), data_dir=setup["data"])
    assert untrusted.returncode == 50


def test_three_signatures_the_client_last(setup: dict[str, Path], ca: TestCa) -> None:
    two = cosign(setup["author"].read_bytes(), signer(ca, "Ville Lääkäri"), NOW).data
    three = cosign(two, signer(ca, "Asiakas Mäkinen"), NOW, language="sv").data
    statuses = pyhanko_statuses(three, setup)
    assert len(statuses) == 3 and all(s.bottom_line for s in statuses)
    path = setup["folder"] / "three.pdf"
    path.write_bytes(three)
    poppler = pdfsig(path)
    assert poppler.count("Signature is Valid") == 3 and "Total document signed" in poppler
    report = verify_pdf(three, trust=anchors(setup), language="fi")
    assert report.outcome is Outcome.TRUSTED
    assert [c.signer_name for c in report.signatures] == [
        "Sari Äijälä", "Ville Lääkäri", "Asiakas Mäkinen"]
    assert [c.later_signatures for c in report.signatures] == [2, 1, 0]
    assert [c.certification for c in report.signatures] == ["fill_forms", None, None]
    assert report.to_json()["signatures"][0]["modified"] is False


def test_a_change_slipped_in_between_signatures_is_reported(
        setup: dict[str, Path], ca: TestCa) -> None:
    two = cosign(setup["author"].read_bytes(), signer(ca, "Ville Lääkäri"), NOW).data
    tampered = cosign(append_update(two, "info"), signer(ca, "Asiakas Mäkinen"), NOW).data
    report = verify_pdf(tampered, trust=anchors(setup), language="fi")
    assert report.outcome is Outcome.MODIFIED and report.exit_code == 51
    first, second, third = report.signatures
    assert first.modified and first.changes_after == 1 and first.later_signatures == 2
    assert second.modified and second.changes_after == 1
    assert not third.modified and third.outcome is Outcome.TRUSTED  # signed what it saw
    text = "\n".join(report.lines())
    assert text.count("Muutettu allekirjoituksen jälkeen") == 2
    path = setup["folder"] / "tampered.pdf"
    path.write_bytes(tampered)
    result = verkosto("verify", str(path), "--trust", str(setup["ca"]), data_dir=setup["data"])
    assert result.returncode == 51
    # a new note (an annotation) is more than the author allowed: DocMDP says so too
    annotated = verify_pdf(cosign(append_update(two, "annotation"),
                                  signer(ca, "Asiakas Mäkinen"), NOW).data,
                           trust=anchors(setup), language="fi")
    assert annotated.first.docmdp_ok is False
    assert "salli vain lisäallekirjoitukset" in "\n".join(annotated.lines())


def test_cosign_refuses_what_it_must(setup: dict[str, Path], tmp_path: Path) -> None:
    author, p12 = str(setup["author"]), str(setup["p12"])
    existing = tmp_path / "olemassa.pdf"
    existing.write_bytes(b"ennallaan")
    over = with_passphrase(P12_PASSPHRASE, "cosign", author, "--out", str(existing),
                           "--p12", p12)
    assert over.returncode == 7 and existing.read_bytes() == b"ennallaan"
    same = with_passphrase(P12_PASSPHRASE, "cosign", author, "--out", author, "--p12", p12)
    assert same.returncode == 7  # never over the input either
    out = tmp_path / "out.pdf"
    unsigned = with_passphrase(P12_PASSPHRASE, "cosign", str(setup["unsigned"]), "--out",
                               str(out), "--p12", p12)
    assert unsigned.returncode == 58 and "sitä ei ole allekirjoitettu" in unsigned.stderr
    wrong = with_passphrase("väärä", "cosign", author, "--out", str(out), "--p12", p12)
    assert wrong.returncode == 56
    asked = verkosto("cosign", author, "--out", str(out), "--p12", p12)  # no terminal, no env
    assert asked.returncode == 56 and "VERKOSTO_SIGNING_PASSPHRASE" in asked.stderr
    text = tmp_path / "ei.pdf"
    text.write_text("Tämä ei ole PDF.")
    not_pdf = with_passphrase(P12_PASSPHRASE, "cosign", str(text), "--out", str(out),
                              "--p12", p12)
    assert not_pdf.returncode == 54
    assert not out.exists()  # nothing written by any refusal
    # the store's own certificate works as well (the co-signer uses Verkosto too)
    own = with_passphrase(SIGNING, "cosign", author, "--out", str(out),
                          data_dir=setup["data"])
    assert own.returncode == 0, own.stderr
    assert len(verify_pdf(out.read_bytes()).signatures) == 2


def test_a_summary_certified_with_no_changes_cannot_be_cosigned(
        setup: dict[str, Path], ca: TestCa) -> None:
    """Summaries signed before co-signing existed forbid every change: a co-signature would
    break them, so it is refused with a way forward instead."""
    identity = signer(ca, "Vanha Allekirjoittaja")
    from exports.signing.sign import _signer

    writer = IncrementalPdfFileWriter(BytesIO(make_pdf()))
    old = signers.PdfSigner(signers.PdfSignatureMetadata(
        field_name="VerkostoSignature", certify=True,
        docmdp_permissions=fields.MDPPerm.NO_CHANGES), _signer(identity)).sign_pdf(writer)
    with pytest.raises(CosignForbidden) as refused:
        cosign(old.getvalue(), signer(ca, "Ville Lääkäri"), NOW)
    assert "pyydä laatijaa allekirjoittamaan yhteenveto uudelleen" in refused.value.message("fi")
    assert refused.value.exit_code == 58
