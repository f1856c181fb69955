"""The meeting-type file a team shares (``verkosto meeting-types --export/--import``) and the
built-in set shipped as package data (resources/meeting_types/builtin.json), both in one
format: ``{"format": "verkosto-meeting-types", "schema_version": 1, "types": [...]}``.

A file is read whole and checked whole: not JSON, the wrong format, a newer schema, a wrong
field anywhere or a code twice refuses the entire file with each problem named by its place.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from planner.errors import FieldError, MeetingTypeFileInvalid
from planner.meeting_types.model import MeetingType, read_type
from planner.validation import Checker

FORMAT = "verkosto-meeting-types"
SCHEMA_VERSION = 1
MAX_FILE_BYTES = 1024 * 1024  # a few hundred types fit in well under this
MAX_TYPES = 200


def read_set(data: bytes, path: str, built_in: bool = False) -> list[MeetingType]:
    """Every type of the file ``data`` (read from ``path``), or MeetingTypeFileInvalid."""

    def refuse(place: str, code: str, **params: object) -> MeetingTypeFileInvalid:
        return MeetingTypeFileInvalid(path, [FieldError(place, code, dict(params))])

    try:
        text = data.decode("utf-8-sig")
        document = json.loads(text)
    except UnicodeDecodeError:
        raise refuse("file", "meeting_types.not_utf8") from None
    except json.JSONDecodeError as error:
        code = "meeting_types.truncated" if _cut_off(text, error) else "meeting_types.not_json"
        raise refuse("file", code, line=error.lineno, column=error.colno) from None
    except RecursionError:
        raise refuse("file", "meeting_types.too_deep") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise refuse("format", "meeting_types.wrong_format", expected=FORMAT)
    version = document.get("schema_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > SCHEMA_VERSION:
        raise refuse("schema_version", "meeting_types.schema_too_new", version=version,
                     supported=SCHEMA_VERSION)
    if version != SCHEMA_VERSION:
        raise refuse("schema_version", "meeting_types.bad_schema_version",
                     supported=SCHEMA_VERSION)
    check = Checker()
    for key in document:
        if key not in ("format", "schema_version", "types"):
            check.add(key, "meeting_types.unknown_field")
    entries = document.get("types")
    if not isinstance(entries, list):
        raise refuse("types", "meeting_types.not_a_list")
    if len(entries) > MAX_TYPES:
        raise refuse("types", "meeting_types.too_many", maximum=MAX_TYPES)
    found: list[MeetingType] = []
    seen: dict[str, int] = {}
    for index, entry in enumerate(entries):
        read = read_type(entry, check, f"types[{index}]", built_in=built_in)
        if read is None:
            continue
        if read.code in seen:
            check.add(f"types[{index}].code", "meeting_types.duplicate_code", value=read.code)
        seen[read.code] = index
        found.append(read)
    if check.errors:
        raise MeetingTypeFileInvalid(path, check.errors)
    return found


def _cut_off(text: str, error: json.JSONDecodeError) -> bool:
    """Whether JSON that fails to parse looks cut short (a copy or download that stopped)
    rather than not being JSON at all: it starts as JSON does but does not end as it does,
    or the text ends inside a string or where a value should follow."""
    body = text.strip()
    if not body.startswith(("{", "[")):
        return False
    return (not body.endswith(("}", "]")) or error.msg.startswith("Unterminated string")
            or not text[error.pos:].strip())


def dump_set(types: list[MeetingType]) -> bytes:
    document: dict[str, Any] = {"format": FORMAT, "schema_version": SCHEMA_VERSION,
                                "types": [each.as_data() for each in types]}
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


@cache
def builtin_types() -> tuple[MeetingType, ...]:
    """The built-in types, read once from the package data."""
    source = resources.files("resources").joinpath("meeting_types", "builtin.json")
    return tuple(read_set(source.read_bytes(), "builtin.json", built_in=True))
