"""Plain-text tables and JSON for the headless commands (Finnish date and time formats)."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from datetime import date, datetime
from enum import Enum
from typing import Any
from zoneinfo import ZoneInfo

from planner.config import HELSINKI

TZ = ZoneInfo(HELSINKI)


def finnish_datetime(moment: datetime) -> str:
    local = moment.astimezone(TZ)
    return f"{local.day}.{local.month}.{local.year} {local.hour}.{local.minute:02d}"


def finnish_date(day: date | None) -> str:
    return f"{day.day}.{day.month}.{day.year}" if day else ""


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
