"""The home view's content (etusivu) in one read: today's and this week's meetings, my
overdue and soon-due agreed actions, follow-up points and plan reviews coming due, and the
answers received to invites of the meetings ahead.

"Me" is the user's profile — on a team store the professional the member's login is mapped
to (planner/services/profile.py ``current_user``). Agreed actions name a
professional of the directory, so the profile is paired with the directory's person who has
the profile's e-mail address (else the same name at the profile's agency); with no such
person, ``Home.me_id`` is None and the view says how to become one.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import and_, func, or_
from sqlmodel import Session, col, select

from planner.config import LANGUAGES
from planner.domain import (
    AgreedAction,
    Client,
    ClientPlan,
    Meeting,
    Participant,
    PlanVersion,
    Professional,
    UserProfile,
)
from planner.domain.enums import Attendance, AuditAction, MeetingMode, MeetingStatus, PlanStatus
from planner.messages import translate
from planner.scheduling.followups import SICKNESS_ALLOWANCE_POINTS, sickness_allowance_followups
from planner.services.actions import _IS_OPEN
from planner.services.base import Service
from planner.services.context import TZ
from planner.services.information_requests import RequestRow, overdue_requests, request_rows
from planner.services.profile import current_user

SOON_DAYS = 7  # "soon due" actions: today and the next 7 days, as the actions page's window
AHEAD_DAYS = 30  # follow-ups, plan reviews and answers: the next 30 days
MAX_ROWS = 100  # per section: a home view is read at a glance, the pages have the rest
SICKNESS_CODES = [code for code, *_rest in SICKNESS_ALLOWANCE_POINTS]
FOLLOWUP_CODES = [*SICKNESS_CODES, "plan_review"]
LATE_DAYS = 14  # a point whose window closed this recently, unplanned, is still shown (late)
PERIOD_DAYS = 420  # the last point (day 300 in benefit days) lies within this of the start
ANSWERED = (Attendance.ACCEPTED, Attendance.DECLINED, Attendance.TENTATIVE)


@dataclass(frozen=True)
class HomeMeeting:
    id: int
    client_id: int
    client_name: str
    title: str
    start: datetime  # UTC
    end: datetime
    status: MeetingStatus
    mode: MeetingMode
    location: str
    type_code: str | None = None  # planner.meeting_types


@dataclass(frozen=True)
class HomeAction:
    id: int
    client_id: int
    client_name: str
    meeting_id: int | None
    description: str
    due_date: date | None


@dataclass(frozen=True)
class HomeFollowUp:
    """A follow-up point planned as a meeting (Follow-ups… in the meeting editor)."""

    code: str  # planner.scheduling.followups: sickness_day_60, …, plan_review
    meeting: HomeMeeting


@dataclass(frozen=True)
class HomePoint:
    """A sickness-allowance point of a client's current period that no meeting plans yet:
    none of the client's meetings since the period's first day has the point's type."""

    code: str  # sickness_day_60, sickness_day_90_150, sickness_day_230_300
    client_id: int
    client_name: str
    proposed: date
    earliest: date
    latest: date


@dataclass(frozen=True)
class HomeReview:
    client_id: int
    client_name: str
    plan_id: int
    title: str
    review_date: date
    status: PlanStatus


@dataclass(frozen=True)
class HomeAnswers:
    """The answers given so far to one meeting's invites."""

    meeting: HomeMeeting
    accepted: int
    tentative: int
    declined: int
    waiting: int  # invited, no answer yet


@dataclass(frozen=True)
class HomeContent:
    today: date
    me_id: int | None  # the directory's person the profile is; None: "my" cannot be told
    me_name: str  # the profile's name ("" without a profile)
    today_meetings: list[HomeMeeting] = field(default_factory=list)
    week_meetings: list[HomeMeeting] = field(default_factory=list)  # after today, this week
    overdue_actions: list[HomeAction] = field(default_factory=list)
    # sent information requests past their due date that I asked or have to answer
    overdue_requests: list[RequestRow] = field(default_factory=list)
    soon_actions: list[HomeAction] = field(default_factory=list)
    followups: list[HomeFollowUp] = field(default_factory=list)
    unplanned: list[HomePoint] = field(default_factory=list)  # points no meeting plans yet
    reviews: list[HomeReview] = field(default_factory=list)
    answers: list[HomeAnswers] = field(default_factory=list)


def day_start(day: date) -> datetime:
    """The moment ``day`` begins in Helsinki (the home view's and the reminders' day)."""
    return datetime.combine(day, time(0), TZ)


def followup_titles() -> dict[str, str]:
    """The titles Follow-ups… gives its meetings, in every UI language, and their codes."""
    return {translate(f"label.followup.{code}", language): code
            for code in FOLLOWUP_CODES for language in LANGUAGES}


class Home(Service):
    def content(self) -> HomeContent:
        """Everything the home view shows, read in one transaction; logged as one view."""
        today = self.ctx.today().date()
        with self.ctx.write() as session:
            profile = current_user(session)
            me = profile_person(session, profile)
            week_end = today + timedelta(days=7 - today.weekday())  # next Monday
            meetings = self._meetings(session, day_start(today), day_start(week_end))
            content = HomeContent(
                today, me, profile.name if profile else "",
                today_meetings=[m for m in meetings if m.start < day_start(today + timedelta(1))],
                week_meetings=[m for m in meetings
                               if m.start >= day_start(today + timedelta(1))],
                overdue_actions=self._actions(session, me, None, today - timedelta(days=1)),
                overdue_requests=request_rows(session, overdue_requests(session, me, today),
                                              today),
                soon_actions=self._actions(session, me, today,
                                           today + timedelta(days=SOON_DAYS)),
                followups=self._followups(session, today),
                unplanned=self._unplanned(session, today),
                reviews=self._reviews(session, today),
                answers=self._answers(session, today))
            self.audit.record(session, AuditAction.VIEW, "home", detail=_summary(content))
        return content

    def _meetings(self, session: Session, start: datetime, end: datetime,
                  kinds: tuple[list[str], list[str]] | None = None) -> list[HomeMeeting]:
        """The meetings starting in [start, end); with ``kinds`` (type codes, titles) only
        those of one of the types, or, made before meetings had types, of one of the
        titles."""
        query: Any = (
            select(Meeting, Client.first_names, Client.last_name)
            .join(Client, col(Client.id) == Meeting.client_id)
            .where(col(Meeting.start) >= start, col(Meeting.start) < end,
                   col(Meeting.status) != MeetingStatus.CANCELLED)
            .order_by(col(Meeting.start), col(Meeting.id)).limit(MAX_ROWS))
        if kinds is not None:
            query = query.where(_of_kind(*kinds))
        return [HomeMeeting(m.id or 0, m.client_id, f"{first} {last}", m.title, m.start, m.end,
                            m.status, m.mode, m.location, m.type_code)
                for m, first, last in session.exec(query)]

    def _actions(self, session: Session, me: int | None, due_from: date | None,
                 due_until: date) -> list[HomeAction]:
        if me is None:
            return []
        query: Any = (
            select(AgreedAction.id, AgreedAction.client_id,  # type: ignore[call-overload]
                   AgreedAction.meeting_id,
                   AgreedAction.description, AgreedAction.due_date, Client.first_names,
                   Client.last_name)
            .join(Client, col(Client.id) == AgreedAction.client_id)
            .where(_IS_OPEN, col(AgreedAction.responsible_professional_id) == me,
                   col(AgreedAction.due_date) <= due_until)
            .order_by(col(AgreedAction.due_date), col(AgreedAction.id)).limit(MAX_ROWS))
        if due_from is not None:
            query = query.where(col(AgreedAction.due_date) >= due_from)
        return [HomeAction(ident, client, f"{first} {last}", meeting, text, due)
                for ident, client, meeting, text, due, first, last in session.execute(query)]

    def _followups(self, session: Session, today: date) -> list[HomeFollowUp]:
        titles = followup_titles()
        meetings = self._meetings(session, day_start(today),
                                  day_start(today + timedelta(days=AHEAD_DAYS + 1)),
                                  kinds=(SICKNESS_CODES, list(titles)))
        return [HomeFollowUp(m.type_code if m.type_code in SICKNESS_CODES
                             else titles[m.title], m) for m in meetings]

    def _unplanned(self, session: Session, today: date) -> list[HomePoint]:
        """The sickness-allowance points coming due (proposed within AHEAD_DAYS, or whose
        window closed at most LATE_DAYS ago) of clients with a start date, which none of
        the client's meetings since that date plans."""
        clients: Any = (
            select(Client.id, Client.first_names, Client.last_name,  # type: ignore[type-var]
                   Client.sickness_allowance_start)
            .where(col(Client.sickness_allowance_start).is_not(None),
                   col(Client.sickness_allowance_start) >= today - timedelta(days=PERIOD_DAYS))
            .order_by(col(Client.id)))
        starts = {ident: (f"{first} {last}", start)
                  for ident, first, last, start in session.execute(clients)}
        if not starts:
            return []
        titles = followup_titles()
        planned: set[tuple[int, str]] = set()
        query: Any = (select(Meeting.client_id, Meeting.type_code, Meeting.title, Meeting.start)
                      .where(col(Meeting.client_id).in_(list(starts)),
                             col(Meeting.status) != MeetingStatus.CANCELLED,
                             _of_kind(SICKNESS_CODES, list(titles))))
        for client_id, code, title, start in session.execute(query):
            if start >= day_start(starts[client_id][1]):
                planned.add((client_id, code or titles[title]))
        points = []
        for client_id, (name, start) in starts.items():
            for point in sickness_allowance_followups(start):
                due = (point.proposed <= today + timedelta(days=AHEAD_DAYS)
                       and point.latest >= today - timedelta(days=LATE_DAYS))
                if due and (client_id, point.code) not in planned:
                    points.append(HomePoint(point.code, client_id, name, point.proposed,
                                            point.earliest, point.latest))
        return sorted(points, key=lambda p: (p.proposed, p.client_id))[:MAX_ROWS]

    def _reviews(self, session: Session, today: date) -> list[HomeReview]:
        """Plans whose newest version is reviewed within AHEAD_DAYS, or should have been."""
        newest = select(func.max(PlanVersion.id)).group_by(col(PlanVersion.plan_id))
        query: Any = (
            select(ClientPlan.id, ClientPlan.client_id,  # type: ignore[call-overload]
                   ClientPlan.title,
                   PlanVersion.review_date, PlanVersion.status, Client.first_names,
                   Client.last_name)
            .join(PlanVersion, col(PlanVersion.plan_id) == ClientPlan.id)
            .join(Client, col(Client.id) == ClientPlan.client_id)
            .where(col(PlanVersion.id).in_(newest),
                   col(PlanVersion.status) != PlanStatus.CLOSED,
                   col(PlanVersion.review_date) <= today + timedelta(days=AHEAD_DAYS))
            .order_by(col(PlanVersion.review_date), col(ClientPlan.id)).limit(MAX_ROWS))
        return [HomeReview(client, f"{first} {last}", plan, title, review, status)
                for plan, client, title, review, status, first, last in session.execute(query)]

    def _answers(self, session: Session, today: date) -> list[HomeAnswers]:
        meetings = self._meetings(session, self.ctx.now(),
                                  day_start(today + timedelta(days=AHEAD_DAYS + 1)))
        by_id = {m.id: m for m in meetings}
        counts: dict[int, dict[Attendance, int]] = defaultdict(lambda: defaultdict(int))
        query: Any = (select(Participant.meeting_id, Participant.attendance, func.count())
                      .where(col(Participant.meeting_id).in_(list(by_id)))
                      .group_by(col(Participant.meeting_id), col(Participant.attendance)))
        for meeting_id, attendance, count in session.execute(query):
            counts[meeting_id][Attendance(attendance)] += count
        return [HomeAnswers(m, counts[m.id][Attendance.ACCEPTED],
                            counts[m.id][Attendance.TENTATIVE], counts[m.id][Attendance.DECLINED],
                            counts[m.id][Attendance.INVITED])
                for m in meetings if any(counts[m.id][a] for a in ANSWERED)]


def _of_kind(codes: list[str], titles: list[str]) -> Any:
    """Meetings of one of the types ``codes``; one made before meetings had types (0009)
    counts by its title, the one Follow-ups… gave it."""
    return or_(col(Meeting.type_code).in_(codes),
               and_(col(Meeting.type_code).is_(None), col(Meeting.title).in_(titles)))


def profile_person(session: Session, profile: UserProfile | None) -> int | None:
    """The directory's person the profile is: the same e-mail, else the same name at the
    profile's agency (the profile itself has no link to the directory)."""
    if profile is None:
        return None
    if profile.email:
        found = session.exec(select(Professional.id).where(
            func.lower(Professional.email) == profile.email.strip().lower())
            .order_by(col(Professional.id))).first()
        if found is not None:
            return found
    if profile.agency_id is not None:
        return session.exec(select(Professional.id).where(
            Professional.name == profile.name, Professional.agency_id == profile.agency_id)
            .order_by(col(Professional.id))).first()
    return None


def _summary(content: HomeContent) -> str:
    return (f"{len(content.today_meetings)}+{len(content.week_meetings)} meetings, "
            f"{len(content.overdue_actions)}+{len(content.soon_actions)} actions, "
            f"{len(content.overdue_requests)} overdue requests, "
            f"{len(content.followups)} follow-ups, {len(content.unplanned)} unplanned points, "
            f"{len(content.reviews)} reviews")
