"""The audit log (lokitiedot): append-only and hash-chained."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column
from sqlmodel import Field, SQLModel

from planner.domain.enums import AuditAction
from planner.domain.types import UTCDateTime


class AuditEntry(SQLModel, table=True):
    """One logged event. ``entry_hash`` = SHA-256 over the previous hash and this row's fields.

    Triggers (in the migration) refuse UPDATE and DELETE on this table.
    """

    __tablename__ = "audit_entry"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))
    user: str = Field(max_length=200)
    client_id: int | None = Field(default=None, index=True)  # no FK: the log outlives erasure
    action: AuditAction
    entity: str = Field(max_length=60)  # what: "client", "consent", "meeting", …
    entity_id: str = Field(default="", max_length=60)
    detail: str = Field(default="", max_length=2000)
    purpose: str = Field(default="", max_length=500)
    recipient: str = Field(default="", max_length=500)
    prev_hash: str = Field(max_length=64)
    entry_hash: str = Field(max_length=64, unique=True)


class AuditChain(SQLModel, table=True):
    """The chain key of the log (one row) — see planner/storage/audit_chain.py.

    ``keyed_from``: the first entry id whose MAC uses ``mac_key`` (earlier ones are plain
    SHA-256); ``anchored``: an anchor outside the store has been written at least once, so a
    missing one is a finding, not a first start.
    """

    __tablename__ = "audit_chain"

    id: int | None = Field(default=None, primary_key=True)
    mac_key: str = Field(max_length=64)
    keyed_from: int
    anchored: bool = Field(default=False)
