"""The visual identity (issue 13): bundled icons that follow the palette, the type scale, status
as icon + colour + words, and the light, dark and high-contrast palettes at 4.5:1."""

from __future__ import annotations

import fnmatch
import re
import tomllib
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from keyring.backends.fail import Keyring as FailKeyring
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPalette
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from planner.crypto.vault import KeyringVault
from planner.domain.enums import (
    ActionStatus,
    Attendance,
    MeetingStatus,
    ParticipantKind,
    ParticipantRole,
    PlanStatus,
)
from planner.services import ActionRow
from resources import resource_path
from tests.conftest import PASSPHRASE
from tests.support.windows import demo_store
from ui.meetings.models import ParticipantLine, ParticipantTableModel
from ui.shell.app import WindowHost
from ui.shell.main_window import MainWindow
from ui.widgets import palettes
from ui.widgets.colours import (
    Tone,
    contrast_ratio,
    error_style,
    tone_colour,
    warning_panel_style,
)
from ui.widgets.icons import ICON_FILES, NAVIGATION_ICONS, icon, navigation_icon
from ui.widgets.palettes import (
    APPEARANCE_SETTING,
    Appearance,
    apply_appearance,
    palette_for,
    saved_appearance,
)
from ui.widgets.status import (
    StatusBadge,
    action_status,
    attendance_status,
    consent_status,
    meeting_status,
    plan_status,
    status_data,
)
from ui.widgets.style import TextStyle, add_page_title, heading, text_font
from ui.widgets.table_models import ActionTableModel

ROOT = Path(__file__).resolve().parents[1]
OURS = (Appearance.LIGHT, Appearance.DARK, Appearance.HIGH_CONTRAST)
Role = QPalette.ColorRole


@pytest.fixture
def restore_look(qapp: QApplication) -> Iterator[QApplication]:
    """A test that switches the palette leaves the application as it found it."""
    before = (QPalette(qapp.palette()), qapp.style().name())
    yield qapp
    apply_appearance(qapp, Appearance.SYSTEM)
    qapp.setStyle(before[1])
    qapp.setPalette(before[0])


def drawn_colours(qicon: QIcon, size: int = 24) -> set[str]:
    image = qicon.pixmap(size, size).toImage()
    return {image.pixelColor(x, y).name() for x in range(size) for y in range(size)
            if image.pixelColor(x, y).alpha() == 255}  # antialiased edges blend


# --- icons ----------------------------------------------------------------------------------

def test_icons_are_package_data_with_their_licence() -> None:
    """Every icon is read through resource_path (as an installed wheel does), is a valid SVG,
    and is matched by the wheel's package-data patterns; the licence ships beside them."""
    patterns = tomllib.loads((ROOT / "pyproject.toml").read_text())[
        "tool"]["setuptools"]["package-data"]["resources"]
    folder = resource_path("icons", "ui")
    shipped = sorted(folder.iterdir())
    assert {f"{name}.svg" for name in ICON_FILES.values()} <= {p.name for p in shipped}
    for path in shipped:
        relative = f"icons/ui/{path.name}"
        assert any(fnmatch.fnmatch(relative, p) for p in patterns), relative
    assert "ISC License" in (folder / "LICENSE-lucide.txt").read_text()
    for name, file in ICON_FILES.items():
        assert QSvgRenderer(str(folder / f"{file}.svg")).isValid(), name
    with pytest.raises(KeyError):
        icon("no-such-icon")


def test_every_navigation_entry_has_an_icon_and_its_page_a_title(window: MainWindow,
                                                                 qtbot: QtBot) -> None:
    window.resize(1366, 768)
    assert window.navigation.count() == len(window.pages) >= 6
    for row, (title, page) in enumerate(window.pages):
        item = window.navigation.item(row)
        assert item.text() == title
        assert drawn_colours(item.icon()), title  # not an empty icon
        titles = page.findChildren(QLabel, "pageTitle")
        assert [t.text() for t in titles] == [title]
        assert titles[0].font().pointSizeF() > page.font().pointSizeF()
        window.navigation.setCurrentRow(row)
        qtbot.waitUntil(lambda p=page: p.isVisible(), timeout=2000)
        # one line high: the page's content gets the spare height, not its title
        assert titles[0].height() < 2 * titles[0].fontMetrics().height(), title
    # section headings: a group box's title is larger, what it holds stays body text
    box = window.settings.findChildren(QGroupBox)[0]
    field = box.findChildren(QLineEdit)[0]
    assert box.font().pointSizeF() > field.font().pointSizeF() == QApplication.font(
    ).pointSizeF()
    assert box.font().weight() == QFont.Weight.DemiBold and not field.font().bold()


def test_a_new_page_finds_its_icon_by_class_or_folder() -> None:
    """The integrator adds a page (e.g. the home view) with one line in NAVIGATION_ICONS, or
    none at all when its module lives in a folder named like an icon."""
    home = type("HomePage", (QWidget,), {"__module__": "ui.today.page"})
    assert not navigation_icon(home()).isNull()
    in_folder = type("TodayView", (QWidget,), {"__module__": "ui.home.page"})
    assert not navigation_icon(in_folder()).isNull()
    unknown = type("Elsewhere", (QWidget,), {"__module__": "ui.nowhere.page"})
    assert navigation_icon(unknown()).isNull()
    assert set(NAVIGATION_ICONS.values()) <= set(ICON_FILES)


@pytest.mark.parametrize("appearance", OURS)
def test_each_icon_renders_in_the_palettes_text_colour(
        appearance: Appearance, restore_look: QApplication) -> None:
    apply_appearance(restore_look, appearance)
    palette = restore_look.palette()
    text = palette.color(Role.WindowText).name()
    for name in ICON_FILES:
        colours = drawn_colours(icon(name))
        assert colours == {text}, name  # drawn, and only in the text colour
        assert contrast_ratio(QColor(text), palette.color(Role.Window)) >= 4.5
    selected = icon("home").pixmap(24, 24, QIcon.Mode.Selected).toImage()
    assert palette.color(Role.HighlightedText).name() in {
        selected.pixelColor(x, y).name() for x in range(24) for y in range(24)
        if selected.pixelColor(x, y).alpha() == 255}


def test_an_icon_follows_a_palette_switch_without_being_made_again(
        restore_look: QApplication) -> None:
    house = icon("home")
    apply_appearance(restore_look, Appearance.LIGHT)
    assert drawn_colours(house) == {"#1b1f24"}
    apply_appearance(restore_look, Appearance.DARK)
    assert drawn_colours(house) == {"#e8eaed"}


# --- palettes and contrast -----------------------------------------------------------------

TEXT_PAIRS = [
    (Role.WindowText, Role.Window), (Role.Text, Role.Base), (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button), (Role.HighlightedText, Role.Highlight),
    (Role.ToolTipText, Role.ToolTipBase), (Role.PlaceholderText, Role.Base),
    (Role.Link, Role.Base), (Role.Link, Role.Window), (Role.Link, Role.AlternateBase),
    (Role.LinkVisited, Role.Base), (Role.LinkVisited, Role.Window),
]
BACKGROUNDS = (Role.Window, Role.Base, Role.AlternateBase, Role.Button)


@pytest.mark.parametrize("appearance", OURS)
def test_the_palettes_pairs_reach_4_5_to_1(appearance: Appearance,
                                           restore_look: QApplication) -> None:
    palette = palette_for(appearance)
    assert palette is not None
    for text, background in TEXT_PAIRS:
        ratio = contrast_ratio(palette.color(text), palette.color(background))
        assert ratio >= 4.5, (appearance, text.name, background.name, round(ratio, 2))
    # the colours the app adds for status, errors and links, on each background
    apply_appearance(restore_look, appearance)
    assert restore_look.palette() == palette
    for tone in Tone:
        for background in BACKGROUNDS:
            ratio = contrast_ratio(tone_colour(tone), palette.color(background))
            assert ratio >= 4.5, (appearance, tone, background.name, round(ratio, 2))
    error = re.search(r"#[0-9a-f]{6}", error_style())
    assert error and contrast_ratio(QColor(error[0]), palette.color(Role.Window)) >= 4.5
    panel_background, panel_text = re.findall(r"#[0-9a-f]{6}", warning_panel_style())
    assert contrast_ratio(QColor(panel_text), QColor(panel_background)) >= 4.5


def test_the_choice_is_remembered_and_a_bad_setting_falls_back_to_the_system(
        restore_look: QApplication) -> None:
    assert saved_appearance() == Appearance.SYSTEM  # the default: follow the system
    QSettings().setValue(APPEARANCE_SETTING, "neon")  # a hand-edited settings file
    assert saved_appearance() == Appearance.SYSTEM
    system = QPalette(restore_look.palette())
    palettes.choose_appearance(restore_look, Appearance.HIGH_CONTRAST)
    assert saved_appearance() == Appearance.HIGH_CONTRAST
    assert restore_look.palette().color(Role.Window) == QColor("#000000")
    palettes.choose_appearance(restore_look, Appearance.SYSTEM)
    assert restore_look.palette() == system  # back to what the system gave


def test_settings_switch_the_colours_at_once_and_rebuild_the_window(
        qtbot: QtBot, data_dir: Path, restore_look: QApplication) -> None:
    """The hurried user picks Dark in Settings: the whole window is dark at once — the
    navigation (which has a style sheet of its own) and the colours the pages computed when
    they were built — still unlocked, on Settings, and it is kept for next time."""
    demo_store(data_dir)
    host = WindowHost(data_dir, vault=KeyringVault(FailKeyring()),
                      ask=lambda new, error: PASSPHRASE)
    first = host.window
    qtbot.addWidget(first)
    first.show()
    assert first.unlock()
    planner = first.planner
    first.navigation.setCurrentRow(first.stack.indexOf(first.settings))
    combo = first.settings.appearance
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Järjestelmän mukaan", "Vaalea", "Tumma", "Suuri kontrasti"]
    combo.setCurrentIndex(combo.findData(Appearance.DARK.value))
    second = host.window
    qtbot.addWidget(second)
    assert second is not first and second.planner is planner
    assert second.stack.currentWidget() is second.settings
    assert second.navigation.title(1) == "Asiakkaat"  # the language unchanged
    assert second.settings.appearance.currentData() == Appearance.DARK.value
    assert saved_appearance() == Appearance.DARK
    assert second.navigation.palette().color(Role.Base) == QColor("#16191d")
    assert "#ff9e9e" in error_style()  # errors shown from now on are for a dark background


# --- status ----------------------------------------------------------------------------------

ALL_STATUSES = (
    [action_status(s) for s in ActionStatus] + [action_status(ActionStatus.OPEN, overdue=True)]
    + [attendance_status(a) for a in Attendance] + [meeting_status(m) for m in MeetingStatus]
    + [plan_status(p) for p in PlanStatus]
    + [consent_status("voimassa", valid=True, withdrawn=False),
       consent_status("ei voimassa", valid=False, withdrawn=False),
       consent_status("peruttu 3.11.2026", valid=False, withdrawn=True)])


@pytest.mark.parametrize("appearance", OURS)
def test_a_status_is_an_icon_words_and_a_colour_never_colour_alone(
        appearance: Appearance, restore_look: QApplication) -> None:
    apply_appearance(restore_look, appearance)
    for status in ALL_STATUSES:
        assert status_data(status, Qt.ItemDataRole.DisplayRole) == status.text != ""
        colours = drawn_colours(status_data(status, Qt.ItemDataRole.DecorationRole))
        assert colours == {tone_colour(status.tone).name()}, status
        brush = status_data(status, Qt.ItemDataRole.ForegroundRole)
        if status.tone == Tone.NORMAL:
            assert brush is None  # the palette's own text colour
        else:
            assert brush.color() == tone_colour(status.tone)
    # within one kind, two states that differ also differ in words and in icon
    for kind in ([action_status(s) for s in ActionStatus],
                 [attendance_status(a) for a in Attendance if a != Attendance.ATTENDED],
                 [plan_status(p) for p in PlanStatus]):
        assert len({s.text for s in kind}) == len({s.icon for s in kind}) == len(kind)


def test_the_tables_show_status_with_icon_and_words(qapp: QApplication) -> None:
    model = ActionTableModel()
    model.set_rows([
        ActionRow(1, 1, "Aino Korhonen", None, "Asumistuen hakemus", "Katja", "Kela", None,
                  date(2026, 11, 1), ActionStatus.OPEN, True),
        ActionRow(2, 1, "Aino Korhonen", None, "Kotihoito", "Liisa", "Pirha", None,
                  date(2026, 12, 30), ActionStatus.DONE, False)])
    overdue, done = (model.index(row, ActionTableModel.STATUS) for row in (0, 1))
    assert model.data(overdue) == "avoin" and model.data(done) == "tehty"
    for index in (overdue, done):
        assert drawn_colours(model.data(index, Qt.ItemDataRole.DecorationRole))
    assert model.data(overdue, Qt.ItemDataRole.FontRole).bold()  # the overdue row stays bold
    assert model.data(overdue, Qt.ItemDataRole.ForegroundRole).color() == tone_colour(
        Tone.ERROR)
    assert model.data(model.index(0, ActionTableModel.DESCRIPTION),
                      Qt.ItemDataRole.DecorationRole) is None  # only the status column


def test_the_client_workspace_shows_consents_and_plan_status_with_icons(
        window: MainWindow, qtbot: QtBot) -> None:
    model = window.clients.model
    row = next(r for r in range(model.rowCount()) if "Korhonen" in model.row_at(r).name)
    window.clients.view.activated.emit(model.index(row, 0))
    space = window.clients.workspace
    editor = space.plan_editor
    qtbot.waitUntil(lambda: space.bundle is not None and editor.view is not None,
                    timeout=5000)
    consents = space.consents
    states = [consents.index(r, consents.STATE) for r in range(consents.rowCount())]
    assert states and all(consents.data(i) for i in states)
    assert all(drawn_colours(consents.data(i, Qt.ItemDataRole.DecorationRole))
               for i in states)
    badge = editor.status
    assert isinstance(badge, StatusBadge) and badge.status is not None
    assert badge.text().startswith("Tila: ") and not badge.icon.pixmap().isNull()
    assert space.heading.property("textStyle") == TextStyle.SECTION.name
    window.new_meeting()  # Ctrl+N: the meeting editor's sections are headed the same way
    editors = window.clients.meeting_editors.open_editors
    qtbot.waitUntil(lambda: len(editors) == 1, timeout=5000)
    editor = editors[0]
    box = editor.findChildren(QGroupBox)[0]
    assert box.font().weight() == QFont.Weight.DemiBold
    assert drawn_colours(editor.save.icon())
    editor.reject()


def test_a_participants_answer_shows_icon_and_words(qapp: QApplication) -> None:
    model = ParticipantTableModel()
    line = _participant_line(Attendance.DECLINED)
    model.set_rows([line])
    index = model.index(0, model.ATTENDANCE)
    assert model.data(index) == "kieltäytynyt"
    assert model.data(index, Qt.ItemDataRole.EditRole) == "declined"  # the editor's value
    assert drawn_colours(model.data(index, Qt.ItemDataRole.DecorationRole)) == {
        tone_colour(Tone.ERROR).name()}


def _participant_line(attendance: Attendance) -> ParticipantLine:
    return ParticipantLine(1, ParticipantKind.PROFESSIONAL, "Liisa Mäkelä", "liisa@example.fi",
                           1, 1, "Pirha", ParticipantRole.SOCIAL_WORKER, True, "", attendance)


# --- type scale ------------------------------------------------------------------------------

def test_the_type_scale_follows_a_larger_system_font(qapp: QApplication) -> None:
    """At 150 % of the usual font every style grows by half: nothing is a fixed size."""
    before = QFont(qapp.font())
    try:
        sizes = {}
        for factor in (1.0, 1.5):
            font = QFont(before)
            font.setPointSizeF(10 * factor)
            qapp.setFont(font)
            sizes[factor] = {style: text_font(style).pointSizeF() for style in TextStyle}
        for style in TextStyle:
            assert sizes[1.5][style] == pytest.approx(sizes[1.0][style] * 1.5)
        assert (sizes[1.0][TextStyle.PAGE_TITLE] > sizes[1.0][TextStyle.SECTION]
                > sizes[1.0][TextStyle.BODY] > sizes[1.0][TextStyle.CAPTION])
        pixels = QFont(before)
        pixels.setPixelSize(20)  # a platform that gives the font in pixels
        assert text_font(TextStyle.PAGE_TITLE, pixels).pixelSize() == 32
    finally:
        qapp.setFont(before)


def test_a_page_title_goes_above_the_pages_content(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    QVBoxLayout(page).addWidget(QLabel("sisältö"))
    title = add_page_title(page, "Toimenpiteet")
    assert title is not None and page.layout().itemAt(0).widget() is title
    assert title.wordWrap() and title.accessibleName() == "Toimenpiteet"
    assert heading("Osio").font().weight() == QFont.Weight.DemiBold
    assert add_page_title(QWidget(), "ei asettelua") is None  # nothing breaks


def test_a_badge_recolours_when_the_palette_changes(qtbot: QtBot,
                                                    restore_look: QApplication) -> None:
    badge = StatusBadge()
    qtbot.addWidget(badge)
    apply_appearance(restore_look, Appearance.LIGHT)
    badge.show_status(plan_status(PlanStatus.AGREED), "Tila: sovittu")
    light = badge.label.styleSheet()
    apply_appearance(restore_look, Appearance.DARK)  # the palette events come by the loop
    qtbot.waitUntil(lambda: "#7ee2a0" in badge.label.styleSheet(), timeout=2000)
    assert badge.label.styleSheet() != light
    assert badge.text() == "Tila: sovittu"
    badge.clear()
    assert badge.text() == "" and badge.status is None




def test_the_main_actions_carry_their_icons_and_the_lock_is_one_click(
        window: MainWindow, qtbot: QtBot) -> None:
    """The worker leaving the desk in a hurry finds *Lukitse* in the status bar; it is there
    only while the store is open."""
    for button in (window.clients.new_client, window.directory.new_agency,
                   window.directory.new_person, window.settings.save_profile,
                   window.settings.signing.create_button, window.verify.open_button,
                   window.lock_button):
        assert drawn_colours(button.icon()), button.text()
    assert any(drawn_colours(a.icon()) for a in window.clients.search.actions())
    lock = window.lock_button
    assert lock.isVisible() and lock.text() == "Lukitse" and "Ctrl+L" in lock.toolTip()
    lock.click()
    assert not window.is_unlocked and not lock.isVisible()
    assert window.unlock()
    assert lock.isVisible()
