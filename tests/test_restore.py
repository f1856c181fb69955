"""Restore: verified before anything is replaced, the current store kept, the new one re-keyed
and opened; a bad backup leaves the data dir byte-identical; kill -9 leaves old or new."""

from __future__ import annotations

import json
import os
import random
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from keyring.backends.fail import Keyring as FailKeyring
from sqlalchemy import Connection, text
from sqlmodel import select

from planner.crypto.vault import SERVICE, KeyringVault
from planner.domain import AuditEntry
from planner.errors import (
    BackupError,
    BackupWrongPassphrase,
    CorruptStore,
    PassphraseRequired,
    StoreBusy,
    WrongPassphrase,
)
from planner.services import ClientInput, Planner
from planner.storage import key_journal, migrate
from planner.storage.audit_chain import GENESIS, ROW_COLUMNS, expected_hash
from planner.storage.backup import make_backup
from planner.storage.descriptor import DATABASE_NAME, DESCRIPTOR_NAME
from planner.storage.restore import restore_backup, store_in_use
from planner.storage.store import Store, open_store
from tests.conftest import PASSPHRASE
from tests.support.file_keyring import FileKeyring
from tests.support.forked import Child
from tests.support.keyrings import MemoryKeyring
from tests.support.stores import copy_store
from tests.test_backup import BACKUP_PASSPHRASE, BAD_FILES, ROOT, _damage
from tests.test_rekey import run_child
from tests.test_store_keys import snapshot

NO_KEYRING = KeyringVault(FailKeyring())
NEW_PASSPHRASE = "palautetun tunnuslause"


def open_(data_dir: Path, phrase: str = PASSPHRASE) -> Store:
    return open_store(data_dir, vault=NO_KEYRING, passphrase=lambda: phrase, create=False)


def names(store: Store) -> set[str]:
    with store.read() as session:
        assert session.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
        return set(session.execute(text("SELECT last_name FROM client")).scalars())


@pytest.fixture
def backed_up(planner: Planner, tmp_path: Path) -> Path:
    """A store with two clients backed up, then a third client added after the backup."""
    for name in ("Ennen", "Varmuuskopiota"):
        planner.clients.create(ClientInput("Testi", name))
    backup = tmp_path / "b.vkb"
    make_backup(planner.store, backup, BACKUP_PASSPHRASE)
    planner.clients.create(ClientInput("Testi", "Myöhemmin"))
    planner.close()
    return backup


def test_restore_replaces_the_store_and_keeps_the_old_one(backed_up: Path, data_dir: Path) -> None:
    old_store_id = json.loads((data_dir / DESCRIPTOR_NAME).read_text())["store_id"]
    result = restore_backup(backed_up, BACKUP_PASSPHRASE, data_dir, vault=NO_KEYRING,
                            new_passphrase=lambda: NEW_PASSPHRASE)
    try:
        assert names(result.store) == {"Ennen", "Varmuuskopiota"}
        assert result.store.protection == "passphrase"  # as the store was
        assert result.store.descriptor.store_id != old_store_id
        restored = [e.detail for e in _entries(result.store) if e.entity == "store"]
        assert len(restored) == 1 and restored[0].startswith("restored from backup b.vkb made")
        assert Planner(result.store).audit.verify().intact
    finally:
        result.store.close()
    assert result.kept is not None and result.kept.parent == data_dir / "backups"
    assert result.kept.name.startswith("before-restore-")
    assert sorted(p.name for p in data_dir.iterdir()) == [
        "backups", DESCRIPTOR_NAME, DATABASE_NAME]  # no staging folder left
    with pytest.raises(WrongPassphrase):
        open_(data_dir)  # the new key, from the new passphrase
    again = open_(data_dir, NEW_PASSPHRASE)
    assert names(again) == {"Ennen", "Varmuuskopiota"}
    again.close()
    # The kept store opens as it was, with its own descriptor copied beside it.
    old = data_dir.parent / "old"
    old.mkdir()
    shutil.copy(result.kept, old / DATABASE_NAME)
    shutil.copy(result.kept.with_suffix(".json"), old / DESCRIPTOR_NAME)
    kept = open_(old)
    assert names(kept) == {"Ennen", "Varmuuskopiota", "Myöhemmin"}
    kept.close()


def _entries(store: Store) -> list[AuditEntry]:
    with store.read() as session:
        return list(session.exec(select(AuditEntry)))


def test_restore_onto_a_new_machine_keeps_the_key_in_the_keyring(backed_up: Path,
                                                                 tmp_path: Path) -> None:
    keyring = MemoryKeyring()
    target = tmp_path / "new-machine"
    result = restore_backup(backed_up, BACKUP_PASSPHRASE, target, vault=KeyringVault(keyring))
    assert result.kept is None and result.store.protection == "keyring"
    account = result.store.descriptor.keyring_account
    result.store.close()
    # the key, and the restored log's head anchored next to it
    assert sorted(keyring.entries) == [(SERVICE, account), (SERVICE, f"{account}-audit-head")]
    reopened = open_store(target, vault=KeyringVault(keyring), create=False)
    assert names(reopened) == {"Ennen", "Varmuuskopiota"}
    reopened.close()


def test_restore_over_a_keyring_store_leaves_the_old_key_for_the_kept_copy(
        tmp_path: Path, data_dir: Path) -> None:
    keyring = MemoryKeyring()
    vault = KeyringVault(keyring)
    store = open_store(data_dir, vault=vault)
    Planner(store).clients.create(ClientInput("Testi", "Avainnippu"))
    make_backup(store, tmp_path / "b.vkb", BACKUP_PASSPHRASE)
    store.close()
    old_entries = dict(keyring.entries)
    result = restore_backup(tmp_path / "b.vkb", BACKUP_PASSPHRASE, data_dir, vault=vault)
    result.store.close()
    assert result.store.protection == "keyring"
    assert set(old_entries.items()) < set(keyring.entries.items())  # old key kept, new added


def test_restore_needs_a_passphrase_for_a_passphrase_store(backed_up: Path,
                                                           data_dir: Path) -> None:
    before = snapshot(data_dir)
    with pytest.raises(PassphraseRequired):
        restore_backup(backed_up, BACKUP_PASSPHRASE, data_dir, vault=NO_KEYRING)
    assert snapshot(data_dir) == before


@pytest.mark.parametrize(("kind", "error", "exit_code", "finnish"),
                         [*BAD_FILES, ("wrong_passphrase", BackupWrongPassphrase, 62, "väärä")])
def test_a_bad_backup_leaves_the_current_store_byte_identical(
        store: Store, data_dir: Path, tmp_path: Path, kind: str, error: type[BackupError],
        exit_code: int, finnish: str) -> None:
    backup = tmp_path / "good.vkb"
    Planner(store).clients.create(ClientInput("Testi", "Nykyinen"))
    make_backup(store, backup, BACKUP_PASSPHRASE)
    bad = backup if kind == "wrong_passphrase" else _damage(kind, backup, store)
    store.close()
    before = snapshot(data_dir)
    with pytest.raises(error) as caught:
        restore_backup(bad, "väärä tunnuslause" if kind == "wrong_passphrase"
                       else BACKUP_PASSPHRASE, data_dir, vault=NO_KEYRING,
                       new_passphrase=lambda: PASSPHRASE)
    assert caught.value.exit_code == exit_code
    assert snapshot(data_dir) == before
    assert sorted(p.name for p in data_dir.iterdir()) == [DESCRIPTOR_NAME, DATABASE_NAME]


def test_a_damaged_store_is_moved_aside_never_overwritten(backed_up: Path,
                                                          data_dir: Path) -> None:
    database = data_dir / DATABASE_NAME
    database.write_bytes(database.read_bytes()[:700])  # truncated
    damaged = database.read_bytes()
    with pytest.raises(CorruptStore):
        open_(data_dir)
    result = restore_backup(backed_up, BACKUP_PASSPHRASE, data_dir, vault=NO_KEYRING,
                            new_passphrase=lambda: PASSPHRASE, current_damaged=True)
    result.store.close()
    assert result.kept is not None and result.kept.name.startswith("damaged-")
    assert result.kept.read_bytes() == damaged
    assert names(open_(data_dir)) == {"Ennen", "Varmuuskopiota"}


def legacy_log(conn: Connection) -> None:
    """Rewrite the log's links as plain SHA-256, the way stores before schema 0005 have it."""
    rows = conn.exec_driver_sql(f"SELECT {ROW_COLUMNS} FROM audit_entry ORDER BY id").all()
    conn.exec_driver_sql("DROP TRIGGER audit_entry_no_update")
    prev = GENESIS
    for row in rows:
        fixed = (*row[:10], prev, row[11])
        digest = expected_hash(None, fixed)
        conn.exec_driver_sql("UPDATE audit_entry SET prev_hash = ?, entry_hash = ? WHERE id = ?",
                             (prev, digest, row[0]))
        prev = digest
    conn.exec_driver_sql("CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry "
                         "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END")


def test_an_older_backup_is_upgraded_when_restored(planner: Planner, tmp_path: Path) -> None:
    planner.clients.create(ClientInput("Testi", "Vanha"))
    with planner.store.engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), "0002")
        legacy_log(conn)  # as the version of schema 0002 wrote it: plain SHA-256 links
    backup = tmp_path / "old.vkb"
    info = make_backup(planner.store, backup, BACKUP_PASSPHRASE)
    assert info.schema_revision == "0002" and info.needs_upgrade
    planner.close()
    result = restore_backup(backup, BACKUP_PASSPHRASE, tmp_path / "restored", vault=NO_KEYRING,
                            new_passphrase=lambda: PASSPHRASE)
    try:
        assert migrate.current_revision(result.store.engine) == migrate.head_revision()
        assert result.store.migration_backup is not None  # the usual copy before upgrading
        assert names(result.store) == {"Vanha"}
    finally:
        result.store.close()


def test_a_store_open_in_another_process_is_not_replaced(
        backed_up: Path, data_dir: Path, writer_process: Child) -> None:
    assert store_in_use(data_dir / DATABASE_NAME)
    with pytest.raises(StoreBusy):
        restore_backup(backed_up, BACKUP_PASSPHRASE, data_dir, vault=NO_KEYRING,
                       new_passphrase=lambda: PASSPHRASE)
    assert not list(data_dir.glob(".restore-*"))
    writer_process.kill()
    assert not store_in_use(data_dir / DATABASE_NAME)


@pytest.fixture
def writer_process(data_dir: Path) -> Iterator[Child]:
    process = Child("tests.support.crash_writer", str(data_dir),
                    environment=dict(os.environ, VERKOSTO_PASSPHRASE=PASSPHRASE), cwd=ROOT)
    assert process.readline() == "ready"
    yield process
    process.kill()


# --- kill -9 during a restore -------------------------------------------------------------------
RESTORE_STEPS = ["staged", "journal_begun", "swapping", "finishing", "finished"]


@pytest.mark.slow
def test_kill_9_during_a_restore_leaves_the_old_or_the_new_store(backed_up: Path,
                                                                 tmp_path: Path,
                                                                 data_dir: Path) -> None:
    """The restored store gets the same passphrase here, so both open with it: which one
    opens is told by its clients. The old one is never lost: it is either in place or kept."""
    pristine = tmp_path / "pristine"
    shutil.copytree(data_dir, pristine)
    rng = random.Random(61)
    runs = [(step, None) for step in RESTORE_STEPS] + [
        (None, rng.uniform(0.0, 0.5)) for _ in range(5)]
    outcomes = set()
    for number, (step, delay) in enumerate(runs):
        target = tmp_path / f"data{number}"
        copy_store(pristine, target)
        run_child(target, tmp_path / "unused.json", f"restore:{backed_up}", pause=step,
                  delay=delay)
        store = open_(target)
        try:
            found = names(store)
            assert store.descriptor.pending is None
            assert Planner(store).audit.verify().intact
        finally:
            store.close()
        kept = [open_kept(p) for p in (target / "backups").glob("*.db")] \
            if (target / "backups").exists() else []
        if found == {"Ennen", "Varmuuskopiota"}:
            outcomes.add("new")
            assert kept == [{"Ennen", "Varmuuskopiota", "Myöhemmin"}], (step, delay)
        else:
            outcomes.add("old")
            assert found == {"Ennen", "Varmuuskopiota", "Myöhemmin"}, (step, delay)
        if step in ("journal_begun", "swapping", "finishing", "finished"):
            assert found == {"Ennen", "Varmuuskopiota"}, step
    assert outcomes == {"old", "new"}


def open_kept(database: Path) -> set[str]:
    folder = database.parent / f"open-{database.stem}"
    folder.mkdir()
    shutil.copy(database, folder / DATABASE_NAME)
    shutil.copy(database.with_suffix(".json"), folder / DESCRIPTOR_NAME)
    store = open_(folder)
    try:
        return names(store)
    finally:
        store.close()


def test_a_keyring_restore_interrupted_after_the_swap_is_finished_by_the_next_open(
        backed_up: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    keyring_file = tmp_path / "keyring.json"
    vault = KeyringVault(FileKeyring(keyring_file))
    target = tmp_path / "machine"

    def died(*_args: object) -> None:
        raise SystemExit("killed")

    monkeypatch.setattr(key_journal, "finish", died)
    with pytest.raises(SystemExit):
        restore_backup(backed_up, BACKUP_PASSPHRASE, target, vault=vault,
                       protection="keyring")
    monkeypatch.undo()
    assert json.loads((target / DESCRIPTOR_NAME).read_text())["pending"]["action"] == "restore"
    store = open_store(target, vault=vault, create=False)
    try:
        assert names(store) == {"Ennen", "Varmuuskopiota"} and store.descriptor.pending is None
    finally:
        store.close()


def test_a_pending_restore_to_a_passphrase_opens_while_the_old_keyring_is_locked(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The replaced store's key is in a keyring that is locked now: the restored store's
    passphrase alone settles the interrupted switch."""
    from tests.support.keyrings import LockedKeyring

    keyring = MemoryKeyring()
    data_dir = tmp_path / "data"
    store = open_store(data_dir, vault=KeyringVault(keyring))
    Planner(store).clients.create(ClientInput("Testi", "Palautettava"))
    make_backup(store, tmp_path / "b.vkb", BACKUP_PASSPHRASE)
    store.close()

    def died(*_args: object) -> None:
        raise SystemExit("killed")

    monkeypatch.setattr(key_journal, "finish", died)
    with pytest.raises(SystemExit):
        restore_backup(tmp_path / "b.vkb", BACKUP_PASSPHRASE, data_dir,
                       vault=KeyringVault(keyring), protection="passphrase",
                       new_passphrase=lambda: NEW_PASSPHRASE)
    monkeypatch.undo()
    store = open_store(data_dir, vault=KeyringVault(LockedKeyring()),
                       passphrase=lambda: NEW_PASSPHRASE, create=False)
    try:
        assert names(store) == {"Palautettava"} and store.protection == "passphrase"
        assert store.descriptor.pending is None
    finally:
        store.close()


def test_opening_the_store_removes_a_restore_staging_folder_left_long_ago(
        planner: Planner, data_dir: Path) -> None:
    """A restore killed before its journal began leaves its staged copy behind: the next open
    removes it once clearly abandoned, and leaves alone one that may still be working."""
    planner.store.close()
    old, fresh = data_dir / ".restore-killed", data_dir / ".restore-working"
    for folder in (old, fresh):
        folder.mkdir()
        (folder / DATABASE_NAME).write_bytes(os.urandom(4096))
    two_hours_ago = time.time() - 7200
    os.utime(old, (two_hours_ago, two_hours_ago))
    store = open_(data_dir)
    try:
        assert not old.exists() and (fresh / DATABASE_NAME).is_file()
        assert names(store) == set()  # the store itself untouched
    finally:
        store.close()
