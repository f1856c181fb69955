"""The benchmark command (tests/benchmarks) end to end on a small generated store.

Only the structure is checked: timings on a shared CI machine say nothing, and the full run is
``python -m tests.benchmarks`` (README, "Speed at scale").
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from tests.benchmarks.__main__ import Settings, run
from tests.benchmarks.generate import SCALES, load
from tests.benchmarks.table import render
from tests.support.postgres import PostgresServer

pytestmark = pytest.mark.slow

MEASURES = ("cold start", "query workload", "client search", "opening a client",
            "opening the busiest", "overdue-actions", "open-actions", "calendar",
            "summary PDF", "… the session's first", "invites", "… of which reading",
            "… the same, one meeting at a time",
            "team store: client search p95, 1 user back to back",
            "team store: client search p95, 2 users back to back",
            "team store: client search p95, 2 users reading between clicks",
            "team store: opening a client p95, 1 user back to back",
            "team store: opening a client p95, 2 users back to back",
            "team store: opening a client p95, 2 users reading between clicks",
            "launch to a usable home view", "… to the store open", "peak RSS")


def test_the_benchmark_runs_end_to_end_and_prints_one_table(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], postgres: PostgresServer) -> None:
    # the team store on the tests' server (no second one started), by two simulated members
    # (pausing 10 ms on average between clicks, not a second)
    title, results = run(Settings(scale="small", root=tmp_path, rounds=1, launches=1, users=2,
                                  think_s=0.01), server=postgres)
    table = render(title, results)
    print(table)
    assert "small store: 200 clients, 1 000 meetings, 4 000 agreed actions" in title
    assert "team store: PostgreSQL" in title and "each member sees" in title
    assert [max((m for m in MEASURES if m in r.measure), key=len) for r in results] == \
        list(MEASURES)
    team = [r for r in results if r.measure.startswith("team store")]
    # the targets hold at 20 users: none at 2; every row beside the local store's p95
    assert all(r.passed is None and r.floor_name == "local store's p95" for r in team)
    assert all("(median " in r.measure for r in team)
    for result in results:
        assert math.isfinite(result.value) and result.value > 0, result
        assert math.isfinite(result.floor) and result.floor > 0, result
        assert math.isfinite(result.ratio), result
        assert (result.passed is None) == (result.target == ""), result
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[0] == title and len(lines) == 2 + 2 + len(results)
    assert all(line.startswith("| ") and line.endswith(" |") for line in lines[2:])


def test_the_generated_store_has_the_scale_and_is_reused(tmp_path: Path) -> None:
    from tests.benchmarks.generate import generate

    made = generate(tmp_path / "small", "small")
    scale = SCALES["small"]
    assert (made.counts["client"], made.counts["meeting"], made.counts["agreed_action"]) == \
        (scale.clients, scale.meetings, scale.actions)
    assert made.counts["participant"] > 4 * scale.meetings  # and the rest in proportion
    assert made.encrypted_dir.joinpath("verkosto.db").read_bytes()[:16] != b"SQLite format 3\0"
    assert made.plain_dir.joinpath("verkosto.db").read_bytes()[:16] == b"SQLite format 3\0"
    assert generate(tmp_path / "small", "small") == load(tmp_path / "small") == made
