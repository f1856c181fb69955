"""meeting.rescheduled_sequence: the SEQUENCE of the last change of time or place

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 17:40:00

A participant's calendar reply answers one SEQUENCE. Adding someone else raises SEQUENCE too,
but an answer given before that is still an answer to the same time and place; only an answer
older than the last change of time or place is outdated.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE (SQLite >= 3.35): a batch copy of "meeting" would trip the foreign keys
    # of its participants, agenda and actions.
    op.add_column("meeting", sa.Column("rescheduled_sequence", sa.Integer(), nullable=False,
                                       server_default="0"))
    # Existing meetings: every earlier change may have moved them, so the current SEQUENCE.
    op.execute("UPDATE meeting SET rescheduled_sequence = sequence")


def downgrade() -> None:
    op.drop_column("meeting", "rescheduled_sequence")
