"""Issue 15: the joint client plan printed as a PDF (exports/pdf/plan_document.py, `verkosto
plan-pdf`), read back with pdftotext: goals, benefits and services, responsibilities, review
date, consents, version — and nothing of another client's plan."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from keyring.backends.fail import Keyring as FailKeyring

from exports.pdf.plan_document import write_plan_pdf
from exports.pdf.texts import date_text
from planner.audit_text import describe
from planner.crypto.vault import KeyringVault
from planner.domain.enums import AuditAction
from planner.errors import NotFound, OutputExists, ValidationFailed
from planner.services import Planner
from planner.storage.store import open_store
from tests.conftest import PASSPHRASE
from tests.support.pdf import page_texts
from tests.support.windows import demo_store

NOW = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)


@pytest.fixture
def demo(data_dir: Path) -> Iterator[Planner]:
    demo_store(data_dir)
    planner = Planner(open_store(data_dir, vault=KeyringVault(FailKeyring()),
                                 passphrase=lambda: PASSPHRASE, create=False))
    yield planner
    planner.close()


def text_of(pdf: Path) -> str:
    return re.sub(r"\s+", " ", " ".join(page_texts(pdf)))


def test_the_plan_prints_goals_services_responsibilities_and_consents(
        demo: Planner, tmp_path: Path) -> None:
    out = tmp_path / "suunnitelma.pdf"
    view = demo.plans.view(demo.plans.for_client(1)[0][0].id or 0)
    written = write_plan_pdf(demo, 1, out, now=NOW)
    text = text_of(out)
    assert written.plan_id == view.plan.id
    assert "Yhteinen asiakassuunnitelma" in text and view.plan.title in text
    assert "Aino Helena Korhonen" in text and "140341-****" in text
    assert "140341-2481" not in text
    for goal in view.goals:  # each goal with whose it is, its target date and status
        assert goal.description in text
    assert "Tavoitepäivä" in text and "työn alla" in text and "yhteinen" in text
    assert "Eläkkeensaajan asumistuki" in text and "kela.pensioners_housing_allowance" in text
    assert "Kelan etuus" in text
    assert "Vastuut: sovitut toimenpiteet" in text and "Kotihoidon arviointikäynti" in text
    assert f"Arviointipäivä {date_text(view.version.review_date, 'fi')}" in text
    assert "Suostumukset tietojen luovuttamiseen" in text and "Koskee toimijoita" in text
    assert f"Versio {view.version.number} (sovittu)" in text
    assert "Lehtonen" not in text and "020904" not in text  # no other client
    last = demo.audit.for_extract(1)[0]
    assert (last.action, last.entity) == (AuditAction.EXPORT, "client_plan")
    assert describe(last, "fi") == "Viety asiakassuunnitelma (PDF)"


def test_the_plan_in_swedish_and_english(demo: Planner, tmp_path: Path) -> None:
    write_plan_pdf(demo, 1, tmp_path / "sv.pdf", language="sv", now=NOW)
    write_plan_pdf(demo, 1, tmp_path / "en.pdf", language="en", now=NOW)
    sv, en = text_of(tmp_path / "sv.pdf"), text_of(tmp_path / "en.pdf")
    assert "Gemensam klientplan" in sv and "Förmåner och tjänster" in sv and "Mål" in sv
    assert "Bostadsbidrag för pensionstagare" in sv or "FPA-förmån" in sv
    assert "Joint client plan" in en and "Benefits and services" in en and "Goals" in en


def test_refusals_write_and_log_nothing(demo: Planner, tmp_path: Path) -> None:
    before = len(demo.audit.for_extract(1))
    out = tmp_path / "p.pdf"
    with pytest.raises(NotFound):  # Lehtonen's plan asked for Korhonen
        write_plan_pdf(demo, 1, out, plan_id=demo.plans.for_client(2)[0][0].id)
    with pytest.raises(ValidationFailed):
        write_plan_pdf(demo, 1, out, version=99)
    with pytest.raises(NotFound):
        write_plan_pdf(demo, 2**70, out)
    out.write_bytes(b"earlier")
    with pytest.raises(OutputExists):
        write_plan_pdf(demo, 1, out)
    assert out.read_bytes() == b"earlier"
    assert len(demo.audit.for_extract(1)) == before
