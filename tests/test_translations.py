"""Qt Linguist translations: complete, placeholders kept, .qm files current, loaded at run time."""

from __future__ import annotations

import re
import shutil
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
import i18n as tool  # noqa: E402

from ui import i18n  # noqa: E402

PLACEHOLDER = re.compile(r"\{[^}]*\}|%\d+")


def messages(path: Path) -> list[tuple[str, str, str | None, str | None]]:
    rows = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            rows.append((name, message.findtext("source") or "", translation.text,
                         translation.get("type")))
    return rows


@pytest.fixture(scope="module")
def fresh_ts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The committed .ts files brought up to date with today's code by lupdate."""
    folder = tmp_path_factory.mktemp("ts")
    copies = {}
    for language in tool.LANGUAGES:
        copies[language] = folder / tool.ts_file(language).name
        shutil.copy(tool.ts_file(language), copies[language])
    tool.update(list(copies.values()))
    return copies


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_every_ui_string_is_translated(fresh_ts: dict[str, Path], language: str) -> None:
    missing = [f"{ctx}: {src!r}" for ctx, src, text, kind in messages(fresh_ts[language])
               if not text or kind in ("unfinished", "vanished", "obsolete")]
    assert not missing, f"untranslated in {language} (run tools/i18n.py update): {missing}"
    assert len(messages(fresh_ts[language])) == len(messages(tool.ts_file(language)))


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_translations_keep_placeholders_and_mnemonics(language: str) -> None:
    for context, source, text, _ in messages(tool.ts_file(language)):
        assert text is not None
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), \
            (context, source)
        assert ("&" in source.replace("&&", "")) == ("&" in text.replace("&&", "")), \
            (context, source)


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_shipped_qm_files_are_compiled_from_the_ts(language: str, tmp_path: Path) -> None:
    target = tmp_path / "fresh.qm"
    tool.release(tool.ts_file(language), target)
    assert target.read_bytes() == tool.ts_file(language).with_suffix(".qm").read_bytes(), \
        "run tools/i18n.py release"


@pytest.fixture
def restore_language(qtbot: QtBot) -> Iterator[None]:
    yield
    i18n.install("fi")


@pytest.mark.usefixtures("restore_language")
def test_language_switches_at_run_time(qtbot: QtBot) -> None:
    def text() -> str:
        return QCoreApplication.translate("LockedPanel", "The store is locked")

    assert i18n.install("fi") == "fi" and text() == "Tietovarasto on lukittu"
    assert i18n.install("sv") == "sv" and text() == "Datalagret är låst"
    assert i18n.install("en") == "en" and text() == "The store is locked"
    assert i18n.install("xx") == "fi" and text() == "Tietovarasto on lukittu"
