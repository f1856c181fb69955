"""The window over a real encrypted store, and its table models without widgets."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from keyring.backends.fail import Keyring as FailKeyring
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from planner.crypto.vault import KeyringVault
from planner.domain.enums import MeetingMode, MeetingStatus
from planner.services import ClientInput, ClientRow, MeetingInput, MeetingRow, Planner
from planner.storage.store import open_store
from tests.conftest import PASSPHRASE
from tests.factories import TZ, next_weekday_at
from tests.support.keyrings import MemoryKeyring
from ui.formatting import finnish_datetime, masked_hetu
from ui.main_window import MainWindow
from ui.models import ID_ROLE, ClientTableModel, MeetingTableModel


def test_client_model_masks_the_hetu_and_formats_dates(qapp: object) -> None:
    model = ClientTableModel()
    model.set_rows([ClientRow(7, "Aino Korhonen", "131052-308T", date(1952, 10, 13)),
                    ClientRow(8, "Ahmad Rahimi", None, None)])
    assert model.rowCount() == 2 and model.columnCount() == 3
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Henkilötunnus"
    assert model.data(model.index(0, ClientTableModel.HETU)) == "••••••-308T"
    assert "131052" not in model.data(model.index(0, ClientTableModel.HETU))
    assert model.data(model.index(0, ClientTableModel.BIRTH_DATE)) == "13.10.1952"
    assert model.data(model.index(1, ClientTableModel.HETU)) == ""
    assert model.data(model.index(1, 0), ID_ROLE) == 8


def test_meeting_model_shows_helsinki_time_and_finnish_status(qapp: object) -> None:
    start = datetime(2026, 12, 3, 7, 0, tzinfo=TZ).astimezone(TZ)  # Thursday 3.12.
    row = MeetingRow(1, 2, "Aino Korhonen", "Verkostoneuvottelu", start,
                     start + timedelta(hours=1), MeetingStatus.CONFIRMED,
                     MeetingMode.IN_PERSON, "Tays")
    model = MeetingTableModel()
    model.set_rows([row])
    assert model.data(model.index(0, MeetingTableModel.START)) == "to 3.12.2026 klo 7.00"
    assert model.data(model.index(0, MeetingTableModel.STATUS)) == "vahvistettu"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Aika"


def test_formatting_across_dst() -> None:
    summer = datetime(2027, 3, 29, 6, 0, tzinfo=TZ)  # first Monday of summer time
    assert finnish_datetime(summer) == "ma 29.3.2027 klo 6.00"
    assert masked_hetu("010101A953E") == "••••••A953E"


def make_store(data_dir: Path) -> None:
    store = open_store(data_dir, vault=KeyringVault(FailKeyring()), passphrase=lambda: PASSPHRASE)
    planner = Planner(store)
    client = planner.clients.create(ClientInput("Aino", "Korhonen", hetu="131052-308T"))
    planner.clients.create(ClientInput("Eetu", "Lehtonen"))
    start = next_weekday_at(9, days=1)
    planner.meetings.plan(MeetingInput(client.id or 0, "Verkostoneuvottelu", start,
                                       start + timedelta(hours=1), location="Tays"))
    planner.close()


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> MainWindow:
    make_store(data_dir)
    asked: list[tuple[bool, str]] = []
    window = MainWindow(data_dir, vault=KeyringVault(FailKeyring()),
                        ask=lambda new, error: asked.append((new, error)) or PASSPHRASE)
    window.asked = asked  # type: ignore[attr-defined]
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_window_unlocks_and_lists_clients_and_meetings(window: MainWindow, qtbot: QtBot) -> None:
    assert window.pages.currentWidget() is window.locked  # nothing shown before unlocking
    assert window.unlock()
    assert window.asked == [(False, "")]  # type: ignore[attr-defined]
    clients = window.content.clients
    assert [clients.row_at(r).name for r in range(clients.rowCount())] == [
        "Aino Korhonen", "Eetu Lehtonen"]
    meetings = window.content.meetings
    assert meetings.rowCount() == 1
    assert meetings.data(meetings.index(0, MeetingTableModel.TITLE)) == "Verkostoneuvottelu"
    assert "verkosto.db" in window.statusBar().currentMessage()

    qtbot.keyClicks(window.content.search, "Korh")
    qtbot.waitUntil(lambda: clients.rowCount() == 1, timeout=2000)
    assert clients.row_at(0).name == "Aino Korhonen"
    window.content.search.clear()
    qtbot.keyClicks(window.content.search, "zzz")
    qtbot.waitUntil(lambda: clients.rowCount() == 0, timeout=2000)
    window.close()
    assert window.planner is None


def test_wrong_passphrase_is_asked_again_with_the_reason(qtbot: QtBot, data_dir: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    make_store(data_dir)
    monkeypatch.setenv("VERKOSTO_PASSPHRASE", "väärä tunnuslause 1")
    answers = iter([None])
    asked: list[tuple[bool, str]] = []
    window = MainWindow(data_dir, vault=KeyringVault(FailKeyring()),
                        ask=lambda new, error: asked.append((new, error)) or next(answers))
    qtbot.addWidget(window)
    assert not window.unlock()
    assert asked == [(False, "Väärä tunnuslause. Tietovarastoa ei avattu eikä muutettu.")]
    assert window.pages.currentWidget() is window.locked
    assert "Tunnuslausetta ei annettu" in window.locked.message.text()  # the user cancelled
    monkeypatch.setenv("VERKOSTO_PASSPHRASE", PASSPHRASE)
    qtbot.mouseClick(window.locked.retry, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.content


def test_not_a_store_and_missing_keyring_entry_show_their_messages(
        qtbot: QtBot, data_dir: Path) -> None:
    data_dir.mkdir()
    (data_dir / "verkosto.db").write_bytes(b"SQLite format 3\x00" + bytes(4080))
    window = MainWindow(data_dir, vault=KeyringVault(MemoryKeyring()),
                        ask=lambda new, error: PASSPHRASE)
    qtbot.addWidget(window)
    assert not window.unlock()
    assert "ei ole Verkoston tietovarasto" in window.locked.message.text()

    other = data_dir.parent / "other"
    open_store(other, vault=KeyringVault(MemoryKeyring())).close()
    window = MainWindow(other, vault=KeyringVault(MemoryKeyring()),
                        ask=lambda new, error: PASSPHRASE)
    qtbot.addWidget(window)
    assert not window.unlock()
    assert "Avainnipusta puuttuu" in window.locked.message.text()


def test_new_store_without_keyring_asks_a_new_passphrase(qtbot: QtBot, data_dir: Path) -> None:
    asked: list[tuple[bool, str]] = []
    window = MainWindow(data_dir, vault=KeyringVault(FailKeyring()),
                        ask=lambda new, error: asked.append((new, error)) or PASSPHRASE)
    qtbot.addWidget(window)
    assert window.unlock()
    assert asked == [(True, "")]
    assert (data_dir / "verkosto.db").exists()
    window.close()


def test_passphrase_dialog_checks_a_new_passphrase(qtbot: QtBot) -> None:
    from ui.passphrase_dialog import PassphraseDialog

    dialog = PassphraseDialog(new_store=True)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.passphrase, "lyhyt")
    dialog.ok.click()
    assert dialog.error.isVisibleTo(dialog) and "vähintään 10" in dialog.error.text()
    dialog.passphrase.setText("pitkä tunnuslause 1")
    dialog.repeat.setText("pitkä tunnuslause 2")
    dialog.ok.click()
    assert "eivät ole samat" in dialog.error.text()
    dialog.repeat.setText("pitkä tunnuslause 1")
    dialog.ok.click()
    assert dialog.result() == PassphraseDialog.DialogCode.Accepted
    assert dialog.value() == "pitkä tunnuslause 1"
    assert dialog.passphrase.accessibleName() == "Tunnuslause"
