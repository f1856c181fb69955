"""Plain-text tables and JSON for the headless commands (dates in the language's way; JSON in
ISO 8601)."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from datetime import date, datetime
from enum import Enum
from typing import Any
from zoneinfo import ZoneInfo

from planner import formatting
from planner.config import HELSINKI

TZ = ZoneInfo(HELSINKI)


def datetime_text(moment: datetime, language: str) -> str:
    """3.12.2026 9.00 (fi, sv) / 3 Dec 2026 09:00 (en): a table's cell (planner.formatting)."""
    return formatting.format_datetime(moment, language, weekday=False, compact=True)


def date_text(day: date | datetime | None, language: str) -> str:
    return formatting.format_date(day, language)


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(TZ).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    return value


def print_json(rows: Sequence[dict[str, Any]] | dict[str, Any]) -> None:
    if isinstance(rows, dict):
        data: Any = {k: _jsonable(v) for k, v in rows.items()}
    else:
        data = [{k: _jsonable(v) for k, v in row.items()} for row in rows]
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def print_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    cells = [[str(c) for c in headers]] + [["" if c is None else str(c) for c in r] for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    for index, row in enumerate(cells):
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
        if index == 0:
            print("  ".join("-" * w for w in widths))
