"""Audit entries for what is done to the store as a whole (backup, restore, key changes).

They go through the planner's own audit log, so they join the same hash chain as every change
to client data.
"""

from __future__ import annotations

from planner.domain.enums import AuditAction
from planner.services.audit import AuditLog
from planner.services.context import ServiceContext
from planner.storage.store import Store


def log_store_event(store: Store, action: AuditAction, entity: str, detail: str) -> None:
    with store.write() as session:
        AuditLog(ServiceContext(store)).record(session, action, entity, detail=detail)
