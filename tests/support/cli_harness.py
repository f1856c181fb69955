"""``verkosto`` run inside the test process: ``cli.main.main(argv)`` with its own environment,
stdout and stderr, the exit code as a process would return it, and any exception that
escapes ``main`` formatted as the traceback a process would print.

It behaves as ``python -m cli`` does (tests/test_adversarial_cli_fuzz.py runs a sample both
ways and compares), without an interpreter start and imports per run. One difference is on
purpose: the process hardening (RLIMIT_CORE 0, not dumpable) is left out, since it cannot be
undone and this process must still be able to start the core-dump control of
tests/test_adversarial_coredump.py.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
import traceback
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from unittest import mock

import cli.main


@dataclass(frozen=True)
class Ran:
    returncode: int
    stdout: str
    stderr: str


@contextlib.contextmanager
def _environment(env: Mapping[str, str]) -> Iterator[None]:
    saved = dict(os.environ)
    os.environ.clear()
    os.environ.update(env)
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)


def run_in_process(argv: list[str], env: Mapping[str, str]) -> Ran:
    out, err = io.StringIO(), io.StringIO()
    with (_environment(env), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err),
          mock.patch.object(cli.main, "harden_process", lambda: [], create=True),
          mock.patch.object(sys, "stdin", io.StringIO())):  # no terminal, as in the tests
        try:
            code = cli.main.main(argv)
        except SystemExit as stop:  # argparse: 2 for usage, 0 for --help
            code = stop.code if isinstance(stop.code, int) else 1
        except BaseException:  # what a process would die of, printed as it would be
            err.write(traceback.format_exc())
            code = 1
    return Ran(code, out.getvalue(), err.getvalue())
