"""Switching a store's key so that an interruption at any point leaves an openable store.

Key rotation, passphrase change and restore all go the same way:

1. The new key is made. The descriptor gets a ``pending`` record — the new key's check value
   and Argon2 salt, and the keyring account where a keyring key will wait — written
   atomically. The old key check stays.
2. A keyring key is saved under that *pending* account (the store's own account keeps the old
   key, which the file still needs). A restore saves it under the new store id's own account
   before step 1 (nothing uses that account yet).
3. The database switches: ``PRAGMA rekey`` (one transaction: every page or none), or, for a
   restore, the current file is moved into ``backups/`` and the staged file, already keyed
   with the new key, renamed into its place.
4. The new key goes to the store's own keyring account, the descriptor is rewritten with the
   new key check and no pending record, the pending keyring entry is removed.

Until step 3 has committed, the file has the old key; afterwards the new one. The descriptor
cannot say which (it is written before step 3), so an open that finds a pending record asks
the file itself: it tries the two candidate keys, and the one that opens the file wins. Then
step 4 is done (roll forward) or the pending record dropped (roll back). Both candidates are
tried read-only; the file is never written until it has told which key it has.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from planner.config import ensure_private_dir
from planner.crypto.keys import Argon2Parameters, key_matches, matching_key
from planner.crypto.vault import KeyringVault
from planner.errors import (
    CorruptStore,
    KeyMissing,
    KeyringLocked,
    KeyringUnavailable,
    PassphraseRequired,
    PassphraseTooShort,
    StoreFileMissing,
    WrongKey,
    WrongPassphrase,
)
from planner.files import sync_dir
from planner.storage import engine as engine_module
from planner.storage.descriptor import PendingKey, StoreDescriptor, StorePaths


def pending_account(store_id: str) -> str:
    """Where a rotated key waits while the store's own account still holds the old one."""
    return f"store-{store_id}-next"


def begin(paths: StorePaths, descriptor: StoreDescriptor, pending: PendingKey) -> StoreDescriptor:
    begun = replace(descriptor, pending=pending)
    begun.save(paths.descriptor)
    return begun


# --- step 3 of a restore, also redone by the next open after an interruption ----------------
def complete_swap(paths: StorePaths, pending: PendingKey) -> None:
    """Move the current database (with its -wal and -shm) to ``kept``, the staged one in."""
    if pending.action != "restore" or not pending.staged:
        return
    staged = paths.data_dir / pending.staged
    if not staged.exists():
        return  # swapped already
    kept = paths.data_dir / pending.kept
    ensure_private_dir(kept.parent)
    # -wal and -shm first: a WAL left beside the new file would be replayed into it.
    for suffix in ("-wal", "-shm", ""):
        current = Path(f"{paths.database}{suffix}")
        if current.exists():
            target = Path(f"{kept}{suffix}")
            if target.exists():  # never overwrite anything in backups/
                raise FileExistsError(target)
            os.rename(current, target)
    os.rename(staged, paths.database)
    sync_dir(kept.parent)
    sync_dir(paths.data_dir)
    shutil.rmtree(staged.parent, ignore_errors=True)


# --- which key does the file have? ------------------------------------------------------------
@dataclass(frozen=True)
class _Candidate:
    protection: str
    key_check: str
    keyring_account: str
    argon2: Argon2Parameters | None
    is_pending: bool


def _candidates(descriptor: StoreDescriptor) -> list[_Candidate]:
    pending = descriptor.pending
    assert pending is not None
    return [
        _Candidate(descriptor.protection, descriptor.key_check, descriptor.keyring_account,
                   descriptor.argon2, False),
        _Candidate(pending.protection, pending.key_check, pending.keyring_account,
                   pending.argon2, True),
    ]


def opens(database: Path, key: bytes) -> bool:
    try:
        engine_module.connect(database, key, verify_only=True).close()
    except engine_module.dbapi.DatabaseError:
        return False
    return True


def settle_key(paths: StorePaths, descriptor: StoreDescriptor, vault: KeyringVault,
               passphrase: Callable[[], str | None]) -> tuple[StoreDescriptor, bytes]:
    """Finish or roll back the pending key switch; returns the descriptor and key in force."""
    if not paths.database.exists():
        raise StoreFileMissing(descriptor=str(paths.descriptor), path=str(paths.database))
    candidates = _candidates(descriptor)
    tried: list[_Candidate] = []  # got a key that matched its check value, yet it did not open
    keyring_error: KeyringLocked | KeyringUnavailable | None = None
    for candidate in (c for c in candidates if c.protection == "keyring"):
        try:
            key = vault.load_key(candidate.keyring_account)
        except (KeyMissing, WrongKey):
            continue
        except (KeyringLocked, KeyringUnavailable) as error:
            keyring_error = error  # the other candidate may be a passphrase: try it first
            continue
        if key_matches(key, candidate.key_check):
            if opens(paths.database, key):
                return _resolve(paths, descriptor, candidate, key, vault), key
            tried.append(candidate)
    asked = [c for c in candidates if c.protection == "passphrase" and c.argon2 is not None]
    if asked:
        phrase = passphrase()
        if not phrase:
            raise PassphraseRequired()
        for candidate in asked:
            assert candidate.argon2 is not None
            try:
                found = matching_key(phrase, candidate.argon2, candidate.key_check)
            except PassphraseTooShort:
                continue
            if found is not None:
                key = found
                if opens(paths.database, key):
                    return _resolve(paths, descriptor, candidate, key, vault), key
                tried.append(candidate)
    if len(tried) == len(candidates):  # both keys known and neither opens: the file is at fault
        raise CorruptStore(path=str(paths.database), detail="detail.key_fits_not_file")
    if keyring_error is not None and (tried or not asked):
        raise keyring_error  # the file has the keyring's key, which cannot be read now
    if asked:
        raise WrongPassphrase()  # e.g. the old passphrase after the change had committed
    raise KeyMissing(account=descriptor.keyring_account)


def _resolve(paths: StorePaths, descriptor: StoreDescriptor, candidate: _Candidate, key: bytes,
             vault: KeyringVault) -> StoreDescriptor:
    if candidate.is_pending:
        return finish(paths, descriptor, key, vault)
    return roll_back(paths, descriptor, vault)


# --- step 4, or giving up before step 3 ------------------------------------------------------
def finished_descriptor(begun: StoreDescriptor) -> StoreDescriptor:
    pending = begun.pending
    assert pending is not None
    same_store = pending.store_id == begun.store_id
    return StoreDescriptor(
        store_id=pending.store_id, protection=pending.protection, key_check=pending.key_check,
        argon2=pending.argon2 if pending.protection == "passphrase" else None,
        created_at=begun.created_at if same_store else datetime.now(UTC).isoformat())


def forget_leftover_key(vault: KeyringVault, store_id: str) -> None:
    """A key rotation killed after its descriptor was saved but before the pending key's
    keyring entry was removed leaves that entry (a copy of the key in force, under the
    pending account): removed at the next open, when no switch is pending."""
    with contextlib.suppress(Exception):  # none there (the usual case), or no keyring
        vault.forget_key(pending_account(store_id))


def finish(paths: StorePaths, begun: StoreDescriptor, key: bytes,
           vault: KeyringVault) -> StoreDescriptor:
    """The file has the new key: make the keyring and the descriptor say so."""
    final = finished_descriptor(begun)
    pending = begun.pending
    assert pending is not None
    moved = pending.protection == "keyring" and pending.keyring_account != final.keyring_account
    if moved:
        vault.store_key(final.keyring_account, key)
    final.save(paths.descriptor)
    if moved:
        vault.forget_key(pending.keyring_account)
    return final


def roll_back(paths: StorePaths, begun: StoreDescriptor, vault: KeyringVault) -> StoreDescriptor:
    """The file kept the old key: forget the pending record and the key made for it."""
    pending = begun.pending
    assert pending is not None
    kept = replace(begun, pending=None)
    kept.save(paths.descriptor)
    if pending.keyring_account and pending.keyring_account != kept.keyring_account:
        with contextlib.suppress(Exception):  # a leftover entry is harmless, never fatal here
            vault.forget_key(pending.keyring_account)
    if pending.staged:
        shutil.rmtree((paths.data_dir / pending.staged).parent, ignore_errors=True)
    return kept
