"""Characters DejaVu Sans lacks — an emoji in a meeting's title, say (issue 13, defect 8).

ReportLab draws a character its font lacks as an empty box. So text is split into runs: what
DejaVu has stays in the paragraph's font, what the bundled Noto Emoji has is wrapped in a
``<font>`` tag naming it, and a character neither has is written as its Unicode name in
brackets ("[LINEAR B SYLLABLE B008 A]"), so a reader sees what was there and never a box.
Invisible joiners and variation selectors that neither font has are left out.

ReportLab 5.1 writes a character beyond U+FFFF into a font's ToUnicode map as five hex digits,
which readers take as four ("🙂" U+1F642 comes back as "ὤ" U+1F64): ``_to_unicode_cmap`` writes
it as the UTF-16 surrogate pair the PDF reference asks for, so the text can be searched and
copied.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from resources import resource_path

EMOJI = "VerkostoEmoji"
EMOJI_FILE = "NotoEmoji.ttf"
_IGNORABLE = {"Cf", "Mn"}  # format characters (ZWJ), marks like variation selectors


def register_emoji_font() -> None:
    """Register Noto Emoji under every style, so a ``<b>`` around an emoji keeps it."""
    pdfmetrics.registerFont(TTFont(EMOJI, str(resource_path("fonts", EMOJI_FILE))))
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(EMOJI, bold, italic, EMOJI)
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap


@cache
def _coverage(regular: str, bold: str) -> tuple[frozenset[int], frozenset[int]]:
    """(what both DejaVu weights have, what Noto Emoji has); the fonts are registered."""
    main = set(_chars(regular)) & set(_chars(bold))
    return frozenset(main), frozenset(_chars(EMOJI))


def _chars(name: str) -> frozenset[int]:
    font = pdfmetrics.getFont(name)
    return frozenset(font.face.charToGlyph)


def fallback_markup(text: str, regular: str, bold: str) -> str:
    """``text`` escaped as paragraph markup, each run in a font that has its characters."""
    main, emoji = _coverage(regular, bold)
    out: list[str] = []
    run: list[str] = []
    in_emoji = False

    def close() -> None:
        if run:
            chunk = escape("".join(run))
            out.append(f'<font name="{EMOJI}">{chunk}</font>' if in_emoji else chunk)
            run.clear()

    for char in text:
        code = ord(char)
        joiner = unicodedata.category(char) in _IGNORABLE
        # DejaVu where it has the character; a joiner or selector stays with its emoji; a line
        # break stays too (markup() makes it <br/>)
        if char == "\n" or code in main and not (in_emoji and joiner and code in emoji):
            wants_emoji = False
        elif code in emoji:
            wants_emoji = True
        elif joiner:
            continue
        else:
            close()
            in_emoji = False
            run.append(f"[{unicodedata.name(char, f'U+{code:04X}')}]")
            continue
        if wants_emoji != in_emoji:
            close()
            in_emoji = wants_emoji
        run.append(char)
    close()
    return "".join(out)


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's makeToUnicodeCMap, with characters past U+FFFF as UTF-16 pairs."""
    def utf16(code: int) -> str:
        return chr(code).encode("utf-16-be", "surrogatepass").hex().upper()

    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap", "/CIDSystemInfo",
        f"<< /Registry ({fontname})", f"/Ordering ({fontname})", "/Supplement 0", ">> def",
        f"/CMapName /{fontname} def", "/CMapType 2 def", "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>", "endcodespacerange", f"{len(subset)} beginbfchar",
        *(f"<{index:02X}> <{utf16(code)}>" for index, code in enumerate(subset)),
        "endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"])
