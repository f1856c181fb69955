"""Fuzzing the backup reader: random bytes, mutated backups, and mutations re-sealed with the
right key (so that they reach SQLCipher and SQLite) end in a classified, translated error."""

from __future__ import annotations

import hashlib
import re
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from keyring.backends.fail import Keyring as FailKeyring

from planner.crypto.vault import KeyringVault
from planner.errors import BackupError
from planner.services import ClientInput, Planner
from planner.storage import backup_format
from planner.storage.backup import BackupInfo, make_backup, verify_backup
from planner.storage.store import open_store
from tests.conftest import PASSPHRASE
from tests.test_backup import BACKUP_PASSPHRASE

FUZZ = settings(max_examples=40, deadline=None,
                suppress_health_check=[HealthCheck.too_slow,
                                       HealthCheck.function_scoped_fixture])


@dataclass(frozen=True)
class Good:
    data: bytes = field(repr=False)
    header: backup_format.BackupHeader = field(repr=False)
    key: bytes = field(repr=False)
    folder: Path = Path()

    @property
    def database(self) -> bytes:
        return self.data[self.header.offset:]

    def write(self, data: bytes) -> Path:
        fd, name = tempfile.mkstemp(dir=self.folder, suffix=".vkb")
        with open(fd, "wb") as handle:
            handle.write(data)
        return Path(name)

    def sealed(self, database: bytes) -> bytes:
        """A container around ``database`` whose checksum and MAC are right for the key."""
        header = backup_format.BackupHeader(
            self.header.argon2, self.header.key_check, len(database),
            hashlib.sha256(database).hexdigest()).sealed(self.key).to_bytes()
        return (backup_format.MAGIC + len(header).to_bytes(4, "big") + header + database)


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Good]:
    folder = tmp_path_factory.mktemp("fuzz")
    store = open_store(folder / "data", vault=KeyringVault(FailKeyring()),
                       passphrase=lambda: PASSPHRASE)
    planner = Planner(store)
    for name in ("Korhonen", "Lehtonen", "Mäkinen"):
        planner.clients.create(ClientInput("Testi", name, situation="tilanne " * 50))
    make_backup(store, folder / "good.vkb", BACKUP_PASSPHRASE)
    store.close()
    header = backup_format.read_header(folder / "good.vkb")
    key = backup_format.open_key(folder / "good.vkb", header, BACKUP_PASSPHRASE)
    yield Good((folder / "good.vkb").read_bytes(), header, key, folder)


def verify_or_classified(path: Path) -> BackupInfo | None:
    try:
        return verify_backup(path, BACKUP_PASSPHRASE)
    except BackupError as error:
        for language in ("fi", "sv", "en"):
            text = error.message(language)
            assert text and text != error.code and "detail." not in text
            assert not re.search(r"\{[a-z_]+\}", text)  # every placeholder filled
        return None
    finally:
        path.unlink()


def mutate(data: bytes, flips: list[tuple[int, int]], cut: int | None, junk: bytes) -> bytes:
    out = bytearray(data)
    for position, value in flips:
        out[position % len(out)] = value
    if cut is not None:
        del out[cut % len(out):]
    return bytes(out) + junk


MUTATIONS = dict(
    flips=st.lists(st.tuples(st.integers(0, 10**7), st.integers(0, 255)), max_size=6),
    cut=st.one_of(st.none(), st.integers(0, 10**7)),
    junk=st.binary(max_size=40),
)


@FUZZ
@given(data=st.one_of(st.binary(max_size=5000),
                      st.binary(max_size=400).map(lambda b: backup_format.MAGIC + b),
                      st.binary(max_size=400).map(lambda b: backup_format.MAGIC
                                                  + len(b).to_bytes(4, "big") + b)))
def test_random_bytes_are_never_a_backup(good: Good, data: bytes) -> None:
    assert verify_or_classified(good.write(data)) is None


@FUZZ
@given(**MUTATIONS)
def test_a_mutated_backup_is_refused_or_still_whole(good: Good, flips: list[tuple[int, int]],
                                                    cut: int | None, junk: bytes) -> None:
    data = mutate(good.data, flips, cut, junk)
    info = verify_or_classified(good.write(data))
    if info is not None:  # only a mutation that changed nothing can pass every check
        assert data == good.data and info.clients == 3


@FUZZ
@given(**MUTATIONS)
def test_a_resealed_mutation_reaches_sqlcipher_and_is_refused(
        good: Good, flips: list[tuple[int, int]], cut: int | None, junk: bytes) -> None:
    database = mutate(good.database, flips, cut, junk)
    info = verify_or_classified(good.write(good.sealed(database)))
    if info is not None:
        assert database == good.database or database.startswith(good.database)
        assert info.clients == 3
