"""A full disk mid-transaction: a clear error, nothing committed is lost, the app goes on."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from keyring.backends.fail import Keyring as FailKeyring
from sqlalchemy import text

from planner.crypto.vault import KeyringVault
from planner.services import Planner
from planner.storage.store import open_store
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[1]


def test_disk_full_is_reported_and_loses_nothing(data_dir: Path) -> None:
    open_store(data_dir, vault=KeyringVault(FailKeyring()), passphrase=lambda: PASSPHRASE).close()
    env = dict(os.environ, VERKOSTO_PASSPHRASE=PASSPHRASE, PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-m", "tests.support.disk_full_writer",
                             str(data_dir)], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=300)
    lines = result.stdout.splitlines()
    assert result.returncode == 0, result.stderr
    acknowledged = [line.split()[1] for line in lines if line.startswith("ok ")]
    (full,) = [line for line in lines if line.startswith("full ")]
    assert full.startswith("full 22 Tietovarastoon ei voitu kirjoittaa")
    assert "mitään aiemmin tallennettua ei menetetty" in full
    assert len(acknowledged) > 1, "the limit left no room for a single commit"
    assert "view-refused 22" in lines
    assert lines[-1] == f"alive {len(acknowledged)}"

    store = open_store(data_dir, vault=KeyringVault(FailKeyring()), passphrase=lambda: PASSPHRASE)
    try:
        with store.read() as session:
            assert session.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
            stored = list(session.execute(text("SELECT last_name FROM client")).scalars())
        assert sorted(stored) == sorted(acknowledged)
        assert Planner(store).audit.verify().intact
    finally:
        store.close()
