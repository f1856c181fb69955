"""A real Radicale CalDAV server on 127.0.0.1 in a subprocess (htpasswd users in a plain-text
file, rights from a file), for the publishing tests."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

USER = "sari"
PASSWORD = "kalenteri-salasana 1"

RIGHTS = """\
[root]
user: .+
collection:
permissions: R

[principal]
user: .+
collection: {user}
permissions: RW

[calendars]
user: .+
collection: {user}/[^/]+
permissions: rw
"""


@dataclass
class Radicale:
    process: subprocess.Popen[bytes]
    port: int
    storage: Path

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def calendar_url(self, name: str = "verkosto") -> str:
        return f"{self.base}/{USER}/{name}/"

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start(folder: Path) -> Radicale:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "users").write_text(f"{USER}:{PASSWORD}\n", encoding="utf-8")
    (folder / "rights").write_text(RIGHTS, encoding="utf-8")
    port = _free_port()
    storage = folder / "collections"
    config = folder / "config"
    config.write_text(f"""\
[server]
hosts = 127.0.0.1:{port}
[auth]
type = htpasswd
htpasswd_filename = {folder / 'users'}
htpasswd_encryption = plain
delay = 0.01
[rights]
type = from_file
file = {folder / 'rights'}
[storage]
filesystem_folder = {storage}
[logging]
level = warning
""", encoding="utf-8")
    process = subprocess.Popen([sys.executable, "-m", "radicale", "--config", str(config)],
                               stdout=subprocess.DEVNULL, stderr=(folder / "log").open("wb"))
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError((folder / "log").read_text())
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return Radicale(process, port, storage)
        except OSError:
            time.sleep(0.05)
    process.kill()
    raise RuntimeError("Radicale did not start")


def make_calendar(server: Radicale, name: str) -> str:
    """A new calendar collection for the user, made as a CalDAV client does (MKCALENDAR)."""
    from caldav.davclient import DAVClient

    with DAVClient(url=server.base + "/", username=USER, password=PASSWORD) as client:
        client.principal().make_calendar(name=name, cal_id=name)
    return server.calendar_url(name)


def stored_files(server: Radicale, name: str) -> dict[str, bytes]:
    """The calendar's objects as the server keeps them on disk, by file name."""
    folder = server.storage / "collection-root" / USER / name
    return {path.name: path.read_bytes() for path in sorted(folder.glob("*.ics"))}
