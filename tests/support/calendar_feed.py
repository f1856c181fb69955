"""Meetings around a DST change on a store whose clock the test sets, for the feed and the
CalDAV publishing tests: one ahead, one on 25.10.2026 (summer time ends that night), one over
and one cancelled, all for a client with a HETU and an e-mail address that must not leak."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from planner.domain.enums import MeetingStatus
from planner.services import MeetingInput, Planner
from tests.support import ical
from tests.support.ical import HETU, TZ

NOW = datetime(2026, 10, 20, 12, 0, tzinfo=TZ)
# A title that must not reach a calendar unless the user allows details (and then redacted).
TITLE = f"Sairauspäivärahan 90 pv seuranta, Anna Maria Korhonen {HETU}"
CLIENT_EMAIL = "anna.korhonen@example.fi"
PRIVATE = (HETU.encode(), CLIENT_EMAIL.encode(), b"Korhonen", b"mailto:", b"pekka.aijala")


class Clock:
    """The store's "now", moved by the test."""

    def __init__(self, now: datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@dataclass(frozen=True)
class Fixture:
    ahead: int
    dst: int  # 25.10.2026 9.00–10.00 EET, the first morning after summer time
    over: int
    cancelled: int

    @property
    def upcoming(self) -> tuple[int, int]:
        return self.dst, self.ahead


def meetings(planner: Planner) -> Fixture:
    ical.organizer(planner)
    client_id = ical.client(planner, email=CLIENT_EMAIL).id or 0

    def plan(start: datetime, minutes: int = 90) -> int:
        return ical.meeting(planner, client_id, title=TITLE, start=start,
                            end=start + timedelta(minutes=minutes))

    fixture = Fixture(ahead=plan(datetime(2026, 12, 3, 9, 0, tzinfo=TZ)),
                      dst=plan(datetime(2026, 10, 25, 9, 0, tzinfo=TZ), 60),
                      over=plan(datetime(2026, 10, 1, 9, 0, tzinfo=TZ)),
                      cancelled=plan(datetime(2026, 11, 10, 13, 0, tzinfo=TZ)))
    planner.meetings.set_status(fixture.cancelled, MeetingStatus.CANCELLED)
    return fixture


def move(planner: Planner, meeting_id: int, by: timedelta) -> None:
    """Reschedule through the service, as the meeting editor does (raises the SEQUENCE)."""
    detail = planner.meeting_details.get(meeting_id)
    m = detail.meeting
    planner.meetings.update(meeting_id, MeetingInput(
        m.client_id, m.title, m.start + by, m.end + by, purpose=m.purpose,
        location=m.location, remote_link=m.remote_link, mode=m.mode, plan_id=m.plan_id,
        agenda=[item.title for item in detail.agenda]))
