"""The store descriptor ``verkosto-store.json``: which store this is and how its key is kept.

It holds no secret: the store id (the keyring account), the protection mode, the Argon2id salt
and parameters for a passphrase, and a key check value. While the key is being switched (key
rotation, passphrase change, restore) it also holds the *pending* key's check value: the next
open tells by trying which of the two keys the database has, and finishes or rolls back
(planner/storage/key_journal.py).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from planner.crypto.keys import Argon2Parameters
from planner.files import write_atomically

DESCRIPTOR_NAME = "verkosto-store.json"
DATABASE_NAME = "verkosto.db"
FORMAT = 1
Protection = Literal["keyring", "passphrase"]


class Argon2OutOfBounds(ValueError):
    """The descriptor's Argon2 parameters are outside what Verkosto ever writes."""


def bounded(params: Argon2Parameters) -> Argon2Parameters:
    """Refuse parameters that would make opening hang (time_cost 4e9) or fail for memory (an
    absurd memory_kib would otherwise be reported as a wrong passphrase)."""
    if not params.within_bounds():
        raise Argon2OutOfBounds("argon2 parameters out of bounds")
    return params


@dataclass
class StorePaths:
    """Where a store's files are in its data dir."""

    data_dir: Path
    database: Path = field(init=False)
    descriptor: Path = field(init=False)
    backups: Path = field(init=False)

    def __post_init__(self) -> None:
        self.database = self.data_dir / DATABASE_NAME
        self.descriptor = self.data_dir / DESCRIPTOR_NAME
        self.backups = self.data_dir / "backups"


@dataclass(frozen=True)
class PendingKey:
    """A key switch that has begun and may not have finished; never a secret either.

    ``keyring_account`` names where a pending keyring key waits (it is written there before
    this record); ``staged`` is, for a restore, the fully prepared database that replaces the
    current one, and ``kept`` where the current one is moved first (relative to the data dir).
    """

    action: Literal["rekey", "restore"]
    protection: Protection
    key_check: str
    store_id: str
    argon2: Argon2Parameters | None = None
    keyring_account: str = ""
    staged: str = ""
    kept: str = ""

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PendingKey:
        if data.get("action") not in ("rekey", "restore"):
            raise ValueError(f"unknown pending action {data.get('action')!r}")
        argon2 = data.get("argon2")
        return cls(action=data["action"], protection=_protection(data["protection"]),
                   key_check=str(data["key_check"]), store_id=str(data["store_id"]),
                   argon2=bounded(Argon2Parameters(**argon2)) if argon2 else None,
                   keyring_account=str(data.get("keyring_account", "")),
                   staged=str(data.get("staged", "")), kept=str(data.get("kept", "")))


def _protection(value: object) -> Protection:
    if value == "keyring":
        return "keyring"
    if value == "passphrase":
        return "passphrase"
    raise ValueError(f"unknown protection {value!r}")


@dataclass(frozen=True)
class StoreDescriptor:
    store_id: str
    protection: Protection
    key_check: str
    argon2: Argon2Parameters | None = None
    created_at: str = field(default_factory=lambda: datetime.now(UTC).isoformat())
    format: int = FORMAT
    pending: PendingKey | None = None

    @property
    def keyring_account(self) -> str:
        return f"store-{self.store_id}"

    def to_json(self) -> str:
        data = asdict(self)
        if self.argon2 is None:
            data.pop("argon2")
        if self.pending is None:
            data.pop("pending")
        return json.dumps(data, indent=2, sort_keys=True) + "\n"

    @classmethod
    def from_json(cls, text: str) -> StoreDescriptor:
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError("unknown descriptor format")
        argon2 = data.get("argon2")
        pending = data.get("pending")
        return cls(
            store_id=str(data["store_id"]),
            protection=_protection(data["protection"]),
            key_check=str(data["key_check"]),
            argon2=bounded(Argon2Parameters(**argon2)) if argon2 else None,
            created_at=str(data.get("created_at", "")),
            pending=PendingKey.from_dict(pending) if pending else None,
        )

    def save(self, path: Path) -> None:
        write_atomically(path, self.to_json().encode("utf-8"))
