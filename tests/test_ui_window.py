"""The window's foundation: models, unlocking through the real dialog, lists, search, close."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import keyring.backends.fail
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from planner.crypto.vault import KeyringVault
from planner.domain.enums import MeetingMode, MeetingStatus
from planner.errors import WrongPassphrase
from planner.services import ClientInput, ClientRow, MeetingInput, MeetingRow, Planner
from planner.storage.store import open_store
from ui.shell.main_window import MainWindow
from ui.shell.passphrase_dialog import PassphraseDialog
from ui.widgets.colours import error_style
from ui.widgets.table_models import ClientTableModel, MeetingTableModel

HELSINKI = ZoneInfo("Europe/Helsinki")
PASSPHRASE = "testipassi 12345"
WRONG = "väärä tunnuslause 99"


def fail_vault() -> KeyringVault:
    return KeyringVault(keyring.backends.fail.Keyring())


def tomorrow_at_nine() -> datetime:
    day = datetime.now(HELSINKI).date() + timedelta(days=1)
    return datetime.combine(day, time(9, 0), HELSINKI)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    planner = Planner(open_store(data, vault=fail_vault(), passphrase=lambda: PASSPHRASE))
    client = planner.clients.create(ClientInput("Aino", "Korhonen", hetu="131052-308T"))
    start = tomorrow_at_nine()
    planner.meetings.plan(MeetingInput(client.id or 0, "Verkostoneuvottelu", start,
                                       start + timedelta(hours=1), location="TAYS"))
    planner.close()
    return data


def make_window(qtbot: QtBot, data_dir: Path, **options: object) -> MainWindow:
    window = MainWindow(data_dir, vault=fail_vault(), **options)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()  # shortcuts (Ctrl+F, Ctrl+Q) act in the active window
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    return window


def never_ask(new_store: bool, error: str) -> str | None:
    raise AssertionError("the passphrase dialog was shown although VERKOSTO_PASSPHRASE is set")


def answer_dialog(qtbot: QtBot, seen: list[PassphraseDialog], passphrase: str | None,
                  retry_hidden: list[bool] | None = None, window: MainWindow | None = None,
                  ) -> None:
    """When the modal passphrase dialog appears, remember it and type ``passphrase`` (or cancel)."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PassphraseDialog):
            QTimer.singleShot(20, act)
            return
        seen.append(dialog)
        if retry_hidden is not None and window is not None:
            retry_hidden.append(window.locked.retry.isHidden())
        if passphrase is None:
            dialog.reject()
            return
        qtbot.keyClicks(dialog.passphrase, passphrase)
        if dialog.new_store:
            qtbot.keyClicks(dialog.repeat, passphrase)
        dialog.ok.click()

    QTimer.singleShot(0, act)


# --- (a) the models, without widgets -------------------------------------------------------
def test_client_model_masks_hetu_and_shows_finnish_birth_date(qapp: QApplication) -> None:
    model = ClientTableModel()
    assert model.rowCount() == 0
    model.set_rows([ClientRow(1, "Aino Korhonen", "131052-308T", date(1952, 10, 13)),
                    ClientRow(2, "Eetu Lehtonen", None, date(2001, 1, 5))])
    assert (model.rowCount(), model.columnCount()) == (2, 3)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headers == ["Nimi", "Henkilötunnus", "Syntymäaika"]
    assert model.data(model.index(0, ClientTableModel.NAME)) == "Aino Korhonen"
    masked = model.data(model.index(0, ClientTableModel.HETU))
    assert masked == "131052-****" and "308T" not in masked
    assert model.data(model.index(0, ClientTableModel.BIRTH_DATE)) == "13.10.1952"
    assert model.data(model.index(1, ClientTableModel.HETU)) == ""
    assert model.data(model.index(1, ClientTableModel.BIRTH_DATE)) == "5.1.2001"


@pytest.mark.parametrize(("status", "finnish"), [
    (MeetingStatus.PLANNED, "suunniteltu"), (MeetingStatus.CONFIRMED, "vahvistettu"),
    (MeetingStatus.HELD, "pidetty"), (MeetingStatus.CANCELLED, "peruttu")])
def test_meeting_model_shows_helsinki_time_and_finnish_status(
        qapp: QApplication, status: MeetingStatus, finnish: str) -> None:
    start = datetime(2026, 12, 2, 7, 0, tzinfo=ZoneInfo("UTC"))  # 9.00 in Helsinki (EET)
    model = MeetingTableModel()
    model.set_rows([MeetingRow(5, 1, "Aino Korhonen", "Verkostoneuvottelu", start,
                               start + timedelta(hours=1), status, MeetingMode.IN_PERSON,
                               "TAYS")])
    assert (model.rowCount(), model.columnCount()) == (1, 5)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert headers == ["Aika", "Tapaaminen", "Asiakas", "Tila", "Paikka"]
    assert model.data(model.index(0, MeetingTableModel.PLACE)) == "TAYS"
    assert model.data(model.index(0, MeetingTableModel.START)) == "ke 2.12.2026 klo 9.00"
    assert model.data(model.index(0, MeetingTableModel.TITLE)) == "Verkostoneuvottelu"
    assert model.data(model.index(0, MeetingTableModel.CLIENT)) == "Aino Korhonen"
    assert model.data(model.index(0, MeetingTableModel.STATUS)) == finnish


# --- (b) the real window on a temporary store ------------------------------------------------
def test_window_opens_with_env_passphrase_and_lists_clients_and_meetings(
        qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VERKOSTO_PASSPHRASE", PASSPHRASE)
    window = make_window(qtbot, data_dir, ask=never_ask)
    assert window.windowTitle() == "Verkosto"
    assert window.central.currentWidget() is window.locked  # nothing of the store yet
    assert window.clients.model.rowCount() == 0
    assert window.unlock()
    assert window.central.currentWidget() is window.workspace
    assert window.statusBar().currentMessage() == \
        f"Tietovarasto avattu: {data_dir / 'verkosto.db'}"

    clients = window.clients.model
    qtbot.waitUntil(lambda: clients.rowCount() == 1, timeout=3000)
    assert clients.data(clients.index(0, ClientTableModel.NAME)) == "Aino Korhonen"
    assert clients.data(clients.index(0, ClientTableModel.HETU)) == "131052-****"

    window.navigation.setCurrentRow(window.stack.indexOf(window.calendar))
    window.calendar.anchor = tomorrow_at_nine().date()  # the week that holds the meeting
    window.calendar.refresh()
    meetings = window.calendar.model
    qtbot.waitUntil(lambda: meetings.rowCount() == 1, timeout=3000)
    start = meetings.data(meetings.index(0, MeetingTableModel.START))
    assert start.endswith("klo 9.00") and start[:2] in {"ma", "ti", "ke", "to", "pe", "la", "su"}
    assert meetings.data(meetings.index(0, MeetingTableModel.CLIENT)) == "Aino Korhonen"
    assert meetings.data(meetings.index(0, MeetingTableModel.STATUS)) == "suunniteltu"


def test_search_is_debounced_and_filters(qtbot: QtBot, data_dir: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VERKOSTO_PASSPHRASE", PASSPHRASE)
    window = make_window(qtbot, data_dir, ask=never_ask)
    window.unlock()
    model = window.clients.model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=3000)
    assert window.clients.search.placeholderText() == (
        "Hae nimellä, henkilötunnuksen lopulla, vastuutyöntekijällä tai etuudella")
    qtbot.keySequence(window, QKeySequence("Ctrl+F"))
    assert window.clients.search.hasFocus()
    qtbot.keyClicks(window.clients.search, "zzz")
    qtbot.waitUntil(lambda: model.rowCount() == 0, timeout=3000)
    window.clients.search.clear()
    qtbot.keyClicks(window.clients.search, "Korh")
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=3000)
    assert model.row_at(0).name == "Aino Korhonen"


def test_ctrl_q_closes_and_releases_the_store(qtbot: QtBot, data_dir: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VERKOSTO_PASSPHRASE", PASSPHRASE)
    window = make_window(qtbot, data_dir, ask=never_ask)
    window.unlock()
    planner = window.planner
    assert planner is not None
    closed: list[bool] = []
    original = planner.close
    monkeypatch.setattr(planner, "close", lambda: (closed.append(True), original()))
    qtbot.keySequence(window, QKeySequence("Ctrl+Q"))
    assert not window.isVisible()
    assert closed == [True] and window.planner is None


# --- (c) a wrong passphrase: the real modal dialog, the translated error inline in red ------
def test_wrong_passphrase_reasks_with_inline_error_then_opens(
        qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VERKOSTO_PASSPHRASE", WRONG)
    window = make_window(qtbot, data_dir)  # the real ask: a modal PassphraseDialog
    seen: list[PassphraseDialog] = []
    answer_dialog(qtbot, seen, PASSPHRASE)
    assert window.unlock()
    (dialog,) = seen
    assert not dialog.error.isHidden()
    assert dialog.error.text() == WrongPassphrase().message("fi")
    assert "Väärä tunnuslause" in dialog.error.text()
    assert dialog.error.styleSheet() == error_style()  # the palette's readable error colour
    assert dialog.passphrase.echoMode() == dialog.passphrase.EchoMode.Password
    assert dialog.passphrase.accessibleName() == "Tunnuslause"
    assert dialog.ok.text().replace("&", "") == "Avaa"
    assert window.central.currentWidget() is window.workspace


def test_wrong_passphrase_then_cancel_does_not_open(
        qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VERKOSTO_PASSPHRASE", WRONG)
    window = make_window(qtbot, data_dir)
    seen: list[PassphraseDialog] = []
    retry_hidden: list[bool] = []
    answer_dialog(qtbot, seen, None, retry_hidden, window)
    assert not window.unlock()
    assert retry_hidden == [True]  # nothing to retry while the dialog asks
    assert len(seen) == 1 and "Väärä tunnuslause" in seen[0].error.text()
    assert seen[0].result() == QDialog.DialogCode.Rejected
    assert window.planner is None
    assert window.central.currentWidget() is window.locked
    assert window.clients.model.rowCount() == 0
    assert "Tunnuslausetta ei annettu" in window.locked.message.text()
    assert window.locked.retry.isVisible()
    assert window.locked.retry.text().replace("&", "") == "Yritä uudelleen"


def test_new_store_asks_the_new_passphrase_twice(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path / "fresh")
    seen: list[PassphraseDialog] = []
    answer_dialog(qtbot, seen, PASSPHRASE)
    assert window.unlock()
    (dialog,) = seen
    assert dialog.new_store and dialog.repeat.echoMode() == dialog.repeat.EchoMode.Password
    assert dialog.repeat.accessibleName() == "Toista tunnuslause"
    assert (tmp_path / "fresh" / "verkosto.db").exists()


# --- (d) a store error: the message panel with "Yritä uudelleen" -----------------------------
def test_not_a_store_is_explained_in_the_panel(qtbot: QtBot, tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "verkosto.db").write_bytes(b"SQLite format 3\x00" + bytes(4080))
    window = make_window(qtbot, data, ask=never_ask)
    assert not window.unlock()
    assert window.central.currentWidget() is window.locked
    assert "ei ole Verkoston tietovarasto" in window.locked.message.text()
    assert window.locked.retry.isVisible()
    assert window.locked.retry.text().replace("&", "") == "Yritä uudelleen"
    assert window.statusBar().currentMessage() == "Tietovarastoa ei ole avattu"
    assert sorted(p.name for p in data.iterdir()) == ["verkosto.db"]  # nothing written


# --- the entry point ---------------------------------------------------------------------
def test_run_shows_the_unlocked_window_and_returns_the_exit_code(
        qapp: QApplication, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.shell.app import run
    from ui.shell.main_window import MainWindow as Window

    monkeypatch.setenv("VERKOSTO_PASSPHRASE", PASSPHRASE)  # the keyring is "fail" (conftest)
    seen: list[tuple[str, bool, str]] = []
    icon_sizes: list[list[int]] = []
    deadline = datetime.now() + timedelta(seconds=10)

    def close_when_open() -> None:
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, Window) and w.isVisible()]
        if windows and (windows[0].is_unlocked or datetime.now() > deadline):
            seen.append((windows[0].windowTitle(), windows[0].is_unlocked,
                         qapp.applicationName()))
            icon_sizes.append([s.width() for s in windows[0].windowIcon().availableSizes()])
            windows[0].close()  # the last window: the application quits by itself
        else:
            QTimer.singleShot(20, close_when_open)

    QTimer.singleShot(0, close_when_open)
    stuck = QTimer(singleShot=True, interval=20_000)  # never hang the suite
    stuck.timeout.connect(lambda: qapp.exit(1))
    stuck.start()
    code = run(data_dir, ["verkosto"])
    stuck.stop()
    assert code == 0
    assert seen == [("Verkosto", True, "Verkosto")]
    assert qapp.organizationName() == "Verkosto"
    assert qapp.desktopFileName() == "fi.verkosto.Verkosto"  # its desktop entry's name
    assert icon_sizes == [[16, 32, 48, 64, 128, 256]]  # the window shows the packaged icon


def test_the_application_icon_is_read_from_the_package_at_every_size(
        qapp: QApplication) -> None:
    from ui.shell.app import application_icon

    icon = application_icon()
    assert not icon.isNull()
    assert [(s.width(), s.height()) for s in icon.availableSizes()] == [
        (n, n) for n in (16, 32, 48, 64, 128, 256)]
    for size in (16, 256):  # each size is its own rendering, not one scaled
        image = icon.pixmap(size, size).toImage()
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 2).alpha() == 255  # the centre is drawn
        assert image.pixelColor(0, 0).alpha() == 0  # the rounded corner is transparent
