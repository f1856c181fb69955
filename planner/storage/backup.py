"""Encrypted, self-contained backups made while the app runs, and their verification.

Consistency: the copy is made with ``ATTACH … KEY`` + ``sqlcipher_export()`` on a connection of
its own, inside one explicit read transaction (``BEGIN`` … ``COMMIT``). In WAL mode that
transaction reads one snapshot — every commit up to its first read, WAL frames included, and
none after — while other connections go on writing; it takes no write lock on the store.
Without the explicit transaction each table's copy would be its own statement with its own
snapshot. ``sqlcipher_export`` rather than the sqlite backup API: it is SQLCipher's documented
way to write a database under a *different* key, and it builds the copy afresh, so free pages
(where erased clients' data once was) are not carried into a file that leaves the machine.
The description of the backup (when, schema revision, counts) is written in the same
transaction, so it describes exactly the snapshot.

The export goes to a private temporary file beside the target and becomes the backup file
(planner/storage/backup_format.py) through ``planner.files.write_output``: the target is
checked like every other output (a device, FIFO, folder or link is refused even with
``overwrite``; an existing file only with it), the container is written to another temporary
file, fsynced and published without replacing a file that appeared meanwhile. A failure leaves
no half backup. The backup keeps its own errors where it had them: an existing file is
``BackupTargetExists`` (66), a full disk or other write failure ``BackupWriteFailed`` (69).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from planner.domain.enums import AuditAction
from planner.errors import (
    BackupAuditBroken,
    BackupDamaged,
    BackupTargetExists,
    BackupTooNew,
    BackupWriteFailed,
    CorruptStore,
    OutputDiskFull,
    OutputExists,
    OutputWriteFailed,
)
from planner.files import check_output, write_output
from planner.storage import audit_chain, backup_format, migrate
from planner.storage import engine as engine_module
from planner.storage.audit_chain import GENESIS, AuditHead, ChainFinding
from planner.storage.descriptor import DATABASE_NAME
from planner.storage.events import log_store_event
from planner.storage.store import Store

BACKUP_TABLE = "verkosto_backup"
FORMAT = backup_format.FORMAT
Progress = Callable[[int, int], None]  # (step done, steps)
_STEPS = 3


@dataclass(frozen=True)
class BackupInfo:
    """What a backup holds, read from inside it (and so covered by its MAC and encryption)."""

    file: Path
    created_at: datetime
    schema_revision: str
    store_id: str
    clients: int
    meetings: int
    audit_entries: int
    size: int

    @property
    def needs_upgrade(self) -> bool:
        return self.schema_revision != migrate.head_revision()


def _no_progress(_done: int, _total: int) -> None:
    pass


# --- making a backup --------------------------------------------------------------------------
def make_backup(store: Store, target: Path, passphrase: str, *, overwrite: bool = False,
                progress: Progress = _no_progress) -> BackupInfo:
    """Write an encrypted backup of the open ``store`` to ``target`` (logged as an export)."""
    target = Path(target)
    backup_format.require_passphrase(passphrase)
    check_backup_target(target, overwrite=overwrite)
    progress(0, _STEPS)
    params, key = backup_format.new_backup_key(passphrase)
    progress(1, _STEPS)
    try:
        with _temporary(target.parent, ".export") as exported:
            description = _export(store, exported, key, target)
            progress(2, _STEPS)
            with _backup_errors(target):
                write_output(target, lambda out: backup_format.write_container(
                    out, exported, params, key, audit_head=description["audit_head"]),
                    force=overwrite)
    except OSError as error:
        raise BackupWriteFailed(path=str(target), detail=_os_detail(error),
                                error=str(error)) from error
    info = _info(target, description)
    log_store_event(store, AuditAction.EXPORT, "backup",
                    f"encrypted backup {target.name}: {info.clients} clients, "
                    f"{info.meetings} meetings")
    progress(3, _STEPS)
    return info


def check_backup_target(target: Path, *, overwrite: bool = False) -> None:
    """Raise before any work when ``target`` cannot take the backup (see make_backup)."""
    with _backup_errors(target):
        check_output(target, force=overwrite)


@contextlib.contextmanager
def _backup_errors(target: Path) -> Iterator[None]:
    """The output errors as the backup's own (exit codes 66 and 69, as before); a target
    that is not a regular file or a folder that is not one stay output errors (exit 8)."""
    try:
        yield
    except OutputExists as error:
        raise BackupTargetExists(path=str(target)) from error
    except OutputDiskFull as error:
        raise BackupWriteFailed(path=str(target), detail="detail.disk_full",
                                error=error.message("en")) from error
    except OutputWriteFailed as error:
        raise BackupWriteFailed(path=str(target), detail=error.params.get("detail", ""),
                                error=error.params.get("detail", "")) from error


def _export(store: Store, exported: Path, key: bytes, target: Path) -> dict[str, str]:
    """Copy one snapshot of the store into ``exported`` under ``key``; returns its description."""
    conn = engine_module.connect(store.paths.database, store._key)
    try:
        conn.execute(f"ATTACH DATABASE ? AS backup KEY \"x'{key.hex()}'\"", (str(exported),))
        conn.execute("BEGIN")
        try:
            description = _describe(conn, store)  # its first read fixes the snapshot
            conn.execute("SELECT sqlcipher_export('backup')").fetchall()
            version = int(conn.execute("PRAGMA main.user_version").fetchone()[0])
            conn.execute(f"PRAGMA backup.user_version = {version}")
            conn.execute(f"CREATE TABLE backup.{BACKUP_TABLE} "
                         "(name TEXT PRIMARY KEY, value TEXT NOT NULL)")
            conn.executemany(f"INSERT INTO backup.{BACKUP_TABLE} VALUES (?, ?)",
                             sorted(description.items()))
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:  # SQLite has already rolled back after e.g. a full disk
                conn.execute("ROLLBACK")
            raise
        conn.execute("DETACH DATABASE backup")
    except engine_module.dbapi.OperationalError as error:
        raise BackupWriteFailed(path=str(target), detail=_os_detail(error),
                                error=str(error)) from error
    except engine_module.dbapi.DatabaseError as error:  # the store itself fails to read
        raise CorruptStore(path=str(store.paths.database), detail=str(error)) from error
    finally:
        conn.close()
    return description


def _describe(conn: Any, store: Store) -> dict[str, str]:
    def count(table: str) -> str:
        return str(conn.execute(f"SELECT count(*) FROM main.{table}").fetchone()[0])

    revision = conn.execute("SELECT version_num FROM main.alembic_version").fetchone()
    return {
        "format": str(FORMAT),
        "created_at": datetime.now(UTC).isoformat(),
        "schema_revision": revision[0] if revision else "",
        "store_id": store.descriptor.store_id,
        "clients": count("client"),
        "meetings": count("meeting"),
        "audit_entries": count("audit_entry"),
        "audit_head": _head(conn),
    }


def _head(conn: Any) -> str:
    """The newest log entry in the snapshot, as the backup header carries it."""
    row = conn.execute("SELECT id, entry_hash FROM main.audit_entry "
                       "ORDER BY id DESC LIMIT 1").fetchone()
    head = AuditHead(int(row[0]), str(row[1])) if row else AuditHead(0, GENESIS)
    return head.to_text()


def _info(file: Path, description: dict[str, str]) -> BackupInfo:
    try:
        return BackupInfo(
            file=file,
            created_at=datetime.fromisoformat(description["created_at"]),
            schema_revision=description["schema_revision"],
            store_id=description["store_id"],
            clients=int(description["clients"]),
            meetings=int(description["meetings"]),
            audit_entries=int(description["audit_entries"]),
            size=file.stat().st_size,
        )
    except (KeyError, ValueError) as error:
        raise BackupDamaged(path=str(file), detail="detail.backup_no_description") from error


@contextlib.contextmanager
def _temporary(folder: Path, suffix: str) -> Iterator[Path]:
    """A new private file name in ``folder``, removed afterwards (with SQLite's side files)."""
    fd, name = tempfile.mkstemp(dir=folder, prefix=".verkosto-backup-", suffix=suffix)
    os.close(fd)
    path = Path(name)
    try:
        yield path
    finally:
        for leftover in (path, Path(f"{path}-journal")):
            leftover.unlink(missing_ok=True)


def _os_detail(error: BaseException) -> str:
    text = str(error).lower()
    if "no space" in text or "full" in text or getattr(error, "errno", 0) == 28:
        return "detail.disk_full"
    if "read-only" in text or "readonly" in text or "permission" in text:
        return "detail.read_only"
    return "detail.io_error"


# --- reading a backup -------------------------------------------------------------------------
def verify_backup(file: Path, passphrase: str) -> BackupInfo:
    """Open the backup in a temporary folder and check everything restore will rely on."""
    with tempfile.TemporaryDirectory(prefix="verkosto-verify-") as folder:
        info, _key = unpack_backup(Path(file), passphrase, Path(folder) / DATABASE_NAME)
        return info


def unpack_backup(file: Path, passphrase: str, database: Path) -> tuple[BackupInfo, bytes]:
    """Extract the backup's database to ``database`` (a new file) and verify it.

    Returns what it holds and the backup key the extracted file is encrypted with.
    """
    header = backup_format.read_header(file)
    key = backup_format.open_key(file, header, passphrase)
    backup_format.extract_database(file, header, database)
    return _check(file, database, key), key


def _check(file: Path, database: Path, key: bytes) -> BackupInfo:
    try:
        conn = engine_module.connect(database, key, verify_only=True)
    except engine_module.dbapi.DatabaseError as error:
        raise BackupDamaged(path=str(file), detail="detail.backup_unreadable") from error
    try:
        if conn.execute("PRAGMA cipher_integrity_check").fetchall():
            raise BackupDamaged(path=str(file), detail="detail.backup_integrity")
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise BackupDamaged(path=str(file), detail="detail.backup_integrity")
        rows = conn.execute(f"SELECT name, value FROM {BACKUP_TABLE}").fetchall()
    except engine_module.dbapi.DatabaseError as error:
        raise BackupDamaged(path=str(file), detail="detail.backup_no_description") from error
    finally:
        conn.close()
    info = _info(file, {str(name): str(value) for name, value in rows})
    if info.schema_revision not in migrate.known_revisions():
        raise BackupTooNew(revision=info.schema_revision)
    report = _audit_report(database, key, info)
    if report.broken_at is not None:
        raise BackupAuditBroken(entry=report.broken_at, reason=report.reason)
    return info


def _audit_report(database: Path, key: bytes, info: BackupInfo) -> ChainFinding:
    """The audit chain of the extracted copy, walked with the copy's own chain key."""
    conn = engine_module.connect(database, key, verify_only=True)
    try:
        return audit_chain.check_connection(conn)
    finally:
        conn.close()
