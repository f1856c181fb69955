"""One screen's reads in one transaction (Planner.one_view): the client's workspace and the
plan tab read as one snapshot, their views logged at its end and nowhere else — on both
engines. What a hurried change to a read would do (change a record it shows, write inside it,
fail half-way) is refused, and loses or adds nothing."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from sqlalchemy import event
from sqlmodel import col, select

from planner.domain import AuditEntry
from planner.domain.enums import AuditAction
from planner.errors import NotFound
from planner.services import ClientInput, Planner
from ui.clients.workspace import ClientBundle
from ui.plan.widgets import PlanBundle

pytestmark = pytest.mark.both_engines  # the local store and the team store (issue 17)


@pytest.fixture
def transactions(demo_planner: Planner) -> Iterator[list[str]]:
    """Each transaction begun on the store's engine from now on ("write" or "read")."""
    begun: list[str] = []

    def count(conn: object) -> None:
        options = conn.get_execution_options()  # type: ignore[attr-defined]
        begun.append("write" if options.get("verkosto_write") else "read")

    event.listen(demo_planner.store.engine, "begin", count)
    yield begun
    event.remove(demo_planner.store.engine, "begin", count)


def _busiest_client(planner: Planner) -> int:
    rows = planner.clients.search("", limit=100)
    return max(rows, key=lambda row: len(planner.meetings.list(client_id=row.id))).id


def _views(planner: Planner) -> list[tuple[str, int | None]]:
    with planner.store.read() as session:
        entries = session.exec(select(AuditEntry).order_by(col(AuditEntry.id))).all()
    return [(entry.entity, entry.client_id) for entry in entries
            if entry.action == AuditAction.VIEW]


def test_opening_a_client_is_one_snapshot_and_logs_every_view_it_shows(
        demo_planner: Planner, transactions: list[str]) -> None:
    client_id = _busiest_client(demo_planner)
    before = _views(demo_planner)
    transactions.clear()
    bundle = ClientBundle.load(demo_planner, client_id)
    plan = PlanBundle.load(demo_planner, client_id)
    # the workspace: its reads in one, then its Log tab; the plan tab in one
    assert transactions == ["write", "write", "write"]
    assert bundle.client.id == client_id and bundle.meetings and bundle.contacts
    assert plan.view is not None and plan.view.plan.client_id == client_id
    logged = _views(demo_planner)[len(before):]
    # every view the workspace shows, once, about this client, in the order read
    assert [entity for entity, _ in logged[:2]] == ["client", "meeting_list"]
    assert all(client in (client_id, None) for _, client in logged)
    # the Log tab (read after the commit) shows this opening's own views
    shown = [(entry.entity, entry.client_id) for entry in bundle.log
             if entry.action == AuditAction.VIEW]
    assert ("client", client_id) in shown and ("meeting_list", client_id) in shown
    report = demo_planner.audit.verify()
    assert report.intact, report.reason


def test_a_read_that_changes_a_record_it_shows_writes_nothing(demo_planner: Planner) -> None:
    """A hurried display tweak on a loaded record inside one_view would otherwise be committed
    (a read transaction of its own was never committed): refused, and no view logged."""
    client_id = _busiest_client(demo_planner)
    name = demo_planner.clients.get(client_id).last_name
    entries = demo_planner.audit.verify().count
    with pytest.raises(RuntimeError, match="changed Client"), demo_planner.one_view():
        shown = demo_planner.clients.get(client_id)
        shown.last_name = "MUUTETTU"  # e.g. masked for a narrow column
        demo_planner.meetings.list(client_id=client_id)  # the next query flushes it
    assert demo_planner.clients.get(client_id).last_name == name
    report = demo_planner.audit.verify()
    assert report.intact and report.count == entries + 1  # only the get() just above


def test_a_change_inside_one_view_is_refused_and_nothing_is_written(
        demo_planner: Planner) -> None:
    before = len(demo_planner.clients.search("", limit=1000))
    with pytest.raises(RuntimeError, match="for reads"), demo_planner.one_view():
        demo_planner.clients.search("")
        demo_planner.clients.create(ClientInput("Uusi", "Asiakas"))
    assert len(demo_planner.clients.search("", limit=1000)) == before
    assert demo_planner.audit.verify().intact


def test_a_read_failing_half_way_logs_none_of_the_views(demo_planner: Planner) -> None:
    """Nothing was shown, so nothing is logged as seen; the chain stays whole."""
    client_id = _busiest_client(demo_planner)
    entries = demo_planner.audit.verify().count
    with pytest.raises(NotFound), demo_planner.one_view():
        demo_planner.clients.get(client_id)
        demo_planner.meetings.list(client_id=client_id)
        demo_planner.clients.get(10**9)  # an absurd id
    report = demo_planner.audit.verify()
    assert report.intact and report.count == entries


def test_another_threads_reads_and_changes_are_not_inside_this_threads_view(
        demo_planner: Planner) -> None:
    """The window's worker threads share one Planner: a change made on another thread while
    one thread is in one_view is that thread's own transaction, not refused, not joined."""
    created: list[int] = []
    failed: list[BaseException] = []

    def create() -> None:
        try:
            created.append(demo_planner.clients.create(ClientInput("Toinen", "Säie")).id or 0)
        except BaseException as error:  # noqa: BLE001 - reported to the test below
            failed.append(error)

    worker = threading.Thread(target=create)
    with demo_planner.one_view():
        demo_planner.clients.search("")
        worker.start()  # a local store's change waits for this view's commit (SQLite's lock)
        worker.join(timeout=0.5 if demo_planner.store.protection != "team" else 30)
    worker.join(timeout=30)
    assert not failed and created
    assert demo_planner.clients.get(created[0]).last_name == "Säie"
    assert demo_planner.audit.verify().intact
