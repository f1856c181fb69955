"""Every message of the core exists in Finnish, Swedish and English with the same placeholders."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from planner.messages import CATALOG, LANGUAGES, label, translate

ROOT = Path(__file__).resolve().parents[1]


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("code", sorted(CATALOG))
def test_each_message_has_every_language_and_the_same_placeholders(code: str) -> None:
    texts = CATALOG[code]
    assert set(texts) == set(LANGUAGES), code
    assert all(texts[lang].strip() for lang in LANGUAGES)
    expected = placeholders(texts["en"])
    for lang in LANGUAGES:
        assert placeholders(texts[lang]) == expected, (code, lang)


def test_every_code_used_in_the_code_is_in_the_catalog() -> None:
    used: set[str] = set()
    pattern = re.compile(r"^(store|validation|warning|audit|cli|label|error)\.[a-z_.]+$")
    for path in list((ROOT / "planner").rglob("*.py")) + list((ROOT / "cli").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                    and pattern.match(node.value) and not node.value.endswith("."):
                used.add(node.value)
    missing = {code for code in used if code not in CATALOG and not code.startswith(
        ("label.", "cli.col."))}
    assert not missing


def test_translate_and_labels() -> None:
    assert translate("store.wrong_passphrase", "sv").startswith("Fel lösenfras")
    assert label("meeting_status", "held", "fi") == "pidetty"
    assert translate("no.such.code", "fi") == "no.such.code"
