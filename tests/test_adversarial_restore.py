"""Issue 11.7: restoring an older backup says what newer work it would lose, and needs a
second yes (the CLI: ``--yes``; the window: a second check box, tests/test_ui_settings_backup)."""

from __future__ import annotations

from pathlib import Path

import pytest
from keyring.backends.fail import Keyring as FailKeyring

from planner.crypto.vault import KeyringVault
from planner.domain.enums import Attendance
from planner.services import ClientInput, Planner
from planner.storage.restore_preview import preview_restore
from planner.storage.store import open_store
from tests.conftest import PASSPHRASE
from tests.test_cli import verkosto

BACKUP_PASSPHRASE = "varmuuskopio 2026"


def open_planner(data_dir: Path) -> Planner:
    return Planner(open_store(data_dir, vault=KeyringVault(FailKeyring()),
                              passphrase=lambda: PASSPHRASE, create=False))


def newer_work(data_dir: Path) -> None:
    """3 clients, 1 answer and their log entries after the backup."""
    planner = open_planner(data_dir)
    try:
        for name in ("Uusi", "Toinen", "Kolmas"):
            planner.clients.create(ClientInput(name, "Varmuuskopion Jälkeen"))
        detail, invited = next(
            (d, p) for d in planner.meeting_details.get_many(range(1, 12))
            for p in d.participants if p.email and p.attendance == Attendance.INVITED)
        result = planner.replies.record(detail.meeting.ical_uid, invited.email or "",
                                        Attendance.ACCEPTED, detail.meeting.sequence)
        assert result.outcome.value == "recorded", result
    finally:
        planner.close()


@pytest.fixture
def backed_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """The demo store and a backup of it just made: (data dir, backup file)."""
    data_dir = tmp_path / "data"
    assert verkosto("demo", data_dir=data_dir).returncode == 0
    backup = tmp_path / "b.vkb"
    monkeypatch.setenv("VERKOSTO_BACKUP_PASSPHRASE", BACKUP_PASSPHRASE)
    assert verkosto("backup", str(backup), data_dir=data_dir).returncode == 0
    return data_dir, backup


def test_restoring_an_older_backup_names_what_would_be_lost(
        backed_up: tuple[Path, Path]) -> None:
    data_dir, backup = backed_up
    newer_work(data_dir)
    planner = open_planner(data_dir)
    try:
        _info, loss = preview_restore(backup, BACKUP_PASSPHRASE, planner.store)
    finally:
        planner.close()
    assert (loss.clients.count, loss.meetings.count, loss.actions.count) == (3, 0, 0)
    assert loss.answers.count == 1 and loss.answers.newest is not None
    assert loss.log_entries.count >= 4 and loss.clients.newest is not None

    before = {p.name: p.read_bytes() for p in data_dir.iterdir() if p.is_file()
              and not p.name.endswith(("-wal", "-shm"))}
    refused = verkosto("restore", str(backup), data_dir=data_dir)
    assert refused.returncode == 67
    assert "uudempaa työtä" in refused.stderr
    assert "asiakkaita 3" in refused.stderr and "osallistujien vastauksia 1" in refused.stderr
    assert "lokimerkintöjä" in refused.stderr
    after = {p.name: p.read_bytes() for p in data_dir.iterdir() if p.is_file()
             and not p.name.endswith(("-wal", "-shm"))}
    assert after.keys() == before.keys()  # nothing replaced
    kept = verkosto("clients", "--json", data_dir=data_dir)
    assert kept.stdout.count("Varmuuskopion Jälkeen") == 3
    assert not (data_dir / "backups").exists() or not list(
        (data_dir / "backups").glob("before-restore-*"))
    restored = verkosto("restore", str(backup), "--yes", data_dir=data_dir)
    assert restored.returncode == 0, restored.stderr
    names = verkosto("clients", "--json", data_dir=data_dir)
    assert "Varmuuskopion Jälkeen" not in names.stdout


def test_a_fresh_backup_restores_without_a_second_question(
        backed_up: tuple[Path, Path]) -> None:
    data_dir, backup = backed_up
    result = verkosto("restore", str(backup), data_dir=data_dir)
    # nothing newer than the backup (its own export entry does not count) — still a yes for
    # replacing the store at all, which a non-terminal run cannot give
    assert "ei ole mitään, mitä varmuuskopiossa ei olisi" in result.stdout
    assert result.returncode == 67
