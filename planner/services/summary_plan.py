"""The joint client plan as a meeting's summary shows it (issue 16: supervisors asked for the
goals, benefits and services beside what the meeting agreed).

Which version: the one in force when the meeting began — the newest version agreed by then —
of the meeting's own plan (else the client's newest plan); when none was agreed by then, the
newest agreed version, and the summary says so. A draft is never shown as the plan.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session, col, select

from planner.domain import (
    Agency,
    ClientPlan,
    Meeting,
    PlanGoal,
    PlanService,
    PlanVersion,
    ServiceCode,
)
from planner.domain.enums import AuditAction, ServiceKind
from planner.services.base import Service, agency_name, fetch, rows_in


@dataclass(frozen=True)
class SummaryService:
    code: str
    kind: ServiceKind | None  # None: a code no longer in the code list
    names: dict[str, str]  # by language: fi, sv, en (empty when the code is unknown)
    agency: str  # "" when none is named
    note: str


@dataclass(frozen=True)
class SummaryPlan:
    title: str
    version: int
    agreed_at: datetime
    in_force_at_meeting: bool  # False: agreed only after the meeting began
    review_date: date | None
    goals: tuple[PlanGoal, ...]
    services: tuple[SummaryService, ...]


class SummaryPlans(Service):
    def for_meeting(self, meeting_id: int, *, log: bool = True) -> SummaryPlan | None:
        """The plan version the summary of ``meeting_id`` shows, or None (no agreed version).
        ``log=False`` only for a caller that logs the reading itself (the summary's export)."""
        with self.ctx.write() as session:
            meeting = fetch(session, Meeting, meeting_id)
            found = _version(session, meeting)
            if found is None:
                return None
            plan, version, in_force = found
            goals = tuple(session.exec(select(PlanGoal).where(PlanGoal.version_id == version.id)
                                       .order_by(col(PlanGoal.position), col(PlanGoal.id))))
            services = _services(session, version)
            if log:
                self.audit.record(session, AuditAction.VIEW, "client_plan",
                                  client_id=meeting.client_id, entity_id=plan.id,
                                  detail=f"version {version.number} for a meeting summary")
        assert version.agreed_at is not None  # only agreed versions are chosen
        return SummaryPlan(plan.title, version.number, version.agreed_at, in_force,
                           version.review_date, goals, services)


def _version(session: Session, meeting: Meeting,
             ) -> tuple[ClientPlan, PlanVersion, bool] | None:
    if meeting.plan_id is not None:
        plan = session.get(ClientPlan, meeting.plan_id)
    else:
        plan = session.exec(select(ClientPlan).where(ClientPlan.client_id == meeting.client_id)
                            .order_by(col(ClientPlan.created_at).desc(),
                                      col(ClientPlan.id).desc())).first()
    if plan is None:
        return None
    agreed = [v for v in session.exec(select(PlanVersion).where(PlanVersion.plan_id == plan.id)
                                      .order_by(col(PlanVersion.number)))
              if v.agreed_at is not None]
    before = [v for v in agreed if v.agreed_at is not None and v.agreed_at <= meeting.start]
    if before:
        return plan, before[-1], True
    return (plan, agreed[-1], False) if agreed else None


def _services(session: Session, version: PlanVersion) -> tuple[SummaryService, ...]:
    rows = list(session.exec(select(PlanService).where(PlanService.version_id == version.id)
                             .order_by(col(PlanService.id))))
    wanted = sorted({r.service_code for r in rows})  # a plan has a handful
    codes = {c.code: c for c in session.exec(select(ServiceCode).where(
        col(ServiceCode.code).in_(wanted)))}
    agencies = {a.id: a for a in rows_in(session, Agency, Agency.id,
                                        sorted({r.agency_id for r in rows if r.agency_id}))}
    services = []
    for row in rows:
        code = codes.get(row.service_code)
        agency = agencies.get(row.agency_id) if row.agency_id else None
        names = {"fi": code.name_fi, "sv": code.name_sv, "en": code.name_en} if code else {}
        services.append(SummaryService(row.service_code, code.kind if code else None, names,
                                       agency_name(agency) if agency else "", row.note))
    return tuple(services)
