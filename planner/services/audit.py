"""The audit log: every view, change, export and disclosure of client data, hash-chained.

Entries are written in the same transaction as the change they describe, so a change is never
stored without its log line (and a rolled-back change leaves none).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from planner.domain import AuditEntry
from planner.domain.enums import AuditAction
from planner.errors import AuditChainBroken
from planner.services.context import ServiceContext

GENESIS = "0" * 64


def entry_digest(prev_hash: str, at: datetime, user: str, client_id: int | None,
                 action: str, entity: str, entity_id: str, detail: str, purpose: str,
                 recipient: str) -> str:
    canonical = json.dumps(
        [prev_hash, at.isoformat(timespec="microseconds"), user, client_id, action, entity,
         entity_id, detail, purpose, recipient],
        ensure_ascii=False, separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _digest_of(entry: AuditEntry) -> str:
    return entry_digest(entry.prev_hash, entry.at, entry.user, entry.client_id,
                        str(entry.action), entry.entity, entry.entity_id, entry.detail,
                        entry.purpose, entry.recipient)


@dataclass(frozen=True)
class ChainReport:
    count: int
    broken_at: int | None = None
    reason: str = ""

    @property
    def intact(self) -> bool:
        return self.broken_at is None


_HEAD = "verkosto.audit_head"  # Session.info key


class AuditLog:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def record(self, session: Session, action: AuditAction, entity: str, *,
               client_id: int | None = None, entity_id: object = "", detail: str = "",
               purpose: str = "", recipient: str = "") -> AuditEntry:
        """Append one entry inside ``session``'s (write) transaction."""
        prev = session.info.get(_HEAD)
        if prev is None:
            last = session.exec(select(AuditEntry).order_by(col(AuditEntry.id).desc())
                                .limit(1)).first()
            prev = last.entry_hash if last else GENESIS
        at = self.ctx.now()
        user = self.ctx.user(session)
        entry = AuditEntry(at=at, user=user, client_id=client_id, action=action,
                           entity=entity, entity_id=str(entity_id or ""), detail=detail,
                           purpose=purpose, recipient=recipient, prev_hash=prev, entry_hash="")
        entry.entry_hash = _digest_of(entry)
        # Inserted at the next flush or the commit, in the order added (one batched INSERT
        # for a batch of views). The chain's head for this transaction's next entry is kept:
        # BEGIN IMMEDIATE keeps other writers out until commit, and nothing else appends.
        session.add(entry)
        session.info[_HEAD] = entry.entry_hash
        return entry

    def verify(self) -> ChainReport:
        """Walk the whole chain; report the first entry whose link or content does not match."""
        prev = GENESIS
        count = 0
        with self.ctx.read() as session:
            for entry in session.exec(select(AuditEntry).order_by(col(AuditEntry.id))):
                count += 1
                if entry.prev_hash != prev:
                    return ChainReport(count, entry.id, "link to the previous entry differs")
                if _digest_of(entry) != entry.entry_hash:
                    return ChainReport(count, entry.id, "content changed after it was written")
                prev = entry.entry_hash
        return ChainReport(count)

    def require_intact(self) -> ChainReport:
        report = self.verify()
        if not report.intact:
            raise AuditChainBroken(entry=report.broken_at, reason=report.reason)
        return report

    def for_client(self, client_id: int, *, limit: int | None = None) -> list[AuditEntry]:
        """A client's log entries for a professional to look at (logged as a view), oldest
        first; with ``limit`` only the newest ``limit`` (every view adds one, so a client
        followed for years has thousands)."""
        with self.ctx.write() as session:
            query = select(AuditEntry).where(AuditEntry.client_id == client_id)
            if limit is None:
                rows = list(session.exec(query.order_by(col(AuditEntry.id))))
            else:
                rows = list(session.exec(query.order_by(col(AuditEntry.id).desc())
                                         .limit(limit)))[::-1]
            self.record(session, AuditAction.VIEW, "audit_log", client_id=client_id,
                        detail=f"{len(rows)} entries")
        return rows

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
