"""Validation of the identifiers and contact details people type in.

Each validator returns the normalised value or raises ``ValidationFailed`` naming the field;
``Checker`` collects several field errors so a form can show them all beside their fields.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from typing import TypeVar

from stdnum.exceptions import InvalidChecksum, InvalidComponent, ValidationError
from stdnum.fi import hetu as stdnum_hetu
from stdnum.fi import ytunnus as stdnum_ytunnus

from planner.errors import FieldError, ValidationFailed
from planner.languages import is_language_code

T = TypeVar("T")

_HETU_CENTURY = {
    "+": 1800, "-": 1900, "U": 1900, "V": 1900, "W": 1900, "X": 1900, "Y": 1900,
    "A": 2000, "B": 2000, "C": 2000, "D": 2000, "E": 2000, "F": 2000,
}
# Deliberately plain: one @, no spaces, a dotted domain. The mail server has the last word.
_EMAIL = re.compile(r"^[^@\s<>(),;:\"\[\]\\]{1,64}@(?=.{1,253}$)([^\s@.<>()\[\],;:\"\\]{1,63}\.)+"
                    r"[^\s@.<>()\[\],;:\"\\\d]{2,63}$")
_PHONE_CHARS = re.compile(r"^\+?[\d\s\-()]+$")


def _fail(field: str, code: str, **params: object) -> ValidationFailed:
    return ValidationFailed([FieldError(field, code, dict(params))])


def normalise_hetu(value: str, field: str = "hetu") -> str:
    """A valid HETU (2023 separators and temporary 900–999 codes accepted), upper-cased."""
    text = value.strip().upper()
    try:
        return str(stdnum_hetu.validate(text, allow_temporary=True))
    except InvalidChecksum:
        reason = "validation.hetu_reason.checksum"
    except InvalidComponent:
        reason = "validation.hetu_reason.component"
    except ValidationError:
        reason = "validation.hetu_reason.format"
    raise _fail(field, "validation.hetu_invalid", value=value.strip(), reason=reason)


def hetu_birth_date(hetu: str) -> date:
    century = _HETU_CENTURY[hetu[6]]
    return date(century + int(hetu[4:6]), int(hetu[2:4]), int(hetu[0:2]))


def hetu_is_temporary(hetu: str) -> bool:
    return int(hetu[7:10]) >= 900


def normalise_business_id(value: str, field: str = "business_id") -> str:
    """A valid Y-tunnus in its printed form 1234567-8."""
    try:
        return str(stdnum_ytunnus.format(stdnum_ytunnus.validate(value.strip())))
    except ValidationError:
        raise _fail(field, "validation.ytunnus_invalid", value=value.strip()) from None


def normalise_email(value: str, field: str = "email") -> str:
    text = value.strip()
    if not _EMAIL.match(text) or ".." in text:
        raise _fail(field, "validation.email_invalid", value=text)
    local, _, domain = text.rpartition("@")
    return f"{local}@{domain.lower()}"


def normalise_phone(value: str, field: str = "phone") -> str:
    text = " ".join(value.split())
    digits = re.sub(r"\D", "", text)
    if not _PHONE_CHARS.match(text) or not 5 <= len(digits) <= 15:
        raise _fail(field, "validation.phone_invalid", value=text)
    return text


def normalise_language(value: str, field: str = "language") -> str:
    text = value.strip().lower()
    if not is_language_code(text):
        raise _fail(field, "validation.language_invalid", value=value.strip())
    return text


def normalise_url(value: str, field: str = "remote_link") -> str:
    text = value.strip()
    if not re.match(r"^https://[^\s/$.?#][^\s]*$", text, re.IGNORECASE):
        raise _fail(field, "validation.url_invalid", value=text)
    return text


def require_aware(value: datetime, field: str) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise _fail(field, "validation.naive_datetime")
    return value


# Fields longer than this are the multi-line texts (situation, purpose, decisions, …).
MAX_SINGLE_LINE = 300
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")  # but tab, LF, CR
_LINE_BREAK = re.compile(r"[\r\n\u2028\u2029]")


class Checker:
    """Collects field errors while a use case validates its input; ``done()`` raises them all."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def add(self, field: str, code: str, **params: object) -> None:
        self.errors.append(FieldError(field, code, dict(params)))

    def text(self, field: str, value: str | None, *, required: bool = False,
             maximum: int = 200) -> str:
        """Stripped ``value``; control characters (ESC sequences would rewrite a terminal
        that lists it) are refused, and line breaks in a one-line field (up to
        MAX_SINGLE_LINE characters: names, titles, places, hosts)."""
        text = (value or "").strip()
        if required and not text:
            self.add(field, "validation.required")
        elif len(text) > maximum:
            self.add(field, "validation.too_long", maximum=maximum)
        elif _CONTROL.search(text) or (maximum <= MAX_SINGLE_LINE
                                       and _LINE_BREAK.search(text)):
            self.add(field, "validation.control_characters")
        return text

    def optional(self, field: str, value: str | None,
                 normalise: Callable[[str, str], T]) -> T | None:
        """Run ``normalise`` on a non-empty value; blank means "not given"."""
        if value is None or not value.strip():
            return None
        try:
            return normalise(value, field)
        except ValidationFailed as failure:
            self.errors.extend(failure.errors)
            return None

    def has(self, field: str) -> bool:
        return any(error.field == field for error in self.errors)

    def done(self) -> None:
        if self.errors:
            raise ValidationFailed(self.errors)
