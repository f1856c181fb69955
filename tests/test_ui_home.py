"""Issue 13: the home view (Etusivu), opened first after unlock, over the demo store at a
pinned day — its sections, one click (or Enter) to each item's place, the empty states, a
refresh on change, and the other pages left unfilled until the home has shown."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from keyring.backends.fail import Keyring as FailKeyring
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from planner.crypto.vault import KeyringVault
from planner.domain.enums import ActionStatus
from planner.services import ActionInput, Planner, ProfileInput
from planner.storage.store import open_store
from tests.conftest import PASSPHRASE
from tests.factories import TZ
from tests.support.windows import DEMO_DAY, demo_store, discard_open_editors
from ui.home.page import HomePage
from ui.home.section import Section
from ui.shell.main_window import MainWindow

NOON = datetime(2026, 11, 25, 12, 0, tzinfo=TZ)  # the demo's day, a Wednesday


def pinned_planner(data_dir: Path, at: datetime = NOON) -> Planner:
    demo_store(data_dir)
    return Planner(open_store(data_dir, vault=KeyringVault(FailKeyring()),
                              passphrase=lambda: PASSPHRASE, create=False),
                   clock=lambda: at)


def home_window(qtbot: QtBot, data_dir: Path, planner: Planner) -> MainWindow:
    window = MainWindow(data_dir, vault=KeyringVault(FailKeyring()),
                        ask=lambda new, error: PASSPHRASE, planner=planner)
    qtbot.addWidget(window, before_close_func=discard_open_editors)
    window.show()
    qtbot.waitUntil(lambda: window.home.content is not None, timeout=10_000)
    return window


@pytest.fixture
def planner(data_dir: Path) -> Planner:
    """Closed by the window as it closes (locking), after its worker has stopped."""
    return pinned_planner(data_dir)


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path, planner: Planner) -> MainWindow:
    return home_window(qtbot, data_dir, planner)


def test_the_home_is_the_first_page_and_shows_the_demo_day(window: MainWindow) -> None:
    home = window.home
    assert window.stack.currentWidget() is home and window.navigation.currentRow() == 0
    assert window.navigation.title(0) == "Etusivu"
    assert home.heading.text() == "Tänään on ke 25.11.2026"
    # Katja Salonen's profile is her entry in the directory: her two overdue actions
    assert home.overdue.texts() == [
        "22.11.2026 (myöhässä) · Eläkkeensaajan asumistuen hakemus (suullinen) · "
        "Aino Helena Korhonen",
        "23.11.2026 (myöhässä) · Laskelma tuloista työkokeilun aikana · Jari Tapani Mäkinen",
        # and the information request she sent, unanswered past its due date (issue 15)
        "20.11.2026 (myöhässä) · Tietopyyntö: Riikka Salminen · Jari Tapani Mäkinen"]
    assert not home.me_note.isVisibleTo(window)
    # the sickness-allowance path: the 90–150 day follow-up planned for Mäkinen
    assert home.followups.texts() == [
        "7.12.2026 · Sairauspäivärahan 90–150 päivän seuranta · Jari Tapani Mäkinen"]
    assert home.answers.texts() == [
        "5 kyllä, 0 ehkä, 0 ei, 0 vastaamatta · pe 4.12.2026 klo 13.00 · Seurantaneuvottelu · "
        "Aino Helena Korhonen",
        "5 kyllä, 0 ehkä, 0 ei, 0 vastaamatta · ti 8.12.2026 klo 13.00 · Terveydentilan ja "
        "kuntoutuksen neuvottelu · Ahmad Rahimi"]


def test_empty_sections_say_so(window: MainWindow) -> None:
    """No meeting on the demo day, no plan review within 30 days (all at +90 days)."""
    home = window.home
    for section, sentence in ((home.today, "Ei tapaamisia tänään."),
                              (home.reviews, "Yhtäkään suunnitelmaa ei tarvitse tarkistaa "
                                             "seuraavien 30 päivän aikana.")):
        assert section.isVisibleTo(window) and section.texts() == []
        assert section.empty.isVisibleTo(window) and section.empty.text() == sentence
        assert not section.items.isVisibleTo(window)


def test_a_click_opens_the_meeting_in_its_editor(window: MainWindow, qtbot: QtBot) -> None:
    section = window.home.followups
    rect = section.items.visualItemRect(section.items.item(0))
    qtbot.mouseClick(section.items.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editors = window.clients.meeting_editors.open_editors
    qtbot.waitUntil(lambda: len(editors) == 1, timeout=5000)
    (editor,) = editors
    assert editor.meeting_id == window.home.content.followups[0].meeting.id  # type: ignore[union-attr]


def test_enter_on_an_overdue_action_selects_it_on_the_actions_page(
        window: MainWindow, qtbot: QtBot) -> None:
    section = window.home.overdue
    section.items.setFocus()
    section.items.setCurrentRow(1)
    qtbot.keyClick(section.items, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.actions
    wanted = window.home.content.overdue_actions[1].id  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: (window.actions.selected_action() is not None
                             and window.actions.selected_action().id == wanted),  # type: ignore[union-attr]
                    timeout=10_000)


def test_plan_reviews_coming_due_open_the_clients_workspace(qtbot: QtBot,
                                                            data_dir: Path) -> None:
    """The demo's plans are reviewed 90 days on (23.2.2027): on 1.2.2027 all five are near."""
    planner = pinned_planner(data_dir, datetime(2027, 2, 1, 9, 0, tzinfo=TZ))
    window = home_window(qtbot, data_dir, planner)
    reviews = window.home.reviews
    assert len(reviews.texts()) == 5
    assert all(text.startswith("23.2.2027 · ") for text in reviews.texts())
    row = next(i for i, text in enumerate(reviews.texts()) if "Mäkinen" in text)
    assert reviews.texts()[row].endswith("Jari Tapani Mäkinen · luonnos")
    rect = reviews.items.visualItemRect(reviews.items.item(row))
    qtbot.mouseClick(reviews.items.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.stack.currentWidget() is window.clients
    (makinen,) = planner.clients.search("Mäkinen")
    qtbot.waitUntil(lambda: window.clients.workspace.bundle is not None
                    and window.clients.workspace.bundle.client.id == makinen.id,
                    timeout=10_000)


def test_the_home_refreshes_when_an_action_is_done_elsewhere(window: MainWindow,
                                                            qtbot: QtBot,
                                                            planner: Planner) -> None:
    first = window.home.content.overdue_actions[0]  # type: ignore[union-attr]
    planner.actions.set_status(first.id, ActionStatus.DONE, "Hoidettu puhelimessa")
    qtbot.waitUntil(lambda: len(window.home.overdue.texts()) == 2, timeout=10_000)  # + request
    me = window.home.content.me_id  # type: ignore[union-attr]
    planner.actions.record(ActionInput(first.client_id, "Soita asiakkaalle",
                                       responsible_professional_id=me,
                                       due_date=DEMO_DAY + timedelta(days=2)))
    qtbot.waitUntil(lambda: window.home.soon.texts() == [
        "27.11.2026 · Soita asiakkaalle · Aino Helena Korhonen"], timeout=10_000)


def test_without_a_directory_entry_the_home_says_how_to_see_my_actions(
        window: MainWindow, qtbot: QtBot, planner: Planner) -> None:
    planner.profile.save(ProfileInput("Uusi Käyttäjä", email="uusi@example.fi"))
    qtbot.waitUntil(lambda: window.home.content is not None
                    and window.home.content.me_id is None, timeout=10_000)
    assert window.home.me_note.isVisibleTo(window)
    assert "Asetukset" in window.home.me_note.text()
    assert window.home.overdue.texts() == []
    assert window.home.overdue.empty.isVisibleTo(window)


def test_a_page_not_opened_is_not_filled_before_the_home_shows(
        qtbot: QtBot, data_dir: Path, planner: Planner) -> None:
    filled_before_home: list[str] = []
    original = HomePage.show_content

    def watch(home: HomePage, content: object) -> None:
        window = home.window()
        assert isinstance(window, MainWindow)
        for _title, page in window.pages[1:]:  # not even asked to read yet
            if page.planner is not None:
                filled_before_home.append(type(page).__name__)
        if window.clients.model.rowCount() or window.actions.model.rowCount() \
                or window.calendar.model.rowCount():
            filled_before_home.append("filled")
        original(home, content)  # type: ignore[arg-type]

    HomePage.show_content = watch  # type: ignore[method-assign]
    try:
        window = home_window(qtbot, data_dir, planner)
    finally:
        HomePage.show_content = original  # type: ignore[method-assign]
    assert filled_before_home == []
    # … and then they are filled in the background, without being opened
    qtbot.waitUntil(lambda: window.clients.model.rowCount() == 5, timeout=10_000)
    assert window.stack.currentWidget() is window.home


def test_meetings_of_today_and_later_this_week(qtbot: QtBot, data_dir: Path) -> None:
    """On Friday 4.12.2026 at 8.00 the follow-up meeting (13.00) is today's."""
    planner = pinned_planner(data_dir, datetime(2026, 12, 4, 8, 0, tzinfo=TZ))
    window = home_window(qtbot, data_dir, planner)
    assert window.home.today.texts() == [
        "13.00 · Seurantaneuvottelu · Aino Helena Korhonen"]
    assert window.home.week.texts() == []  # nothing on Saturday or Sunday
    assert window.home.week.empty.text() == "Ei muita tapaamisia tällä viikolla."


def test_the_home_view_looks_right(window: MainWindow, qtbot: QtBot) -> None:
    window.resize(1366, 768)
    window.grab().save("/tmp/i13-home-home.png")
    window.navigation.setCurrentRow(window.stack.indexOf(window.clients))
    qtbot.waitUntil(lambda: window.clients.model.rowCount() == 5, timeout=10_000)
    window.grab().save("/tmp/i13-home-clients.png")


def test_section_lists_every_item_it_is_given(qtbot: QtBot) -> None:
    section = Section("Otsikko", "Tyhjä.")
    qtbot.addWidget(section)
    section.show_items([(f"rivi {n}", ("meeting", n), n == 0) for n in range(8)])
    assert section.texts() == [f"rivi {n}" for n in range(8)]
    assert section.items.item(0).font().bold() and not section.items.item(1).font().bold()


def test_at_the_apps_start_the_other_pages_are_built_after_the_home(
        qtbot: QtBot, data_dir: Path) -> None:
    """``defer_pages`` (how the app starts): only the home is built before it has shown; the
    other pages are built and filled then, or at once when something asks for one."""
    demo_store(data_dir)
    window = MainWindow(data_dir, vault=KeyringVault(FailKeyring()),
                        ask=lambda new, error: PASSPHRASE, defer_pages=True)
    qtbot.addWidget(window, before_close_func=discard_open_editors)
    window.show()
    built_at_home: list[bool] = []
    assert window.unlock()
    assert "clients" not in vars(window) and len(window.pages) == 1
    window.home.content_shown.connect(lambda: built_at_home.append("clients" in vars(window)))
    qtbot.waitUntil(lambda: window.home.content is not None, timeout=10_000)
    assert built_at_home == [False]
    qtbot.waitUntil(lambda: "clients" in vars(window), timeout=10_000)
    qtbot.waitUntil(lambda: window.clients.model.rowCount() == 5, timeout=10_000)
    assert [title for title, _page in window.pages][1] == "Asiakkaat"
    window.navigation.setCurrentRow(window.stack.indexOf(window.settings))
    assert window.stack.currentWidget() is window.settings


def test_a_page_asked_for_before_the_home_has_shown_is_built_then(
        qtbot: QtBot, data_dir: Path) -> None:
    demo_store(data_dir)
    window = MainWindow(data_dir, vault=KeyringVault(FailKeyring()),
                        ask=lambda new, error: PASSPHRASE, defer_pages=True)
    qtbot.addWidget(window, before_close_func=discard_open_editors)
    window.show()
    assert window.unlock()
    window.navigation.setCurrentRow(3)  # Alt+4 at once: Actions
    assert window.stack.currentWidget() is window.actions
    qtbot.waitUntil(lambda: window.actions.model.rowCount() > 0, timeout=10_000)
