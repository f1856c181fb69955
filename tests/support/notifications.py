"""A real desktop notification service for the reminder tests: dunst, under its own
``dbus-run-session`` on a private Xvfb display, read and clicked with ``dunstctl``."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

TOOLS = ("Xvfb", "dbus-run-session", "dunst", "dunstctl")
START_TIMEOUT_S = 20.0  # a loaded machine: Xvfb, the bus and dunst each start a process


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


@dataclass(frozen=True)
class Dunst:
    address: str  # the private session bus

    def ctl(self, *args: str) -> str:
        done = subprocess.run(["dunstctl", *args], capture_output=True, text=True, timeout=10,
                              env=dict(os.environ, DBUS_SESSION_BUS_ADDRESS=self.address))
        assert done.returncode == 0, done.stderr
        return done.stdout

    def displayed(self) -> int:
        return int(self.ctl("count", "displayed"))

    def history(self) -> list[dict[str, object]]:
        """Every notification taken off the screen (closed or clicked), newest first."""
        data = json.loads(self.ctl("history"))["data"][0]
        return [{key: value["data"] for key, value in entry.items()} for entry in data]

    def everything(self) -> list[dict[str, object]]:
        """What was shown at all: the ones on the screen are closed into the history."""
        self.ctl("close-all")
        return self.history()


@contextmanager
def _xvfb() -> Iterator[str]:
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "640x480x24",
                               "-nolisten", "tcp"], pass_fds=(write,),
                              stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


@contextmanager
def dunst(folder: Path) -> Iterator[Dunst]:
    """dunst (with its built-in defaults) on its own bus; yields when it answers."""
    folder.mkdir(parents=True, exist_ok=True)
    address_file, config = folder / "bus-address", folder / "dunstrc"
    config.write_text("[global]\n    history_length = 100\n", encoding="utf-8")
    with _xvfb() as display:
        session = subprocess.Popen(
            ["dbus-run-session", "--", "sh", "-c",
             'printf %s "$DBUS_SESSION_BUS_ADDRESS" > "$0.part" && mv "$0.part" "$0" && '
             'exec dunst -config "$1"', str(address_file), str(config)],
            env=dict(os.environ, DISPLAY=display), start_new_session=True,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            daemon = Dunst(_wait_for(address_file, session))
            yield daemon
        finally:
            os.killpg(session.pid, signal.SIGTERM)
            session.wait(timeout=10)


@contextmanager
def bus_without_notifications(folder: Path) -> Iterator[str]:
    """A session bus of its own with no notification service on it; yields its address."""
    folder.mkdir(parents=True, exist_ok=True)
    address_file = folder / "bus-address"
    session = subprocess.Popen(
        ["dbus-run-session", "--", "sh", "-c",
         'printf %s "$DBUS_SESSION_BUS_ADDRESS" > "$0.part" && mv "$0.part" "$0" && '
         "exec sleep 600", str(address_file)],
        start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        yield _wait_for(address_file, session, probe=False)
    finally:
        os.killpg(session.pid, signal.SIGTERM)
        session.wait(timeout=10)


def _wait_for(address_file: Path, session: subprocess.Popen[bytes], *,
              probe: bool = True) -> str:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        assert session.poll() is None, "dbus-run-session or dunst ended at its start"
        if address_file.exists():
            address = address_file.read_text(encoding="utf-8")
            if not probe:
                return address
            answer = subprocess.run(["dunstctl", "is-paused"], capture_output=True, timeout=10,
                                   env=dict(os.environ, DBUS_SESSION_BUS_ADDRESS=address))
            if answer.returncode == 0:
                return address
        time.sleep(0.05)
    raise AssertionError(f"dunst did not answer within {START_TIMEOUT_S} s")
