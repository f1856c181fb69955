"""The query workload: exactly the planner calls the UI makes (off the GUI thread) for a client
search, opening a client, the overdue-actions view and the calendar, timed one by one on the
encrypted store and on the plain-SQLite floor, round by round in alternating order.

Every call logs a view in the audit log (a committed, fsynced write), as in the app.
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import func
from sqlmodel import select

from planner.domain import Meeting
from planner.services import Planner
from planner.services.actions import DueWindow
from ui.actions.page import ActionFilter, ActionsView
from ui.clients.page import PAGE_SIZE
from ui.clients.workspace import ClientBundle
from ui.plan.widgets import PlanBundle

# What people type: name starts (Finnish, Swedish, Sámi, immigrant, any case), HETU ends.
NAME_QUERIES = ("", "k", "ko", "kor", "Mäk", "Äi", "öh", "Lind", "nguy", "åke", "Ahm", "sa")
OPENED_CLIENTS = 20


@dataclass
class Timings:
    """Milliseconds per kind of operation, and per round the whole workload's total."""

    samples: dict[str, list[float]] = field(default_factory=dict)
    rounds: list[float] = field(default_factory=list)

    def median(self, kind: str) -> float:
        return statistics.median(self.samples[kind])


@dataclass(frozen=True)
class Workload:
    searches: tuple[str, ...]
    clients: tuple[int, ...]
    busiest_client: int

    @classmethod
    def choose(cls, planner: Planner, clients: int, seed: int = 7) -> Workload:
        """The same queries and clients for both stores (read once, untimed)."""
        rng = random.Random(seed)
        hetus = [row.hetu for row in planner.clients.search("", limit=PAGE_SIZE) if row.hetu]
        ends = tuple(hetu[-4:] for hetu in rng.sample(hetus, min(3, len(hetus))))
        with planner.ctx.read() as session:
            busiest = session.exec(select(Meeting.client_id).group_by(Meeting.client_id)
                                   .order_by(func.count().desc()).limit(1)).one()
        return cls(NAME_QUERIES + ends,
                   tuple(rng.sample(range(1, clients + 1), min(OPENED_CLIENTS, clients))),
                   busiest)

    def operations(self) -> list[tuple[str, Callable[[Planner], object]]]:
        ops: list[tuple[str, Callable[[Planner], object]]] = [
            ("search", lambda p, text=text: p.clients.search(text, limit=PAGE_SIZE))
            for text in self.searches]
        ops += [("open_client", lambda p, c=client: open_client(p, c))
                for client in self.clients]
        ops += [("busiest_client", lambda p: open_client(p, self.busiest_client)),
                ("overdue", lambda p: ActionsView.load(p, ActionFilter(due=DueWindow.OVERDUE))),
                ("open_actions", lambda p: ActionsView.load(p, ActionFilter())),
                ("calendar", lambda p: p.meetings.upcoming())]
        return ops


def open_client(planner: Planner, client_id: int) -> None:
    """The workspace's two background reads: the client bundle and the plan editor's."""
    ClientBundle.load(planner, client_id)
    PlanBundle.load(planner, client_id)


def _one_round(planner: Planner, workload: Workload, timings: Timings) -> None:
    total = 0.0
    for kind, operation in workload.operations():
        started = time.perf_counter()
        operation(planner)
        elapsed = (time.perf_counter() - started) * 1000
        timings.samples.setdefault(kind, []).append(elapsed)
        total += elapsed
    timings.rounds.append(total)


def run(encrypted: Planner, plain: Planner, workload: Workload,
        rounds: int) -> tuple[Timings, Timings]:
    """``rounds`` timed rounds on each store after one warm-up round each."""
    timed = {"encrypted": Timings(), "plain": Timings()}
    stores = [("encrypted", encrypted), ("plain", plain)]
    for _name, planner in stores:
        _one_round(planner, workload, Timings())
    for number in range(rounds):
        for name, planner in stores[::1 if number % 2 == 0 else -1]:
            _one_round(planner, workload, timed[name])
    return timed["encrypted"], timed["plain"]
