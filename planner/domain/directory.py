"""The directory: agencies (toimijat) and their professionals (ammattilaiset)."""

from __future__ import annotations

from sqlalchemy import JSON, Column
from sqlmodel import Field, SQLModel

from planner.domain.enums import AgencyKind, ParticipantRole


class Agency(SQLModel, table=True):
    """An organisation or one of its units (e.g. a hospital's rehabilitation clinic)."""

    __tablename__ = "agency"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200, index=True)
    kind: AgencyKind = Field(index=True)
    unit: str = Field(default="", max_length=200)  # clinic, office, district
    business_id: str | None = Field(default=None, max_length=9)  # Y-tunnus, validated
    email: str | None = Field(default=None, max_length=254)
    phone: str | None = Field(default=None, max_length=40)
    address: str = Field(default="", max_length=300)


class Professional(SQLModel, table=True):
    """A person who works at an agency and takes part in network meetings."""

    __tablename__ = "professional"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200, index=True)
    title: str = Field(default="", max_length=200)  # e.g. "sosiaalityöntekijä"
    role: ParticipantRole = Field(default=ParticipantRole.OTHER)
    agency_id: int = Field(foreign_key="agency.id", index=True)
    email: str | None = Field(default=None, max_length=254)
    phone: str | None = Field(default=None, max_length=40)
    languages: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    active: bool = Field(default=True)
