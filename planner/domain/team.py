"""The team store's members (tiimin jäsenet): which professional each database login is.

The server's row-level security reads it (planner/storage/migrations/versions/0013 and
resources/team/security.sql): a login sees a client's data through the professional it maps
to and that professional's agency. Only the administrator writes it (``verkosto team-setup
--member``); in a local store it stays empty.
"""

from __future__ import annotations

from sqlmodel import Field, SQLModel


class TeamMember(SQLModel, table=True):
    __tablename__ = "team_member"

    login: str = Field(primary_key=True, max_length=63)  # PostgreSQL's role name (NAMEDATALEN)
    professional_id: int = Field(foreign_key="professional.id", index=True)
