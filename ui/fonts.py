"""The emoji font the window falls back on (issue 13, defect 8).

DejaVu Sans, the usual Linux UI font, has no emoji: a title like "Palaveri 🙂" drew a
missing-glyph box. The monochrome Noto Emoji in resources/fonts (the one the PDF summary uses)
is added as an application font, which puts it in fontconfig's fallback list for this process:
Qt then draws any character the UI font lacks from it. It is not made Qt's emoji font
(QFontDatabase.addApplicationEmojiFontFamily would put it before a machine's own colour emoji
font): it is one more fallback. The window title bar is drawn by the window manager with its
own fonts; we hand it the title unchanged (ui.formatting.window_title_text).
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFontDatabase

from resources import resource_path

EMOJI_FILE = "NotoEmoji.ttf"


@cache
def install_emoji_font() -> str | None:
    """Add the bundled emoji font once; its family name, or None if Qt could not load it."""
    font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", EMOJI_FILE)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return families[0] if families else None
