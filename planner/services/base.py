"""Small helpers shared by the use cases."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

from sqlalchemy import text
from sqlmodel import Session, SQLModel, col, select

from planner.domain import Agency, Meeting
from planner.errors import NotFound
from planner.services.audit import AuditLog
from planner.services.context import ServiceContext

M = TypeVar("M", bound=SQLModel)


MAX_ROW_ID = 2**63 - 1  # SQLite's largest integer; a larger one cannot even be asked about
MAX_TEAM_ROW_ID = 2**31 - 1  # PostgreSQL's integer (the team store's ids): larger ones fail


def is_row_id(value: object, maximum: int = MAX_ROW_ID) -> bool:
    """Whether ``value`` can be a row's id: 1 … 2^63-1 (ids start at 1; 0, negatives and
    2^70 name nothing, and 2^63 or more would overflow SQLite's integer)."""
    return isinstance(value, int) and not isinstance(value, bool) and 0 < value <= maximum


def row_id_limit(session: Session) -> int:
    """The largest id the session's database can hold (and be asked about)."""
    return MAX_ROW_ID if session.get_bind().dialect.name == "sqlite" else MAX_TEAM_ROW_ID


def meetings_by_start(session: Session) -> Any:
    """The ORDER BY of meetings read by a window of end times: on SQLite "+start", which keeps
    the index out of the ordering so the window is read from ix_meeting_end rather than by
    walking every meeting of past years in start order (SQLite's choice without statistics);
    PostgreSQL plans by its statistics and has no unary plus on text."""
    if session.get_bind().dialect.name == "sqlite":
        return text("+meeting.start")
    return col(Meeting.start)


def fetch(session: Session, model: type[M], ident: object) -> M:
    """The row of ``model`` with id ``ident``; NotFound for an unknown or impossible id."""
    if isinstance(ident, int) and not is_row_id(ident, row_id_limit(session)):
        raise NotFound(entity=model.__name__, ident=ident)
    row = session.get(model, ident)
    if row is None:
        raise NotFound(entity=model.__name__, ident=ident)
    return row


IN_CHUNK = 500  # ids per IN (...): well under SQLite's bound-parameter limit


def rows_in(session: Session, model: type[M], key: Any, values: Sequence[int],
            *order: Any) -> list[M]:
    """The rows of ``model`` whose ``key`` is one of ``values``, in chunks of IN_CHUNK ids,
    each chunk ordered by ``order``."""
    rows: list[M] = []
    for start in range(0, len(values), IN_CHUNK):
        query = select(model).where(col(key).in_(values[start:start + IN_CHUNK]))
        rows.extend(session.exec(query.order_by(*(col(o) for o in order)) if order else query))
    return rows


def agency_name(agency: Agency) -> str:
    """An agency as documents name it: "TAYS, kuntoutustutkimuspoliklinikka"."""
    return f"{agency.name}, {agency.unit}" if agency.unit else agency.name


class Service:
    """Base of the use-case groups: the context and the audit log."""

    def __init__(self, ctx: ServiceContext, audit: AuditLog) -> None:
        self.ctx = ctx
        self.audit = audit
