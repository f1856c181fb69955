"""The client list's rows: each client with the case lead, the next meeting, the open and
overdue agreed actions and the plan's status, sortable by each, in one query.

The figures are correlated subqueries, each one lookup in an index on ``client_id``: a page of
500 rows in name order reads 500 × 5 index entries, and a sort by a figure reads them for every
client found (10,000 in the benchmark store) — still one statement, never one per row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import func, nulls_last
from sqlmodel import col, select

from planner.domain import (
    AgreedAction,
    Client,
    ClientPlan,
    ContactPerson,
    Meeting,
    PlanVersion,
    Professional,
)
from planner.domain.enums import AuditAction, MeetingStatus, PlanStatus
from planner.services.actions import _IS_OPEN
from planner.services.base import Service
from planner.services.clients import checked_needle, matching

UPCOMING = (MeetingStatus.PLANNED, MeetingStatus.CONFIRMED)


class ClientSort(StrEnum):
    """The client list's columns a user can sort by."""

    NAME = "name"
    BIRTH_DATE = "birth_date"
    CASE_LEAD = "case_lead"
    NEXT_MEETING = "next_meeting"
    OPEN_ACTIONS = "open_actions"
    OVERDUE_ACTIONS = "overdue_actions"
    PLAN_STATUS = "plan_status"


@dataclass(frozen=True)
class ClientListRow:
    id: int
    name: str
    hetu: str | None
    birth_date: date | None
    case_lead: str  # "" when none is named
    next_meeting: datetime | None  # the next planned or confirmed one not yet ended (UTC)
    open_actions: int
    overdue_actions: int
    plan_status: PlanStatus | None  # of the newest version of the newest plan; None: no plan


class ClientListing(Service):
    def rows(self, text: str = "", *, sort: ClientSort = ClientSort.NAME,
             descending: bool = False, limit: int = 500) -> list[ClientListRow]:
        """The clients ``text`` finds (as Clients.search finds them), sorted by ``sort``
        (then by name); clients without a value (no case lead, no meeting) come last."""
        needle = checked_needle(text)
        now, today = self.ctx.now(), self.ctx.today().date()
        of_client: Any = col(Client.id)
        lead = (select(Professional.name)
                .join(ContactPerson, col(ContactPerson.professional_id) == Professional.id)
                .where(ContactPerson.client_id == of_client, col(ContactPerson.is_case_lead))
                .limit(1).scalar_subquery())
        next_meeting = (select(func.min(Meeting.start))
                        .where(Meeting.client_id == of_client, col(Meeting.status).in_(UPCOMING),
                               col(Meeting.end) >= now)
                        .scalar_subquery())
        open_count = (select(func.count()).select_from(AgreedAction)
                      .where(AgreedAction.client_id == of_client, _IS_OPEN).scalar_subquery())
        overdue_count = (select(func.count()).select_from(AgreedAction)
                         .where(AgreedAction.client_id == of_client, _IS_OPEN,
                                col(AgreedAction.due_date) < today).scalar_subquery())
        plan_status = (select(PlanVersion.status)
                       .join(ClientPlan, col(ClientPlan.id) == PlanVersion.plan_id)
                       .where(ClientPlan.client_id == of_client)
                       .order_by(col(PlanVersion.id).desc()).limit(1).scalar_subquery())
        sort = ClientSort(sort)
        keys: dict[ClientSort, Any] = {
            ClientSort.NAME: col(Client.last_name), ClientSort.BIRTH_DATE: col(Client.birth_date),
            ClientSort.CASE_LEAD: lead, ClientSort.NEXT_MEETING: next_meeting,
            ClientSort.OPEN_ACTIONS: open_count, ClientSort.OVERDUE_ACTIONS: overdue_count,
            ClientSort.PLAN_STATUS: plan_status}
        key = keys[sort].desc() if descending else keys[sort].asc()
        name_order: list[Any] = [col(Client.last_name), col(Client.first_names), col(Client.id)]
        if descending and sort == ClientSort.NAME:
            name_order = [c.desc() for c in name_order]
        order = name_order if sort == ClientSort.NAME else [nulls_last(key), *name_order]
        query = select(Client.id, Client.first_names, Client.last_name,  # type: ignore[call-overload]
                       Client.hetu, Client.birth_date, lead, next_meeting, open_count,
                       overdue_count, plan_status).order_by(*order)
        with self.ctx.write() as session:
            found = session.execute(matching(session, query, needle).limit(limit))
            rows = [ClientListRow(ident, f"{first} {last}", hetu, born, case_lead or "",
                                  meeting, opened or 0, overdue or 0,
                                  _plan_status(status))
                    for (ident, first, last, hetu, born, case_lead, meeting, opened, overdue,
                         status) in found]
            self.audit.record(session, AuditAction.VIEW, "client_list",
                              detail=f"search {len(needle)} chars, {len(rows)} rows")
        return rows


def _plan_status(value: object) -> PlanStatus | None:
    if value is None:
        return None
    if isinstance(value, PlanStatus):
        return value
    text = str(value)
    return PlanStatus[text] if text in PlanStatus.__members__ else PlanStatus(text)
