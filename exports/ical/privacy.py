"""What an invite may say about the client: it travels by ordinary e-mail.

Never the HETU, never health or benefit details (purpose, plan, notes are left out by the
builder), and the client named only as the store's setting allows (default: initials).
"""

from __future__ import annotations

import re

from planner.domain import Client
from planner.services.profile import CLIENT_NAMINGS

__all__ = ["CLIENT_NAMINGS", "Redactor", "client_name", "person_name", "redact"]

# A Finnish personal identity code, with every century separator in use since 2023.
_HETU = re.compile(r"\b\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]\b", re.IGNORECASE)
_SPACES = re.compile(r"[ \t]{2,}")


def _initial(name: str) -> str:
    return f"{name.strip()[0]}." if name.strip() else ""


def client_name(client: Client, naming: str) -> str:
    """The client as the setting allows: "A. K.", "Anna", "Anna Korhonen" or nothing."""
    first = client.first_names.split()[0] if client.first_names.split() else ""
    if naming == "full_name":
        return client.display_name
    if naming == "first_name":
        return first
    if naming == "none":
        return ""
    return " ".join(part for part in (_initial(first), _initial(client.last_name)) if part)


def person_name(name: str, naming: str) -> str:
    """A relative's name shares the client's surname: reduce it the same way."""
    parts = name.split()
    if naming == "full_name" or not parts:
        return name
    if naming == "first_name":
        return parts[0]
    if naming == "none":
        return ""
    ends = (parts[0], parts[-1]) if len(parts) > 1 else (parts[0],)
    return " ".join(_initial(part) for part in ends)


def _surname(last_name: str) -> str:
    """The surname and its inflected forms: Äijälä, Äijälän; Korhonen, Korhosen, Korhoselle."""
    name = re.escape(last_name.strip())
    forms = [rf"{name}\w*"]
    if last_name.strip().lower().endswith("nen"):
        forms.append(rf"{re.escape(last_name.strip()[:-3])}s\w*")
    return "(?:" + "|".join(forms) + ")"


class Redactor:
    """Redacts one client's names from the texts of one invite or feed: the client's patterns
    are compiled once, not for every field (re's own cache is small: tests/benchmarks), and
    are not kept once the texts are built."""

    def __init__(self, client: Client, naming: str) -> None:
        self.allowed = client_name(client, naming)
        self.patterns: list[re.Pattern[str]] = []
        if naming == "full_name" or not client.last_name.strip():
            return
        all_first = re.escape(client.first_names.strip())
        first = client.first_names.split()[0] if client.first_names.split() else ""
        given = f"(?:{all_first}|{re.escape(first)})"
        surname = _surname(client.last_name)
        # Whole names before parts (all given names before only the first one), so "Anna
        # Korhonen" becomes one "A. K.", not "A. K. A. K."; one pattern, compiled once.
        names = ([rf"{given}\s+{surname}", rf"{surname}\s+{given}", all_first]
                 if first else []) + [surname]
        self.patterns = [re.compile(rf"\b(?:{'|'.join(names)})\b", re.IGNORECASE)]
        if first and naming != "first_name":  # case-sensitive: "Anna" is also a Finnish verb
            self.patterns.append(re.compile(rf"\b{re.escape(first)}\b"))

    def __call__(self, text: str) -> str:
        """``text`` with the client's names in the allowed form and no HETU-shaped codes."""
        for pattern in self.patterns:
            text = pattern.sub(self.allowed, text)
        text = _HETU.sub("", text)
        return _SPACES.sub(" ", text).strip()


def redact(text: str, client: Client, naming: str) -> str:
    """Replace the client's names with the allowed form and drop anything shaped like a HETU."""
    return Redactor(client, naming)(text)
