"""Issue 14, desktop reminders in the window: the checker's notifications reach a real
notification daemon (dunst on its own D-Bus session and Xvfb display), a click on one opens its
place, nothing about a client reaches the daemon while the window is locked (what came due is
shown at unlock), and without a notification service the reminders wait in the window."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from keyring.backends.fail import Keyring as FailKeyring
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from planner.crypto.vault import KeyringVault
from planner.services import Planner
from planner.services.reminders import ACTION_OVERDUE, MEETING, ReminderSettings
from planner.storage.store import open_store
from tests.conftest import PASSPHRASE
from tests.factories import TZ
from tests.support.notifications import (
    Dunst,
    bus_without_notifications,
    dunst,
    missing_tools,
)
from tests.support.windows import demo_store, discard_open_editors
from ui.shell.app import WindowHost
from ui.shell.main_window import MainWindow

FRIDAY = datetime(2026, 12, 4, 12, 30, tzinfo=TZ)  # Korhonen's meeting at 13.00
MONDAY = datetime(2026, 12, 7, 9, 30, tzinfo=TZ)  # Mäkinen's follow-up at 10.00
CLIENT_NAMES = ("Aino", "Helena", "Korhonen", "Jari", "Tapani", "Mäkinen", "Makinen")


class Clock:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


@pytest.fixture
def daemon(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Dunst]:
    if missing_tools():
        reason = f"needs {', '.join(missing_tools())} (Debian: apt-get install dunst xvfb dbus)"
        if os.environ.get("CI"):  # CI installs them (.ci/run): missing there is a failure
            pytest.fail(reason)
        pytest.skip(reason)
    with dunst(tmp_path / "dunst") as running:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", running.address)
        yield running


@pytest.fixture
def clock() -> Clock:
    return Clock(FRIDAY)


def open_planner(data_dir: Path, clock: Clock) -> Planner:
    return Planner(open_store(data_dir, vault=KeyringVault(FailKeyring()),
                              passphrase=lambda: PASSPHRASE, create=False), clock=clock)


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path, clock: Clock) -> MainWindow:
    demo_store(data_dir)
    window = MainWindow(data_dir, vault=KeyringVault(FailKeyring()),
                        ask=lambda new, error: PASSPHRASE, planner=open_planner(data_dir, clock))
    qtbot.addWidget(window, before_close_func=discard_open_editors)
    window.show()
    return window


def bodies(shown: list[dict[str, object]]) -> str:
    """What the daemon was given, one line each, in order of the text (the history's order
    is that of leaving the screen)."""
    return "\n".join(sorted(f"{n['summary']} | {n['body']}" for n in shown))


def test_notifications_reach_the_daemon_and_a_click_opens_the_meeting(
        daemon: Dunst, window: MainWindow, qtbot: QtBot) -> None:
    # three said one by one, then "1 more": the demo's overdue information request (issue 15)
    qtbot.waitUntil(lambda: daemon.displayed() == 4, timeout=10_000)
    targets = window.reminders.targets
    assert sorted(r.kind for r in targets.values() if r) == [
        ACTION_OVERDUE, ACTION_OVERDUE, MEETING]
    meeting_id = next(i for i, r in targets.items() if r and r.kind == MEETING)
    meeting = targets[meeting_id]
    assert meeting is not None
    # the most urgent first: the meeting's notification is dunst's first (dunst 1.9 can click
    # only its first one: `dunstctl action N` compares N with the waiting ones)
    assert meeting_id == min(targets)
    daemon.ctl("action", "0")
    editors = window.clients.meeting_editors.open_editors
    qtbot.waitUntil(lambda: len(editors) == 1, timeout=10_000)
    assert editors[0].meeting_id == meeting.target_id
    window.reminders.check_now()  # the next tick: nothing twice
    qtbot.wait(300)
    shown = daemon.everything()
    assert [n["appname"] for n in shown] == ["Verkosto"] * 4
    assert bodies(shown) == "\n".join([
        "Muita muistutuksia: 1 | Näet ne etusivulla.",
        "Tapaaminen alkaa pe 4.12.2026 klo 13.00 | Asiakas: A. K.",
        "Toimenpide myöhässä: määräpäivä oli 22.11.2026 | Asiakas: A. K.",
        "Toimenpide myöhässä: määräpäivä oli 23.11.2026 | Asiakas: J. M."])
    assert not any(name in bodies(shown) for name in CLIENT_NAMES)


def test_while_locked_nothing_about_a_client_reaches_the_daemon(
        daemon: Dunst, window: MainWindow, qtbot: QtBot, data_dir: Path, clock: Clock) -> None:
    qtbot.waitUntil(lambda: daemon.displayed() == 4, timeout=10_000)  # 3 and "1 more"
    window.lock()
    assert daemon.displayed() == 0  # taken off the screen at lock
    assert window.reminders.targets == {}
    before = daemon.history()
    clock.at = MONDAY  # the follow-up comes due, and its meeting within the hour
    window.reminders.check_now()
    window.reminders.timer.timeout.emit()
    qtbot.wait(500)
    assert daemon.displayed() == 0 and daemon.history() == before
    window.reopen(open_planner(data_dir, clock))  # unlocked: what came due meanwhile
    qtbot.waitUntil(lambda: daemon.displayed() == 2, timeout=10_000)
    shown = daemon.everything()[:2]
    assert bodies(shown) == "\n".join([
        "Seurantatapaaminen ma 7.12.2026 klo 10.00 | Asiakas: J. M.",
        "Tapaaminen alkaa ma 7.12.2026 klo 10.00 | Asiakas: J. M."])


@pytest.fixture
def no_service(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No session bus at all (the address names no socket)."""
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'no-bus'}")


@pytest.fixture(params=["no bus", "a bus without the service"])
def no_notifications(request: pytest.FixtureRequest, tmp_path: Path,
                     monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    if request.param == "no bus":
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'no-bus'}")
        yield
        return
    if shutil.which("dbus-run-session") is None:
        pytest.skip("needs dbus-run-session")
    with bus_without_notifications(tmp_path / "bus") as address:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        yield


def test_without_a_notification_service_the_window_keeps_them(
        no_notifications: None, window: MainWindow, qtbot: QtBot) -> None:
    notice = window.reminder_notice
    qtbot.waitUntil(lambda: len(notice.waiting) == 4, timeout=10_000)  # 3 and "1 more"
    assert notice.isVisibleTo(window)
    assert notice.text() == ("Muistutus: Tapaaminen alkaa pe 4.12.2026 klo 13.00 "
                             "(+3 muuta)")
    assert notice.toolTip() == "Asiakas: A. K."
    qtbot.mouseClick(notice, Qt.MouseButton.LeftButton)
    editors = window.clients.meeting_editors.open_editors
    qtbot.waitUntil(lambda: len(editors) == 1, timeout=10_000)
    assert notice.text().startswith("Muistutus: Toimenpide myöhässä: määräpäivä oli ")
    window.lock()
    assert notice.waiting == [] and not notice.isVisibleTo(window)


def test_settings_tab_saves_them_in_the_store_and_says_how_clients_are_named(
        no_service: None, window: MainWindow, qtbot: QtBot, clock: Clock) -> None:
    notice = window.reminder_notice
    qtbot.waitUntil(lambda: len(notice.waiting) == 4, timeout=10_000)  # 3 and "1 more"
    window.navigation.setCurrentRow(window.stack.indexOf(window.settings))
    settings = window.settings
    box = settings.reminders
    settings.tabs.setCurrentIndex(next(i for i in range(settings.tabs.count())
                                       if settings.tabs.widget(i).isAncestorOf(box)))
    assert settings.tabs.tabText(settings.tabs.currentIndex()) == "Muistutukset"
    qtbot.waitUntil(lambda: box.planner is not None and not window.runner.busy, timeout=10_000)
    assert box.value() == ReminderSettings()  # on; 1 day, 60 min, 7 days; no titles
    assert "nimikirjaimilla (A. K.)" in box.privacy.text()
    assert "henkilötunnusta ei näytetä" in box.privacy.text()
    box.meeting_minutes.setValue(120)
    box.enabled.setChecked(False)
    box.save.click()
    qtbot.waitUntil(lambda: box.status.text() == "Tallennettu.", timeout=10_000)
    planner = window.planner
    assert planner is not None
    assert planner.reminders.settings() == ReminderSettings(enabled=False, meeting_minutes=120)
    clock.at = MONDAY  # the follow-up and its meeting: turned off, nothing more is said
    window.reminders.check_now()
    qtbot.wait(300)
    assert len(notice.waiting) == 4


@pytest.fixture
def review_time(clock: Clock) -> None:
    clock.at = datetime(2027, 2, 16, 9, 0, tzinfo=TZ)  # the five plans are reviewed 23.2.2027


def test_each_kind_opens_its_place_and_many_at_once_end_in_one_more(
        no_service: None, review_time: None, window: MainWindow, qtbot: QtBot) -> None:
    """Two overdue actions, five plan reviews and the overdue information request: three said
    one by one, then "5 more"."""
    notice = window.reminder_notice
    qtbot.waitUntil(lambda: len(notice.waiting) == 4, timeout=10_000)
    assert [summary for summary, _body, _target in notice.waiting] == [
        "Toimenpide myöhässä: määräpäivä oli 22.11.2026",
        "Toimenpide myöhässä: määräpäivä oli 23.11.2026",
        "Suunnitelman arviointi 23.2.2027", "Muita muistutuksia: 5"]
    action = notice.waiting[0][2]
    review = notice.waiting[2][2]
    assert action is not None and review is not None
    notice.click()  # an action: selected on the Actions page
    assert window.stack.currentWidget() is window.actions
    qtbot.waitUntil(lambda: (window.actions.selected_action() is not None
                             and window.actions.selected_action().id  # type: ignore[union-attr]
                             == action.target_id), timeout=10_000)
    notice.click()
    notice.click()  # a plan review: the client's plan tab
    workspace = window.clients.workspace
    assert window.stack.currentWidget() is window.clients
    assert workspace.tabs.currentWidget() is workspace.plan_editor
    qtbot.waitUntil(lambda: workspace.bundle is not None
                    and workspace.bundle.client.id == review.client_id, timeout=10_000)
    notice.click()  # "5 more": the home view
    assert window.stack.currentWidget() is window.home
    assert not notice.isVisibleTo(window)


def test_a_language_switch_does_not_say_them_again(
        no_service: None, qtbot: QtBot, data_dir: Path) -> None:
    """The rebuilt window inherits what was notified (whatever today's date: the demo's
    overdue actions stay overdue)."""
    demo_store(data_dir)
    host = WindowHost(data_dir, vault=KeyringVault(FailKeyring()),
                      ask=lambda new, error: PASSPHRASE)
    first = host.window  # closed and deleted by the switch (so not qtbot's to close)
    first.show()
    assert first.unlock()
    qtbot.waitUntil(lambda: len(first.reminder_notice.waiting) >= 2, timeout=10_000)
    notified = set(first.reminders.notified)
    first.navigation.setCurrentRow(first.stack.indexOf(first.settings))
    first.settings.language.setCurrentIndex(1)  # Svenska
    second = host.window
    qtbot.addWidget(second, before_close_func=discard_open_editors)
    assert second is not first
    qtbot.waitUntil(lambda: not second.runner.busy, timeout=10_000)
    qtbot.wait(200)
    assert second.reminders.notified == notified
    assert second.reminder_notice.waiting == []
