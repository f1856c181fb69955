-- Verkosto team store: roles, privileges and row-level security (issue 17).
--
-- Applied by `verkosto team-setup ADDRESS` as the database's owner, after the migrations and
-- with search_path set to the store's schema (functions fix it FROM CURRENT). Idempotent: it
-- is applied again after every upgrade, so a table added later gets its policy. The functions
-- it calls (verkosto_seen_clients, verkosto_sees_client and the audit log's) are schema:
-- migrations 0013 and 0015 write them.
--
-- Who sees what: a member login (mapped to a professional in team_member) sees a client's
-- data when verkosto_sees_client(client) says so; the owner sees everything.

-- The members' group: holds every privilege; each member login is granted it.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'verkosto_member') THEN
    CREATE ROLE verkosto_member NOLOGIN;
  END IF;
  -- Only the owner and the members may connect to the store's database at all.
  EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
  EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO verkosto_member',
                 current_database());
  -- No JIT compilation for the store's sessions (from their next connection): the policies'
  -- subplans make the planner overestimate a search's cost past jit_above_cost, and compiling
  -- took 50 ms of a 20 ms search (README, "The team store at scale"). The app's statements are
  -- short; JIT is for long analytical queries.
  EXECUTE format('ALTER DATABASE %I SET jit = off', current_database());
END $$;

REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO verkosto_member;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO verkosto_member;
GRANT EXECUTE ON FUNCTION verkosto_is_administrator(), verkosto_name_key(text),
  verkosto_audit_name(), verkosto_seen_clients(), verkosto_sees_client(integer),
  verkosto_hetu_taken(text, integer), verkosto_audit_head(),
  verkosto_audit_hash(integer), verkosto_audit_rows() TO verkosto_member;

-- Shared tables. The directory (agencies, professionals) and the meeting types are the team's
-- own to keep: read, added to and kept up to date by all, never deleted (meetings and actions
-- refer to them). What the rule reads is not a member's to change: an agency's name and unit
-- (a consent covers by them) and a professional's agency and name (who a login is), lest a
-- member move themself under another's consent. The code list, the store's settings and
-- profile, the mapping of members and the schema's version are the administrator's: read
-- only. The chain key is read to link new entries; only its "anchored" flag may be set (and
-- never unset). The trusted certificates are the team's, read by all and kept by the
-- administrator: a root added trusts every certificate it issues, for every member. Signing
-- identities: below.
REVOKE ALL ON agency, professional, meeting_type, service_code, store_setting, user_profile,
  team_member, alembic_version, audit_chain, signing_identity, trust_root FROM verkosto_member;
GRANT SELECT, INSERT ON agency, professional TO verkosto_member;
GRANT UPDATE (kind, business_id, email, phone, address) ON agency TO verkosto_member;
GRANT UPDATE (title, role, email, phone, languages, active) ON professional TO verkosto_member;
GRANT SELECT, INSERT, UPDATE ON meeting_type TO verkosto_member;
GRANT SELECT ON service_code, store_setting, user_profile, team_member, alembic_version,
  audit_chain, trust_root TO verkosto_member;
GRANT UPDATE (anchored) ON audit_chain TO verkosto_member;

-- Every table holding a client's data, with who may see a row: a client or a row naming
-- its client when the client is among the member's (verkosto_seen_clients, asked once per
-- statement); a row hanging on a meeting, consent, plan or version when that one row is
-- visible to the member (looked up by its key: its own policy decides).
DO $$
DECLARE
  spec record;
  owner text;
BEGIN
  FOR spec IN SELECT * FROM (VALUES
      -- the maker sees a new client at once (its row is checked before it is in the table)
      ('client', '(created_by = session_user AND verkosto_audit_name() IS NOT NULL) '
                 'OR id IN (SELECT verkosto_seen_clients())'),
      ('contact_person', 'client_id IN (SELECT verkosto_seen_clients())'),
      ('consent', 'client_id IN (SELECT verkosto_seen_clients())'),
      ('consent_agency',
       'EXISTS (SELECT 1 FROM consent k WHERE k.id = consent_agency.consent_id)'),
      ('meeting', 'client_id IN (SELECT verkosto_seen_clients())'),
      ('agenda_item', 'EXISTS (SELECT 1 FROM meeting m WHERE m.id = agenda_item.meeting_id)'),
      ('participant', 'EXISTS (SELECT 1 FROM meeting m WHERE m.id = participant.meeting_id)'),
      ('meeting_note',
       'EXISTS (SELECT 1 FROM meeting m WHERE m.id = meeting_note.meeting_id)'),
      ('carried_action',
       'EXISTS (SELECT 1 FROM meeting m WHERE m.id = carried_action.meeting_id)'),
      ('agreed_action', 'client_id IN (SELECT verkosto_seen_clients())'),
      ('client_plan', 'client_id IN (SELECT verkosto_seen_clients())'),
      ('plan_version',
       'EXISTS (SELECT 1 FROM client_plan p WHERE p.id = plan_version.plan_id)'),
      ('plan_goal', 'EXISTS (SELECT 1 FROM plan_version v WHERE v.id = plan_goal.version_id)'),
      ('plan_service',
       'EXISTS (SELECT 1 FROM plan_version v WHERE v.id = plan_service.version_id)'),
      ('information_request', 'client_id IN (SELECT verkosto_seen_clients())'),
      ('income_effect', 'client_id IN (SELECT verkosto_seen_clients())')
    ) AS t(name, rule)
  LOOP
    SELECT pg_catalog.pg_get_userbyid(c.relowner) INTO owner
      FROM pg_catalog.pg_class c WHERE c.oid = spec.name::regclass;
    EXECUTE format('REVOKE ALL ON %I FROM verkosto_member', spec.name);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO verkosto_member', spec.name);
    -- FORCE: the owner too goes through the policies (its own says: everything).
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', spec.name);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', spec.name);
    EXECUTE format('DROP POLICY IF EXISTS verkosto_member_rows ON %I', spec.name);
    EXECUTE format('CREATE POLICY verkosto_member_rows ON %I TO verkosto_member '
                   'USING (%s) WITH CHECK (%s)', spec.name, spec.rule, spec.rule);
    EXECUTE format('DROP POLICY IF EXISTS verkosto_owner_rows ON %I', spec.name);
    EXECUTE format('CREATE POLICY verkosto_owner_rows ON %I TO %I USING (true) '
                   'WITH CHECK (true)', spec.name, owner);
  END LOOP;

  -- The audit log is the server's: members read the entries of the clients they see and
  -- their own other entries, and only add to it.
  SELECT pg_catalog.pg_get_userbyid(c.relowner) INTO owner
    FROM pg_catalog.pg_class c WHERE c.oid = 'audit_entry'::regclass;
  REVOKE ALL ON audit_entry FROM verkosto_member;
  GRANT SELECT, INSERT ON audit_entry TO verkosto_member;
  ALTER TABLE audit_entry ENABLE ROW LEVEL SECURITY;
  ALTER TABLE audit_entry FORCE ROW LEVEL SECURITY;
  DROP POLICY IF EXISTS verkosto_member_read ON audit_entry;
  CREATE POLICY verkosto_member_read ON audit_entry FOR SELECT TO verkosto_member
    USING (CASE WHEN client_id IS NULL THEN "user" = verkosto_audit_name()
                ELSE client_id IN (SELECT verkosto_seen_clients()) END);
  DROP POLICY IF EXISTS verkosto_member_add ON audit_entry;
  -- one entry names one client: asked about that one (under the write lock), not the set
  CREATE POLICY verkosto_member_add ON audit_entry FOR INSERT TO verkosto_member
    WITH CHECK (client_id IS NULL OR verkosto_sees_client(client_id));
  DROP POLICY IF EXISTS verkosto_owner_rows ON audit_entry;
  EXECUTE format('CREATE POLICY verkosto_owner_rows ON audit_entry TO %I USING (true) '
                 'WITH CHECK (true)', owner);
END $$;

-- A member's own rows, by login: their signing identity (its private key still encrypted with
-- the certificate's passphrase, which the server never sees; migration 0016's trigger refuses
-- a row in another login's name) and their own settings over the team's store_setting
-- (migration 0017). A member reads, writes and deletes only the rows of their own login; the
-- owner sees every row (to remove a leaver's).
DO $$
DECLARE
  spec record;
  owner text;
BEGIN
  FOR spec IN SELECT * FROM (VALUES ('signing_identity', 'owner'), ('member_setting', 'login'))
      AS t(name, login_column)
  LOOP
    SELECT pg_catalog.pg_get_userbyid(c.relowner) INTO owner
      FROM pg_catalog.pg_class c WHERE c.oid = spec.name::regclass;
    EXECUTE format('REVOKE ALL ON %I FROM verkosto_member', spec.name);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO verkosto_member', spec.name);
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', spec.name);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', spec.name);
    EXECUTE format('DROP POLICY IF EXISTS verkosto_member_rows ON %I', spec.name);
    EXECUTE format('CREATE POLICY verkosto_member_rows ON %I TO verkosto_member '
                   'USING (%I = session_user) WITH CHECK (%I = session_user)',
                   spec.name, spec.login_column, spec.login_column);
    EXECUTE format('DROP POLICY IF EXISTS verkosto_owner_rows ON %I', spec.name);
    EXECUTE format('CREATE POLICY verkosto_owner_rows ON %I TO %I USING (true) '
                   'WITH CHECK (true)', spec.name, owner);
  END LOOP;
END $$;

-- An entry in another's name is refused: a member writes only as themself.
CREATE OR REPLACE FUNCTION verkosto_audit_sender() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  IF NOT verkosto_is_administrator()
     AND NEW."user" IS DISTINCT FROM verkosto_audit_name() THEN
    RAISE EXCEPTION 'an audit entry may be written only in its writer''s own name (%)',
      coalesce(verkosto_audit_name(), session_user) USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$;
REVOKE ALL ON FUNCTION verkosto_audit_sender() FROM PUBLIC;
DROP TRIGGER IF EXISTS verkosto_audit_sender ON audit_entry;
CREATE TRIGGER verkosto_audit_sender BEFORE INSERT ON audit_entry
  FOR EACH ROW EXECUTE FUNCTION verkosto_audit_sender();

-- A client's maker is the login that inserted it, whatever the row says, and stays so.
CREATE OR REPLACE FUNCTION verkosto_client_maker() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  IF verkosto_is_administrator() THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'INSERT' THEN
    NEW.created_by := session_user;
  ELSE
    NEW.created_by := OLD.created_by;
  END IF;
  RETURN NEW;
END $$;
REVOKE ALL ON FUNCTION verkosto_client_maker() FROM PUBLIC;
DROP TRIGGER IF EXISTS verkosto_client_maker ON client;
CREATE TRIGGER verkosto_client_maker BEFORE INSERT OR UPDATE ON client
  FOR EACH ROW EXECUTE FUNCTION verkosto_client_maker();

-- Once an anchor outside the store has been written, a missing one is news: the flag that
-- says so is never cleared (by anyone: the owner neither).
CREATE OR REPLACE FUNCTION verkosto_anchored_stays() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  IF OLD.anchored AND NOT NEW.anchored THEN
    RAISE EXCEPTION 'the audit log has been anchored; that is not undone'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$;
REVOKE ALL ON FUNCTION verkosto_anchored_stays() FROM PUBLIC;
DROP TRIGGER IF EXISTS verkosto_anchored_stays ON audit_chain;
CREATE TRIGGER verkosto_anchored_stays BEFORE UPDATE OF anchored ON audit_chain
  FOR EACH ROW EXECUTE FUNCTION verkosto_anchored_stays();

-- Whether a local store was moved into this store already, and when (the first entry of its
-- move, found by the store's fingerprint): any member may ask, as the move's own entries are
-- about clients the asking member may not see (planner/services/team_move.py).
CREATE OR REPLACE FUNCTION verkosto_store_moved(fingerprint text) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
  SELECT min(e.at)::text FROM audit_entry e
  WHERE e.entity = 'store_move' AND e.entity_id = fingerprint
$$;
REVOKE ALL ON FUNCTION verkosto_store_moved(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION verkosto_store_moved(text) TO verkosto_member;

-- Whatever this script (or the upgrade before it) changed in who sees what, no session keeps
-- using a set of visible clients it made before (migration 0018).
UPDATE verkosto_rule_generation SET generation = generation + 1;
