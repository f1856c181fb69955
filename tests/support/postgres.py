"""A real PostgreSQL server for the team-store tests, in a temporary folder on a Unix socket.

Debian's `postgresql` package (installed by `.ci/run` and `dev.py test`) provides the server;
``initdb`` makes a cluster whose logins need a password (SCRAM), as a team server's would. The
server refuses to run as root, so under root (CI containers) it runs as the package's
`postgres` user. Nothing listens on TCP: the socket lives in the cluster's folder.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

if TYPE_CHECKING:
    from collections.abc import Callable

    from planner.services import Planner
    from planner.storage.store import Store

SUPERUSER = "verkosto_admin"
SUPERUSER_PASSWORD = "pääkäyttäjän salasana 2026"
START_TIMEOUT_S = 30.0


def server_binaries() -> Path | None:
    """The folder of initdb/pg_ctl: on PATH, else Debian's /usr/lib/postgresql/N/bin."""
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                      key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0)
    return Path(versions[-1]).parent if versions else None


@dataclass
class PostgresServer:
    """A running cluster: connect with :meth:`url` (a database and a login)."""

    folder: Path
    socket_dir: Path
    binaries: Path
    _user: str | None  # the OS user the server runs as (None: this process's)
    options: str = ""  # the server's settings (pg_ctl -o)

    def url(self, database: str = "postgres", user: str = SUPERUSER,
            password: str = SUPERUSER_PASSWORD) -> str:
        """A `postgresql://` address over the Unix socket (libpq's ``host`` = the folder)."""
        return (f"postgresql://{quote(user, safe='')}:{quote(password, safe='')}@/"
                f"{quote(database, safe='')}?host={quote(str(self.socket_dir), safe='')}")

    def bare_url(self, database: str, user: str = SUPERUSER) -> str:
        """The address as a user gives it: no password in it (the keyring or
        $VERKOSTO_STORE_PASSWORD gives that)."""
        return (f"postgresql://{quote(user, safe='')}@/{quote(database, safe='')}"
                f"?host={quote(str(self.socket_dir), safe='')}")

    def admin(self, database: str = "postgres") -> object:
        """A psycopg connection as the cluster's superuser, autocommit."""
        import psycopg

        return psycopg.connect(self.url(database), autocommit=True)

    def new_database(self, template: str | None = None) -> str:
        """A fresh database (a copy of ``template`` when given): its name."""
        name = f"verkosto_{uuid.uuid4().hex[:12]}"
        with self.admin() as conn:  # type: ignore[attr-defined]
            suffix = f' TEMPLATE "{template}"' if template else ""
            conn.execute(f'CREATE DATABASE "{name}"{suffix}')
        return name

    def drop_database(self, name: str) -> None:
        """A test's database gone after it (sessions still open on it ended): hundreds of
        copies would otherwise fill the folder (~13 MB each) that the end of the run removes."""
        with self.admin() as conn:  # type: ignore[attr-defined]
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        self.halt()
        shutil.rmtree(self.folder, ignore_errors=True)

    def halt(self) -> None:
        """The server goes away (as a crash or a network cut would look to a client)."""
        self._run("pg_ctl", "-D", str(self.folder / "data"), "-m", "immediate", "-w", "stop",
                  check=False)

    def start(self) -> None:
        """The server back, with its data (after :meth:`halt`)."""
        self._run("pg_ctl", "-D", str(self.folder / "data"), "-l",
                  str(self.folder / "server.log"), "-o", self.options, "-w", "-t",
                  str(int(START_TIMEOUT_S)), "start")
        _wait_ready(self)

    def _run(self, tool: str, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(self.binaries / tool), *args], user=self._user,
                              capture_output=True, text=True, check=check, cwd=self.folder)


def _server_user() -> str | None:
    if os.geteuid() != 0:
        return None
    try:
        pwd.getpwnam("postgres")
    except KeyError as error:
        raise RuntimeError("PostgreSQL refuses to run as root and there is no 'postgres' "
                           "user: install Debian's postgresql package") from error
    return "postgres"


@contextlib.contextmanager
def running_postgres(*, durable: bool = False) -> Iterator[PostgresServer]:
    """Start a cluster in a new temporary folder; stopped and removed afterwards. The tests'
    server skips flushing to disk; ``durable``: as a team's server (the benchmark's)."""
    binaries = server_binaries()
    if binaries is None:
        raise RuntimeError("PostgreSQL's server programs are missing: install Debian's "
                           "postgresql package (dev.py test and .ci/run do)")
    user = _server_user()
    folder = Path(tempfile.mkdtemp(prefix="verkosto-pg-"))
    if user is not None:
        info = pwd.getpwnam(user)
        os.chown(folder, info.pw_uid, info.pw_gid)
    os.chmod(folder, 0o755)  # the socket must be reachable; the data dir stays 0700
    server = PostgresServer(folder, folder, binaries, user)
    password_file = folder / "pw"
    password_file.write_text(SUPERUSER_PASSWORD + "\n", "utf-8")
    if user is not None:
        os.chown(password_file, pwd.getpwnam(user).pw_uid, -1)
    try:
        server._run("initdb", "-D", str(folder / "data"), "-U", SUPERUSER,
                    f"--pwfile={password_file}", "--auth=scram-sha-256", "-E", "UTF8",
                    "--locale=C.UTF-8", "--no-sync")
        password_file.unlink()
        server.options = (f"-c listen_addresses='' -c unix_socket_directories='{folder}' "
                          "-c max_connections=200")
        if not durable:
            server.options += " -c fsync=off -c full_page_writes=off -c synchronous_commit=off"
        server.start()
        yield server
    except subprocess.CalledProcessError as error:
        log = folder / "server.log"
        detail = log.read_text("utf-8", errors="replace")[-2000:] if log.exists() else ""
        raise RuntimeError(f"PostgreSQL did not start: {error.stderr}\n{detail}") from error
    finally:
        server.stop()


def _wait_ready(server: PostgresServer) -> None:
    import psycopg

    deadline = time.monotonic() + START_TIMEOUT_S
    while True:
        try:
            psycopg.connect(server.url(), connect_timeout=2).close()
            return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


_MIGRATED: dict[str, str] = {}  # server folder -> the database migrated to head


def team_store(server: PostgresServer) -> Store:
    """A new team store on ``server``: a database of its own, a copy of one migrated once
    (the audit chain's key and so the store's id are made at its first open: each differs)."""
    return open_team_database(server, migrated_database(server))


def migrated_database(server: PostgresServer) -> str:
    """A new database on ``server`` with the schema at head (a copy of one migrated once)."""
    from planner.storage import migrate
    from planner.storage.team import team_engine
    from planner.storage.team_address import TeamAddress

    template = _MIGRATED.get(str(server.folder))
    if template is None:
        template = server.new_database()
        engine = team_engine(TeamAddress.parse(server.url(template)), None)
        try:
            migrate.upgrade(engine, None, None)
        finally:
            engine.dispose()
        _MIGRATED[str(server.folder)] = template
    return server.new_database(template)


# The test process's server (set by the `postgres` fixture): the commands' tests reach the
# team store through $VERKOSTO_STORE and need it to make their demo database.
RUNNING: list[PostgresServer] = []
# "server folder:day" -> (the demo as of that day, its config folder)
_DEMO: dict[str, tuple[str, Path]] = {}
DEMO_DAY = date(2026, 11, 25)  # tests/support/windows.py DEMO_DAY


def team_demo_environment(then: Callable[[Planner], object] | None = None) -> None:
    """What tests/support/windows.py ``demo_store`` gives a local test, for a command test on
    the team store ($VERKOSTO_STORE set by the ``cli_store`` fixture): $VERKOSTO_STORE now
    names a new database holding the demo (a copy of one loaded once per process), with the
    demo's audit anchor in a config folder of the test's own; ``then`` runs on it."""
    from planner.services import Planner

    server = RUNNING[-1]
    database = _team_demo_copy(server)
    os.environ["VERKOSTO_STORE"] = server.bare_url(database)
    if then is not None:
        planner = Planner(open_team_database(server, database))
        try:
            then(planner)
        finally:
            planner.close()


def team_demo_store(server: PostgresServer, today: date = DEMO_DAY) -> Store:
    """The demo as of ``today`` in a new team store (a copy of a database loaded once per
    process), open, with its audit anchor in a config folder of the test's own
    ($VERKOSTO_CONFIG_DIR, which the fixtures restore): what ``demo_planner`` gives on the
    local store."""
    return open_team_database(server, _team_demo_copy(server, today))


def _team_demo_copy(server: PostgresServer, today: date = DEMO_DAY) -> str:
    """A new database holding the demo as of ``today`` (a copy of one loaded once per
    process), $VERKOSTO_CONFIG_DIR a copy of the folder holding its audit anchor."""
    from planner.demo import load_demo
    from planner.services import Planner

    made = _DEMO.get(f"{server.folder}:{today}")
    if made is None:
        template = migrated_database(server)
        config = Path(tempfile.mkdtemp(prefix="verkosto-team-demo-config-"))
        saved = os.environ.get("VERKOSTO_CONFIG_DIR", "")
        os.environ["VERKOSTO_CONFIG_DIR"] = str(config)
        try:
            planner = Planner(open_team_database(server, template))
            load_demo(planner, today=today)
            planner.close()
        finally:
            os.environ["VERKOSTO_CONFIG_DIR"] = saved
        made = _DEMO[f"{server.folder}:{today}"] = (template, config)
    template, config = made
    database = server.new_database(template)
    own = Path(tempfile.mkdtemp(prefix="verkosto-team-config-"))
    shutil.copytree(config, own, dirs_exist_ok=True)
    os.environ["VERKOSTO_CONFIG_DIR"] = str(own)  # the fixtures restore the run's folder
    return database


def open_team_database(server: PostgresServer, database: str) -> Store:
    from keyring.backends.fail import Keyring as FailKeyring

    from planner.crypto.vault import KeyringVault
    from planner.storage.team import open_team_store
    from planner.storage.team_address import TeamAddress

    return open_team_store(TeamAddress.parse(server.url(database)),
                           vault=KeyringVault(FailKeyring()), upgrade=False)
