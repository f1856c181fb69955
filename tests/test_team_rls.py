"""Who sees what on a team store is the server's to enforce (issue 17): row-level security by
the professional each login is, an audit log members can only add to in their own name, and
`verkosto team-setup`. Real logins connect with psycopg straight past the app and try what
they must not; the app's services work as a member for what they may see."""

from __future__ import annotations

import subprocess
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from alembic import command
from keyring.backends.fail import Keyring as FailKeyring
from sqlmodel import SQLModel

import planner.domain  # noqa: F401 - every table in the metadata
from planner.consent_coverage import name_key
from planner.crypto.vault import KeyringVault
from planner.domain.enums import AgencyKind, ConsentForm, ParticipantKind
from planner.errors import (
    TeamDatabaseMissing,
    TeamLoginUnknown,
    TeamNotPermitted,
    TeamProfessionalUnknown,
    TeamSetupRefused,
    ValidationFailed,
)
from planner.services import ClientInput, Planner
from planner.services.actions import ActionInput
from planner.services.consents import ConsentInput
from planner.services.directory import AgencyInput, ProfessionalInput
from planner.services.meetings import MeetingInput, ParticipantInput
from planner.services.plans import GoalInput, PlanDraft, ServiceInput
from planner.storage import migrate
from planner.storage.team import TeamStore, open_team_store
from planner.storage.team_address import TeamAddress
from planner.storage.team_setup import apply_security, map_member, protected_tables
from tests.support.cli import command_environment, run
from tests.support.postgres import PostgresServer, team_store

NO_KEYRING = KeyringVault(FailKeyring())
PASSWORD = "jäsenen salasana 2026"
LOGINS = ("liisa", "kaisa", "olli", "vieras")  # vieras: a member login mapped to nobody
AINO_HETU = "131052-308T"
DENIED = psycopg.errors.InsufficientPrivilege  # permission denied / policy violation
SHARED = {"agency", "professional", "meeting_type", "service_code", "store_setting",
          "user_profile", "team_member", "audit_chain", "signing_identity", "trust_root",
          "member_setting"}


@dataclass
class Team:
    server: PostgresServer
    database: str
    ids: dict[str, int]
    admin: Planner  # the superuser: the administrator, who sees everything

    def connect(self, login: str) -> psycopg.Connection[tuple[object, ...]]:
        """The login itself over the socket, autocommit: what any SQL tool would do."""
        return psycopg.connect(self.server.url(self.database, user=login, password=PASSWORD),
                               autocommit=True)

    def sees(self, login: str) -> set[str]:
        with self.connect(login) as conn:
            return {str(row[0]) for row in conn.execute("SELECT first_names FROM client")}

    def open_as(self, login: str) -> TeamStore:
        return open_team_store(TeamAddress.parse(
            self.server.url(self.database, user=login, password=PASSWORD)),
            vault=NO_KEYRING, upgrade=False)


def _logins(server: PostgresServer) -> None:
    with server.admin() as conn:  # type: ignore[attr-defined]
        for login in LOGINS:  # cluster-wide: made once per test process's server
            if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,)).fetchone():
                continue
            conn.execute(f"CREATE ROLE {login} LOGIN PASSWORD '{PASSWORD}'")


@pytest.fixture
def team(postgres: PostgresServer) -> Iterator[Team]:
    """A set-up team store: Aino's case lead is Liisa (the county); Bertta has Olli
    (employment services) in a meeting and a consent covering Kela; Cecilia has nobody."""
    _logins(postgres)
    store = team_store(postgres)  # as the superuser: the administrator
    assert isinstance(store, TeamStore) and store.address is not None
    database = store.address.database
    apply_security(store)
    admin = Planner(store)
    try:
        county = admin.directory.create_agency(AgencyInput(
            "Pirkanmaan hyvinvointialue", AgencyKind.SOCIAL_SERVICES, unit="Aikuissosiaalityö"))
        kela = admin.directory.create_agency(AgencyInput(
            "Kela", AgencyKind.KELA, unit="Pirkanmaan vakuutuspiiri"))
        kela_whole = admin.directory.create_agency(AgencyInput(" KELA ", AgencyKind.KELA))
        jobs = admin.directory.create_agency(AgencyInput(
            "Tampereen työllisyyspalvelut", AgencyKind.EMPLOYMENT_SERVICES))
        people = {
            "liisa": admin.directory.create_professional(ProfessionalInput(
                "Liisa Laine", county.id or 0, title="sosiaalityöntekijä")),
            "kaisa": admin.directory.create_professional(ProfessionalInput(
                "Kaisa Kela", kela.id or 0, title="etuusasiantuntija")),
            "olli": admin.directory.create_professional(ProfessionalInput(
                "Olli Ojala", jobs.id or 0)),
        }
        for login, person in people.items():
            map_member(store, login, person.id or 0)
        with postgres.admin() as conn:  # type: ignore[attr-defined]
            conn.execute("GRANT verkosto_member TO vieras")
        aino = admin.clients.create(ClientInput("Aino", "Korhonen", hetu=AINO_HETU))
        bertta = admin.clients.create(ClientInput("Bertta", "Nieminen"))
        cecilia = admin.clients.create(ClientInput("Cecilia", "Salo"))
        admin.clients.set_contact(aino.id or 0, people["liisa"].id or 0, case_lead=True)
        now = datetime.now(UTC)  # the server judges validity by its own clock
        meeting = admin.meetings.plan(MeetingInput(
            bertta.id or 0, "Verkostoneuvottelu", now + timedelta(days=3),
            now + timedelta(days=3, hours=1), location="Kelan toimisto"))
        admin.meetings.add_participant(meeting.id or 0, ParticipantInput(
            ParticipantKind.PROFESSIONAL, professional_id=people["olli"].id))
        consent = admin.consents.record(ConsentInput(
            bertta.id or 0, [kela_whole.id or 0], "Sairauspäivärahan käsittely",
            ConsentForm.WRITTEN, now - timedelta(days=1)))
        ids = {"aino": aino.id or 0, "bertta": bertta.id or 0, "cecilia": cecilia.id or 0,
               "consent": consent.id or 0, "meeting": meeting.id or 0,
               "county": county.id or 0, "kela": kela.id or 0,
               **{k: v.id or 0 for k, v in people.items()}}
        yield Team(postgres, database, ids, admin)
    finally:
        admin.close()


def test_each_login_sees_only_the_clients_it_has_grounds_for(team: Team) -> None:
    assert team.sees("liisa") == {"Aino"}  # the case lead
    assert team.sees("olli") == {"Bertta"}  # a participant of her meeting
    assert team.sees("kaisa") == {"Bertta"}  # "KELA" named whole by her consent: Kela's unit
    assert team.sees("vieras") == set()  # a member mapped to no professional
    with team.connect("kaisa") as conn:
        # nor through the tables around the client
        assert conn.execute("SELECT count(*) FROM contact_person").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM meeting").fetchone() == (1,)
        clients = {row[0] for row in conn.execute("SELECT DISTINCT client_id FROM audit_entry")}
        assert clients <= {team.ids["bertta"]}


def test_another_agencys_client_cannot_be_read_changed_or_given_a_meeting(team: Team) -> None:
    aino = team.ids["aino"]
    with team.connect("kaisa") as conn:
        assert conn.execute("SELECT * FROM client WHERE id = %s", (aino,)).fetchall() == []
        changed = conn.execute("UPDATE client SET situation = 'muutettu' WHERE id = %s", (aino,))
        assert changed.rowcount == 0
        assert conn.execute("DELETE FROM contact_person").rowcount == 0
        with pytest.raises(DENIED, match="row-level security"):
            conn.execute(
                "INSERT INTO meeting (client_id, title, purpose, start, \"end\", location, mode, "
                "status, ical_uid, sequence, rescheduled_sequence, created_at, updated_at) "
                "VALUES (%s, 'Salainen', '', '2026-12-10T08:00:00.000000Z', "
                "'2026-12-10T09:00:00.000000Z', '', 'IN_PERSON', 'PLANNED', 'x@y', 0, 0, "
                "'2026-12-03T08:00:00.000000Z', '2026-12-03T08:00:00.000000Z')", (aino,))
        with pytest.raises(DENIED):  # naming herself a contact to see the client
            conn.execute("INSERT INTO contact_person (client_id, agency_id, professional_id, "
                         "is_case_lead, since) VALUES (%s, %s, %s, false, '2026-12-03')",
                         (aino, team.ids["county"], team.ids["kaisa"]))
        with pytest.raises(DENIED):  # nor moving a client she sees onto another's meeting
            conn.execute("UPDATE meeting SET client_id = %s", (aino,))
        # nor moving herself under another agency's consent: her agency, its name or unit
        for statement in ("UPDATE professional SET agency_id = %s WHERE id = %s",
                          "UPDATE agency SET name = 'Pirkanmaan hyvinvointialue', "
                          "unit = 'Aikuissosiaalityö' WHERE id = %s OR id = %s"):
            with pytest.raises(DENIED, match="permission denied"):
                conn.execute(statement, (team.ids["county"], team.ids["kaisa"]))
        # the directory's contact details are the team's to keep
        assert conn.execute("UPDATE agency SET phone = '029 634 1000' WHERE id = %s",
                            (team.ids["kela"],)).rowcount == 1
        with pytest.raises(DENIED):  # the log's "anchored" is never cleared
            conn.execute("UPDATE audit_chain SET anchored = false")
    with team.connect("liisa") as conn:  # the case lead still sees it as it was
        assert conn.execute("SELECT situation FROM client WHERE id = %s",
                            (aino,)).fetchone() == ("",)
        assert conn.execute("SELECT count(*) FROM contact_person").fetchone() == (1,)


def test_withdrawing_the_consent_hides_the_client_at_once(team: Team) -> None:
    # the app's own rule agrees: the consent covers Kaisa's unit of Kela
    assert team.ids["kela"] in team.admin.consents.covered_agencies(team.ids["bertta"])
    with team.connect("kaisa") as kaisa:  # a session already open keeps nothing
        assert kaisa.execute("SELECT count(*) FROM client").fetchone() == (1,)
        team.admin.consents.withdraw(team.ids["consent"])
        assert kaisa.execute("SELECT count(*) FROM client").fetchone() == (0,)
        assert kaisa.execute("SELECT count(*) FROM meeting").fetchone() == (0,)
        assert kaisa.execute("SELECT count(*) FROM consent").fetchone() == (0,)
    assert team.sees("olli") == {"Bertta"}  # the participant keeps his own ground


def test_an_expired_consent_or_one_for_another_unit_covers_nobody(team: Team) -> None:
    with team.server.admin(team.database) as conn:  # type: ignore[attr-defined]
        conn.execute("UPDATE consent SET valid_until = current_date - 1 WHERE id = %s",
                     (team.ids["consent"],))
    assert team.sees("kaisa") == set()
    with team.server.admin(team.database) as conn:  # type: ignore[attr-defined]
        other_unit = conn.execute(
            "INSERT INTO agency (name, kind, unit, address) VALUES "
            "('Kela', 'KELA', 'Uudenmaan vakuutuspiiri', '') RETURNING id").fetchone()[0]
        conn.execute("UPDATE consent SET valid_until = NULL WHERE id = %s",
                     (team.ids["consent"],))
        conn.execute("UPDATE consent_agency SET agency_id = %s WHERE consent_id = %s",
                     (other_unit, team.ids["consent"]))
    assert team.sees("kaisa") == set()  # another unit of Kela is not hers


def test_the_log_only_grows_and_only_in_ones_own_name(team: Team) -> None:
    with team.connect("liisa") as conn:
        for statement in ("UPDATE audit_entry SET detail = 'x'", "DELETE FROM audit_entry",
                          "TRUNCATE audit_entry"):
            with pytest.raises(DENIED, match="permission denied"):
                conn.execute(statement)
        head = conn.execute("SELECT id, entry_hash FROM verkosto_audit_head()").fetchone()
        assert head is not None  # the whole log's head, though most of it is hidden from her
        entry = ("INSERT INTO audit_entry (at, \"user\", client_id, action, entity, entity_id, "
                 "detail, purpose, recipient, prev_hash, entry_hash) VALUES "
                 "('2026-12-03T08:00:00.000000Z', %s, %s, 'VIEW', 'client', '', '', '', '', "
                 "%s, %s)")
        with pytest.raises(DENIED, match="own name"):
            conn.execute(entry, ("Kaisa Kela (kaisa)", team.ids["aino"], head[1], "f" * 64))
        with pytest.raises(DENIED):  # about a client she does not see, even in her name
            conn.execute(entry, ("Liisa Laine (liisa)", team.ids["cecilia"], head[1], "e" * 64))
        written = conn.execute(entry + " RETURNING id", (
            "Liisa Laine (liisa)", team.ids["aino"], head[1], "d" * 64)).fetchone()
    with team.connect("vieras") as conn, pytest.raises(DENIED, match="own name"):
        conn.execute(entry, ("Liisa Laine (liisa)", None, head[1], "c" * 64))
    # her own, linked, but its MAC made up: the server keeps it, the walk finds it
    report = team.admin.audit.verify()
    assert written is not None and report.broken_at == written[0]
    assert report.reason == "detail.chain_content"


def test_the_app_works_for_a_member_in_what_they_may_see(team: Team) -> None:
    liisa = Planner(team.open_as("liisa"))
    try:
        new = liisa.clients.create(ClientInput("Uusi", "Asiakas"))  # hers from the first row
        assert {row.name for row in liisa.clients.search("")} == {
            "Aino Korhonen", "Uusi Asiakas"}
        liisa.clients.set_contact(new.id or 0, team.ids["liisa"])
        start = datetime.now(UTC) + timedelta(days=7)
        meeting = liisa.meetings.plan(MeetingInput(new.id or 0, "Ensitapaaminen", start,
                                                   start + timedelta(hours=1),
                                                   location="Sosiaalitoimisto"))
        liisa.meetings.add_participant(meeting.id or 0, ParticipantInput(
            ParticipantKind.PROFESSIONAL, professional_id=team.ids["olli"]))
        # the rest of a case: a consent, the plan with a goal and a service, an action, the
        # home view and the client list, all through the policies
        liisa.consents.record(ConsentInput(new.id or 0, [team.ids["county"]], "Yhteistyö",
                                           ConsentForm.ORAL, datetime.now(UTC)))
        code = liisa.plans.service_codes()[0].code
        version = liisa.plans.create(new.id or 0, "Asiakassuunnitelma", PlanDraft(
            situation="Tilanne", goals=[GoalInput("Työkyvyn arvio")],
            services=[ServiceInput(code)]))
        liisa.plans.agree(version.id or 0)
        liisa.actions.record(ActionInput(new.id or 0, "Varaa aika työterveyteen",
                                         meeting_id=meeting.id,
                                         responsible_professional_id=team.ids["liisa"]))
        assert [plan.title for plan, _ in liisa.plans.for_client(new.id or 0)] == [
            "Asiakassuunnitelma"]
        assert {row.name for row in liisa.client_listing.rows("")} == {
            "Aino Korhonen", "Uusi Asiakas"}
        liisa.home.content()
        report = liisa.audit.verify()
        assert report.intact
        names = {entry.user for entry in liisa.audit.for_client(new.id or 0)}
        assert names == {"Liisa Laine (liisa)"}
    finally:
        liisa.close()
    assert team.sees("olli") == {"Bertta", "Uusi"}  # now a participant of hers
    olli = Planner(team.open_as("olli"))
    try:  # his walk checks the links of what he does not see, and the whole chain holds
        report = olli.audit.verify()
        assert report.intact
        with team.server.admin(team.database) as conn:  # type: ignore[attr-defined]
            assert report.count == conn.execute(
                "SELECT count(*) FROM audit_entry").fetchone()[0]
    finally:
        olli.close()


def test_a_member_is_told_in_words_what_the_server_refuses(team: Team) -> None:
    kaisa = Planner(team.open_as("kaisa"))
    try:
        # Aino is not hers to see, but her HETU is the store's once: said, not a crash
        with pytest.raises(ValidationFailed) as refused:
            kaisa.clients.create(ClientInput("Toinen", "Asiakas", hetu=AINO_HETU))
        assert [error.field for error in refused.value.errors] == ["hetu"]
        with pytest.raises(TeamNotPermitted) as denied, kaisa.store.write() as session:
            session.connection().exec_driver_sql("DELETE FROM agency")
        assert "kaisa" in denied.value.message("fi") and "peruste" in denied.value.message("fi")
        assert len(kaisa.directory.agencies()) == 4  # nothing was changed
    finally:
        kaisa.close()


def test_the_server_folds_agency_names_as_the_app_does(postgres: PostgresServer) -> None:
    """One rule: consent_coverage.name_key in Python and verkosto_name_key on the server."""
    names = ["  Pirkanmaan  HYVINVOINTIALUE ", "Kela\tPirkanmaa\n", "ÄÄNEKOSKI",
             "A\u0308änekoski", "\u00a0Kela\u2003vakuutuspiiri\u3000", "Straße", "ΟΔΥΣΣΕΥΣ",
             "İstanbul", "Ǆ \x1c x", ""]
    store = team_store(postgres)
    try:
        with store.engine.connect() as conn:
            folded = [conn.exec_driver_sql("SELECT verkosto_name_key(%(name)s)",
                                           {"name": name}).scalar() for name in names]
    finally:
        store.close()
    assert folded == [name_key(name) for name in names]


def test_every_table_with_a_clients_data_is_protected_and_setup_runs_twice(
        team: Team) -> None:
    def reaches_client(name: str, seen: frozenset[str] = frozenset()) -> bool:
        table = SQLModel.metadata.tables[name]
        if name == "client" or "client_id" in table.c:
            return True
        return any(reaches_client(fk.column.table.name, seen | {name})
                   for fk in table.foreign_keys if fk.column.table.name not in seen | {name}
                   and fk.column.table.name not in SHARED)

    client_tables = {name for name in SQLModel.metadata.tables if reaches_client(name)}
    assert client_tables == set(SQLModel.metadata.tables) - SHARED
    # and each member's own (migrations 0016 and 0017)
    protected = client_tables | {"signing_identity", "member_setting"}
    store = team_store(team.server)
    try:
        apply_security(store)
        report = apply_security(store)  # twice: nothing to undo, nothing doubled
        assert set(report.protected_tables) == protected
        assert set(protected_tables(store.engine)) == protected
        with store.engine.begin() as conn:  # and migration 0013 can be undone after it
            command.downgrade(migrate.alembic_config(conn), "0012")
        assert protected_tables(store.engine) == ()
        with store.engine.begin() as conn:  # no trigger left calling what is gone
            conn.exec_driver_sql(
                "INSERT INTO client (last_name, first_names, search_key, address, language, "
                "needs_interpreter, situation, created_at) VALUES ('Suojausta', 'Ilman', '', "
                "'', 'fi', false, '', '2026-12-03T08:00:00.000000Z')")
        with store.engine.begin() as conn:
            command.upgrade(migrate.alembic_config(conn), "head")
        assert set(apply_security(store).protected_tables) == protected
    finally:
        store.close()


def _owned_database(postgres: PostgresServer) -> str:
    """A new empty database owned by `omistaja`, a login with CREATEROLE but no superuser."""
    with postgres.admin() as conn:  # type: ignore[attr-defined]
        if not conn.execute("SELECT 1 FROM pg_roles WHERE rolname = 'omistaja'").fetchone():
            conn.execute(f"CREATE ROLE omistaja LOGIN CREATEROLE PASSWORD '{PASSWORD}'")
            conn.execute(f"CREATE ROLE ulkopuolinen LOGIN PASSWORD '{PASSWORD}'")
        database = f"tiimi_{uuid.uuid4().hex[:8]}"
        conn.execute(f"CREATE DATABASE {database} OWNER omistaja")
    return database


def test_team_setup_as_the_databases_owner_maps_logins_and_refuses_the_rest(
        team: Team, postgres: PostgresServer) -> None:
    """As README says: a database of its own owner (no superuser), team-setup twice."""
    database = _owned_database(postgres)
    env = command_environment("en", {"PGPASSWORD": PASSWORD})
    address = postgres.url(database, user="omistaja", password="").replace(":@", "@")
    for _ in range(2):
        ran = run(["team-setup", address], env)
        assert ran.returncode == 0, ran.stderr
        assert "row-level security in place (19 tables protected)" in ran.stdout
    missing = run(["team-setup", address.replace(f"/{database}?", "/ei_ole?")], env)
    assert missing.returncode == TeamDatabaseMissing.exit_code
    assert "createdb -O owner ei_ole" in missing.stderr
    owner = psycopg.connect(postgres.url(database, user="omistaja", password=PASSWORD),
                            autocommit=True)
    with owner:
        agency = owner.execute("INSERT INTO agency (name, kind, unit, address) VALUES "
                               "('Kela', 'KELA', '', '') RETURNING id").fetchone()[0]
        person = owner.execute("INSERT INTO professional (name, title, role, agency_id, "
                               "languages, active) VALUES ('Kaisa Kela', '', 'OTHER', %s, "
                               "'[]', true) RETURNING id", (agency,)).fetchone()[0]
        owner.execute("INSERT INTO client (last_name, first_names, search_key, address, "
                      "language, needs_interpreter, situation, created_at) VALUES "
                      "('Salo', 'Cecilia', '', '', 'fi', false, '', "
                      "'2026-12-03T08:00:00.000000Z')")
        ran = run(["team-setup", address, "--member", "kaisa", "--professional", str(person)],
                  env)
        assert ran.returncode == 0, ran.stderr
        assert "kaisa is now the team member Kaisa Kela (Kela)" in ran.stdout
        # FORCEd, yet the owner sees its table whole; the member sees nobody's client
        assert owner.execute("SELECT count(*) FROM client").fetchone() == (1,)
    member = Team(postgres, database, {}, team.admin)
    assert member.sees("kaisa") == set()
    with psycopg.connect(postgres.url(database, user="omistaja", password=PASSWORD),
                         autocommit=True) as owner:  # the rule read as the owner (FORCEd)
        owner.execute("INSERT INTO contact_person (client_id, agency_id, professional_id, "
                      "is_case_lead, since) SELECT id, %s, %s, true, '2026-12-03' FROM client",
                      (agency, person))
    assert member.sees("kaisa") == {"Cecilia"}
    with pytest.raises(psycopg.OperationalError, match="permission denied for database"):
        psycopg.connect(postgres.url(database, user="ulkopuolinen", password=PASSWORD))
    ran = run(["team-setup", address, "--member", "nobody", "--professional", str(person)],
              env)
    assert ran.returncode == TeamLoginUnknown.exit_code and "CREATE ROLE" in ran.stderr
    for unknown in ("999", "0", str(2**70)):
        ran = run(["team-setup", address, "--member", "kaisa", "--professional", unknown],
                  command_environment("fi", {"PGPASSWORD": PASSWORD}))
        assert ran.returncode == TeamProfessionalUnknown.exit_code, ran.stderr
        assert "ammattilaista" in ran.stderr
    # a member is no administrator: the server refuses, and it is said in words
    as_member = postgres.url(database, user="kaisa", password=PASSWORD)
    ran = run(["team-setup", as_member], command_environment("sv"))
    assert ran.returncode == TeamSetupRefused.exit_code, ran.stderr
    assert "CREATEROLE" in ran.stderr and "kaisa" in ran.stderr
    # taken out of the team: an open session sees nothing from its next statement
    with member.connect("kaisa") as still_open:
        assert still_open.execute("SELECT count(*) FROM client").fetchone() == (1,)
        ran = run(["team-setup", address, "--remove-member", "kaisa"], env)
        assert ran.returncode == 0 and "no longer a team member" in ran.stdout, ran.stderr
        with pytest.raises(DENIED):
            still_open.execute("SELECT count(*) FROM client")
    with pytest.raises(psycopg.OperationalError, match="permission denied for database"):
        member.connect("kaisa")
    ran = run(["team-setup", address, "--remove-member", "kaisa"], env)
    assert ran.returncode == 0 and "was no team member" in ran.stdout


def test_the_owners_pg_dump_brings_back_the_whole_store_with_its_chain(
        team: Team, postgres: PostgresServer, tmp_path: Path) -> None:
    """README's backup: pg_dump as the owner (--enable-row-security: the owner too goes
    through the FORCEd policies, its own sees everything), pg_restore, team-setup again."""
    original = _owned_database(postgres)
    env = command_environment("en", {"PGPASSWORD": PASSWORD})
    at = postgres.url(original, user="omistaja", password=PASSWORD)
    assert run(["team-setup", at], env).returncode == 0
    owner = Planner(open_team_store(TeamAddress.parse(postgres.url(
        original, user="omistaja", password=PASSWORD)), vault=NO_KEYRING, upgrade=False))
    try:
        kela = owner.directory.create_agency(AgencyInput("Kela", AgencyKind.KELA))
        person = owner.directory.create_professional(ProfessionalInput("Kaisa", kela.id or 0))
        client = owner.clients.create(ClientInput("Aino", "Korhonen", hetu=AINO_HETU))
        owner.clients.set_contact(client.id or 0, person.id or 0)
        owner.clients.get(client.id or 0)
        before = owner.audit.verify()
        assert before.intact
    finally:
        owner.close()
    mapped = run(["team-setup", at, "--member", "kaisa", "--professional", str(person.id)], env)
    assert mapped.returncode == 0, mapped.stderr
    dump = tmp_path / "verkosto.dump"
    plain = subprocess.run([str(postgres.binaries / "pg_dump"), "-Fc", "-f", str(dump),
                            "--dbname", postgres.url(original, user="omistaja",
                                                     password=PASSWORD)],
                           capture_output=True, text=True)
    assert plain.returncode != 0 and "row-level security" in plain.stderr  # said, not partial
    dumped = subprocess.run([str(postgres.binaries / "pg_dump"), "-Fc", "-f", str(dump),
                             "--enable-row-security", "--dbname",
                             postgres.url(original, user="omistaja", password=PASSWORD)],
                            capture_output=True, text=True)
    assert dumped.returncode == 0, dumped.stderr
    copy = _owned_database(postgres)
    restored = subprocess.run([str(postgres.binaries / "pg_restore"), "--no-owner", "-d",
                               postgres.url(copy, user="omistaja", password=PASSWORD),
                               str(dump)], capture_output=True, text=True)
    assert restored.returncode == 0, restored.stderr
    again_at = postgres.url(copy, user="omistaja", password=PASSWORD)
    assert run(["team-setup", again_at], env).returncode == 0
    again = Planner(open_team_store(TeamAddress.parse(postgres.url(
        copy, user="omistaja", password=PASSWORD)), vault=NO_KEYRING, upgrade=False))
    try:
        after = again.audit.verify()
        # the mapping of kaisa is in the log too, and came along
        assert after.intact and after.count == before.count + 1
    finally:
        again.close()
    with postgres.admin(copy) as conn:  # type: ignore[attr-defined]
        assert conn.execute("SELECT entity, entity_id FROM audit_entry ORDER BY id DESC "
                            "LIMIT 1").fetchone() == ("team_member", "kaisa")
    assert Team(postgres, copy, {}, team.admin).sees("kaisa") == {"Aino"}


def test_two_members_on_one_meetings_notes_the_second_is_told_who_saved_first(
        team: Team) -> None:
    """Two real member logins who both see Bertta's meeting (Olli takes part, Kaisa's agency
    is covered by her consent): Olli's save over Kaisa's notes is refused, naming Kaisa from
    the log his row-level security lets him read; nothing of his is written."""
    from planner.errors import EditConflict

    meeting = team.ids["meeting"]
    olli, kaisa = Planner(team.open_as("olli")), Planner(team.open_as("kaisa"))
    try:
        assert olli.meeting_details.get(meeting).note is None  # Olli opens the notes: rev. 0
        kaisa.meetings.record_notes(meeting, "Kelan päätökset", "", expected_revision=0)
        with pytest.raises(EditConflict) as caught:
            olli.meetings.record_notes(meeting, "Ollin päätökset", "Bertan näkemys",
                                       expected_revision=0)
        assert caught.value.changed_by == "Kaisa Kela (kaisa)"
        assert caught.value.theirs["decisions"] == "Kelan päätökset"
        note = kaisa.meeting_details.get(meeting).note
        assert note is not None and (note.decisions, note.revision) == ("Kelan päätökset", 1)
        saved = olli.meetings.record_notes(meeting, "Ollin päätökset", "",
                                           expected_revision=caught.value.current)
        assert saved.revision == 2 and olli.audit.verify().intact
    finally:
        olli.close()
        kaisa.close()
