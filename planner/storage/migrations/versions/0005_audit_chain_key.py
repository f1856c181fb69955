"""audit_chain: the keyed MAC chain of the audit log and its outside anchor (issue 11)

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03 06:00:00

The row itself is written when the store opens (planner/storage/audit_chain.py): its key is
derived from the store key, which a migration never sees.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from planner.storage.migrations.portable import allow, forbid

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_chain',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('mac_key', sa.String(length=64), nullable=False),
    sa.Column('keyed_from', sa.Integer(), nullable=False),
    sa.Column('anchored', sa.Boolean(), nullable=False, server_default=sa.false()),
    sa.PrimaryKeyConstraint('id')
    )
    # Like the log itself: the key row is never removed (an UPDATE may only set "anchored").
    forbid("audit_chain_no_delete", "DELETE", "audit_chain", "the audit chain key is permanent")
    forbid("audit_chain_key_fixed", "UPDATE", "audit_chain", "the audit chain key is permanent",
           columns="mac_key, keyed_from")


def downgrade() -> None:
    allow("audit_chain_key_fixed", "UPDATE", "audit_chain")
    allow("audit_chain_no_delete", "DELETE", "audit_chain")
    op.drop_table('audit_chain')
