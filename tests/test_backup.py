"""Encrypted backups: consistent while another process writes, nothing readable without the
passphrase, every kind of bad file classified with its own translated error."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backends.fail import Keyring as FailKeyring
from sqlalchemy import text

from planner.crypto.vault import KeyringVault
from planner.errors import (
    BackupAuditBroken,
    BackupDamaged,
    BackupError,
    BackupPassphraseRequired,
    BackupPassphraseTooShort,
    BackupTargetExists,
    BackupTooNew,
    BackupWrongPassphrase,
    NotABackup,
)
from planner.services import Planner
from planner.storage import backup_format
from planner.storage import engine as engine_module
from planner.storage.backup import make_backup, unpack_backup, verify_backup
from planner.storage.store import Store, open_store
from tests.conftest import PASSPHRASE
from tests.test_audit import tamper

ROOT = Path(__file__).resolve().parents[1]
BACKUP_PASSPHRASE = "varmuuskopion tunnuslause"


@pytest.fixture
def demo(demo_planner: Planner) -> Planner:
    return demo_planner


@pytest.fixture
def backup_file(demo: Planner, tmp_path: Path) -> Path:
    target = tmp_path / "usb" / "verkosto-varmuuskopio.vkb"
    target.parent.mkdir()
    make_backup(demo.store, target, BACKUP_PASSPHRASE)
    return target


def read_backup(file: Path, folder: Path, sql: str) -> list[tuple[object, ...]]:
    """Run ``sql`` on a fresh copy of the backup's database (the backup file stays as it is)."""
    copy = Path(tempfile.mkdtemp(dir=folder)) / "copy.db"
    _info, key = unpack_backup(file, BACKUP_PASSPHRASE, copy)
    conn = engine_module.connect(copy, key, verify_only=True)
    try:
        return list(conn.execute(sql).fetchall())
    finally:
        conn.close()


def test_a_backup_holds_the_store_and_says_what_it_holds(demo: Planner, backup_file: Path,
                                                         tmp_path: Path) -> None:
    info = verify_backup(backup_file, BACKUP_PASSPHRASE)
    assert (info.clients, info.meetings) == (5, 11)
    assert info.store_id == demo.store.descriptor.store_id and not info.needs_upgrade
    assert info.audit_entries > 100 and info.size == backup_file.stat().st_size
    assert sorted(os.listdir(backup_file.parent)) == [backup_file.name]  # no temporary left
    names = read_backup(backup_file, tmp_path, "SELECT last_name FROM client ORDER BY 1")
    assert names == [("Korhonen",), ("Lehtonen",), ("Mäkinen",), ("Nieminen",), ("Rahimi",)]
    with demo.store.read() as session:
        logged = session.execute(text(
            "SELECT action, detail FROM audit_entry WHERE entity = 'backup'")).all()
    assert logged == [("EXPORT", f"encrypted backup {backup_file.name}: 5 clients, 11 meetings")]


def test_a_backup_holds_no_client_name_or_hetu_in_plaintext(demo: Planner,
                                                            backup_file: Path) -> None:
    needles = set()
    for client in demo.clients.search("", limit=100):
        needles.update(part for part in client.name.split() if len(part) >= 4)
        if client.hetu:
            needles.add(client.hetu)
    assert len(needles) >= 10
    content = backup_file.read_bytes()
    for needle in needles | {"verkostoneuvottelu", "Kela"}:
        for encoded in (needle.encode("utf-8"), needle.encode("utf-16-le")):
            assert encoded not in content, needle
    assert b"SQLite format 3" not in content


def test_the_backup_passphrase_and_target_are_checked_first(store: Store, tmp_path: Path) -> None:
    target = tmp_path / "b.vkb"
    with pytest.raises(BackupPassphraseRequired):
        make_backup(store, target, "")
    with pytest.raises(BackupPassphraseTooShort) as short:
        make_backup(store, target, "lyhyt")
    assert short.value.exit_code == 63 and "vähintään 10" in short.value.message("fi")
    target.write_bytes(b"jotain muuta")
    with pytest.raises(BackupTargetExists) as exists:
        make_backup(store, target, BACKUP_PASSPHRASE)
    assert exists.value.exit_code == 66
    assert target.read_bytes() == b"jotain muuta"
    make_backup(store, target, BACKUP_PASSPHRASE, overwrite=True)
    assert verify_backup(target, BACKUP_PASSPHRASE).clients == 0


# --- consistency while another process writes -------------------------------------------------
@pytest.fixture
def writer(data_dir: Path, store: Store) -> Iterator[subprocess.Popen[str]]:
    """tests/support/crash_writer.py: another process committing a client at a time."""
    env = dict(os.environ, VERKOSTO_PASSPHRASE=PASSPHRASE, PYTHONPATH=str(ROOT))
    process = subprocess.Popen([sys.executable, "-m", "tests.support.crash_writer",
                                str(data_dir)], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                               text=True)
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ready"
    yield process
    process.send_signal(signal.SIGKILL)
    process.wait()


@pytest.mark.slow
def test_a_backup_made_while_another_process_writes_is_one_consistent_snapshot(
        store: Store, writer: subprocess.Popen[str], tmp_path: Path) -> None:
    counts = []
    for number in range(3):
        time.sleep(0.4)
        target = tmp_path / f"b{number}.vkb"
        info = make_backup(store, target, BACKUP_PASSPHRASE)  # verified below, chain included
        assert verify_backup(target, BACKUP_PASSPHRASE).clients == info.clients
        names = [row[0] for row in read_backup(target, tmp_path, "SELECT last_name FROM client "
                                                                "ORDER BY id")]
        logged = read_backup(target, tmp_path, "SELECT count(*) FROM audit_entry WHERE "
                                               "entity = 'client' AND action = 'CREATE'")
        # Each write is in the backup whole (client and its log line) or not at all, and the
        # clients are exactly the first ones written: no later write without an earlier one.
        assert logged == [(len(names),)]
        numbers = [int(name.rsplit("x", 1)[1]) for name in names]
        assert numbers == list(range(1, len(numbers) + 1))
        counts.append(len(names))
    assert counts[0] > 0 and counts == sorted(counts) and counts[-1] > counts[0]


# --- bad files -----------------------------------------------------------------------------------
def _damage(kind: str, backup: Path, store: Store) -> Path:
    data = backup.read_bytes()
    bad = backup.with_name(f"{kind}.vkb")
    header_end = data.index(b"}") + 1
    if kind == "zero":
        bad.write_bytes(b"")
    elif kind == "truncated":
        bad.write_bytes(data[: len(data) // 2])
    elif kind == "cut_in_magic":
        bad.write_bytes(data[:9])
    elif kind == "plaintext":
        bad.write_bytes(b"SQLite format 3\x00" + bytes(8176))
    elif kind == "random":
        bad.write_bytes(os.urandom(len(data)))
    elif kind == "the_store_itself":
        bad.write_bytes(store.paths.database.read_bytes())
    elif kind == "flipped_page":
        flipped = bytearray(data)
        flipped[len(data) - 3000] ^= 0x40
        bad.write_bytes(bytes(flipped))
    elif kind == "changed_header":
        bad.write_bytes(data.replace(b'"time_cost": 3', b'"time_cost": 4', 1))
    elif kind == "trailing":
        bad.write_bytes(data + b"\x00" * 10)
    elif kind == "broken_json":
        bad.write_bytes(data[:header_end - 5] + b"!!!!!" + data[header_end:])
    return bad


BAD_FILES = [
    ("zero", BackupDamaged, 61, "tyhjä tiedosto"),
    ("truncated", BackupDamaged, 61, "katkennut"),
    ("cut_in_magic", BackupDamaged, 61, "katkennut"),
    ("plaintext", NotABackup, 60, "salaamaton SQLite-tietokanta"),
    ("random", NotABackup, 60, "tunnistamaton tiedosto"),
    ("the_store_itself", NotABackup, 60, "tunnistamaton tiedosto"),
    ("flipped_page", BackupDamaged, 61, "tarkistussumma ei täsmää"),
    ("changed_header", BackupWrongPassphrase, 62, "tunnuslause on väärä"),
    ("trailing", BackupDamaged, 61, "ylimääräisiä tavuja"),
    ("broken_json", BackupDamaged, 61, "otsake ei ole luettavissa"),
]


@pytest.mark.parametrize(("kind", "error", "exit_code", "finnish"), BAD_FILES)
def test_a_bad_backup_file_is_classified(store: Store, tmp_path: Path, kind: str,
                                         error: type[BackupError], exit_code: int,
                                         finnish: str) -> None:
    backup = tmp_path / "good.vkb"
    make_backup(store, backup, BACKUP_PASSPHRASE)
    bad = _damage(kind, backup, store)
    with pytest.raises(error) as caught:
        verify_backup(bad, BACKUP_PASSPHRASE)
    assert caught.value.exit_code == exit_code
    assert finnish in caught.value.message("fi")
    assert caught.value.message("sv") != caught.value.message("fi")


def test_a_wrong_backup_passphrase_is_told_from_damage(store: Store, tmp_path: Path) -> None:
    backup = tmp_path / "good.vkb"
    make_backup(store, backup, BACKUP_PASSPHRASE)
    with pytest.raises(BackupWrongPassphrase) as caught:
        verify_backup(backup, "ihan eri tunnuslause")
    assert caught.value.exit_code == 62
    assert "Varmuuskopion tunnuslause on väärä" in caught.value.message("fi")


def test_a_changed_header_field_is_caught_by_the_mac(store: Store, tmp_path: Path) -> None:
    backup = tmp_path / "good.vkb"
    make_backup(store, backup, BACKUP_PASSPHRASE)
    data = backup.read_bytes()
    size = backup_format.read_header(backup).database_size
    forged = data.replace(f'"database_size": {size}'.encode(),
                          f'"database_size": {size - 1024}'.encode(), 1)[:-1024]
    backup.write_bytes(forged)
    with pytest.raises(BackupDamaged) as caught:
        verify_backup(backup, BACKUP_PASSPHRASE)
    assert "otsaketta on muutettu" in caught.value.message("fi")


def test_a_backup_from_a_newer_version_is_refused(store: Store, tmp_path: Path) -> None:
    with store.write() as session:
        session.execute(text("UPDATE alembic_version SET version_num = 'ffff'"))
    backup = tmp_path / "newer.vkb"
    make_backup(store, backup, BACKUP_PASSPHRASE)
    with pytest.raises(BackupTooNew) as caught:
        verify_backup(backup, BACKUP_PASSPHRASE)
    assert caught.value.exit_code == 64 and "ffff" in caught.value.message("fi")


def test_a_backup_with_a_broken_audit_chain_is_refused(demo: Planner, tmp_path: Path) -> None:
    tamper(demo, "UPDATE audit_entry SET user = 'joku muu' WHERE id = 3")
    backup = tmp_path / "tampered.vkb"
    make_backup(demo.store, backup, BACKUP_PASSPHRASE)
    with pytest.raises(BackupAuditBroken) as caught:
        verify_backup(backup, BACKUP_PASSPHRASE)
    assert caught.value.exit_code == 65 and "kohdassa 3" in caught.value.message("fi")


def test_a_store_in_passphrase_mode_backs_up_without_the_keyring(data_dir: Path,
                                                                 tmp_path: Path) -> None:
    """The backup key never touches the keyring: it comes from the backup passphrase alone."""
    store = open_store(data_dir, vault=KeyringVault(FailKeyring()), passphrase=lambda: PASSPHRASE)
    try:
        info = make_backup(store, tmp_path / "b.vkb", BACKUP_PASSPHRASE)
    finally:
        store.close()
    assert verify_backup(tmp_path / "b.vkb", BACKUP_PASSPHRASE) == info


CHILD_BACKUP_ON_A_FULL_DISK = """
import resource, signal, sys
from pathlib import Path
from keyring.backends.fail import Keyring
from planner.crypto.vault import KeyringVault
from planner.errors import VerkostoError
from planner.storage.backup import make_backup
from planner.storage.store import open_store

store = open_store(Path(sys.argv[1]), vault=KeyringVault(Keyring()),
                   passphrase=lambda: sys.argv[3])
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG
resource.setrlimit(resource.RLIMIT_FSIZE, (100_000, resource.RLIM_INFINITY))
try:
    make_backup(store, Path(sys.argv[2]), sys.argv[4])
except VerkostoError as error:
    print(error.exit_code, error.message("fi"))
"""


def test_a_full_disk_while_backing_up_leaves_no_half_file(demo: Planner, data_dir: Path,
                                                          tmp_path: Path) -> None:
    target = tmp_path / "full" / "b.vkb"
    target.parent.mkdir()
    result = subprocess.run([sys.executable, "-c", CHILD_BACKUP_ON_A_FULL_DISK, str(data_dir),
                             str(target), PASSPHRASE, BACKUP_PASSPHRASE], cwd=ROOT,
                            env=dict(os.environ, PYTHONPATH=str(ROOT)), capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    # RLIMIT_FSIZE makes writes fail with EFBIG, which SQLite reports as an I/O error.
    message = result.stdout.strip()
    assert message.startswith(f"69 Tiedostoa {target} ei voitu kirjoittaa (levy"), message
    assert message.endswith("). Mitään ei korvattu.")
    assert os.listdir(target.parent) == []  # no half backup, no temporary file
    assert demo.audit.verify().intact and len(demo.clients.search("", limit=10)) == 5
