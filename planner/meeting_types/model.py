"""A meeting type (tapaamistyyppi): a template a new meeting starts from — its length and
mode, the agenda in fi/sv/en, the professionals it needs (by participant role and agency
kind), the consent it needs and the follow-up it proposes next.

``read_type`` checks a type's plain-data form (the JSON of the built-ins, an imported file,
a stored user type) field by field and names each problem by its place, e.g.
``types[2].participants[0].roles[1]``; nothing half-read is ever returned.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from planner.config import LANGUAGES
from planner.domain.enums import AgencyKind, MeetingMode, ParticipantRole
from planner.scheduling.followups import SICKNESS_ALLOWANCE_POINTS
from planner.validation import Checker

CODE = re.compile(r"^[a-z][a-z0-9_]{1,39}$")
# "+60d": that many calendar days after the meeting; or a sickness-allowance point
# (planner/scheduling/followups.py), counted from the allowance's first day.
DAYS_RULE = re.compile(r"^\+([1-9][0-9]{0,2})d$")
SICKNESS_RULES = tuple(code for code, *_ in SICKNESS_ALLOWANCE_POINTS)
MIN_MINUTES, MAX_MINUTES = 5, 8 * 60
MAX_AGENDA_ITEMS, MAX_SLOTS, MAX_NAME, MAX_ITEM, MAX_PURPOSE = 30, 20, 200, 300, 1000
FIELDS = ("code", "names", "duration_minutes", "mode", "agenda", "participants", "consent",
          "follow_up")
SLOT_FIELDS = ("code", "names", "roles", "agency_kinds", "required")


@dataclass(frozen=True)
class Texts:
    """One text in fi, sv and en; a missing language falls back to fi, then en, then sv."""

    values: Mapping[str, str] = field(default_factory=dict)

    def get(self, language: str) -> str:
        for each in (language, "fi", "en", "sv"):
            if self.values.get(each):
                return self.values[each]
        return ""


@dataclass(frozen=True)
class ParticipantSlot:
    """Someone the type needs: any of ``roles`` (empty: any role) at an agency of any of
    ``agency_kinds`` (empty: any kind)."""

    code: str
    names: Texts
    roles: tuple[ParticipantRole, ...]
    agency_kinds: tuple[AgencyKind, ...]
    required: bool = True

    def fits(self, role: ParticipantRole, kind: AgencyKind) -> bool:
        return ((not self.roles or role in self.roles)
                and (not self.agency_kinds or kind in self.agency_kinds))


@dataclass(frozen=True)
class ConsentNeed:
    """Whether the meeting needs the client's consent covering the invited agencies, and
    the purpose to record it for."""

    required: bool
    purpose: Texts


@dataclass(frozen=True)
class FollowUpProposal:
    """The type proposed next (``type_code``) and when (``rule``: "+60d" or a
    sickness-allowance point such as "sickness_day_90_150")."""

    type_code: str
    rule: str

    @property
    def after_days(self) -> int | None:
        found = DAYS_RULE.match(self.rule)
        return int(found.group(1)) if found else None


@dataclass(frozen=True)
class MeetingType:
    code: str
    names: Texts
    duration_minutes: int
    mode: MeetingMode
    agenda: Mapping[str, tuple[str, ...]]
    participants: tuple[ParticipantSlot, ...]
    consent: ConsentNeed
    follow_up: FollowUpProposal | None
    built_in: bool = False

    def name(self, language: str) -> str:
        return self.names.get(language)

    def agenda_items(self, language: str) -> tuple[str, ...]:
        for each in (language, "fi", "en", "sv"):
            if self.agenda.get(each):
                return self.agenda[each]
        return ()

    def as_data(self) -> dict[str, Any]:
        """The plain-data form ``read_type`` reads back (the JSON of a file or a row)."""
        follow = self.follow_up
        return {
            "code": self.code, "names": dict(self.names.values),
            "duration_minutes": self.duration_minutes, "mode": self.mode.value,
            "agenda": {lang: list(items) for lang, items in self.agenda.items()},
            "participants": [
                {"code": s.code, "names": dict(s.names.values),
                 "roles": [r.value for r in s.roles],
                 "agency_kinds": [k.value for k in s.agency_kinds], "required": s.required}
                for s in self.participants],
            "consent": {"required": self.consent.required,
                        "purpose": dict(self.consent.purpose.values)},
            "follow_up": ({"type": follow.type_code, "rule": follow.rule} if follow else None),
        }


class _Reader:
    """Reads one type, adding a FieldError (named by its place) for each problem."""

    def __init__(self, check: Checker, where: str) -> None:
        self.check, self.where = check, where

    def fail(self, place: str, code: str, **params: object) -> None:
        self.check.add(place, code, **params)

    def mapping(self, place: str, value: object,
                allowed: tuple[str, ...]) -> dict[str, Any] | None:
        if not isinstance(value, dict):
            self.fail(place, "meeting_types.not_an_object")
            return None
        for key in value:
            if key not in allowed:
                self.fail(f"{place}.{key}", "meeting_types.unknown_field")
        return value

    def items(self, place: str, value: object, maximum: int) -> list[Any]:
        if not isinstance(value, list):
            self.fail(place, "meeting_types.not_a_list")
            return []
        if len(value) > maximum:
            self.fail(place, "meeting_types.too_many", maximum=maximum)
            return []
        return value

    def text(self, place: str, value: object, maximum: int, required: bool = True) -> str:
        if not isinstance(value, str):
            self.fail(place, "meeting_types.not_text")
            return ""
        return self.check.text(place, value, required=required, maximum=maximum)

    def code(self, place: str, value: object) -> str:
        if not isinstance(value, str) or not CODE.match(value):
            self.fail(place, "meeting_types.bad_code", value=_shown(value))
            return ""
        return value

    def texts(self, place: str, value: object, maximum: int, required: bool = True,
              missing: str = "meeting_types.name_missing") -> Texts:
        values = self.mapping(place, value, LANGUAGES) or {}
        read = {lang: self.text(f"{place}.{lang}", text, maximum, required=False)
                for lang, text in values.items() if lang in LANGUAGES}
        if required and isinstance(value, dict) and not any(read.values()):
            self.fail(place, missing)
        return Texts({lang: text for lang, text in read.items() if text})

    def choice(self, place: str, value: object, kind: type[Any], message: str) -> Any:
        try:
            return kind(value) if isinstance(value, str) else kind(None)
        except ValueError:
            self.fail(place, message, value=_shown(value))
            return None

    def slot(self, place: str, value: object) -> ParticipantSlot | None:
        data = self.mapping(place, value, SLOT_FIELDS)
        if data is None:
            return None
        code = self.code(f"{place}.code", data.get("code"))
        names = self.texts(f"{place}.names", data.get("names"), MAX_NAME)
        roles = [self.choice(f"{place}.roles[{i}]", v, ParticipantRole,
                             "meeting_types.unknown_role")
                 for i, v in enumerate(self.items(f"{place}.roles", data.get("roles", []),
                                                  len(ParticipantRole)))]
        kinds = [self.choice(f"{place}.agency_kinds[{i}]", v, AgencyKind,
                             "meeting_types.unknown_agency_kind")
                 for i, v in enumerate(self.items(f"{place}.agency_kinds",
                                                  data.get("agency_kinds", []),
                                                  len(AgencyKind)))]
        required = data.get("required", True)
        if not isinstance(required, bool):
            self.fail(f"{place}.required", "meeting_types.not_true_or_false")
        if not roles and not kinds:
            self.fail(place, "meeting_types.slot_matches_anyone")
        return ParticipantSlot(code, names, tuple(r for r in roles if r is not None),
                               tuple(k for k in kinds if k is not None), required is True)

    def follow_up(self, place: str, value: object) -> FollowUpProposal | None:
        if value is None:
            return None
        data = self.mapping(place, value, ("type", "rule"))
        if data is None:
            return None
        rule = data.get("rule")
        if not isinstance(rule, str) or not (DAYS_RULE.match(rule) or rule in SICKNESS_RULES):
            self.fail(f"{place}.rule", "meeting_types.bad_rule", value=_shown(rule),
                      points=", ".join(SICKNESS_RULES))
        return FollowUpProposal(self.code(f"{place}.type", data.get("type")), str(rule))


def _shown(value: object) -> str:
    """A wrong value as a message quotes it: short, one line."""
    text = value if isinstance(value, str) else repr(value)
    text = " ".join(text.split())
    return text if len(text) <= 60 else text[:57] + "…"


def read_type(value: object, check: Checker, where: str = "type",
              built_in: bool = False) -> MeetingType | None:
    """The type in ``value``, or None with the problems added to ``check``."""
    before = len(check.errors)
    read = _Reader(check, where)
    data = read.mapping(where, value, FIELDS)
    if data is None:
        return None
    for name in FIELDS:
        if name not in data and name != "follow_up":
            read.fail(f"{where}.{name}", "meeting_types.field_missing")
    code = read.code(f"{where}.code", data.get("code"))
    names = read.texts(f"{where}.names", data.get("names"), MAX_NAME)
    minutes = data.get("duration_minutes")
    if (not isinstance(minutes, int) or isinstance(minutes, bool)
            or not MIN_MINUTES <= minutes <= MAX_MINUTES):
        read.fail(f"{where}.duration_minutes", "meeting_types.bad_duration",
                  value=_shown(minutes), minimum=MIN_MINUTES, maximum=MAX_MINUTES)
    mode = read.choice(f"{where}.mode", data.get("mode"), MeetingMode,
                       "meeting_types.unknown_mode")
    agenda_data = read.mapping(f"{where}.agenda", data.get("agenda", {}), LANGUAGES) or {}
    agenda = {lang: tuple(read.text(f"{where}.agenda.{lang}[{i}]", item, MAX_ITEM)
                          for i, item in enumerate(read.items(f"{where}.agenda.{lang}", items,
                                                              MAX_AGENDA_ITEMS)))
              for lang, items in agenda_data.items() if lang in LANGUAGES}
    slots = [read.slot(f"{where}.participants[{i}]", slot)
             for i, slot in enumerate(read.items(f"{where}.participants",
                                                 data.get("participants", []), MAX_SLOTS))]
    seen: set[str] = set()
    for index, slot in enumerate(slots):
        if slot is not None and slot.code and slot.code in seen:
            read.fail(f"{where}.participants[{index}].code", "meeting_types.duplicate_code",
                      value=slot.code)
        seen.add(slot.code if slot else "")
    consent_data = read.mapping(f"{where}.consent", data.get("consent", {}),
                                ("required", "purpose")) or {}
    needed = consent_data.get("required", False)
    if not isinstance(needed, bool):
        read.fail(f"{where}.consent.required", "meeting_types.not_true_or_false")
    purpose = read.texts(f"{where}.consent.purpose", consent_data.get("purpose", {}),
                         MAX_PURPOSE, required=needed is True,
                         missing="meeting_types.purpose_missing")
    follow_up = read.follow_up(f"{where}.follow_up", data.get("follow_up"))
    if len(check.errors) > before:
        return None
    return MeetingType(code, names, minutes, mode, agenda,  # type: ignore[arg-type]
                       tuple(s for s in slots if s is not None),
                       ConsentNeed(needed, purpose), follow_up, built_in)
