"""The audit log: written with the change, append-only, hash-chained, per-client extract."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import text

from planner.domain.enums import AuditAction
from planner.errors import ValidationFailed
from planner.services import ClientInput, Planner
from planner.storage import engine as engine_module
from planner.storage.team import TeamStore

pytestmark = pytest.mark.both_engines  # the local store and the team store (issue 17)


def entries(planner: Planner) -> list[tuple[str, str, int | None]]:
    with planner.store.read() as session:
        rows = session.execute(text("SELECT action, entity, client_id FROM audit_entry "
                                    "ORDER BY id")).all()
    return [(r[0], r[1], r[2]) for r in rows]


def test_changes_and_views_are_logged_with_client_and_user(planner: Planner) -> None:
    client = planner.clients.create(ClientInput("Aino", "Korhonen", hetu="131052-308T"))
    planner.clients.get(client.id or 0, purpose="verkostoneuvottelun valmistelu")
    log = entries(planner)
    assert ("CREATE", "client", client.id) in log
    assert ("VIEW", "client", client.id) in log
    extract = planner.audit.client_extract(client.id or 0)
    assert [e.action for e in extract] == [AuditAction.CREATE, AuditAction.VIEW]
    assert extract[1].purpose == "verkostoneuvottelun valmistelu"
    assert all(e.user for e in extract)
    assert ("DISCLOSE", "audit_extract", client.id) in entries(planner)


def test_a_rejected_change_leaves_no_log_entry(planner: Planner) -> None:
    before = entries(planner)
    with pytest.raises(ValidationFailed):
        planner.clients.create(ClientInput("Aino", "", hetu="131052-308X"))
    planner.clients.create(ClientInput("Aino", "Korhonen", hetu="131052-308T"))
    with pytest.raises(ValidationFailed):  # same HETU again: refused inside the transaction
        planner.clients.create(ClientInput("Toinen", "Korhonen", hetu="131052-308T"))
    assert len(entries(planner)) == len(before) + 1


def test_the_database_refuses_to_change_or_delete_log_rows(planner: Planner) -> None:
    planner.clients.create(ClientInput("Aino", "Korhonen"))
    with pytest.raises(Exception, match="append-only"), planner.store.write() as session:
        session.execute(text("""UPDATE audit_entry SET "user" = 'someone else'"""))
    with pytest.raises(Exception, match="append-only"), planner.store.write() as session:
        session.execute(text("DELETE FROM audit_entry"))
    assert planner.audit.verify().intact


def tamper(planner: Planner, sql: str) -> None:
    """Go around the triggers the way an attacker with the key would — on the team store,
    the database server's administrator, who may switch the triggers off."""
    if isinstance(planner.store, TeamStore):
        address = planner.store.address
        assert address is not None
        with psycopg.connect(host=address.host, dbname=address.database, user=address.user,
                             password=address.password, autocommit=True) as server:
            server.execute("ALTER TABLE audit_entry DISABLE TRIGGER USER")
            server.execute(sql)
        return
    conn = engine_module.connect(planner.store.paths.database, planner.store._key)
    try:
        conn.execute("DROP TRIGGER audit_entry_no_update")
        conn.execute("DROP TRIGGER audit_entry_no_delete")
        conn.execute(sql)
    finally:
        conn.close()


@pytest.mark.parametrize("sql", [
    """UPDATE audit_entry SET "user" = 'someone else' WHERE id = 2""",
    "UPDATE audit_entry SET at = '2020-01-01T00:00:00.000000Z' WHERE id = 2",
    "DELETE FROM audit_entry WHERE id = 2",
])
def test_a_tampered_row_breaks_the_chain(planner: Planner, sql: str) -> None:
    for name in ("Aino", "Eetu", "Jari"):
        planner.clients.create(ClientInput(name, "Testi"))
    assert planner.audit.verify().intact
    tamper(planner, sql)
    report = planner.audit.verify()
    assert not report.intact
    assert report.broken_at in (2, 3)


def test_viewing_a_clients_log_is_itself_logged_as_a_view(planner: Planner) -> None:
    client = planner.clients.create(ClientInput("Aino", "Korhonen"))
    shown = planner.audit.for_client(client.id or 0)
    assert [e.entity for e in shown] == ["client"]
    assert ("VIEW", "audit_log", client.id) in entries(planner)
    assert ("DISCLOSE", "audit_extract", client.id) not in entries(planner)
