"""Network meetings (verkostoneuvottelut), their participants, notes and agreed actions."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, Index, UniqueConstraint, text
from sqlmodel import Field, SQLModel

from planner.domain.enums import (
    ActionStatus,
    Attendance,
    MeetingMode,
    MeetingStatus,
    ParticipantKind,
    ParticipantRole,
)
from planner.domain.income_effects import ActionKind
from planner.domain.types import UTCDateTime

# The statuses of an action still to be done, as stored (enum names), as a literal SQL
# predicate: SQLite uses a partial index only when the query repeats its WHERE term as written
# (bound parameters do not count), so planner/services/actions.py filters with this text.
OPEN_ACTION_STATUSES = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)
OPEN_ACTION_SQL = "status IN ({})".format(", ".join(f"'{s.name}'" for s in OPEN_ACTION_STATUSES))


class Meeting(SQLModel, table=True):
    __tablename__ = "meeting"
    __table_args__ = (
        Index("ix_meeting_start_status", "start", "status"),
        # upcoming = not yet ended (the calendar's first view), and date windows: start too,
        # so that "starts before the window ends" is checked in the index
        Index("ix_meeting_end", "end", "start"),
    )

    id: int | None = Field(default=None, primary_key=True)
    client_id: int = Field(foreign_key="client.id", index=True)
    plan_id: int | None = Field(default=None, foreign_key="client_plan.id")
    title: str = Field(max_length=200)
    purpose: str = Field(default="", max_length=2000)
    start: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))
    end: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))
    location: str = Field(default="", max_length=300)
    remote_link: str | None = Field(default=None, max_length=1000)
    mode: MeetingMode = Field(default=MeetingMode.IN_PERSON)
    status: MeetingStatus = Field(default=MeetingStatus.PLANNED)
    # The meeting type it was started from (planner.meeting_types; a built-in's or the store's
    # own code). Kept as a plain code, not a foreign key: a user type deleted later leaves its
    # meetings with the code, shown as it is.
    type_code: str | None = Field(default=None, max_length=40)
    ical_uid: str = Field(max_length=200, unique=True)  # stable for the meeting's whole life
    sequence: int = Field(default=0)  # iTIP SEQUENCE: +1 for each change that needs an answer
    # SEQUENCE of the last new time/place/link: calendar replies older than it are outdated
    rescheduled_sequence: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    created_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))
    updated_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))
    # +1 on every save of its details or status (planner/services/revisions.py)
    revision: int = Field(default=1, sa_column_kwargs={"server_default": "1"})


class AgendaItem(SQLModel, table=True):
    __tablename__ = "agenda_item"

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", index=True)
    position: int = Field(default=0)
    title: str = Field(max_length=300)


class Participant(SQLModel, table=True):
    """Someone invited to a meeting: a professional, the client, family or another person."""

    __tablename__ = "participant"
    __table_args__ = (
        UniqueConstraint("meeting_id", "professional_id", name="uq_participant_professional"),
    )

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", index=True)
    kind: ParticipantKind
    professional_id: int | None = Field(default=None, foreign_key="professional.id", index=True)
    name: str = Field(max_length=200)  # copied for professionals, typed for others
    email: str | None = Field(default=None, max_length=254)
    agency_id: int | None = Field(default=None, foreign_key="agency.id")
    role: ParticipantRole = Field(default=ParticipantRole.OTHER)
    required: bool = Field(default=True)
    attendance: Attendance = Field(default=Attendance.INVITED)
    interpreter_language: str | None = Field(default=None, max_length=8)


class MeetingNote(SQLModel, table=True):
    """What the meeting decided and the client's own view, in the client's words."""

    __tablename__ = "meeting_note"

    meeting_id: int = Field(foreign_key="meeting.id", primary_key=True)
    decisions: str = Field(default="", max_length=16000)
    client_view: str = Field(default="", max_length=8000)
    updated_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))
    updated_by: str = Field(max_length=200)
    revision: int = Field(default=1, sa_column_kwargs={"server_default": "1"})  # no note yet: 0


class AgreedAction(SQLModel, table=True):
    """An agreed action (sovittu toimenpide): who, which agency, by when, status."""

    __tablename__ = "agreed_action"
    __table_args__ = (
        # Open actions only (a few % of a store's), by due date, with the overview's filters:
        # the actions page reads a page of them in order without touching done ones.
        Index("ix_action_open", "due_date", "responsible_agency_id",
              "responsible_professional_id", "client_id", sqlite_where=text(OPEN_ACTION_SQL),
              postgresql_where=text(OPEN_ACTION_SQL)),
    )

    id: int | None = Field(default=None, primary_key=True)
    client_id: int = Field(foreign_key="client.id", index=True)
    meeting_id: int | None = Field(default=None, foreign_key="meeting.id", index=True)
    description: str = Field(max_length=2000)
    responsible_professional_id: int | None = Field(default=None, foreign_key="professional.id")
    responsible_name: str = Field(default="", max_length=200)  # e.g. the client themself
    responsible_agency_id: int | None = Field(default=None, foreign_key="agency.id")
    due_date: date | None = Field(default=None)
    status: ActionStatus = Field(default=ActionStatus.OPEN)
    completion_note: str = Field(default="", max_length=2000)
    completed_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime))
    created_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))
    # which income-effect rules apply (resources/income_effects/rules.json)
    kind: ActionKind = Field(default=ActionKind.OTHER)
    revision: int = Field(default=1, sa_column_kwargs={"server_default": "1"})
