"""Settings → Calendar publishing (CalDAV): saved and shown again, validation and connection
failures beside the fields, the keyring, publishing to a real loopback Radicale with the
progress finishing; and the calendar page's "Save upcoming as .ics"."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from planner.crypto.vault import KeyringVault
from planner.messages import translate
from planner.services import Planner
from planner.services.caldav_settings import CalDavSettings
from tests.conftest import PASSPHRASE
from tests.support import radicale
from tests.support.keyrings import MemoryKeyring
from tests.support.windows import demo_store, show_page, unlocked_window
from ui.settings.caldav import CalDavSettingsBox
from ui.shell.main_window import MainWindow


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[radicale.Radicale]:
    running = radicale.start(tmp_path_factory.mktemp("radicale-ui"))
    yield running
    running.stop()


def _settings_box(qtbot: QtBot, window: MainWindow) -> CalDavSettingsBox:
    window.navigation.setCurrentRow(window.stack.indexOf(window.settings))
    box = window.settings.caldav
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=5000)
    return box


def _planner(window: MainWindow) -> Planner:
    assert window.planner is not None
    return window.planner


def _fill(box: CalDavSettingsBox, url: str, user: str, password: str = "") -> None:
    for field, text in ((box.url, url), (box.username, user), (box.password, password)):
        field.clear()
        field.setText(text)


def test_settings_are_validated_beside_the_field_saved_and_shown_again(
        qtbot: QtBot, data_dir: Path) -> None:
    demo_store(data_dir)
    window = unlocked_window(qtbot, data_dir)
    box = _settings_box(qtbot, window)
    assert not box.remember.isEnabled() and box.keyring_note.isVisibleTo(box)  # no keyring
    _fill(box, "http://kalenteri.example.fi/dav/sari/tyo", "sari:x")
    box.save_button.click()
    qtbot.waitUntil(lambda: bool(box.form.error_text("url")), timeout=5000)
    assert box.form.error_text("url") == translate("validation.caldav_https_required", "fi")
    assert box.form.error_text("username") == translate("validation.caldav_username_invalid",
                                                        "fi")
    assert box.url.accessibleDescription().startswith("Käytä https-osoitetta")
    assert _planner(window).caldav.get() is None
    _fill(box, "https://kalenteri.example.fi/dav/sari/tyo", "sari")
    box.save_button.click()
    qtbot.waitUntil(lambda: box.status.text() == "Kalenterin julkaisuasetukset tallennettu.",
                    timeout=5000)
    assert box.form.error_text("url") == ""
    assert _planner(window).caldav.get() == CalDavSettings(
        "https://kalenteri.example.fi/dav/sari/tyo/", "sari")
    window.lock()
    assert box.url.text() == box.username.text() == box.status.text() == ""
    assert window.unlock()
    show_page(window, window.settings)  # the unlock showed the home
    qtbot.waitUntil(lambda: box.url.text() == "https://kalenteri.example.fi/dav/sari/tyo/",
                    timeout=5000)
    assert box.username.text() == "sari"


def test_publish_now_reaches_the_loopback_calendar_with_the_progress_finishing(
        qtbot: QtBot, data_dir: Path, server: radicale.Radicale) -> None:
    demo_store(data_dir)
    window = unlocked_window(qtbot, data_dir)
    box = _settings_box(qtbot, window)
    url = radicale.make_calendar(server, "ui-publish")
    steps: list[tuple[int, int]] = []
    window.runner.progressed.connect(
        lambda _task, done, total, _text: steps.append((done, total)))
    _fill(box, url, radicale.USER, "väärä salasana")
    box.publish_button.click()
    qtbot.waitUntil(lambda: bool(box.form.error_text("password")), timeout=10000)
    assert box.form.error_text("password").startswith(
        "Kalenteripalvelin 127.0.0.1 ei hyväksynyt käyttäjätunnusta ja salasanaa")
    assert radicale.stored_files(server, "ui-publish") == {}
    box.password.setText(radicale.PASSWORD)
    box.publish_button.click()
    assert not box.publish_button.isEnabled()  # one publish at a time
    qtbot.waitUntil(lambda: box.status.text().startswith("Julkaistu kalenteriin"),
                    timeout=20000)
    upcoming = _planner(window).meetings.upcoming()
    assert f"{len(upcoming)} tulevaa tapaamista" in box.status.text()
    assert box.form.error_text("password") == ""
    assert steps and steps[-1] == (len(upcoming), len(upcoming)) and len(upcoming) > 0
    assert len(radicale.stored_files(server, "ui-publish")) == len(upcoming)
    assert box.publish_button.isEnabled()


def test_wrong_address_shows_beside_the_address(qtbot: QtBot, data_dir: Path,
                                                server: radicale.Radicale) -> None:
    demo_store(data_dir)
    window = unlocked_window(qtbot, data_dir)
    box = _settings_box(qtbot, window)
    _fill(box, server.calendar_url("ei-ole"), radicale.USER, radicale.PASSWORD)
    box.test_button.click()
    qtbot.waitUntil(lambda: bool(box.form.error_text("url")), timeout=10000)
    assert box.form.error_text("url").startswith(
        f"Osoitteesta {server.calendar_url('ei-ole')} ei löytynyt kalenteria.")
    _fill(box, server.calendar_url("ei-ole"), radicale.USER)  # no password typed or kept
    box.test_button.click()
    qtbot.waitUntil(lambda: bool(box.form.error_text("password")), timeout=10000)
    assert "salasanaa ei ole tallennettu" in box.form.error_text("password")


def test_password_kept_in_the_keyring_is_used_for_the_test(
        qtbot: QtBot, data_dir: Path, server: radicale.Radicale) -> None:
    demo_store(data_dir)
    keyring = MemoryKeyring()
    window = MainWindow(data_dir, vault=KeyringVault(keyring),
                        ask=lambda new, error: PASSPHRASE)
    qtbot.addWidget(window)
    window.show()
    assert window.unlock()
    box = _settings_box(qtbot, window)
    assert box.remember.isEnabled() and not box.keyring_note.isVisibleTo(box)
    url = radicale.make_calendar(server, "ui-keyring")
    _fill(box, url, radicale.USER, radicale.PASSWORD)
    box.remember.setChecked(True)
    box.save_button.click()
    qtbot.waitUntil(lambda: bool(box.status.text()), timeout=5000)
    assert list(keyring.entries.values()) == [radicale.PASSWORD]
    assert box.password.text() == "" and box.password.placeholderText() != ""
    box.test_button.click()
    qtbot.waitUntil(lambda: box.status.text().startswith("Yhteys toimii"), timeout=10000)
    box.remember.setChecked(False)
    box.save_button.click()  # unticked: the password is taken out of the keyring
    qtbot.waitUntil(lambda: keyring.entries == {}, timeout=5000)


def test_calendar_page_saves_the_upcoming_meetings_as_ics(
        qtbot: QtBot, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    demo_store(data_dir)
    window = unlocked_window(qtbot, data_dir)
    page = window.calendar
    target = tmp_path / "tulevat"
    asked: list[str] = []

    def choose(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(target), _filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=5000)
    page.file_export.button.click()
    qtbot.waitUntil(lambda: "kirjoitettu tiedostoon" in page.file_export.note.text(),
                    timeout=10000)
    written = target.with_suffix(".ics")
    upcoming = _planner(window).meetings.upcoming()
    events = Calendar.from_ical(written.read_bytes()).walk("VEVENT")
    assert len(events) == len(upcoming) > 0 and asked[0].endswith(".ics")
    assert page.file_export.note.text().startswith(f"{len(upcoming)} tulevaa tapaamista")
    assert page.file_export.button.isEnabled()
    window.lock()
    assert page.file_export.note.text() == ""
