"""team_member and client.created_by: who a team store's login is, and the server's own rule of
who sees a client (issue 17)

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03 16:00:00

Both engines get the table and the column, so the schema and its history stay one: in a local
store the table stays empty and the column blank. On PostgreSQL the migration also writes the
functions the rule and the app's audit log call (SECURITY DEFINER, a fixed search_path): they
are schema, every team store has them whether or not its roles exist yet. The roles, the
privileges and the row-level security policies that use these functions are not here but in
resources/team/security.sql, which `verkosto team-setup` applies: roles belong to the whole
server and need CREATEROLE, which the login that upgrades the schema need not have, and the
script is applied again after every upgrade (idempotent), so a new table gets its policy.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None

# One template per function: {s} is the schema the tables live in (search_path fixed to it).
FUNCTIONS = {
    # The database's owner or a superuser: the administrator, who sees everything.
    "verkosto_is_administrator()": """
CREATE OR REPLACE FUNCTION verkosto_is_administrator() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {s}, pg_temp AS $$
  SELECT coalesce((SELECT r.rolsuper FROM pg_catalog.pg_roles r
                   WHERE r.rolname = session_user), false)
      OR pg_catalog.pg_has_role(session_user, (SELECT c.relowner FROM pg_catalog.pg_class c
                                               WHERE c.oid = '{s}.client'::regclass), 'MEMBER')
$$""",
    # consent_coverage.name_key: case, Unicode form and runs of white space do not matter —
    # Python's casefold (lower, and ß, ς) and str.split's white space, as a test compares.
    "verkosto_name_key(text)": """
CREATE OR REPLACE FUNCTION verkosto_name_key(name text) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = {s}, pg_temp AS $$
  SELECT btrim(regexp_replace(
    replace(replace(lower(normalize(coalesce(name, ''), NFC) COLLATE "und-x-icu"),
                    'ß', 'ss'), 'ς', 'σ'),
    E'[\\t\\n\\u000b\\f\\r\\u001c-\\u001f \\u0085\\u00a0\\u1680\\u2000-\\u200a'
    '\\u2028\\u2029\\u202f\\u205f\\u3000]+', ' ', 'g'))
$$""",
    # The audit log's "who" for a member: the professional's name and the login.
    "verkosto_audit_name()": """
CREATE OR REPLACE FUNCTION verkosto_audit_name() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {s}, pg_temp AS $$
  SELECT p.name || ' (' || m.login || ')' FROM team_member m
  JOIN professional p ON p.id = m.professional_id WHERE m.login = session_user
$$""",
    # The rule (the same as planner/services/consents.py and planner/consent_coverage.py), as
    # the set of clients the login sees: those it made, is the case lead or a named contact
    # of, takes part in a meeting of, or whose consent valid now (given, not withdrawn, not
    # past its last day in Helsinki) covers its agency. A set, so a policy asks it once per
    # statement (a hashed subplan), not once per row.
    "verkosto_seen_clients()": """
CREATE OR REPLACE FUNCTION verkosto_seen_clients() RETURNS SETOF integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {s}, pg_temp AS $$
  WITH me AS (
    SELECT m.professional_id AS professional, pr.agency_id AS agency FROM team_member m
    JOIN professional pr ON pr.id = m.professional_id WHERE m.login = session_user),
  moment AS (
    SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS now_text,
           (now() AT TIME ZONE 'Europe/Helsinki')::date AS today)
  SELECT c.id FROM client c JOIN me ON true WHERE c.created_by = session_user
  UNION
  SELECT cp.client_id FROM contact_person cp JOIN me ON cp.professional_id = me.professional
  UNION
  SELECT mt.client_id FROM participant pa JOIN me ON pa.professional_id = me.professional
  JOIN meeting mt ON mt.id = pa.meeting_id
  UNION
  SELECT k.client_id FROM consent k CROSS JOIN moment
  JOIN consent_agency ka ON ka.consent_id = k.id
  JOIN agency named ON named.id = ka.agency_id
  JOIN me ON true JOIN agency mine ON mine.id = me.agency
  WHERE k.given_at <= moment.now_text
    AND (k.withdrawn_at IS NULL OR k.withdrawn_at > moment.now_text)
    AND (k.valid_until IS NULL OR moment.today <= k.valid_until)
    AND verkosto_name_key(named.name) = verkosto_name_key(mine.name)
    AND (verkosto_name_key(named.unit) = ''
         OR verkosto_name_key(named.unit) = verkosto_name_key(mine.unit))
$$""",
    # One client: the administrator sees every one; a member those of the set above.
    "verkosto_sees_client(integer)": """
CREATE OR REPLACE FUNCTION verkosto_sees_client(for_client integer) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {s}, pg_temp AS $$
  SELECT for_client IS NOT NULL AND (verkosto_is_administrator()
                                     OR for_client IN (SELECT verkosto_seen_clients()))
$$""",
    # A HETU is the store's once (a unique index): a member is told it is taken, as the
    # index would refuse it anyway, even when its client is not theirs to see.
    "verkosto_hetu_taken(text, integer)": """
CREATE OR REPLACE FUNCTION verkosto_hetu_taken(code text, except_client integer)
RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {s}, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM client c WHERE c.hetu = code
                 AND c.id IS DISTINCT FROM except_client)
$$""",
    # The chain's head, which a new entry links to: the newest entry of the whole log, which
    # row-level security would hide from a member when it is about another client.
    "verkosto_audit_head()": """
CREATE OR REPLACE FUNCTION verkosto_audit_head() RETURNS TABLE (id integer, entry_hash text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {s}, pg_temp AS $$
  SELECT e.id, e.entry_hash::text FROM audit_entry e ORDER BY e.id DESC LIMIT 1
$$""",
    "verkosto_audit_hash(integer)": """
CREATE OR REPLACE FUNCTION verkosto_audit_hash(entry integer) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {s}, pg_temp AS $$
  SELECT e.entry_hash::text FROM audit_entry e WHERE e.id = entry
$$""",
    # What `verkosto audit --verify` walks: every entry's link (id, prev_hash, entry_hash), and
    # the rest only of the entries the caller may read (their clients', their own); of the
    # others the fields are NULL and only the links are checked (audit_chain.walk).
    "verkosto_audit_rows()": """
CREATE OR REPLACE FUNCTION verkosto_audit_rows()
RETURNS TABLE (id integer, at text, "user" text, client_id integer, action text, entity text,
               entity_id text, detail text, purpose text, recipient text, prev_hash text,
               entry_hash text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {s}, pg_temp AS $$
  WITH seen AS (SELECT verkosto_seen_clients() AS client_id),
  me AS (SELECT verkosto_is_administrator() AS admin, verkosto_audit_name() AS name)
  SELECT e.id, shown.at, shown."user", shown.client_id, shown.action, shown.entity,
         shown.entity_id, shown.detail, shown.purpose, shown.recipient,
         e.prev_hash::text, e.entry_hash::text
  FROM audit_entry e CROSS JOIN me
  LEFT JOIN LATERAL (
    SELECT e.at::text, e."user"::text, e.client_id, e.action::text, e.entity::text,
           e.entity_id::text, e.detail::text, e.purpose::text, e.recipient::text
    WHERE me.admin OR e.client_id IN (SELECT s.client_id FROM seen s)
       OR (e.client_id IS NULL AND e."user" = me.name)
  ) AS shown (at, "user", client_id, action, entity, entity_id, detail, purpose, recipient)
    ON true
  ORDER BY e.id
$$""",
}


def upgrade() -> None:
    op.create_table('team_member',
    sa.Column('login', sa.String(length=63), nullable=False),
    sa.Column('professional_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['professional_id'], ['professional.id'], ),
    sa.PrimaryKeyConstraint('login')
    )
    with op.batch_alter_table('team_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_team_member_professional_id'), ['professional_id'],
                              unique=False)
    # Plain ALTER TABLE: a batch copy of "client" would trip the foreign keys pointing at it.
    op.add_column('client', sa.Column('created_by', sa.String(length=63), nullable=False,
                                      server_default=''))
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    schema = bind.exec_driver_sql("SELECT current_schema()").scalar()
    for signature, template in FUNCTIONS.items():
        op.execute(template.replace("{s}", f'"{schema}"'))
        # Functions are callable by PUBLIC by default: only the owner and (granted by
        # team-setup) the members' group may call these.
        op.execute(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC")


# What team-setup (resources/team/security.sql) hangs on this revision's functions and column.
SETUP_TRIGGERS = {"verkosto_client_maker": "client", "verkosto_audit_sender": "audit_entry",
                  "verkosto_anchored_stays": "audit_chain"}
UNDO_POLICIES = """
DO $$
DECLARE
  found record;
BEGIN
  FOR found IN SELECT DISTINCT tablename, policyname FROM pg_policies
               WHERE schemaname = current_schema() AND policyname LIKE 'verkosto\\_%' LOOP
    EXECUTE format('DROP POLICY %I ON %I', found.policyname, found.tablename);
    EXECUTE format('ALTER TABLE %I NO FORCE ROW LEVEL SECURITY', found.tablename);
    EXECUTE format('ALTER TABLE %I DISABLE ROW LEVEL SECURITY', found.tablename);
  END LOOP;
END $$"""


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        # team-setup's triggers, policies and row-level security first: they use these.
        for trigger, table in SETUP_TRIGGERS.items():
            op.execute(f"DROP TRIGGER IF EXISTS {trigger} ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS {trigger}()")
        op.execute(UNDO_POLICIES)
        for signature in reversed(list(FUNCTIONS)):
            op.execute(f"DROP FUNCTION IF EXISTS {signature}")
    op.drop_column('client', 'created_by')  # plain ALTER TABLE, as in upgrade
    with op.batch_alter_table('team_member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_team_member_professional_id'))
    op.drop_table('team_member')
