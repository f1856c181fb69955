#!/usr/bin/env python3
"""Qt Linguist workflow for the UI: ``update`` the .ts sources from the code, ``release`` .qm.

    .venv/bin/python tools/i18n.py update    # after changing UI strings; then translate the
                                             # new entries in Qt Linguist (pyside6-linguist)
    .venv/bin/python tools/i18n.py release   # compile the .qm files the app ships
    .venv/bin/python tools/i18n.py apply fi new.json   # fill translations from a JSON object
                                             # {"English source": "käännös", …}; a key
                                             # "Context::source" sets one context only
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("fi", "sv")  # English is the source language
BIN = Path(sys.executable).parent


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"verkosto_{language}.ts"


def ui_sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))


def update(targets: list[Path] | None = None) -> None:
    targets = targets or [ts_file(lang) for lang in LANGUAGES]
    subprocess.run([str(BIN / "pyside6-lupdate"), "-no-obsolete", "-locations", "none",
                    *ui_sources(), "-ts", *map(str, targets)], cwd=ROOT, check=True,
                   capture_output=True)


def release(source: Path, target: Path) -> None:
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(source), "-qm", str(target)],
                   cwd=ROOT, check=True)


def apply(language: str, translations: dict[str, str]) -> list[str]:
    """Fill (and mark finished) messages from ``translations``; return those still missing.

    A key ``"source"`` sets that source's translation in every context; a key
    ``"Context::source"`` only in that context (for mnemonics that must differ per dialog). A
    message still unfinished reuses a finished translation of the same source from another
    context, as Qt Linguist suggests; finished messages are never changed by that reuse.
    """
    path = ts_file(language)
    tree = ET.parse(path)
    contexts = [(c.findtext("name") or "", m) for c in tree.iter("context")
                for m in c.iter("message")]

    def finished(message: ET.Element) -> bool:
        translation = message.find("translation")
        return bool(translation is not None and translation.text
                    and translation.get("type") is None)

    known = {m.findtext("source") or "": m.findtext("translation") or ""
             for _, m in contexts if finished(m)}
    missing = []
    for context, message in contexts:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        text = translations.get(f"{context}::{source}", translations.get(source))
        if text is None and not finished(message):
            text = known.get(source)
        if text is not None:
            translation.text = text
            translation.attrib.pop("type", None)
        elif not finished(message):
            missing.append(f"{context}::{source}")
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")
    return missing


def main(argv: list[str]) -> int:
    if argv[:1] == ["update"]:
        update()
    elif argv[:1] == ["release"]:
        for language in LANGUAGES:
            release(ts_file(language), ts_file(language).with_suffix(".qm"))
    elif argv[:1] == ["apply"] and len(argv) == 3:
        data = json.loads(Path(argv[2]).read_text(encoding="utf-8"))
        for source in apply(argv[1], data):
            print(f"untranslated: {source!r}")
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
