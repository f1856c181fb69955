"""The headless commands on a real encrypted store: the exit codes and the help as a user's
shell sees them from a real process, the rest through ``cli.main`` in this process. The demo
store's reading commands run on the local store and on a team store on PostgreSQL (the
``demo_dir`` of the team engine stands for it: tests/support/cli.py ``engine_data_dir``)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ENGINES, PASSPHRASE
from tests.support.cli import ROOT, Ran, command_environment, engine_data_dir, run, team_variables


def verkosto(*args: str, passphrase: str | None = PASSPHRASE, data_dir: Path | None = None,
             lang: str = "fi", process: bool = False) -> Ran:
    """``verkosto ARGS [--data-dir DATA_DIR]``, in this process unless ``process``
    (tests/support/cli.py); on the team store a data dir stands for."""
    extra = ["--data-dir", str(data_dir)] if data_dir else []
    secrets = {"VERKOSTO_PASSPHRASE": passphrase, **team_variables(data_dir)}
    return run([*args, *extra], command_environment(lang, secrets), process=process)


@pytest.fixture(scope="module")
def local_demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data_dir = tmp_path_factory.mktemp("demo") / "data"
    result = verkosto("demo", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert "Esittelyaineisto lisätty: 5 asiakasta" in result.stdout
    return data_dir


@pytest.fixture(scope="module", params=ENGINES)
def demo_dir(request: pytest.FixtureRequest,
             tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The demo made by `verkosto demo` in the local store, or in a team store."""
    if request.param == "local":
        yield request.getfixturevalue("local_demo_dir")
        return
    with engine_data_dir(request, tmp_path_factory.mktemp("team-demo"), "team") as data_dir:
        result = verkosto("demo", data_dir=data_dir)
        assert result.returncode == 0, result.stderr
        assert "Esittelyaineisto lisätty: 5 asiakasta" in result.stdout
        yield data_dir


def test_help_lists_the_headless_commands() -> None:
    result = verkosto("--help", process=True)
    assert result.returncode == 0
    for command in ("demo", "clients", "meetings", "actions", "audit", "profile"):
        assert command in result.stdout
    assert "--data-dir" in result.stdout


def test_clients_json_lists_the_five_demo_clients(demo_dir: Path) -> None:
    result = verkosto("clients", "--json", data_dir=demo_dir)
    assert result.returncode == 0, result.stderr
    clients = json.loads(result.stdout)
    assert len(clients) == 5
    assert all(c["id"] and c["name"] for c in clients)
    again = verkosto("demo", data_dir=demo_dir)  # a second run adds nothing
    assert again.returncode == 0 and "ei lisätty" in again.stderr
    assert len(json.loads(verkosto("clients", "--json", data_dir=demo_dir).stdout)) == 5


def test_meetings_lists_upcoming_and_all(demo_dir: Path) -> None:
    upcoming = json.loads(verkosto("meetings", "--json", data_dir=demo_dir).stdout)
    every = json.loads(verkosto("meetings", "--all", "--json", data_dir=demo_dir).stdout)
    assert upcoming and len(every) > len(upcoming)
    assert {m["status"] for m in upcoming} <= {"planned", "confirmed"}
    assert {"held", "cancelled"} <= {m["status"] for m in every}
    assert all(m["start"].endswith(("+02:00", "+03:00")) for m in every)  # Helsinki time
    # each demo meeting says the type it was planned as (issue 14)
    assert {m["type"] for m in every} >= {"discharge_meeting", "sickness_day_60",
                                          "sickness_day_90_150", "network_meeting"}
    table = verkosto("meetings", data_dir=demo_dir)
    assert "Alkaa" in table.stdout and "suunniteltu" in table.stdout + "vahvistettu"


def test_actions_overdue_are_open_and_past_due(demo_dir: Path) -> None:
    overdue = json.loads(verkosto("actions", "--overdue", "--json", data_dir=demo_dir).stdout)
    every = json.loads(verkosto("actions", "--json", data_dir=demo_dir).stdout)
    assert overdue and len(every) > len(overdue)
    assert all(a["overdue"] and a["status"] in ("open", "in_progress") for a in overdue)


def test_audit_verify_and_client_extract(demo_dir: Path) -> None:
    verified = verkosto("audit", "--verify", data_dir=demo_dir)
    assert verified.returncode == 0 and "Lokiketju on ehjä" in verified.stdout
    extract = json.loads(verkosto("audit", "--client", "1", "--json", data_dir=demo_dir).stdout)
    assert {"create", "view"} <= {e["action"] for e in extract}
    missing = verkosto("audit", "--client", "999", data_dir=demo_dir)
    assert missing.returncode == 4 and "ei löydy" in missing.stderr


def test_no_file_in_the_data_dir_holds_client_names_or_hetus(local_demo_dir: Path) -> None:
    clients = json.loads(verkosto("clients", "--json", "--show-hetu",
                                  data_dir=local_demo_dir).stdout)
    needles = set()
    for client in clients:
        needles.update(part for part in client["name"].split() if len(part) >= 4)
        if client["hetu"]:
            needles.add(client["hetu"])
    assert len(needles) >= 10
    files = [p for p in local_demo_dir.rglob("*") if p.is_file()]
    assert any(p.name == "verkosto.db" for p in files)
    for path in files:
        content = path.read_bytes()
        for needle in needles:
            for encoded in (needle.encode("utf-8"), needle.encode("utf-16-le")):
                assert encoded not in content, f"{needle!r} in {path.name}"


def test_errors_are_translated_with_their_own_exit_codes(local_demo_dir: Path) -> None:
    wrong = verkosto("clients", passphrase="ihan väärä tunnuslause", data_dir=local_demo_dir,
                     process=True)
    assert wrong.returncode == 16 and "Väärä tunnuslause" in wrong.stderr
    sv = verkosto("clients", passphrase="ihan väärä tunnuslause", data_dir=local_demo_dir,
                  lang="sv")
    assert "Fel lösenfras" in sv.stderr
    none = verkosto("clients", passphrase=None, data_dir=local_demo_dir)
    assert none.returncode == 15 and "VERKOSTO_PASSPHRASE" in none.stderr
    usage = verkosto("actions", "--bogus", process=True)
    assert usage.returncode == 2


def test_not_a_store_and_a_fresh_store_without_any_key(tmp_path: Path) -> None:
    data_dir = tmp_path / "plain"
    data_dir.mkdir()
    (data_dir / "verkosto.db").write_bytes(b"SQLite format 3\x00" + bytes(4080))
    result = verkosto("clients", data_dir=data_dir, lang="en")
    assert result.returncode == 18 and "not a Verkosto store" in result.stderr
    fresh = tmp_path / "fresh"
    result = verkosto("clients", passphrase=None, data_dir=fresh)
    assert result.returncode == 27 and "verkosto init" in result.stderr  # none made here
    result = verkosto("init", passphrase=None, data_dir=fresh)
    assert result.returncode == 15  # no keyring and no passphrase: no store either
    assert not (fresh / "verkosto.db").exists()


def test_data_dir_comes_from_the_environment_too(tmp_path: Path) -> None:
    env_dir = tmp_path / "from-env"
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
               VERKOSTO_PASSPHRASE=PASSPHRASE, VERKOSTO_DATA_DIR=str(env_dir),
               PYTHONPATH=str(ROOT))
    for command in (["init"], ["profile", "--name", "Liisa Mäkelä"]):
        result = subprocess.run([sys.executable, "-m", "cli", *command], cwd=ROOT, env=env,
                                capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, result.stderr
    assert (env_dir / "verkosto.db").exists()
