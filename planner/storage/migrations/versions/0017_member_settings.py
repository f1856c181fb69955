"""member_setting: a team store's member's own settings over the team's (issue 17)

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-03 23:45:00

On a team store the store's settings (store_setting) are the team's, kept by the
administrator; a member's own e-mail account, published calendar and reminders are theirs, one
row per login and key (planner/services/profile.py ``read_setting``), each seen and written
only by its login under row-level security (resources/team/security.sql). Both engines have
the table (one schema); a local store leaves it empty.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'member_setting',
        sa.Column('login', sa.String(length=63), nullable=False),
        sa.Column('key', sa.String(length=100), nullable=False),
        sa.Column('value', sa.String(length=4000), nullable=False),
        sa.PrimaryKeyConstraint('login', 'key'))


def downgrade() -> None:
    op.drop_table('member_setting')
