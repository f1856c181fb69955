"""the team store's visible set kept across a member's transactions while its ground is
unchanged (issue 17, Speed)

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-04 06:00:00

Migration 0015 kept a member's set of visible clients for the rest of one transaction (at most
a second): every transaction that touched a client table built it again (~5–10 ms at 10,000
clients). Now it is kept in the session for as long as it is exact: a generation number,
bumped in the same transaction by every statement that changes a table the rule reads (its
commit makes the new number visible to every session together with the change itself), and
the next moment at which a consent covering the member's agency starts, is withdrawn or runs
out (``until``) — the only way the rule's answer changes without a change to its tables. A
session compares both before using its set; a withdrawal committed by another member reaches
the next statement of every session, an open transaction's too. PostgreSQL only.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from alembic import op

revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None

GENERATION_TABLE = "verkosto_rule_generation"
BUMP_TRIGGER = "verkosto_rule_changed"
FUNCTIONS = {
    # The next moment at which the rule's answer for this login changes by the clock alone:
    # a consent covering its agency is given, withdrawn or runs out (after its last day in
    # Helsinki), whichever comes first; infinity when none is ahead.
    "verkosto_seen_until()": """
CREATE OR REPLACE FUNCTION verkosto_seen_until() RETURNS timestamptz
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = {s}, pg_temp AS $$
DECLARE
  covering integer[];
  now_text text := to_char(statement_timestamp() AT TIME ZONE 'UTC',
                           'YYYY-MM-DD"T"HH24:MI:SS.US"Z"');
  today date := (statement_timestamp() AT TIME ZONE 'Europe/Helsinki')::date;
  next_moment timestamptz;
BEGIN
  SELECT verkosto_covering_agencies(p.agency_id) INTO covering
  FROM team_member m JOIN professional p ON p.id = m.professional_id
  WHERE m.login = session_user;
  IF NOT FOUND THEN
    RETURN 'infinity';
  END IF;
  SELECT min(moment) INTO next_moment FROM (
    SELECT CASE WHEN k.given_at > now_text THEN k.given_at::timestamptz END AS given,
           CASE WHEN k.withdrawn_at > now_text THEN k.withdrawn_at::timestamptz END AS gone,
           CASE WHEN k.valid_until >= today
                THEN (k.valid_until + 1)::timestamp AT TIME ZONE 'Europe/Helsinki' END AS ends
    FROM consent_agency ka JOIN consent k ON k.id = ka.consent_id
    WHERE ka.agency_id = ANY (covering)
  ) ahead, LATERAL (VALUES (ahead.given), (ahead.gone), (ahead.ends)) AS m(moment);
  RETURN coalesce(next_moment, 'infinity');
END $$""",
    # Replaces 0015's: the set kept in the session (not only the transaction) while the
    # generation and the clock say it is still the rule's answer.
    "verkosto_seen_clients()": """
CREATE OR REPLACE FUNCTION verkosto_seen_clients() RETURNS SETOF integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = {s}, pg_temp AS $$
DECLARE
  kept regclass;
  seen integer[];
  ground bigint;
BEGIN
  IF pg_catalog.pg_is_in_recovery() THEN
    RETURN QUERY SELECT verkosto_seen_clients_afresh();
    RETURN;
  END IF;
  kept := pg_catalog.to_regclass('pg_temp.verkosto_seen_kept');
  IF kept IS NULL THEN
    CREATE TEMPORARY TABLE verkosto_seen_kept (login name, generation bigint,
                                               made timestamptz, until timestamptz,
                                               clients integer[]);
  ELSIF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_class c
                    JOIN pg_catalog.pg_roles r ON r.oid = c.relowner
                    WHERE c.oid = kept AND r.rolname = current_user) THEN
    RAISE EXCEPTION 'pg_temp.verkosto_seen_kept is not Verkosto''s: who sees what is not '
      'read from a table a member made' USING ERRCODE = 'insufficient_privilege';
  END IF;
  -- The generation first, the set after it (a later snapshot): a change committed in
  -- between makes the kept set look older than it is, never newer.
  SELECT g.generation INTO ground FROM verkosto_rule_generation g;
  SELECT k.clients INTO seen FROM pg_temp.verkosto_seen_kept k
  WHERE k.login = session_user AND k.generation = ground
    AND k.made <= pg_catalog.clock_timestamp()  -- not from a clock set back since
    AND pg_catalog.statement_timestamp() < k.until;
  IF NOT FOUND THEN
    seen := ARRAY(SELECT verkosto_seen_clients_afresh());
    DELETE FROM pg_temp.verkosto_seen_kept;
    INSERT INTO pg_temp.verkosto_seen_kept
      VALUES (session_user, ground, pg_catalog.clock_timestamp(), verkosto_seen_until(), seen);
    -- when the session last computed it (what a slow screen's cause may be; the tests' way
    -- to tell it was kept): a member may read or set it, nothing reads it to decide
    PERFORM pg_catalog.set_config('verkosto.seen_computed',
                                  pg_catalog.clock_timestamp()::text, false);
  END IF;
  RETURN QUERY SELECT pg_catalog.unnest(seen);
END $$""",
    # A statement changed what the rule reads: every kept set is old from its commit on (and
    # this transaction's own at once: it sees its own update).
    "verkosto_rule_changed()": """
CREATE OR REPLACE FUNCTION verkosto_rule_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {s}, pg_temp AS $$
BEGIN
  UPDATE verkosto_rule_generation SET generation = generation + 1;
  RETURN NULL;
END $$""",
}


def _revision(name: str) -> object:
    """An earlier migration's module (its functions are what a downgrade puts back)."""
    path = Path(__file__).with_name(name)
    spec = importlib.util.spec_from_file_location(f"verkosto_migration_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _swap_triggers(earlier: object, old: str, new: str, function: str) -> None:
    """On each of the rule's tables (0015's list), trigger ``old`` replaced by ``new``, which
    runs ``function`` after every statement that changes the table."""
    for table in earlier.RULE_TABLES:  # type: ignore[attr-defined]
        op.execute(f"DROP TRIGGER {old} ON {table}")
        op.execute(f"CREATE TRIGGER {new} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "
                   f"{table} FOR EACH STATEMENT EXECUTE FUNCTION {function}")


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    earlier = _revision("0015_visible_clients_by_index.py")
    schema = bind.exec_driver_sql("SELECT current_schema()").scalar()
    # One row; no member has any privilege on it (only the functions above, the owner's).
    op.execute(f"CREATE TABLE {GENERATION_TABLE} (only_row boolean PRIMARY KEY DEFAULT true "
               f"CHECK (only_row), generation bigint NOT NULL)")
    op.execute(f"INSERT INTO {GENERATION_TABLE} (generation) VALUES (1)")
    op.execute(f"REVOKE ALL ON {GENERATION_TABLE} FROM PUBLIC")
    for signature, template in FUNCTIONS.items():
        op.execute(template.replace("{s}", f'"{schema}"'))
        op.execute(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC")
    _swap_triggers(earlier, earlier.FORGET_TRIGGER,  # type: ignore[attr-defined]
                   BUMP_TRIGGER, "verkosto_rule_changed()")
    op.execute("DROP FUNCTION verkosto_forget_seen()")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    earlier = _revision("0015_visible_clients_by_index.py")
    schema = bind.exec_driver_sql("SELECT current_schema()").scalar()
    functions: dict[str, str] = earlier.FUNCTIONS  # type: ignore[attr-defined]
    for signature in ("verkosto_forget_seen()", "verkosto_seen_clients()"):
        op.execute(functions[signature].replace("{s}", f'"{schema}"')
                   .replace("{kept_for}", earlier.KEPT_FOR))  # type: ignore[attr-defined]
        op.execute(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC")
    _swap_triggers(earlier, BUMP_TRIGGER, earlier.FORGET_TRIGGER,  # type: ignore[attr-defined]
                   "verkosto_forget_seen()")
    op.execute("DROP FUNCTION verkosto_rule_changed()")
    op.execute("DROP FUNCTION verkosto_seen_until()")
    op.execute(f"DROP TABLE {GENERATION_TABLE}")
