"""Every keyring and store state gets its own error; none creates a key or touches the file."""

from __future__ import annotations

import hashlib
import json
import os
import stat
from pathlib import Path

import pytest
from keyring.backends.fail import Keyring as FailKeyring
from keyring.backends.null import Keyring as NullKeyring

from planner.crypto.vault import SERVICE, KeyringVault
from planner.errors import (
    CorruptStore,
    KeyMissing,
    KeyringLocked,
    KeyringUnavailable,
    NotAStore,
    PassphraseRequired,
    StoreFileMissing,
    WrongKey,
    WrongPassphrase,
)
from planner.storage.descriptor import DATABASE_NAME, DESCRIPTOR_NAME
from planner.storage.store import open_store
from tests.conftest import PASSPHRASE
from tests.support.keyrings import LockedKeyring, MemoryKeyring


def snapshot(folder: Path) -> dict[str, str]:
    """Name → SHA-256 of every file below ``folder``: equal snapshots = nothing touched."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def make_keyring_store(data_dir: Path, keyring: MemoryKeyring) -> str:
    open_store(data_dir, vault=KeyringVault(keyring)).close()
    (account,) = [user for (service, user) in keyring.entries
                  if service == SERVICE and not user.endswith("-audit-head")]  # the key's
    return account


def make_passphrase_store(data_dir: Path) -> None:
    open_store(data_dir, vault=KeyringVault(FailKeyring()), passphrase=lambda: PASSPHRASE).close()


def test_new_store_keeps_a_random_key_in_the_keyring(data_dir: Path) -> None:
    keyring = MemoryKeyring()
    store = open_store(data_dir, vault=KeyringVault(keyring))
    assert store.created and store.protection == "keyring"
    store.close()
    ((service, account), hex_key), = [(entry, value) for entry, value in keyring.entries.items()
                                      if not entry[1].endswith("-audit-head")]
    assert service == "Verkosto" and account.startswith("store-")
    assert len(bytes.fromhex(hex_key)) == 32
    descriptor = json.loads((data_dir / DESCRIPTOR_NAME).read_text())
    assert hex_key not in json.dumps(descriptor)
    reopened = open_store(data_dir, vault=KeyringVault(keyring))
    assert not reopened.created
    reopened.close()


def test_files_are_private(data_dir: Path, memory_keyring: MemoryKeyring) -> None:
    make_keyring_store(data_dir, memory_keyring)
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    for path in data_dir.iterdir():
        if path.is_file():
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_no_backend_falls_back_to_a_passphrase_for_a_new_store(data_dir: Path) -> None:
    store = open_store(data_dir, vault=KeyringVault(FailKeyring()), passphrase=lambda: PASSPHRASE)
    assert store.protection == "passphrase"
    store.close()
    descriptor = json.loads((data_dir / DESCRIPTOR_NAME).read_text())
    assert descriptor["argon2"]["time_cost"] >= 3 and len(descriptor["argon2"]["salt_hex"]) == 32


def test_null_backend_does_not_keep_the_key_so_a_passphrase_is_used(data_dir: Path) -> None:
    store = open_store(data_dir, vault=KeyringVault(NullKeyring()), passphrase=lambda: PASSPHRASE)
    assert store.protection == "passphrase"
    store.close()


def test_no_backend_and_no_passphrase_creates_nothing(data_dir: Path) -> None:
    with pytest.raises(PassphraseRequired) as caught:
        open_store(data_dir, vault=KeyringVault(FailKeyring()))
    assert caught.value.exit_code == 15
    assert not (data_dir / DATABASE_NAME).exists()
    assert not (data_dir / DESCRIPTOR_NAME).exists()


def test_locked_keyring_on_creation_is_reported_not_bypassed(data_dir: Path) -> None:
    with pytest.raises(KeyringLocked):
        open_store(data_dir, vault=KeyringVault(LockedKeyring()), passphrase=lambda: PASSPHRASE)
    assert not (data_dir / DATABASE_NAME).exists()


@pytest.mark.parametrize(
    ("backend", "error", "exit_code"),
    [
        (LockedKeyring(), KeyringLocked, 12),
        (FailKeyring(), KeyringUnavailable, 11),
        (MemoryKeyring(), KeyMissing, 13),  # a working keyring without this store's entry
        (NullKeyring(), KeyMissing, 13),
    ],
)
def test_existing_keyring_store_reports_each_keyring_state(
        data_dir: Path, backend: object, error: type[Exception], exit_code: int) -> None:
    make_keyring_store(data_dir, MemoryKeyring())
    before = snapshot(data_dir)
    with pytest.raises(error) as caught:
        open_store(data_dir, vault=KeyringVault(backend), passphrase=lambda: PASSPHRASE)  # type: ignore[arg-type]
    assert caught.value.exit_code == exit_code  # type: ignore[attr-defined]
    assert caught.value.message("fi") != caught.value.message("en")  # type: ignore[attr-defined]
    assert snapshot(data_dir) == before  # no new key, no new store, file untouched


def test_wrong_key_in_keyring_leaves_the_file_byte_identical(data_dir: Path) -> None:
    keyring = MemoryKeyring()
    account = make_keyring_store(data_dir, keyring)
    keyring.entries[(SERVICE, account)] = "ab" * 32
    before = snapshot(data_dir)
    with pytest.raises(WrongKey):
        open_store(data_dir, vault=KeyringVault(keyring))
    assert snapshot(data_dir) == before


def test_malformed_keyring_entry_is_never_used_as_a_passphrase(data_dir: Path) -> None:
    keyring = MemoryKeyring()
    account = make_keyring_store(data_dir, keyring)
    keyring.entries[(SERVICE, account)] = keyring.entries[(SERVICE, account)][:-1]  # 63 digits
    with pytest.raises(WrongKey):
        open_store(data_dir, vault=KeyringVault(keyring))


def test_wrong_passphrase_leaves_the_file_byte_identical(data_dir: Path) -> None:
    make_passphrase_store(data_dir)
    before = snapshot(data_dir)
    with pytest.raises(WrongPassphrase) as caught:
        open_store(data_dir, vault=KeyringVault(FailKeyring()),
                   passphrase=lambda: "not the passphrase")
    assert caught.value.exit_code == 16
    assert snapshot(data_dir) == before


def test_wrong_key_for_the_database_itself_is_rejected_by_sqlcipher(data_dir: Path) -> None:
    """Even past the descriptor's check value, SQLCipher refuses a wrong key untouched."""
    from planner.storage import engine

    make_passphrase_store(data_dir)
    before = snapshot(data_dir)
    with pytest.raises(engine.dbapi.DatabaseError, match="not a database"):
        engine.connect(data_dir / DATABASE_NAME, os.urandom(32))
    assert snapshot(data_dir) == before


def test_missing_passphrase_for_existing_store(data_dir: Path) -> None:
    make_passphrase_store(data_dir)
    with pytest.raises(PassphraseRequired):
        open_store(data_dir, vault=KeyringVault(FailKeyring()))


def test_plain_sqlite_file_is_not_a_store(data_dir: Path) -> None:
    data_dir.mkdir()
    plain = data_dir / DATABASE_NAME
    plain.write_bytes(b"SQLite format 3\x00" + bytes(4080))
    before = snapshot(data_dir)
    with pytest.raises(NotAStore) as caught:
        open_store(data_dir, vault=KeyringVault(MemoryKeyring()), passphrase=lambda: PASSPHRASE)
    assert "unencrypted" in caught.value.message("en")
    assert "(salaamaton SQLite-tietokanta)" in caught.value.message("fi")  # no English inside
    assert "(en okrypterad SQLite-databas)" in caught.value.message("sv")
    assert snapshot(data_dir) == before


def test_database_without_descriptor_is_not_a_store(data_dir: Path) -> None:
    make_passphrase_store(data_dir)
    (data_dir / DESCRIPTOR_NAME).unlink()
    before = snapshot(data_dir)
    with pytest.raises(NotAStore):
        open_store(data_dir, vault=KeyringVault(MemoryKeyring()), passphrase=lambda: PASSPHRASE)
    assert snapshot(data_dir) == before


def test_descriptor_without_database_never_creates_a_new_store(data_dir: Path) -> None:
    keyring = MemoryKeyring()
    make_keyring_store(data_dir, keyring)
    for name in (DATABASE_NAME, DATABASE_NAME + "-wal", DATABASE_NAME + "-shm"):
        (data_dir / name).unlink(missing_ok=True)
    entries = dict(keyring.entries)
    with pytest.raises(StoreFileMissing):
        open_store(data_dir, vault=KeyringVault(keyring))
    assert keyring.entries == entries
    assert not (data_dir / DATABASE_NAME).exists()


@pytest.mark.parametrize("damage", ["zero", "truncated", "garbage_page"])
def test_damaged_store_is_classified_and_left_alone(data_dir: Path, damage: str) -> None:
    make_passphrase_store(data_dir)
    database = data_dir / DATABASE_NAME
    content = database.read_bytes()
    if damage == "zero":
        database.write_bytes(b"")
    elif damage == "truncated":
        database.write_bytes(content[:600])
    else:
        database.write_bytes(os.urandom(4096) + content[4096:])
    before = snapshot(data_dir)
    with pytest.raises(CorruptStore) as caught:
        open_store(data_dir, vault=KeyringVault(FailKeyring()), passphrase=lambda: PASSPHRASE)
    assert caught.value.exit_code == 19
    if damage == "zero":
        assert "(tyhjä tiedosto)" in caught.value.message("fi")
    elif damage == "truncated":
        assert "(katkennut, vain 600 tavua)" in caught.value.message("fi")
    assert snapshot(data_dir) == before


def test_unreadable_descriptor_is_reported(data_dir: Path) -> None:
    make_passphrase_store(data_dir)
    (data_dir / DESCRIPTOR_NAME).write_text("{not json")
    with pytest.raises(NotAStore, match="descriptor"):
        open_store(data_dir, vault=KeyringVault(FailKeyring()), passphrase=lambda: PASSPHRASE)
