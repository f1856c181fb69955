"""signing_identity.owner: on a team store each member signs with a certificate of their own
(issue 17)

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-03 23:30:00

A signature says who signed, so on a team store every member keeps their own signing identity,
its ``owner`` their login (PostgreSQL's session_user), one per login. In a local store the
column stays NULL and the one row keeps id 1, as before. On PostgreSQL the id's sequence is
moved past the rows there are (the app wrote id 1 before), a row there from before is its
administrator's (only the table's owner could write it), and a trigger makes the owner the
writing login's own: a row in another's name, or one handed over to another login, is refused
for everyone, the administrator too. Who may see and change which row is row-level security
(resources/team/security.sql, applied by team-setup).

Downgrading on PostgreSQL drops the members' rows: the old schema has room for one.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None

TABLE_OWNER = ("(SELECT pg_catalog.pg_get_userbyid(c.relowner) FROM pg_catalog.pg_class c "
               "WHERE c.oid = 'signing_identity'::regclass)")
OWNER_FUNCTION = """
CREATE OR REPLACE FUNCTION verkosto_signing_owner() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  IF TG_OP = 'INSERT' AND NEW.owner IS NULL THEN
    NEW.owner := session_user;
  END IF;
  IF NEW.owner IS DISTINCT FROM session_user
     OR (TG_OP = 'UPDATE' AND NEW.owner IS DISTINCT FROM OLD.owner) THEN
    RAISE EXCEPTION 'a signing identity is only its own login''s (%)', session_user
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$"""


def upgrade() -> None:
    with op.batch_alter_table('signing_identity', schema=None) as batch_op:
        batch_op.add_column(sa.Column('owner', sa.String(length=63), nullable=True))
        batch_op.create_index(batch_op.f('ix_signing_identity_owner'), ['owner'], unique=True)
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"UPDATE signing_identity SET owner = {TABLE_OWNER} WHERE owner IS NULL")
    op.execute("ALTER TABLE signing_identity ALTER COLUMN owner SET NOT NULL")
    op.execute("SELECT setval(pg_get_serial_sequence('signing_identity', 'id'), "
               "coalesce((SELECT max(id) FROM signing_identity), 0) + 1, false)")
    op.execute(OWNER_FUNCTION)
    op.execute("REVOKE ALL ON FUNCTION verkosto_signing_owner() FROM PUBLIC")
    op.execute("CREATE TRIGGER verkosto_signing_owner BEFORE INSERT OR UPDATE "
               "ON signing_identity FOR EACH ROW EXECUTE FUNCTION verkosto_signing_owner()")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        # team-setup's policies name the column: they go first (security.sql's own names)
        for policy in ("verkosto_member_rows", "verkosto_owner_rows"):
            op.execute(f"DROP POLICY IF EXISTS {policy} ON signing_identity")
        op.execute("ALTER TABLE signing_identity NO FORCE ROW LEVEL SECURITY")
        op.execute("ALTER TABLE signing_identity DISABLE ROW LEVEL SECURITY")
        op.execute("DROP TRIGGER verkosto_signing_owner ON signing_identity")
        op.execute("DROP FUNCTION verkosto_signing_owner()")
        op.execute(f"DELETE FROM signing_identity WHERE owner <> {TABLE_OWNER}")
    with op.batch_alter_table('signing_identity', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_signing_identity_owner'))
        batch_op.drop_column('owner')
