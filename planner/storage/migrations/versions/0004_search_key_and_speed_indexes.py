"""client.search_key and the indexes the busy views need at 10,000 clients (issue 6)

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 20:00:00

- client.search_key: every name part case-folded in Python (SQLite folds ASCII only, so
  "äi" never found "Äikäs"), and ix_client_listing, the client list in its order with what the
  search reads, so a search walks a small index instead of the table.
- ix_meeting_end: the calendar's upcoming meetings (not yet ended) and date windows without
  a scan.
- ix_action_open replaces ix_action_status_due: open actions only, by due date, with the
  overview's filters; a partial index, used because the queries repeat its WHERE literally.
"""

from __future__ import annotations

import unicodedata

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

OPEN_ACTION_SQL = "status IN ('OPEN', 'IN_PROGRESS')"  # as planner/domain/meetings.py


def _search_key(first_names: str, last_name: str) -> str:
    """planner.domain.clients.search_key as of this revision (a migration keeps its own)."""
    words = unicodedata.normalize("NFC", f"{first_names} {last_name}").casefold().split()
    words += [part for word in words if "-" in word for part in word.split("-") if part]
    return "".join(f" {word}" for word in words)[:400]


def upgrade() -> None:
    # Plain ALTER TABLE: a batch copy of "client" would trip the foreign keys pointing at it.
    op.add_column("client", sa.Column("search_key", sa.String(length=400), nullable=False,
                                      server_default=""))
    connection = op.get_bind()
    rows = connection.execute(sa.text("SELECT id, first_names, last_name FROM client")).all()
    if rows:
        connection.execute(sa.text("UPDATE client SET search_key = :key WHERE id = :id"),
                           [{"id": row[0], "key": _search_key(row[1], row[2])} for row in rows])
    op.create_index("ix_client_listing", "client",
                    ["last_name", "first_names", "id", "search_key", "hetu", "birth_date"])
    op.create_index("ix_meeting_end", "meeting", ["end", "start"])
    op.drop_index("ix_action_status_due", table_name="agreed_action")
    op.create_index("ix_action_open", "agreed_action",
                    ["due_date", "responsible_agency_id", "responsible_professional_id",
                     "client_id"], sqlite_where=sa.text(OPEN_ACTION_SQL),
                    postgresql_where=sa.text(OPEN_ACTION_SQL))


def downgrade() -> None:
    op.drop_index("ix_action_open", table_name="agreed_action")
    op.create_index("ix_action_status_due", "agreed_action", ["status", "due_date"])
    op.drop_index("ix_meeting_end", table_name="meeting")
    op.drop_index("ix_client_listing", table_name="client")
    op.drop_column("client", "search_key")  # plain ALTER TABLE, as in upgrade
