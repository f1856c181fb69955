"""Settings → Backups and keys, and the locked panel's restore offer, driven like a user:
a backup made while the window is open, restored over later changes, the window reopening on
the restored store; a damaged store moved aside; the key and the passphrase changed."""

from __future__ import annotations

from pathlib import Path

import pytest
from keyring.backends.fail import Keyring as FailKeyring
from pytestqt.qtbot import QtBot

from planner.crypto.vault import SERVICE, KeyringVault
from planner.services import ClientInput, Planner
from planner.storage.backup import make_backup, verify_backup
from planner.storage.descriptor import DATABASE_NAME
from planner.storage.store import open_store
from tests.conftest import PASSPHRASE
from tests.support.keyboard import audit
from tests.support.keyrings import MemoryKeyring
from tests.support.windows import demo_store
from ui.settings.backup import BackupSettingsBox
from ui.settings.restore_dialog import RestoreDialog
from ui.shell.app import WindowHost
from ui.shell.main_window import MainWindow

BACKUP_PASSPHRASE = "varmuuskopion tunnuslause"
NEW_PASSPHRASE = "uusi tunnuslause 2027"
NO_KEYRING = KeyringVault(FailKeyring())


def make_demo_store(data_dir: Path) -> None:
    """The demo as of 25.11.2026: a copy of the one loaded once per test process."""
    demo_store(data_dir)


def open_window(qtbot: QtBot, data_dir: Path, vault: KeyringVault = NO_KEYRING,
                phrases: list[str] | None = None) -> MainWindow:
    answers = phrases if phrases is not None else [PASSPHRASE]
    window = MainWindow(data_dir, vault=vault, ask=lambda new, error: answers[0])
    qtbot.addWidget(window)
    window.show()
    return window


def backups_tab(qtbot: QtBot, window: MainWindow) -> BackupSettingsBox:
    window.navigation.setCurrentRow(window.stack.indexOf(window.settings))
    tabs, box = window.settings.tabs, window.settings.backups
    # the tab holding the backups box (not the last: more tabs came after it)
    tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.widget(i).isAncestorOf(box)))
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10_000)
    assert box.isVisibleTo(window) and box.planner is window.planner
    return box


def planner_of(window: MainWindow) -> Planner:
    assert window.planner is not None
    return window.planner


def client_names(window: MainWindow) -> set[str]:
    return {row.name for row in planner_of(window).clients.search("", limit=100)}


def choose_and_check(qtbot: QtBot, dialog: RestoreDialog, file: Path, phrase: str) -> None:
    dialog.file.setText(str(file))
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, phrase)
    dialog.check_button.click()


def test_a_backup_made_in_settings_is_restored_and_the_window_reopens_on_it(
        qtbot: QtBot, data_dir: Path, tmp_path: Path) -> None:
    make_demo_store(data_dir)
    window = open_window(qtbot, data_dir)
    assert window.unlock()
    box = backups_tab(qtbot, window)
    assert box.current.isVisibleTo(window) and not box.rotate_button.isVisibleTo(window)

    target = tmp_path / "muistitikku" / "verkosto.vkb"
    target.parent.mkdir()
    box.backup_file.setText(str(target))
    qtbot.keyClicks(box.backup_passphrase, BACKUP_PASSPHRASE)
    qtbot.keyClicks(box.backup_repeat, "ei sama tunnuslause")
    box.backup_button.click()
    assert box.backup_form.error_text("backup_repeat") == "Tunnuslauseet eivät ole samat. " \
                                                          "Mitään ei muutettu."
    assert not target.exists()
    box.backup_repeat.clear()
    qtbot.keyClicks(box.backup_repeat, BACKUP_PASSPHRASE)
    box.backup_button.click()
    qtbot.waitUntil(lambda: bool(box.backup_status.text()), timeout=15_000)
    assert box.backup_form.error_text("backup_repeat") == ""
    assert box.backup_passphrase.text() == "" and str(target) in box.backup_status.text()
    assert verify_backup(target, BACKUP_PASSPHRASE).clients == 5

    before = client_names(window)
    planner_of(window).clients.create(ClientInput("Testi", "Varmuuskopion jälkeen"))
    box.restore_button.click()
    dialog = window.restore_dialog
    assert isinstance(dialog, RestoreDialog) and dialog.isVisible()
    choose_and_check(qtbot, dialog, target, "vaara tunnuslause")
    qtbot.waitUntil(lambda: bool(dialog.form.error_text("backup_passphrase")), timeout=15_000)
    assert "Varmuuskopion tunnuslause on väärä" in dialog.form.error_text("backup_passphrase")
    assert not dialog.confirm.isEnabled() and not dialog.restore_button.isEnabled()

    choose_and_check(qtbot, dialog, target, BACKUP_PASSPHRASE)
    qtbot.waitUntil(dialog.confirm.isEnabled, timeout=15_000)
    assert "5" in dialog.contents.text() and dialog.form.error_text("backup_passphrase") == ""
    old_planner = window.planner
    dialog.confirm.setChecked(True)
    # The client added after the backup would be lost: named, and a second yes is needed.
    assert dialog.loss_text.isVisible() and "asiakkaita: 1" in dialog.loss_text.text()
    assert not dialog.restore_button.isEnabled()
    dialog.confirm_loss.setChecked(True)
    assert dialog.restore_button.isEnabled()
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: window.is_unlocked and window.planner is not old_planner,
                    timeout=20_000)
    assert client_names(window) == before  # the client added after the backup is gone
    assert window.central.currentWidget() is window.workspace
    kept = list((data_dir / "backups").glob("before-restore-*.db"))
    assert len(kept) == 1
    restored = planner_of(window)
    assert restored.audit.verify().intact
    window.lock()
    assert window.unlock()  # the restored store opens with the passphrase given for it


def test_the_locked_panel_offers_a_restore_for_a_damaged_store(
        qtbot: QtBot, data_dir: Path, tmp_path: Path) -> None:
    make_demo_store(data_dir)
    store = open_store(data_dir, vault=NO_KEYRING, passphrase=lambda: PASSPHRASE)
    backup = tmp_path / "b.vkb"
    make_backup(store, backup, BACKUP_PASSPHRASE)
    store.close()
    database = data_dir / DATABASE_NAME
    database.write_bytes(database.read_bytes()[:800])
    damaged = database.read_bytes()

    window = open_window(qtbot, data_dir)
    assert not window.unlock()
    assert "vioittunut" in window.locked.message.text()
    assert window.locked.restore.isVisibleTo(window) and window.locked.damaged
    window.locked.restore.click()
    dialog = window.restore_dialog
    assert isinstance(dialog, RestoreDialog)
    choose_and_check(qtbot, dialog, backup, BACKUP_PASSPHRASE)
    qtbot.waitUntil(dialog.confirm.isEnabled, timeout=15_000)
    dialog.confirm.setChecked(True)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: window.is_unlocked, timeout=20_000)
    assert len(client_names(window)) == 5
    (moved,) = (data_dir / "backups").glob("damaged-*.db")
    assert moved.read_bytes() == damaged  # moved aside, never overwritten
    window.lock()
    assert not window.locked.restore.isVisibleTo(window)  # an ordinary lock offers none


def test_a_bad_backup_leaves_the_damaged_store_where_it_was(
        qtbot: QtBot, data_dir: Path, tmp_path: Path) -> None:
    make_demo_store(data_dir)
    (data_dir / DATABASE_NAME).write_bytes(b"")
    bad = tmp_path / "bad.vkb"
    bad.write_bytes(b"SQLite format 3\x00" + bytes(4080))
    window = open_window(qtbot, data_dir)
    assert not window.unlock() and window.locked.restore.isVisibleTo(window)
    window.locked.restore.click()
    dialog = window.restore_dialog
    assert isinstance(dialog, RestoreDialog)
    choose_and_check(qtbot, dialog, bad, BACKUP_PASSPHRASE)
    qtbot.waitUntil(lambda: bool(dialog.form.error_text("backup_file")), timeout=15_000)
    assert "salaamaton SQLite-tietokanta" in dialog.form.error_text("backup_file")
    assert not dialog.confirm.isEnabled()
    assert (data_dir / DATABASE_NAME).read_bytes() == b""
    assert not (data_dir / "backups").exists()


def test_the_passphrase_is_changed_in_settings(qtbot: QtBot, data_dir: Path) -> None:
    make_demo_store(data_dir)
    phrases = [PASSPHRASE]
    window = open_window(qtbot, data_dir, phrases=phrases)
    assert window.unlock()
    box = backups_tab(qtbot, window)
    qtbot.keyClicks(box.current, "vaara tunnuslause")
    qtbot.keyClicks(box.new, NEW_PASSPHRASE)
    qtbot.keyClicks(box.repeat, NEW_PASSPHRASE)
    box.passphrase_button.click()
    qtbot.waitUntil(lambda: bool(box.key_form.error_text("current")), timeout=15_000)
    assert box.key_form.error_text("current").startswith("Väärä tunnuslause")
    box.current.clear()
    qtbot.keyClicks(box.current, PASSPHRASE)
    box.passphrase_button.click()
    qtbot.waitUntil(lambda: bool(box.key_status.text()), timeout=15_000)
    assert box.key_form.error_text("current") == "" and box.new.text() == ""
    assert len(client_names(window)) == 5  # the open store goes on working
    window.lock()
    phrases[0] = NEW_PASSPHRASE
    assert window.unlock()
    assert len(client_names(window)) == 5


@pytest.fixture
def keyring() -> MemoryKeyring:
    return MemoryKeyring()


def store_keys(keyring: MemoryKeyring) -> dict[tuple[str, str], str]:
    """The store's key entries (its audit anchor is kept beside them)."""
    return {k: v for k, v in keyring.entries.items() if not k[1].endswith("-audit-head")}


def test_the_keyring_key_is_rotated_in_settings(qtbot: QtBot, data_dir: Path,
                                                keyring: MemoryKeyring) -> None:
    vault = KeyringVault(keyring)
    store = open_store(data_dir, vault=vault)
    Planner(store).clients.create(ClientInput("Testi", "Avainnippu"))
    store.close()
    (old_key,) = store_keys(keyring).values()
    window = open_window(qtbot, data_dir, vault)
    assert window.unlock()
    box = backups_tab(qtbot, window)
    assert box.rotate_button.isVisibleTo(window) and not box.current.isVisibleTo(window)
    box.rotate_button.click()
    qtbot.waitUntil(lambda: bool(box.key_status.text()), timeout=15_000)
    ((service, _account), new_key), = store_keys(keyring).items()
    assert service == SERVICE and new_key != old_key
    assert any("Avainnippu" in name for name in client_names(window))
    window.lock()
    assert window.unlock()


# --- keyboard and screen-reader use -----------------------------------------------------------
def test_the_backups_tab_the_restore_dialog_and_the_offer_are_usable_by_keyboard(
        qtbot: QtBot, data_dir: Path, tmp_path: Path) -> None:
    make_demo_store(data_dir)
    window = open_window(qtbot, data_dir)
    assert window.unlock()
    backups_tab(qtbot, window)
    window.activateWindow()
    assert not audit(window), "\n".join(audit(window))
    window.settings.backups.restore_button.click()
    dialog = window.restore_dialog
    assert isinstance(dialog, RestoreDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert not audit(dialog), "\n".join(audit(dialog))
    dialog.reject()
    window.lock()
    window.locked.offer_restore(damaged=True)
    assert not audit(window), "\n".join(audit(window))


def test_backup_and_restore_work_in_the_window_a_language_switch_rebuilds(
        qtbot: QtBot, data_dir: Path, tmp_path: Path) -> None:
    """The successor window of a language switch gets the open store and its own backup and
    restore flows, speaking the new language; the restore reopens that window."""
    make_demo_store(data_dir)
    host = WindowHost(data_dir, vault=NO_KEYRING, ask=lambda new, error: PASSPHRASE)
    first = host.window  # each switch deletes the window before: only the last is qtbot's
    first.show()
    assert first.unlock()
    target = tmp_path / "verkosto.vkb"
    box = backups_tab(qtbot, first)
    box.backup_file.setText(str(target))
    qtbot.keyClicks(box.backup_passphrase, BACKUP_PASSPHRASE)
    qtbot.keyClicks(box.backup_repeat, BACKUP_PASSPHRASE)
    box.backup_button.click()
    qtbot.waitUntil(lambda: target.exists() and bool(box.backup_status.text()), timeout=15_000)

    first.settings.language.setCurrentIndex(1)  # Svenska: the window is rebuilt
    second = host.window
    assert second is not first and second.planner is not None
    planner_of(second).clients.create(ClientInput("Testi", "Efter säkerhetskopian"))
    box = backups_tab(qtbot, second)
    assert box.restore_button.text() == "&Återställ från säkerhetskopia…"
    box.restore_button.click()
    dialog = second.restore_dialog
    assert isinstance(dialog, RestoreDialog) and dialog.isVisible()
    assert dialog.windowTitle() == "Återställning från en säkerhetskopia"
    choose_and_check(qtbot, dialog, target, "fel losenfras")  # keyClicks: ASCII only
    qtbot.waitUntil(lambda: bool(dialog.form.error_text("backup_passphrase")), timeout=15_000)
    assert dialog.form.error_text("backup_passphrase").startswith(
        "Säkerhetskopians lösenfras är fel")
    choose_and_check(qtbot, dialog, target, BACKUP_PASSPHRASE)
    qtbot.waitUntil(dialog.confirm.isEnabled, timeout=15_000)
    old_planner = second.planner
    dialog.confirm.setChecked(True)
    assert "klienter: 1" in dialog.loss_text.text()  # the client added after the backup
    dialog.confirm_loss.setChecked(True)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: second.is_unlocked and second.planner is not old_planner,
                    timeout=20_000)
    assert not any("Efter säkerhetskopian" in name for name in client_names(second))
    restored = second.planner
    second.settings.language.setCurrentIndex(0)  # back to Suomi, with the restored store
    third = host.window
    qtbot.addWidget(third)
    assert third.planner is restored and third.navigation.title(1) == "Asiakkaat"
    assert planner_of(third).audit.verify().intact
