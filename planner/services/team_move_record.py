"""What reading a move back needs, kept on this machine until it is read back (siirron
tarkistustiedot): which team store, each copied row's id there, which directory rows were
added, and a keyed digest of the local rows as they were copied.

A move commits its copy first and reads it back after; a server that goes away in between
leaves a copy nobody has compared (issue 17). The team store does not keep the ids' mapping
(the ids are new there), so it is written here, next to the local store, the moment the copy
commits — before the read-back — and removed once a read-back finds no difference. It holds
ids, table names and a MAC, nothing of a client's (the digest is keyed with the local store's
chain key, so it cannot be used to guess a row's content). `verkosto move-to-team ADDRESS
--read-back` reads it (planner/services/team_move.py StoreMove.read_back).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from planner.config import ensure_private_dir
from planner.files import write_atomically

FOLDER = "team-moves"  # in the local store's data dir
_FORMAT = 1
_FINGERPRINT = re.compile(r"[0-9a-f]{32}")


@dataclass(frozen=True)
class MoveRecord:
    fingerprint: str  # the local store's (team_move.StoreMove: its log entries name it too)
    address: str  # the team store, as shown (never a password)
    login: str
    digest: str  # rows_digest() of the local rows copied
    ids: dict[str, dict[int, int]]  # table -> local id -> the team store's
    added: dict[str, list[int]]  # directory table -> the local ids of the rows added

    def save(self, data_dir: Path) -> Path:
        """Written whole or not at all; one per local store (a later move of the same store
        is refused by the team's log, so there is never a second)."""
        path = record_path(data_dir, self.fingerprint)
        ensure_private_dir(path.parent)
        document = {"format": _FORMAT, "fingerprint": self.fingerprint,
                    "address": self.address, "login": self.login, "digest": self.digest,
                    "ids": {t: sorted(m.items()) for t, m in self.ids.items()},
                    "added": self.added}
        write_atomically(path, json.dumps(document, sort_keys=True).encode())
        return path


def record_path(data_dir: Path, fingerprint: str) -> Path:
    if not _FINGERPRINT.fullmatch(fingerprint):  # it names a file: nothing else may
        raise ValueError("not a store fingerprint")
    return data_dir / FOLDER / f"{fingerprint}.json"


def load_record(data_dir: Path, fingerprint: str) -> MoveRecord | None:
    """The record of this store's move, or None (never moved, read back already, or a file
    that is not whole — the read-back then says there is nothing to read back)."""
    path = record_path(data_dir, fingerprint)
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        if document.get("format") != _FORMAT or document.get("fingerprint") != fingerprint:
            return None
        return MoveRecord(
            fingerprint, str(document["address"]), str(document["login"]),
            str(document["digest"]),
            {str(t): {int(k): int(v) for k, v in pairs} for t, pairs in document["ids"].items()},
            {str(t): [int(i) for i in ids] for t, ids in document["added"].items()})
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def forget_record(data_dir: Path, fingerprint: str) -> None:
    record_path(data_dir, fingerprint).unlink(missing_ok=True)


def rows_digest(mac_key: bytes, rows: Mapping[str, Any]) -> str:
    """A keyed digest of the rows read from the local store (tables, directory): equal only
    when every value is."""
    canonical = json.dumps(rows, sort_keys=True, default=repr, ensure_ascii=False)
    return hmac.new(mac_key, canonical.encode(), hashlib.sha256).hexdigest()
