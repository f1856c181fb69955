"""The human-readable lines of an invite, in the user's language (no client data in them)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from planner.formatting import format_time_span

TEXTS: dict[str, dict[str, str]] = {
    "fi": {"agenda": "Asialista:", "link": "Etäyhteys:", "invite": "Kutsu verkostoneuvotteluun",
           "cancel": "Verkostoneuvottelu on peruttu", "when": "Aika:", "where": "Paikka:",
           "summary": "Verkostoneuvottelu",
           "link_withheld": "linkki jätettiin pois kutsusta; järjestäjä antaa sen erikseen."},
    "sv": {"agenda": "Föredragningslista:", "link": "Distansanslutning:",
           "invite": "Inbjudan till nätverksmöte", "cancel": "Nätverksmötet är inställt",
           "when": "Tid:", "where": "Plats:", "summary": "Nätverksmöte",
           "link_withheld": "länken har utelämnats ur inbjudan; organisatören ger den "
                            "separat."},
    "en": {"agenda": "Agenda:", "link": "Remote link:", "invite": "Invitation to a network meeting",
           "cancel": "The network meeting is cancelled", "when": "Time:", "where": "Place:",
           "summary": "Network meeting",
           "link_withheld": "the link was left out of this invitation; the organiser will "
                            "give it separately."},
}


def text(key: str, language: str) -> str:
    return TEXTS.get(language, TEXTS["fi"])[key]


def description(agenda: Sequence[str], link: str | None, language: str, *,
                withheld: bool = False) -> str:
    """The agenda and the remote link; ``withheld``: the meeting has a link, but it named the
    client, so the text says the organiser will give it."""
    lines: list[str] = []
    if agenda:
        lines.append(text("agenda", language))
        lines.extend(f"{index}. {item}" for index, item in enumerate(agenda, 1))
    if link or withheld:
        if lines:
            lines.append("")
        lines.append(f"{text('link', language)} {link or text('link_withheld', language)}")
    return "\n".join(lines)


def when(start: datetime, end: datetime, language: str) -> str:
    """The meeting's time in Helsinki, as the reader's language writes it: "to 3.12.2026
    9.00–10.30", "tors 3.12.2026 9.00–10.30", "Thu 3 Dec 2026 09:00–10:30"."""
    return format_time_span(start, end, language, weekday=True, compact=True)
