"""Reads two versions of a client's joint client plan and compares them (planner/plan_diff.py);
the reading is logged as a view of the plan."""

from __future__ import annotations

from sqlmodel import Session, col, select

from planner.domain import Client, ClientPlan, PlanGoal, PlanService, PlanVersion, ServiceCode
from planner.domain.enums import AuditAction, PlanStatus
from planner.errors import FieldError, NotFound, ValidationFailed
from planner.messages import translate
from planner.plan_diff import (
    TEXT_FIELDS,
    GoalSnapshot,
    PlanDiff,
    compare_goals,
    compare_services,
    compare_texts,
)
from planner.services.base import Service, fetch


def default_pair(versions: list[PlanVersion]) -> tuple[int, int]:
    """The last agreed (or closed) version before the newest, against the newest; without
    one, the version before the newest."""
    newest = versions[-1].number
    settled = [v.number for v in versions[:-1] if v.status != PlanStatus.DRAFT]
    return (settled[-1] if settled else versions[-2].number), newest


def _goals(session: Session, version: PlanVersion) -> list[GoalSnapshot]:
    goals = session.exec(select(PlanGoal).where(PlanGoal.version_id == version.id)
                         .order_by(col(PlanGoal.position)))
    return [GoalSnapshot(g.description, g.target_date, str(g.status), str(g.expressed_by))
            for g in goals]


def _codes(session: Session, version: PlanVersion) -> list[str]:
    return [s.service_code for s in session.exec(
        select(PlanService).where(PlanService.version_id == version.id))]


def _texts(version: PlanVersion) -> dict[str, str]:
    return {f: getattr(version, f) or "" for f in TEXT_FIELDS}


class PlanMissing(NotFound):
    """The client has no joint client plan yet (exit 4, as for an unknown client)."""

    code = "plan_diff.no_plan"

    def message(self, language: str | None = None) -> str:
        return translate(self.code, language, **self.params)


class PlanNotTheClients(PlanMissing):
    """The plan asked for is none of this client's: another client's plan and a plan that
    does not exist get the same words (naming only this client's own plans), so the refusal
    tells nothing of the other client."""

    code = "plan_diff.no_such_plan"


def _refuse(field: str, code: str, **params: object) -> ValidationFailed:
    return ValidationFailed([FieldError(field, code, params)])


class PlanComparison(Service):
    def versions(self, client_id: int, plan_id: int | None = None
                 ) -> tuple[ClientPlan, list[PlanVersion]]:
        """The client's newest plan (or ``plan_id``) and its versions, oldest first (not
        logged: numbers and states only, for the pickers)."""
        with self.ctx.read() as session:
            return self._plan(session, client_id, plan_id)

    def _plan(self, session: Session, client_id: int, plan_id: int | None = None
              ) -> tuple[ClientPlan, list[PlanVersion]]:
        fetch(session, Client, client_id)
        plans = list(session.exec(select(ClientPlan).where(ClientPlan.client_id == client_id)
                                  .order_by(col(ClientPlan.created_at).desc(),
                                            col(ClientPlan.id).desc())))
        if not plans:
            raise PlanMissing(client=client_id)
        # one of this client's plans, never another client's (ids compared in Python: an
        # impossible id such as 2**70 never reaches SQLite)
        plan = plans[0] if plan_id is None else next((p for p in plans if p.id == plan_id), None)
        if plan is None:
            raise PlanNotTheClients(client=client_id, plan=plan_id,
                                    plans=", ".join(str(p.id) for p in reversed(plans)))
        versions = list(session.exec(select(PlanVersion).where(PlanVersion.plan_id == plan.id)
                                     .order_by(col(PlanVersion.number))))
        return plan, versions

    def compare(self, client_id: int, from_number: int | None = None,
                to_number: int | None = None, *, plan_id: int | None = None,
                log: bool = True) -> PlanDiff:
        """Version ``from_number`` against ``to_number`` of the client's newest plan (default:
        the last agreed one against the newest). ``log=False`` only for a caller that logs
        the reading itself, in the same transaction (the summary's export)."""
        with self.ctx.write() as session:
            plan, versions = self._plan(session, client_id, plan_id)
            by_number = {v.number: v for v in versions}
            if from_number is None and to_number is None and len(versions) < 2:
                raise _refuse("from", "plan_diff.one_version", number=versions[0].number)
            default_from, default_to = (default_pair(versions) if len(versions) > 1
                                        else (versions[0].number, versions[0].number))
            old_number = default_from if from_number is None else from_number
            new_number = default_to if to_number is None else to_number
            for field, number in (("from", old_number), ("to", new_number)):
                if number not in by_number:
                    raise _refuse(field, "plan_diff.no_such_version", number=number,
                                  first=versions[0].number, last=versions[-1].number)
            if old_number == new_number:
                raise _refuse("to", "plan_diff.same_version", number=old_number)
            old, new = by_number[old_number], by_number[new_number]
            names = {c.code: {"fi": c.name_fi, "sv": c.name_sv, "en": c.name_en}
                     for c in session.exec(select(ServiceCode))}
            diff = PlanDiff(
                client_id=client_id, plan_id=plan.id or 0, plan_title=plan.title,
                from_number=old.number, to_number=new.number,
                from_status=str(old.status), to_status=str(new.status),
                goals=compare_goals(_goals(session, old), _goals(session, new)),
                services=compare_services(_codes(session, old), _codes(session, new), names),
                texts=compare_texts(_texts(old), _texts(new)),
                review_date=((old.review_date, new.review_date)
                             if old.review_date != new.review_date else None))
            if log:
                self.audit.record(session, AuditAction.VIEW, "plan_diff", client_id=client_id,
                                  entity_id=plan.id,
                                  detail=f"versions {old.number} -> {new.number}")
        return diff
