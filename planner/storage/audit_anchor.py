"""The audit log's head kept outside the store file (lokin ankkuri).

After every commit that adds log entries the newest entry's id and MAC are written, sealed
with a key derived from the chain key, to places an old copy of the data dir does not bring
back: a file in the user's configuration folder (always) and, for a store whose key is in the
OS keyring, the keyring next to that key. On opening, the store must still hold the anchored
entry with the same MAC; otherwise it has been rolled back or entries have been removed.

What this cannot see: someone who rolls back the store *and* every anchor together (the README's
threat model); the heads carried by signed PDFs, backups and invites then still tell.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from planner.crypto.vault import KeyringVault
from planner.errors import AuditRolledBack, VerkostoError
from planner.storage.audit_chain import AuditHead, ChainKeys

FORMAT = 1
AnchorState = Literal["ok", "behind", "missing", "damaged", "new"]
# What to do when the log is behind its outside anchor: refuse to open (the default), or open
# to inspect and acknowledge (``verkosto audit``); nothing moves the anchor meanwhile.
RollbackPolicy = Literal["refuse", "inspect"]


def keyring_account(store_id: str) -> str:
    return f"store-{store_id}-audit-head"


@dataclass(frozen=True)
class Anchor:
    store_id: str
    head: AuditHead
    at: str  # ISO 8601 UTC, when it was anchored

    def _signed(self) -> bytes:
        return json.dumps([FORMAT, self.store_id, self.head.entry_id, self.head.entry_hash,
                           self.at], separators=(",", ":")).encode()

    def sealed(self, key: bytes) -> str:
        mac = hmac.new(key, self._signed(), hashlib.sha256).hexdigest()
        return json.dumps({"format": FORMAT, "store_id": self.store_id,
                           "entry_id": self.head.entry_id, "entry_hash": self.head.entry_hash,
                           "at": self.at, "mac": mac})

    @classmethod
    def unseal(cls, text: str, key: bytes, store_id: str) -> Anchor | None:
        """The anchor in ``text``, or None when it is not one sealed for this store."""
        try:
            data = json.loads(text)
            anchor = cls(str(data["store_id"]),
                         AuditHead(int(data["entry_id"]), str(data["entry_hash"])),
                         str(data["at"]))
            mac = str(data["mac"])
        except (ValueError, KeyError, TypeError):
            return None
        expected = hmac.new(key, anchor._signed(), hashlib.sha256).hexdigest()
        if anchor.store_id != store_id or not hmac.compare_digest(expected, mac):
            return None
        return anchor


@dataclass(frozen=True)
class AnchorCheck:
    """How the store's log compares with its anchor."""

    state: AnchorState
    anchor: Anchor | None
    store_head: AuditHead | None

    @property
    def rolled_back(self) -> bool:
        return self.state in ("behind", "missing", "damaged")


class AnchorKeeper:
    """Reads and advances one store's anchors. Failing to write one never fails a commit:
    an anchor left behind only narrows what it can prove (``audit --verify`` shows where)."""

    def __init__(self, store_id: str, keys: ChainKeys, folder: Path,
                 vault: KeyringVault | None) -> None:
        self.store_id = store_id
        self._key = keys.anchor_key
        self.file = folder / f"{store_id}.anchor"
        self.vault = vault
        self.frozen = False  # while a rollback is being inspected, nothing moves the anchor
        self._written = -1  # entry 0: the empty log's genesis, anchored like any head
        self._lock = threading.Lock()

    def read(self) -> tuple[Anchor | None, bool]:
        """The newest valid anchor of every place, and whether some place held a damaged one."""
        found, damaged = self._anchors()
        newest = max(found, key=lambda a: a.head.entry_id, default=None)
        return newest, damaged and newest is None

    def everywhere(self, head: AuditHead) -> bool:
        """Whether every place holds ``head`` (else an open puts it back where it is missing)."""
        found, damaged = self._anchors()
        places = 2 if self.vault is not None else 1
        return not damaged and len(found) == places and all(a.head == head for a in found)

    def _anchors(self) -> tuple[list[Anchor], bool]:
        found: list[Anchor] = []
        damaged = False
        for text in self._texts():
            anchor = Anchor.unseal(text, self._key, self.store_id)
            if anchor is None:
                damaged = True
            else:
                found.append(anchor)
        return found, damaged

    def _texts(self) -> list[str]:
        texts: list[str] = []
        with contextlib.suppress(FileNotFoundError, NotADirectoryError):
            texts.append(self.file.read_text("utf-8", errors="replace"))
        if self.vault is not None:
            with contextlib.suppress(VerkostoError):
                value = self.vault.load_secret(keyring_account(self.store_id))
                if value:
                    texts.append(value)
        return texts

    def advance(self, head: AuditHead, *, force: bool = False) -> bool:
        """Anchor ``head`` (committed); True when at least one place took it."""
        with self._lock:
            if self.frozen or (head.entry_id <= self._written and not force):
                return False
            at = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
            text = Anchor(self.store_id, head, at).sealed(self._key)
            kept = self._write_file(text)
            if self.vault is not None:
                try:
                    self.vault.store_secret(keyring_account(self.store_id), text)
                    kept = True
                except VerkostoError:
                    pass
            if kept:
                self._written = head.entry_id
            return kept

    def mark_written(self, head: AuditHead) -> None:
        """``head`` is anchored already (found at open)."""
        with self._lock:
            self._written = max(self._written, head.entry_id)

    def _write_file(self, text: str) -> bool:
        """Replace the anchor file. Not fsynced: a crash may leave it behind (harmless), and
        a sync per logged view would cost more than it proves."""
        try:
            self.file.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            handle, temp = tempfile.mkstemp(prefix=".anchor-", dir=self.file.parent)
            try:
                with os.fdopen(handle, "w", encoding="utf-8") as out:
                    out.write(text)
                os.replace(temp, self.file)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(temp)
                raise
            return True
        except OSError:
            return False

    def forget(self) -> None:
        """Remove this store's anchors (its store id is gone: a restore replaced it)."""
        with contextlib.suppress(OSError):
            self.file.unlink()
        if self.vault is not None:
            self.vault.forget_secret(keyring_account(self.store_id))


def check(keeper: AnchorKeeper, stored_hash_of: Callable[[int], str | None],
          store_head: AuditHead | None, anchored_before: bool) -> AnchorCheck:
    """Compare the anchor with the store. ``stored_hash_of(id)`` is the MAC the store holds
    for entry ``id`` (None: no such entry)."""
    anchor, damaged = keeper.read()
    if anchor is None:
        if damaged:
            return AnchorCheck("damaged", None, store_head)
        return AnchorCheck("missing" if anchored_before else "new", None, store_head)
    held = stored_hash_of(anchor.head.entry_id)
    if held is None or not hmac.compare_digest(held, anchor.head.entry_hash):
        return AnchorCheck("behind", anchor, store_head)
    return AnchorCheck("ok", anchor, store_head)


def settle(keeper: AnchorKeeper, head: AuditHead, stored_hash: Callable[[int], str | None],
           anchored: bool, policy: RollbackPolicy) -> tuple[AnchorCheck, bool]:
    """At open: the finding, and whether an anchor was written for the first time (the store
    then records that it has one). A rollback raises, or with ``inspect`` freezes the anchor."""
    found = check(keeper, stored_hash, head, anchored)
    if found.rolled_back:
        if policy == "refuse":
            raise rolled_back_error(found)
        keeper.frozen = True
        return found, False
    # A place that lost its copy (a keyring reset, a cleaned config folder) gets it back
    # while another still vouches for the head; an anchor already in place is left as is.
    if keeper.everywhere(head):
        keeper.mark_written(head)
        return found, False
    return found, keeper.advance(head, force=True) and not anchored


def follow_again(keeper: AnchorKeeper, head: AuditHead) -> AnchorCheck:
    """After an acknowledged rollback: anchor ``head`` and move with the store again."""
    keeper.frozen = False
    keeper.advance(head, force=True)
    return AnchorCheck("ok", None, head)


def rolled_back_error(found: AnchorCheck) -> AuditRolledBack:
    head, anchor = found.store_head, found.anchor
    return AuditRolledBack(detail=f"detail.anchor_{found.state}",
                           head_id=head.entry_id if head else 0,
                           anchor_id=anchor.head.entry_id if anchor else None,
                           anchor_at=anchor.at if anchor else "")
