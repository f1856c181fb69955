"""The backup file: one file the user can copy, readable without the store it came from.

Layout (why not a bare SQLCipher file: its key comes from Argon2id of the backup passphrase,
so the salt, the cost parameters and a key check must be readable *before* decryption — and
the key check is what tells a wrong passphrase apart from a damaged file)::

    16 bytes   MAGIC
     4 bytes   header length N, big-endian (at most MAX_HEADER)
     N bytes   header: UTF-8 JSON, no secret — format, Argon2id salt and parameters, the key
               check, the database's size and SHA-256, and a MAC over all of these
     L bytes   the database: SQLCipher 4 under the backup key (what it holds, when it was
               made, schema revision, store id: a table inside, see planner/storage/backup.py)

The MAC (HMAC-SHA256 under the backup key) covers the header and, through the SHA-256, every
byte of the database: a changed or cut file is reported as damaged before SQLite reads it.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import struct
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any, BinaryIO

from planner.crypto.keys import (
    MIN_PASSPHRASE_LENGTH,
    Argon2Parameters,
    derive_key,
    key_check,
    matching_key,
)
from planner.errors import (
    BackupDamaged,
    BackupPassphraseRequired,
    BackupPassphraseTooShort,
    BackupTooNew,
    BackupWrongPassphrase,
    NotABackup,
)
from planner.storage.audit_chain import AuditHead

MAGIC = b"VERKOSTO-BACKUP\x00"
FORMAT = 1
MAX_HEADER = 64 * 1024
_LENGTH = struct.Struct(">I")
_PREFIX = len(MAGIC) + _LENGTH.size
_CHUNK = 1024 * 1024
SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class BackupHeader:
    argon2: Argon2Parameters
    key_check: str
    database_size: int
    database_sha256: str
    mac: str = ""
    format: int = FORMAT
    offset: int = field(default=0, compare=False)  # where the database starts (when read)
    # The audit log's head in the copy ("id:mac"): `verkosto audit --verify --against` proves
    # the live log still holds it, without the backup's passphrase. Absent in older backups.
    audit_head: str = ""

    def _fields(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("offset")
        if not data["audit_head"]:
            data.pop("audit_head")  # so older backups' MACs still match
        return data

    def signed_part(self) -> bytes:
        data = self._fields()
        data.pop("mac")
        return json.dumps(data, sort_keys=True, separators=(",", ":")).encode("utf-8")

    def sealed(self, key: bytes) -> BackupHeader:
        mac = hmac.new(key, self.signed_part(), hashlib.sha256).hexdigest()
        return BackupHeader(self.argon2, self.key_check, self.database_size,
                            self.database_sha256, mac, audit_head=self.audit_head)

    def to_bytes(self) -> bytes:
        return json.dumps(self._fields(), sort_keys=True).encode("utf-8")


def require_passphrase(passphrase: str | None) -> str:
    """A backup passphrase follows the rule of store passphrases (at least 10 characters)."""
    if not passphrase:
        raise BackupPassphraseRequired()
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise BackupPassphraseTooShort(minimum=MIN_PASSPHRASE_LENGTH)
    return passphrase


def new_backup_key(passphrase: str) -> tuple[Argon2Parameters, bytes]:
    params = Argon2Parameters.fresh()
    return params, derive_key(require_passphrase(passphrase), params)


def file_digest(path: Path) -> tuple[int, str]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return size, digest.hexdigest()


def write_container(out: BinaryIO, database: Path, params: Argon2Parameters, key: bytes,
                    *, audit_head: str = "") -> None:
    """Write the whole backup file for ``database`` (already encrypted under ``key``)."""
    size, sha = file_digest(database)
    header = BackupHeader(params, key_check(key), size, sha,
                          audit_head=audit_head).sealed(key).to_bytes()
    out.write(MAGIC + _LENGTH.pack(len(header)) + header)
    with database.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            out.write(chunk)


# --- reading: every way a file can be wrong gets its own classified error -------------------
def read_header(path: Path) -> BackupHeader:
    """The header of ``path``; nothing here needs the passphrase."""
    size = path.stat().st_size
    if size == 0:
        raise BackupDamaged(path=str(path), detail="detail.empty_file")
    with path.open("rb") as handle:
        prefix = handle.read(_PREFIX)
        if prefix.startswith(SQLITE_PLAIN_HEADER):
            raise NotABackup(path=str(path), detail="detail.plain_sqlite")
        if not prefix.startswith(MAGIC):
            if len(prefix) < len(MAGIC) and MAGIC.startswith(prefix):
                raise BackupDamaged(path=str(path), detail="detail.truncated", size=size)
            raise NotABackup(path=str(path), detail="detail.backup_unknown_file")
        if len(prefix) < _PREFIX:
            raise BackupDamaged(path=str(path), detail="detail.truncated", size=size)
        (length,) = _LENGTH.unpack(prefix[len(MAGIC):])
        if length == 0 or length > MAX_HEADER:
            raise BackupDamaged(path=str(path), detail="detail.backup_header")
        raw = handle.read(length)
    if len(raw) < length:
        raise BackupDamaged(path=str(path), detail="detail.truncated", size=size)
    header = replace(_parse_header(path, raw), offset=_PREFIX + length)
    expected = header.offset + header.database_size
    if size != expected:
        detail = "detail.truncated" if size < expected else "detail.backup_trailing_bytes"
        raise BackupDamaged(path=str(path), detail=detail, size=size)
    return header


def _parse_header(path: Path, raw: bytes) -> BackupHeader:
    try:
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict):
            raise ValueError("not an object")
        if data.get("format") != FORMAT:
            if isinstance(data.get("format"), int) and data["format"] > FORMAT:
                raise BackupTooNew(revision=f"format {data['format']}")
            raise ValueError("unknown format")
        return BackupHeader(
            argon2=_argon2(data["argon2"]),
            key_check=_hex(data["key_check"], 64),
            database_size=_count(data["database_size"]),
            database_sha256=_hex(data["database_sha256"], 64),
            mac=_hex(data["mac"], 64),
            audit_head=_head(data.get("audit_head", "")),
        )
    except BackupTooNew:
        raise
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as error:
        raise BackupDamaged(path=str(path), detail="detail.backup_header") from error


def _argon2(data: Any) -> Argon2Parameters:
    if not isinstance(data, dict) or set(data) != {"time_cost", "memory_kib", "parallelism",
                                                    "salt_hex"}:
        raise ValueError("argon2 parameters")
    params = Argon2Parameters(time_cost=_count(data["time_cost"]),
                              memory_kib=_count(data["memory_kib"]),
                              parallelism=_count(data["parallelism"]),
                              salt_hex=str(data["salt_hex"]))
    if not params.within_bounds():  # a forged header must not make Argon2 eat the machine
        raise ValueError("argon2 parameters out of bounds")
    _hex(params.salt_hex, 32)
    return params


def _head(value: Any) -> str:
    if value == "":
        return ""
    if not isinstance(value, str) or AuditHead.parse(value) is None:
        raise ValueError("audit head")
    return value


def _count(value: Any) -> int:
    if type(value) is not int or value < 1:  # bool is an int: refused too
        raise ValueError("not a positive integer")
    return value


def _hex(value: Any, length: int) -> str:
    if not isinstance(value, str) or len(value) != length:
        raise ValueError("not hex")
    bytes.fromhex(value)
    return value


def open_key(path: Path, header: BackupHeader, passphrase: str | None) -> bytes:
    """The backup key for ``passphrase``: wrong passphrase and a changed header told apart."""
    if not passphrase:
        raise BackupPassphraseRequired()
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise BackupWrongPassphrase()  # no backup is ever made with a shorter one
    key = matching_key(passphrase, header.argon2, header.key_check)
    if key is None:
        raise BackupWrongPassphrase()
    if not hmac.compare_digest(header.sealed(key).mac, header.mac):
        raise BackupDamaged(path=str(path), detail="detail.backup_header_changed")
    return key


def extract_database(path: Path, header: BackupHeader, target: Path) -> None:
    """Copy the database part to ``target`` (a new private file), checking its SHA-256."""
    digest = hashlib.sha256()
    remaining = header.database_size
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with path.open("rb") as source, os.fdopen(fd, "wb") as out:
        source.seek(header.offset)
        while remaining:
            chunk = source.read(min(_CHUNK, remaining))
            if not chunk:
                break
            digest.update(chunk)
            out.write(chunk)
            remaining -= len(chunk)
        out.flush()
        os.fsync(out.fileno())
    if remaining or not hmac.compare_digest(digest.hexdigest(), header.database_sha256):
        raise BackupDamaged(path=str(path), detail="detail.backup_checksum")
