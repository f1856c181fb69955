"""Against a real Secret Service: gnome-keyring-daemon on a private D-Bus session bus.

The store's key goes into the real keyring, survives into a new session, and a locked keyring
or a missing daemon is reported with its own exit code, the store untouched.
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_store_keys import snapshot

ROOT = Path(__file__).resolve().parents[1]
TOOLS = ("dbus-run-session", "gnome-keyring-daemon")

pytestmark = pytest.mark.slow
if not all(shutil.which(tool) for tool in TOOLS) and not os.environ.get("CI"):
    pytestmark = [pytest.mark.slow,
                  pytest.mark.skip(reason="needs dbus-run-session and gnome-keyring-daemon")]


def in_session(home: Path, data_dir: Path, daemon: str | None,
               *command: str) -> subprocess.CompletedProcess[str]:
    """Run ``verkosto COMMAND`` inside a fresh session bus with the daemon started as given
    (``daemon=None``: with no session bus at all, so no Secret Service can answer)."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHON_KEYRING_BACKEND", "VERKOSTO_PASSPHRASE",
                        "DBUS_SESSION_BUS_ADDRESS")}
    env.update(HOME=str(home), VERKOSTO_DATA_DIR=str(data_dir), PYTHONPATH=str(ROOT),
               XDG_DATA_HOME=str(home / ".local/share"), DISPLAY="")
    verkosto = shlex.join([sys.executable, "-m", "cli", *command])
    if daemon is None:
        argv = ["sh", "-c", f"exec {verkosto}"]
    else:
        argv = ["dbus-run-session", "--", "sh", "-c", f"{daemon} >/dev/null 2>&1; exec {verkosto}"]
    return subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


UNLOCKED = "printf 'kirjautumissalasana' | gnome-keyring-daemon --unlock --components=secrets"
LOCKED = "gnome-keyring-daemon --start --components=secrets"
NO_DAEMON = None


def test_real_secret_service_keeps_the_key_across_sessions(tmp_path: Path) -> None:
    home, data_dir = tmp_path / "home", tmp_path / "data"
    home.mkdir()
    created = in_session(home, data_dir, UNLOCKED, "init")
    assert created.returncode == 0, created.stderr
    named = in_session(home, data_dir, UNLOCKED, "profile", "--name", "Anna Virtanen")
    assert named.returncode == 0, named.stderr
    descriptor = json.loads((data_dir / "verkosto-store.json").read_text())
    assert descriptor["protection"] == "keyring"

    again = in_session(home, data_dir, UNLOCKED, "profile", "--json")
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["name"] == "Anna Virtanen"

    before = snapshot(data_dir)
    locked = in_session(home, data_dir, LOCKED, "profile")
    assert locked.returncode == 12, locked.stderr
    assert "Avainnippu on lukittu" in locked.stderr
    missing = in_session(home, data_dir, NO_DAEMON, "profile")
    assert missing.returncode == 11, missing.stderr
    assert "avainnippu ei ole käytettävissä" in missing.stderr.lower()
    assert snapshot(data_dir) == before

    other_home = tmp_path / "other-home"  # a keyring that never had this store's key
    other_home.mkdir()
    absent = in_session(other_home, data_dir, UNLOCKED, "profile")
    assert absent.returncode == 13, absent.stderr
    assert snapshot(data_dir) == before
