"""The audit log: every view, change, export and disclosure of client data, hash-chained.

Entries are written in the same transaction as the change they describe, so a change is never
stored without its log line (and a rolled-back change leaves none).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from sqlmodel import Session, col, select

from planner.domain import AuditEntry
from planner.domain.enums import AuditAction
from planner.errors import AuditChainBroken, AuditHeadNotHeld
from planner.services.context import ServiceContext
from planner.storage import backup_format
from planner.storage.audit_anchor import AnchorCheck
from planner.storage.audit_chain import (
    ROW_COLUMNS,
    AuditHead,
    append_entry,
    keyed_digest,
    legacy_digest,
    on_team_store,
    walk,
)


def entry_digest(prev_hash: str, at: datetime, user: str, client_id: int | None,
                 action: str, entity: str, entity_id: str, detail: str, purpose: str,
                 recipient: str, *, mac_key: bytes | None = None) -> str:
    """The entry's MAC under the chain key (plain SHA-256 only for entries before it)."""
    fields = (prev_hash, at, user, client_id, action, entity, entity_id, detail, purpose,
              recipient)
    return keyed_digest(mac_key, *fields) if mac_key is not None else legacy_digest(*fields)


@dataclass(frozen=True)
class ChainReport:
    count: int
    broken_at: int | None = None
    reason: str = ""
    head: AuditHead | None = None  # the newest entry of an intact chain
    anchor: AnchorCheck | None = None  # the log against its outside anchor, as found at open

    @property
    def intact(self) -> bool:
        return self.broken_at is None

    @property
    def rolled_back(self) -> bool:
        return self.anchor is not None and self.anchor.rolled_back


T = TypeVar("T")


@dataclass(frozen=True)
class Release:
    """Client data leaving the store (vienti, luovutus): an export to a file, or a disclosure
    to a recipient (an e-mail address, a calendar server)."""

    action: AuditAction  # EXPORT or DISCLOSE
    entity: str  # what left: "meeting_summary", "meeting_calendar", "meeting_invite", …
    client_id: int | None
    entity_id: object
    detail: str
    purpose: str
    recipient: str = ""

    def __post_init__(self) -> None:
        if self.action not in (AuditAction.EXPORT, AuditAction.DISCLOSE):
            raise ValueError(f"a release is an export or a disclosure, not {self.action}")


class AuditLog:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def record(self, session: Session, action: AuditAction, entity: str, *,
               client_id: int | None = None, entity_id: object = "", detail: str = "",
               purpose: str = "", recipient: str = "") -> AuditEntry:
        """Append one entry inside ``session``'s (write) transaction."""
        return append_entry(session, self.ctx.store.chain_keys, at=self.ctx.now(),
                            user=self.ctx.user(session), action=action, entity=entity,
                            client_id=client_id, entity_id=entity_id, detail=detail,
                            purpose=purpose, recipient=recipient)

    def record_releases(self, releases: Iterable[Release],
                        then: Callable[[], T] | None = None) -> T | None:
        """Log client data leaving the store, in one transaction with ``then`` (writing the
        files they describe): if ``then`` fails, nothing is logged; if the entries cannot be
        written, ``then`` does not run."""
        with self.ctx.write() as session:
            for release in releases:
                self.record(session, release.action, release.entity,
                            client_id=release.client_id, entity_id=release.entity_id,
                            detail=release.detail, purpose=release.purpose,
                            recipient=release.recipient)
            return then() if then is not None else None

    def verify(self) -> ChainReport:
        """Walk the whole chain from the raw rows (a malformed row is a break, not a crash)
        and report the first entry whose link or MAC does not match, with the anchor found
        when the store was opened."""
        with self.ctx.read() as session:
            team = on_team_store(session)
            # A team store's member reads through the server's function: every link, and the
            # fields of the entries they may see (migration 0013).
            rows = session.connection().exec_driver_sql(
                "SELECT * FROM verkosto_audit_rows()" if team
                else f"SELECT {ROW_COLUMNS} FROM audit_entry ORDER BY id")
            found = walk(rows, self.ctx.store.chain_keys, links_only_when_hidden=team)
        return ChainReport(found.count, found.broken_at, found.reason, found.head,
                           self.ctx.store.anchor_check)

    def head(self) -> AuditHead:
        """The newest entry now: what an export carries to be checked against later."""
        return self.ctx.store.audit_head()

    def holds(self, head: AuditHead) -> bool:
        """Whether the log still holds ``head`` (that entry with that MAC)."""
        held = self.ctx.store.stored_hash(head.entry_id)
        return held is not None and held == head.entry_hash

    def check_carried(self, head: AuditHead, document_id: str = "") -> int:
        """Prove the log still holds ``head`` carried by a file, and (for a summary) the entry
        recording that document's export after it; returns that entry's id (0 without one).
        AuditHeadNotHeld when either is gone; the chain itself is checked by ``verify``."""
        if not self.holds(head):
            raise AuditHeadNotHeld(entry=head.entry_id, detail="detail.head_gone")
        if not document_id:
            return 0
        with self.ctx.read() as session:
            found = session.exec(
                select(AuditEntry.id).where(col(AuditEntry.id) > head.entry_id,
                                            AuditEntry.entity == "meeting_summary",
                                            col(AuditEntry.detail).contains(document_id))
                .order_by(col(AuditEntry.id)).limit(1)).first()
        if found is None:
            raise AuditHeadNotHeld(entry=head.entry_id, detail="detail.export_gone")
        return int(found)

    def acknowledge_rollback(self) -> AuditEntry:
        """Record that the user has seen the rollback finding; the anchor then follows the
        store's log again (the acknowledgement is the first entry it anchors)."""
        found = self.ctx.store.anchor_check
        anchor = found.anchor if found is not None else None
        detail = (f"finding {found.state if found else 'none'}; anchor "
                  f"{anchor.head.to_text() if anchor else '-'} at {anchor.at if anchor else '-'};"
                  f" store head {self.ctx.store.audit_head().to_text()}")
        with self.ctx.write() as session:
            entry = self.record(session, AuditAction.UPDATE, "audit_rollback",
                                detail=detail[:2000], purpose="rollback acknowledged")
        self.ctx.store.acknowledge_rollback()
        return entry

    def require_intact(self) -> ChainReport:
        report = self.verify()
        if not report.intact:
            raise AuditChainBroken(entry=report.broken_at, reason=report.reason)
        return report

    def for_client(self, client_id: int, *, limit: int | None = None) -> list[AuditEntry]:
        """A client's log entries for a professional to look at (logged as a view), oldest
        first; with ``limit`` only the newest ``limit`` (every view adds one, so a client
        followed for years has thousands)."""
        with self.ctx.logged_read() as session:
            query = select(AuditEntry).where(AuditEntry.client_id == client_id)
            if limit is None:
                rows = list(session.exec(query.order_by(col(AuditEntry.id))))
            else:
                rows = list(session.exec(query.order_by(col(AuditEntry.id).desc())
                                         .limit(limit)))[::-1]
            self.record(session, AuditAction.VIEW, "audit_log", client_id=client_id,
                        detail=f"{len(rows)} entries")
        return rows

    def for_extract(self, client_id: int, since: datetime | None = None,
                    until: datetime | None = None) -> list[AuditEntry]:
        """A client's entries from ``since`` to before ``until``, newest first, for the
        printed extract (exports/pdf/audit_extract.py), which logs the extract itself as a
        disclosure to the client in one transaction with its file; so this read adds no
        entry of its own. Only this client's entries: never one without a client."""
        query = select(AuditEntry).where(AuditEntry.client_id == client_id)
        if since is not None:
            query = query.where(col(AuditEntry.at) >= since)
        if until is not None:
            query = query.where(col(AuditEntry.at) < until)
        with self.ctx.read() as session:
            return list(session.exec(query.order_by(col(AuditEntry.id).desc())))

    def client_extract(self, client_id: int, *, purpose: str = "") -> list[AuditEntry]:
        """Who processed this client's data and to whom it was disclosed (Act 703/2023).

        Producing the extract is itself logged as a disclosure to the client.
        """
        with self.ctx.write() as session:
            rows = list(session.exec(select(AuditEntry)
                                     .where(AuditEntry.client_id == client_id)
                                     .order_by(col(AuditEntry.id))))
            self.record(session, AuditAction.DISCLOSE, "audit_extract", client_id=client_id,
                        detail=f"{len(rows)} entries", purpose=purpose or "client's request",
                        recipient="client")
        return rows


def backup_audit_head(path: Path) -> AuditHead | None:
    """The head a backup file's header carries (None for backups made before heads were);
    read without the backup's passphrase. BackupDamaged / NotABackup for other files."""
    header = backup_format.read_header(path)
    return AuditHead.parse(header.audit_head) if header.audit_head else None
