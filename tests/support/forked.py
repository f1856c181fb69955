"""Child processes for the kill -9 tests, forked from a server that has imported Verkosto once.

Each kill -9 round used to start a new Python and import the planner again (about 0.8 s of CPU
before the child could begin): 25–40 rounds a test. multiprocessing's forkserver imports the
modules once and forks a fresh process per round. The child is a real process with its own
store connection, killed with a real SIGKILL; only the start-up is shared. What the child
prints arrives through a pipe line by line: a line sent before the kill has been acknowledged
(it is in the kernel's buffer, as a flushed stdout was).
"""

from __future__ import annotations

import contextlib
import importlib
import multiprocessing
import os
import signal
import sys
from multiprocessing.connection import Connection
from pathlib import Path

PRELOAD = ["planner.services", "planner.storage.store", "planner.storage.rekey",
           "planner.storage.restore", "tests.support.crash_writer",
           "tests.support.key_switch_child"]
_CONTEXT = multiprocessing.get_context("forkserver")
_CONTEXT.set_forkserver_preload(PRELOAD)
READ_TIMEOUT = 60.0  # seconds: a child that says nothing for this long has hung


class _LineSender:
    """sys.stdout for the child: each complete line goes through the pipe as it is written."""

    def __init__(self, connection: Connection) -> None:
        self.connection, self.pending = connection, ""

    def write(self, text: str) -> int:
        self.pending += text
        while "\n" in self.pending:
            line, self.pending = self.pending.split("\n", 1)
            self.connection.send(line)
        return len(text)

    def flush(self) -> None:
        pass


def _run(module: str, argv: list[str], environment: dict[str, str], cwd: str,
         connection: Connection) -> None:
    # the server was started by an earlier test: this test's environment and folder count
    os.environ.clear()
    os.environ.update(environment)
    os.chdir(cwd)
    sys.argv = [module, *argv]
    sys.stdout = _LineSender(connection)  # type: ignore[assignment]
    importlib.import_module(module).main()  # type: ignore[attr-defined]


class Child:
    """``python -m MODULE ARGV…`` as a forked process (``MODULE.main()``, reading sys.argv)."""

    def __init__(self, module: str, *argv: str, environment: dict[str, str] | None = None,
                 cwd: Path | None = None) -> None:
        self._lines, sending = _CONTEXT.Pipe(duplex=False)
        self.process = _CONTEXT.Process(
            target=_run, args=(module, list(argv), dict(environment or os.environ),
                               str(cwd or Path.cwd()), sending), daemon=True)
        self.process.start()
        sending.close()  # the child holds the only writing end: its death ends the stream

    def readline(self) -> str:
        """The next line the child printed; "" when it has ended."""
        if not self._lines.poll(READ_TIMEOUT):
            raise TimeoutError(f"the child said nothing in {READ_TIMEOUT} s")
        try:
            return str(self._lines.recv())
        except EOFError:
            return ""

    def kill(self) -> list[str]:
        """SIGKILL; the lines it had sent but not yet read (none when killed before)."""
        if self._lines.closed:
            return []
        if self.process.pid is not None:
            with contextlib.suppress(ProcessLookupError):  # it had already ended
                os.kill(self.process.pid, signal.SIGKILL)
        self.process.join()
        rest = []
        while True:
            try:
                rest.append(str(self._lines.recv()))
            except EOFError:
                break
        self._lines.close()
        return rest

    @property
    def killed(self) -> bool:
        return self.process.exitcode == -signal.SIGKILL
