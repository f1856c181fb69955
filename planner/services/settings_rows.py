"""Reading and writing a setting (asetus) where it belongs: in a local store the store's
``store_setting``; on a team store a member's own ``member_setting`` row over the team's
``store_setting`` of the same key (the administrator's defaults: the e-mail server, say, whose
login each member sets for themself). The administrator, mapped to no professional, writes the
team's. Row-level security keeps each member's rows their own (resources/team/security.sql)."""

from __future__ import annotations

from sqlalchemy import func
from sqlmodel import Session, select

from planner.domain import MemberSetting, StoreSetting, TeamMember
from planner.storage.audit_chain import on_team_store


def member_login(session: Session) -> str | None:
    """On a team store, the login when it is a member's (mapped to a professional)."""
    if not on_team_store(session):
        return None
    found = session.exec(select(TeamMember.login).where(
        TeamMember.login == func.session_user())).first()
    return str(found) if found is not None else None


def read_setting(session: Session, key: str) -> str | None:
    """The member's own value, else the store's (the team's); None when neither is set."""
    login = member_login(session)
    if login is not None:
        own = session.get(MemberSetting, (login, key))
        if own is not None:
            return own.value
    row = session.get(StoreSetting, key)
    return row.value if row is not None else None


def write_setting(session: Session, key: str, value: str) -> None:
    """A member's own value on a team store; else the store's."""
    login = member_login(session)
    if login is not None:
        own = session.get(MemberSetting, (login, key))
        if own is None:
            session.add(MemberSetting(login=login, key=key, value=value))
        else:
            own.value = value
        return
    row = session.get(StoreSetting, key)
    if row is None:
        session.add(StoreSetting(key=key, value=value))
    else:
        row.value = value
