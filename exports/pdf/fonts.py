"""The Unicode font the summaries print with, and how right-to-left names are prepared for it.

DejaVu Sans ships in resources/fonts (found the way ui/i18n.py finds resources/translations): it
covers Finnish and Swedish, the Sámi letters (Á Č Đ Ŋ Š Ŧ Ž), Cyrillic and Arabic, and it is
embedded (subset) in every PDF, so a name prints the same on every machine.

Arabic letters change shape by position and are read right to left. ReportLab shapes text with
HarfBuzz (uharfbuzz) when a paragraph style has ``shaping=1``; HarfBuzz also lays a right-to-left
run out in visual order. ReportLab's own bidi reordering needs ``rlbidi``, which PyPI does not
carry, so instead each run of right-to-left words is held together with no-break spaces: the
run is then shaped as one unit and its words keep their reading order. Shaping is switched on
only for paragraphs that contain such text, so Latin text is printed exactly as written.
"""

from __future__ import annotations

import re
from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, shapeFragWord

from exports.pdf.fallback import register_emoji_font
from resources import resource_path

FONTS = resource_path("fonts")
REGULAR = "VerkostoSans"
BOLD = "VerkostoSans-Bold"

# Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms, without the Arabic-Indic
# digits: digits run left to right even inside Arabic, and HarfBuzz would reverse them.
_RTL = "\u0590-\u065f\u066a-\u06ef\u06fa-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"
_RTL_CHAR = re.compile(f"[{_RTL}]")
_RTL_RUN = re.compile(f"[{_RTL}]+(?:[ \t]+[{_RTL}]+)*")
_SPACES = re.compile(r"[ \t]+")


@cache
def register_fonts() -> None:
    """Register DejaVu Sans (regular and bold, as one family) and the emoji fallback with
    ReportLab, once."""
    pdfmetrics.registerFont(TTFont(REGULAR, str(FONTS / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(FONTS / "DejaVuSans-Bold.ttf")))
    for bold, italic, name in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, REGULAR), (1, 1, BOLD)):
        addMapping(REGULAR, bold, italic, name)
    register_emoji_font()  # what DejaVu lacks: exports/pdf/fallback.py
    _without_discretionary_ligatures()


def _without_discretionary_ligatures() -> None:
    """ReportLab asks HarfBuzz for discretionary ligatures (``dlig``) too; in DejaVu they turn
    "st" into one glyph ("ﬆ"), which looks odd in Finnish and breaks searching and copying
    the text. Its paragraphs pass no features of their own, so the default is the one place."""
    defaults = shapeFragWord.__defaults__
    if defaults and isinstance(defaults[0], dict):
        defaults[0]["dlig"] = False


def needs_shaping(text: str) -> bool:
    return _RTL_CHAR.search(text) is not None


def hold_rtl_runs(text: str) -> str:
    """Join the words of each right-to-left run with no-break spaces (see the module doc)."""
    return _RTL_RUN.sub(lambda run: _SPACES.sub("\u00a0", run.group()), text)
