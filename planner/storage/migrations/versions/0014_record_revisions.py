"""record revisions: a save counter on plan versions, meetings, meeting notes and agreed actions
(issue 17, "two people, one plan")

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03 18:30:00

Every save adds one; an editor sends back the revision it read, and a save over a record
someone else changed since is refused (planner/services/revisions.py). Existing rows start at
1. Plain ALTER TABLE on both engines: a batch copy of "meeting" or "plan_version" would trip
the foreign keys pointing at them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None

TABLES = ('plan_version', 'meeting', 'meeting_note', 'agreed_action')


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column('revision', sa.Integer(), nullable=False,
                                       server_default='1'))


def downgrade() -> None:
    for table in reversed(TABLES):
        op.drop_column(table, 'revision')
