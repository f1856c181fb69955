"""kill -9 during writes (clients, meetings, agreed actions), 25 times at random moments: no
acknowledged commit is lost and the store stays clean and intact (integrity, audit chain)."""

from __future__ import annotations

import os
import random
import time
from pathlib import Path

import pytest
from keyring.backends.fail import Keyring as FailKeyring
from sqlalchemy import text

from planner.crypto.vault import KeyringVault
from planner.services import Planner
from planner.storage.store import open_store
from tests.conftest import PASSPHRASE
from tests.support.forked import Child

ROOT = Path(__file__).resolve().parents[1]
RUNS = 25  # issue 6: 25+ kills at random points


def run_writer_and_kill(data_dir: Path, seconds: float) -> list[str]:
    writer = Child("tests.support.crash_writer", str(data_dir),
                   environment=dict(os.environ, VERKOSTO_PASSPHRASE=PASSPHRASE), cwd=ROOT)
    assert writer.readline() == "ready"
    time.sleep(seconds)
    acknowledged = [line.strip() for line in writer.kill() if line.strip()]
    assert writer.killed
    return acknowledged


@pytest.mark.slow
def test_kill_9_while_writing_loses_no_acknowledged_commit(data_dir: Path) -> None:
    open_store(data_dir, vault=KeyringVault(FailKeyring()), passphrase=lambda: PASSPHRASE).close()
    rng = random.Random(20261125)
    acknowledged: list[str] = []
    for _ in range(RUNS):  # a random moment each time: inside or between transactions
        acknowledged += run_writer_and_kill(data_dir, rng.uniform(0.05, 0.5))
    assert len(acknowledged) > RUNS, "the writer never got going"
    kinds = {line.split(" ", 1)[0] for line in acknowledged}
    assert kinds == {"client", "meeting", "action"}
    store = open_store(data_dir, vault=KeyringVault(FailKeyring()), passphrase=lambda: PASSPHRASE)
    try:
        with store.read() as session:
            assert session.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
            assert session.execute(text("PRAGMA cipher_integrity_check")).all() == []
            stored = {f"client {name}" for name in
                      session.execute(text("SELECT last_name FROM client")).scalars()}
            stored |= {f"meeting {title}" for title in
                       session.execute(text("SELECT title FROM meeting")).scalars()}
            stored |= {f"action {what}" for what in
                       session.execute(text("SELECT description FROM agreed_action")).scalars()}
        missing = set(acknowledged) - stored
        assert not missing, f"acknowledged but lost: {sorted(missing)[:5]}"
        assert Planner(store).audit.verify().intact
    finally:
        store.close()
