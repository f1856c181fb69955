"""The agenda's carried-over part (edellisten toimenpiteiden tilanne): for a meeting of a
client, the open agreed actions of the client's earlier meetings and the plan goals due for
review; and what the meeting decided about each action (done / continues / dropped, with a
note), written back to the actions.

Only the same client's earlier meetings are read: the meeting's own client id bounds every
query, and a decision about any other action is refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from planner.domain import (
    Agency,
    AgreedAction,
    CarriedAction,
    ClientPlan,
    Meeting,
    PlanGoal,
    PlanVersion,
    Professional,
)
from planner.domain.enums import (
    ActionStatus,
    AuditAction,
    CarriedOutcome,
    GoalStatus,
    MeetingStatus,
    PlanStatus,
)
from planner.errors import FieldError, ValidationFailed
from planner.services.actions import OPEN_STATUSES
from planner.services.base import Service, agency_name, fetch
from planner.services.context import TZ
from planner.validation import Checker

GOALS_UNDER_WAY = (GoalStatus.PROPOSED, GoalStatus.ACTIVE)
# A decision's effect on the action's status; CONTINUES keeps (or restores) it open.
OUTCOME_STATUS = {CarriedOutcome.DONE: ActionStatus.DONE,
                  CarriedOutcome.DROPPED: ActionStatus.CANCELLED}


@dataclass(frozen=True)
class CarriedItem:
    """An earlier meeting's action on this meeting's agenda, and what was decided (if yet)."""

    action_id: int
    from_meeting_id: int
    from_meeting_title: str
    from_meeting_start: datetime
    description: str
    responsible: str
    agency: str
    due_date: date | None
    status: ActionStatus  # as it is now (done once the meeting marked it done)
    overdue: bool  # open and due before today
    outcome: CarriedOutcome | None  # None: not yet decided in this meeting
    note: str


@dataclass(frozen=True)
class GoalForReview:
    plan_id: int
    plan_title: str
    goal_id: int
    description: str
    target_date: date | None
    review_date: date | None  # the plan's


@dataclass(frozen=True)
class CarriedAgenda:
    meeting_id: int
    client_id: int
    meeting_title: str
    meeting_start: datetime
    today: date
    actions: tuple[CarriedItem, ...]
    goals: tuple[GoalForReview, ...]


@dataclass(frozen=True)
class CarriedDecision:
    action_id: int
    outcome: CarriedOutcome
    note: str = ""


def carried_items(session: Session, meeting: Meeting, today: date) -> tuple[CarriedItem, ...]:
    """The open actions of the client's meetings before ``meeting``, and those ``meeting``
    has already decided about; soonest due first. Not logged (the callers log their read)."""
    earlier = (select(Meeting.id).where(Meeting.client_id == meeting.client_id,
                                        col(Meeting.start) < meeting.start,
                                        Meeting.id != meeting.id))
    decided = select(CarriedAction.action_id).where(CarriedAction.meeting_id == meeting.id)
    query: Any = (
        select(AgreedAction, Meeting, Professional.name,  # type: ignore[call-overload]
               Agency, CarriedAction)
        .join(Meeting, col(Meeting.id) == AgreedAction.meeting_id)
        .outerjoin(Professional, col(Professional.id) == AgreedAction.responsible_professional_id)
        .outerjoin(Agency, col(Agency.id) == AgreedAction.responsible_agency_id)
        .outerjoin(CarriedAction, (col(CarriedAction.action_id) == AgreedAction.id)
                   & (col(CarriedAction.meeting_id) == meeting.id))
        .where(AgreedAction.client_id == meeting.client_id,
               col(AgreedAction.meeting_id).in_(earlier),
               col(AgreedAction.status).in_(OPEN_STATUSES) | col(AgreedAction.id).in_(decided))
        .order_by(col(AgreedAction.due_date).is_(None), col(AgreedAction.due_date),
                  col(AgreedAction.id)))
    return tuple(
        CarriedItem(a.id or 0, m.id or 0, m.title, m.start, a.description,
                    person or a.responsible_name, agency_name(agency) if agency else "",
                    a.due_date, a.status,
                    a.status in OPEN_STATUSES and a.due_date is not None and a.due_date < today,
                    carried.outcome if carried else None, carried.note if carried else "")
        for a, m, person, agency, carried in session.exec(query))


def goals_for_review(session: Session, meeting: Meeting) -> tuple[GoalForReview, ...]:
    """Goals under way in the client's open plans (newest version) that are due for review by
    the meeting's day: the goal's target date or the plan's review date has come."""
    day = meeting.start.astimezone(TZ).date()
    newest = select(func.max(PlanVersion.id)).group_by(col(PlanVersion.plan_id))
    query: Any = (
        select(ClientPlan, PlanVersion, PlanGoal)
        .join(PlanVersion, col(PlanVersion.plan_id) == ClientPlan.id)
        .join(PlanGoal, col(PlanGoal.version_id) == PlanVersion.id)
        .where(ClientPlan.client_id == meeting.client_id, col(PlanVersion.id).in_(newest),
               PlanVersion.status != PlanStatus.CLOSED,
               col(PlanGoal.status).in_(GOALS_UNDER_WAY),
               (col(PlanGoal.target_date) <= day) | (col(PlanVersion.review_date) <= day))
        .order_by(col(ClientPlan.id), col(PlanGoal.position), col(PlanGoal.id)))
    return tuple(GoalForReview(plan.id or 0, plan.title, goal.id or 0, goal.description,
                               goal.target_date, version.review_date)
                 for plan, version, goal in session.exec(query))


class Agendas(Service):
    def carried(self, meeting_id: int, *, purpose: str = "") -> CarriedAgenda:
        """The carried-over part of meeting ``meeting_id``'s agenda; logged as one VIEW."""
        today = self.ctx.today().date()
        with self.ctx.write() as session:
            meeting = fetch(session, Meeting, meeting_id)
            agenda = CarriedAgenda(meeting.id or 0, meeting.client_id, meeting.title,
                                   meeting.start, today, carried_items(session, meeting, today),
                                   goals_for_review(session, meeting))
            self.audit.record(session, AuditAction.VIEW, "agenda", client_id=meeting.client_id,
                              entity_id=meeting_id, purpose=purpose,
                              detail=f"{len(agenda.actions)} actions, "
                                     f"{len(agenda.goals)} goals")
        return agenda

    def record(self, meeting_id: int, decisions: list[CarriedDecision]) -> int:
        """Save what meeting ``meeting_id`` decided about its carried actions, all or none;
        returns how many actions changed. The same decisions again change (and log) nothing."""
        check = Checker()
        cleaned = []
        for index, decision in enumerate(decisions):
            outcome = CarriedOutcome(decision.outcome)
            note = check.text(f"note.{index}", decision.note, maximum=2000)
            if outcome == CarriedOutcome.DONE and not note:
                check.add(f"note.{index}", "validation.completion_note_required")
            cleaned.append(CarriedDecision(decision.action_id, outcome, note))
        check.done()
        changed = 0
        with self.ctx.write() as session:
            meeting = fetch(session, Meeting, meeting_id)
            if meeting.status == MeetingStatus.CANCELLED:
                raise ValidationFailed([FieldError("meeting_id", "validation.agenda_cancelled")])
            carried = {item.action_id for item in
                       carried_items(session, meeting, self.ctx.today().date())}
            for decision in cleaned:
                if decision.action_id not in carried:  # another client's, or not earlier
                    raise ValidationFailed([FieldError(
                        "action_id", "validation.not_carried",
                        {"ident": decision.action_id, "meeting": meeting_id})])
                changed += self._apply(session, meeting, decision)
        return changed

    def _apply(self, session: Session, meeting: Meeting, decision: CarriedDecision) -> int:
        row = session.exec(select(CarriedAction).where(
            CarriedAction.meeting_id == meeting.id,
            CarriedAction.action_id == decision.action_id)).first()
        if row is not None and row.outcome == decision.outcome and row.note == decision.note:
            return 0  # a re-run: already so
        action = fetch(session, AgreedAction, decision.action_id)
        now = self.ctx.now()
        if row is None:
            row = CarriedAction(meeting_id=meeting.id or 0, action_id=decision.action_id,
                                outcome=decision.outcome, note=decision.note, recorded_at=now)
        row.outcome, row.note, row.recorded_at = decision.outcome, decision.note, now
        session.add(row)
        status = OUTCOME_STATUS.get(decision.outcome)
        if status is None:  # continues: open again if this meeting had closed it
            if action.status not in OPEN_STATUSES:
                action.status, action.completion_note = ActionStatus.OPEN, ""
            action.completed_at = None
        else:
            action.status, action.completion_note = status, decision.note
            action.completed_at = now if status == ActionStatus.DONE else None
        action.revision += 1
        session.add(action)
        self.audit.record(session, AuditAction.UPDATE, "agreed_action",
                          client_id=meeting.client_id, entity_id=decision.action_id,
                          detail=f"carried in meeting {meeting.id}: {decision.outcome}")
        return 1
