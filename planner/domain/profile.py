"""The local user's profile and the store's own settings."""

from __future__ import annotations

from sqlmodel import Field, SQLModel


class UserProfile(SQLModel, table=True):
    """Who uses this store: named in the audit log, as ORGANIZER of invites, as signer."""

    __tablename__ = "user_profile"

    id: int = Field(default=1, primary_key=True)  # a single row
    name: str = Field(max_length=200)
    title: str = Field(default="", max_length=200)
    agency_id: int | None = Field(default=None, foreign_key="agency.id")
    email: str | None = Field(default=None, max_length=254)


class StoreSetting(SQLModel, table=True):
    __tablename__ = "store_setting"

    key: str = Field(primary_key=True, max_length=100)
    value: str = Field(default="", max_length=4000)


class MemberSetting(SQLModel, table=True):
    """On a team store, a member's own setting (their e-mail account, their calendar, their
    reminders…), read before the team's ``store_setting`` of the same key, which the
    administrator keeps as the team's defaults; each member sees and writes only their own
    rows (resources/team/security.sql). A local store leaves it empty."""

    __tablename__ = "member_setting"

    login: str = Field(primary_key=True, max_length=63)  # PostgreSQL's role name
    key: str = Field(primary_key=True, max_length=100)
    value: str = Field(default="", max_length=4000)
