"""Issue 11.1: the audit log cannot lose its newest entries unnoticed.

Each test is what someone trying to hide a disclosure would do: delete the tail (with the key),
put an older copy of the store file back (without the key), recompute the chain after an edit,
remove or forge the outside anchor — and what the supervisor holding a summary, a backup or an
invite can still prove.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from keyring.backends.fail import Keyring as FailKeyring
from pytestqt.qtbot import QtBot

from planner.crypto.vault import KeyringVault
from planner.errors import AuditRolledBack
from planner.services import ClientInput, Planner
from planner.storage import engine as engine_module
from planner.storage.audit_anchor import keyring_account
from planner.storage.audit_chain import GENESIS, ROW_COLUMNS, keyed_digest
from planner.storage.backup import make_backup
from planner.storage.store import ANCHOR_FOLDER, Store, open_store
from tests.conftest import PASSPHRASE
from tests.support.keyrings import MemoryKeyring
from tests.test_cli import verkosto

BACKUP_PASSPHRASE = "varmuuskopio 2026"


def reopen(data_dir: Path, **options: object) -> Store:
    return open_store(data_dir, vault=KeyringVault(FailKeyring()), passphrase=lambda: PASSPHRASE,
                      create=False, **options)  # type: ignore[arg-type]


def with_key(store: Store, *statements: str) -> None:
    """What someone holding the store key can do: anything, around the triggers too."""
    conn = engine_module.connect(store.paths.database, store._key)
    try:
        conn.execute("DROP TRIGGER IF EXISTS audit_entry_no_update")
        conn.execute("DROP TRIGGER IF EXISTS audit_entry_no_delete")
        for sql in statements:
            conn.execute(sql)
    finally:
        conn.close()


def anchor_file(store: Store) -> Path:
    from planner.config import default_config_dir

    return default_config_dir() / ANCHOR_FOLDER / f"{store.descriptor.store_id}.anchor"


def some_work(planner: Planner, count: int = 3) -> None:
    for number in range(count):
        client = planner.clients.create(ClientInput("Aino", f"Korhonen{number}"))
        planner.clients.get(client.id or 0)


@pytest.mark.parametrize("removal", [
    "DELETE FROM audit_entry WHERE id > (SELECT max(id) - 2 FROM audit_entry)",  # the tail
    "DELETE FROM audit_entry",  # every row
])
def test_removed_entries_are_found_at_the_next_open(planner: Planner, removal: str) -> None:
    some_work(planner)
    store = planner.store
    with_key(store, removal)
    assert planner.audit.verify().intact  # the chain alone cannot see a removed tail …
    data_dir = store.paths.data_dir
    planner.close()
    with pytest.raises(AuditRolledBack) as refused:  # … the anchor outside the file can
        reopen(data_dir)
    assert refused.value.exit_code == 24
    assert "palautettu vanhempaan tilaan" in refused.value.message("fi")


def test_an_edit_with_the_chain_recomputed_under_the_right_key_still_shows(
        planner: Planner) -> None:
    """The attacker has the store key, derives the chain key as the code does, edits an old
    entry and recomputes every MAC after it: the chain is intact, the anchored MAC is not."""
    some_work(planner)
    store = planner.store
    keys = store.chain_keys
    assert keys is not None
    conn = engine_module.connect(store.paths.database, store._key)
    try:
        conn.execute("DROP TRIGGER audit_entry_no_update")
        rows = conn.execute(f"SELECT {ROW_COLUMNS} FROM audit_entry ORDER BY id").fetchall()
        prev = GENESIS
        for row in rows:
            detail = "nothing to see" if row[0] == 2 else row[7]
            digest = keyed_digest(keys.mac_key, prev, _at(row[1]), row[2], row[3],
                                  _action(row[4]), row[5], row[6], detail, row[8], row[9])
            conn.execute("UPDATE audit_entry SET detail = ?, prev_hash = ?, entry_hash = ? "
                         "WHERE id = ?", (detail, prev, digest, row[0]))
            prev = digest
    finally:
        conn.close()
    assert planner.audit.verify().intact
    data_dir = store.paths.data_dir
    planner.close()
    with pytest.raises(AuditRolledBack):
        reopen(data_dir)


def test_an_edit_with_the_chain_recomputed_without_the_chain_key_breaks_it(
        planner: Planner) -> None:
    """Plain SHA-256 (the old chain, no secret) no longer passes for an entry."""
    some_work(planner)
    from planner.storage.audit_chain import expected_hash

    conn = engine_module.connect(planner.store.paths.database, planner.store._key)
    try:
        conn.execute("DROP TRIGGER audit_entry_no_update")
        row = conn.execute(f"SELECT {ROW_COLUMNS} FROM audit_entry ORDER BY id DESC").fetchone()
        forged = (*row[:7], "edited", *row[8:])
        conn.execute("UPDATE audit_entry SET detail = 'edited', entry_hash = ? WHERE id = ?",
                     (expected_hash(None, forged), row[0]))
    finally:
        conn.close()
    report = planner.audit.verify()
    assert not report.intact and report.broken_at == row[0]
    assert report.reason == "detail.chain_content"


def test_a_malformed_timestamp_is_a_broken_chain_not_a_crash(planner: Planner) -> None:
    some_work(planner, 1)
    with_key(planner.store, "UPDATE audit_entry SET at = 'yesterday-ish' WHERE id = 1")
    report = planner.audit.verify()
    assert report.broken_at == 1 and report.reason == "detail.chain_unreadable"


def test_a_removed_or_forged_anchor_file_is_found(planner: Planner) -> None:
    some_work(planner)
    store = planner.store
    anchor = anchor_file(store)
    data = json.loads(anchor.read_text())
    assert data["entry_id"] == store.audit_head().entry_id  # anchored at every commit
    data_dir = store.paths.data_dir
    planner.close()
    forged = dict(data, entry_id=1)  # "the log ended at entry 1" — without the key's seal
    anchor.write_text(json.dumps(forged))
    with pytest.raises(AuditRolledBack) as damaged:
        reopen(data_dir)
    assert damaged.value.params["detail"] == "detail.anchor_damaged"
    anchor.unlink()
    with pytest.raises(AuditRolledBack) as missing:
        reopen(data_dir)
    assert missing.value.params["detail"] == "detail.anchor_missing"


def test_a_keyring_store_anchors_in_the_keyring_too(data_dir: Path,
                                                    memory_keyring: MemoryKeyring) -> None:
    vault = KeyringVault(memory_keyring)
    planner = Planner(open_store(data_dir, vault=vault), vault=vault)
    some_work(planner)
    store = planner.store
    account = keyring_account(store.descriptor.store_id)
    assert memory_keyring.get_password("Verkosto", account)
    anchor_file(store).unlink()  # one place lost: the other still holds the head
    planner.close()
    open_store(data_dir, vault=vault, create=False).close()
    assert anchor_file(store).exists()  # put back from the keyring's copy
    memory_keyring.delete_password("Verkosto", account)
    anchor_file(store).unlink()
    with pytest.raises(AuditRolledBack):
        open_store(data_dir, vault=vault, create=False)


def test_inspecting_does_not_move_the_anchor_and_acknowledging_is_logged(
        planner: Planner) -> None:
    some_work(planner)
    store = planner.store
    with_key(store, "DELETE FROM audit_entry WHERE id > 3")
    data_dir = store.paths.data_dir
    planner.close()
    before = anchor_file(store).read_bytes()
    inspected = Planner(reopen(data_dir, audit_rollback="inspect"))
    try:
        found = inspected.store.anchor_check
        assert found is not None and found.state == "behind"
        inspected.clients.get(1)  # work while inspecting is logged, but moves no anchor
        assert anchor_file(store).read_bytes() == before
        entry = inspected.audit.acknowledge_rollback()
        assert entry.entity == "audit_rollback" and "finding behind" in entry.detail
    finally:
        inspected.close()
    reopen(data_dir).close()  # acknowledged: it opens again, anchored at the new head


def test_a_restored_copy_of_the_data_dir_is_refused_by_the_cli(tmp_path: Path) -> None:
    """The probe of the issue, as a user without the key would do it: copy the store file
    aside, export a summary with the HETU and invites, put the old file back."""
    data_dir = tmp_path / "data"
    assert verkosto("demo", data_dir=data_dir).returncode == 0
    old = tmp_path / "old.db"
    shutil.copy2(data_dir / "verkosto.db", old)
    summary = tmp_path / "summary.pdf"
    made = verkosto("summary", "2", "--out", str(summary), "--no-sign", "--show-hetu",
                    data_dir=data_dir)
    assert made.returncode == 0, made.stderr
    assert verkosto("invites", "2", "--out", str(tmp_path / "out"),
                    data_dir=data_dir).returncode == 0
    invite = next((tmp_path / "out").rglob("*.ics"))
    assert verkosto("audit", "--verify", "--against", str(summary),
                    data_dir=data_dir).returncode == 0
    shutil.copy2(old, data_dir / "verkosto.db")
    for suffix in ("-wal", "-shm"):
        (data_dir / f"verkosto.db{suffix}").unlink(missing_ok=True)
    refused = verkosto("clients", data_dir=data_dir)
    assert refused.returncode == 24
    assert "palautettu vanhempaan tilaan" in refused.stderr and refused.stdout == ""
    verified = verkosto("audit", "--verify", data_dir=data_dir)
    assert verified.returncode == 24 and "Ulkoinen ankkuri" in verified.stderr
    for carried in (summary, invite):
        against = verkosto("audit", "--verify", "--against", str(carried), data_dir=data_dir)
        assert against.returncode == 24, against.stderr
        assert "Lokista puuttuu" in against.stderr
    acknowledged = verkosto("audit", "--acknowledge-rollback", data_dir=data_dir)
    assert acknowledged.returncode == 0 and "Kuitattu" in acknowledged.stdout
    assert verkosto("clients", data_dir=data_dir).returncode == 0
    extract = verkosto("audit", "--verify", "--json", data_dir=data_dir)
    assert json.loads(extract.stdout)["anchor"]["state"] == "ok"


def test_a_backup_carries_its_head_and_proves_it_later(planner: Planner,
                                                       tmp_path: Path) -> None:
    some_work(planner)
    backup = tmp_path / "b.vkb"
    make_backup(planner.store, backup, BACKUP_PASSPHRASE)
    from exports.audit_heads import head_of_file

    carried = head_of_file(backup)
    assert carried.kind == "backup" and planner.audit.holds(carried.head)
    assert planner.audit.check_carried(carried.head) == 0
    data_dir = planner.store.paths.data_dir
    planner.close()
    result = verkosto("audit", "--verify", "--against", str(backup), data_dir=data_dir)
    assert result.returncode == 0 and "Loki sisältää yhä merkinnän" in result.stdout


def test_a_file_without_a_head_is_named(planner: Planner, tmp_path: Path) -> None:
    stranger = tmp_path / "stranger.ics"
    stranger.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n")
    data_dir = planner.store.paths.data_dir
    planner.close()
    result = verkosto("audit", "--verify", "--against", str(stranger), data_dir=data_dir)
    assert result.returncode == 25 and "ei kerro lokin kohtaa" in result.stderr
    missing = verkosto("audit", "--verify", "--against", str(tmp_path / "nothing.pdf"),
                       data_dir=data_dir)
    assert missing.returncode == 3 and "Traceback" not in missing.stderr


def test_the_summary_shows_its_head_on_the_page(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    assert verkosto("demo", data_dir=data_dir).returncode == 0
    summary = tmp_path / "s.pdf"
    assert verkosto("summary", "2", "--out", str(summary), "--no-sign",
                    data_dir=data_dir).returncode == 0
    text = subprocess.run(["pdftotext", str(summary), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "lokin kohta #" in text
    info = subprocess.run(["pdfinfo", str(summary)], capture_output=True, text=True,
                          check=True).stdout
    assert "verkosto-audit-head:" in info


def _at(value: str):  # type: ignore[no-untyped-def]
    from planner.storage.audit_chain import _parse_at

    return _parse_at(value)


def _action(value: str) -> str:
    from planner.storage.audit_chain import _action_value

    return _action_value(value)


def test_the_window_shows_the_rollback_and_opens_only_when_acknowledged(
        planner: Planner, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from ui.shell.main_window import MainWindow

    some_work(planner)
    with_key(planner.store, "DELETE FROM audit_entry WHERE id > 2")
    data_dir = planner.store.paths.data_dir
    planner.close()
    window = MainWindow(data_dir, vault=KeyringVault(FailKeyring()),
                        ask=lambda new, error: PASSPHRASE)
    qtbot.addWidget(window)
    window.show()
    assert not window.unlock() and not window.is_unlocked
    assert "palautettu vanhempaan tilaan" in window.locked.message.text()
    assert window.locked.acknowledge.isVisible()
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: next(answers))
    assert not window.acknowledge_rollback() and not window.is_unlocked  # "No": still shut
    assert window.acknowledge_rollback() and window.is_unlocked
    assert window.planner is not None
    with window.planner.store.read() as session:
        logged = session.connection().exec_driver_sql(
            "SELECT count(*) FROM audit_entry WHERE entity = 'audit_rollback'").scalar()
    assert logged == 1
