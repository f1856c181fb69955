"""Reading a bundle file's JSON safely (issue 16): parsed only when it is one Verkosto wrote
(size, nesting, the Bundle, our tag), its resources indexed by full URL with every reference
checked, and small readers of values that refuse — naming the place — whatever has another
shape than ours."""

from __future__ import annotations

import json
from datetime import date, datetime
from enum import StrEnum
from typing import Any, TypeVar

from exports.fhir import codes as c
from planner.handover import BundleRefused

MAX_BYTES = 20 * 1024 * 1024  # a case of hundreds of meetings is a few MiB
MAX_DEPTH = 24  # the export nests 9 deep
MAX_ENTRIES = 20_000
KNOWN_TYPES = {"Patient", "Organization", "Practitioner", "PractitionerRole", "CareTeam",
               "CarePlan", "Goal", "Appointment", "Task", "Consent"}
E = TypeVar("E", bound=StrEnum)
Json = dict[str, Any]


def refuse(reason: str, **params: object) -> BundleRefused:
    return BundleRefused(reason=f"detail.fhir_{reason}", **params)


def depth_ok(value: object) -> bool:
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > MAX_DEPTH:
            return False
        if isinstance(item, dict):
            stack.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item)
    return True


def parse(raw: bytes) -> Json:
    """The JSON of a bundle, refused when it is not one this app wrote."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except RecursionError:
        raise refuse("too_deep", limit=MAX_DEPTH) from None
    except (UnicodeDecodeError, ValueError):
        raise refuse("not_json") from None
    if not depth_ok(data):
        raise refuse("too_deep", limit=MAX_DEPTH)
    if not isinstance(data, dict) or data.get("resourceType") != "Bundle":
        raise refuse("not_bundle")
    tags = data.get("meta", {}).get("tag", []) if isinstance(data.get("meta"), dict) else []
    if not isinstance(tags, list) or not any(
            isinstance(t, dict) and t.get("system") == c.APP_TAG_SYSTEM
            and t.get("code") == c.APP_TAG_CODE for t in tags):
        raise refuse("not_ours")
    if data.get("type") != "collection" or not isinstance(data.get("entry"), list):
        raise refuse("bad_value", where="Bundle.type/entry")
    if len(data["entry"]) > MAX_ENTRIES:
        raise refuse("too_many", limit=MAX_ENTRIES)
    return data


class BundleIndex:
    """The resources of a bundle by full URL, each reference checked to lead to one."""

    def __init__(self, bundle: Json) -> None:
        self.by_url: dict[str, Json] = {}
        self.where: dict[str, str] = {}
        for i, entry in enumerate(bundle["entry"]):
            where = f"entry[{i}]"
            if not isinstance(entry, dict) or not isinstance(entry.get("resource"), dict):
                raise refuse("bad_value", where=where)
            url, resource = entry.get("fullUrl"), entry["resource"]
            kind = resource.get("resourceType")
            if kind not in KNOWN_TYPES:
                raise refuse("wrong_type", type=str(kind)[:40], where=where)
            if not isinstance(url, str) or not url.startswith("urn:uuid:") or \
                    url in self.by_url:
                raise refuse("bad_value", where=f"{where}.fullUrl")
            self.by_url[url] = resource
            self.where[url] = f"{where} ({kind})"
        self._check_references(bundle["entry"])

    def _check_references(self, value: object, where: str = "entry") -> None:
        stack: list[tuple[object, str]] = [(value, where)]
        while stack:
            item, at = stack.pop()
            if isinstance(item, dict):
                ref = item.get("reference")
                # Consent.provision.actor.reference is itself a Reference (a dict)
                if ref is not None and not isinstance(ref, dict) and (
                        not isinstance(ref, str) or ref not in self.by_url):
                    raise refuse("outside_reference", where=at, reference=str(ref)[:80])
                stack.extend((v, f"{at}.{k}") for k, v in item.items())
            elif isinstance(item, list):
                stack.extend((v, f"{at}[{i}]") for i, v in enumerate(item))

    def of_type(self, kind: str) -> list[tuple[str, Json]]:
        return [(u, r) for u, r in self.by_url.items() if r["resourceType"] == kind]


def get(resource: Json, where: str, name: str, kind: type, *, required: bool = True,
         limit: int = 8000) -> Any:
    value = resource.get(name)
    if value is None and not required:
        return None
    if not isinstance(value, kind) or (isinstance(value, str) and (
            len(value) > limit or any(ch in value for ch in "\x00\x1b"))):
        raise refuse("bad_value", where=f"{where}.{name}")
    return value


def text(resource: Json, where: str, name: str, limit: int, *, required: bool = False,
          default: str = "") -> str:
    value = get(resource, where, name, str, required=required, limit=limit)
    return default if value is None else str(value)


def moment(value: object, where: str) -> datetime:
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        raise refuse("bad_value", where=where) from None
    if moment.tzinfo is None:
        raise refuse("bad_value", where=where)
    return moment


def day(value: object, where: str) -> date:
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise refuse("bad_value", where=where) from None


def enum(kind: type[E], value: object, where: str) -> E:
    try:
        return kind(str(value))
    except ValueError:
        raise refuse("bad_value", where=where) from None


def ext(resource: Json, url: str) -> Any:
    for ext in resource.get("extension") or []:
        if isinstance(ext, dict) and ext.get("url") == url:
            return next((v for k, v in ext.items() if k.startswith("value")), None)
    return None


def code(concept: object, system: str) -> str | None:
    if isinstance(concept, dict):
        for coding in concept.get("coding") or []:
            if isinstance(coding, dict) and coding.get("system") == system:
                return str(coding.get("code"))
    return None


def telecom(resource: Json, system: str) -> str | None:
    for item in resource.get("telecom") or []:
        if isinstance(item, dict) and item.get("system") == system:
            value = item.get("value")
            return str(value)[:254] if value else None
    return None


def obj(value: object) -> Json:
    return value if isinstance(value, dict) else {}


def ref(value: object) -> str | None:
    return value.get("reference") if isinstance(value, dict) else None
