"""Settings: profile validation beside the fields, auto-lock minutes, live language switch."""

from __future__ import annotations

from pathlib import Path

from keyring.backends.fail import Keyring as FailKeyring
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from planner.crypto.vault import KeyringVault
from planner.domain.enums import AgencyKind
from planner.services import AgencyInput, Planner
from planner.storage.store import open_store
from tests.conftest import PASSPHRASE
from ui.settings.page import AUTO_LOCK_SETTING
from ui.shell.app import WindowHost
from ui.shell.main_window import MainWindow


def make_store(data_dir: Path) -> None:
    planner = Planner(open_store(data_dir, vault=KeyringVault(FailKeyring()),
                                 passphrase=lambda: PASSPHRASE))
    planner.directory.create_agency(AgencyInput("Kela", AgencyKind.KELA,
                                                "Läntinen vakuutuspiiri"))
    planner.close()


def open_settings(qtbot: QtBot, data_dir: Path) -> MainWindow:
    make_store(data_dir)
    window = MainWindow(data_dir, vault=KeyringVault(FailKeyring()),
                        ask=lambda new, error: PASSPHRASE)
    qtbot.addWidget(window)
    window.show()
    assert window.unlock()
    window.navigation.setCurrentRow(window.stack.indexOf(window.settings))
    assert window.stack.currentWidget() is window.settings
    qtbot.waitUntil(lambda: window.settings.agency.count() == 2, timeout=3000)
    return window


def test_profile_errors_appear_beside_the_fields_and_a_valid_one_saves(
        qtbot: QtBot, data_dir: Path) -> None:
    window = open_settings(qtbot, data_dir)
    page = window.settings
    page.name.setText("")
    page.email.setText("katja@")
    page.save_profile.click()
    qtbot.waitUntil(lambda: bool(page.profile_form.error_text("email")), timeout=3000)
    assert "Sähköpostiosoite katja@ ei ole kelvollinen" in page.profile_form.error_text("email")
    assert page.profile_form.error_text("name") == "Kenttä on pakollinen."
    assert page.email.accessibleDescription().startswith("Sähköpostiosoite")
    page.name.setText("Katja Salonen")
    page.title.setText("Kelan asiantuntija")
    page.email.setText("katja.salonen@kela.fi")
    page.agency.setCurrentIndex(1)
    page.save_profile.click()
    qtbot.waitUntil(lambda: page.saved.text() == "Tallennettu.", timeout=3000)
    assert page.profile_form.error_text("email") == ""
    assert window.planner is not None
    profile = window.planner.profile.get()
    assert profile is not None and (profile.name, profile.agency_id) == ("Katja Salonen", 1)


def test_auto_lock_minutes_are_kept_and_applied(qtbot: QtBot, data_dir: Path) -> None:
    window = open_settings(qtbot, data_dir)
    window.settings.auto_lock.setValue(25)
    assert float(QSettings().value(AUTO_LOCK_SETTING)) == 25
    assert window.idle._timer.interval() == 25 * 60_000


def test_language_switch_rebuilds_the_window_without_closing_the_store(
        qtbot: QtBot, data_dir: Path) -> None:
    make_store(data_dir)
    host = WindowHost(data_dir, vault=KeyringVault(FailKeyring()),
                      ask=lambda new, error: PASSPHRASE)
    first = host.window
    qtbot.addWidget(first)
    first.show()
    assert first.unlock()
    planner = first.planner
    first.navigation.setCurrentRow(first.stack.indexOf(first.settings))
    first.settings.language.setCurrentIndex(1)  # Svenska
    second = host.window
    qtbot.addWidget(second)
    assert second is not first and second.planner is planner
    assert second.navigation.title(1) == "Klienter"
    assert second.stack.currentWidget() is second.settings
    assert QSettings().value("ui/language") == "sv"
    second.settings.language.setCurrentIndex(0)  # back to Suomi
    third = host.window
    qtbot.addWidget(third)
    assert third.navigation.title(1) == "Asiakkaat" and third.planner is planner
