"""Small helpers shared by the use cases."""

from __future__ import annotations

from typing import TypeVar

from sqlmodel import Session, SQLModel

from planner.errors import NotFound
from planner.services.audit import AuditLog
from planner.services.context import ServiceContext

M = TypeVar("M", bound=SQLModel)


def fetch(session: Session, model: type[M], ident: object) -> M:
    row = session.get(model, ident)
    if row is None:
        raise NotFound(entity=model.__name__, ident=ident)
    return row


class Service:
    """Base of the use-case groups: the context and the audit log."""

    def __init__(self, ctx: ServiceContext, audit: AuditLog) -> None:
        self.ctx = ctx
        self.audit = audit
