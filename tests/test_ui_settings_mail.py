"""Settings → E-mail server (SMTP): saved and shown again, errors beside the fields, the
password in the keyring (an in-memory one), and the connection test against a real server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backends.fail import Keyring as FailKeyring
from pytestqt.qtbot import QtBot

from planner.crypto.vault import KeyringVault
from planner.services import Planner, SmtpSettings
from planner.storage.store import open_store
from tests.conftest import PASSPHRASE
from tests.support.keyrings import MemoryKeyring
from tests.support.smtp_server import PASSWORD, USER, Server, smtp_server
from tests.support.windows import show_page
from ui.settings.mail import MailSettingsBox
from ui.shell.main_window import MainWindow


def open_mail_settings(qtbot: QtBot, data_dir: Path, vault: KeyringVault) -> MainWindow:
    open_store(data_dir, vault=vault, passphrase=lambda: PASSPHRASE).close()
    window = MainWindow(data_dir, vault=vault, ask=lambda new, error: PASSPHRASE)
    qtbot.addWidget(window)
    window.show()
    assert window.unlock()
    window.navigation.setCurrentRow(window.stack.indexOf(window.settings))
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=5000)
    return window


def planner_of(window: MainWindow) -> Planner:
    assert window.planner is not None
    return window.planner


def fill(box: MailSettingsBox, host: str, *, tls: bool = False, port: int | None = None,
         user: str = "", password: str = "", ca_file: str = "") -> None:
    box.host.setText(host)
    box.security.setCurrentIndex(1 if tls else 0)
    if port is not None:
        box.port.setValue(port)
    box.username.setText(user)
    box.password.setText(password)
    box.ca_file.setText(ca_file)


@pytest.fixture
def keyring_window(qtbot: QtBot, data_dir: Path,
                   memory_keyring: MemoryKeyring) -> Iterator[MainWindow]:
    yield open_mail_settings(qtbot, data_dir, KeyringVault(memory_keyring))


def test_settings_and_password_are_kept_and_shown_again(
        qtbot: QtBot, keyring_window: MainWindow, memory_keyring: MemoryKeyring) -> None:
    box = keyring_window.settings.mail
    assert box.remember.isEnabled() and box.keyring_note.isHidden()
    fill(box, "", tls=True, user="sari.aijala", password="Kesä-2026")
    qtbot.keyClicks(box.host, "smtp.pirha.fi")
    assert box.port.value() == 465  # the default port follows the security
    box.sender_name.setText("Sari Äijälä, Kela")
    box.remember.setChecked(True)
    box.save_button.click()
    qtbot.waitUntil(lambda: box.password.text() == "" and box.remember.isChecked(),
                    timeout=5000)
    expected = SmtpSettings("smtp.pirha.fi", 465, "tls", "sari.aijala", "Sari Äijälä, Kela")
    planner = planner_of(keyring_window)
    assert planner.mail.load() == expected
    assert planner.mail.password(expected) == "Kesä-2026"
    assert any(account.endswith("/smtp/sari.aijala@smtp.pirha.fi")
               for _service, account in memory_keyring.entries)
    keyring_window.lock()
    assert box.host.text() == "" and box.password.text() == "" and box.planner is None
    assert keyring_window.unlock()
    show_page(keyring_window, keyring_window.settings)  # the unlock showed the home
    qtbot.waitUntil(lambda: box.host.text() == "smtp.pirha.fi", timeout=5000)
    assert (box.port.value(), box.security.currentData(), box.username.text(),
            box.sender_name.text()) == (465, "tls", "sari.aijala", "Sari Äijälä, Kela")
    assert box.remember.isChecked() and box.password.text() == ""
    assert box.password.placeholderText()  # tells that a password is kept
    box.remember.setChecked(False)  # unticked and saved: the password leaves the keyring
    box.save_button.click()
    qtbot.waitUntil(lambda: not keyring_window.runner.busy and box.status.text() != "",
                    timeout=5000)
    assert planner_of(keyring_window).mail.password(expected) is None


def test_errors_show_beside_the_fields_and_nothing_is_saved(
        qtbot: QtBot, keyring_window: MainWindow) -> None:
    box = keyring_window.settings.mail
    fill(box, "")
    box.save_button.click()
    qtbot.waitUntil(lambda: bool(box.form.error_text("host")), timeout=5000)
    assert box.form.error_text("host") == "Kenttä on pakollinen."
    fill(box, "smtp://posti.example.fi")
    box.save_button.click()
    qtbot.waitUntil(lambda: "ei kelpaa" in box.form.error_text("host"), timeout=5000)
    assert box.form.error_text("host").startswith("Palvelimen nimi smtp://posti.example.fi")
    assert box.host.accessibleDescription().startswith("Palvelimen nimi")
    fill(box, "posti.example.fi", ca_file="/no/such/ca.pem")
    box.save_button.click()
    qtbot.waitUntil(lambda: bool(box.form.error_text("ca_file")), timeout=5000)
    assert box.form.error_text("host") == ""
    assert planner_of(keyring_window).mail.load() == SmtpSettings()


def test_without_a_keyring_the_password_cannot_be_remembered(qtbot: QtBot,
                                                             data_dir: Path) -> None:
    window = open_mail_settings(qtbot, data_dir, KeyringVault(FailKeyring()))
    box = window.settings.mail
    assert not box.remember.isEnabled() and not box.remember.isChecked()
    assert box.keyring_note.isVisibleTo(box) and box.remember.toolTip()
    fill(box, "smtp.pirha.fi", user="sari", password="salainen")
    box.save_button.click()
    qtbot.waitUntil(lambda: planner_of(window).mail.load().host == "smtp.pirha.fi",
                    timeout=5000)
    assert planner_of(window).mail.password(planner_of(window).mail.load()) is None


def test_connection_test_against_a_real_server(qtbot: QtBot, keyring_window: MainWindow,
                                               tmp_path: Path) -> None:
    box = keyring_window.settings.mail
    server: Server
    with smtp_server(tmp_path / "certs") as server:
        fill(box, "127.0.0.1", port=server.port, user=USER, ca_file=str(server.ca_file))
        box.test_button.click()  # no password typed, none kept: said beside the field
        qtbot.waitUntil(lambda: bool(box.form.error_text("password")), timeout=5000)
        assert box.form.error_text("password").startswith(
            "Sähköpostipalvelimen salasana puuttuu")
        box.password.setText("wrong-password")
        box.test_button.click()
        qtbot.waitUntil(lambda: "epäonnistui" in box.status.text(), timeout=10000)
        assert box.status.text().startswith("Kirjautuminen sähköpostipalvelimeen 127.0.0.1")
        box.password.setText(PASSWORD)
        box.test_button.click()
        qtbot.waitUntil(lambda: "toimii" in box.status.text(), timeout=10000)
        assert box.status.text() == (f"Yhteys sähköpostipalvelimeen 127.0.0.1 "
                                     f"(portti {server.port}) toimii.")
        assert server.mailbox.logins == [("PLAIN", USER)]
    assert planner_of(keyring_window).mail.load() == SmtpSettings()  # a test saves nothing
