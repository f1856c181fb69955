"""Cold start and peak memory, measured on real processes: the app (``python -m cli``, as the
``verkosto`` command runs it) on the prepared store, and the bare QMainWindow floor, run
alternately so that both see the same machine load.

"Cold" means a new process each time; the disk cache is warm (dropping it needs root).
The X server is the session's ($DISPLAY), else a private Xvfb, else Qt's offscreen platform.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from planner.config import default_config_dir
from tests.benchmarks.generate import PASSPHRASE, Prepared
from tests.benchmarks.keyring_store import BACKEND, KEYRING_FILE_ENV, keyring_copy

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT_S = 120


@dataclass(frozen=True)
class Launch:
    painted_ms: float  # process start to the first painted window
    ready_ms: float  # … to the store open and every page loaded (the app) / = painted (bare)
    peak_rss_mb: float


@dataclass(frozen=True)
class StartupResult:
    platform: str
    app: list[Launch]
    bare: list[Launch]
    home: list[Launch]  # the keyring-key copy, ready = the home view shown (issue 13)

    @staticmethod
    def median(launches: list[Launch], field: str) -> float:
        return statistics.median(getattr(launch, field) for launch in launches)


@contextmanager
def display() -> Iterator[tuple[str, dict[str, str]]]:
    """(platform name, environment) for the windows: a real X server when there is one."""
    if os.environ.get("DISPLAY") and os.environ.get("QT_QPA_PLATFORM", "xcb") == "xcb":
        yield "xcb", {"DISPLAY": os.environ["DISPLAY"], "QT_QPA_PLATFORM": "xcb"}
        return
    if not shutil.which("Xvfb"):
        yield "offscreen", {"QT_QPA_PLATFORM": "offscreen"}
        return
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24",
                               "-nolisten", "tcp"], pass_fds=(write,), stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    try:
        yield "xcb (Xvfb)", {"DISPLAY": f":{number}", "QT_QPA_PLATFORM": "xcb"}
    finally:
        server.terminate()
        server.wait(timeout=10)


def _environment(home: Path, extra: dict[str, str]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("QT_QPA", "VERKOSTO_"))}
    env.update(PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring", PYTHONPATH=str(ROOT),
               HOME=str(home), XDG_CONFIG_HOME=str(home / "config"), VERKOSTO_LANG="fi",
               VERKOSTO_PASSPHRASE=PASSPHRASE, VERKOSTO_STARTUP_PROBE="ready",
               # where the generator's open anchored the store's log: else it looks moved
               VERKOSTO_CONFIG_DIR=str(default_config_dir()), **extra)
    return env


def launch(command: list[str], env: dict[str, str]) -> Launch:
    started = time.monotonic_ns()
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=TIMEOUT_S)
    lines = dict(line.split(" ", 1) for line in done.stdout.splitlines() if " " in line)
    if done.returncode != 0 or "painted" not in lines or "ready" not in lines:
        raise RuntimeError(f"{command} failed ({done.returncode}): {done.stderr[-2000:]}")
    ready, peak = lines["ready"].split()
    return Launch((int(lines["painted"]) - started) / 1e6, (int(ready) - started) / 1e6,
                  int(peak) / 1024)


def _home_environment(env: dict[str, str], keys: Path) -> dict[str, str]:
    """The app on the keyring copy, ready once the home view has shown (no passphrase)."""
    home = {k: v for k, v in env.items() if k != "VERKOSTO_PASSPHRASE"}
    home.update(PYTHON_KEYRING_BACKEND=BACKEND, VERKOSTO_STARTUP_PROBE="home",
                **{KEYRING_FILE_ENV: str(keys)})
    return home


def measure(prepared: Prepared, runs: int) -> StartupResult:
    app = [sys.executable, "-m", "cli", "--data-dir", str(prepared.encrypted_dir)]
    bare = [sys.executable, "-m", "tests.benchmarks.bare_window"]
    keyring_dir, keys = keyring_copy(prepared)
    app_home = [sys.executable, "-m", "cli", "--data-dir", str(keyring_dir)]
    with display() as (platform, extra), tempfile.TemporaryDirectory() as home:
        env = _environment(Path(home), extra)
        home_env = _home_environment(env, keys)
        launch(bare, env)  # once unmeasured: the first run fills the disk cache for all
        launch(app, env)
        launch(app_home, home_env)
        apps, bares, homes = [], [], []
        for _ in range(runs):
            bares.append(launch(bare, env))
            apps.append(launch(app, env))
            homes.append(launch(app_home, home_env))
    return StartupResult(platform, apps, bares, homes)
