"""Everything the printed joint client plan shows, read for one export and logged as one view:
the plan's version (goals, benefits and services with their code names and agencies, the
review date, who agreed it and when), the actions agreed in the plan's meetings, and the
client's consents with the agencies they cover."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import col, select

from planner.domain import (
    Agency,
    AgreedAction,
    Client,
    ClientPlan,
    Meeting,
    PlanGoal,
    PlanService,
    PlanVersion,
    Professional,
    ServiceCode,
    UserProfile,
)
from planner.domain.enums import AuditAction
from planner.errors import FieldError, ValidationFailed
from planner.services.base import Service, rows_in
from planner.services.consents import ConsentView, consent_views
from planner.services.plan_comparison import PlanComparison
from planner.services.profile import current_user


@dataclass(frozen=True)
class PlanAction:
    action: AgreedAction
    responsible: str  # the professional's name, or the name typed (e.g. the client)
    agency: Agency | None


@dataclass(frozen=True)
class PlanDocumentSource:
    client: Client
    plan: ClientPlan
    version: PlanVersion
    versions: tuple[PlanVersion, ...]
    goals: tuple[PlanGoal, ...]
    services: tuple[PlanService, ...]
    codes: dict[str, ServiceCode]
    actions: tuple[PlanAction, ...]  # agreed in the plan's meetings, soonest due first
    consents: tuple[ConsentView, ...]  # newest first, withdrawn ones too
    agencies: dict[int, Agency]  # every agency the services, actions and consents name
    producer: UserProfile | None


class PlanDocuments(Service):
    def source(self, client_id: int, plan_id: int | None = None,
               version_number: int | None = None) -> PlanDocumentSource:
        """The client's newest plan (or ``plan_id``, one of theirs) at its newest version (or
        ``version_number``). Refused as plan-diff refuses, before anything is logged."""
        with self.ctx.write() as session:
            plan, versions = PlanComparison(self.ctx, self.audit)._plan(  # noqa: SLF001
                session, client_id, plan_id)
            by_number = {v.number: v for v in versions}
            number = versions[-1].number if version_number is None else version_number
            if number not in by_number:
                raise ValidationFailed([FieldError(
                    "version", "plan_diff.no_such_version",
                    {"number": number, "first": versions[0].number,
                     "last": versions[-1].number})])
            version = by_number[number]
            client = session.get(Client, client_id)
            goals = tuple(session.exec(select(PlanGoal).where(PlanGoal.version_id == version.id)
                                       .order_by(col(PlanGoal.position), col(PlanGoal.id))))
            services = tuple(session.exec(select(PlanService).where(
                PlanService.version_id == version.id).order_by(col(PlanService.id))))
            codes = {c.code: c for c in session.exec(select(ServiceCode))}
            rows = session.exec(
                select(AgreedAction, Professional.name)
                .join(Meeting, col(Meeting.id) == AgreedAction.meeting_id)
                .outerjoin(Professional,
                           col(Professional.id) == AgreedAction.responsible_professional_id)
                .where(Meeting.plan_id == plan.id, AgreedAction.client_id == client_id)
                .order_by(col(AgreedAction.due_date).is_(None), col(AgreedAction.due_date),
                          col(AgreedAction.id)))
            found = [(a, person) for a, person in rows]
            consents = tuple(consent_views(session, client_id))
            producer = current_user(session)  # on a team store the member, not the profile
            wanted = {s.agency_id for s in services if s.agency_id is not None}
            wanted |= {a.responsible_agency_id for a, _ in found
                       if a.responsible_agency_id is not None}
            wanted |= {a for v in consents for a in v.agency_ids}
            if producer is not None and producer.agency_id is not None:
                wanted.add(producer.agency_id)
            agencies = {a.id or 0: a for a in rows_in(session, Agency, Agency.id, sorted(wanted))}
            actions = tuple(PlanAction(a, person or a.responsible_name,
                                       agencies.get(a.responsible_agency_id or 0))
                            for a, person in found)
            self.audit.record(session, AuditAction.VIEW, "client_plan", client_id=client_id,
                              entity_id=plan.id, detail=f"version {version.number} for PDF")
        assert client is not None  # _plan fetched it
        return PlanDocumentSource(client, plan, version, tuple(versions), goals, services,
                                  codes, actions, consents, agencies, producer)
