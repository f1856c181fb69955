"""The services' change feed: after each committed write the subscribers hear which tables it
touched — never for a view (its audit entry only), a refused change or a rolled-back one."""

from __future__ import annotations

import threading

import pytest

from planner.errors import ValidationFailed
from planner.services import ActionInput, ClientInput, Planner
from planner.services.changes import Change

pytestmark = pytest.mark.both_engines  # the local store and the team store (issue 17)


@pytest.fixture
def heard(planner: Planner) -> list[Change]:
    changes: list[Change] = []
    planner.changes.subscribe(changes.append)
    return changes


def test_a_change_is_heard_after_its_commit_with_its_tables(planner: Planner,
                                                            heard: list[Change]) -> None:
    client = planner.clients.create(ClientInput("Aino", "Korhonen"))
    assert heard and heard[-1].tables == {"client"}
    planner.actions.record(ActionInput(client.id or 0, "Hae asumistukea",
                                       responsible_name="Asiakas itse"))
    assert heard[-1].touches({"agreed_action"})
    assert all("audit_entry" not in change.tables for change in heard)


def test_a_view_writes_a_log_entry_but_is_no_change(planner: Planner,
                                                   heard: list[Change]) -> None:
    """Else a page refreshing on its own VIEW entries would refresh for ever."""
    client = planner.clients.create(ClientInput("Aino", "Korhonen"))
    heard.clear()
    planner.clients.get(client.id or 0, purpose="työtila")
    planner.audit.for_client(client.id or 0)
    assert heard == []


def test_a_refused_change_is_not_heard(planner: Planner, heard: list[Change]) -> None:
    with pytest.raises(ValidationFailed):
        planner.clients.create(ClientInput("", ""))
    assert heard == []


def test_a_listener_that_fails_does_not_undo_the_change(planner: Planner) -> None:
    def broken(_change: Change) -> None:
        raise RuntimeError("a view crashed")

    planner.changes.subscribe(broken)
    client = planner.clients.create(ClientInput("Aino", "Korhonen"))
    assert planner.clients.get(client.id or 0).last_name == "Korhonen"


def test_unsubscribed_hears_nothing_and_a_writer_thread_is_told_on_its_own_thread(
        planner: Planner) -> None:
    threads: list[str] = []
    stop = planner.changes.subscribe(lambda _c: threads.append(threading.current_thread().name))
    worker = threading.Thread(target=lambda: planner.clients.create(ClientInput("Eetu", "Lehto")),
                              name="writer")
    worker.start()
    worker.join()
    assert threads == ["writer"]
    stop()
    planner.clients.create(ClientInput("Aino", "Korhonen"))
    assert threads == ["writer"]
