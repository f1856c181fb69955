"""Certificates, PKCS#12 files and PDFs for the signing tests: a real test CA made with
cryptography (the way an organisation's CA issues a worker's certificate), plain PDFs made
with ReportLab, and an incremental update appended with pyHanko."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from io import BytesIO
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from reportlab.pdfgen.canvas import Canvas

P12_PASSPHRASE = "Organisaation-tunnus-2026"


def make_pdf(*lines: str, pages: int = 1) -> bytes:
    """An uncompressed PDF, so a test can find and change one byte of the visible text."""
    out = BytesIO()
    canvas = Canvas(out, pageCompression=0)
    for page in range(pages):
        y = 780
        for line in lines or ("Verkostoneuvottelun yhteenveto",):
            canvas.drawString(72, y, line)
            y -= 16
        canvas.drawString(72, 40, f"{page + 1} / {pages}")
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def _usage(sign: bool, non_repudiation: bool, ca: bool) -> x509.KeyUsage:
    return x509.KeyUsage(digital_signature=sign, content_commitment=non_repudiation,
                         key_encipherment=not sign and not ca, data_encipherment=False,
                         key_agreement=False, key_cert_sign=ca, crl_sign=ca,
                         encipher_only=False, decipher_only=False)


@dataclass
class TestCa:
    """A root CA that issues workers' signing certificates."""

    __test__ = False  # not a test class, despite the name

    key: rsa.RSAPrivateKey
    certificate: x509.Certificate

    @classmethod
    def create(cls, name: str = "Pirkanmaan hyvinvointialue Test CA") -> TestCa:
        key = rsa.generate_private_key(65537, 2048)
        subject = x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME,
                                                "Pirkanmaan hyvinvointialue"),
                             x509.NameAttribute(NameOID.COMMON_NAME, name)])
        now = datetime.now(UTC)
        certificate = (
            x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=3650))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(_usage(False, False, True), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                           critical=False)
            .sign(key, hashes.SHA256()))
        return cls(key, certificate)

    def issue(self, name: str, *, organisation: str = "Pirkanmaan hyvinvointialue",
              sign: bool = True, non_repudiation: bool = True,
              not_before: datetime | None = None, not_after: datetime | None = None,
              ) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
        key = ec.generate_private_key(ec.SECP256R1())
        now = datetime.now(UTC)
        subject = x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
                             x509.NameAttribute(NameOID.COMMON_NAME, name)])
        certificate = (
            x509.CertificateBuilder().subject_name(subject).issuer_name(self.certificate.subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(not_before or now - timedelta(days=1))
            .not_valid_after(not_after or now + timedelta(days=730))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(_usage(sign, non_repudiation, False), critical=True)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
                self.key.public_key()), critical=False)
            .sign(self.key, hashes.SHA256()))
        return key, certificate

    def pkcs12(self, name: str, passphrase: str = P12_PASSPHRASE, **options: object) -> bytes:
        """The worker's .p12 as the organisation hands it out: key, certificate, CA."""
        key, certificate = self.issue(name, **options)  # type: ignore[arg-type]
        return pkcs12.serialize_key_and_certificates(
            name.encode(), key, certificate, [self.certificate],
            serialization.BestAvailableEncryption(passphrase.encode()))

    def pem(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.PEM)


def certificate_only_pkcs12(ca: TestCa, passphrase: str = P12_PASSPHRASE) -> bytes:
    """A .p12 with the certificate but no private key (an export mistake people make)."""
    _key, certificate = ca.issue("Ilman Avainta")
    return pkcs12.serialize_key_and_certificates(
        None, None, None, [certificate],
        serialization.BestAvailableEncryption(passphrase.encode()))


def append_update(signed: bytes, kind: str = "info") -> bytes:
    """``signed`` plus one incremental update after the signature, the old bytes kept as they
    are: new document info ("info"), or a note drawn over the last page ("annotation")."""
    writer = IncrementalPdfFileWriter(BytesIO(signed))
    if kind == "info":
        writer.set_info(generic.DictionaryObject(
            {generic.NameObject("/Title"): generic.TextStringObject("Muutettu jälkikäteen")}))
    else:
        page_ref, _resources = writer.find_page_for_modification(-1)
        page = page_ref.get_object()
        note = writer.add_object(generic.DictionaryObject({
            generic.NameObject("/Type"): generic.NameObject("/Annot"),
            generic.NameObject("/Subtype"): generic.NameObject("/FreeText"),
            generic.NameObject("/Rect"): generic.ArrayObject(
                [generic.NumberObject(n) for n in (72, 600, 320, 640)]),
            generic.NameObject("/Contents"): generic.TextStringObject("Lisätty jälkikäteen"),
            generic.NameObject("/DA"): generic.TextStringObject("/Helv 12 Tf 0 g"),
        }))
        annots = page.raw_get("/Annots")
        if isinstance(annots, generic.IndirectObject):
            annots.get_object().append(note)
            writer.mark_update(annots)
        else:
            annots.append(note)
            writer.update_container(page)
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def pdfsig(path: Path, *args: str) -> str:
    """Poppler's independent verdict on a signed file (stdout and stderr together)."""
    assert shutil.which("pdfsig"), "poppler-utils (pdfsig) is needed for the signing tests"
    result = subprocess.run(["pdfsig", *args, str(path)], capture_output=True, text=True,
                            timeout=60)
    return result.stdout + result.stderr


def nss_trusting(folder: Path, pem: bytes, trust: str = "C,C,") -> Path:
    """A new NSS database in ``folder`` with ``pem`` imported as a trusted CA, as a supervisor
    does once for Okular/Evince (pdfsig -nssdir reads it). Poppler checks e-mail signing
    usage, so the S/MIME column ("C" second) is the one that counts."""
    assert shutil.which("certutil"), "NSS certutil (libnss3-tools) is needed"
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(["certutil", "-N", "-d", f"sql:{folder}", "--empty-password"], check=True,
                   capture_output=True, timeout=60)
    (folder / "root.pem").write_bytes(pem)
    subprocess.run(["certutil", "-A", "-d", f"sql:{folder}", "-n", "root", "-t", trust,
                    "-i", str(folder / "root.pem")], check=True, capture_output=True, timeout=60)
    return folder


def signature_certificates(signed: bytes, index: int = 0) -> list[x509.Certificate]:
    """The certificates the ``index``-th signature's CMS carries (what a verifier can build a
    chain from without fetching anything)."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    signature = PdfFileReader(BytesIO(signed)).embedded_signatures[index]
    carried = signature.signed_data["certificates"]
    return [x509.load_der_x509_certificate(choice.chosen.dump()) for choice in carried]
