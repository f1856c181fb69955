"""Restore a backup over the store in a data dir — only once the backup has proved good.

1. The backup is unpacked and verified in a private staging folder inside the data dir (same
   file system, so the final step is a rename). Nothing of the current store is touched yet; a
   bad backup leaves the data dir as it was.
2. The staged copy is re-keyed to the protection the store uses — a fresh random key in the
   keyring or a passphrase with a fresh Argon2id salt — under a new store id, so the keyring
   entry of the replaced store survives and the copy kept of it stays openable.
3. The current descriptor is copied into ``backups/``; the key journal (key_journal.py) records
   the pending switch; the current database moves into ``backups/`` (its -wal and -shm with it,
   as ``before-restore-<time>.db``, or ``damaged-<time>.db`` when it failed to open) and the
   staged file is renamed into its place. Renames only: an interruption leaves the old store or
   the new one, and an open after it finishes the switch.
4. The restored store is opened like any other (an Alembic upgrade runs when the backup is
   older) and the restore is written to its audit log.
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
import tempfile
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from planner.config import ensure_private_dir, private_umask
from planner.crypto.keys import (
    Argon2Parameters,
    derive_key,
    key_check,
    new_random_key,
    sqlcipher_rekey_pragma,
)
from planner.crypto.vault import KeyringVault
from planner.domain.enums import AuditAction
from planner.errors import (
    KeyringNotPersisting,
    KeyringUnavailable,
    NotAStore,
    PassphraseRequired,
    StoreBusy,
)
from planner.files import sync_path, write_atomically
from planner.storage import engine as engine_module
from planner.storage import key_journal
from planner.storage.backup import BACKUP_TABLE, BackupInfo, unpack_backup
from planner.storage.descriptor import (
    DATABASE_NAME,
    PendingKey,
    Protection,
    StoreDescriptor,
    StorePaths,
)
from planner.storage.events import log_store_event
from planner.storage.staging import STAGING_PREFIX, remove_stale_staging
from planner.storage.store import PassphraseSource, Store, open_store


@dataclass
class RestoreResult:
    info: BackupInfo
    kept: Path | None  # where the replaced store went; None when there was none
    store: Store  # the restored store, open (the caller closes it)


def restore_backup(
    file: Path,
    passphrase: str,
    data_dir: Path,
    *,
    protection: Protection | None = None,
    new_passphrase: PassphraseSource = lambda: None,
    vault: KeyringVault | None = None,
    current_damaged: bool = False,
) -> RestoreResult:
    """Replace the store in ``data_dir`` with the backup in ``file`` (see the module text).

    ``protection`` defaults to the current store's (a keyring when there is none and one
    works); ``new_passphrase`` is asked only for passphrase protection.
    """
    private_umask()
    paths = StorePaths(Path(data_dir))
    vault = vault or KeyringVault()
    new_passphrase = _asked_once(new_passphrase)
    ensure_private_dir(paths.data_dir)
    current = _current_descriptor(paths)
    if current is None or current.pending is None:
        remove_stale_staging(paths.data_dir)  # left by restores killed before the journal
    if store_in_use(paths.database):
        raise StoreBusy()
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=paths.data_dir))
    journaled = False
    try:
        staged = staging / DATABASE_NAME
        info, backup_key = unpack_backup(Path(file), passphrase, staged)
        chosen = protection or (current.protection if current else _default_protection(vault))
        store_id = str(uuid.uuid4())
        key, params, account, chosen = _new_key(chosen, protection is None, store_id, vault,
                                                new_passphrase)
        _prepare(staged, backup_key, key)
        kept = _kept_name(paths, "damaged" if current_damaged else "before-restore")
        pending = PendingKey("restore", chosen, key_check(key), store_id, argon2=params,
                             keyring_account=account,
                             staged=str(staged.relative_to(paths.data_dir)),
                             kept=str(kept.relative_to(paths.data_dir)))
        if paths.descriptor.exists():  # the kept copy needs its descriptor to open again
            write_atomically(kept.with_suffix(".json"), paths.descriptor.read_bytes())
        base = current or StoreDescriptor(store_id, chosen, key_check(key), argon2=params)
        begun = key_journal.begin(paths, base, pending)
        journaled = True
        had_store = paths.database.exists()
        key_journal.complete_swap(paths, pending)
        key_journal.finish(paths, begun, key, vault)
    finally:
        if not journaled:
            shutil.rmtree(staging, ignore_errors=True)
    store = open_store(paths.data_dir, vault=vault, passphrase=new_passphrase, create=False)
    log_store_event(store, AuditAction.UPDATE, "store",
                    f"restored from backup {Path(file).name} made {info.created_at.isoformat()}"
                    + (f"; previous store kept as backups/{kept.name}" if had_store else ""))
    return RestoreResult(info, kept if had_store else None, store)


def _asked_once(source: PassphraseSource) -> PassphraseSource:
    """The new passphrase is asked (or read) once, then reused to open the restored store."""
    answers: list[str | None] = []

    def ask() -> str | None:
        if not answers:
            answers.append(source())
        return answers[0]

    return ask


def _current_descriptor(paths: StorePaths) -> StoreDescriptor | None:
    try:
        return StoreDescriptor.from_json(paths.descriptor.read_text("utf-8"))
    except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError, NotAStore):
        return None  # none, or unreadable: it is kept in backups/ as it is


def _default_protection(vault: KeyringVault) -> Protection:
    return "keyring" if vault.usable() else "passphrase"


def _new_key(protection: Protection, may_fall_back: bool, store_id: str, vault: KeyringVault,
             new_passphrase: PassphraseSource,
             ) -> tuple[bytes, Argon2Parameters | None, str, Protection]:
    """The restored store's key (made before any file is replaced)."""
    if protection == "keyring":
        key = new_random_key()
        account = StoreDescriptor(store_id, "keyring", "").keyring_account
        try:
            vault.store_key(account, key)
            return key, None, account, "keyring"
        except (KeyringUnavailable, KeyringNotPersisting):
            if not may_fall_back:
                raise
    phrase = new_passphrase()
    if not phrase:
        raise PassphraseRequired()
    params = Argon2Parameters.fresh()
    return derive_key(phrase, params), params, "", "passphrase"


def _prepare(staged: Path, backup_key: bytes, key: bytes) -> None:
    """Drop the backup's description and re-key the staged copy; flush it to disk.

    The copy gets a new store id, which has no outside anchor yet: it starts its own at the
    first open (the restore itself is then its first anchored entry)."""
    conn = engine_module.connect(staged, backup_key, verify_only=True)
    try:
        conn.execute(f"DROP TABLE {BACKUP_TABLE}")
        if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'audit_chain'").fetchone():
            conn.execute("UPDATE audit_chain SET anchored = 0")
        conn.execute(sqlcipher_rekey_pragma(key))
    finally:
        conn.close()
    sync_path(staged)


def _kept_name(paths: StorePaths, kind: str) -> Path:
    ensure_private_dir(paths.backups)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    kept = paths.backups / f"{kind}-{stamp}.db"
    number = 1
    while any(Path(f"{kept}{s}").exists() for s in ("", "-wal", "-shm", ".json")):
        number += 1
        kept = paths.backups / f"{kind}-{stamp}-{number}.db"
    return kept


# SQLite's lock bytes (os_unix.c): a connection to a WAL database holds a read lock on the
# SHARED range for as long as it is open, and writers take the PENDING/RESERVED bytes.
_LOCK_RANGES = ((0x40000000, 2), (0x40000002, 510))


def store_in_use(database: Path) -> bool:
    """True when another process has the database open (Linux; elsewhere assumed free)."""
    if not sys.platform.startswith("linux") or not database.exists():
        return False
    import fcntl

    fd = os.open(database, os.O_RDONLY)
    try:
        for start, length in _LOCK_RANGES:
            query = struct.pack("hhqqi", fcntl.F_WRLCK, os.SEEK_SET, start, length, 0)
            answer = fcntl.fcntl(fd, fcntl.F_GETLK, query)
            if struct.unpack("hhqqi", answer)[0] != fcntl.F_UNLCK:
                return True
        return False
    finally:
        os.close(fd)



def planned_protection(data_dir: Path, vault: KeyringVault) -> Protection:
    """How a restore into ``data_dir`` keeps the new key, unless told otherwise: as the
    current store does, else in the keyring when one works. The window asks a passphrase
    before the restore starts when this says so."""
    current = _current_descriptor(StorePaths(Path(data_dir)))
    return current.protection if current else _default_protection(vault)
