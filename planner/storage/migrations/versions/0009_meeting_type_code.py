"""meeting.type_code and client.sickness_allowance_start (issue 14)

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03 12:30:00

A meeting records the type it was started from (a plain code: a deleted user type leaves it),
and a client the first day of the current sickness-allowance period, from which the home view
counts the follow-up points not yet planned. Meetings made before this have no type: the home
view still finds their follow-ups by the titles Follow-ups… gave them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE (SQLite >= 3.35): a batch copy of "meeting" or "client" would trip the
    # foreign keys of the rows that point at them.
    op.add_column('meeting', sa.Column('type_code', sa.String(length=40), nullable=True))
    op.add_column('client', sa.Column('sickness_allowance_start', sa.Date(), nullable=True))


def downgrade() -> None:
    op.drop_column('client', 'sickness_allowance_start')
    op.drop_column('meeting', 'type_code')
