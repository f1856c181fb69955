"""Income effects known beforehand (tulovaikutus): what an agreed action or a plan's benefit or
service line does to each benefit the client receives, as checked by a person (typically the
Kela expert) — words only; nothing here computes amounts."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, Column
from sqlmodel import Field, SQLModel

from planner.domain.types import UTCDateTime


class ActionKind(StrEnum):
    """What kind of step an agreed action is: the income-effect rules are keyed by these."""

    WORK_TRIAL = "work_trial"  # työkokeilu
    REHABILITATION = "rehabilitation"  # kuntoutus
    STUDIES = "studies"  # opiskelu
    PART_TIME_WORK = "part_time_work"  # osa-aikatyö
    MOVING_HOUSE = "moving_house"  # muutto
    OTHER = "other"


class IncomeChange(StrEnum):
    """What happens to one benefit."""

    CONTINUES = "continues"  # jatkuu
    CHANGES = "changes"  # muuttuu
    STOPS = "stops"  # päättyy
    STARTS = "starts"  # alkaa


class IncomeEffect(SQLModel, table=True):
    """One benefit's fate under one action or one plan line (a plan line is named by its plan
    and its code, since a draft's lines are rewritten on every save)."""

    __tablename__ = "income_effect"
    __table_args__ = (
        CheckConstraint("(action_id IS NULL) != (plan_id IS NULL)",
                        name="ck_income_effect_one_subject"),
        CheckConstraint("(plan_id IS NULL) = (plan_line_code IS NULL)",
                        name="ck_income_effect_plan_line"),
    )

    id: int | None = Field(default=None, primary_key=True)
    client_id: int = Field(foreign_key="client.id", index=True)
    action_id: int | None = Field(default=None, foreign_key="agreed_action.id", index=True)
    plan_id: int | None = Field(default=None, foreign_key="client_plan.id", index=True)
    plan_line_code: str | None = Field(default=None, foreign_key="service_code.code",
                                       max_length=40)
    benefit_code: str = Field(foreign_key="service_code.code", max_length=40)
    change: IncomeChange
    reason: str = Field(max_length=2000)
    amount_note: str = Field(default="", max_length=500)  # free text, never computed
    checked_by: str = Field(max_length=200)
    checked_on: date
    recorded_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))
