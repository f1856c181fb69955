"""Simulated team members: one process each (threads would measure Python's GIL), each with
its own Planner on the team store as its own login, doing what the app does off the GUI thread:
the client search (the local row's inputs) and opening a client of theirs (the workspace's
ClientBundle and PlanBundle, whose reads log views: committed audit writes).

The processes start once, open the store and warm up; then for each number of users the first
N run their rounds at the same moment, back to back, without pauses (a busier team than a real
one, whose members read between clicks: a queue for the two CPUs more than a measure of the
store). Then all of them *reading between clicks*: before each operation a member pauses for
a random think time (exponential, mean THINK_S: about one click a second each, still a busy
team), so 20 members act at once as 20 people would.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import shutil
import statistics
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path

OPENED_PER_ROUND = 5  # clients a member opens in a round (beside the searches)
THINK_S = 1.0  # a member reading between clicks: the mean pause before each operation


@dataclass
class LevelTimings:
    """Milliseconds of every operation of every user at one number of users."""

    users: int
    samples: dict[str, list[float]] = field(default_factory=dict)
    think_s: float = 0.0  # the members' mean pause before each operation (0: back to back)

    def median(self, kind: str) -> float:
        return statistics.median(self.samples[kind])

    def p95(self, kind: str) -> float:
        return percentile(self.samples[kind], 95)


def percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile (the value ``share`` % of the samples do not exceed)."""
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * share // 100))
    return ordered[int(rank) - 1]


def _member(url: str, number: int, searches: tuple[str, ...], config: str,
            channel: Connection) -> None:
    """One user's process: open the store as its login, warm up, then run rounds on demand."""
    # This member's own machine: a copy of the set-up machine's configuration (the audit
    # log's outside anchor), kept up to date by this member alone.
    own = Path(tempfile.mkdtemp(prefix=f"verkosto-member-{number}-"))
    shutil.copytree(config, own, dirs_exist_ok=True)
    os.environ["VERKOSTO_CONFIG_DIR"] = str(own)
    from keyring.backends.fail import Keyring as FailKeyring

    from planner.crypto.vault import KeyringVault
    from planner.services import Planner
    from planner.storage.team import open_team_store
    from planner.storage.team_address import TeamAddress
    from tests.benchmarks.workload import open_client
    from ui.clients.page import PAGE_SIZE

    vault = KeyringVault(FailKeyring())
    planner = Planner(open_team_store(TeamAddress.parse(url), vault=vault, upgrade=False),
                      vault=vault)
    try:
        rng = random.Random(number)
        mine = [row.id for row in planner.clients.search("", limit=10 * PAGE_SIZE)]
        assert mine, f"member {number} sees no clients"

        def round_of(timings: dict[str, list[float]], think_s: float = 0.0) -> None:
            operations = [("search", lambda p, t=t: p.clients.search(t, limit=PAGE_SIZE))
                          for t in searches]
            operations += [("open_client", lambda p, c=c: open_client(p, c))
                           for c in rng.sample(mine, min(OPENED_PER_ROUND, len(mine)))]
            rng.shuffle(operations)  # searches and openings mixed, as a person's day
            for kind, operation in operations:
                if think_s:
                    time.sleep(rng.expovariate(1 / think_s))
                started = time.perf_counter()
                operation(planner)
                timings.setdefault(kind, []).append((time.perf_counter() - started) * 1000)

        round_of({})  # warm-up: connections, caches, the server's plans
        channel.send(("ready", len(mine)))
        while (order := channel.recv()) is not None:
            rounds, think_s = order
            timings: dict[str, list[float]] = {}
            for _ in range(rounds):
                round_of(timings, think_s)
            channel.send(timings)
    finally:
        planner.close()
        shutil.rmtree(own, ignore_errors=True)


@dataclass
class Team:
    channels: list[Connection]
    visible: list[int]  # clients each member sees

    def run(self, users: int, rounds: int, think_s: float = 0.0) -> LevelTimings:
        """The first ``users`` members run ``rounds`` rounds at once (``think_s``: pausing
        that long on average before each operation)."""
        for channel in self.channels[:users]:
            channel.send((rounds, think_s))
        level = LevelTimings(users, think_s=think_s)
        for channel in self.channels[:users]:
            for kind, values in channel.recv().items():
                level.samples.setdefault(kind, []).extend(values)
        return level


@contextmanager
def members(urls: list[str], searches: tuple[str, ...], config: Path) -> Iterator[Team]:
    """A process per login in ``urls``, each ready (store open, one round done), with a copy
    of the configuration folder ``config``."""
    context = multiprocessing.get_context("spawn")  # no engines or locks copied by fork
    pipes = [context.Pipe() for _ in urls]
    processes = [context.Process(target=_member, daemon=True,
                                 args=(url, number, searches, str(config), child))
                 for number, (url, (_parent, child)) in enumerate(zip(urls, pipes, strict=True),
                                                                  1)]
    for process, (_parent, child) in zip(processes, pipes, strict=True):
        process.start()
        child.close()  # the member's end is its own: a member that dies is an EOFError here
    try:
        channels = [parent for parent, _child in pipes]
        visible = []
        for channel, process in zip(channels, processes, strict=True):
            try:
                if not channel.poll(300):
                    raise EOFError
                _ready, seen = channel.recv()
            except EOFError:
                raise RuntimeError(f"a simulated member (pid {process.pid}) did not start: "
                                   "its error is printed above") from None
            visible.append(seen)
        yield Team(channels, visible)
        for channel in channels:
            channel.send(None)
    finally:
        for parent, _child in pipes:  # a member still waiting for orders ends (EOFError)
            parent.close()
        for process in processes:
            process.join(timeout=30)
            if process.is_alive():
                process.terminate()


def levels(users: int) -> tuple[int, ...]:
    """1, 5, 10 and 20 users (those up to ``users``), and ``users`` itself."""
    return tuple(sorted({n for n in (1, 5, 10, 20) if n <= users} | {users}))
