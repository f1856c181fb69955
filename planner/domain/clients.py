"""Clients (asiakkaat), their named contact persons and case lead, and their consents."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime

from sqlalchemy import Column, Index, UniqueConstraint, text
from sqlmodel import Field, SQLModel

from planner.domain.enums import ConsentForm
from planner.domain.types import UTCDateTime


def search_words(text: str) -> list[str]:
    """Words as the client search compares them — the names stored and what is typed alike:
    case-folded in Python (SQLite's lower() and LIKE fold ASCII only) and without diacritics,
    so "jari mak" finds Mäkinen and "mäk" finds Makinen: ä/ö/å, é, ü… fold both ways, as a
    keyboard without them or a name written abroad needs."""
    folded = unicodedata.normalize("NFKD", text).casefold()
    return "".join(c for c in folded if not unicodedata.combining(c)).split()


def search_key(first_names: str, last_name: str) -> str:
    """Every name part with a space before it (the parts of "Ylä-Outinen" too), so that
    ``LIKE '% word%'`` finds a client by the start of any name part."""
    words = search_words(f"{first_names} {last_name}")
    words += [part for word in words if "-" in word for part in word.split("-") if part]
    return "".join(f" {word}" for word in words)[:SEARCH_KEY_LENGTH]


SEARCH_KEY_LENGTH = 400


class Client(SQLModel, table=True):
    __tablename__ = "client"
    __table_args__ = (
        # The client list in its order (name, then id) with what the search reads and shows:
        # a search walks this small index, never the table, and stops at the page's end.
        Index("ix_client_listing", "last_name", "first_names", "id", "search_key", "hetu",
              "birth_date"),
    )

    id: int | None = Field(default=None, primary_key=True)
    last_name: str = Field(max_length=100, index=True)
    first_names: str = Field(max_length=200)
    search_key: str = Field(default="", max_length=SEARCH_KEY_LENGTH,
                            sa_column_kwargs={"server_default": ""})  # see search_key()
    hetu: str | None = Field(default=None, max_length=11, unique=True)  # henkilötunnus
    birth_date: date | None = Field(default=None)
    phone: str | None = Field(default=None, max_length=40)
    email: str | None = Field(default=None, max_length=254)
    address: str = Field(default="", max_length=300)
    language: str = Field(default="fi", max_length=8)  # ISO 639-1/3
    needs_interpreter: bool = Field(default=False)
    interpreter_language: str | None = Field(default=None, max_length=8)
    situation: str = Field(default="", max_length=4000)  # short overview, not the plan
    # Sairauspäivärahan alkamispäivä: the first day of the current sickness-allowance period,
    # from which the day-60 / 90–150 / 230–300 points are counted. Kept with the client, not
    # on the plan's sickness-allowance row: an agreed plan version is frozen, while the date
    # is often learnt (or corrected) between versions, and a new period replaces it here —
    # the earlier period's follow-up meetings keep their own dates and type codes.
    sickness_allowance_start: date | None = Field(default=None)
    created_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))
    # On a team store: the database login that added the client (set by the server, so the
    # row-level security lets its maker see it before anyone is named); empty in a local store.
    created_by: str = Field(default="", max_length=63, index=True,
                            sa_column_kwargs={"server_default": ""})

    @property
    def display_name(self) -> str:
        return f"{self.first_names} {self.last_name}".strip()

    @property
    def hetu_is_temporary(self) -> bool:
        """Individual numbers 900–999 are temporary codes (väliaikainen tunnus)."""
        return self.hetu is not None and int(self.hetu[7:10]) >= 900


class ContactPerson(SQLModel, table=True):
    """A client's named contact person at one agency; one of them is the case lead."""

    __tablename__ = "contact_person"
    __table_args__ = (
        UniqueConstraint("client_id", "agency_id", name="uq_contact_client_agency"),
        # At most one case lead per client; the service keeps it at exactly one.
        Index("uq_contact_case_lead", "client_id", unique=True,
              sqlite_where=text("is_case_lead = 1"), postgresql_where=text("is_case_lead")),
    )

    id: int | None = Field(default=None, primary_key=True)
    client_id: int = Field(foreign_key="client.id", index=True)
    agency_id: int = Field(foreign_key="agency.id")
    professional_id: int = Field(foreign_key="professional.id", index=True)
    is_case_lead: bool = Field(default=False)  # "kopin ottaja"
    since: date


class Consent(SQLModel, table=True):
    """The client's consent to share data between the agencies it covers."""

    __tablename__ = "consent"

    id: int | None = Field(default=None, primary_key=True)
    client_id: int = Field(foreign_key="client.id", index=True)
    purpose: str = Field(max_length=1000)
    form: ConsentForm
    given_by: str = Field(default="", max_length=200)  # empty: the client; else guardian etc.
    given_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))
    recorded_by: str = Field(max_length=200)
    valid_until: date | None = Field(default=None)
    withdrawn_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime))
    withdrawn_recorded_by: str | None = Field(default=None, max_length=200)


class ConsentAgency(SQLModel, table=True):
    __tablename__ = "consent_agency"

    consent_id: int = Field(foreign_key="consent.id", primary_key=True)
    agency_id: int = Field(foreign_key="agency.id", primary_key=True, index=True)
