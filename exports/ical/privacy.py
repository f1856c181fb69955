"""What an invite may say about the client: it travels by ordinary e-mail.

Never the HETU, never health or benefit details (purpose, plan, notes are left out by the
builder), and the client named only as the store's setting allows (default: initials), in
whatever spelling the text uses. A remote link that names the client or holds a HETU is left
out of the invite whole (``Redactor.link``).
"""

from __future__ import annotations

import re

from planner.client_identity import ClientIdentity
from planner.domain import Client
from planner.services.profile import CLIENT_NAMINGS

__all__ = ["CLIENT_NAMINGS", "Redactor", "client_name", "person_name", "redact"]

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


class Redactor:
    """Redacts one client's names and any HETU from the texts of one invite or feed, in every
    spelling (planner.client_identity): the client's patterns are compiled once, not for every
    field (re's own cache is small: tests/benchmarks), and are not kept once the texts are
    built."""

    def __init__(self, client: Client, naming: str) -> None:
        self.allowed = client_name(client, naming)
        self.identity = ClientIdentity(client.first_names, client.last_name, client.hetu,
                                       naming)

    def __call__(self, text: str) -> str:
        """``text`` with the client's names in the allowed form and no HETU."""
        return _SPACES.sub(" ", self.identity.replace(text, self.allowed)).strip()

    def link(self, url: str | None) -> str | None:
        """The remote link as it may go out, or None: a link naming the client or holding a
        HETU is left out whole (half a link would neither work nor hide the name)."""
        if not url or self.identity.reveals(url):
            return None
        return url


def redact(text: str, client: Client, naming: str) -> str:
    """Replace the client's names with the allowed form and drop anything shaped like a HETU."""
    return Redactor(client, naming)(text)
