"""The store descriptor ``verkosto-store.json``: which store this is and how its key is kept.

It holds no secret: the store id (the keyring account), the protection mode, the Argon2id salt
and parameters for a passphrase, and a key check value.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from planner.crypto.keys import Argon2Parameters

DESCRIPTOR_NAME = "verkosto-store.json"
DATABASE_NAME = "verkosto.db"
FORMAT = 1
Protection = Literal["keyring", "passphrase"]


@dataclass(frozen=True)
class StoreDescriptor:
    store_id: str
    protection: Protection
    key_check: str
    argon2: Argon2Parameters | None = None
    created_at: str = field(default_factory=lambda: datetime.now(UTC).isoformat())
    format: int = FORMAT

    @property
    def keyring_account(self) -> str:
        return f"store-{self.store_id}"

    def to_json(self) -> str:
        data = asdict(self)
        if self.argon2 is None:
            data.pop("argon2")
        return json.dumps(data, indent=2, sort_keys=True) + "\n"

    @classmethod
    def from_json(cls, text: str) -> StoreDescriptor:
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError("unknown descriptor format")
        argon2 = data.get("argon2")
        protection = data["protection"]
        if protection not in ("keyring", "passphrase"):
            raise ValueError(f"unknown protection {protection!r}")
        return cls(
            store_id=str(data["store_id"]),
            protection=protection,
            key_check=str(data["key_check"]),
            argon2=Argon2Parameters(**argon2) if argon2 else None,
            created_at=str(data.get("created_at", "")),
        )


def write_atomically(path: Path, data: bytes) -> None:
    """Temporary file in the same folder, fsync, rename: never a half-written file."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
