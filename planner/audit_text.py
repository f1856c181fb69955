"""An audit entry as a sentence in the reader's language ("Avattu asiakkaan työtila"), for the
client's Log tab and the client's own extract; the raw fields stay in the store and in
``verkosto audit --json``."""

from __future__ import annotations

from planner.domain import AuditEntry
from planner.messages import CATALOG, label, translate

WORKSPACE_PURPOSE = "client workspace"  # planner/services reads a client for its workspace so


def describe(entry: AuditEntry, language: str) -> str:
    action = str(entry.action)  # AuditAction is a StrEnum: "view", "export", …
    entity = entry.entity
    if action == "view" and entity == "client" and entry.purpose == WORKSPACE_PURPOSE:
        entity = "client_workspace"
    code = f"log.{action}.{entity}"
    if code in CATALOG:
        return translate(code, language, recipient=entry.recipient)
    text = translate("log.generic", language, action=label("audit_action", action, language),
                     what=entry.entity.replace("_", " "))
    return text[:1].upper() + text[1:]
