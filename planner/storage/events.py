"""Audit entries for what is done to the store as a whole (backup, restore, key changes).

They join the same MAC chain as every change to client data (planner/storage/audit_chain.py),
written here without the services, which sit above the store.
"""

from __future__ import annotations

from datetime import UTC, datetime

from planner.domain.enums import AuditAction
from planner.storage.audit_chain import append_entry, audit_user
from planner.storage.store import Store


def log_store_event(store: Store, action: AuditAction, entity: str, detail: str) -> None:
    with store.write() as session:
        append_entry(session, store.chain_keys, at=datetime.now(UTC), user=audit_user(session),
                     action=action, entity=entity, detail=detail)
