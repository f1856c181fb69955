"""What a meeting decided about the actions carried over from the client's earlier meetings
(edellisten toimenpiteiden tilanne): done, continues or dropped, with a note."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, UniqueConstraint
from sqlmodel import Field, SQLModel

from planner.domain.enums import CarriedOutcome
from planner.domain.types import UTCDateTime


class CarriedAction(SQLModel, table=True):
    """One earlier action as a meeting handled it; one row per meeting and action, so that
    recording the same decision again changes nothing."""

    __tablename__ = "carried_action"
    __table_args__ = (UniqueConstraint("meeting_id", "action_id", name="uq_carried_action"),)

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", index=True)
    action_id: int = Field(foreign_key="agreed_action.id", index=True)
    outcome: CarriedOutcome
    note: str = Field(default="", max_length=2000)
    recorded_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))
