"""signing_identity: the local PKI's root and the certificate chain (issue 16)

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03 14:00:00

Without an organisation certificate Verkosto makes an organisation root (CA:TRUE) that issues
the signing certificate: its key is kept encrypted like the signing key, and the chain's public
certificates are kept for verification. Old rows keep working: no root, an empty chain.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('signing_identity', schema=None) as batch_op:
        batch_op.add_column(sa.Column('root_pkcs12', sa.LargeBinary(), nullable=True))
        batch_op.add_column(sa.Column('chain', sa.Text(), nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('signing_identity', schema=None) as batch_op:
        batch_op.drop_column('chain')
        batch_op.drop_column('root_pkcs12')
