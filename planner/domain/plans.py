"""The joint client plan (yhteinen asiakassuunnitelma), its versions, goals and services."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, UniqueConstraint
from sqlmodel import Field, SQLModel

from planner.domain.enums import GoalSetter, GoalStatus, PlanStatus, ServiceKind
from planner.domain.types import UTCDateTime


class ServiceCode(SQLModel, table=True):
    """Code list of Kela benefits and other agencies' services a plan can refer to."""

    __tablename__ = "service_code"

    code: str = Field(primary_key=True, max_length=40)
    kind: ServiceKind
    name_fi: str = Field(max_length=200)
    name_sv: str = Field(max_length=200)
    name_en: str = Field(max_length=200)


class ClientPlan(SQLModel, table=True):
    __tablename__ = "client_plan"

    id: int | None = Field(default=None, primary_key=True)
    client_id: int = Field(foreign_key="client.id", index=True)
    title: str = Field(max_length=200)
    created_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))


class PlanVersion(SQLModel, table=True):
    """One version of a plan. Only a draft is edited; agreeing it freezes it."""

    __tablename__ = "plan_version"
    __table_args__ = (UniqueConstraint("plan_id", "number", name="uq_plan_version_number"),)

    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(foreign_key="client_plan.id", index=True)
    number: int
    status: PlanStatus = Field(default=PlanStatus.DRAFT)
    situation: str = Field(default="", max_length=8000)
    service_needs: str = Field(default="", max_length=8000)
    client_view: str = Field(default="", max_length=8000)  # asiakkaan oma näkemys
    review_date: date | None = Field(default=None)
    created_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))
    created_by: str = Field(max_length=200)
    agreed_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime))
    agreed_by: str | None = Field(default=None, max_length=200)
    # +1 on every save (optimistic concurrency, planner/services/revisions.py); not "version",
    # which is the plan's own numbered version
    revision: int = Field(default=1, sa_column_kwargs={"server_default": "1"})


class PlanGoal(SQLModel, table=True):
    __tablename__ = "plan_goal"

    id: int | None = Field(default=None, primary_key=True)
    version_id: int = Field(foreign_key="plan_version.id", index=True)
    position: int = Field(default=0)
    description: str = Field(max_length=2000)
    target_date: date | None = Field(default=None)
    status: GoalStatus = Field(default=GoalStatus.PROPOSED)
    expressed_by: GoalSetter = Field(default=GoalSetter.JOINT)


class PlanService(SQLModel, table=True):
    """A benefit or service in a plan version, with the agency that provides it."""

    __tablename__ = "plan_service"

    id: int | None = Field(default=None, primary_key=True)
    version_id: int = Field(foreign_key="plan_version.id", index=True)
    service_code: str = Field(foreign_key="service_code.code")
    agency_id: int | None = Field(default=None, foreign_key="agency.id")
    note: str = Field(default="", max_length=2000)
