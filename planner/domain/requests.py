"""Information requests between agencies (tietopyynnöt): who asks whom about the client, what,
on which legal basis or consent, and when it was sent, is due and was answered."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, Index
from sqlmodel import Field, SQLModel

from planner.domain.enums import RequestStatus
from planner.domain.types import UTCDateTime


class InformationRequest(SQLModel, table=True):
    """One request. "Overdue" is not stored: a sent request whose due date has passed."""

    __tablename__ = "information_request"
    __table_args__ = (
        # the overdue ones (home view, reminders): sent, by due date
        Index("ix_information_request_status_due", "status", "due_date"),
    )

    id: int | None = Field(default=None, primary_key=True)
    client_id: int = Field(foreign_key="client.id", index=True)
    requesting_agency_id: int = Field(foreign_key="agency.id")
    requesting_professional_id: int | None = Field(default=None, foreign_key="professional.id")
    receiving_agency_id: int = Field(foreign_key="agency.id")
    receiving_professional_id: int | None = Field(default=None, foreign_key="professional.id")
    subject: str = Field(max_length=2000)  # what is asked
    legal_basis: str = Field(default="", max_length=1000)  # the law it rests on, in words
    consent_id: int | None = Field(default=None, foreign_key="consent.id")  # or the consent
    status: RequestStatus = Field(default=RequestStatus.DRAFT)
    sent_on: date | None = Field(default=None)
    due_date: date | None = Field(default=None)
    answered_on: date | None = Field(default=None)
    answer_summary: str = Field(default="", max_length=4000)
    created_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))
    updated_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))
