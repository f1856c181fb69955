"""The actions overview's filters run in SQL: person, agency, client and due-date windows."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from keyring.backends.fail import Keyring as FailKeyring
from sqlmodel import col, select

from planner.crypto.vault import KeyringVault
from planner.domain import AuditEntry
from planner.domain.enums import ActionStatus
from planner.services import ActionInput, ActionRow, ClientInput, Planner
from planner.services.actions import DueRange, DueWindow, due_range
from planner.storage.store import open_store
from tests.conftest import PASSPHRASE
from tests.factories import TZ, Network, build_network

pytestmark = pytest.mark.both_engines  # the local store and the team store (issue 17)

TODAY = date(2026, 11, 25)  # a Wednesday


@pytest.fixture
def clocked(data_dir: Path) -> Iterator[Planner]:
    """A planner whose "today" is fixed, so windows and overdue do not move with the calendar."""
    store = open_store(data_dir, vault=KeyringVault(FailKeyring()),
                       passphrase=lambda: PASSPHRASE)
    planner = Planner(store, clock=lambda: datetime(2026, 11, 25, 12, 0, tzinfo=TZ))
    yield planner
    planner.close()


def record(planner: Planner, client_id: int, text: str, days: int | None,
           professional_id: int | None = None) -> int:
    due = None if days is None else TODAY + timedelta(days=days)
    action = planner.actions.record(ActionInput(
        client_id, text, responsible_professional_id=professional_id,
        responsible_name="" if professional_id else "Asiakas itse", due_date=due))
    return action.id or 0


@pytest.fixture
def network(clocked: Planner) -> Network:
    net = build_network(clocked)
    cid = net.client.id or 0
    kela, social = net.people["kela"].id, net.people["social"].id
    record(clocked, cid, "Myöhässä", -3, kela)
    record(clocked, cid, "Eilen", -1, social)
    record(clocked, cid, "Tänään", 0, kela)
    record(clocked, cid, "Viikon päästä", 7, social)
    record(clocked, cid, "Kahdeksan päivää", 8, kela)
    record(clocked, cid, "Kuukauden päästä", 30, None)
    record(clocked, cid, "Myöhemmin", 31, kela)
    record(clocked, cid, "Ei määräpäivää", None, social)
    done = record(clocked, cid, "Tehty jo", -2, kela)
    clocked.actions.set_status(done, ActionStatus.DONE, "Hoidettu.")
    return net


def texts(rows: list[ActionRow]) -> list[str]:
    return [r.description for r in rows]


def test_due_ranges_of_each_window() -> None:
    assert due_range(DueWindow.ALL, TODAY) == DueRange()
    assert due_range(DueWindow.OVERDUE, TODAY) == DueRange(due_until=date(2026, 11, 24))
    assert due_range(DueWindow.NEXT_7_DAYS, TODAY) == DueRange(TODAY, date(2026, 12, 2))
    assert due_range(DueWindow.NEXT_30_DAYS, TODAY) == DueRange(TODAY, date(2026, 12, 25))
    assert due_range(DueWindow.NO_DUE_DATE, TODAY) == DueRange(no_due_date=True)


def test_the_store_clock_decides_today(clocked: Planner) -> None:
    assert clocked.actions.today() == TODAY
    assert clocked.actions.due_range(DueWindow.OVERDUE).due_until == date(2026, 11, 24)


def test_due_bounds_are_inclusive_and_skip_actions_without_a_date(
        clocked: Planner, network: Network) -> None:
    rows = clocked.actions.list(open_only=True, due_from=TODAY,
                                due_until=TODAY + timedelta(days=7))
    assert texts(rows) == ["Tänään", "Viikon päästä"]
    assert texts(clocked.actions.list(open_only=True, due_from=TODAY + timedelta(days=30))) == \
        ["Kuukauden päästä", "Myöhemmin"]
    assert texts(clocked.actions.list(open_only=True, no_due_date=True)) == ["Ei määräpäivää"]


def test_each_window_over_open_actions(clocked: Planner, network: Network) -> None:
    def window(which: DueWindow) -> list[str]:
        r = clocked.actions.due_range(which)
        return texts(clocked.actions.list(open_only=True, due_from=r.due_from,
                                          due_until=r.due_until, no_due_date=r.no_due_date))

    assert window(DueWindow.OVERDUE) == ["Myöhässä", "Eilen"]
    assert window(DueWindow.OVERDUE) == texts(clocked.actions.list(overdue_only=True))
    assert window(DueWindow.NEXT_7_DAYS) == ["Tänään", "Viikon päästä"]
    assert window(DueWindow.NEXT_30_DAYS) == ["Tänään", "Viikon päästä", "Kahdeksan päivää",
                                              "Kuukauden päästä"]
    assert window(DueWindow.NO_DUE_DATE) == ["Ei määräpäivää"]
    assert len(window(DueWindow.ALL)) == 8  # the done one is not open
    overdue = [r for r in clocked.actions.list(open_only=True) if r.overdue]
    assert texts(overdue) == ["Myöhässä", "Eilen"]


def test_person_agency_and_window_combine(clocked: Planner, network: Network) -> None:
    kela = network.people["kela"]
    by_person = clocked.actions.list(open_only=True, professional_id=kela.id)
    assert texts(by_person) == ["Myöhässä", "Tänään", "Kahdeksan päivää", "Myöhemmin"]
    by_agency = clocked.actions.list(open_only=True, agency_id=network.agencies["social"].id)
    assert texts(by_agency) == ["Eilen", "Viikon päästä", "Ei määräpäivää"]
    assert {r.agency for r in by_agency} == {"Pirkanmaan hyvinvointialue"}
    week = clocked.actions.due_range(DueWindow.NEXT_7_DAYS)
    assert texts(clocked.actions.list(open_only=True, professional_id=kela.id,
                                      due_from=week.due_from, due_until=week.due_until)) == \
        ["Tänään"]


def test_client_filter_and_clients_with_open_actions(clocked: Planner,
                                                     network: Network) -> None:
    other = clocked.clients.create(ClientInput("Aino", "Korhonen"))
    quiet = clocked.clients.create(ClientInput("Ville", "Aalto"))
    record(clocked, other.id or 0, "Asumistuki", 2, network.people["kela"].id)
    finished = record(clocked, quiet.id or 0, "Valmis", 1, network.people["kela"].id)
    clocked.actions.set_status(finished, ActionStatus.DONE, "Valmis.")
    choices = clocked.actions.clients_with_open_actions()
    assert [c.name for c in choices] == ["Aino Korhonen", "Jari Mäkinen"]
    assert texts(clocked.actions.list(open_only=True, client_id=other.id)) == ["Asumistuki"]


def test_listing_clients_with_open_actions_is_logged(clocked: Planner,
                                                     network: Network) -> None:
    clocked.actions.clients_with_open_actions()
    with clocked.ctx.read() as session:
        last = session.exec(select(AuditEntry).order_by(col(AuditEntry.id).desc())).first()
    assert last is not None and (last.action, last.entity) == ("view", "client_list")
    assert last.detail == "1 clients with open actions"
