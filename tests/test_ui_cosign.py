"""The window's side of issue 16: Settings → Signing exports the root certificate supervisors
trust once, and the Tarkista PDF page's "Allekirjoita myös…" adds the user's signature to a
signed PDF as a new file — never over an existing one, never to a changed one."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography import x509
from keyring.backends.fail import Keyring as FailKeyring
from PySide6.QtWidgets import QFileDialog, QInputDialog
from pytestqt.qtbot import QtBot

from exports.signing import Outcome, StampText, sign_pdf
from planner.crypto.vault import KeyringVault
from planner.services import Planner, ProfileInput
from tests.support.signing import append_update, make_pdf
from tests.test_ui_signing import SIGNING, open_signing_settings, planner_of
from ui.operations import TaskRunner
from ui.verify.page import VerifyPage


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()


def save_as(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """The user picks ``path`` in the save dialog (Qt's own dialog cannot run offscreen)."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(path), ""))


def test_settings_exports_the_root_certificate(qtbot: QtBot, data_dir: Path, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_signing_settings(qtbot, data_dir, KeyringVault(FailKeyring()))
    box = window.settings.signing
    assert not box.export_root_button.isEnabled()  # nothing to export before a certificate
    qtbot.keyClicks(box.passphrase, SIGNING)
    qtbot.keyClicks(box.passphrase_again, SIGNING)
    box.create_button.click()
    qtbot.waitUntil(lambda: box.view is not None, timeout=20000)
    assert "Juurivarmenne (SHA-256): " in box.certificate.text()
    assert box.export_root_button.isEnabled()
    assert box.export_root_button.text() == "Vie &juurivarmenne…"
    target = tmp_path / "juuri.pem"
    save_as(monkeypatch, target)
    box.export_root_button.click()
    qtbot.waitUntil(lambda: target.exists() and not window.runner.busy, timeout=5000)
    root = x509.load_pem_x509_certificate(target.read_bytes())
    assert root == planner_of(window).signing.local_root()
    assert str(target) in box.status.text()
    box.grab().save("/tmp/i16-pki-settings.png")


@pytest.fixture
def signed(planner: Planner, tmp_path: Path) -> Path:
    planner.profile.save(ProfileInput("Sari Äijälä", "sosiaaliohjaaja"))
    planner.signing.create_self_signed(SIGNING)
    pdf = sign_pdf(make_pdf("Yhteenveto"), planner.signing.load(SIGNING),
                   stamp=StampText("Sari Äijälä", "sosiaaliohjaaja", "", datetime.now(UTC)))
    path = tmp_path / "yhteenveto.pdf"
    path.write_bytes(pdf)
    return path


def open_page(qtbot: QtBot, runner: TaskRunner, planner: Planner, path: Path) -> VerifyPage:
    page = VerifyPage(runner)
    page.attach(planner)
    qtbot.addWidget(page)
    page.show()
    page.verify(path)
    qtbot.waitUntil(lambda: page.report is not None, timeout=10000)
    return page


def test_also_sign_adds_a_signature_as_a_new_file_and_verifies_it(
        qtbot: QtBot, runner: TaskRunner, planner: Planner, signed: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    page = open_page(qtbot, runner, planner, signed)
    assert page.cosign_button.isEnabled() and page.cosign_button.text() == "Allekirjoita &myös…"
    existing = signed.with_name("olemassa.pdf")
    existing.write_bytes(b"ennallaan")
    save_as(monkeypatch, existing)
    asked: list[str] = []

    def passphrase(*args: object, **kwargs: object) -> tuple[str, bool]:
        asked.append(str(args[2]))
        return SIGNING, True

    monkeypatch.setattr(QInputDialog, "getText", passphrase)
    page.cosign_button.click()
    qtbot.waitUntil(lambda: page.cosign_status.isVisible(), timeout=10000)
    assert existing.read_bytes() == b"ennallaan" and "on jo olemassa" in page.cosign_status.text()
    assert page.report is not None and page.report.outcome is Outcome.TRUSTED  # still shown
    assert page.cosign_button.isEnabled()
    target = signed.with_name("yhteenveto-allekirjoitettu.pdf")
    save_as(monkeypatch, target)
    page.cosign_button.click()
    qtbot.waitUntil(lambda: page.report is not None and page.path == target, timeout=20000)
    assert asked  # the keyring keeps no passphrase here: asked once
    assert len(page.report.signatures) == 2 and page.report.outcome is Outcome.TRUSTED
    text = page.details.toPlainText()
    assert "Allekirjoitus 2/2" in text and "lisätty vain allekirjoituksia (1)" in text
    assert signed.read_bytes() == target.read_bytes()[:signed.stat().st_size]
    page.grab().save("/tmp/i16-pki-verify.png")


def test_a_changed_pdf_cannot_be_cosigned(qtbot: QtBot, runner: TaskRunner, planner: Planner,
                                          signed: Path) -> None:
    changed = signed.with_name("muutettu.pdf")
    changed.write_bytes(append_update(signed.read_bytes(), "annotation"))
    page = open_page(qtbot, runner, planner, changed)
    assert page.report is not None and page.report.outcome is Outcome.MODIFIED
    assert not page.cosign_button.isEnabled()
