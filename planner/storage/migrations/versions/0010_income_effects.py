"""income_effect and agreed_action.kind (issue 15, income effects known beforehand)

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03 13:20:00

An agreed action records its kind (work trial, rehabilitation, studies, part-time work, moving
house, other: the keys of resources/income_effects/rules.json); actions made before this are
"other". Each income-effect note says what one action or one plan line does to one benefit.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

_KINDS = ('WORK_TRIAL', 'REHABILITATION', 'STUDIES', 'PART_TIME_WORK', 'MOVING_HOUSE', 'OTHER')


def upgrade() -> None:
    # Plain ALTER TABLE, as 0009: a batch copy of agreed_action would trip the foreign keys
    # of the rows that point at it.
    op.add_column('agreed_action', sa.Column('kind', sa.Enum(*_KINDS, name='actionkind'),
                                             nullable=False, server_default='OTHER'))
    op.create_table('income_effect',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('action_id', sa.Integer(), nullable=True),
    sa.Column('plan_id', sa.Integer(), nullable=True),
    sa.Column('plan_line_code', sa.String(length=40), nullable=True),
    sa.Column('benefit_code', sa.String(length=40), nullable=False),
    sa.Column('change', sa.Enum('CONTINUES', 'CHANGES', 'STOPS', 'STARTS',
                                name='incomechange'), nullable=False),
    sa.Column('reason', sa.String(length=2000), nullable=False),
    sa.Column('amount_note', sa.String(length=500), nullable=False),
    sa.Column('checked_by', sa.String(length=200), nullable=False),
    sa.Column('checked_on', sa.Date(), nullable=False),
    sa.Column('recorded_at', sa.String(length=32), nullable=False),
    sa.CheckConstraint('(action_id IS NULL) != (plan_id IS NULL)',
                       name='ck_income_effect_one_subject'),
    sa.CheckConstraint('(plan_id IS NULL) = (plan_line_code IS NULL)',
                       name='ck_income_effect_plan_line'),
    sa.ForeignKeyConstraint(['action_id'], ['agreed_action.id'], ),
    sa.ForeignKeyConstraint(['benefit_code'], ['service_code.code'], ),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], ),
    sa.ForeignKeyConstraint(['plan_id'], ['client_plan.id'], ),
    sa.ForeignKeyConstraint(['plan_line_code'], ['service_code.code'], ),
    sa.PrimaryKeyConstraint('id')
    )
    for column in ('action_id', 'client_id', 'plan_id'):
        op.create_index(f'ix_income_effect_{column}', 'income_effect', [column], unique=False)


def downgrade() -> None:
    op.drop_table('income_effect')
    op.drop_column('agreed_action', 'kind')
