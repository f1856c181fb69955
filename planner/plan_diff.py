"""What changed between two versions of a joint client plan (*asiakassuunnitelma*): goals
added / changed / achieved / dropped, services and benefits added or removed, the texts'
word-level changes and the review date. Pure: it compares snapshots, the store is read by
planner/services/plan_comparison.py."""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from planner.domain.enums import GoalStatus

TEXT_FIELDS = ("situation", "service_needs", "client_view")
GOAL_FIELDS = ("description", "target_date", "status", "expressed_by")
# A goal whose wording changed this much or less is the same goal reworded, not a new one.
_SAME_GOAL_RATIO = 0.5


@dataclass(frozen=True)
class GoalSnapshot:
    description: str
    target_date: date | None
    status: str
    expressed_by: str


@dataclass(frozen=True)
class GoalChange:
    """``kind``: added, changed, achieved or dropped (removed, cancelled or not achieved)."""

    kind: str
    old: GoalSnapshot | None
    new: GoalSnapshot | None
    fields: tuple[str, ...] = ()

    @property
    def description(self) -> str:
        return (self.new or self.old).description  # type: ignore[union-attr]


@dataclass(frozen=True)
class ServiceChange:
    """``kind``: added or removed; ``names`` the code list's name per language."""

    kind: str
    code: str
    names: dict[str, str]

    def name(self, language: str) -> str:
        return self.names.get(language) or self.names.get("en") or self.code


@dataclass(frozen=True)
class TextChange:
    """Word-level pieces: (``equal`` | ``insert`` | ``delete``, words)."""

    field: str
    pieces: tuple[tuple[str, str], ...]

    def readable(self) -> str:
        """Deleted words as [-…-], inserted ones as {+…+} (the way git's word diff shows)."""
        marks = {"equal": "{}", "delete": "[-{}-]", "insert": "{{+{}+}}"}
        return " ".join(marks[op].format(words) for op, words in self.pieces)


@dataclass(frozen=True)
class PlanDiff:
    client_id: int
    plan_id: int
    plan_title: str
    from_number: int
    to_number: int
    from_status: str
    to_status: str
    goals: tuple[GoalChange, ...]
    services: tuple[ServiceChange, ...]
    texts: tuple[TextChange, ...]
    review_date: tuple[date | None, date | None] | None  # (old, new) when it changed

    @property
    def empty(self) -> bool:
        return not (self.goals or self.services or self.texts or self.review_date)


def word_pieces(old: str, new: str) -> tuple[tuple[str, str], ...]:
    a, b = old.split(), new.split()
    pieces: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op in ("delete", "replace"):
            pieces.append(("delete", " ".join(a[i1:i2])))
        if op in ("insert", "replace"):
            pieces.append(("insert", " ".join(b[j1:j2])))
        if op == "equal":
            pieces.append(("equal", " ".join(a[i1:i2])))
    return tuple(pieces)


def _goal_change(old: GoalSnapshot, new: GoalSnapshot) -> GoalChange | None:
    fields = tuple(f for f in GOAL_FIELDS if getattr(old, f) != getattr(new, f))
    if not fields:
        return None
    if "status" in fields and new.status == GoalStatus.ACHIEVED:
        return GoalChange("achieved", old, new, fields)
    if "status" in fields and new.status in (GoalStatus.CANCELLED, GoalStatus.NOT_ACHIEVED):
        return GoalChange("dropped", old, new, fields)
    return GoalChange("changed", old, new, fields)


def _pair_goals(old: Sequence[GoalSnapshot], new: Sequence[GoalSnapshot]
                ) -> list[tuple[GoalSnapshot | None, GoalSnapshot | None]]:
    """Goals have no identity across versions (each version holds its own copies): the
    same wording pairs first, then a reworded goal with the most similar one left."""
    left, right = list(old), list(new)
    pairs: list[tuple[GoalSnapshot | None, GoalSnapshot | None]] = []
    for goal in list(right):
        twin = next((g for g in left if g.description == goal.description), None)
        if twin is not None:
            left.remove(twin)
            right.remove(goal)
            pairs.append((twin, goal))
    for goal in list(right):
        scored = [(difflib.SequenceMatcher(None, g.description, goal.description).ratio(), g)
                  for g in left]
        best = max(scored, key=lambda s: s[0], default=None)
        if best is not None and best[0] >= _SAME_GOAL_RATIO:
            left.remove(best[1])
            right.remove(goal)
            pairs.append((best[1], goal))
    pairs += [(g, None) for g in left] + [(None, g) for g in right]
    return pairs


def compare_goals(old: Sequence[GoalSnapshot], new: Sequence[GoalSnapshot]
                  ) -> tuple[GoalChange, ...]:
    changes: list[GoalChange] = []
    for before, after in _pair_goals(old, new):
        if before is None:
            changes.append(GoalChange("added", None, after))
        elif after is None:
            changes.append(GoalChange("dropped", before, None))
        elif (change := _goal_change(before, after)) is not None:
            changes.append(change)
    order = {"added": 0, "changed": 1, "achieved": 2, "dropped": 3}
    return tuple(sorted(changes, key=lambda c: order[c.kind]))


def compare_services(old: Sequence[str], new: Sequence[str],
                     names: dict[str, dict[str, str]]) -> tuple[ServiceChange, ...]:
    added = sorted(set(new) - set(old))
    removed = sorted(set(old) - set(new))
    return tuple([ServiceChange("added", c, names.get(c, {})) for c in added]
                 + [ServiceChange("removed", c, names.get(c, {})) for c in removed])


def compare_texts(old: dict[str, str], new: dict[str, str]) -> tuple[TextChange, ...]:
    return tuple(TextChange(f, word_pieces(old[f], new[f])) for f in TEXT_FIELDS
                 if old[f].split() != new[f].split())
