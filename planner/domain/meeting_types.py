"""The user's own meeting types. The built-in ones are not stored: they ship with the app
(resources/meeting_types/builtin.json), so a corrected text or a new built-in reaches every
store with the next version, and a user who wants one changed copies it first."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column
from sqlmodel import Field, SQLModel

from planner.domain.types import UTCDateTime


class StoredMeetingType(SQLModel, table=True):
    """One user type as the plain data planner.meeting_types reads (checked again on read)."""

    __tablename__ = "meeting_type"

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(max_length=40, unique=True)
    definition: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    created_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))
    updated_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))
