"""Key rotation (keyring stores) and passphrase change (passphrase stores) with ``PRAGMA rekey``.

The order that makes an interruption safe is the key journal's (planner/storage/key_journal.py):
the new key is kept (keyring) and announced in the descriptor before the one ``PRAGMA rekey``
transaction, and the old key is let go only after it committed. A kill -9 at any point leaves
a file that opens with exactly one of the two keys, and the next open finishes or rolls back.

Other processes with the store open would keep reading with the old key: the window and the
CLI do this only on a store they alone have open.
"""

from __future__ import annotations

import contextlib
from dataclasses import replace

from planner.crypto.keys import (
    Argon2Parameters,
    derive_key,
    key_check,
    matching_key,
    new_random_key,
    sqlcipher_rekey_pragma,
)
from planner.crypto.vault import KeyringVault
from planner.domain.enums import AuditAction
from planner.errors import KeyChangeNotApplicable, StoreWriteFailed, WrongPassphrase
from planner.storage import engine as engine_module
from planner.storage import key_journal
from planner.storage.descriptor import PendingKey
from planner.storage.events import log_store_event
from planner.storage.store import Store


def rotate_key(store: Store, vault: KeyringVault) -> None:
    """A new random key for a keyring store: the file re-encrypted, the keyring updated."""
    if store.protection != "keyring":
        raise KeyChangeNotApplicable(protection=store.protection)
    key = new_random_key()
    account = key_journal.pending_account(store.descriptor.store_id)
    pending = PendingKey("rekey", "keyring", key_check(key), store.descriptor.store_id,
                         keyring_account=account)
    _switch(store, pending, key, vault)
    log_store_event(store, AuditAction.UPDATE, "store_key", "store key rotated")


def change_passphrase(store: Store, old: str, new: str,
                      vault: KeyringVault | None = None) -> None:
    """A new passphrase (and a new Argon2id salt) for a passphrase store."""
    if store.protection != "passphrase":
        raise KeyChangeNotApplicable(protection=store.protection)
    current = store.descriptor.argon2
    assert current is not None
    try:
        old_key = matching_key(old, current, store.descriptor.key_check)
    except Exception as error:  # too short cannot be right either
        raise WrongPassphrase() from error
    if old_key is None:
        raise WrongPassphrase()
    params = Argon2Parameters.fresh()
    key = derive_key(new, params)  # PassphraseTooShort for a short one, before any change
    pending = PendingKey("rekey", "passphrase", key_check(key), store.descriptor.store_id,
                         argon2=params)
    _switch(store, pending, key, vault or KeyringVault())
    log_store_event(store, AuditAction.UPDATE, "store_key", "store passphrase changed")


def _switch(store: Store, pending: PendingKey, key: bytes, vault: KeyringVault) -> None:
    # The journal first, then the pending keyring entry: an interruption between the two
    # leaves a journal whose key is missing, which the next open rolls back, and no stray key.
    begun = key_journal.begin(store.paths, replace(store.descriptor, pending=None), pending)
    try:
        if pending.protection == "keyring":
            vault.store_key(pending.keyring_account, key)
        store.engine.dispose()  # no pooled connection may keep the old key
        _rekey_file(store, key)
    except BaseException:
        # The file says whether the rekey committed before the error (as on the next open).
        if not key_journal.opens(store.paths.database, key):
            store.use_key(store._key, key_journal.roll_back(store.paths, begun, vault))
            raise
    store.use_key(key, begun)  # from here on the file has the new key
    store.descriptor = key_journal.finish(store.paths, begun, key, vault)


def _rekey_file(store: Store, key: bytes) -> None:
    conn = engine_module.connect(store.paths.database, store._key)
    try:
        # A short WAL first: the rekey writes every page to it once.
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        conn.execute(sqlcipher_rekey_pragma(key))
        with contextlib.suppress(engine_module.dbapi.Error):  # only tidies the WAL
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    except engine_module.dbapi.OperationalError as error:
        raise StoreWriteFailed(detail="detail.io_error", error=str(error)) from error
    finally:
        conn.close()

