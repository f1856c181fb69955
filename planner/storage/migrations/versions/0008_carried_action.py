"""carried_action: what a meeting decided about the earlier meetings' open actions

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 11:00:00

Issue 14, "agenda from what is open": each carried action marked done / continues / dropped
with a note, one row per meeting and action (a re-run changes nothing).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('carried_action',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('action_id', sa.Integer(), nullable=False),
    sa.Column('outcome', sa.Enum('DONE', 'CONTINUES', 'DROPPED', name='carriedoutcome'),
              nullable=False),
    sa.Column('note', sa.String(length=2000), nullable=False),
    sa.Column('recorded_at', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['action_id'], ['agreed_action.id'], ),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('meeting_id', 'action_id', name='uq_carried_action')
    )
    with op.batch_alter_table('carried_action', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_carried_action_action_id'), ['action_id'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_carried_action_meeting_id'), ['meeting_id'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('carried_action', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_carried_action_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_carried_action_action_id'))
    op.drop_table('carried_action')
