"""signing_identity and trust_root: the signer's certificate and the trusted certificates

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 19:00:00

Signed PDF summaries (issue 5): the user's PKCS#12 (still encrypted with its own passphrase)
and the certificates `verkosto verify` and the "Verify a PDF" screen trust.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('signing_identity',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('pkcs12', sa.LargeBinary(), nullable=False),
    sa.Column('certificate', sa.Text(), nullable=False),
    sa.Column('fingerprint', sa.String(length=95), nullable=False),
    sa.Column('self_signed', sa.Boolean(), nullable=False),
    sa.Column('added_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('trust_root',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('fingerprint', sa.String(length=95), nullable=False),
    sa.Column('subject', sa.String(length=1000), nullable=False),
    sa.Column('pem', sa.Text(), nullable=False),
    sa.Column('added_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('fingerprint')
    )


def downgrade() -> None:
    op.drop_table('trust_root')
    op.drop_table('signing_identity')
