"""Key rotation and passphrase change: PRAGMA rekey, the keyring and the descriptor in step,
and safe when interrupted — also by kill -9 at each step and at random moments."""

from __future__ import annotations

import json
import os
import random
import time
from pathlib import Path

import pytest
from keyring.backends.fail import Keyring as FailKeyring
from sqlalchemy import text
from sqlmodel import select

from planner.crypto.vault import SERVICE, KeyringVault
from planner.domain import AuditEntry
from planner.errors import (
    KeyChangeNotApplicable,
    PassphraseTooShort,
    WrongPassphrase,
)
from planner.services import ClientInput, Planner
from planner.storage import key_journal
from planner.storage.descriptor import DESCRIPTOR_NAME
from planner.storage.rekey import change_passphrase, rotate_key
from planner.storage.store import Store, open_store
from tests.conftest import PASSPHRASE
from tests.support.file_keyring import FileKeyring
from tests.support.forked import Child
from tests.support.keyrings import MemoryKeyring
from tests.test_backup import BACKUP_PASSPHRASE
from tests.test_store_keys import snapshot

ROOT = Path(__file__).resolve().parents[1]
NEW_PASSPHRASE = "uusi tunnuslause 2027"
NAMES = [f"Asiakas{n:03d}" for n in range(60)]


def fill(store: Store) -> None:
    planner = Planner(store)
    for name in NAMES:
        planner.clients.create(ClientInput("Testi", name, situation="x" * 2000))


def stored_names(store: Store) -> set[str]:
    with store.read() as session:
        assert session.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
        assert session.execute(text("PRAGMA cipher_integrity_check")).all() == []
        return set(session.execute(text("SELECT last_name FROM client")).scalars())


def store_entries(keyring: MemoryKeyring) -> dict[str, str]:
    """The store keys in the keyring (not the audit anchors kept beside them)."""
    return {account: key for (service, account), key in keyring.entries.items()
            if service == SERVICE and not account.endswith("-audit-head")}


def test_rotation_gives_the_file_and_the_keyring_a_new_key(
        data_dir: Path, memory_keyring: MemoryKeyring) -> None:
    vault = KeyringVault(memory_keyring)
    store = open_store(data_dir, vault=vault)
    fill(store)
    (account, old_key), = store_entries(memory_keyring).items()
    rotate_key(store, vault)
    (same_account, new_key), = store_entries(memory_keyring).items()  # no pending entry left
    assert same_account == account and new_key != old_key
    assert key_journal.opens(store.paths.database, bytes.fromhex(new_key))
    assert not key_journal.opens(store.paths.database, bytes.fromhex(old_key))
    descriptor = json.loads((data_dir / DESCRIPTOR_NAME).read_text())
    assert "pending" not in descriptor and descriptor["key_check"] == store.descriptor.key_check
    planner = Planner(store)
    planner.clients.create(ClientInput("Uusi", "Avaimella"))  # the open store goes on working
    assert [(e.action, e.detail) for e in _all_entries(store) if e.entity == "store_key"] == [
        ("update", "store key rotated")]
    store.close()
    reopened = open_store(data_dir, vault=vault)
    try:
        assert stored_names(reopened) == {*NAMES, "Avaimella"}
        assert Planner(reopened).audit.verify().intact
    finally:
        reopened.close()


def _all_entries(store: Store) -> list[AuditEntry]:
    with store.read() as session:
        return list(session.exec(select(AuditEntry)))


def test_passphrase_change_needs_the_old_one_and_replaces_it(data_dir: Path) -> None:
    vault = KeyringVault(FailKeyring())
    store = open_store(data_dir, vault=vault, passphrase=lambda: PASSPHRASE)
    fill(store)
    old_salt = store.descriptor.argon2.salt_hex if store.descriptor.argon2 else ""
    change_passphrase(store, PASSPHRASE, NEW_PASSPHRASE)
    assert store.descriptor.argon2 is not None and store.descriptor.argon2.salt_hex != old_salt
    Planner(store).clients.create(ClientInput("Uusi", "Tunnuslause"))
    store.close()
    before = snapshot(data_dir)
    with pytest.raises(WrongPassphrase):
        open_store(data_dir, vault=vault, passphrase=lambda: PASSPHRASE)
    assert snapshot(data_dir) == before
    reopened = open_store(data_dir, vault=vault, passphrase=lambda: NEW_PASSPHRASE)
    try:
        assert stored_names(reopened) == {*NAMES, "Tunnuslause"}
        assert [e.detail for e in _all_entries(reopened) if e.entity == "store_key"] == [
            "store passphrase changed"]
    finally:
        reopened.close()


@pytest.mark.parametrize(("old", "new", "error"), [
    ("väärä tunnuslause", NEW_PASSPHRASE, WrongPassphrase),
    ("lyhyt", NEW_PASSPHRASE, WrongPassphrase),
    (PASSPHRASE, "lyhyt", PassphraseTooShort),
])
def test_a_refused_passphrase_change_changes_nothing(
        data_dir: Path, old: str, new: str, error: type[Exception]) -> None:
    store = open_store(data_dir, vault=KeyringVault(FailKeyring()), passphrase=lambda: PASSPHRASE)
    fill(store)
    store.close()
    before = snapshot(data_dir)
    store = open_store(data_dir, vault=KeyringVault(FailKeyring()), passphrase=lambda: PASSPHRASE)
    try:
        with pytest.raises(error):
            change_passphrase(store, old, new)
        assert stored_names(store) == set(NAMES)
    finally:
        store.close()
    assert snapshot(data_dir) == before


def test_each_change_applies_to_its_own_kind_of_store(
        data_dir: Path, tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    keyring_store = open_store(data_dir, vault=KeyringVault(memory_keyring))
    passphrase_store = open_store(tmp_path / "other", vault=KeyringVault(FailKeyring()),
                                  passphrase=lambda: PASSPHRASE)
    try:
        with pytest.raises(KeyChangeNotApplicable) as caught:
            change_passphrase(keyring_store, PASSPHRASE, NEW_PASSPHRASE)
        assert caught.value.exit_code == 68
        assert "verkosto rekey" in caught.value.message("fi")
        with pytest.raises(KeyChangeNotApplicable):
            rotate_key(passphrase_store, KeyringVault(memory_keyring))
    finally:
        keyring_store.close()
        passphrase_store.close()


def test_an_open_finishes_a_rekey_that_committed_before_the_journal_closed(
        data_dir: Path, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch) -> None:
    """The process died after PRAGMA rekey but before the keyring and descriptor caught up."""
    vault = KeyringVault(memory_keyring)
    store = open_store(data_dir, vault=vault)
    fill(store)

    def died(*_args: object) -> None:
        raise SystemExit("killed")

    monkeypatch.setattr(key_journal, "finish", died)
    with pytest.raises(SystemExit):
        rotate_key(store, vault)
    monkeypatch.undo()
    store.close()
    assert "pending" in json.loads((data_dir / DESCRIPTOR_NAME).read_text())
    assert len(store_entries(memory_keyring)) == 2  # the old key and the pending one
    reopened = open_store(data_dir, vault=vault)
    try:
        assert stored_names(reopened) == set(NAMES)
        assert reopened.descriptor.pending is None
        (key,) = store_entries(memory_keyring).values()
        assert key_journal.opens(reopened.paths.database, bytes.fromhex(key))
    finally:
        reopened.close()


def test_an_open_rolls_back_a_rekey_that_never_ran(
        data_dir: Path, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch) -> None:
    from planner.storage import rekey

    vault = KeyringVault(memory_keyring)
    store = open_store(data_dir, vault=vault)
    fill(store)
    (old_key,) = store_entries(memory_keyring).values()

    def died(*_args: object) -> None:
        raise SystemExit("killed")

    monkeypatch.setattr(rekey, "_rekey_file", died)
    with pytest.raises(SystemExit):
        rotate_key(store, vault)
    store.close()
    # the in-process failure rolled back at once; a crash would have left the journal:
    assert "pending" not in json.loads((data_dir / DESCRIPTOR_NAME).read_text())
    reopened = open_store(data_dir, vault=vault)
    try:
        assert stored_names(reopened) == set(NAMES)
        assert store_entries(memory_keyring) == {reopened.descriptor.keyring_account: old_key}
    finally:
        reopened.close()


# --- kill -9 in a real process -----------------------------------------------------------------
def run_child(data_dir: Path, keyring_file: Path, operation: str, *, pause: str | None = None,
              delay: float | None = None) -> str:
    """Run the switch; kill -9 it at ``pause`` (a named step) or after ``delay`` seconds.
    Returns the last line it printed ("done" when it finished first)."""
    env = dict(os.environ, VERKOSTO_PASSPHRASE=PASSPHRASE,
               VERKOSTO_NEW_PASSPHRASE=NEW_PASSPHRASE,
               VERKOSTO_BACKUP_PASSPHRASE=BACKUP_PASSPHRASE)
    child = Child("tests.support.key_switch_child", operation, str(data_dir), str(keyring_file),
                  *([pause] if pause else []), environment=env, cwd=ROOT)
    assert child.readline() == "ready"
    if pause:
        last = child.readline()
        assert last == f"paused {pause}", last
    else:
        time.sleep(delay or 0)
        last = "killed"
    rest = [line.strip() for line in child.kill() if line.strip()]
    return rest[-1] if rest else last


def open_either(data_dir: Path, vault: KeyringVault, phrases: list[str]) -> tuple[Store, str]:
    """The store opens with exactly one of ``phrases``; the other is refused."""
    opened: list[tuple[Store, str]] = []
    for phrase in phrases:
        try:
            opened.append((open_store(data_dir, vault=vault, passphrase=lambda p=phrase: p,
                                      create=False), phrase))
        except WrongPassphrase:
            continue
        opened[-1][0].close()
    assert len(opened) == 1, [p for _s, p in opened]
    phrase = opened[0][1]
    return open_store(data_dir, vault=vault, passphrase=lambda: phrase, create=False), phrase


KEYRING_STEPS = ["journal_begun", "keyring_saved", "file_rekeyed", "finishing",
                 "forgetting_pending", "finished"]
PASSPHRASE_STEPS = ["journal_begun", "file_rekeyed", "finishing", "finished"]


@pytest.mark.slow
def test_kill_9_during_key_rotation_leaves_one_working_key(tmp_path: Path) -> None:
    rng = random.Random(6)
    runs = [(step, None) for step in KEYRING_STEPS] + [
        (None, rng.uniform(0.0, 0.25)) for _ in range(7)]
    outcomes = set()
    for number, (step, delay) in enumerate(runs):
        data_dir, keyring_file = tmp_path / f"data{number}", tmp_path / f"keyring{number}.json"
        vault = KeyringVault(FileKeyring(keyring_file))
        store = open_store(data_dir, vault=vault)
        fill(store)
        old_key = bytes.fromhex(FileKeyring(keyring_file).entries()[
            f"{SERVICE}/{store.descriptor.keyring_account}"])
        store.close()
        run_child(data_dir, keyring_file, "rotate", pause=step, delay=delay)
        reopened = open_store(data_dir, vault=vault, create=False)
        try:
            assert stored_names(reopened) == set(NAMES), (step, delay)
            assert reopened.descriptor.pending is None
            (account, key), = [(a, k) for a, k in FileKeyring(keyring_file).entries().items()
                               if not a.endswith("-audit-head")]
            assert account.endswith(reopened.descriptor.keyring_account)  # nothing left over
            new_key = bytes.fromhex(key)
            assert key_journal.opens(reopened.paths.database, new_key)
            if new_key != old_key:
                assert not key_journal.opens(reopened.paths.database, old_key)
            outcomes.add("rotated" if new_key != old_key else "kept")
            assert Planner(reopened).audit.verify().intact
        finally:
            reopened.close()
    assert outcomes == {"rotated", "kept"}  # both sides of the commit were hit


@pytest.mark.slow
def test_kill_9_during_a_passphrase_change_leaves_exactly_one_passphrase(tmp_path: Path) -> None:
    rng = random.Random(7)
    runs = [(step, None) for step in PASSPHRASE_STEPS] + [
        (None, rng.uniform(0.0, 0.6)) for _ in range(7)]
    outcomes = set()
    for number, (step, delay) in enumerate(runs):
        data_dir = tmp_path / f"data{number}"
        vault = KeyringVault(FailKeyring())
        store = open_store(data_dir, vault=vault, passphrase=lambda: PASSPHRASE)
        fill(store)
        store.close()
        run_child(data_dir, tmp_path / "unused.json", "passphrase", pause=step, delay=delay)
        reopened, phrase = open_either(data_dir, vault, [PASSPHRASE, NEW_PASSPHRASE])
        try:
            assert stored_names(reopened) == set(NAMES), (step, delay)
            assert reopened.descriptor.pending is None
            outcomes.add(phrase)
        finally:
            reopened.close()
        if step in ("file_rekeyed", "finishing", "finished"):
            assert phrase == NEW_PASSPHRASE, step
        elif step == "journal_begun":
            assert phrase == PASSPHRASE
    assert outcomes == {PASSPHRASE, NEW_PASSPHRASE}
