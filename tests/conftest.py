from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The audit anchors live in the user config folder, outside any data dir: one folder for the
# whole run (anchors are named by store id), set before any fixture, module-scoped ones too,
# so no test reads or writes the developer's own.
os.environ["VERKOSTO_CONFIG_DIR"] = tempfile.mkdtemp(prefix="verkosto-test-config-")

import functools

import pytest
from keyring.backends.fail import Keyring as FailKeyring

import planner.crypto.keys
from planner.crypto.vault import KeyringVault
from planner.services import Planner
from planner.storage.store import Store, open_store
from tests.support.keyrings import MemoryKeyring
from tests.support.stores import from_template

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from tests.support.postgres import PostgresServer
    from ui.shell.main_window import MainWindow

# Most tests open a copy of the same template store with the same passphrase: the real Argon2id
# runs once per (passphrase, salt, cost) in a test process and its result is remembered, instead
# of 0.3 s of both cores again for every unlock. Any other passphrase, salt or cost still runs
# Argon2 (a wrong passphrase is refused as in use); subprocesses and benchmarks pay in full.
planner.crypto.keys.hash_secret_raw = functools.lru_cache(maxsize=128)(
    planner.crypto.keys.hash_secret_raw)

RUN_CONFIG_DIR = os.environ["VERKOSTO_CONFIG_DIR"]
PASSPHRASE = "testipassi 12345"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The slow tests (processes, kill -9, real daemons: 10–40 s each) first, so the workers
    do not end the run waiting for one of them started last; the order within each group stays."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


@pytest.fixture(autouse=True)
def _isolated_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test reaches the developer's keyring, data dir or passphrase."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.setenv("VERKOSTO_DATA_DIR", str(tmp_path / "default-data"))
    monkeypatch.setenv("VERKOSTO_CONFIG_DIR", RUN_CONFIG_DIR)  # undone after a copy_store
    monkeypatch.delenv("VERKOSTO_PASSPHRASE", raising=False)
    monkeypatch.setenv("VERKOSTO_LANG", "fi")
    # nor the desktop's notifications: reminders then wait in the window (tests/support/
    # notifications.py gives a test its own notification daemon)
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def keyring_store(data_dir: Path, memory_keyring: MemoryKeyring) -> Iterator[Store]:
    store = open_store(data_dir, vault=KeyringVault(memory_keyring))
    yield store
    store.close()


def new_passphrase_store(data_dir: Path) -> None:
    open_store(data_dir, vault=KeyringVault(FailKeyring()), passphrase=lambda: PASSPHRASE).close()


ENGINES = ("local", "team")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "both_engines: the module's `store` (and `planner`) tests run on the local "
        "SQLCipher store and on a team store on a real PostgreSQL server")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Modules marked ``both_engines`` run each test using ``store`` once per engine."""
    if "store_engine" in metafunc.fixturenames and metafunc.definition.get_closest_marker(
            "both_engines"):
        metafunc.parametrize("store_engine", ENGINES, indirect=True)


@pytest.fixture
def store_engine(request: pytest.FixtureRequest) -> str:
    return str(getattr(request, "param", "local"))


@pytest.fixture
def cli_store(store_engine: str, request: pytest.FixtureRequest, data_dir: Path,
              monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """For the commands' tests (``usefixtures("cli_store")`` in a ``both_engines`` module):
    with the team engine every `verkosto` command of the test runs on a new team store, named
    by $VERKOSTO_STORE as a user's shell would, its password in $VERKOSTO_STORE_PASSWORD."""
    if store_engine != "team":
        yield "local"
        return
    from planner.storage.team_address import TeamAddress
    from tests.support.postgres import SUPERUSER_PASSWORD, migrated_database

    server = request.getfixturevalue("postgres")
    first = migrated_database(server)
    monkeypatch.setenv("VERKOSTO_STORE", server.bare_url(first))
    monkeypatch.setenv("VERKOSTO_STORE_PASSWORD", SUPERUSER_PASSWORD)
    monkeypatch.setenv("VERKOSTO_CONFIG_DIR", os.environ["VERKOSTO_CONFIG_DIR"])  # restored after
    yield "team"
    # the test's databases: the empty one, and the demo's copy that may have replaced it
    for database in {first, TeamAddress.parse(os.environ["VERKOSTO_STORE"]).database}:
        server.drop_database(database)
    # the commands really used the team store: nothing was made in the data dir
    assert not (data_dir / "verkosto.db").exists() and not (
        Path(os.environ["VERKOSTO_DATA_DIR"]) / "verkosto.db").exists()


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """A real PostgreSQL server for this test process (tests/support/postgres.py), with a
    database migrated to head that each team store test copies (CREATE DATABASE … TEMPLATE)."""
    from tests.support.postgres import RUNNING, running_postgres

    with running_postgres() as server:
        RUNNING.append(server)
        yield server
        RUNNING.remove(server)


@pytest.fixture
def store(data_dir: Path, store_engine: str, request: pytest.FixtureRequest) -> Iterator[Store]:
    """A new passphrase-protected store (the keyring is missing, as on a bare CI machine):
    a copy of one made once per test process, so Argon2 and the migrations are paid once.
    In a ``both_engines`` module also a new team store: a database of its own on the test
    process's PostgreSQL server, copied from one migrated once."""
    if store_engine == "team":
        from tests.support.postgres import team_store

        store: Store = team_store(request.getfixturevalue("postgres"))
    else:
        store = _local_store(data_dir)
    yield store
    store.close()
    _drop_team_database(store, request)


def _drop_team_database(store: Store, request: pytest.FixtureRequest) -> None:
    address = getattr(store, "address", None)
    if address is not None:
        request.getfixturevalue("postgres").drop_database(address.database)


def _local_store(data_dir: Path) -> Store:
    from_template("passphrase", new_passphrase_store, data_dir)
    return open_store(data_dir, vault=KeyringVault(FailKeyring()), passphrase=lambda: PASSPHRASE,
                      create=False)


@pytest.fixture
def planner(store: Store) -> Planner:
    return Planner(store)


@pytest.fixture
def local_planner(data_dir: Path) -> Iterator[Planner]:
    """The local store's, also in a ``both_engines`` module: for what only SQLite has (its
    query plans)."""
    planner = Planner(_local_store(data_dir))
    yield planner
    planner.close()


@pytest.fixture
def demo_planner(data_dir: Path, store_engine: str,
                 request: pytest.FixtureRequest) -> Iterator[Planner]:
    """The demo data as of 25.11.2026 (tests/support/windows.py DEMO_DAY) in a store of its
    own: a copy of the demo store built once per test process (in a ``both_engines`` module
    also of a team store's)."""
    if store_engine == "team":
        from tests.support.postgres import team_demo_store

        planner = Planner(team_demo_store(request.getfixturevalue("postgres")))
    else:
        from tests.support.windows import demo_store

        demo_store(data_dir)
        planner = Planner(open_store(data_dir, vault=KeyringVault(FailKeyring()),
                                     passphrase=lambda: PASSPHRASE, create=False))
    yield planner
    planner.close()
    _drop_team_database(planner.store, request)


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> MainWindow:
    """The demo store in the unlocked, active window, its five clients listed (a test module
    with other needs defines its own ``window``)."""
    from tests.support.windows import demo_window

    return demo_window(qtbot, data_dir)


@pytest.fixture(autouse=True)
def _finnish_ui_with_private_settings(request: pytest.FixtureRequest, tmp_path: Path) -> None:
    """Qt tests run in Finnish (the default UI language) with settings in a temporary folder."""
    if not {"qtbot", "qapp"} & set(request.fixturenames):
        return
    from PySide6.QtCore import QSettings

    from ui import i18n

    request.getfixturevalue("qapp")
    # The user agrees to the window's first-run question (a new store in an empty data dir),
    # as `ask` gives the passphrase; a test using the `real_first_run` fixture
    # (tests/test_adversarial_store_open.py) gets the real question.
    if "real_first_run" not in request.fixturenames:
        request.getfixturevalue("monkeypatch").setattr("ui.shell.unlock.ask_to_create",
                                                       lambda parent, data_dir: True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "qt-settings"))
    i18n.install("fi")


@pytest.fixture(autouse=True)
def _discard_leftover_edits(request: pytest.FixtureRequest) -> Iterator[None]:
    """A test that leaves an editor with unsaved changes would hang when its windows close
    at teardown (they ask Save/Discard): answer such questions with Discard from then on."""
    if "qtbot" not in request.fixturenames:
        yield
        return
    request.getfixturevalue("qtbot")  # set up first, so this teardown runs before qtbot's
    yield
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def discard() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            for button in box.buttons():
                if box.buttonRole(button) == QMessageBox.ButtonRole.DestructiveRole:
                    button.click()

    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(discard)
    timer.start()
    _LEFTOVER_TIMERS[:] = [timer]  # alive while qtbot closes the test's widgets


_LEFTOVER_TIMERS: list[object] = []
