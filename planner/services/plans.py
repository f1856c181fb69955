"""The joint client plan: versions (draft → agreed), goals, benefits and services, closing."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlmodel import Session, col, select

from planner.domain import Client, ClientPlan, PlanGoal, PlanService, PlanVersion, ServiceCode
from planner.domain.enums import AuditAction, GoalSetter, GoalStatus, PlanStatus
from planner.edit_conflict import RecordKind
from planner.errors import FieldError, ValidationFailed
from planner.services.base import Service, fetch
from planner.services.revisions import guard, plan_state
from planner.validation import Checker


@dataclass
class GoalInput:
    description: str
    target_date: date | None = None
    status: GoalStatus = GoalStatus.PROPOSED
    expressed_by: GoalSetter = GoalSetter.JOINT


@dataclass
class ServiceInput:
    service_code: str
    agency_id: int | None = None
    note: str = ""


@dataclass
class PlanDraft:
    situation: str = ""
    service_needs: str = ""
    client_view: str = ""
    review_date: date | None = None
    goals: Sequence[GoalInput] = field(default_factory=tuple)
    services: Sequence[ServiceInput] = field(default_factory=tuple)


@dataclass(frozen=True)
class PlanView:
    plan: ClientPlan
    version: PlanVersion
    goals: tuple[PlanGoal, ...]
    services: tuple[PlanService, ...]
    versions: tuple[PlanVersion, ...]


def _validate(session: Session, draft: PlanDraft) -> PlanDraft:
    check = Checker()
    check.text("situation", draft.situation, maximum=8000)
    check.text("service_needs", draft.service_needs, maximum=8000)
    check.text("client_view", draft.client_view, maximum=8000)
    for index, goal in enumerate(draft.goals):
        check.text(f"goals[{index}].description", goal.description, required=True,
                   maximum=2000)
    for index, service in enumerate(draft.services):
        if session.get(ServiceCode, service.service_code) is None:
            check.add(f"services[{index}].service_code", "validation.unknown_service_code",
                      value=service.service_code)
    check.done()
    return draft


def _write_content(session: Session, version: PlanVersion, draft: PlanDraft) -> None:
    version.situation = draft.situation.strip()
    version.service_needs = draft.service_needs.strip()
    version.client_view = draft.client_view.strip()
    version.review_date = draft.review_date
    assert version.id is not None
    for old in session.exec(select(PlanGoal).where(PlanGoal.version_id == version.id)):
        session.delete(old)
    for old_service in session.exec(select(PlanService).where(
            PlanService.version_id == version.id)):
        session.delete(old_service)
    for position, goal in enumerate(draft.goals):
        session.add(PlanGoal(version_id=version.id, position=position,
                             description=goal.description.strip(), target_date=goal.target_date,
                             status=GoalStatus(goal.status),
                             expressed_by=GoalSetter(goal.expressed_by)))
    for service in draft.services:
        session.add(PlanService(version_id=version.id, service_code=service.service_code,
                                agency_id=service.agency_id, note=service.note.strip()))


def _latest(session: Session, plan_id: int) -> PlanVersion:
    version = session.exec(select(PlanVersion).where(PlanVersion.plan_id == plan_id)
                           .order_by(col(PlanVersion.number).desc())).first()
    assert version is not None  # a plan is created with its first version
    return version


def _draft_of(version: PlanVersion) -> None:
    if version.status != PlanStatus.DRAFT:
        raise ValidationFailed([FieldError("status", "validation.plan_not_draft",
                                           {"number": version.number,
                                            "status": str(version.status)})])


class Plans(Service):
    def create(self, client_id: int, title: str, draft: PlanDraft) -> PlanVersion:
        check = Checker()
        title = check.text("title", title, required=True)
        check.done()
        with self.ctx.write() as session:
            fetch(session, Client, client_id)
            _validate(session, draft)
            now = self.ctx.now()
            plan = ClientPlan(client_id=client_id, title=title, created_at=now)
            session.add(plan)
            session.flush()
            assert plan.id is not None
            version = PlanVersion(plan_id=plan.id, number=1, created_at=now,
                                  created_by=self.ctx.user(session))
            session.add(version)
            session.flush()
            _write_content(session, version, draft)
            self.audit.record(session, AuditAction.CREATE, "client_plan", client_id=client_id,
                              entity_id=plan.id, detail="version 1")
        return version

    def update_draft(self, version_id: int, draft: PlanDraft, *,
                     expected_revision: int | None = None) -> PlanVersion:
        """Save the draft; ``expected_revision`` (the one the editor read) refuses a save over
        someone else's with EditConflict (planner/services/revisions.py)."""
        with self.ctx.write() as session:
            version = fetch(session, PlanVersion, version_id)
            plan = fetch(session, ClientPlan, version.plan_id)
            self._guard(session, plan, version, expected_revision)
            _draft_of(version)
            _validate(session, draft)
            _write_content(session, version, draft)
            version.revision += 1
            self.audit.record(session, AuditAction.UPDATE, "client_plan",
                              client_id=plan.client_id, entity_id=plan.id,
                              detail=f"version {version.number}")
        return version

    def _guard(self, session: Session, plan: ClientPlan, version: PlanVersion,
               wanted: int | None) -> None:
        assert plan.id is not None and version.id is not None
        guard(session, kind=RecordKind.PLAN, ident=version.id, wanted=wanted,
              current=version.revision, theirs=lambda: plan_state(session, version),
              entity="client_plan", entity_id=plan.id, client_id=plan.client_id)

    def agree(self, version_id: int, *, expected_revision: int | None = None) -> PlanVersion:
        """The draft was agreed with the client present: it is frozen from now on. With
        ``expected_revision`` a draft changed since it was shown is not agreed."""
        with self.ctx.write() as session:
            version = fetch(session, PlanVersion, version_id)
            plan = fetch(session, ClientPlan, version.plan_id)
            self._guard(session, plan, version, expected_revision)
            _draft_of(version)
            version.status = PlanStatus.AGREED
            version.agreed_at = self.ctx.now()
            version.agreed_by = self.ctx.user(session)
            version.revision += 1
            self.audit.record(session, AuditAction.UPDATE, "client_plan",
                              client_id=plan.client_id, entity_id=plan.id,
                              detail=f"version {version.number} agreed")
        return version

    def new_version(self, plan_id: int) -> PlanVersion:
        """A new draft copied from the latest version (or that draft, if one is open)."""
        with self.ctx.write() as session:
            plan = fetch(session, ClientPlan, plan_id)
            latest = _latest(session, plan_id)
            if latest.status == PlanStatus.DRAFT:
                return latest
            if latest.status == PlanStatus.CLOSED:
                raise ValidationFailed([FieldError("status", "validation.plan_closed")])
            assert latest.id is not None
            goals = session.exec(select(PlanGoal).where(PlanGoal.version_id == latest.id)
                                 .order_by(col(PlanGoal.position)))
            services = session.exec(select(PlanService).where(
                PlanService.version_id == latest.id))
            draft = PlanDraft(latest.situation, latest.service_needs, latest.client_view,
                              latest.review_date,
                              [GoalInput(g.description, g.target_date, g.status, g.expressed_by)
                               for g in goals],
                              [ServiceInput(s.service_code, s.agency_id, s.note)
                               for s in services])
            version = PlanVersion(plan_id=plan_id, number=latest.number + 1,
                                  created_at=self.ctx.now(), created_by=self.ctx.user(session))
            session.add(version)
            session.flush()
            _write_content(session, version, draft)
            self.audit.record(session, AuditAction.UPDATE, "client_plan",
                              client_id=plan.client_id, entity_id=plan_id,
                              detail=f"version {version.number} drafted")
        return version

    def close(self, plan_id: int, *, expected_revision: int | None = None) -> PlanVersion:
        """Close the plan (its latest version); ``expected_revision`` is that version's."""
        with self.ctx.write() as session:
            plan = fetch(session, ClientPlan, plan_id)
            latest = _latest(session, plan_id)
            self._guard(session, plan, latest, expected_revision)
            latest.status = PlanStatus.CLOSED
            latest.revision += 1
            self.audit.record(session, AuditAction.UPDATE, "client_plan",
                              client_id=plan.client_id, entity_id=plan_id, detail="closed")
        return latest

    def view(self, plan_id: int, version_number: int | None = None) -> PlanView:
        with self.ctx.logged_read() as session:
            plan = fetch(session, ClientPlan, plan_id)
            versions = tuple(session.exec(select(PlanVersion).where(
                PlanVersion.plan_id == plan_id).order_by(col(PlanVersion.number))))
            version = next((v for v in versions if v.number == version_number), versions[-1])
            goals = tuple(session.exec(select(PlanGoal).where(PlanGoal.version_id == version.id)
                                       .order_by(col(PlanGoal.position))))
            services = tuple(session.exec(select(PlanService).where(
                PlanService.version_id == version.id)))
            self.audit.record(session, AuditAction.VIEW, "client_plan",
                              client_id=plan.client_id, entity_id=plan_id,
                              detail=f"version {version.number}")
        return PlanView(plan, version, goals, services, versions)

    def for_client(self, client_id: int) -> list[tuple[ClientPlan, PlanVersion]]:
        with self.ctx.read() as session:
            plans = session.exec(select(ClientPlan).where(ClientPlan.client_id == client_id)
                                 .order_by(col(ClientPlan.created_at).desc()))
            return [(plan, _latest(session, plan.id or 0)) for plan in plans]

    def service_codes(self) -> list[ServiceCode]:
        with self.ctx.read() as session:
            return list(session.exec(select(ServiceCode).order_by(col(ServiceCode.code))))
