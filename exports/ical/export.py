"""A meeting's invite (or cancellation): built as one iMIP message per recipient, then written
as invite.ics and one .eml per recipient (sending: exports/ical/send.py).

The files are written with their audit entries in one go (exports/output.py): the export and
each recipient's disclosure of the client's meeting (Client Data Act 703/2023: who was sent
what, and when). An existing file in the folder is replaced only with ``force``; a refusal
writes nothing and logs nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from icalendar import Calendar

from exports.ical.imip import ImipBody, Sender, attachment_name
from exports.ical.invite import (
    Organizer,
    build_cancel,
    build_request,
    invitees,
    organizer_of,
    summary,
)
from exports.ical.privacy import Redactor
from exports.ical.texts import text, when
from exports.mail.message import OutgoingMail
from exports.output import write_logged
from planner.domain import Meeting, Participant
from planner.domain.enums import AuditAction, MeetingStatus, ParticipantKind
from planner.errors import FieldError, ValidationFailed
from planner.services import MeetingDetail, Planner, Release
from planner.services.replies import same_mailbox


@dataclass(frozen=True)
class Written:
    ics: Path
    emails: dict[str, Path]  # recipient address -> .eml


AUDIT_HEAD_PROPERTY = "X-VERKOSTO-AUDIT-HEAD"


def _file_name(address: str) -> str:
    return re.sub(r"[^A-Za-z0-9._@-]", "_", address) + ".eml"


def _plain(calendar: Calendar, cancel: bool, language: str) -> str:
    event = calendar.walk("VEVENT")[0]
    start, end = event.decoded("DTSTART"), event.decoded("DTEND")
    lines = [text("cancel" if cancel else "invite", language), "", str(event["SUMMARY"]),
             f"{text('when', language)} {when(start, end, language)}"]
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
    messages: list[OutgoingMail]
    cancel: bool

    @property
    def what(self) -> str:
        """The audit log's name for it."""
        return "meeting_cancel" if self.cancel else "meeting_invite"


@dataclass(frozen=True)
class _Sending:
    """What every message of one batch shares: who sends, how the client is named."""

    organizer: Organizer
    sender: Sender
    naming: str
    details: bool
    language: str
    now: datetime
    audit_head: str  # the log's newest entry ("id:mac") once the meetings were read

    @classmethod
    def of(cls, planner: Planner, organizer: Organizer, language: str, now: datetime | None,
           from_name: str | None) -> _Sending:
        """``organizer``: ``organizer_of(planner)``, asked before the meetings were read."""
        return cls(organizer, Sender.of(organizer, from_name),
                   planner.profile.invite_client_naming(), planner.profile.invite_details(),
                   language, now or planner.now(), planner.audit.head().to_text())


def _build(sending: _Sending, detail: MeetingDetail, cancel: bool,
           removed: list[Participant] | None) -> Outgoing:
    organizer, language = sending.organizer, sending.language
    redact = Redactor(detail.client, sending.naming)

    def build(include_client: bool) -> Calendar:
        if cancel:
            calendar = build_cancel(detail, organizer, removed, naming=sending.naming,
                                    language=language, now=sending.now,
                                    include_client=include_client, details=sending.details,
                                    redact=redact)
        else:
            calendar = build_request(detail, organizer, naming=sending.naming,
                                     language=language, now=sending.now,
                                     include_client=include_client, details=sending.details,
                                     redact=redact)
        # Which log entry the batch was made at: `verkosto audit --verify --against FILE`.
        calendar.add(AUDIT_HEAD_PROPERTY, sending.audit_head)
        return calendar

    shared = build(False)
    recipients = removed if removed is not None else invitees(detail, include_client=True)
    subject = (f"{text('cancel' if cancel else 'invite', language)}: "
               f"{summary(detail, sending.naming, language, sending.details)}")
    headers = sending.sender.headers(subject, sending.now)
    bodies: dict[bool, ImipBody] = {}  # by "the client's own copy": one body per calendar
    messages: list[OutgoingMail] = []
    for person in recipients:
        if not person.email or same_mailbox(person.email, organizer.email):
            continue  # the organizer's own calendar already holds the meeting
        own_copy = person.kind == ParticipantKind.CLIENT
        if own_copy not in bodies:
            calendar = build(True) if own_copy else shared
            bodies[own_copy] = sending.sender.body(calendar, headers,
                                                   _plain(calendar, cancel, language))
        messages.append(bodies[own_copy].to(person.email))
    return Outgoing(detail, shared, messages, cancel)


def _not_cancelled(meeting: Meeting) -> None:
    """An invite is refused for a cancelled meeting — before its read is logged as a view."""
    if meeting.status == MeetingStatus.CANCELLED:
        raise ValidationFailed([FieldError("status", "validation.invite_cancelled_meeting",
                                           {"meeting": meeting.id})])


def _cancelled(meeting: Meeting) -> None:
    """A cancellation to everyone is refused for a meeting that is not cancelled."""
    if meeting.status != MeetingStatus.CANCELLED:
        raise ValidationFailed([FieldError("status", "validation.cancel_not_cancelled")])


def invite_messages(planner: Planner, meeting_id: int, language: str = "fi",
                    now: datetime | None = None, *, from_name: str | None = None) -> Outgoing:
    """REQUEST: one message per invitee (the client's copy lists the client too).
    ``from_name`` is the e-mail settings' sender name for From, if any."""
    return invite_batch(planner, [meeting_id], language, now, from_name=from_name)[0]


def invite_batch(planner: Planner, meeting_ids: Sequence[int], language: str = "fi",
                 now: datetime | None = None, *, from_name: str | None = None
                 ) -> list[Outgoing]:
    """The invites of several meetings (a follow-up series, say), the meetings read in one
    transaction. Raises ValidationFailed, building nothing, if any of them is cancelled."""
    organizer = organizer_of(planner)  # refused before the meetings are read (and logged)
    details = planner.meeting_details.get_many(meeting_ids, purpose="calendar invite",
                                               check=_not_cancelled)
    sending = _Sending.of(planner, organizer, language, now, from_name)
    return [_build(sending, detail, False, None) for detail in details]


def cancel_messages(planner: Planner, meeting_id: int, language: str = "fi",
                    now: datetime | None = None,
                    removed: Iterable[Participant] | None = None, *,
                    from_name: str | None = None) -> Outgoing:
    """CANCEL to everyone (a cancelled meeting) or only to the ``removed`` participants."""
    organizer = organizer_of(planner)
    detail = planner.meeting_details.get(meeting_id, purpose="calendar cancellation",
                                         check=_cancelled if removed is None else None)
    return _build(_Sending.of(planner, organizer, language, now, from_name), detail, True,
                  list(removed) if removed is not None else None)


def _layout(outgoing: Outgoing, out: Path) -> tuple[Written, dict[Path, bytes]]:
    """Where each file of ``outgoing`` goes in the folder ``out``, and its bytes."""
    ics = out / attachment_name(str(outgoing.calendar["METHOD"]))  # invite.ics, cancel.ics
    files = {ics: outgoing.calendar.to_ical()}
    emails: dict[str, Path] = {}
    for mail in outgoing.messages:
        path = out / _file_name(mail.recipient)
        files[path] = mail.data
        emails[mail.recipient] = path
    return Written(ics, emails), files


def outgoing_targets(batch: Sequence[tuple[Outgoing, Path]]) -> list[Path]:
    """Every file ``write_outgoing_batch`` would write (to ask before replacing any)."""
    return [path for outgoing, out in batch for path in _layout(outgoing, out)[1]]


def write_outgoing(planner: Planner, outgoing: Outgoing, out: Path, *,
                   force: bool = False) -> Written:
    """The calendar file and one .eml per recipient in ``out`` (made if missing), with the
    export and each recipient's disclosure in the audit log."""
    return write_outgoing_batch(planner, [(outgoing, out)], force=force)[0]


def write_outgoing_batch(planner: Planner, batch: Sequence[tuple[Outgoing, Path]], *,
                         force: bool = False) -> list[Written]:
    """Several meetings' files, each in its folder, and their entries, all or nothing: every
    target is checked before anything is written; existing files are replaced only with
    ``force``."""
    written: list[Written] = []
    files: dict[Path, bytes] = {}
    for outgoing, out in batch:
        each, its_files = _layout(outgoing, out)
        written.append(each)
        files.update(its_files)

    releases = [release for (outgoing, _out), each in zip(batch, written, strict=True)
                for release in _releases(outgoing, each)]
    write_logged(planner, files, releases, force=force, make_folders=True)
    return written


def _releases(outgoing: Outgoing, written: Written) -> list[Release]:
    """The invite file exported, and each e-mail written for a recipient a disclosure."""
    client_id, meeting_id = outgoing.detail.client.id, outgoing.detail.meeting.id
    return [Release(AuditAction.EXPORT, outgoing.what, client_id, meeting_id,
                    written.ics.name, "calendar invite"),
            *(Release(AuditAction.DISCLOSE, outgoing.what, client_id, meeting_id,
                      "iMIP e-mail", "calendar invite", recipient=address)
              for address in written.emails)]


def write_invites(planner: Planner, meeting_id: int, out: Path, *, language: str = "fi",
                  now: datetime | None = None, force: bool = False) -> Written:
    """REQUEST: invite.ics (without the client's address) and one .eml per invitee."""
    return write_outgoing(planner, invite_messages(planner, meeting_id, language, now), out,
                          force=force)


def write_cancel(planner: Planner, meeting_id: int, out: Path, *, language: str = "fi",
                 now: datetime | None = None,
                 removed: Iterable[Participant] | None = None, force: bool = False) -> Written:
    """CANCEL to everyone (a cancelled meeting) or only to the ``removed`` participants."""
    outgoing = cancel_messages(planner, meeting_id, language, now, removed)
    return write_outgoing(planner, outgoing, out, force=force)
