"""the team store's rule of who sees a client, computed from the member's side by index
(issue 17, Speed)

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-03 23:00:00

The same rule as migration 0013 (and planner/consent_coverage.py), computed otherwise:
0013 compared the name keys of every consent's every agency with the member's, and found the
clients a member made by reading the whole client table, in every statement. Now the member's
side comes first: the few agencies whose naming in a consent would cover the member's agency
(name keys compared once per agency), then the consents naming them through
consent_agency(agency_id); the clients a member made through a new index on
client.created_by (both engines: one schema); contacts and meetings through their
professional_id indexes. `verkosto_sees_client(id)` asks about one client with index look-ups
on that client instead of building the whole set. PL/pgSQL, so a session plans each once, not
in every statement. And the set is computed once per transaction rather than per statement:
kept by the functions' owner in a temporary table no member can read, write or stand in for,
forgotten by triggers when the transaction changes what the rule reads, and used for at most
a second (verkosto_seen_clients). Validity is judged at the statement's start, not the
transaction's.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from alembic import op

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None

# {s}: the schema (search_path fixed to it), as in 0013.
FUNCTIONS = {
    # The agencies a consent covers the member's agency by naming: the member's own
    # organisation named whole, or its very unit (consent_coverage.ConsentCoverage).
    "verkosto_covering_agencies(integer)": """
CREATE OR REPLACE FUNCTION verkosto_covering_agencies(mine integer) RETURNS integer[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = {s}, pg_temp AS $$
DECLARE
  own_name text;
  own_unit text;
BEGIN
  SELECT verkosto_name_key(a.name), verkosto_name_key(a.unit) INTO own_name, own_unit
  FROM agency a WHERE a.id = mine;
  RETURN ARRAY(SELECT named.id FROM agency named  -- by ix_agency_name_key
               WHERE verkosto_name_key(named.name) = own_name
                 AND verkosto_name_key(named.unit) IN ('', own_unit));
END $$""",
    # Every client the login sees: made by it, a named contact (the case lead too), a
    # meeting participant, or covered by a consent valid now (given, not withdrawn, not past
    # its last day in Helsinki) — now being the statement's start, not the transaction's (as
    # 0013 had it), so a withdrawal reaches a transaction kept open too. Computed afresh;
    # the policies ask verkosto_seen_clients().
    "verkosto_seen_clients_afresh()": """
CREATE OR REPLACE FUNCTION verkosto_seen_clients_afresh() RETURNS SETOF integer
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = {s}, pg_temp AS $$
DECLARE
  me integer;
  covering integer[];
  now_text text := to_char(statement_timestamp() AT TIME ZONE 'UTC',
                           'YYYY-MM-DD"T"HH24:MI:SS.US"Z"');
  today date := (statement_timestamp() AT TIME ZONE 'Europe/Helsinki')::date;
BEGIN
  SELECT m.professional_id, verkosto_covering_agencies(p.agency_id) INTO me, covering
  FROM team_member m JOIN professional p ON p.id = m.professional_id
  WHERE m.login = session_user;
  IF NOT FOUND THEN
    RETURN;  -- a login mapped to nobody sees nothing
  END IF;
  RETURN QUERY
    SELECT c.id FROM client c WHERE c.created_by = session_user
    UNION
    SELECT cp.client_id FROM contact_person cp WHERE cp.professional_id = me
    UNION
    SELECT mt.client_id FROM participant pa JOIN meeting mt ON mt.id = pa.meeting_id
    WHERE pa.professional_id = me
    UNION
    SELECT k.client_id FROM consent_agency ka JOIN consent k ON k.id = ka.consent_id
    WHERE ka.agency_id = ANY (covering)
      AND k.given_at <= now_text
      AND (k.withdrawn_at IS NULL OR k.withdrawn_at > now_text)
      AND (k.valid_until IS NULL OR today <= k.valid_until);
END $$""",
    # The set above, kept for the rest of the transaction (a policy asks it in every
    # statement): in a temporary table that this function's owner creates in the session,
    # which a member can neither read nor write (no privileges on it) nor put in its place (the
    # owner is checked: a member may create temporary tables), emptied at every COMMIT or
    # ROLLBACK (ON COMMIT DELETE ROWS; what a rolled-back statement wrote is gone with it), by
    # verkosto_forget_seen() after every change to what the rule reads, and not used after
    # KEPT_FOR, so what other members change reaches a long transaction too. Computed
    # afresh on a standby (no temporary tables there).
    "verkosto_seen_clients()": """
CREATE OR REPLACE FUNCTION verkosto_seen_clients() RETURNS SETOF integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = {s}, pg_temp AS $$
DECLARE
  kept regclass;
  seen integer[];
BEGIN
  IF pg_catalog.pg_is_in_recovery() THEN
    RETURN QUERY SELECT verkosto_seen_clients_afresh();
    RETURN;
  END IF;
  kept := pg_catalog.to_regclass('pg_temp.verkosto_seen');
  IF kept IS NULL THEN
    CREATE TEMPORARY TABLE verkosto_seen (login name, made timestamptz, clients integer[])
      ON COMMIT DELETE ROWS;
  ELSIF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_class c
                    JOIN pg_catalog.pg_roles r ON r.oid = c.relowner
                    WHERE c.oid = kept AND r.rolname = current_user) THEN
    RAISE EXCEPTION 'pg_temp.verkosto_seen is not Verkosto''s: who sees what is not read '
      'from a table a member made' USING ERRCODE = 'insufficient_privilege';
  END IF;
  SELECT k.clients INTO seen FROM pg_temp.verkosto_seen k
  WHERE k.login = session_user  -- and not from a clock set back since
    AND pg_catalog.clock_timestamp() - k.made BETWEEN interval '0' AND interval '{kept_for}';
  IF NOT FOUND THEN
    seen := ARRAY(SELECT verkosto_seen_clients_afresh());
    DELETE FROM pg_temp.verkosto_seen;
    INSERT INTO pg_temp.verkosto_seen
      VALUES (session_user, pg_catalog.clock_timestamp(), seen);
  END IF;
  RETURN QUERY SELECT pg_catalog.unnest(seen);
END $$""",
    # A change to what the rule reads: the set kept in this transaction is computed again.
    "verkosto_forget_seen()": """
CREATE OR REPLACE FUNCTION verkosto_forget_seen() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {s}, pg_temp AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_class c
             JOIN pg_catalog.pg_roles r ON r.oid = c.relowner
             WHERE c.oid = pg_catalog.to_regclass('pg_temp.verkosto_seen')
               AND r.rolname = current_user) THEN
    DELETE FROM pg_temp.verkosto_seen;
  END IF;
  RETURN NULL;
END $$""",
    # One client, by the same rule: look-ups on that client, not the whole set.
    "verkosto_sees_client(integer)": """
CREATE OR REPLACE FUNCTION verkosto_sees_client(for_client integer) RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = {s}, pg_temp AS $$
DECLARE
  me integer;
  agency integer;
  now_text text := to_char(statement_timestamp() AT TIME ZONE 'UTC',
                           'YYYY-MM-DD"T"HH24:MI:SS.US"Z"');
  today date := (statement_timestamp() AT TIME ZONE 'Europe/Helsinki')::date;
BEGIN
  IF for_client IS NULL THEN
    RETURN false;
  END IF;
  IF verkosto_is_administrator() THEN
    RETURN true;
  END IF;
  SELECT m.professional_id, p.agency_id INTO me, agency
  FROM team_member m JOIN professional p ON p.id = m.professional_id
  WHERE m.login = session_user;
  IF NOT FOUND THEN
    RETURN false;
  END IF;
  RETURN EXISTS (SELECT 1 FROM client c WHERE c.id = for_client
                 AND c.created_by = session_user)
      OR EXISTS (SELECT 1 FROM contact_person cp WHERE cp.client_id = for_client
                 AND cp.professional_id = me)
      OR EXISTS (SELECT 1 FROM meeting mt JOIN participant pa ON pa.meeting_id = mt.id
                 WHERE mt.client_id = for_client AND pa.professional_id = me)
      OR EXISTS (SELECT 1 FROM consent k JOIN consent_agency ka ON ka.consent_id = k.id
                 WHERE k.client_id = for_client
                   AND ka.agency_id = ANY (verkosto_covering_agencies(agency))
                   AND k.given_at <= now_text
                   AND (k.withdrawn_at IS NULL OR k.withdrawn_at > now_text)
                   AND (k.valid_until IS NULL OR today <= k.valid_until));
END $$""",
}
KEPT_FOR = "1 second"  # at most this long a transaction uses the set it computed
# 0013's functions this revision replaces; the others are new.
REPLACED = ("verkosto_seen_clients()", "verkosto_sees_client(integer)")
# What the rule reads: a change to any of them forgets the set kept in the transaction.
RULE_TABLES = ("client", "contact_person", "participant", "meeting", "consent",
               "consent_agency", "team_member", "professional", "agency")
FORGET_TRIGGER = "verkosto_forget_seen"
NAME_KEY_INDEX = "ix_agency_name_key"  # PostgreSQL only: an index on a function's result


def _revision_0013() -> object:
    """Migration 0013's module: its functions are what a downgrade puts back."""
    path = Path(__file__).with_name("0013_team_members.py")
    spec = importlib.util.spec_from_file_location("verkosto_migration_0013", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def upgrade() -> None:
    # Plain CREATE INDEX on both engines: the clients a login made (created_by is blank in a
    # local store, where the index costs next to nothing).
    op.create_index('ix_client_created_by', 'client', ['created_by'], unique=False)
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    schema = bind.exec_driver_sql("SELECT current_schema()").scalar()
    # An agency's name key, so the agencies named like the member's are found by index, not
    # by folding every name in every statement (a change to verkosto_name_key must REINDEX).
    op.execute(f"CREATE INDEX {NAME_KEY_INDEX} ON agency (verkosto_name_key(name))")
    for signature, template in FUNCTIONS.items():
        op.execute(template.replace("{s}", f'"{schema}"').replace("{kept_for}", KEPT_FOR))
        op.execute(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC")
    for table in RULE_TABLES:
        op.execute(f"CREATE TRIGGER {FORGET_TRIGGER} AFTER INSERT OR UPDATE OR DELETE OR "
                   f"TRUNCATE ON {table} FOR EACH STATEMENT EXECUTE FUNCTION "
                   f"verkosto_forget_seen()")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        schema = bind.exec_driver_sql("SELECT current_schema()").scalar()
        earlier: dict[str, str] = _revision_0013().FUNCTIONS  # type: ignore[attr-defined]
        for table in RULE_TABLES:
            op.execute(f"DROP TRIGGER {FORGET_TRIGGER} ON {table}")
        for signature in REPLACED:  # replaced, not dropped: the policies use them
            op.execute(earlier[signature].replace("{s}", f'"{schema}"'))
        for signature in reversed(list(FUNCTIONS)):  # only the two above called them
            if signature not in REPLACED:
                op.execute(f"DROP FUNCTION {signature}")
        op.execute(f"DROP INDEX {NAME_KEY_INDEX}")
    op.drop_index('ix_client_created_by', table_name='client')
