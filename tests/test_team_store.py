"""The team store on a real PostgreSQL server (issue 17, first part): the same migrations up and
down, the same services and audit chain, the address's TLS rule, a wrong password, a server
that is down, and two people writing at once."""

from __future__ import annotations

import json
import threading
import time
from datetime import UTC, date, datetime
from pathlib import Path

import psycopg
import pytest
from alembic import command as alembic
from keyring.backends.fail import Keyring as FailKeyring
from sqlalchemy import event, inspect

from planner.crypto.vault import KeyringVault
from planner.demo import load_demo
from planner.domain import Client
from planner.errors import (
    TeamAddressInvalid,
    TeamLoginFailed,
    TeamStoreNotSetUp,
    TeamStoreUnreachable,
    TeamTlsRequired,
)
from planner.services import ClientInput, Planner
from planner.services.changes import Change
from planner.storage import migrate
from planner.storage.audit_chain import TEAM_WRITE_LOCK
from planner.storage.team import TeamStore, open_team_store, team_engine
from planner.storage.team_address import TeamAddress
from tests.support.cli import command_environment, run
from tests.support.cli_harness import Ran
from tests.support.keyrings import MemoryKeyring
from tests.support.postgres import (
    SUPERUSER,
    SUPERUSER_PASSWORD,
    PostgresServer,
    migrated_database,
    team_store,
)
from ui.clients.workspace import ClientBundle

NO_KEYRING = KeyringVault(FailKeyring())


def test_the_migrations_go_up_down_and_up_again_on_postgresql(postgres: PostgresServer) -> None:
    engine = team_engine(TeamAddress.parse(postgres.url(postgres.new_database())), None)
    try:
        with engine.begin() as conn:
            alembic.upgrade(migrate.alembic_config(conn), "head")
        assert migrate.current_revision(engine) == migrate.head_revision()
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            indexes = {i["name"]: i for i in inspect(conn).get_indexes("contact_person")}
        assert {"client", "meeting", "agreed_action", "audit_entry", "audit_chain"} <= tables
        # the one case lead per client is a partial unique index there too, not a full one
        assert indexes["uq_contact_case_lead"]["unique"]
        assert "is_case_lead" in str(indexes["uq_contact_case_lead"].get(
            "dialect_options", {}).get("postgresql_where", ""))
        with engine.begin() as conn:
            alembic.downgrade(migrate.alembic_config(conn), "base")
        with engine.connect() as conn:
            assert set(inspect(conn).get_table_names()) <= {"alembic_version"}
        with engine.begin() as conn:
            alembic.upgrade(migrate.alembic_config(conn), "head")
        assert migrate.current_revision(engine) == migrate.head_revision()
    finally:
        engine.dispose()


def test_the_demo_runs_on_the_team_store_and_its_log_is_one_intact_chain(
        postgres: PostgresServer) -> None:
    planner = Planner(team_store(postgres))
    try:
        made = load_demo(planner, today=date(2026, 11, 25))
        assert (made.clients, made.meetings) == (5, 11)
        assert [row.name for row in planner.clients.search("mäki")] == ["Jari Tapani Mäkinen"]
        assert planner.store.protection == "team"
        report = planner.audit.verify()
        assert report.intact and report.count > 100
    finally:
        planner.close()


def test_the_server_itself_refuses_to_change_or_empty_the_log(postgres: PostgresServer) -> None:
    """Straight through psycopg, past the app: the log only grows."""
    store = team_store(postgres)
    database = store.address.database if store.address else ""
    Planner(store).clients.create(ClientInput("Aino", "Korhonen"))
    store.close()
    with psycopg.connect(postgres.url(database), autocommit=True) as conn:
        for statement in ("UPDATE audit_entry SET detail = 'muutettu'",
                          "DELETE FROM audit_entry", "TRUNCATE audit_entry",
                          "UPDATE audit_chain SET mac_key = repeat('0', 64)",
                          "DELETE FROM audit_chain"):
            with pytest.raises(psycopg.errors.RestrictViolation):
                conn.execute(statement)
        assert conn.execute("SELECT count(*) FROM audit_entry").fetchone()[0] >= 1


def test_two_people_writing_at_once_keep_one_chain(postgres: PostgresServer) -> None:
    """Two members' machines (two stores, two pools) add clients at the same moment: every
    entry is chained after the one before it, none forks the chain."""
    first = team_store(postgres)
    assert first.address is not None
    second = open_team_store(first.address, vault=NO_KEYRING, upgrade=False)
    errors: list[BaseException] = []

    def add(store_planner: Planner, name: str) -> None:
        try:
            for number in range(15):
                store_planner.clients.create(ClientInput("Testi", f"{name}{number}"))
        except BaseException as error:  # reported below
            errors.append(error)

    planners = [Planner(first), Planner(second)]
    threads = [threading.Thread(target=add, args=(p, name))
               for p, name in zip(planners, ("Ensimmäinen", "Toinen"), strict=True)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    try:
        assert not errors, errors
        assert len(planners[0].clients.search("")) == 30
        report = planners[0].audit.verify()
        assert report.intact and report.count >= 30
        assert planners[1].audit.verify().intact
    finally:
        for planner in planners:
            planner.close()


def test_members_reading_while_another_writes_keep_one_chain(postgres: PostgresServer) -> None:
    """Logged reads (a search, a client's details) take the write lock only to append their
    view: three machines reading and writing at once still leave one intact chain holding
    every view."""
    first = team_store(postgres)
    assert first.address is not None
    planners = [Planner(first)] + [
        Planner(open_team_store(first.address, vault=NO_KEYRING, upgrade=False))
        for _ in range(2)]
    made = planners[0].clients.create(ClientInput("Aino", "Korhonen"))
    errors: list[BaseException] = []

    def work(number: int, planner: Planner) -> None:
        try:
            for round_ in range(12):
                if number == 0:
                    planner.clients.create(ClientInput("Testi", f"Kirjoittaja{round_}"))
                else:
                    planner.clients.search("")
                    planner.clients.get(made.id or 0)
        except BaseException as error:  # reported below
            errors.append(error)

    threads = [threading.Thread(target=work, args=pair) for pair in enumerate(planners)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    try:
        assert not errors, errors
        report = planners[1].audit.verify()
        assert report.intact, (report.broken_at, report.reason)
        with planners[0].ctx.read() as session:
            views = session.connection().exec_driver_sql(
                "SELECT entity, count(*) FROM audit_entry WHERE action = 'VIEW' "
                "GROUP BY entity").all()
        assert dict(views) == {"client_list": 24, "client": 24}
        assert report.count >= 1 + 12 + 48
    finally:
        for planner in planners:
            planner.close()


def test_a_logged_read_reads_while_another_holds_the_write_lock(
        postgres: PostgresServer) -> None:
    """A search runs its query while another writer holds the lock and waits only to append
    its view; a change waits before its first statement (the lock is taken at BEGIN)."""
    store = team_store(postgres)
    assert store.address is not None
    planner = Planner(store)
    planner.clients.create(ClientInput("Aino", "Korhonen"))
    ran: list[str] = []
    event.listen(store.engine, "before_cursor_execute",
                 lambda _c, _cur, statement, *_rest: ran.append(statement))
    holder = psycopg.connect(postgres.url(store.address.database))
    try:
        for call, reads_first in ((lambda: planner.clients.search("aino"), True),
                                  (lambda: planner.clients.create(ClientInput("B", "C")), False)):
            holder.execute(f"SELECT pg_advisory_xact_lock({TEAM_WRITE_LOCK})")
            ran.clear()
            worker = threading.Thread(target=call)
            worker.start()
            _wait_for_lock_waiter(postgres, store.address.database)
            waited_after = list(ran)
            holder.commit()  # the lock is let go: the call finishes
            worker.join(timeout=30)
            assert not worker.is_alive()
            assert any("FROM client" in s for s in waited_after) is reads_first, waited_after
            assert "pg_advisory_xact_lock" in waited_after[-1]
        report = planner.audit.verify()
        assert report.intact and report.count >= 3
        assert {row.name for row in planner.clients.search("")} == {"Aino Korhonen", "B C"}
    finally:
        holder.close()
        planner.close()


def test_one_view_reads_everything_before_it_waits_for_the_write_lock(
        postgres: PostgresServer) -> None:
    """A workspace's reads (one_view) run while another member holds the lock; the opening
    waits only to link its views at the end, then commits them all, in one chain."""
    store = team_store(postgres)
    assert store.address is not None
    planner = Planner(store)
    client = planner.clients.create(ClientInput("Aino", "Korhonen"))
    ran: list[str] = []
    event.listen(store.engine, "before_cursor_execute",
                 lambda _c, _cur, statement, *_rest: ran.append(statement))
    holder = psycopg.connect(postgres.url(store.address.database))
    try:
        holder.execute(f"SELECT pg_advisory_xact_lock({TEAM_WRITE_LOCK})")
        opened: list[ClientBundle] = []
        worker = threading.Thread(
            target=lambda: opened.append(ClientBundle.load(planner, client.id or 0)))
        worker.start()
        _wait_for_lock_waiter(postgres, store.address.database)
        waited_after = list(ran)
        holder.commit()
        worker.join(timeout=30)
        assert not worker.is_alive() and opened
        read = " ".join(waited_after)
        for table in ("FROM client", "FROM contact_person", "FROM consent", "FROM meeting",
                      "FROM agreed_action", "FROM information_request"):
            assert table in read, table
        assert "pg_advisory_xact_lock" in waited_after[-1]
        assert ("view", "client") in {(str(entry.action), entry.entity)  # its own view
                                      for entry in opened[0].log}
        assert planner.audit.verify().intact
    finally:
        holder.close()
        planner.close()


def _wait_for_lock_waiter(server: PostgresServer, database: str) -> None:
    """Until a connection of ``database`` waits for an advisory lock."""
    deadline = time.monotonic() + 10
    with server.admin() as conn:  # type: ignore[attr-defined]
        while conn.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND "
                           "wait_event_type = 'Lock' AND wait_event = 'advisory'",
                           (database,)).fetchone()[0] == 0:
            assert time.monotonic() < deadline, "nobody waited for the write lock"
            time.sleep(0.02)


@pytest.mark.parametrize("text", [
    "postgresql://tiimi@palvelin.hyvinvointialue.fi/verkosto?sslmode=disable",
    "postgresql://tiimi@palvelin.hyvinvointialue.fi/verkosto?sslmode=require",
    "postgresql://tiimi@10.0.0.5/verkosto?sslmode=prefer",
    "postgresql://tiimi@[2001:db8::1]:5433/verkosto?sslmode=allow",
    "postgresql://tiimi@palvelin.example/verkosto?sslmode=verify-ca",
])
def test_a_server_beyond_this_machine_is_never_reached_without_verified_tls(text: str) -> None:
    with pytest.raises(TeamTlsRequired) as refused:
        TeamAddress.parse(text)
    assert refused.value.exit_code == 71
    assert "sslmode=verify-full" in refused.value.message("fi")


def test_addresses_on_this_machine_need_no_tls_and_others_get_verification() -> None:
    for local in ("postgresql://tiimi@/verkosto?host=/run/postgresql",
                  "postgresql://tiimi@localhost/verkosto", "postgresql://tiimi@127.0.0.1/v",
                  "postgresql://tiimi@[::1]/verkosto", "postgresql://tiimi@/verkosto"):
        address = TeamAddress.parse(local)
        assert address.on_this_machine and "sslmode" not in address.url.query
    remote = TeamAddress.parse("postgres://tiimi:salainen@palvelin.fi:5433/verkosto")
    assert remote.url.query["sslmode"] == "verify-full"
    assert remote.password == "salainen"
    assert "salainen" not in remote.shown() and "salainen" not in str(remote.url)
    assert remote.keyring_account == "team:tiimi@palvelin.fi:5433/verkosto"
    # "localhost.evil.example" is not this machine
    assert not TeamAddress.parse("postgresql://t@localhost.evil.example/v").on_this_machine


@pytest.mark.parametrize(("text", "detail"), [
    ("mysql://tiimi@palvelin/verkosto", "postgresql://"),
    ("postgresql://palvelin.fi/verkosto", "käyttäjätunnus puuttuu"),
    ("postgresql://tiimi@palvelin.fi", "tietokannan nimi puuttuu"),
    ("::::", "osoitetta ei voi lukea"),
])
def test_a_wrong_address_is_told_in_words(text: str, detail: str) -> None:
    with pytest.raises(TeamAddressInvalid) as refused:
        TeamAddress.parse(text)
    assert detail in refused.value.message("fi")


def test_a_wrong_password_is_a_failed_login_and_the_keyring_one_is_used(
        postgres: PostgresServer) -> None:
    database = postgres.new_database()
    wrong = TeamAddress.parse(postgres.url(database, password="väärä salasana"))
    with pytest.raises(TeamLoginFailed) as refused:
        open_team_store(wrong, vault=NO_KEYRING)
    assert refused.value.exit_code == 72
    assert f"käyttäjänä {SUPERUSER} epäonnistui" in refused.value.message("fi")
    # the password kept in the keyring opens it; the address carries none
    bare = TeamAddress.parse(f"postgresql://{SUPERUSER}@/{database}?host={postgres.socket_dir}")
    assert bare.password is None
    keyring = MemoryKeyring()
    vault = KeyringVault(keyring)

    vault.store_secret(bare.keyring_account, SUPERUSER_PASSWORD)
    store = open_team_store(bare, vault=vault)
    try:
        assert Planner(store).clients.search("") == []
    finally:
        store.close()


def test_a_server_that_is_down_is_unreachable_not_damaged(tmp_path: Path) -> None:
    address = TeamAddress.parse(f"postgresql://tiimi:x@/verkosto?host={tmp_path}")
    with pytest.raises(TeamStoreUnreachable) as refused:
        open_team_store(address, vault=NO_KEYRING)
    assert refused.value.exit_code == 73
    assert "ei vastaa" in refused.value.message("fi")


def test_a_member_cannot_open_a_database_that_was_never_set_up(
        postgres: PostgresServer) -> None:
    address = TeamAddress.parse(postgres.url(postgres.new_database()))
    with pytest.raises(TeamStoreNotSetUp) as refused:
        open_team_store(address, vault=NO_KEYRING, upgrade=False)
    assert "verkosto team-setup" in refused.value.message("fi")
    with pytest.raises(TeamStoreNotSetUp):
        open_team_store(TeamAddress.parse(postgres.url("ei_ole_olemassa")), vault=NO_KEYRING)


# --- the commands: `--store` and $VERKOSTO_STORE ------------------------------------------------
def command(*args: str, password: str | None = None, store_env: str | None = None,
            lang: str = "fi") -> Ran:
    secrets = {"VERKOSTO_STORE_PASSWORD": password, "VERKOSTO_STORE": store_env,
               "VERKOSTO_BACKUP_PASSPHRASE": "varmuuskopion tunnuslause"}
    return run(list(args), command_environment(lang, secrets))


def test_the_commands_use_a_team_store_named_by_flag_or_environment(
        postgres: PostgresServer, tmp_path: Path) -> None:
    database = migrated_database(postgres)
    address = postgres.bare_url(database)
    data_dir = tmp_path / "data"
    made = command("demo", "--store", address, "--data-dir", str(data_dir),
                   password=SUPERUSER_PASSWORD)
    assert made.returncode == 0, made.stderr
    listed = command("clients", "--json", "--data-dir", str(data_dir),
                     password=SUPERUSER_PASSWORD, store_env=address)
    assert listed.returncode == 0, listed.stderr
    assert len(json.loads(listed.stdout)) == 5
    assert not data_dir.exists()  # nothing of the store on this machine's disk
    verified = command("audit", "--verify", "--store", address, password=SUPERUSER_PASSWORD)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    # a backup, a restore or a key change is the local store's: said before anything is asked
    for args in (("backup", str(tmp_path / "v.vkb")), ("restore", str(tmp_path / "v.vkb")),
                 ("rekey",)):
        refused = command(*args, "--store", address, password=SUPERUSER_PASSWORD)
        assert refused.returncode == 75, (args, refused.stderr)
        assert "PostgreSQL:n omilla työkaluilla" in refused.stderr
        assert not (tmp_path / "v.vkb").exists()


def test_the_commands_refuse_an_open_network_and_tell_a_wrong_password(
        postgres: PostgresServer) -> None:
    plain = command("clients", "--store",
                    "postgresql://tiimi@palvelin.hyvinvointialue.fi/verkosto?sslmode=disable",
                    password="x", lang="sv")
    assert plain.returncode == 71 and "sslmode=verify-full" in plain.stderr
    wrong = command("clients", "--store", postgres.bare_url(migrated_database(postgres)),
                    password="väärä")
    assert wrong.returncode == 72 and "epäonnistui" in wrong.stderr
    assert "väärä" not in wrong.stderr + wrong.stdout


def test_the_address_kept_holds_no_password_in_any_form() -> None:
    address = TeamAddress.parse("postgresql://tiimi:salainen%20sana@palvelin.fi/verkosto")
    assert address.password == "salainen sana" and address.url.password is None
    assert "salainen" not in address.shown() and "***" not in address.shown()
    assert "salainen" not in address.url.render_as_string(hide_password=False)


def test_another_members_change_reaches_my_views_within_seconds(
        postgres: PostgresServer) -> None:
    """LISTEN/NOTIFY: what a colleague saves is told to my change feed (the views refresh on
    it), only once it is committed, never my own change twice, and a mere view is no change."""
    mine = Planner(team_store(postgres))
    assert isinstance(mine.store, TeamStore) and mine.store.address is not None
    theirs = Planner(open_team_store(mine.store.address, vault=NO_KEYRING, upgrade=False))
    heard: list[frozenset[str]] = []
    arrived = threading.Event()

    def listener(change: Change) -> None:
        heard.append(change.tables)
        arrived.set()

    mine.changes.subscribe(listener)
    try:
        assert mine.store.listener is not None and mine.store.listener.listening.wait(5)
        # nobody follows the colleague's feed: their Verkosto listens to nothing, yet tells
        assert theirs.store.listener is None
        client = theirs.clients.create(ClientInput("Aino", "Korhonen"))
        assert arrived.wait(3), "the colleague's change did not arrive"
        assert heard == [frozenset({"client"})]
        arrived.clear()
        theirs.clients.get(client.id or 0)  # a view: only its audit entry is written
        with pytest.raises(ValueError), theirs.store.write() as session:  # rolled back
            session.add(Client(first_names="Ei", last_name="Tallennettu", search_key="x",
                               created_at=datetime.now(UTC)))
            session.flush()
            raise ValueError("cancelled")
        mine.clients.create(ClientInput("Oma", "Muutos"))  # mine: told once, by my own feed
        assert arrived.wait(3)
        time.sleep(0.5)  # anything else would have arrived by now
        assert heard == [frozenset({"client"}), frozenset({"client"})], heard
    finally:
        theirs.close()
        mine.close()
    assert mine.store.listener is None and theirs.store.listener is None
    assert not [t for t in threading.enumerate() if t.name == "verkosto-team-changes"]
