"""Which kinds of agreed action may touch which benefits: the one data file
resources/income_effects/rules.json, with the page each rule rests on.

The rules only choose where to say "Tulovaikutusta ei ole selvitetty" and which hints to show
beside it; every hint says "may affect — check" and names its source. Nothing computes amounts.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from planner.config import LANGUAGES
from planner.domain.income_effects import ActionKind


@dataclass(frozen=True)
class Source:
    title: str
    url: str


@dataclass(frozen=True)
class IncomeRule:
    id: str
    action_kinds: frozenset[ActionKind]
    plan_lines: frozenset[str]  # plan lines (service codes) that are this kind of step
    benefits: frozenset[str]  # the benefits it may touch (service codes)
    hint: dict[str, str]  # language -> words
    sources: tuple[Source, ...]


class RulesFileError(ValueError):
    """The rules file is malformed (a packaging error, found by the tests)."""


def parse_rules(data: Any) -> tuple[IncomeRule, ...]:
    """The rules of a parsed rules file; RulesFileError names the first problem."""
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise RulesFileError("the file needs 'sources' and a list of 'rules'")
    sources = data.get("sources")
    if not isinstance(sources, dict):
        raise RulesFileError("'sources' must map names to a title and a url")
    for name, source in sources.items():
        if not (isinstance(source, dict) and str(source.get("title", "")).strip()
                and str(source.get("url", "")).startswith("https://")):
            raise RulesFileError(f"source {name!r} needs a title and an https url")
    rules: list[IncomeRule] = []
    seen: set[str] = set()
    for raw in data["rules"]:
        ident = str(raw.get("id", ""))
        if not ident or ident in seen:
            raise RulesFileError(f"rule {ident!r}: missing or repeated id")
        seen.add(ident)
        kinds = raw.get("action_kind")
        kinds = [kinds] if isinstance(kinds, str) else kinds
        try:
            action_kinds = frozenset(ActionKind(k) for k in kinds or ())
        except ValueError as error:
            raise RulesFileError(f"rule {ident!r}: {error}") from None
        if not action_kinds or ActionKind.OTHER in action_kinds:
            raise RulesFileError(f"rule {ident!r}: needs action kinds other than 'other'")
        named = raw.get("sources") or []
        if not named or any(name not in sources for name in named):
            raise RulesFileError(f"rule {ident!r}: every rule names known sources")
        hint = raw.get("hint") or {}
        if any(not str(hint.get(language, "")).strip() for language in LANGUAGES):
            raise RulesFileError(f"rule {ident!r}: the hint in every language")
        benefits = frozenset(raw.get("benefits") or ())
        if not benefits:
            raise RulesFileError(f"rule {ident!r}: names no benefit")
        rules.append(IncomeRule(
            ident, action_kinds, frozenset(raw.get("plan_lines") or ()), benefits,
            {language: str(hint[language]) for language in LANGUAGES},
            tuple(Source(sources[n]["title"], sources[n]["url"]) for n in named)))
    return tuple(rules)


@cache
def income_rules() -> tuple[IncomeRule, ...]:
    """The shipped rules (package data), read once."""
    source = resources.files("resources").joinpath("income_effects", "rules.json")
    return parse_rules(json.loads(source.read_bytes()))


def rules_for_action(kind: ActionKind, benefits: frozenset[str]) -> tuple[IncomeRule, ...]:
    """The rules an action of ``kind`` meets on a client whose plan lists ``benefits``."""
    return tuple(r for r in income_rules() if kind in r.action_kinds and r.benefits & benefits)


def rules_for_plan_line(code: str, benefits: frozenset[str]) -> tuple[IncomeRule, ...]:
    """The rules a plan line ``code`` meets on a plan that lists ``benefits``."""
    return tuple(r for r in income_rules() if code in r.plan_lines and r.benefits & benefits)


def benefit_codes() -> frozenset[str]:
    """Every benefit some rule names: "income benefits" of a plan are those among these."""
    return frozenset().union(*(r.benefits for r in income_rules()))


def unknown_codes(rules: tuple[IncomeRule, ...], kinds: dict[str, str]) -> list[str]:
    """What in ``rules`` the code list (code -> its kind) does not bear out: a benefit that is
    not a Kela benefit of the list, a plan line not in the list at all."""
    problems = [f"{r.id}: benefit {code}" for r in rules for code in sorted(r.benefits)
                if kinds.get(code) != "kela_benefit"]
    problems += [f"{r.id}: plan line {code}" for r in rules for code in sorted(r.plan_lines)
                 if code not in kinds]
    return problems
