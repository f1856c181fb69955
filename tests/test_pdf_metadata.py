"""What other systems read from Verkosto's PDFs (issue 16): every font embedded, the stamp's text
readable (8 pt or more), and XMP metadata that says what the Info dictionary says, read back
with pyHanko's reader and poppler, independently of the code that wrote it."""

from __future__ import annotations

import base64
import contextlib
import re
import xml.etree.ElementTree as ET
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path

import pytest
from keyring.backends.fail import Keyring as FailKeyring
from pyhanko.pdf_utils.reader import PdfFileReader

from exports.pdf.audit_extract import write_audit_extract_pdf
from exports.pdf.export import write_summary_pdf
from exports.pdf.plan_document import write_plan_pdf
from exports.signing.stamp import StampText, draw_stamp
from planner.crypto.vault import KeyringVault
from planner.domain.enums import MeetingStatus
from planner.services import Planner, ProfileInput
from planner.storage.store import open_store
from tests.conftest import PASSPHRASE
from tests.support.pdf import pdf_info, run
from tests.support.windows import demo_store

SIGNING = "allekirjoitus-2026"
NOW = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)
NS = {"rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
      "dc": "http://purl.org/dc/elements/1.1/", "xmp": "http://ns.adobe.com/xap/1.0/",
      "pdf": "http://ns.adobe.com/pdf/1.3/", "xmpMM": "http://ns.adobe.com/xap/1.0/mm/"}
# the agency that made the stamp print in 6.8 pt before (issue 16)
LONG_AGENCY = "Pohjois-Pohjanmaan hyvinvointialue, Lapsiperheiden sosiaalityö, Oulun seutu"


@pytest.fixture
def demo(data_dir: Path) -> Iterator[Planner]:
    def with_signer(planner: Planner) -> None:
        planner.profile.save(ProfileInput("Sari Äijälä", "vastaava sosiaalityöntekijä",
                                          email="sari.aijala@example.fi"))
        planner.signing.create_self_signed(SIGNING)

    demo_store(data_dir, with_signer)
    planner = Planner(open_store(data_dir, vault=KeyringVault(FailKeyring()),
                                 passphrase=lambda: PASSPHRASE, create=False))
    yield planner
    planner.close()


def held(planner: Planner) -> int:
    return next(m.id for m in planner.meetings.list() if m.status == MeetingStatus.HELD)


def xmp(pdf: Path) -> ET.Element:
    """The catalog's /Metadata stream as pyHanko reads it (the newest revision's)."""
    reader = PdfFileReader(BytesIO(pdf.read_bytes()))
    data = reader.root["/Metadata"].get_object().data
    return ET.fromstring(data)


def value(root: ET.Element, name: str) -> str:
    """An XMP property, written as an attribute or as an element (with an rdf:li inside)."""
    prefix, local = name.split(":")
    key = f"{{{NS[prefix]}}}{local}"
    for description in root.iter(f"{{{NS['rdf']}}}Description"):
        if key in description.attrib:
            return description.attrib[key]
        found = description.find(f"{prefix}:{local}", NS)
        if found is not None:
            item = found.find(".//rdf:li", NS)
            return (item if item is not None else found).text or ""
    raise AssertionError(f"{name} missing from the XMP")


def font_sizes(pdf: bytes) -> list[float]:
    """The size of every Tf in the page streams (ReportLab's are ASCII85, then Flate)."""
    sizes = []
    for match in re.finditer(rb"stream\r?\n(.*?)endstream", pdf, re.S):
        data = match.group(1)
        with contextlib.suppress(ValueError, zlib.error):
            data = zlib.decompress(base64.a85decode(data.strip().removesuffix(b"~>"))
                                   if data.rstrip().endswith(b"~>") else data)
        sizes += [float(s) for s in re.findall(rb"/F[0-9+]+ ([0-9.]+) Tf", data)]
    return sizes


def pdf_fonts(pdf: Path) -> list[list[str]]:
    return [line.split() for line in run("pdffonts", pdf).splitlines()[2:]]


def test_a_signed_summary_embeds_every_font_and_names_no_helvetica(
        demo: Planner, tmp_path: Path) -> None:
    out = tmp_path / "yhteenveto.pdf"
    write_summary_pdf(demo, held(demo), out, passphrase=SIGNING, now=NOW)
    rows = pdf_fonts(out)
    assert rows and not [r for r in rows if "Helvetica" in r[0]], rows
    for row in rows:
        assert row[-5:-3] == ["yes", "yes"], row  # embedded, subset


def test_the_stamp_never_prints_below_8_pt_and_keeps_every_line(tmp_path: Path) -> None:
    stamp = StampText("Сергей Äijälä-Ŋuolja 🙂", "vastaava sosiaalityöntekijä", LONG_AGENCY,
                      datetime(2026, 11, 25, 12, 5, tzinfo=UTC))
    pdf = draw_stamp(stamp, 255.12, 85.04)
    sizes = font_sizes(pdf)
    assert sizes and min(sizes) >= 8, sizes
    path = tmp_path / "stamp.pdf"
    path.write_bytes(pdf)
    printed = " ".join(run("pdftotext", path, "-").split())
    for part in ("Sähköisesti allekirjoittanut", "Сергей Äijälä-Ŋuolja", "🙂",
                 "vastaava sosiaalityöntekijä", LONG_AGENCY, "25.11.2026 klo 14.05"):
        assert part in printed, part
    assert {r[0].split("+")[-1] for r in pdf_fonts(path)} == {
        "DejaVuSans", "DejaVuSans-Bold", "NotoEmoji-Regular"}


def test_a_stamp_with_far_too_much_text_shortens_it_and_keeps_the_time(tmp_path: Path) -> None:
    stamp = StampText("Nimi " * 60, "titteli " * 60, "toimija " * 60,
                      datetime(2026, 11, 25, 12, 5, tzinfo=UTC))
    pdf = draw_stamp(stamp, 255.12, 85.04)
    sizes = font_sizes(pdf)
    assert min(sizes) >= 8
    path = tmp_path / "stamp.pdf"
    path.write_bytes(pdf)
    words = run("pdftotext", "-bbox", path, "-")
    assert "25.11.2026" in words and "…" in words
    for y_max in re.findall(r'yMax="([\d.]+)"', words):
        assert float(y_max) <= 85.04  # nothing below the frame


def test_the_signed_summary_s_xmp_says_what_its_info_says(demo: Planner, tmp_path: Path) -> None:
    out = tmp_path / "yhteenveto.pdf"
    written = write_summary_pdf(demo, held(demo), out, passphrase=SIGNING, now=NOW)
    root, info = xmp(out), pdf_info(out)
    assert value(root, "dc:title") == info["Title"]
    assert info["Title"].startswith("Verkostoneuvottelun yhteenveto")
    assert value(root, "dc:creator") == info["Author"] == "Sari Äijälä"
    assert value(root, "dc:description") == info["Subject"]
    assert value(root, "dc:language") == "fi-FI"
    assert value(root, "xmpMM:DocumentID") == f"uuid:{written.document_id}"
    assert value(root, "xmp:CreatorTool") == info["Creator"] == "Verkosto"
    assert value(root, "pdf:Producer") == info["Producer"]  # pyHanko's revision included
    assert value(root, "pdf:Keywords") == info["Keywords"]
    assert value(root, "xmp:CreateDate") == "2026-12-03T10:00:00+00:00"
    modified = datetime.fromisoformat(value(root, "xmp:ModifyDate"))
    assert value(root, "xmp:MetadataDate") == value(root, "xmp:ModifyDate")
    assert modified.strftime("%a %b %e %H:%M:%S %Y").replace("  ", " ") in " ".join(
        info["ModDate"].split())  # the same second as the Info dictionary's
    assert "pdfaid" not in out.read_bytes().decode("latin-1")  # no PDF/A claim (README)
    assert "Signature is Valid" in run("pdfsig", out)


def test_swedish_summary_plan_and_log_extract_carry_xmp_too(demo: Planner,
                                                           tmp_path: Path) -> None:
    summary = tmp_path / "sammanfattning.pdf"
    written = write_summary_pdf(demo, held(demo), summary, language="sv", sign=False, now=NOW)
    root = xmp(summary)
    assert value(root, "dc:language") == "sv-FI"
    assert value(root, "xmpMM:DocumentID") == f"uuid:{written.document_id}"
    assert value(root, "pdf:Producer") == pdf_info(summary)["Producer"]
    client = next(m.client_id for m in demo.meetings.list() if m.id == held(demo))
    plan, extract = tmp_path / "plan.pdf", tmp_path / "ote.pdf"
    write_plan_pdf(demo, client, plan, language="en", now=NOW)
    write_audit_extract_pdf(demo, client, extract, now=NOW)
    ids = set()
    for path, language in ((plan, "en-GB"), (extract, "fi-FI")):
        root = xmp(path)
        assert value(root, "dc:language") == language
        assert value(root, "dc:title") == pdf_info(path)["Title"]
        assert re.fullmatch(r"uuid:[0-9a-f-]{36}", value(root, "xmpMM:DocumentID"))
        ids.add(value(root, "xmpMM:DocumentID"))
    assert len(ids) == 2
    again = tmp_path / "plan-again.pdf"  # the same document gets the same id and bytes
    write_plan_pdf(demo, client, again, language="en", now=NOW)
    assert value(xmp(again), "xmpMM:DocumentID") == value(xmp(plan), "xmpMM:DocumentID")


def test_markup_in_a_name_stays_text_in_the_xmp(demo: Planner, tmp_path: Path) -> None:
    """A name with XML's special characters cannot break or add to the packet."""
    name = 'Sari "<dc:rights>x</dc:rights>" & Äijälä'
    demo.profile.save(ProfileInput(name, "sosiaalityöntekijä"))
    out = tmp_path / "yhteenveto.pdf"
    write_summary_pdf(demo, held(demo), out, sign=False, now=NOW)
    root = xmp(out)
    assert value(root, "dc:creator") == name == pdf_info(out)["Author"]
    assert root.find(".//dc:rights", NS) is None


def test_the_signed_xmp_names_the_document_id_with_its_usual_prefix(demo: Planner,
                                                                    tmp_path: Path) -> None:
    out = tmp_path / "yhteenveto.pdf"
    written = write_summary_pdf(demo, held(demo), out, passphrase=SIGNING, now=NOW)
    packet = run("pdfinfo", "-meta", out)
    assert f'xmpMM:DocumentID="uuid:{written.document_id}"' in packet, packet
