"""Publish the upcoming meetings to a CalDAV calendar: one calendar object per meeting.

Each upcoming meeting is written (created, or replaced with its new time, place and SEQUENCE)
under a name made from its UID. Meetings this store published earlier and that are now
cancelled or gone are taken away again. Which ones those are comes from the list the store
keeps of what it put there (``planner.caldav.published``), not from the server: the calendar
may be the user's own work calendar, holding their other appointments and Verkosto invites
from colleagues (same UID form), none of which this store may delete. Meetings that are simply
over stay in the calendar as a record and are no longer followed.

Every meeting sent is logged as a disclosure to the calendar's host, all in one transaction
after the publish, so each client's audit extract shows where their meeting went.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from exports.caldav.connection import connect
from exports.ical.feed import Privacy, calendar_of, meeting_event, upcoming_details
from planner.domain.enums import AuditAction, MeetingStatus
from planner.services import MeetingDetail, Planner, Release
from planner.services.caldav_settings import CalDavSettings

PURPOSE = "calendar publishing"

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class PublishReport:
    host: str
    sent: int  # meetings created or updated
    removed: int  # cancelled or deleted meetings taken away
    total: int  # what there was to do
    complete: bool  # False when the user stopped it part-way


def _removable(planner: Planner, published: dict[str, str],
               upcoming: set[str]) -> tuple[dict[str, str], set[str]]:
    """(uid -> href to delete, uids no longer to follow because the meeting is over)."""
    earlier = {uid: href for uid, href in published.items() if uid not in upcoming}
    statuses = planner.meetings.statuses_by_uid(earlier)
    remove = {uid: href for uid, href in earlier.items()
              if statuses.get(uid) in (None, MeetingStatus.CANCELLED)}
    return remove, set(earlier) - set(remove)


def publish(planner: Planner, settings: CalDavSettings, password: str,
            progress: Progress | None = None, cancelled: Cancelled | None = None, *,
            language: str = "fi", now: datetime | None = None) -> PublishReport:
    """Bring the calendar up to date; ``progress(done, total)`` after each object, and
    ``cancelled()`` asked before each: when it says yes, what is done so far is kept."""
    moment = now or planner.now()
    details = upcoming_details(planner, moment, PURPOSE)
    privacy = Privacy.of(planner)
    published = planner.caldav.published(settings)
    remove, over = _removable(planner, published, {d.meeting.ical_uid for d in details})
    followed = {uid: href for uid, href in published.items() if uid not in over}
    total = len(details) + len(remove)
    sent: list[MeetingDetail] = []
    removed = 0

    def stop() -> bool:
        return cancelled is not None and cancelled()

    def report() -> None:
        if progress is not None:
            progress(len(sent) + removed, total)

    try:
        with connect(settings, password) as calendar:
            report()
            for detail in details:
                if stop():
                    break
                uid = detail.meeting.ical_uid
                body = calendar_of([meeting_event(detail, privacy, language, moment)],
                                   method=None).to_ical()
                # Followed before the PUT: if the answer is lost, the object may still be
                # there, and a later publish must be able to take it away.
                followed.setdefault(uid, calendar.href_for(uid))
                followed[uid] = calendar.put(uid, body, followed[uid])
                sent.append(detail)
                report()
            for uid, href in remove.items():
                if stop():
                    break
                calendar.delete(href)
                del followed[uid]
                removed += 1
                report()
    finally:
        if followed != published:
            planner.caldav.set_published(settings, followed)
        _log(planner, settings, sent)
    done = len(sent) + removed
    return PublishReport(settings.host, len(sent), removed, total, done == total)


def _log(planner: Planner, settings: CalDavSettings, sent: list[MeetingDetail]) -> None:
    if not sent:
        return
    planner.audit.record_releases([
        Release(AuditAction.DISCLOSE, "meeting_calendar", detail.client.id, detail.meeting.id,
                "CalDAV", PURPOSE, recipient=settings.host) for detail in sent])
