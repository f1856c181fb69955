"""Settings → Signing (create a self-signed certificate, import one, errors beside the fields,
the keyring choice) and the "Verify a PDF" page (a signed file, a modified one, a file that
is no PDF, drag & drop)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from keyring.backends.fail import Keyring as FailKeyring
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from exports.signing import Outcome, StampText, sign_pdf
from planner.crypto.vault import KeyringVault
from planner.services import Planner, ProfileInput
from planner.storage.store import open_store
from tests.conftest import PASSPHRASE
from tests.support.keyrings import MemoryKeyring
from tests.support.signing import P12_PASSPHRASE, TestCa, append_update, make_pdf
from tests.support.windows import show_page
from ui.operations import TaskRunner
from ui.settings.signing import SigningSettingsBox
from ui.shell.main_window import MainWindow
from ui.verify.page import VerifyPage

SIGNING = "oma-varmenne-2026"


def open_signing_settings(qtbot: QtBot, data_dir: Path, vault: KeyringVault) -> MainWindow:
    store = open_store(data_dir, vault=vault, passphrase=lambda: PASSPHRASE)
    Planner(store, vault=vault).profile.save(ProfileInput("Sari Äijälä", "sosiaalityöntekijä"))
    store.close()
    window = MainWindow(data_dir, vault=vault, ask=lambda new, error: PASSPHRASE)
    qtbot.addWidget(window)
    window.show()
    assert window.unlock()
    window.navigation.setCurrentRow(window.stack.indexOf(window.settings))
    tabs = window.settings.tabs  # the Signing tab (not necessarily the last one)
    tabs.setCurrentIndex(next(i for i in range(tabs.count())
                              if tabs.widget(i).isAncestorOf(window.settings.signing)))
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=5000)
    return window


def planner_of(window: MainWindow) -> Planner:
    assert window.planner is not None
    return window.planner


def test_creating_a_self_signed_certificate_in_settings(qtbot: QtBot, data_dir: Path) -> None:
    window = open_signing_settings(qtbot, data_dir, KeyringVault(FailKeyring()))
    box: SigningSettingsBox = window.settings.signing
    assert window.settings.tabs.currentWidget().isAncestorOf(box)
    assert box.view is None and not box.remember.isEnabled()
    assert box.keyring_note.isVisibleTo(box) and box.remember.toolTip()
    qtbot.keyClicks(box.passphrase, SIGNING)
    qtbot.keyClicks(box.passphrase_again, SIGNING + "x")
    box.create_button.click()
    assert box.form.error_text("passphrase_again") == "Tunnuslauseet eivät ole samat."
    box.passphrase_again.setText(SIGNING)
    box.create_button.click()
    qtbot.waitUntil(lambda: box.view is not None, timeout=10000)
    assert box.view is not None and box.view.certificate.common_name == "Sari Äijälä"
    assert "CN=Sari Äijälä,title=sosiaalityöntekijä" in box.certificate.text()
    assert box.view.certificate.fingerprint in box.certificate.text()
    assert box.passphrase.text() == "" and box.passphrase_again.text() == ""
    assert planner_of(window).signing.load(SIGNING).certificate == (
        planner_of(window).signing.certificate())
    window.lock()
    assert box.view is None and box.planner is None and "CN=" not in box.certificate.text()
    assert window.unlock()
    show_page(window, window.settings)  # the unlock showed the home
    qtbot.waitUntil(lambda: box.view is not None, timeout=5000)


def test_the_signing_tab_and_the_verify_page_are_usable_by_keyboard(
        qtbot: QtBot, data_dir: Path) -> None:
    from tests.support.keyboard import audit

    window = open_signing_settings(qtbot, data_dir, KeyringVault(FailKeyring()))
    assert audit(window) == []
    window.navigation.setCurrentRow(window.stack.indexOf(window.verify))
    qtbot.waitUntil(window.verify.isVisible, timeout=5000)
    assert audit(window) == []


def test_import_errors_show_beside_the_fields(qtbot: QtBot, data_dir: Path,
                                              tmp_path: Path) -> None:
    window = open_signing_settings(qtbot, data_dir, KeyringVault(FailKeyring()))
    box = window.settings.signing
    box.import_button.click()
    assert box.form.error_text("file") == "Kenttä on pakollinen."
    p12 = tmp_path / "sari.p12"
    p12.write_bytes(TestCa.create().pkcs12("Sari Virtanen"))
    box.file.setText(str(p12))
    box.passphrase.setText("väärä")
    box.import_button.click()
    qtbot.waitUntil(lambda: bool(box.form.error_text("passphrase")), timeout=5000)
    assert box.form.error_text("passphrase") == (
        "Tunnuslause on väärä, tai varmennetiedosto on vioittunut.")
    assert box.view is None
    box.passphrase.setText(P12_PASSPHRASE)
    box.import_button.click()
    qtbot.waitUntil(lambda: box.view is not None, timeout=5000)
    assert "Pirkanmaan hyvinvointialue Test CA" in box.certificate.text()
    assert box.form.error_text("passphrase") == ""
    box.timestamp_url.setText("http://tsa.example.fi")
    box.timestamp_button.click()
    qtbot.waitUntil(lambda: bool(box.form.error_text("timestamp_url")), timeout=5000)
    assert "https-osoite" in box.form.error_text("timestamp_url")
    box.timestamp_url.setText("https://tsa.example.fi/tsr")
    box.timestamp_button.click()
    qtbot.waitUntil(lambda: not window.runner.busy and box.status.text() != "", timeout=5000)
    assert planner_of(window).signing.timestamp_url() == "https://tsa.example.fi/tsr"


def test_the_passphrase_is_remembered_in_the_keyring_when_chosen(
        qtbot: QtBot, data_dir: Path, memory_keyring: MemoryKeyring) -> None:
    window = open_signing_settings(qtbot, data_dir, KeyringVault(memory_keyring))
    box = window.settings.signing
    assert box.remember.isEnabled() and box.keyring_note.isHidden()
    box.passphrase.setText(SIGNING)
    box.passphrase_again.setText(SIGNING)
    box.remember.setChecked(True)
    box.create_button.click()
    qtbot.waitUntil(lambda: box.view is not None, timeout=10000)
    assert box.view is not None and box.view.passphrase_kept and box.remember.isChecked()
    assert planner_of(window).signing.load().certificate is not None  # nothing asked
    box.remember.setChecked(False)
    box.remember_button.click()
    qtbot.waitUntil(lambda: box.view is not None and not box.view.passphrase_kept,
                    timeout=5000)
    assert not any("/signing/" in account for _service, account in memory_keyring.entries)


# --- the "Verify a PDF" page --------------------------------------------------------------------
@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()


@pytest.fixture
def signed(planner: Planner, tmp_path: Path) -> Path:
    planner.profile.save(ProfileInput("Сергей Äijälä", "sosiaaliohjaaja"))
    planner.signing.create_self_signed(SIGNING)
    pdf = sign_pdf(make_pdf("Yhteenveto"), planner.signing.load(SIGNING),
                   stamp=StampText("Сергей Äijälä", "sosiaaliohjaaja", "",
                                   datetime.now(UTC)))
    path = tmp_path / "yhteenveto.pdf"
    path.write_bytes(pdf)
    return path


def test_the_page_shows_a_trusted_signature_and_a_modified_one(
        qtbot: QtBot, runner: TaskRunner, planner: Planner, signed: Path) -> None:
    page = VerifyPage(runner)
    page.attach(planner)  # the store's trusted certificates: the user's own among them
    qtbot.addWidget(page)
    page.show()
    page.verify(signed)
    qtbot.waitUntil(lambda: page.report is not None, timeout=10000)
    assert page.report is not None and page.report.outcome is Outcome.TRUSTED
    assert page.verdict.text() == "Tulos: allekirjoitus on pätevä ja luotettu."
    trusted_icon = page.verdict_icon.pixmap().toImage()  # the verdict has its icon too
    assert "Allekirjoittaja: Сергей Äijälä" in page.details.toPlainText()
    # issued by the store's own root (issue 16): the root is named, no self-signed note
    assert "Verkosto root CA: Сергей Äijälä" in page.details.toPlainText()
    assert "Adobe Reader" not in page.details.toPlainText()
    modified = signed.with_name("muutettu.pdf")
    modified.write_bytes(append_update(signed.read_bytes(), "annotation"))
    page.verify(modified)
    qtbot.waitUntil(lambda: page.report is not None, timeout=10000)
    assert page.report is not None and page.report.outcome is Outcome.MODIFIED
    assert page.verdict.text().startswith("Tulos: asiakirjaa on muutettu")
    assert not trusted_icon.isNull() and page.verdict_icon.pixmap().toImage() != trusted_icon
    assert "uusia versioita: 1" in page.details.toPlainText()
    assert page.file_label.text() == str(modified)


def test_a_dropped_file_is_verified_and_errors_are_shown_in_words(
        qtbot: QtBot, runner: TaskRunner, signed: Path, tmp_path: Path) -> None:
    page = VerifyPage(runner)  # not attached to a store: nothing is trusted
    qtbot.addWidget(page)
    page.show()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(signed))])
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    assert QApplication.sendEvent(page, enter) and enter.isAccepted()  # a .pdf is welcome
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(page, drop)
    qtbot.waitUntil(lambda: page.report is not None, timeout=10000)
    assert page.report is not None and page.report.outcome is Outcome.UNTRUSTED
    assert page.verdict.text() == (
        "Tulos: asiakirja on eheä, mutta allekirjoittajaa ei ole todennettu.")
    other = QMimeData()
    other.setUrls([QUrl.fromLocalFile(str(tmp_path / "muistio.txt"))])
    refused = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, other,
                              Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(page, refused)
    assert not refused.isAccepted()
    text = tmp_path / "muistio.pdf"
    text.write_text("Tämä ei ole PDF.")
    page.verify(text)
    qtbot.waitUntil(lambda: page.verdict.text() == "Tiedosto ei ole PDF-asiakirja.",
                    timeout=10000)
    assert page.report is None and page.details.toPlainText() == ""
    page.clear()
    assert page.file_label.text() == "" and page.verdict.text() == ""
    assert page.verdict_icon.pixmap().isNull()
