"""The window on a team store (issue 17): Settings → Tietovarasto keeps the address (never a
password, never an unencrypted one beyond this machine), and the window then opens the team
store on a real PostgreSQL server, asking the login's password once and keeping it in the
keyring."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QWidget
from pytestqt.qtbot import QtBot

from planner.crypto.vault import SERVICE, KeyringVault
from planner.services import ClientInput, Planner
from planner.storage.team_address import TeamAddress
from planner.team_choice import FILE_NAME
from tests.support.keyrings import MemoryKeyring
from tests.support.postgres import (
    SUPERUSER_PASSWORD,
    PostgresServer,
    migrated_database,
    open_team_database,
)
from ui.settings.team_store import TeamStoreBox
from ui.shell.main_window import MainWindow


@pytest.fixture
def own_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The store choice is this computer's: a config folder of the test's own."""
    folder = tmp_path / "config"
    folder.mkdir()
    monkeypatch.setenv("VERKOSTO_CONFIG_DIR", str(folder))
    return folder


def test_the_store_choice_is_kept_without_a_password_and_never_unencrypted(
        qtbot: QtBot, own_config: Path) -> None:
    from ui.operations import TaskRunner

    runner = TaskRunner()
    box = TeamStoreBox(runner)
    qtbot.addWidget(box)
    box.show()
    assert box.local.isChecked() and not box.address.isEnabled()
    box.team.setChecked(True)
    box.address.setText("postgresql://tiimi@palvelin.hyvinvointialue.fi/verkosto?sslmode=disable")
    box.save.click()
    assert "sslmode=verify-full" in box.status.text()
    assert not (own_config / FILE_NAME).exists()  # nothing kept
    box.address.setText("postgresql://tiimi:salainen@palvelin.hyvinvointialue.fi/verkosto")
    box.save.click()
    kept = json.loads((own_config / FILE_NAME).read_text("utf-8"))["address"]
    assert "salainen" not in kept and "salainen" not in box.address.text()
    assert kept.endswith("sslmode=verify-full") and "palvelin.hyvinvointialue.fi" in kept
    assert "seuraavan kerran" in box.status.text()
    again = TeamStoreBox(runner)  # shown again as kept
    qtbot.addWidget(again)
    assert again.team.isChecked() and again.address.text() == kept
    again.local.setChecked(True)
    again.save.click()
    assert not (own_config / FILE_NAME).exists()
    runner.shutdown()


def test_the_window_opens_the_team_store_asking_the_password_once(
        qtbot: QtBot, own_config: Path, postgres: PostgresServer, tmp_path: Path) -> None:
    database = migrated_database(postgres)
    colleague = Planner(open_team_database(postgres, database))  # a colleague added a client
    colleague.clients.create(ClientInput("Aino", "Korhonen"))
    colleague.close()
    (own_config / FILE_NAME).write_text(json.dumps({"address": postgres.bare_url(database)}))
    keyring = MemoryKeyring()
    asked: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QInputDialog):
            asked.append(dialog.labelText())
            dialog.setTextValue(SUPERUSER_PASSWORD)
            dialog.accept()
        else:
            QTimer.singleShot(20, answer)

    window = MainWindow(tmp_path / "data", vault=KeyringVault(keyring),
                        ask=lambda new, error: None)
    qtbot.addWidget(window)
    window.show()
    QTimer.singleShot(0, answer)
    assert window.unlock()
    assert len(asked) == 1 and database in asked[0]
    assert window.planner is not None and window.planner.store.protection == "team"
    qtbot.waitUntil(lambda: window.clients.model.rowCount() == 1, timeout=10_000)
    assert "Korhonen" in window.clients.model.row_at(0).name
    assert not (tmp_path / "data").exists()  # nothing of it on this computer's disk
    # the password is kept in the keyring: the next opening asks nothing
    account = TeamAddress.parse(postgres.bare_url(database)).keyring_account
    assert keyring.get_password(SERVICE, account) == SUPERUSER_PASSWORD
    window.lock()
    assert window.unlock() and len(asked) == 1
    qtbot.waitUntil(lambda: window.clients.model.rowCount() == 1, timeout=10_000)
    # a colleague adds a client: my list shows it within seconds, without my doing anything
    listener = getattr(window.planner.store, "listener", None)
    assert listener is not None and listener.listening.wait(5)
    colleague = Planner(open_team_database(postgres, database))
    colleague.clients.create(ClientInput("Eetu", "Virtanen"))
    colleague.close()
    qtbot.waitUntil(lambda: window.clients.model.rowCount() == 2, timeout=5_000)
    window.lock()


def team_window(qtbot: QtBot, tmp_path: Path, server: PostgresServer) -> MainWindow:
    """A window unlocked on a new team store of ``server``, its password in the keyring."""
    address = server.bare_url(migrated_database(server))
    vault = KeyringVault(MemoryKeyring())
    vault.store_secret(TeamAddress.parse(address).keyring_account, SUPERUSER_PASSWORD)
    window = MainWindow(tmp_path / "data", vault=vault, ask=lambda new, error: None,
                        team=address)
    qtbot.addWidget(window)
    window.show()
    assert window.unlock()
    return window


def test_a_server_that_goes_away_loses_nothing_typed_and_comes_back_without_a_restart(
        qtbot: QtBot, own_config: Path, tmp_path: Path) -> None:
    """The server stops while a new client is being typed: saving says so beside the form and
    keeps every field; once the server is back the same OK saves it — no restart, no retyping."""
    from tests.support.postgres import running_postgres

    with running_postgres() as server:
        window = team_window(qtbot, tmp_path, server)
        qtbot.waitUntil(lambda: window.clients.planner is not None, timeout=10_000)
        dialog = window.clients.open_new_client()
        assert dialog is not None
        dialog.first_names.setText("Eveliina")  # type: ignore[attr-defined]
        dialog.last_name.setText("Järvinen")  # type: ignore[attr-defined]
        server.halt()
        dialog.ok.click()
        qtbot.waitUntil(lambda: "ei vastaa" in dialog.form.general.text(), timeout=15_000)
        assert dialog.isVisible()
        assert dialog.last_name.text() == "Järvinen"  # type: ignore[attr-defined]
        server.start()
        dialog.ok.click()
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15_000)
        assert dialog.form.general.isHidden()
        assert window.planner is not None
        assert [c.name for c in window.planner.clients.search("järv")] == ["Eveliina Järvinen"]
        window.lock()


class _Shows(QObject):
    """How many times a widget was shown (a bar that flickers per failing refresh counts
    more than one)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Show:
            self.count += 1
        return False


def test_the_window_says_once_and_lastingly_that_the_server_is_away_and_sees_it_come_back(
        qtbot: QtBot, own_config: Path, tmp_path: Path) -> None:
    """The server stops while a client is being typed and the pages keep refreshing: one bar
    above the pages says so (no message per failed refresh), the typed text stays, and once
    the server is back the bar goes by itself within seconds and the same Save works."""
    from tests.support.postgres import running_postgres

    with running_postgres() as server:
        window = team_window(qtbot, tmp_path, server)
        bar = window.server_away
        bar.retry_ms = 200  # the test's patience, not the user's
        shows = _Shows(bar)
        qtbot.waitUntil(lambda: window.clients.planner is not None, timeout=10_000)
        window.navigation.setCurrentRow(window.stack.indexOf(window.clients))
        assert not bar.isVisible()
        dialog = window.clients.open_new_client()
        assert dialog is not None
        dialog.first_names.setText("Eveliina")  # type: ignore[attr-defined]
        dialog.last_name.setText("Järvinen")  # type: ignore[attr-defined]
        messages: list[str] = []
        window.statusBar().messageChanged.connect(messages.append)

        server.halt()
        for _ in range(4):  # the hurried user presses refresh again and again
            window.clients.refresh()
            qtbot.wait(150)
        qtbot.waitUntil(bar.isVisible, timeout=15_000)
        dialog.ok.click()
        qtbot.waitUntil(lambda: "ei vastaa" in dialog.form.general.text(), timeout=15_000)
        qtbot.wait(1000)  # several retries fail meanwhile
        assert bar.isVisible() and shows.count == 1
        assert not [m for m in messages if "ei vastaa" in m or "does not answer" in m]
        assert bar.accessibleName() and bar.accessibleDescription() == bar.label.text()
        assert dialog.isVisible() and dialog.last_name.text() == "Järvinen"  # type: ignore[attr-defined]

        server.start()
        qtbot.waitUntil(lambda: not bar.isVisible(), timeout=10_000)
        assert window.tr("Connection restored") in messages
        assert dialog.last_name.text() == "Järvinen"  # type: ignore[attr-defined]
        dialog.ok.click()
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15_000)
        assert window.planner is not None
        assert [c.name for c in window.planner.clients.search("järv")] == ["Eveliina Järvinen"]
        qtbot.waitUntil(lambda: window.clients.model.rowCount() == 1, timeout=10_000)
        assert not bar.isVisible() and shows.count == 1
        window.lock()
        assert not bar.isVisible() and bar.planner is None


def test_a_local_store_never_shows_the_server_away(window: MainWindow) -> None:
    """Only a team store has a server to lose: a local store's window keeps the one-off
    message in the status bar and never shows the bar, even told the words of a lost server."""
    from planner.errors import TeamStoreUnreachable

    assert window.planner is not None and window.planner.store.protection != "team"
    window.show_error(TeamStoreUnreachable(host="palvelin", detail="yhteys katkesi"))
    assert window.server_away.isHidden() and window.server_away.planner is None
    assert "palvelin" in window.statusBar().currentMessage()


def test_an_unexpected_database_error_shows_its_first_line_not_the_values_it_was_given(
        window: MainWindow) -> None:
    """A database error's text goes on with its SQL and parameters (a HETU here): the status
    bar says what went wrong, not the values."""
    from sqlalchemy import exc, text

    assert window.planner is not None
    try:
        with window.planner.store.engine.connect() as conn:
            conn.execute(text("SELECT no_such_column FROM client WHERE hetu = :hetu"),
                         {"hetu": "131052-308T"})
    except exc.OperationalError as error:
        window.show_error(error)
    shown = window.statusBar().currentMessage()
    assert shown.startswith("Odottamaton virhe: ") and "no_such_column" in shown
    assert "131052-308T" not in shown and "SELECT" not in shown


# what the keyboard audit opens, less what only shows the local store's own (backups, the
# signing certificate) or repeats another screen's reads
SKIPPED_SCREENS = {"settings-signing", "settings-store", "locked"}


def test_every_screen_reads_and_writes_the_team_store_without_an_error(
        qtbot: QtBot, tmp_path: Path, postgres: PostgresServer) -> None:
    """The same window on a team store holding the demo: every page, workspace tab, meeting
    tab and dialog of the keyboard audit opens in one window, and no read or write fails
    (marking an action done and closing a plan write; the calendar and home read meetings by
    a window of time, which once used SQLite's own SQL)."""
    from tests.support.postgres import team_demo_store
    from tests.support.windows import discard_open_editors, show_page
    from tests.test_ui_accessibility import SCREENS

    demo = Planner(team_demo_store(postgres))
    demo.clients.create(ClientInput("Matti Olavi", "Virtanen"))  # no plan yet
    address = str(demo.store.engine.url.render_as_string(hide_password=True))
    demo.close()
    vault = KeyringVault(MemoryKeyring())
    team = postgres.bare_url(address.rsplit("/", 1)[1].split("?")[0])
    vault.store_secret(TeamAddress.parse(team).keyring_account, SUPERUSER_PASSWORD)
    window = MainWindow(tmp_path / "data", vault=vault, ask=lambda new, error: None, team=team)
    qtbot.addWidget(window, before_close_func=discard_open_editors)
    said: list[str] = []
    window.statusBar().messageChanged.connect(said.append)
    window.show()
    window.activateWindow()
    assert window.unlock()
    qtbot.waitUntil(lambda: window.clients.model.rowCount() == 6, timeout=10_000)
    assert said[-1] == f"Tietovarasto avattu: {TeamAddress.parse(team).shown()}"  # not a file
    for screen in (s for s in SCREENS if s.name not in SKIPPED_SCREENS):
        show_page(window, window.clients)  # each screen is opened from the client list
        window.clients.show_list()
        window.activateWindow()  # the shortcuts act in the active window
        qtbot.waitUntil(window.isActiveWindow, timeout=3000)
        top = screen.open(window, qtbot)
        qtbot.waitUntil(lambda: not window.runner.busy, timeout=10_000)
        assert top.isVisible(), screen.name
        if top is not window:
            top.close()
        discard_open_editors(window)
        assert not [m for m in said if m.startswith("Odottamaton virhe")], (screen.name, said)
    assert window.server_away.isHidden()
    assert not (tmp_path / "data").exists()
