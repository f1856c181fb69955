"""A meeting's invite (or cancellation): built as one iMIP message per recipient, then written
as invite.ics and one .eml per recipient (sending: exports/ical/send.py).

Each file is written atomically and each recipient is logged as a disclosure of the client's
meeting (Client Data Act 703/2023): who was sent what, and when.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path

from icalendar import Calendar

from exports.ical.imip import eml_bytes, imip_message, readdressed
from exports.ical.invite import Organizer, build_cancel, build_request, invitees, summary
from exports.ical.texts import text, when
from planner.domain import Participant
from planner.domain.enums import AuditAction, MeetingStatus, ParticipantKind
from planner.errors import FieldError, ValidationFailed
from planner.services import MeetingDetail, Planner
from planner.storage.descriptor import write_atomically


@dataclass(frozen=True)
class Written:
    ics: Path
    emails: dict[str, Path]  # recipient address -> .eml


def organizer_of(planner: Planner) -> Organizer:
    profile = planner.profile.get()
    if profile is None or not profile.email:
        raise ValidationFailed([FieldError("email", "validation.profile_missing")])
    return Organizer(profile.name, profile.email)


def _file_name(address: str) -> str:
    return re.sub(r"[^A-Za-z0-9._@-]", "_", address) + ".eml"


def _plain(calendar: Calendar, cancel: bool, language: str) -> str:
    event = calendar.walk("VEVENT")[0]
    start, end = event.decoded("DTSTART"), event.decoded("DTEND")
    lines = [text("cancel" if cancel else "invite", language), "", str(event["SUMMARY"]),
             f"{text('when', language)} {when(start, end)}"]
    if "LOCATION" in event:
        lines.append(f"{text('where', language)} {event['LOCATION']}")
    if str(event.get("DESCRIPTION", "")):
        lines += ["", str(event["DESCRIPTION"])]
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class Outgoing:
    """A meeting's invite or cancellation, built but not yet written or sent: the shared
    calendar (without the client's address) and one iMIP message per recipient."""

    detail: MeetingDetail
    calendar: Calendar
    messages: list[tuple[str, EmailMessage]]  # (recipient address, its own message)
    cancel: bool

    @property
    def what(self) -> str:
        """The audit log's name for it."""
        return "meeting_cancel" if self.cancel else "meeting_invite"


def _build(planner: Planner, detail: MeetingDetail, language: str, now: datetime,
           cancel: bool, removed: list[Participant] | None) -> Outgoing:
    organizer = organizer_of(planner)
    naming = planner.profile.invite_client_naming()
    details = planner.profile.invite_details()

    def build(include_client: bool) -> Calendar:
        if cancel:
            return build_cancel(detail, organizer, removed, naming=naming, language=language,
                                now=now, include_client=include_client, details=details)
        return build_request(detail, organizer, naming=naming, language=language, now=now,
                             include_client=include_client, details=details)

    shared = build(False)
    recipients = removed if removed is not None else invitees(detail, include_client=True)
    messages: list[tuple[str, EmailMessage]] = []
    subject = (f"{text('cancel' if cancel else 'invite', language)}: "
               f"{summary(detail, naming, language, details)}")
    built: dict[bool, EmailMessage] = {}  # by "the client's own copy": one message per calendar
    for person in recipients:
        if not person.email or person.email.lower() == organizer.email.lower():
            continue  # the organizer's own calendar already holds the meeting
        own_copy = person.kind == ParticipantKind.CLIENT
        if own_copy in built:  # the same calendar: only the addressing differs
            messages.append((person.email, readdressed(built[own_copy], person.email,
                                                       organizer)))
            continue
        calendar = build(True) if own_copy else shared
        built[own_copy] = imip_message(calendar, organizer, person.email, subject,
                                       _plain(calendar, cancel, language), now)
        messages.append((person.email, built[own_copy]))
    return Outgoing(detail, shared, messages, cancel)


def invite_messages(planner: Planner, meeting_id: int, language: str = "fi",
                    now: datetime | None = None) -> Outgoing:
    """REQUEST: one message per invitee (the client's copy lists the client too)."""
    detail = planner.meeting_details.get(meeting_id, purpose="calendar invite")
    if detail.meeting.status == MeetingStatus.CANCELLED:
        raise ValidationFailed([FieldError("status", "validation.invite_cancelled_meeting")])
    return _build(planner, detail, language, now or planner.ctx.now(), False, None)


def cancel_messages(planner: Planner, meeting_id: int, language: str = "fi",
                    now: datetime | None = None,
                    removed: Iterable[Participant] | None = None) -> Outgoing:
    """CANCEL to everyone (a cancelled meeting) or only to the ``removed`` participants."""
    detail = planner.meeting_details.get(meeting_id, purpose="calendar cancellation")
    if removed is None and detail.meeting.status != MeetingStatus.CANCELLED:
        raise ValidationFailed([FieldError("status", "validation.cancel_not_cancelled")])
    return _build(planner, detail, language, now or planner.ctx.now(), True,
                  list(removed) if removed is not None else None)


def _write(planner: Planner, outgoing: Outgoing, out: Path) -> Written:
    out.mkdir(parents=True, exist_ok=True)
    ics = out / ("cancel.ics" if outgoing.cancel else "invite.ics")
    write_atomically(ics, outgoing.calendar.to_ical())
    emails: dict[str, Path] = {}
    for address, message in outgoing.messages:
        path = out / _file_name(address)
        write_atomically(path, eml_bytes(message))
        emails[address] = path
    _log(planner, outgoing, ics, emails)
    return Written(ics, emails)


def _log(planner: Planner, outgoing: Outgoing, ics: Path, emails: dict[str, Path]) -> None:
    detail = outgoing.detail
    with planner.ctx.write() as session:
        planner.audit.record(session, AuditAction.EXPORT, outgoing.what,
                             client_id=detail.client.id, entity_id=detail.meeting.id,
                             detail=ics.name, purpose="calendar invite")
        for address in emails:
            planner.audit.record(session, AuditAction.DISCLOSE, outgoing.what,
                                 client_id=detail.client.id, entity_id=detail.meeting.id,
                                 detail="iMIP e-mail", purpose="calendar invite",
                                 recipient=address)


def write_invites(planner: Planner, meeting_id: int, out: Path, *, language: str = "fi",
                  now: datetime | None = None) -> Written:
    """REQUEST: invite.ics (without the client's address) and one .eml per invitee."""
    return _write(planner, invite_messages(planner, meeting_id, language, now), out)


def write_cancel(planner: Planner, meeting_id: int, out: Path, *, language: str = "fi",
                 now: datetime | None = None,
                 removed: Iterable[Participant] | None = None) -> Written:
    """CANCEL to everyone (a cancelled meeting) or only to the ``removed`` participants."""
    return _write(planner, cancel_messages(planner, meeting_id, language, now, removed), out)
