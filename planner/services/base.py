"""Small helpers shared by the use cases."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

from sqlmodel import Session, SQLModel, col, select

from planner.errors import NotFound
from planner.services.audit import AuditLog
from planner.services.context import ServiceContext

M = TypeVar("M", bound=SQLModel)


def fetch(session: Session, model: type[M], ident: object) -> M:
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


class Service:
    """Base of the use-case groups: the context and the audit log."""

    def __init__(self, ctx: ServiceContext, audit: AuditLog) -> None:
        self.ctx = ctx
        self.audit = audit
