"""iTIP REQUEST and CANCEL (RFC 5546) for one network meeting, built with ``icalendar``."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event, vCalAddress, vText

from exports.ical.privacy import Redactor, client_name, person_name, redact
from exports.ical.texts import description, text
from exports.ical.timezone import helsinki_vtimezone
from planner.config import HELSINKI
from planner.domain import Participant
from planner.domain.enums import Attendance, MeetingStatus, ParticipantKind
from planner.errors import FieldError, ValidationFailed
from planner.services.meeting_view import MeetingDetail
from planner.services.replies import same_mailbox

if TYPE_CHECKING:
    from planner.services import Planner

PRODID = "-//Verkosto//Network meeting planner//FI"
TZ = ZoneInfo(HELSINKI)
REMINDER = timedelta(minutes=30)

PARTSTAT = {
    Attendance.INVITED: "NEEDS-ACTION", Attendance.ACCEPTED: "ACCEPTED",
    Attendance.DECLINED: "DECLINED", Attendance.TENTATIVE: "TENTATIVE",
    Attendance.ATTENDED: "ACCEPTED", Attendance.ABSENT: "DECLINED",
}


@dataclass(frozen=True)
class Organizer:
    """The user, from the profile: invites come from them and replies go back to them."""

    name: str
    email: str


def organizer_of(planner: Planner) -> Organizer:
    """The profile as the ORGANIZER of what Verkosto writes: RFC 5546 requires one in a
    REQUEST, a CANCEL and a PUBLISH alike. Without the profile's e-mail address nothing is
    written: call this before the meetings are read (a refusal logs nothing)."""
    profile = planner.profile.get()
    if profile is None or not profile.email:
        raise ValidationFailed([FieldError("email", "validation.organizer_email_missing")])
    return Organizer(profile.name, profile.email)


def invitees(detail: MeetingDetail, *, include_client: bool) -> list[Participant]:
    """Participants who can receive an invite. The client's own address is shown to nobody
    else, so the client is listed only in the copy sent to the client."""
    return [p for p in detail.participants if p.email
            and (include_client or p.kind != ParticipantKind.CLIENT)]


def calendar_address(email: str, name: str) -> vCalAddress:
    address = vCalAddress(f"mailto:{email}")
    if name:
        address.params["CN"] = vText(name)
    return address


def _participation(p: Participant, organizer: Organizer, *, asking: bool) -> tuple[str, bool]:
    """(PARTSTAT, RSVP=TRUE?) of one attendee. A recorded answer (accepted, declined,
    tentative; after the meeting attended or absent) is their PARTSTAT, and they are not asked
    again; only those who have not answered are NEEDS-ACTION with RSVP=TRUE. The organizer's
    own row — the user among the participants — is ACCEPTED unless recorded otherwise, and
    never asked. A cancellation (``asking`` False) asks nobody."""
    answered = p.attendance != Attendance.INVITED
    if same_mailbox(p.email or "", organizer.email):
        return (PARTSTAT[p.attendance] if answered else "ACCEPTED"), False
    return PARTSTAT[p.attendance], asking and not answered


def _attendee(p: Participant, detail: MeetingDetail, naming: str, redact: Redactor,
              organizer: Organizer, *, asking: bool) -> vCalAddress:
    if p.kind == ParticipantKind.CLIENT:
        name = client_name(detail.client, naming)
    elif p.kind == ParticipantKind.FAMILY:
        name = person_name(p.name, naming)
    else:
        name = redact(p.name)
    address = calendar_address(p.email or "", name)
    address.params["CUTYPE"] = "INDIVIDUAL"
    address.params["ROLE"] = "REQ-PARTICIPANT" if p.required else "OPT-PARTICIPANT"
    partstat, rsvp = _participation(p, organizer, asking=asking)
    address.params["PARTSTAT"] = partstat
    if rsvp:  # RSVP=FALSE is the default: left out
        address.params["RSVP"] = "TRUE"
    return address


def _calendar(method: str) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", method)
    calendar.add_component(helsinki_vtimezone())
    return calendar


def summary(detail: MeetingDetail, naming: str, language: str, details: bool) -> str:
    """The meeting's title only when the user allows details; by default a neutral
    "Verkostoneuvottelu (A. K.)": a title like "Sairauspäivärahan 90 pv seuranta" would tell
    every mail server on the way about the client's benefits. With details allowed the title
    (redacted) keeps the client's name as the setting allows — "Seurantaneuvottelu (A. K.)" —
    unless it already holds it, so two clients' meetings of one title differ in a
    participant's calendar. A title that redaction leaves empty (it was only the client's
    name) gets the neutral summary: SUMMARY is never empty."""
    name = client_name(detail.client, naming)
    neutral = f"{text('summary', language)} ({name})" if name else text("summary", language)
    if not details:
        return neutral
    title = redact(detail.meeting.title, detail.client, naming)
    if not title:
        return neutral
    if name and not re.search(rf"(?<!\w){re.escape(name)}(?!\w)", title):
        return f"{title} ({name})"
    return title


def _add_text(event: Event, name: str, value: str | None) -> None:
    """A text property only when it has something to say: an empty one (``DESCRIPTION:``)
    is a parse error to libical (GNOME Evolution), which drops it with a complaint."""
    if value:
        event.add(name, value)


def base_event(detail: MeetingDetail, naming: str, language: str, now: datetime,
                  details: bool, redact: Redactor) -> Event:
    """What every calendar file says of a meeting — invites, cancellations, the upcoming
    feed, CalDAV — with the client named as ``naming`` allows: UID, SEQUENCE, the times,
    SUMMARY, and LOCATION, URL and DESCRIPTION when there is something to put in them."""
    meeting = detail.meeting
    event = Event()
    event.add("uid", meeting.ical_uid)
    event.add("sequence", meeting.sequence)
    event.add("dtstamp", now.astimezone(UTC))
    event.add("dtstart", meeting.start.astimezone(TZ))
    event.add("dtend", meeting.end.astimezone(TZ))
    event.add("summary", summary(detail, naming, language, details))
    _add_text(event, "location", redact(meeting.location) if meeting.location else None)
    link = redact.link(meeting.remote_link)  # None when it would name the client
    _add_text(event, "url", link)
    agenda = ([title for item in detail.agenda if (title := redact(item.title))]
              if details else [])  # agenda items name health and benefit matters
    _add_text(event, "description", description(
        agenda, link, language, withheld=bool(meeting.remote_link) and not link))
    return event


def add_reminder(event: Event) -> None:
    """A display alarm 30 minutes before, saying the event's SUMMARY."""
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", event["SUMMARY"])
    alarm.add("trigger", -REMINDER)
    event.add_component(alarm)


def _event(detail: MeetingDetail, organizer: Organizer, naming: str, language: str,
           now: datetime, details: bool, redact: Redactor) -> Event:
    event = base_event(detail, naming, language, now, details, redact)
    event.add("organizer", calendar_address(organizer.email, organizer.name))
    return event


def build_request(detail: MeetingDetail, organizer: Organizer, *, naming: str = "initials",
                  language: str = "fi", now: datetime | None = None,
                  include_client: bool = False, details: bool = False,
                  redact: Redactor | None = None) -> Calendar:
    """METHOD:REQUEST with every invitee; ``include_client`` for the client's own copy;
    ``details`` sends the title and agenda as typed (redacted) instead of a neutral summary;
    ``redact``: the client's Redactor, when the caller builds several calendars of them."""
    redact = redact or Redactor(detail.client, naming)
    event = _event(detail, organizer, naming, language, now or datetime.now(UTC), details,
                   redact)
    confirmed = detail.meeting.status == MeetingStatus.CONFIRMED
    event.add("status", "CONFIRMED" if confirmed else "TENTATIVE")
    for p in invitees(detail, include_client=include_client):
        event.add("attendee", _attendee(p, detail, naming, redact, organizer, asking=True))
    add_reminder(event)
    calendar = _calendar("REQUEST")
    calendar.add_component(event)
    return calendar


def build_cancel(detail: MeetingDetail, organizer: Organizer,
                 removed: Iterable[Participant] | None = None, *, naming: str = "initials",
                 language: str = "fi", now: datetime | None = None,
                 include_client: bool = False, details: bool = False,
                 redact: Redactor | None = None) -> Calendar:
    """METHOD:CANCEL, STATUS:CANCELLED, same UID: to everyone for a cancelled meeting, or to
    the ``removed`` participants only. The SEQUENCE is the meeting's, which the service raised
    with the change; it never goes below the last one sent."""
    redact = redact or Redactor(detail.client, naming)
    event = _event(detail, organizer, naming, language, now or datetime.now(UTC), details,
                   redact)
    event.add("status", "CANCELLED")
    whom = list(removed) if removed is not None else invitees(
        detail, include_client=include_client)
    for p in whom:
        if p.email:
            event.add("attendee", _attendee(p, detail, naming, redact, organizer,
                                            asking=False))
    calendar = _calendar("CANCEL")
    calendar.add_component(event)
    return calendar
