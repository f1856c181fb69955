"""`verkosto backup / restore / rekey / passphrase` on a real encrypted store (through
``cli.main``, tests/support/cli.py), and key rotation against a real Secret Service
(gnome-keyring-daemon) where one exists."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.support.cli import ROOT, Ran, command_environment, run
from tests.support.stores import copy_store
from tests.test_store_keys import snapshot

BACKUP_PASSPHRASE = "varmuuskopion tunnuslause"
NEW_PASSPHRASE = "uusi tunnuslause 2027"


def verkosto(*args: str, data_dir: Path, backup: str | None = BACKUP_PASSPHRASE,
             passphrase: str | None = PASSPHRASE, new: str | None = None,
             lang: str = "fi") -> Ran:
    env = command_environment(lang, {"VERKOSTO_PASSPHRASE": passphrase,
                                     "VERKOSTO_BACKUP_PASSPHRASE": backup,
                                     "VERKOSTO_NEW_PASSPHRASE": new})
    return run([*args, "--data-dir", str(data_dir)], env)


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data_dir = tmp_path_factory.mktemp("demo") / "data"
    assert verkosto("demo", data_dir=data_dir).returncode == 0
    return data_dir


@pytest.fixture
def demo_copy(demo_dir: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "data"
    copy_store(demo_dir, copy)
    return copy


def client_names(data_dir: Path, passphrase: str = PASSPHRASE) -> list[str]:
    result = verkosto("clients", "--json", data_dir=data_dir, passphrase=passphrase)
    assert result.returncode == 0, result.stderr
    return sorted(c["name"] for c in json.loads(result.stdout))


def test_backup_and_restore_round_trip(demo_copy: Path, tmp_path: Path) -> None:
    backup = tmp_path / "varmuuskopio.vkb"
    made = verkosto("backup", str(backup), data_dir=demo_copy)
    assert made.returncode == 0, made.stderr
    assert "Salattu varmuuskopio kirjoitettu" in made.stdout and "5 asiakasta" in made.stdout
    again = verkosto("backup", str(backup), data_dir=demo_copy)
    assert again.returncode == 66 and "on jo olemassa" in again.stderr

    elsewhere = tmp_path / "new-machine"
    restored = verkosto("restore", str(backup), data_dir=elsewhere)  # nothing to replace there
    assert restored.returncode == 0, restored.stderr
    assert "Varmuuskopio" in restored.stdout and "Asiakkaita: 5" in restored.stdout
    assert client_names(elsewhere) == client_names(demo_copy)


def test_restore_over_a_store_needs_yes_without_a_terminal(demo_copy: Path,
                                                           tmp_path: Path) -> None:
    backup = tmp_path / "b.vkb"
    assert verkosto("backup", str(backup), data_dir=demo_copy).returncode == 0
    before = snapshot(demo_copy)
    refused = verkosto("restore", str(backup), data_dir=demo_copy)
    assert refused.returncode == 67 and "--yes" in refused.stderr
    assert "Asiakkaita: 5" in refused.stdout  # it showed what the backup holds first
    assert snapshot(demo_copy) == before
    done = verkosto("restore", str(backup), "--yes", data_dir=demo_copy)
    assert done.returncode == 0, done.stderr
    assert "Edellinen tietovarasto säilytettiin" in done.stdout
    assert len(list((demo_copy / "backups").glob("before-restore-*.db"))) == 1
    assert len(client_names(demo_copy)) == 5


@pytest.mark.parametrize(("backup_phrase", "damage", "code", "text"), [
    (None, None, 63, "VERKOSTO_BACKUP_PASSPHRASE"),
    ("ihan väärä tunnuslause", None, 62, "tunnuslause on väärä"),
    (BACKUP_PASSPHRASE, "cut", 61, "katkennut"),
    (BACKUP_PASSPHRASE, "plain", 60, "salaamaton SQLite-tietokanta"),
])
def test_restore_errors_have_their_exit_codes_and_touch_nothing(
        demo_copy: Path, tmp_path: Path, backup_phrase: str | None, damage: str | None,
        code: int, text: str) -> None:
    backup = tmp_path / "b.vkb"
    assert verkosto("backup", str(backup), data_dir=demo_copy).returncode == 0
    if damage == "cut":
        backup.write_bytes(backup.read_bytes()[:5000])
    elif damage == "plain":
        backup.write_bytes(b"SQLite format 3\x00" + bytes(4080))
    before = snapshot(demo_copy)
    result = verkosto("restore", str(backup), "--yes", data_dir=demo_copy, backup=backup_phrase)
    assert result.returncode == code, result.stderr
    assert text in result.stderr
    assert snapshot(demo_copy) == before


def test_backup_needs_a_long_enough_passphrase(demo_copy: Path, tmp_path: Path) -> None:
    short = verkosto("backup", str(tmp_path / "b.vkb"), data_dir=demo_copy, backup="lyhyt")
    assert short.returncode == 63 and "vähintään 10" in short.stderr
    missing = verkosto("backup", str(tmp_path / "b.vkb"), data_dir=demo_copy, backup=None)
    assert missing.returncode == 63
    assert not (tmp_path / "b.vkb").exists()


def test_passphrase_change_from_the_command_line(demo_copy: Path) -> None:
    names = client_names(demo_copy)
    refused = verkosto("rekey", data_dir=demo_copy)
    assert refused.returncode == 68 and "verkosto passphrase" in refused.stderr
    no_new = verkosto("passphrase", data_dir=demo_copy)
    assert no_new.returncode == 15
    changed = verkosto("passphrase", data_dir=demo_copy, new=NEW_PASSPHRASE)
    assert changed.returncode == 0, changed.stderr
    assert "tunnuslause vaihdettu" in changed.stdout
    old = verkosto("clients", data_dir=demo_copy)
    assert old.returncode == 16
    assert client_names(demo_copy, NEW_PASSPHRASE) == names
    wrong_old = verkosto("passphrase", data_dir=demo_copy, passphrase="väärä tunnuslause",
                         new=PASSPHRASE)
    assert wrong_old.returncode == 16


def test_help_names_the_new_commands() -> None:
    result = subprocess.run([sys.executable, "-m", "cli", "--help"], cwd=ROOT,
                            capture_output=True, text=True, timeout=60,
                            env=dict(os.environ, PYTHONPATH=str(ROOT)))
    for command in ("backup", "restore", "rekey", "passphrase"):
        assert command in result.stdout


# --- a real Secret Service ------------------------------------------------------------------
TOOLS = ("dbus-run-session", "gnome-keyring-daemon")


@pytest.mark.slow
@pytest.mark.skipif(not all(shutil.which(tool) for tool in TOOLS) and not os.environ.get("CI"),
                    reason="needs dbus-run-session and gnome-keyring-daemon")
def test_rekey_with_the_real_keyring_keeps_the_store_open_across_sessions(
        tmp_path: Path) -> None:
    from tests.test_real_keyring import UNLOCKED, in_session

    home, data_dir = tmp_path / "home", tmp_path / "data"
    home.mkdir()
    for command in (["init"], ["profile", "--name", "Anna Virtanen"]):
        made = in_session(home, data_dir, UNLOCKED, *command)
        assert made.returncode == 0, made.stderr
    check_before = json.loads((data_dir / "verkosto-store.json").read_text())["key_check"]
    rotated = in_session(home, data_dir, UNLOCKED, "rekey")
    assert rotated.returncode == 0, rotated.stderr
    assert "avain vaihdettu" in rotated.stdout
    descriptor = json.loads((data_dir / "verkosto-store.json").read_text())
    assert descriptor["key_check"] != check_before and "pending" not in descriptor
    again = in_session(home, data_dir, UNLOCKED, "profile", "--json")
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["name"] == "Anna Virtanen"
