"""Reading a move back later (issue 17): the server goes away right after the copy commits —
a real PostgreSQL server of the test's own, halted — and the move says it was copied but not
read back (never "nothing was changed"); once the server is back, `--read-back` compares it
from what the move kept on this machine. The hurried user and the attacker: reading back
twice, after changing the local store, against another team store, with the kept record
garbled or its ids swapped, after a colleague changed a moved row."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from sqlmodel import col
from sqlmodel import select as select_rows

from planner.domain import AuditEntry
from planner.errors import TeamMoveBlocked, TeamMoveNotReadBack, TeamStoreUnreachable
from planner.services import ClientInput, Planner
from planner.services.team_move import ENTITY, StoreMove
from planner.services.team_move_record import FOLDER, load_record
from tests.conftest import PASSPHRASE
from tests.support.cli import command_environment, run
from tests.support.postgres import PostgresServer, running_postgres
from tests.test_team_move import (
    MOVER,
    PASSWORD,
    Team,
    local,  # noqa: F401 - the fixture, asked for by name
    set_up_team,
)


@pytest.fixture
def moving(local: Planner) -> Planner:  # noqa: F811 - test_team_move's local store (the demo)
    return local


@pytest.fixture
def own_server() -> Iterator[PostgresServer]:
    """A server of this test's own: halting the shared one would fail the other tests. Its
    commits are durable, as a team's server's (the tests' others skip flushing, and a commit
    not yet flushed is lost when the server is halted)."""
    with running_postgres(durable=True) as server:
        yield server


def _cut_short(made: Team, moving: Planner) -> tuple[StoreMove, Planner]:
    """A move whose server halts at the first transaction after the copy's commit."""
    member = made.open_as(MOVER)
    committed: list[bool] = []

    def halt_after_the_commit(_conn: Any) -> None:
        if committed:
            made.server.halt()

    event.listen(member.store.engine, "commit", lambda _conn: committed.append(True))
    event.listen(member.store.engine, "begin", halt_after_the_commit)
    move = StoreMove(moving, member)
    with pytest.raises(TeamMoveNotReadBack) as raised:
        move.move()
    error = raised.value
    assert isinstance(error, TeamStoreUnreachable) and error.exit_code == 73
    assert "--read-back" in error.message("fi") and "EI ole varmistettu" in error.message("fi")
    assert "Mitään ei muutettu" not in error.message("fi")  # the copy IS there
    event.remove(member.store.engine, "begin", halt_after_the_commit)
    return move, member


def _local_moves(moving: Planner) -> list[str]:
    with moving.ctx.read() as session:
        return [e.detail for e in session.exec(select_rows(AuditEntry).where(
            AuditEntry.entity == ENTITY).order_by(col(AuditEntry.id)))]


def test_a_move_cut_short_is_read_back_later_once(own_server: PostgresServer,
                                                 moving: Planner, data_dir: Path) -> None:
    with set_up_team(own_server) as made:
        move, member = _cut_short(made, moving)
        try:
            assert _local_moves(moving)[-1].endswith("; not read back")
            [path] = (data_dir / FOLDER).glob("*.json")
            fingerprint = path.stem
            assert load_record(data_dir, fingerprint) is not None
            kept = path.read_text()
            assert "Aino" not in kept and PASSWORD not in kept  # ids and a MAC only
            with pytest.raises(TeamStoreUnreachable):  # still away: tried, nothing logged
                move.read_back()
            own_server.start()
            report = move.read_back()
            assert report.verified and len(report.clients) == 5
            # what it prints: the county's agency was the team's own, the rest added
            assert report.plan.matched.get("agency") == 1 and report.plan.added
            assert _local_moves(moving)[-1].endswith("; read back later: verified")
            assert load_record(data_dir, fingerprint) is None  # nothing left to do
            with pytest.raises(TeamMoveBlocked) as again:  # a second time: nothing to do
                move.read_back()
            assert "ei ole tarkistamatonta siirtoa" in again.value.message("fi")
            assert moving.audit.verify().intact and member.audit.verify().intact
        finally:
            member.close()


@contextmanager
def _cut_short_and_back(server: PostgresServer, moving: Planner) -> Iterator[StoreMove]:
    """A move cut short, its server answering again."""
    with set_up_team(server) as made:
        move, member = _cut_short(made, moving)
        try:
            server.start()
            yield move
        finally:
            member.close()


def test_a_read_back_is_refused_when_the_local_store_changed_since(
        own_server: PostgresServer, moving: Planner) -> None:
    """The user went on working locally: a difference could be that, not a copying error."""
    with _cut_short_and_back(own_server, moving) as move:
        moving.clients.create(ClientInput("Myöhempi", "Asiakas"))
        with pytest.raises(TeamMoveBlocked) as refused:
            move.read_back()
        assert "muutettu siirron jälkeen" in refused.value.message("fi")


def test_a_garbled_or_forged_record_is_not_trusted(own_server: PostgresServer,
                                                   moving: Planner, data_dir: Path) -> None:
    """Two clients' ids swapped in the kept record: the comparison finds it (the record
    cannot make a wrong copy look right); a garbled file is no record at all."""
    with _cut_short_and_back(own_server, moving) as move:
        path = next((data_dir / FOLDER).glob("*.json"))
        document = json.loads(path.read_text())
        pairs = document["ids"]["client"]
        pairs[0][1], pairs[1][1] = pairs[1][1], pairs[0][1]
        path.write_text(json.dumps(document))
        report = move.read_back()
        assert not report.verified
        assert {d.table for d in report.differences} >= {"client"}
        assert _local_moves(moving)[-1].endswith(
            f"; read back later: {len(report.differences)} differences")
        path.write_text("{ei json")
        with pytest.raises(TeamMoveBlocked, match="no unverified move"):
            move.read_back()


def test_a_read_back_against_another_team_store_is_refused(
        own_server: PostgresServer, moving: Planner, data_dir: Path) -> None:
    with set_up_team(own_server) as made:
        move, member = _cut_short(made, moving)
        member.close()
        own_server.start()
        with set_up_team(own_server) as elsewhere:
            stranger = elsewhere.open_as(MOVER)
            try:
                with pytest.raises(TeamMoveBlocked) as refused:
                    StoreMove(moving, stranger).read_back()
                assert made.database in refused.value.message("en")
            finally:
                stranger.close()


def test_the_command_reads_back_a_move_cut_short(own_server: PostgresServer, moving: Planner,
                                                 data_dir: Path) -> None:
    """The real command, after a colleague changed a moved client's name in the team store:
    the difference is shown (exit 83); put back, it reads back verified (exit 0)."""
    with set_up_team(own_server) as made:
        _move, member = _cut_short(made, moving)
        member.close()
        moving.close()  # the command opens the local store itself
        own_server.start()
        env = command_environment(secrets={"VERKOSTO_PASSPHRASE": PASSPHRASE,
                                           "VERKOSTO_STORE_PASSWORD": PASSWORD,
                                           "VERKOSTO_STORE": None})
        argv = ["--data-dir", str(data_dir), "move-to-team",
                made.server.bare_url(made.database, user=MOVER), "--read-back"]
        made.owner_sql("UPDATE client SET last_name = last_name || 'x' WHERE id = "
                       "(SELECT min(id) FROM client)")
        changed = run(argv, env)
        assert changed.returncode == 83, changed.stderr
        assert "last_name eroaa" in changed.stdout
        made.owner_sql("UPDATE client SET last_name = left(last_name, -1) WHERE id = "
                       "(SELECT min(id) FROM client)")
        ran = run(argv, env)
        assert ran.returncode == 0, ran.stderr
        assert "Siirretty ja tarkistettu: 5 asiakasta" in ran.stdout
        again = run(argv, env)
        assert again.returncode == 81 and "tarkistamatonta" in again.stderr
        assert run(argv + ["--check"], env).returncode == 2  # one or the other
