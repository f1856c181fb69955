"""Verkosto at scale: one table of figures, each measured in the same run beside its floor.

    python -m tests.benchmarks                 # the full store: 10,000 clients (long)
    python -m tests.benchmarks --scale small   # the smoke size CI runs
    python -m tests.benchmarks --users 5       # fewer simulated team members (default 20)

The store is generated once under --dir (build/benchmark-store/<scale>) and reused while the
schema is the same; --regenerate makes it anew. The team store (a PostgreSQL server started in a
temporary folder) is loaded anew on every run. Targets are those of issues 6 and 17.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import platform
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from planner.config import CONFIG_DIR_ENV
from tests.benchmarks import exporting, startup, team, team_users, workload
from tests.benchmarks.generate import SCALES, Prepared, generate, open_encrypted, open_plain
from tests.benchmarks.table import Result, absolute, info, relative, render
from tests.benchmarks.team import load_team
from tests.support.postgres import PostgresServer, running_postgres

PLAIN = "plain SQLite"


@dataclass(frozen=True)
class Settings:
    scale: str = "full"
    root: Path = Path("build/benchmark-store")
    rounds: int = 5  # timed rounds of the query workload and the exports
    launches: int = 5  # timed cold starts of each program
    regenerate: bool = False
    users: int = 20  # simulated team members at most (1, 5, 10, 20: as many as up to it)
    think_s: float = team_users.THINK_S  # the members' mean pause when reading between clicks


TEAM_USERS = 20  # the team store's targets hold at this many users (reading between clicks)
PACED_ROUNDS = 2  # rounds of the members reading between clicks (~40 s at THINK_S 1 s)
LOCAL_P95 = "local store's p95"


def _services(prepared: Prepared, settings: Settings
              ) -> tuple[workload.Workload, workload.Timings, list[Result]]:
    encrypted = open_encrypted(prepared)
    plain = open_plain(prepared, encrypted.store)
    try:
        chosen = workload.Workload.choose(encrypted, prepared.counts["client"])
        enc, flo = workload.run(encrypted, plain, chosen, settings.rounds)
        pdf, pdf_floor = exporting.run(encrypted, plain, settings.rounds)
    finally:
        encrypted.close()
        plain.close()
    med = exporting.median
    return chosen, enc, [
        relative("query workload (all below, per round)", med(enc.rounds), med(flo.rounds),
                 "ms", PLAIN, 1.25),
        absolute(f"client search, median of {len(enc.samples['search'])}",
                 enc.median("search"), flo.median("search"), "ms", PLAIN, 16),
        absolute("opening a client (workspace + plan)", enc.median("open_client"),
                 flo.median("open_client"), "ms", PLAIN, 50),
        info("opening the busiest client", enc.median("busiest_client"),
             flo.median("busiest_client"), "ms", PLAIN),
        absolute("overdue-actions view", enc.median("overdue"), flo.median("overdue"), "ms",
                 PLAIN, 100),
        info("open-actions view (all due dates)", enc.median("open_actions"),
             flo.median("open_actions"), "ms", PLAIN),
        info("calendar (upcoming meetings)", enc.median("calendar"), flo.median("calendar"),
             "ms", PLAIN),
        absolute("summary PDF + signature (30 people, 50 actions)", med(pdf.summary_s),
                 med(pdf_floor.summary_s), "s", PLAIN, 0.5),
        info("… the session's first (loads reportlab, pyHanko)", pdf.first_summary_s,
             med(pdf_floor.summary_s), "s", PLAIN),
        absolute(f"{_n(pdf.invites)} invites ({pdf.invite_meetings} meetings, REQUEST + iMIP, "
                 "one batch)",
                 med(pdf.invites_s), med(pdf_floor.invites_s), "s", PLAIN,
                 1.0),
        info("… of which reading those meetings (logged views)", med(pdf.reading_s),
             med(pdf_floor.reading_s), "s", PLAIN),
        info("… the same, one meeting at a time (the editor's way)", med(pdf.single_s),
             med(pdf_floor.single_s), "s", PLAIN),
    ]


def _team(prepared: Prepared, settings: Settings, chosen: workload.Workload,
          local: workload.Timings, server: PostgresServer | None) -> tuple[str, list[Result]]:
    """The same data on a team store: p95 and median by 1 … ``settings.users`` members."""
    with _server(server) as running, _config_folder() as config:
        loaded = load_team(running, prepared.scale, prepared.seed, prepared.today)
        urls = [loaded.url(login) for login in loaded.logins[:settings.users]]
        with team_users.members(urls, chosen.searches, config) as crew:
            measured = [crew.run(users, settings.rounds)
                        for users in team_users.levels(settings.users)]
            # the same members as people: reading between clicks (the targets' measure)
            measured.append(crew.run(settings.users, PACED_ROUNDS, settings.think_s))
        version, fsync = _server_settings(running)
    floors = {kind: team_users.percentile(local.samples[kind], 95)
              for kind in ("search", "open_client")}
    results: list[Result] = []
    for kind, words, limit in (("search", "client search", 16.0),
                               ("open_client", "opening a client", 50.0)):
        for level in measured:
            how = (f"reading between clicks (mean {level.think_s:g} s)" if level.think_s
                   else "back to back")
            measure = (f"team store: {words} p95, {_people(level.users)} {how} "
                       f"(median {level.median(kind):.1f} ms)")
            p95 = level.p95(kind)
            results.append(absolute(measure, p95, floors[kind], "ms", LOCAL_P95, limit)
                           if level.users == TEAM_USERS and level.think_s else
                           info(measure, p95, floors[kind], "ms", LOCAL_P95))
    note = (f"team store: PostgreSQL {version} on a Unix socket, fsync {fsync}, "
            f"loaded in {loaded.seconds:.0f} s; each member sees {min(crew.visible)}–"
            f"{max(crew.visible)} clients")
    return note, results


@contextlib.contextmanager
def _server(given: PostgresServer | None) -> Iterator[PostgresServer]:
    if given is not None:
        yield given
        return
    with running_postgres(durable=True) as server:
        yield server


@contextlib.contextmanager
def _config_folder() -> Iterator[Path]:
    """A configuration folder of the run's own: the team store's audit anchors go there,
    not into the user's."""
    saved = os.environ.get(CONFIG_DIR_ENV)
    with tempfile.TemporaryDirectory(prefix="verkosto-bench-config-") as folder:
        os.environ[CONFIG_DIR_ENV] = folder
        try:
            yield Path(folder)
        finally:
            if saved is None:
                os.environ.pop(CONFIG_DIR_ENV, None)
            else:
                os.environ[CONFIG_DIR_ENV] = saved


def _server_settings(server: PostgresServer) -> tuple[str, str]:
    with server.admin() as conn:  # type: ignore[attr-defined]
        version = str(conn.execute("SHOW server_version").fetchone()[0]).split()[0]
        return version, str(conn.execute("SHOW fsync").fetchone()[0])


def _people(users: int) -> str:
    return "1 user" if users == 1 else f"{users} users"


def _startup(prepared: Prepared, settings: Settings) -> tuple[str, list[Result]]:
    measured = startup.measure(prepared, settings.launches)
    app, bare = measured.app, measured.bare
    median = startup.StartupResult.median
    bare_name = "bare Qt window"
    return measured.platform, [
        relative("cold start to the first painted window", median(app, "painted_ms"),
                 median(bare, "painted_ms"), "ms", bare_name, 1.3),
        absolute("launch to a usable home view, keyring key", median(measured.home, "ready_ms"),
                 median(bare, "ready_ms"), "ms", bare_name, 1000),
        info("… to the store open and every page filled (passphrase)", median(app, "ready_ms"),
             median(bare, "ready_ms"), "ms", bare_name),
        absolute("peak RSS, full store open", max(a.peak_rss_mb for a in app),
                 max(b.peak_rss_mb for b in bare), "MB", bare_name, 250),
    ]


def _n(count: int) -> str:
    return f"{count:,}".replace(",", " ")


def run(settings: Settings, server: PostgresServer | None = None) -> tuple[str, list[Result]]:
    """The table's title and rows; the team store on ``server`` when given (else its own)."""
    prepared = generate(settings.root / settings.scale, settings.scale,
                        reuse=not settings.regenerate)
    chosen, local, services = _services(prepared, settings)
    team_note, team_rows = _team(prepared, settings, chosen, local, server)
    display, launches = _startup(prepared, settings)
    counts = prepared.counts
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    title = (f"Verkosto benchmark, {prepared.scale} store: {_n(counts['client'])} clients, "
             f"{_n(counts['meeting'])} meetings, {_n(counts['agreed_action'])} agreed actions, "
             f"{_n(counts['audit_entry'])} audit entries. {os.cpu_count()} CPUs, load {load} "
             f"before the run; Python {platform.python_version()}, Qt platform {display}; "
             f"medians of {settings.rounds} rounds / {settings.launches} launches; "
             f"{team_note}.")
    return title, launches[:1] + services + team_rows + launches[1:]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", choices=SCALES, default="full")
    parser.add_argument("--dir", type=Path, default=Settings.root, help="where stores are kept")
    parser.add_argument("--rounds", type=int, default=Settings.rounds)
    parser.add_argument("--launches", type=int, default=Settings.launches)
    parser.add_argument("--regenerate", action="store_true")
    parser.add_argument("--users", type=int, default=Settings.users,
                        help="simulated team members at most (1 to 20)")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    if not 1 <= args.users <= team.MEMBERS:
        parser.error(f"--users must be 1 to {team.MEMBERS}")
    title, results = run(Settings(args.scale, args.dir, args.rounds, args.launches,
                                  args.regenerate, args.users))
    print(render(title, results))
    missed = [r for r in results if r.passed is False]
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())
