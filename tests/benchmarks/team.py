"""The team store's synthetic data: the local store's rows in a real PostgreSQL team store.

A server is started in a temporary folder (tests/support/postgres.py), with the durability a
team server has (fsync and synchronous commits on, unlike the tests' throwaway servers). The
rows are the generator's (same seed, same scale), inserted by SQLAlchemy core in big
transactions as the administrator, with the audit chain extended by the app's own digest;
then the sequences are moved past the explicit ids, and team-setup's security.sql makes row-
level security FORCEd on every client table. The simulated users are real logins mapped to
professionals of 20 agencies; the case leads are spread over them, so each sees a caseload
(its clients, their meetings' others, and the consents covering its agency).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date

from keyring.backends.fail import Keyring as FailKeyring
from sqlalchemy import text

import planner.domain  # noqa: F401 - every table in the metadata
from planner.crypto.vault import KeyringVault
from planner.services import Planner
from planner.storage.team import TeamStore, open_team_store
from planner.storage.team_address import TeamAddress
from planner.storage.team_setup import apply_security, map_member
from tests.benchmarks.generate import SCALES, bulk
from tests.support.postgres import PostgresServer, migrated_database

MEMBER_PASSWORD = "tiimin jäsen 2026"
MEMBERS = 20  # the logins made; a run uses the first N of them


def login_name(number: int) -> str:
    return f"tiimi_{number:02d}"


@dataclass(frozen=True)
class LoadedTeam:
    server: PostgresServer
    database: str
    logins: tuple[str, ...]
    counts: dict[str, int]
    seconds: float

    def url(self, login: str) -> str:
        return self.server.url(self.database, user=login, password=MEMBER_PASSWORD)


def open_as_owner(server: PostgresServer, database: str) -> TeamStore:
    store = open_team_store(TeamAddress.parse(server.url(database)),
                            vault=KeyringVault(FailKeyring()), upgrade=False)
    assert isinstance(store, TeamStore)
    return store


def load_team(server: PostgresServer, scale: str, seed: int, today: date,
              members: int = MEMBERS) -> LoadedTeam:
    """A new team store on ``server`` holding the ``scale`` data, set up, ``members`` mapped."""
    started = time.perf_counter()
    database = migrated_database(server)
    store = open_as_owner(server, database)
    try:
        assert store.chain_keys is not None
        counts = bulk([store.engine], SCALES[scale], seed, today, store.chain_keys.mac_key)
        with store.engine.begin() as conn:
            _sequences_past_ids(conn)
        apply_security(store)
        logins = _members(server, store, members)
        report = Planner(store, vault=KeyringVault(FailKeyring())).audit.verify()
        assert report.intact, f"team audit chain broken at {report.broken_at}: {report.reason}"
        counts["audit_entry"] = report.count
        with store.engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")  # as autovacuum would soon: plans for the real size
    finally:
        store.close()
    return LoadedTeam(server, database, logins, counts, round(time.perf_counter() - started, 1))


def _sequences_past_ids(conn: object) -> None:
    """The rows came with their ids: each table's sequence must start after them."""
    serials = conn.execute(text(  # type: ignore[attr-defined]
        "SELECT table_name FROM information_schema.columns WHERE table_schema = "
        "current_schema() AND column_name = 'id' AND column_default LIKE 'nextval(%'"))
    for (table,) in serials.all():
        conn.exec_driver_sql(  # type: ignore[attr-defined]
            f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
            f"(SELECT coalesce(max(id), 0) + 1 FROM \"{table}\"), false)")


def _members(server: PostgresServer, store: TeamStore, count: int) -> tuple[str, ...]:
    """``count`` logins, each the first active professional of another agency; client n's case
    lead becomes member n mod ``count``'s professional."""
    with store.engine.connect() as conn:
        chosen = [int(row[0]) for row in conn.execute(text(
            "SELECT min(id) FROM professional WHERE active GROUP BY agency_id "
            "ORDER BY agency_id LIMIT :count"), {"count": count})]
    assert len(chosen) == count, "fewer agencies than members"
    logins = tuple(login_name(number) for number in range(1, count + 1))
    with server.admin() as admin:  # type: ignore[attr-defined]
        for login in logins:  # roles are the cluster's: a reused server has them already
            if admin.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,)).fetchone():
                continue
            admin.execute(f"CREATE ROLE {login} LOGIN PASSWORD '{MEMBER_PASSWORD}'")
    for login, professional in zip(logins, chosen, strict=True):
        map_member(store, login, professional)
    lead = "(CAST(:ids AS integer[]))[cp.client_id % :count + 1]"
    with store.engine.begin() as conn:  # one contact per agency: another at the lead's goes
        conn.execute(text(
            f"DELETE FROM contact_person o USING contact_person cp, professional p "
            f"WHERE cp.is_case_lead AND p.id = {lead} AND o.client_id = cp.client_id "
            f"AND o.agency_id = p.agency_id AND NOT o.is_case_lead"),
            {"ids": chosen, "count": count})
        conn.execute(text(
            f"UPDATE contact_person cp SET professional_id = p.id, agency_id = p.agency_id "
            f"FROM professional p WHERE cp.is_case_lead AND p.id = {lead}"),
            {"ids": chosen, "count": count})
    return logins
