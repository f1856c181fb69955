"""information_request: requests for information between agencies (issue 15)

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03 13:00:00

A tietopyyntö about a client from one agency (and person) to another: what is asked, the legal
basis or the client's consent it rests on, its status and dates, and the answer's summary.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('information_request',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('requesting_agency_id', sa.Integer(), nullable=False),
    sa.Column('requesting_professional_id', sa.Integer(), nullable=True),
    sa.Column('receiving_agency_id', sa.Integer(), nullable=False),
    sa.Column('receiving_professional_id', sa.Integer(), nullable=True),
    sa.Column('subject', sa.String(length=2000), nullable=False),
    sa.Column('legal_basis', sa.String(length=1000), nullable=False),
    sa.Column('consent_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.Enum('DRAFT', 'SENT', 'ANSWERED', 'CANCELLED',
                                name='requeststatus'), nullable=False),
    sa.Column('sent_on', sa.Date(), nullable=True),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('answered_on', sa.Date(), nullable=True),
    sa.Column('answer_summary', sa.String(length=4000), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], ),
    sa.ForeignKeyConstraint(['consent_id'], ['consent.id'], ),
    sa.ForeignKeyConstraint(['receiving_agency_id'], ['agency.id'], ),
    sa.ForeignKeyConstraint(['receiving_professional_id'], ['professional.id'], ),
    sa.ForeignKeyConstraint(['requesting_agency_id'], ['agency.id'], ),
    sa.ForeignKeyConstraint(['requesting_professional_id'], ['professional.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('information_request', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_information_request_client_id'), ['client_id'],
                              unique=False)
        batch_op.create_index('ix_information_request_status_due', ['status', 'due_date'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('information_request', schema=None) as batch_op:
        batch_op.drop_index('ix_information_request_status_due')
        batch_op.drop_index(batch_op.f('ix_information_request_client_id'))
    op.drop_table('information_request')
