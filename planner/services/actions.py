"""Agreed actions (sovitut toimenpiteet): who, which agency, by when, and their status."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, text
from sqlmodel import col, select

from planner.domain import Agency, AgreedAction, Client, Meeting, Professional
from planner.domain.enums import ActionStatus, AuditAction
from planner.domain.income_effects import ActionKind
from planner.domain.meetings import OPEN_ACTION_SQL
from planner.edit_conflict import RecordKind
from planner.errors import FieldError, ValidationFailed
from planner.services.base import Service, fetch
from planner.services.revisions import action_state, guard
from planner.validation import Checker

OPEN_STATUSES = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)
# Written out so that SQLite can use the partial index ix_action_open (see planner.domain)
_IS_OPEN = text(f"agreed_action.{OPEN_ACTION_SQL}")


@dataclass
class ActionInput:
    client_id: int
    description: str
    meeting_id: int | None = None
    responsible_professional_id: int | None = None
    responsible_name: str = ""
    responsible_agency_id: int | None = None
    due_date: date | None = None
    kind: ActionKind = ActionKind.OTHER  # which income-effect rules apply


@dataclass(frozen=True)
class ActionRow:
    id: int
    client_id: int
    client_name: str
    meeting_id: int | None
    description: str
    responsible: str
    agency: str
    agency_id: int | None
    due_date: date | None
    status: ActionStatus
    overdue: bool
    completion_note: str = ""  # what was done (kuittausmerkintä), shown with a done action
    kind: ActionKind = ActionKind.OTHER
    revision: int = 1  # what a status change sends back (planner/services/revisions.py)


ActionRows = list[ActionRow]


class DueWindow(StrEnum):
    """The due-date windows the actions overview offers."""

    ALL = "all"
    OVERDUE = "overdue"  # due before today
    NEXT_7_DAYS = "next_7_days"  # due today or within the next 7 days (not overdue)
    NEXT_30_DAYS = "next_30_days"
    NO_DUE_DATE = "no_due_date"


@dataclass(frozen=True)
class DueRange:
    """Arguments of :meth:`Actions.list` for a window; both ends inclusive."""

    due_from: date | None = None
    due_until: date | None = None
    no_due_date: bool = False


def due_range(window: DueWindow, today: date) -> DueRange:
    """The dates a window covers on ``today`` (a Finnish date)."""
    window = DueWindow(window)
    if window == DueWindow.OVERDUE:
        return DueRange(due_until=today - timedelta(days=1))
    if window == DueWindow.NEXT_7_DAYS:
        return DueRange(today, today + timedelta(days=7))
    if window == DueWindow.NEXT_30_DAYS:
        return DueRange(today, today + timedelta(days=30))
    if window == DueWindow.NO_DUE_DATE:
        return DueRange(no_due_date=True)
    return DueRange()


@dataclass(frozen=True)
class ClientChoice:
    id: int
    name: str


ClientChoices = list[ClientChoice]


class Actions(Service):
    def record(self, data: ActionInput) -> AgreedAction:
        check = Checker()
        description = check.text("description", data.description, required=True,
                                 maximum=2000)
        responsible_name = check.text("responsible_name", data.responsible_name)
        try:
            kind = ActionKind(data.kind)
        except ValueError:
            check.add("kind", "validation.choice_invalid", value=data.kind,
                      allowed=", ".join(k.value for k in ActionKind))
        if not (data.responsible_professional_id or responsible_name
                or data.responsible_agency_id):
            check.add("responsible", "validation.responsible_required")
        check.done()
        with self.ctx.write() as session:
            fetch(session, Client, data.client_id)
            agency_id = data.responsible_agency_id
            if data.responsible_professional_id is not None:
                person = fetch(session, Professional, data.responsible_professional_id)
                agency_id = agency_id or person.agency_id
            if agency_id is not None:
                fetch(session, Agency, agency_id)
            if data.meeting_id is not None:
                meeting = fetch(session, Meeting, data.meeting_id)
                if meeting.client_id != data.client_id:
                    raise ValidationFailed([FieldError("meeting_id", "validation.not_found",
                                                       {"entity": "Meeting",
                                                        "ident": data.meeting_id})])
            action = AgreedAction(
                client_id=data.client_id, meeting_id=data.meeting_id, description=description,
                responsible_professional_id=data.responsible_professional_id,
                responsible_name=responsible_name, responsible_agency_id=agency_id,
                due_date=data.due_date, created_at=self.ctx.now(), kind=kind)
            session.add(action)
            session.flush()
            self.audit.record(session, AuditAction.CREATE, "agreed_action",
                              client_id=data.client_id, entity_id=action.id)
        return action

    def set_status(self, action_id: int, status: ActionStatus, note: str = "", *,
                   expected_revision: int | None = None) -> AgreedAction:
        """``expected_revision`` (the one the list showed) refuses a change over someone
        else's with EditConflict (planner/services/revisions.py)."""
        status = ActionStatus(status)
        check = Checker()
        note = check.text("completion_note", note, maximum=2000)
        if status == ActionStatus.DONE and not note:
            check.add("completion_note", "validation.completion_note_required")
        check.done()
        with self.ctx.write() as session:
            action = fetch(session, AgreedAction, action_id)
            guard(session, kind=RecordKind.ACTION, ident=action_id, wanted=expected_revision,
                  current=action.revision, theirs=lambda: action_state(session, action),
                  entity="agreed_action", entity_id=action_id, client_id=action.client_id)
            action.status = status
            action.revision += 1
            if note:
                action.completion_note = note
            action.completed_at = self.ctx.now() if status == ActionStatus.DONE else None
            self.audit.record(session, AuditAction.UPDATE, "agreed_action",
                              client_id=action.client_id, entity_id=action_id,
                              detail=f"status {status}")
        return action

    def today(self) -> date:
        """The store clock's Finnish date, the one "overdue" is measured against."""
        return self.ctx.today().date()

    def due_range(self, window: DueWindow) -> DueRange:
        return due_range(window, self.today())

    def list(self, *, overdue_only: bool = False, open_only: bool = False,
             client_id: int | None = None, agency_id: int | None = None,
             professional_id: int | None = None, meeting_id: int | None = None,
             due_from: date | None = None, due_until: date | None = None,
             no_due_date: bool = False, limit: int = 1000) -> ActionRows:
        """Actions, soonest due first (those without a due date last), at most ``limit``.
        ``due_from``/``due_until`` are inclusive and leave out actions without a due date;
        ``no_due_date`` keeps only those.

        Dated and undated actions are read by two queries, each in the order of the
        ix_action_open index, so that a page of open actions never sorts the whole store's.
        """
        today = self.today()
        query: Select[Any] = (
            select(AgreedAction.id, AgreedAction.client_id,  # type: ignore[call-overload]
                   AgreedAction.meeting_id, AgreedAction.description,
                   AgreedAction.responsible_name, AgreedAction.responsible_agency_id,
                   AgreedAction.due_date, AgreedAction.status, Client.first_names,
                   Client.last_name, Professional.name, Agency.name,
                   AgreedAction.completion_note, AgreedAction.kind, AgreedAction.revision)
            .join(Client, col(Client.id) == AgreedAction.client_id)
            .outerjoin(Professional,
                       col(Professional.id) == AgreedAction.responsible_professional_id)
            .outerjoin(Agency, col(Agency.id) == AgreedAction.responsible_agency_id))
        if overdue_only:
            query = query.where(col(AgreedAction.due_date) < today)
        if overdue_only or open_only:
            query = query.where(_IS_OPEN)
        if due_from is not None:
            query = query.where(col(AgreedAction.due_date) >= due_from)
        if due_until is not None:
            query = query.where(col(AgreedAction.due_date) <= due_until)
        if no_due_date:
            query = query.where(col(AgreedAction.due_date).is_(None))
        for column, value in ((AgreedAction.client_id, client_id),
                              (AgreedAction.responsible_agency_id, agency_id),
                              (AgreedAction.responsible_professional_id, professional_id),
                              (AgreedAction.meeting_id, meeting_id)):
            if value is not None:
                query = query.where(col(column) == value)
        dated_only = overdue_only or due_from is not None or due_until is not None
        with self.ctx.logged_read() as session:
            for model, ident in ((Client, client_id), (Agency, agency_id),
                                 (Professional, professional_id), (Meeting, meeting_id)):
                if ident is not None:  # an unknown one is an error, not an empty list
                    fetch(session, model, ident)
            found = [] if no_due_date else list(session.execute(
                query.where(col(AgreedAction.due_date).is_not(None))
                .order_by(col(AgreedAction.due_date), col(AgreedAction.id)).limit(limit)))
            if not dated_only and len(found) < limit:
                found += session.execute(
                    query.where(col(AgreedAction.due_date).is_(None))
                    .order_by(col(AgreedAction.id)).limit(limit - len(found)))
            rows = [
                ActionRow(ident, client, f"{first} {last}", meeting, description,
                          person or named, agency or "", agency_ref, due, status,
                          status in OPEN_STATUSES and due is not None and due < today,
                          note or "", ActionKind(kind), revision)
                for (ident, client, meeting, description, named, agency_ref, due, status,
                     first, last, person, agency, note, kind, revision) in found
            ]
            self.audit.record(session, AuditAction.VIEW, "action_list", client_id=client_id,
                              detail=f"{len(rows)} rows")
        return rows

    def clients_with_open_actions(self) -> ClientChoices:
        """Clients who have open actions, by name (the overview's client filter)."""
        query = (select(Client.id, Client.first_names, Client.last_name)
                 .where(col(Client.id).in_(select(AgreedAction.client_id).where(_IS_OPEN)))
                 .order_by(col(Client.last_name), col(Client.first_names)))
        with self.ctx.write() as session:
            choices = [ClientChoice(cid or 0, f"{first} {last}")
                       for cid, first, last in session.exec(query)]
            self.audit.record(session, AuditAction.VIEW, "client_list",
                              detail=f"{len(choices)} clients with open actions")
        return choices
