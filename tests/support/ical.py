"""A meeting on a real test store, made through the services, for the invite tests."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from email import message_from_bytes
from email.policy import default
from zoneinfo import ZoneInfo

from planner.domain import Client
from planner.domain.enums import ParticipantKind
from planner.services import ClientInput, MeetingInput, ParticipantInput, Planner, ProfileInput

TZ = ZoneInfo("Europe/Helsinki")
HETU = "131052-308T"


def organizer(planner: Planner) -> None:
    planner.profile.save(ProfileInput("Sari Äijälä", "sosiaalityöntekijä",
                                      email="sari.aijala@example.fi"))


def client(planner: Planner, email: str | None = "anna.korhonen@example.fi") -> Client:
    return planner.clients.create(ClientInput("Anna Maria", "Korhonen", hetu=HETU, email=email,
                                              situation="Masennus, sairauspäiväraha päättymässä"))


def meeting(planner: Planner, client_id: int, *, title: str = "Verkostoneuvottelu",
            start: datetime = datetime(2026, 12, 3, 9, 0, tzinfo=TZ),
            end: datetime = datetime(2026, 12, 3, 10, 30, tzinfo=TZ),
            people: Sequence[tuple[str, str | None, bool]] = (
                ("Äijälä Pekka", "pekka.aijala@example.fi", True),
                ("Лариса Иванова", "larisa@example.ru", False),
                ("أحمد", "ahmad@example.org", True)),
            agenda: Sequence[str] = ("Tilanne nyt", "Seuraavat askeleet"),
            link: str | None = "https://meet.example.fi/abc-123",
            with_client: bool = True) -> int:
    created = planner.meetings.plan(MeetingInput(
        client_id, title, start, end, purpose="Kuntoutuksen ja toimeentulon selvittäminen",
        location="Hervannan sote-keskus, huone 2", remote_link=link, agenda=agenda))
    meeting_id = created.id or 0
    if with_client:
        planner.meetings.add_participant(meeting_id, ParticipantInput(ParticipantKind.CLIENT))
    for name, email, required in people:
        planner.meetings.add_participant(meeting_id, ParticipantInput(
            ParticipantKind.OTHER, name=name, email=email, required=required))
    return meeting_id


def calendar_in(raw: bytes) -> bytes:
    """The text/calendar part of an iMIP e-mail, decoded (it travels base64-encoded)."""
    message = message_from_bytes(raw, policy=default)
    part = next(p for p in message.walk() if p.get_content_type() == "text/calendar")
    return bytes(part.get_payload(decode=True))


def content_lines(raw: bytes) -> list[tuple[str, str]]:
    """(name, value) of every unfolded content line of an iCalendar text (RFC 5545 3.1): the
    value starts at the first colon outside a quoted parameter value."""
    text = raw.decode("utf-8").replace("\r\n ", "").replace("\r\n\t", "")
    lines: list[tuple[str, str]] = []
    for line in filter(None, text.split("\r\n")):
        quoted = False
        for index, char in enumerate(line):
            if char == '"':
                quoted = not quoted
            elif char == ":" and not quoted:
                lines.append((line[:index].split(";")[0].upper(), line[index + 1:]))
                break
        else:
            lines.append((line, ""))
    return lines


def empty_properties(raw: bytes) -> list[str]:
    """The properties of ``raw`` with no value, such as an in-person meeting's ``DESCRIPTION:``
    (libical drops them with an error)."""
    return [name for name, value in content_lines(raw) if not value.strip()]


def reschedule(planner: Planner, meeting_id: int, **changes: object) -> None:
    """Change some of a meeting's fields through the service, as the meeting editor does."""
    detail = planner.meeting_details.get(meeting_id)
    m = detail.meeting
    fields: dict[str, object] = {
        "title": m.title, "start": m.start, "end": m.end, "purpose": m.purpose,
        "location": m.location, "remote_link": m.remote_link, "mode": m.mode,
        "plan_id": m.plan_id, "agenda": [item.title for item in detail.agenda]}
    fields.update(changes)
    planner.meetings.update(meeting_id, MeetingInput(m.client_id, **fields))  # type: ignore[arg-type]
