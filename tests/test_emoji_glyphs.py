"""An emoji in a meeting's title is drawn, never a missing-glyph box (issue 13, defect 8): in
the window (Qt falls back on the bundled Noto Emoji), in the window title we hand over, and in
the PDF summary (runs DejaVu lacks are set in Noto Emoji; a character no font has is named)."""

from __future__ import annotations

import dataclasses
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from exports.pdf import SummaryData, render_summary
from exports.pdf.styles import markup
from planner.services import Planner
from tests.support import pdf as support
from tests.test_ui_meeting_editor import open_client, open_from_workspace, planned_meeting
from ui.shell.main_window import MainWindow

SMILE = "\U0001f642"  # 🙂, which DejaVu Sans lacks
TITLE = f"Palaveri {SMILE} ja kahvit"
NAME_NFD = "Jose\u0301 Nu\u0301n\u0303ez"  # combining accents, as some keyboards send them
NO_FONT = "\U00010008"  # LINEAR B SYLLABLE B014 DO: in neither font
NOW = datetime(2026, 12, 3, 11, 15, tzinfo=UTC)


# --- the PDF ---------------------------------------------------------------------------------
@pytest.fixture
def summary_pdf(planner: Planner, tmp_path: Path) -> Path:
    built = support.build_meeting(planner, actions=1)
    data = SummaryData.collect(planner, built.meeting_id, language="fi", now=NOW,
                               document_id="emoji-test")
    data = dataclasses.replace(
        data, meeting=dataclasses.replace(data.meeting, title=TITLE,
                                          purpose=f"Tavoite {NO_FONT} ja {SMILE}{SMILE}"),
        client=dataclasses.replace(data.client, name=NAME_NFD))
    out = tmp_path / "summary.pdf"
    out.write_bytes(render_summary(data, language="fi"))
    return out


def test_the_pdf_embeds_the_emoji_font_and_gives_the_emoji_back(summary_pdf: Path) -> None:
    fonts = {line.split()[0].split("+")[-1]
             for line in support.run("pdffonts", summary_pdf).splitlines()[2:]}
    assert fonts == {"DejaVuSans", "DejaVuSans-Bold", "NotoEmoji-Regular"}
    text = unicodedata.normalize("NFC", "\n".join(support.page_texts(summary_pdf)))
    assert TITLE in text  # the bold subtitle, its emoji drawn from Noto Emoji
    assert f"{SMILE}{SMILE}" in text
    assert unicodedata.normalize("NFC", NAME_NFD) in text  # "José Núñez": the accents kept
    assert "[LINEAR B SYLLABLE B014 DO]" in text  # named, not a box
    assert "\ufffd" not in text


def test_markup_picks_a_font_per_run() -> None:
    assert markup(f"A {SMILE} & <b>") == (
        f'A <font name="VerkostoEmoji">{SMILE}</font> &amp; &lt;b&gt;')
    # a joiner keeps a family emoji in one run; the digit after it is DejaVu's again
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    assert markup(f"{family}1") == f'<font name="VerkostoEmoji">{family}</font>1'
    assert markup(f"x{NO_FONT}\ue000y") == "x[LINEAR B SYLLABLE B014 DO][U+E000]y"
    assert markup("e\u0301") == "e\u0301"  # DejaVu has the combining accent


# --- the window ------------------------------------------------------------------------------
def test_a_label_draws_the_emoji_from_a_font_that_has_it(qtbot: QtBot) -> None:
    from PySide6.QtGui import QFont, QFontMetrics, QRawFont, QTextLayout
    from PySide6.QtWidgets import QLabel

    from ui.fonts import install_emoji_font

    family = install_emoji_font()
    assert family == "Noto Emoji"
    assert QFontMetrics(QFont(family)).inFontUcs4(ord(SMILE))
    assert QRawFont.fromFont(QFont(family)).supportsCharacter(ord(SMILE))
    label = QLabel(f"{TITLE} – {NAME_NFD}")
    qtbot.addWidget(label)
    layout = QTextLayout(label.text(), label.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    runs = layout.glyphRuns()
    assert runs and all(0 not in run.glyphIndexes() for run in runs)  # glyph 0: the box
    drawn_by = {run.rawFont().familyName() for run in runs
                if run.rawFont().supportsCharacter(ord(SMILE))}
    assert drawn_by, [run.rawFont().familyName() for run in runs]


def test_the_window_title_carries_the_meeting_title_unchanged(window: MainWindow,
                                                              qtbot: QtBot) -> None:
    """We hand the window manager the title as typed (its own fonts draw it): the emoji, the
    combining accents, and a "[*]" that Qt would otherwise take for its unsaved-changes mark."""
    client_id = open_client(window, qtbot, "Mäkinen")
    title = f"{TITLE} [*] {NAME_NFD}"
    editor = open_from_workspace(window, qtbot, planned_meeting(window, client_id, title))
    assert editor.details.title.text() == title
    handle = editor.windowHandle()
    assert handle is not None
    assert handle.title() == f"Tapaaminen – {title}"


def test_a_line_break_stays_a_line_break_beside_the_fallback() -> None:
    """The completion note is printed under its action after a line break: the fallback
    must not name the break as a character no font has ("[U+000A]")."""
    from exports.pdf.styles import markup

    assert markup("Hakemus\nKuittaus 🙂") == (
        'Hakemus<br/>Kuittaus <font name="VerkostoEmoji">🙂</font>')
