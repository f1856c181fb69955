"""Moving a local store into the team store (issue 17): a real SQLCipher store holding the demo
data copied into a team store on the real PostgreSQL server as a mapped member — complete,
one transaction or nothing, refused when blocked, read back and compared, logged in both
stores. The attacks and hurried users: moving twice (by another member too), a HETU a hidden
client holds, a backend killed mid-move, a login mapped to nobody, a wrong password, a
tampered local log, a server whose trigger and policy change and hide what was written."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
import pytest
from keyring.backends.fail import Keyring as FailKeyring
from sqlalchemy import Integer, select
from sqlmodel import SQLModel, col
from sqlmodel import select as select_rows

from planner.crypto.vault import KeyringVault
from planner.domain import AuditEntry
from planner.domain.enums import AgencyKind
from planner.errors import (
    AuditChainBroken,
    TeamMoveBlocked,
    TeamMoveNotMember,
    TeamStoreNotSetUp,
    TeamStoreUnreachable,
)
from planner.services import ClientInput, Planner
from planner.services.directory import AgencyInput, ProfessionalInput
from planner.services.team_move import ENTITY, StoreMove
from planner.services.team_move_tables import (
    CODE_LIST,
    DIRECTORY,
    STAYS,
    client_tables,
    own_id,
    parent_key,
    target_of,
)
from planner.storage import engine as engine_module
from planner.storage.store import open_store
from planner.storage.team import TeamStore, open_team_store
from planner.storage.team_address import TeamAddress
from planner.storage.team_setup import apply_security, map_member, protected_tables
from tests.conftest import PASSPHRASE
from tests.support.cli import command_environment, run
from tests.support.postgres import PostgresServer, team_store
from tests.support.windows import demo_store

NO_KEYRING = KeyringVault(FailKeyring())
PASSWORD = "siirtäjän salasana 2026"
MOVER, OTHER, UNMAPPED = "siirtaja", "toinen", "kartaton"


@dataclass
class Team:
    server: PostgresServer
    database: str
    admin: Planner  # the superuser: sees everything

    def url(self, login: str, password: str = PASSWORD) -> str:
        return self.server.url(self.database, user=login, password=password)

    def open_as(self, login: str) -> Planner:
        return Planner(open_team_store(TeamAddress.parse(self.url(login)), vault=NO_KEYRING,
                                       upgrade=False))

    def sees(self, login: str) -> int:
        with psycopg.connect(self.url(login), autocommit=True) as conn:
            return int(conn.execute("SELECT count(*) FROM client").fetchone()[0])  # type: ignore[index]

    def owner_sql(self, *statements: str) -> None:
        with self.server.admin(self.database) as conn:  # type: ignore[attr-defined]
            for statement in statements:
                conn.execute(statement)


@pytest.fixture
def team(postgres: PostgresServer) -> Iterator[Team]:
    """A set-up team store: the mover is a social worker of the county; another member works
    at another town's office and has no ground to see the moved clients; one login is in the
    members' group but mapped to nobody."""
    with set_up_team(postgres) as made:
        yield made


@contextmanager
def set_up_team(postgres: PostgresServer) -> Iterator[Team]:
    """The ``team`` fixture's store on ``postgres`` (a server of a test's own, too)."""
    with postgres.admin() as conn:  # type: ignore[attr-defined]
        for login in (MOVER, OTHER, UNMAPPED):  # cluster-wide: made once per server
            if not conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,)).fetchone():
                conn.execute(f"CREATE ROLE {login} LOGIN PASSWORD '{PASSWORD}'")
    store = team_store(postgres)
    assert isinstance(store, TeamStore) and store.address is not None
    apply_security(store)
    admin = Planner(store)
    try:
        county = admin.directory.create_agency(AgencyInput(
            "Pirkanmaan hyvinvointialue", AgencyKind.SOCIAL_SERVICES, unit="Aikuissosiaalityö"))
        town = admin.directory.create_agency(AgencyInput(
            "Oriveden kaupunki", AgencyKind.SOCIAL_SERVICES, unit="Sosiaalitoimisto"))
        mover = admin.directory.create_professional(ProfessionalInput(
            "Siiri Siirtäjä", county.id or 0, title="sosiaalityöntekijä"))
        other = admin.directory.create_professional(ProfessionalInput("Toivo Toinen", town.id or 0))
        map_member(store, MOVER, mover.id or 0)
        map_member(store, OTHER, other.id or 0)
        with postgres.admin() as conn:  # type: ignore[attr-defined]
            conn.execute(f"GRANT verkosto_member TO {UNMAPPED}")
        yield Team(postgres, store.address.database, admin)
    finally:
        admin.close()


@pytest.fixture
def local(data_dir: Path) -> Iterator[Planner]:
    """The demo data in a real SQLCipher store (tests/support/windows.py demo_store)."""
    demo_store(data_dir)
    planner = Planner(open_store(data_dir, vault=NO_KEYRING, passphrase=lambda: PASSPHRASE,
                                 create=False))
    yield planner
    planner.close()


def _content(planner: Planner, name: str) -> Counter[tuple[Any, ...]]:
    """A table's rows without ids, keys and the server-set maker: what a move must keep —
    with the client's name where the row names its client, so a row under the wrong client
    shows too."""
    table = SQLModel.metadata.tables[name]
    client = SQLModel.metadata.tables["client"]
    kept = [c for c in table.columns if not c.primary_key and not c.foreign_keys
            and c.name != "created_by"]
    with planner.store.engine.connect() as conn:
        if not kept:  # a link of two keys only (consent_agency): how many
            return Counter({(): len(conn.execute(select(table)).all())})
        query = select(*kept)
        if "client_id" in table.columns:
            query = query.add_columns(client.c.first_names, client.c.last_name).join(
                client, table.c.client_id == client.c.id)
        return Counter(tuple(row) for row in conn.execute(query))


def _counts(team: Team) -> dict[str, int]:
    with team.server.admin(team.database) as conn:  # type: ignore[attr-defined]
        return {t.name: int(conn.execute(f'SELECT count(*) FROM "{t.name}"').fetchone()[0])
                for t in client_tables()} | {
            "audit_entry": int(conn.execute("SELECT count(*) FROM audit_entry").fetchone()[0])}


def test_every_table_is_moved_matched_or_said_to_stay() -> None:
    """A table added later that holds a client's data cannot be left behind unseen."""
    moved = {t.name for t in client_tables()}
    every = set(SQLModel.metadata.tables)
    assert every == moved | set(DIRECTORY) | {CODE_LIST} | set(STAYS), (
        "classify the new table: a client's data (a foreign key to its client), the team's "
        "directory, or in STAYS with the reason it stays in the local store")
    assert not moved & (set(DIRECTORY) | set(STAYS))
    for table in client_tables():
        for column in table.columns:  # every id the move must map is a foreign key
            if column.name.endswith("_id") and isinstance(column.type, Integer):
                assert target_of(column) is not None, (table.name, column.name)
        # read back by its own id, or by a parent it hangs on
        assert own_id(table) is not None or target_of(parent_key(table)) in moved, table.name
    # a table with a client_id but no foreign key would escape the derivation: only the log
    for name in every - moved:
        assert "client_id" not in SQLModel.metadata.tables[name].columns or name in STAYS


def test_the_demo_store_moves_whole_verified_and_logged(team: Team, local: Planner) -> None:
    # the same tables as the server guards with row-level security (but the log, and each
    # member's own signing identity, which stays in the local store)
    assert {t.name for t in client_tables()} == set(
        protected_tables(team.admin.store.engine)) - {
            "audit_entry", "signing_identity", "member_setting"}
    builtin = local.meeting_types.list()[0].code
    for code in ("yhteinen", "oma"):  # the store's own types: one the team has, one it lacks
        local.meeting_types.copy(builtin, code)
    team.admin.meeting_types.copy(builtin, "yhteinen")
    local_head = local.store.audit_head()
    heard: list[frozenset[str]] = []
    arrived = threading.Event()
    colleague = team.open_as(OTHER)  # a window open elsewhere on the team store
    colleague.changes.subscribe(lambda change: (heard.append(change.tables), arrived.set()))
    assert colleague.store.listener is not None and colleague.store.listener.listening.wait(5)
    member = team.open_as(MOVER)
    try:
        move = StoreMove(local, member)
        plan = move.check()
        assert plan.blockers == () and plan.clients == 5
        assert plan.matched["meeting_type"] == plan.added["meeting_type"] == 1
        assert plan.matched["agency"] == 1  # the county's adult social work: the team's own
        assert local.store.audit_head() == local_head  # the check wrote nothing
        assert _counts(team)["client"] == 0
        report = move.move()
        assert report.verified and set(report.clients) == {
            row["id"] for row in _rows(local, "client")}
        assert plan.rows == report.plan.rows
        assert member.audit.verify().intact
        assert arrived.wait(3), "the other members' windows were not told"
        assert {"client", "meeting", "plan_version", "agency"} <= heard[0]
    finally:
        member.close()
        colleague.close()
    for table in client_tables():  # every table's rows, compared independently of the move
        assert _content(team.admin, table.name) == _content(local, table.name), table.name
        assert sum(_content(local, table.name).values()) == plan.rows[table.name]
    assert {t.code for t in team.admin.meeting_types.user_types()} == {"yhteinen", "oma"}
    assert team.sees(MOVER) == 5  # through row-level security, as the maker
    assert team.sees(OTHER) == 0
    assert team.admin.audit.verify().intact and local.audit.verify().intact
    with team.admin.ctx.read() as session:
        entries = list(session.exec(select_rows(AuditEntry).where(AuditEntry.entity == ENTITY)))
    per_client = [e for e in entries if e.client_id is not None]
    assert {e.client_id for e in per_client} == set(report.clients.values())
    assert all(e.user == f"Siiri Siirtäjä ({MOVER})" and e.entity_id == plan.fingerprint
               and local.store.descriptor.store_id in e.detail
               and local_head.to_text() in e.detail for e in entries)
    with local.ctx.read() as session:
        mine = list(session.exec(select_rows(AuditEntry).where(
            col(AuditEntry.id) > local_head.entry_id)))
    assert [(e.entity, e.action, e.recipient) for e in mine] == [
        (ENTITY, "export", report.address)]
    assert PASSWORD not in report.address and "verified" in mine[0].detail


def _rows(planner: Planner, name: str) -> list[dict[str, Any]]:
    with planner.store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(select(SQLModel.metadata.tables[name]))]


def test_a_second_move_is_refused_by_the_team_log_whoever_moves_it(team: Team,
                                                                  local: Planner) -> None:
    member = team.open_as(MOVER)
    try:
        StoreMove(local, member).move()
    finally:
        member.close()
    before = _counts(team)
    head = local.store.audit_head()
    other = team.open_as(OTHER)  # sees none of the moved clients, nor their entries
    try:
        with pytest.raises(TeamMoveBlocked) as refused:
            StoreMove(local, other).move()
    finally:
        other.close()
    assert [b.code for b in refused.value.blockers].count("detail.move_already") == 1
    assert "jo siirretty" in refused.value.message("fi")
    assert _counts(team) == before and local.store.audit_head() == head


def test_a_hetu_a_hidden_client_holds_and_a_missing_code_block_the_move(
        team: Team, local: Planner) -> None:
    aino = next(r for r in _rows(local, "client") if r["hetu"])
    team.admin.clients.create(ClientInput("Toinen", "Henkilö", hetu=aino["hetu"]))
    code = _rows(local, "plan_service")[0]["service_code"]
    team.owner_sql(f"DELETE FROM service_code WHERE code = '{code}'")  # an older code list
    assert team.sees(MOVER) == 0  # not the mover's to see
    before, head = _counts(team), local.store.audit_head()
    member = team.open_as(MOVER)
    try:
        move = StoreMove(local, member)
        plan = move.check()
        with pytest.raises(TeamMoveBlocked) as refused:
            move.move()
    finally:
        member.close()
    assert [b.code for b in plan.blockers] == ["detail.move_hetu_taken",
                                               "detail.move_code_missing"]
    text = refused.value.message("fi")
    assert f"koodistosta puuttuu {code}" in text
    assert f"{aino['first_names']} {aino['last_name']}" in text and aino["hetu"] not in text
    assert refused.value.exit_code == 81
    assert _counts(team) == before and local.store.audit_head() == head


def test_a_backend_killed_mid_move_leaves_nothing_half_written(team: Team,
                                                               local: Planner) -> None:
    """The server side of the connection dies while the goals are being written."""
    team.owner_sql(
        "CREATE FUNCTION die() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$ "
        "BEGIN PERFORM pg_terminate_backend(pg_backend_pid()); RETURN NEW; END $$",
        "CREATE TRIGGER die BEFORE INSERT ON plan_goal FOR EACH ROW EXECUTE FUNCTION die()")
    before, head = _counts(team), local.store.audit_head()
    member = team.open_as(MOVER)
    try:
        with pytest.raises(TeamStoreUnreachable):
            StoreMove(local, member).move()
        assert _counts(team) == before and local.store.audit_head() == head
        team.owner_sql("DROP TRIGGER die ON plan_goal")
        assert StoreMove(local, member).move().verified  # the server back: the move runs
    finally:
        member.close()


def test_a_login_mapped_to_nobody_is_refused(team: Team, local: Planner) -> None:
    before = _counts(team)
    member = team.open_as(UNMAPPED)
    try:
        with pytest.raises(TeamMoveNotMember) as refused:
            StoreMove(local, member).check()
        with pytest.raises(TeamMoveNotMember):
            StoreMove(local, member).move()
    finally:
        member.close()
    assert refused.value.exit_code == 82 and UNMAPPED in refused.value.message("fi")
    assert _counts(team) == before


def test_a_team_store_set_up_by_an_older_version_asks_for_team_setup(team: Team,
                                                                     local: Planner) -> None:
    team.owner_sql("DROP FUNCTION verkosto_store_moved(text)")
    member = team.open_as(MOVER)
    try:
        with pytest.raises(TeamStoreNotSetUp) as refused:
            StoreMove(local, member).check()
    finally:
        member.close()
    assert "team-setup" in refused.value.message("en")
    apply_security(team.admin.store)  # the administrator runs it again: the move can go
    member = team.open_as(MOVER)
    try:
        assert StoreMove(local, member).check().blockers == ()
    finally:
        member.close()


def test_a_tampered_local_log_is_not_moved(team: Team, local: Planner) -> None:
    conn = engine_module.connect(local.store.paths.database, local.store._key)
    try:
        conn.execute("DROP TRIGGER audit_entry_no_update")
        conn.execute("UPDATE audit_entry SET detail = 'muokattu' WHERE id = 3")
    finally:
        conn.close()
    member = team.open_as(MOVER)
    try:
        with pytest.raises(AuditChainBroken) as refused:
            StoreMove(local, member).move()
    finally:
        member.close()
    assert refused.value.exit_code == 5  # as `audit --verify` exits
    assert _counts(team)["client"] == 0


def test_the_command_checks_moves_and_refuses_again(team: Team, data_dir: Path) -> None:
    """The real command: a wrong password, --check, the move (a process of its own), again."""
    demo_store(data_dir)
    address = team.server.bare_url(team.database, user=MOVER)
    env = command_environment(secrets={"VERKOSTO_PASSPHRASE": PASSPHRASE,
                                       "VERKOSTO_STORE_PASSWORD": "väärä salasana",
                                       "VERKOSTO_STORE": None})
    argv = ["--data-dir", str(data_dir), "move-to-team", address]
    assert run(argv + ["--check"], env).returncode == 72  # the login refused
    env["VERKOSTO_STORE_PASSWORD"] = PASSWORD
    checked = run(argv + ["--check"], env)
    assert checked.returncode == 0, checked.stderr
    assert "asiakkaat: 5" in checked.stdout and "Ei esteitä" in checked.stdout
    assert _counts(team)["client"] == 0
    assert run(["--store", address, *argv[:3], address], env).returncode == 2  # which source?
    env["VERKOSTO_STORE"] = address  # a shell already pointed at the team: the source stays local
    moved = run(argv, env, process=True)
    assert moved.returncode == 0, moved.stderr
    assert "Siirretty ja tarkistettu: 5 asiakasta" in moved.stdout and PASSWORD not in moved.stdout
    again = run(argv, env)
    assert again.returncode == 81 and "jo siirretty" in again.stderr


def test_the_read_back_catches_what_the_server_changed_or_hid(team: Team,
                                                              data_dir: Path) -> None:
    """A trigger that rewrites an agenda item's title and a policy that hides one meeting's
    notes from members: real server objects, found by reading the move back, exit 83."""
    demo_store(data_dir)
    team.owner_sql(
        "CREATE FUNCTION rewrite() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN NEW.title := NEW.title || ' (muutettu)'; RETURN NEW; END $$",
        "CREATE TRIGGER rewrite BEFORE INSERT ON agenda_item FOR EACH ROW "
        "WHEN (NEW.position = 0) EXECUTE FUNCTION rewrite()",
        "CREATE FUNCTION first_note() RETURNS integer LANGUAGE sql STABLE SECURITY DEFINER "
        "AS $$ SELECT min(meeting_id) FROM meeting_note $$",
        "CREATE POLICY hide_one ON meeting_note AS RESTRICTIVE FOR SELECT TO verkosto_member "
        "USING (meeting_id <> first_note())")
    env = command_environment(secrets={"VERKOSTO_PASSPHRASE": PASSPHRASE,
                                       "VERKOSTO_STORE_PASSWORD": PASSWORD,
                                       "VERKOSTO_STORE": None})
    ran = run(["--data-dir", str(data_dir), "move-to-team",
               team.server.bare_url(team.database, user=MOVER)], env)
    assert ran.returncode == 83, ran.stderr
    assert "muistiinpanot" in ran.stdout and "riviä ei voi lukea takaisin" in ran.stdout
    assert "title eroaa" in ran.stdout and "EI ole varmistettu" in ran.stderr
    assert "Siirretty ja tarkistettu" not in ran.stdout
    listed = [line for line in ran.stdout.splitlines()
              if line.endswith(("eroaa", "riviä ei voi lukea takaisin"))]
    local = Planner(open_store(data_dir, vault=NO_KEYRING, passphrase=lambda: PASSPHRASE,
                               create=False))
    try:  # the copy is committed, and the local log says it was not verified
        assert local.audit.verify().intact
        with local.ctx.read() as session:
            last = session.exec(select_rows(AuditEntry).order_by(
                col(AuditEntry.id).desc())).first()
        assert last is not None and last.entity == ENTITY and last.detail.endswith(
            f"; {len(listed)} differences")
    finally:
        local.close()
