"""``verkosto`` as the tests run it: the headless command with its own environment (the
keyring missing, the passphrase from ``VERKOSTO_PASSPHRASE`` as a user's shell would give it),
its output and exit code.

By default the command runs through ``cli.main.main`` in this process
(tests/support/cli_harness.py): the same code path without an interpreter start and the
imports per run, which was most of the suite's time. ``process=True`` starts
``python -m cli`` as a user's shell does; the tests of what only a process shows (exit by
signal, core dumps, the real keyring session, startup imports) use that, and
tests/test_adversarial_cli_fuzz.py runs a sample both ways and compares.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

from tests.support.cli_harness import Ran, run_in_process

ROOT = Path(__file__).resolve().parents[2]


def command_environment(lang: str = "fi",
                        secrets: Mapping[str, str | None] = {}) -> dict[str, str]:
    """The test process's environment with no keyring and the language; each of ``secrets``
    (passphrase variables) is set to its value, or left out when it is ``None``."""
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
               VERKOSTO_LANG=lang, PYTHONPATH=str(ROOT))
    for name, value in secrets.items():
        env.pop(name, None)
        if value is not None:
            env[name] = value
    return env


def run(argv: list[str], env: Mapping[str, str], *, process: bool = False,
        prefix: tuple[str, ...] = (), timeout: float = 180) -> Ran:
    """``verkosto ARGV`` in this process, or with ``process`` (or a ``prefix`` command such
    as ``unshare``) as a real process."""
    if not process and not prefix:
        return run_in_process(argv, env)
    done = subprocess.run([*prefix, sys.executable, "-m", "cli", *argv], cwd=ROOT, env=dict(env),
                          capture_output=True, text=True, timeout=timeout,
                          stdin=subprocess.DEVNULL)
    return Ran(done.returncode, done.stdout, done.stderr)


# A data dir that stands for a team store in a module's command tests: ``team_variables``
# gives what a user's shell would have set for it ($VERKOSTO_STORE and the login's password).
TEAM_STORES: dict[Path, dict[str, str]] = {}


def team_variables(data_dir: Path | None) -> dict[str, str]:
    return dict(TEAM_STORES.get(data_dir, {})) if data_dir is not None else {}


@contextlib.contextmanager
def engine_data_dir(request: pytest.FixtureRequest, folder: Path, engine: str) -> Iterator[Path]:
    """``folder/data`` for a module's commands: the local store's data dir, or with the
    ``team`` engine one standing for a new, empty team store (schema at head) on the test
    process's PostgreSQL server. Afterwards: nothing of the team store's was made in it."""
    data_dir = folder / "data"
    if engine != "team":
        yield data_dir
        return
    from tests.support.postgres import SUPERUSER_PASSWORD, migrated_database

    server = request.getfixturevalue("postgres")
    database = migrated_database(server)
    TEAM_STORES[data_dir] = {"VERKOSTO_STORE": server.bare_url(database),
                             "VERKOSTO_STORE_PASSWORD": SUPERUSER_PASSWORD}
    try:
        yield data_dir
    finally:
        del TEAM_STORES[data_dir]
        server.drop_database(database)
    assert not (data_dir / "verkosto.db").exists()
