"""The one results table: each figure beside its floor, measured in the same run."""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class Result:
    measure: str
    value: float
    floor: float
    unit: str  # "ms", "s" or "MB"
    floor_name: str  # what the floor is: "plain SQLite", "bare Qt window"
    target: str = ""  # e.g. "≤ 16 ms" or "≤ 1.25× floor"; empty: for information
    passed: bool | None = None

    @property
    def ratio(self) -> float:
        return self.value / self.floor if self.floor else math.inf


def absolute(measure: str, value: float, floor: float, unit: str, floor_name: str,
             limit: float) -> Result:
    return Result(measure, value, floor, unit, floor_name, f"≤ {_number(limit, unit)} {unit}",
                  value <= limit)


def relative(measure: str, value: float, floor: float, unit: str, floor_name: str,
             limit: float) -> Result:
    ratio = value / floor if floor else math.inf
    return Result(measure, value, floor, unit, floor_name, f"≤ {limit:g}× floor", ratio <= limit)


def info(measure: str, value: float, floor: float, unit: str, floor_name: str) -> Result:
    return Result(measure, value, floor, unit, floor_name)


def _number(value: float, unit: str) -> str:
    if unit == "s":
        return f"{value:.2f}"
    return f"{value:.1f}" if value < 100 else f"{value:.0f}"


def render(title: str, results: list[Result]) -> str:
    """A Markdown table (the README carries it as printed)."""
    header = ("measure", "Verkosto", "floor", "ratio", "target", "result")
    rows = [header, tuple("---" for _ in header)]
    for r in results:
        verdict = "" if r.passed is None else ("pass" if r.passed else "**MISS**")
        rows.append((r.measure, f"{_number(r.value, r.unit)} {r.unit}",
                     f"{_number(r.floor, r.unit)} {r.unit} ({r.floor_name})",
                     f"{r.ratio:.2f}×", r.target or "(info)", verdict))
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = ["| " + " | ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
             + " |" for row in rows]
    return "\n".join([title, "", *lines])
