"""Optimistic concurrency (issue 17, "two people, one plan"): each plan version, meeting,
meeting note and agreed action carries a ``revision``, one more on every save. An editor
sends back the revision it read (``expected_revision``); a save over someone else's newer one
is refused with EditConflict and writes nothing.

Read, compare and bump happen inside the one write transaction, and write transactions are
serialised — BEGIN IMMEDIATE on the local store, one advisory lock on the team store
(planner/storage/store.py, team.py) — so no second writer can slip between the comparison and
the save: of two saves expecting the same revision exactly one wins.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlmodel import Session, col, select

from planner.domain import (
    AgendaItem,
    AgreedAction,
    AuditEntry,
    Meeting,
    MeetingNote,
    PlanGoal,
    PlanService,
    PlanVersion,
    Professional,
)
from planner.domain.enums import AuditAction
from planner.edit_conflict import (
    RecordKind,
    action_snapshot,
    meeting_snapshot,
    notes_snapshot,
    plan_snapshot,
)
from planner.errors import EditConflict, FieldError, ValidationFailed
from planner.plan_diff import GoalSnapshot

MAX_REVISION = 2**31 - 1  # an INTEGER on both engines


def expected(value: object) -> int | None:
    """``value`` as an expected revision: None (no check) or 0 … MAX_REVISION; anything else
    is refused in words, never sent to the database."""
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_REVISION:
        return value
    raise ValidationFailed([FieldError("expected_revision", "validation.revision_invalid",
                                       {"value": repr(value)[:40]})])


def last_change(session: Session, entity: str, entity_id: int, client_id: int,
                skip_detail: str | None = None) -> tuple[str | None, datetime | None]:
    """Who saved the record last and when: the newest entry of the log about it that is no
    view (``skip_detail``: entries whose detail starts so are about something else, e.g. a
    meeting's participants). On the team store row-level security lets a member read the log
    of the clients they see, which includes this one."""
    query = (select(AuditEntry.user, AuditEntry.at)
             .where(AuditEntry.client_id == client_id, AuditEntry.entity == entity,
                    AuditEntry.entity_id == str(entity_id),
                    AuditEntry.action != AuditAction.VIEW)
             .order_by(col(AuditEntry.id).desc()))
    if skip_detail is not None:
        query = query.where(col(AuditEntry.detail).not_like(f"{skip_detail}%"))
    found = session.exec(query.limit(1)).first()
    return (found[0], found[1]) if found is not None else (None, None)


def guard(session: Session, *, kind: RecordKind, ident: int, wanted: object, current: int,
          theirs: Callable[[], dict[str, object]], entity: str, entity_id: int,
          client_id: int, skip_detail: str | None = None) -> None:
    """Refuse the save when ``wanted`` (the revision the editor read; None = no check) is not
    the stored ``current`` one; call it before writing anything of the save."""
    wanted = expected(wanted)
    if wanted is None or wanted == current:
        return
    who, at = last_change(session, entity, entity_id, client_id, skip_detail)
    raise EditConflict(kind=kind.value, ident=ident, expected=wanted, current=current,
                       theirs=theirs(), changed_by=who, changed_at=at)


def plan_state(session: Session, version: PlanVersion) -> dict[str, object]:
    """A plan version's content as stored (planner.edit_conflict.plan_snapshot)."""
    goals = session.exec(select(PlanGoal).where(PlanGoal.version_id == version.id)
                         .order_by(col(PlanGoal.position)))
    services = session.exec(select(PlanService.service_code).where(
        PlanService.version_id == version.id))
    return plan_snapshot(version.situation, version.service_needs, version.client_view,
                         version.review_date,
                         [GoalSnapshot(g.description, g.target_date, str(g.status),
                                       str(g.expressed_by)) for g in goals], services)


def meeting_state(session: Session, meeting: Meeting) -> dict[str, object]:
    agenda = session.exec(select(AgendaItem.title).where(AgendaItem.meeting_id == meeting.id)
                          .order_by(col(AgendaItem.position)))
    return meeting_snapshot(meeting.title, meeting.purpose, meeting.start, meeting.end,
                            meeting.location, meeting.remote_link, meeting.mode,
                            meeting.status, list(agenda))


def notes_state(note: MeetingNote | None) -> dict[str, object]:
    return notes_snapshot(note.decisions, note.client_view) if note else notes_snapshot("", "")


def action_state(session: Session, action: AgreedAction) -> dict[str, object]:
    person = (session.get(Professional, action.responsible_professional_id)
              if action.responsible_professional_id is not None else None)
    return action_snapshot(action.status, action.completion_note, action.due_date,
                           action.description, person.name if person else action.responsible_name)
