"""The upcoming meetings as one .ics (METHOD:PUBLISH), or one calendar object per meeting.

Each meeting keeps the UID and SEQUENCE of its invites, so a calendar that already holds the
invite updates it instead of showing the meeting twice. What is said about the client follows
the same rules as the invites (the store's naming and "details" settings, no HETU, no link
that names the client). Unlike an invite, the event names no attendees: the file is for the
user's own calendar, where a server that schedules (RFC 6638) would otherwise mail every
attendee, and where nobody needs the participants' addresses. The PUBLISH file names the user
as ORGANIZER, as RFC 5546 requires of a published event (libical, GNOME Evolution's parser,
refuses one without: "Expected 1 instances of the property ORGANIZER"); with no e-mail in the
profile it is refused, as invites are. A CalDAV object has no METHOD and no ORGANIZER.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from icalendar import Calendar, Event

from exports.ical.invite import (
    PRODID,
    Organizer,
    add_reminder,
    base_event,
    calendar_address,
    organizer_of,
)
from exports.ical.privacy import Redactor
from exports.ical.timezone import helsinki_vtimezone
from exports.output import write_logged
from planner.domain.enums import AuditAction, MeetingStatus
from planner.files import check_output
from planner.services import MeetingDetail, Planner, Release

# More than anyone has ahead of them; the query's own limit is 500.
MAX_MEETINGS = 10_000


@dataclass(frozen=True)
class Privacy:
    """How the store allows the client to be named, and whether titles and agendas go out."""

    naming: str
    details: bool

    @classmethod
    def of(cls, planner: Planner) -> Privacy:
        return cls(planner.profile.invite_client_naming(), planner.profile.invite_details())


def upcoming_details(planner: Planner, now: datetime, purpose: str) -> list[MeetingDetail]:
    """Every meeting not yet over and not cancelled, in time order (selected in SQL)."""
    rows = planner.meetings.list(since=now, include_cancelled=False, limit=MAX_MEETINGS)
    return planner.meeting_details.get_many([row.id or 0 for row in rows], purpose=purpose)


def meeting_event(detail: MeetingDetail, privacy: Privacy, language: str, now: datetime, *,
                  organizer: Organizer | None = None) -> Event:
    """One meeting's VEVENT; ``organizer`` for a PUBLISH file (RFC 5546 requires it there),
    None for a CalDAV object (no METHOD, so no scheduling rules apply, and an ORGANIZER
    would make it a scheduling object to a server that schedules, RFC 6638)."""
    event = base_event(detail, privacy.naming, language, now, privacy.details,
                       Redactor(detail.client, privacy.naming))
    if organizer is not None:
        event.add("organizer", calendar_address(organizer.email, organizer.name))
    event.add("status", "CONFIRMED" if detail.meeting.status == MeetingStatus.CONFIRMED
              else "TENTATIVE")
    # A shared or delegated calendar shows a private event as busy time only.
    event.add("class", "PRIVATE")
    add_reminder(event)
    return event


def calendar_of(events: list[Event], *, method: str | None) -> Calendar:
    """A VCALENDAR with the Helsinki VTIMEZONE once. A CalDAV object must have no METHOD
    (RFC 4791 4.1), so the publisher passes None; a file to import says PUBLISH."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    if method:
        calendar.add("method", method)
    calendar.add_component(helsinki_vtimezone())
    for event in events:
        calendar.add_component(event)
    return calendar


def upcoming_calendar(planner: Planner, *, language: str = "fi",
                      now: datetime | None = None) -> Calendar:
    """METHOD:PUBLISH with one VEVENT per upcoming, non-cancelled meeting, the user as
    ORGANIZER. Raises ValidationFailed, reading nothing, when the profile has no e-mail."""
    organizer = organizer_of(planner)
    moment = now or planner.now()
    return _calendar(planner, upcoming_details(planner, moment, "calendar file"), language,
                     moment, organizer)


def _calendar(planner: Planner, details: list[MeetingDetail], language: str,
              now: datetime, organizer: Organizer) -> Calendar:
    privacy = Privacy.of(planner)
    return calendar_of([meeting_event(d, privacy, language, now, organizer=organizer)
                        for d in details], method="PUBLISH")


def write_upcoming(planner: Planner, path: Path, *, language: str = "fi",
                   now: datetime | None = None, force: bool = False) -> int:
    """Write the upcoming meetings to ``path`` (``exports.output.write_logged``: an existing
    file only with ``force``) and log each meeting as exported (so each client's audit
    extract shows it) in the same transaction: a refused or failed write logs nothing.
    Returns how many meetings were written."""
    check_output(path, force=force)  # before the meetings are read
    organizer = organizer_of(planner)  # likewise
    moment = now or planner.now()
    details = upcoming_details(planner, moment, "calendar file")
    data = _calendar(planner, details, language, moment, organizer).to_ical()

    releases = [Release(AuditAction.EXPORT, "meeting_calendar", detail.client.id,
                        detail.meeting.id, path.name, "calendar file") for detail in details]
    write_logged(planner, {path: data}, releases, force=force)
    return len(details)
