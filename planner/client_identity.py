"""Does a text reveal the client? Their names in any spelling and any HETU, found in one place.

Used for everything other agencies receive (invites, mail bodies, the calendar feed: exports
redact with it and leave out a remote link it matches) and by the UI, which warns while a link
is typed. Names are compared folded: NFKD with the combining marks removed and casefolded, so
"Köykkä", "KOYKKA", "k%C3%B6ykk%C3%A4" and the decomposed (NFD) form are one name; the parts
of a name may be joined by any run of non-letters ("aino_korhonen", "Korhonen-Aino",
"AINO.KORHONEN", "korhonen%20aino") or by nothing ("AinoKorhonen"). A HETU is found upper or
lower case, with any century sign (also the 2023 ones), another separator or none.

Also the one masking of a HETU for display (``mask_hetu``): ``131052-****``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import unquote

from stdnum.fi import hetu as stdnum_hetu

__all__ = ["ClientIdentity", "fold", "mask_hetu"]

# A HETU's birth-date part, then a century sign or another separator (or none), the individual
# number and the check character; in folded (lower-case) text.
_HETU = re.compile(r"(?<![0-9])([0-9]{6})([-+a-fu-y]|[\s._/]?)([0-9]{3})([0-9a-y])(?![0-9])")
_CENTURY_SIGNS = frozenset("-+abcdefuvwxy")
_PERCENT_RUN = re.compile(r"(?:%[0-9A-Fa-f]{2})+")
# Between the parts of a name: any run of non-letters, or nothing at all.
_SEP = r"[\W_]*"
_START = r"(?<![^\W_])"  # not inside a word (an underscore separates, "aino_korhonen")
_END = r"(?![^\W_])"
_SUFFIX = r"[^\W_]*"  # inflected forms: Korhosen, Korhoselle, Äijälän


def mask_hetu(hetu: str | None) -> str:
    """A HETU as Finnish documents show it: the birth date and century sign, the individual
    number and check character hidden (``131052-****``). The birth date is shown anyway, so this
    reveals nothing more; the last four would make it the whole code."""
    if not hetu:
        return ""
    return hetu[:7] + "*" * (len(hetu) - 7)


@lru_cache(maxsize=4096)
def _fold_char(char: str, casefold: bool) -> str:
    decomposed = unicodedata.normalize("NFKD", char)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return bare.casefold() if casefold else bare


def fold(text: str, *, casefold: bool = True) -> str:
    """``text`` compared as a name: ä→a, ö→o, å→a, ﬁ→fi, any case (NFKD, marks removed)."""
    return "".join(_fold_char(c, casefold) for c in text)


def _units(text: str) -> list[tuple[int, int, str]]:
    """(start, end, character) over ``text``, percent-encoded UTF-8 decoded (one level); a
    run that is not UTF-8 stays as it is."""
    units: list[tuple[int, int, str]] = []
    position = 0
    for run in _PERCENT_RUN.finditer(text):
        units.extend((i, i + 1, text[i]) for i in range(position, run.start()))
        try:
            decoded = bytes.fromhex(run.group().replace("%", "")).decode("utf-8")
        except UnicodeDecodeError:
            units.extend((i, i + 1, text[i]) for i in range(run.start(), run.end()))
        else:
            at = run.start()
            for char in decoded:
                width = 3 * len(char.encode("utf-8"))
                units.append((at, at + width, char))
                at += width
        position = run.end()
    units.extend((i, i + 1, text[i]) for i in range(position, len(text)))
    return units


@dataclass(frozen=True)
class _Folded:
    """``text`` folded, and where in the original each folded character came from."""

    text: str
    starts: list[int] | None  # None: the same places (plain ASCII, nothing to decode)
    ends: list[int] | None

    @classmethod
    def of(cls, original: str, casefold: bool) -> _Folded:
        if original.isascii() and "%" not in original:  # most texts: no work per character
            return cls(original.lower() if casefold else original, None, None)
        chars: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        for start, end, char in _units(original):
            folded = _fold_char(char, casefold)
            if not folded and ends:  # a combining mark goes with the letter before it
                ends[-1] = end
                continue
            for piece in folded:
                chars.append(piece)
                starts.append(start)
                ends.append(end)
        return cls("".join(chars), starts, ends)

    def span(self, match: re.Match[str]) -> tuple[int, int]:
        """The original text's span of ``match`` (found in the folded text)."""
        start, end = match.span()
        if self.starts is None or self.ends is None:
            return start, end
        return self.starts[start], self.ends[end - 1]


def _is_hetu(match: re.Match[str], own: str, prose: bool) -> bool:
    date, sign, individual, check = match.groups()
    if f"{date}{individual}{check}".upper() == own:
        return True
    if sign in _CENTURY_SIGNS:
        if stdnum_hetu.is_valid(match.group(), allow_temporary=True):
            return True
        # In prose a HETU mistyped with its sign still points at a person: drop the shape.
        return prose and 1 <= int(date[:2]) <= 31 and 1 <= int(date[2:4]) <= 12
    # No sign: a valid code for some century (the check character does not depend on it).
    return any(stdnum_hetu.is_valid(f"{date}{c}{individual}{check}", allow_temporary=True)
               for c in "-a+")


def _hetu_matches(folded: _Folded, own: str, prose: bool) -> list[tuple[int, int]]:
    """Where the text holds a HETU. In ``prose`` a code with a century sign and a plausible
    date counts even with a wrong check character; in a link it must be valid (or the
    client's own in another form)."""
    return [folded.span(m) for m in _HETU.finditer(folded.text) if _is_hetu(m, own, prose)]


def _words(name: str, casefold: bool = True) -> list[str]:
    return [w for w in re.split(r"[\W_]+", fold(name, casefold=casefold)) if w]


def _pattern(name: str, casefold: bool = True) -> str:
    """One name ("Anna-Liisa"): its folded parts with any separator (or none) between."""
    return _SEP.join(re.escape(w) for w in _words(name, casefold))


def _surname(words: list[str]) -> str:
    """The surname and its inflected forms: Korhonen, Korhosen, Korhoselle; Äijälä, Äijälän."""
    stem = _SEP.join(re.escape(w) for w in words)
    forms = [stem + _SUFFIX]
    if words[-1].endswith("nen") and len(words[-1]) > 3:
        forms.append(_SEP.join([*map(re.escape, words[:-1]), re.escape(words[-1][:-3])])
                     + "s" + _SUFFIX)
    return "(?:" + "|".join(forms) + ")"


class ClientIdentity:
    """One client's names and HETU, as patterns compiled once (a batch of invites builds one per
    meeting, not per field). ``naming`` is the store's setting for invites: what it allows to be
    said is not a revelation ("full_name": only the HETU counts; "first_name": the first given
    name alone is allowed)."""

    def __init__(self, first_names: str, last_name: str, hetu: str | None = None,
                 naming: str = "initials") -> None:
        compact = stdnum_hetu.compact(hetu) if hetu else ""
        self.own_hetu = compact[:6] + compact[7:] if len(compact) == 11 else ""
        self.names: re.Pattern[str] | None = None
        self.first: re.Pattern[str] | None = None  # the first given name alone
        self.first_written: tuple[list[str], list[str]] = ([], [])
        given, surname_words = first_names.split(), _words(last_name)
        if naming == "full_name" or not surname_words:
            return
        surname = _surname(surname_words)
        given = [g for g in given if _words(g)]
        names = [surname]
        if given:
            all_given = _SEP.join(_pattern(g) for g in given)
            either = f"(?:{all_given}|{_pattern(given[0])})"
            # Whole names before parts, so "Anna Korhonen" is one match, not two.
            names = [f"(?:{either}{_SEP})?{surname}(?:{_SEP}{either})?", all_given]
        self.names = re.compile(f"{_START}(?:{'|'.join(names)}){_END}")
        if given and naming != "first_name":
            self.first = re.compile(f"{_START}{_pattern(given[0])}{_END}")
            written = _words(given[0], casefold=False)
            self.first_written = (written, [w.upper() for w in written])

    def _written_as_name(self, text: str) -> bool:
        """"Anna" is also a Finnish verb: in prose a first name alone counts as written in the
        store (or in capitals), accents aside, not in lower case."""
        return _words(_Folded.of(text, False).text, casefold=False) in self.first_written

    def spans(self, text: str, *, prose: bool = True) -> list[tuple[int, int, bool]]:
        """(start, end, is_hetu) of every revelation in ``text``, in order, not overlapping.
        ``prose``: a free text (a title), where a first name alone counts only capitalised;
        otherwise (a link) in any case."""
        lower = _Folded.of(text, True)
        found = [(*span, True) for span in _hetu_matches(lower, self.own_hetu, prose)]
        if self.names is not None:
            found += [(*lower.span(m), False) for m in self.names.finditer(lower.text)]
        if self.first is not None:
            for match in self.first.finditer(lower.text):
                start, end = lower.span(match)
                if not prose or self._written_as_name(text[start:end]):
                    found.append((start, end, False))
        kept: list[tuple[int, int, bool]] = []
        for start, end, is_hetu in sorted(found, key=lambda f: (f[0], -f[1])):
            if not kept or start >= kept[-1][1]:
                kept.append((start, end, is_hetu))
        return kept

    def reveals(self, text: str) -> bool:
        """Whether ``text`` (a link, say) names the client or holds a HETU, in any spelling:
        also when percent-encoded more than once."""
        for _ in range(4):
            if self.spans(text, prose=False):
                return True
            decoded = unquote(text)
            if decoded == text:
                return False
            text = decoded
        return False

    def replace(self, text: str, name: str) -> str:
        """``text`` with each of the client's names replaced by ``name`` and every HETU left
        out (the rest as it was)."""
        pieces: list[str] = []
        position = 0
        for start, end, is_hetu in self.spans(text):
            pieces.append(text[position:start])
            if not is_hetu:
                pieces.append(name)
            position = end
        pieces.append(text[position:])
        return "".join(pieces)
