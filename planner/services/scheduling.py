"""Scheduling over the store: conflicts, calendar warnings, find a time, follow-ups.

The rules themselves live in planner.scheduling (no store); this service reads the meetings
they need, filtered by time window in SQL, and logs each look as a VIEW.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, and_, or_
from sqlmodel import Session, col, select

from planner.domain import ClientPlan, Meeting, Participant, PlanVersion
from planner.domain.enums import AuditAction, MeetingStatus, ParticipantKind
from planner.errors import FieldError, ValidationFailed
from planner.messages import current_language
from planner.scheduling.busy import TZ, BusyInterval, client_key, professional_key, utc
from planner.scheduling.calendar_rules import CalendarRules, SchedulingWarning
from planner.scheduling.conflicts import DEFAULT_BUFFER, BookedMeeting, Conflict, find_conflicts
from planner.scheduling.find_time import Slot, SlotRequest, find_slots
from planner.scheduling.followups import (
    DayCount,
    FollowUp,
    plan_review_followup,
    sickness_allowance_followups,
)
from planner.services import scheduling_settings
from planner.services.base import Service, fetch
from planner.services.scheduling_settings import SchedulingSettings


def _booked(session: Session, professional_ids: Collection[int], client_ids: Collection[int],
            since: datetime, until: datetime) -> list[BookedMeeting]:
    """Meetings not cancelled that touch [since, until) where one of these people takes part
    (the client counts when the meeting has the client as a participant)."""
    who: list[ColumnElement[bool]] = []
    if professional_ids:
        who.append(col(Participant.professional_id).in_(list(professional_ids)))
    if client_ids:
        who.append(and_(col(Participant.kind) == ParticipantKind.CLIENT,
                        col(Meeting.client_id).in_(list(client_ids))))
    if not who:
        return []
    query = (select(Meeting, Participant)
             .join(Participant, col(Participant.meeting_id) == Meeting.id)
             .where(Meeting.status != MeetingStatus.CANCELLED)
             .where(col(Meeting.start) < until, col(Meeting.end) > since)
             .where(or_(*who)))
    meetings: dict[int, Meeting] = {}
    people: dict[int, dict[str, str]] = defaultdict(dict)
    for meeting, participant in session.exec(query):
        meeting_id = meeting.id or 0
        meetings[meeting_id] = meeting
        key = (client_key(meeting.client_id) if participant.kind == ParticipantKind.CLIENT
               else professional_key(participant.professional_id or 0))
        people[meeting_id][key] = participant.name
    return [BookedMeeting(i, m.title, m.start, m.end, people[i]) for i, m in meetings.items()]


def _keys(professional_ids: Iterable[int], client_id: int | None) -> list[str]:
    keys = [professional_key(p) for p in professional_ids]
    return keys + ([client_key(client_id)] if client_id is not None else [])


def _check_times(start: datetime, end: datetime) -> None:
    for name, value in (("start", start), ("end", end)):
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValidationFailed([FieldError(name, "validation.naive_datetime")])
    if utc(end) <= utc(start):
        raise ValidationFailed([FieldError("end", "validation.end_before_start")])


class Scheduling(Service):
    def settings(self) -> SchedulingSettings:
        with self.ctx.read() as session:
            return scheduling_settings.load(session)

    def save_settings(self, settings: SchedulingSettings) -> None:
        with self.ctx.write() as session:
            scheduling_settings.save(session, settings)
            self.audit.record(session, AuditAction.UPDATE, "setting", entity_id="scheduling")

    def conflicts(self, start: datetime, end: datetime, *, professional_ids: Collection[int] = (),
                  client_id: int | None = None, buffer: timedelta = DEFAULT_BUFFER,
                  exclude_meeting_id: int | None = None) -> list[Conflict]:
        """Other meetings where a professional or the client is booked within ``buffer``."""
        _check_times(start, end)
        with self.ctx.write() as session:
            found = self._conflicts(session, start, end, professional_ids, client_id, buffer,
                                    exclude_meeting_id)
            self.audit.record(session, AuditAction.VIEW, "meeting_conflicts",
                              client_id=client_id, entity_id=exclude_meeting_id or "",
                              detail=f"{len(found)} conflicts")
        return found

    def _conflicts(self, session: Session, start: datetime, end: datetime,
                   professional_ids: Collection[int], client_id: int | None,
                   buffer: timedelta, exclude_meeting_id: int | None) -> list[Conflict]:
        booked = _booked(session, professional_ids,
                         [client_id] if client_id is not None else [], start - buffer,
                         end + buffer)
        return find_conflicts(start, end, _keys(professional_ids, client_id), booked,
                              buffer=buffer, exclude_meeting_id=exclude_meeting_id)

    def meeting_conflicts(self, meeting_id: int,
                          buffer: timedelta = DEFAULT_BUFFER) -> list[Conflict]:
        """Conflicts of a stored meeting with its own participants (none once cancelled)."""
        with self.ctx.write() as session:
            meeting = fetch(session, Meeting, meeting_id)
            found: list[Conflict] = []
            if meeting.status != MeetingStatus.CANCELLED:
                participants = session.exec(select(Participant).where(
                    Participant.meeting_id == meeting_id)).all()
                professional_ids = [p.professional_id for p in participants
                                    if p.professional_id is not None]
                client_id = (meeting.client_id if any(
                    p.kind == ParticipantKind.CLIENT for p in participants) else None)
                found = self._conflicts(session, meeting.start, meeting.end, professional_ids,
                                        client_id, buffer, meeting_id)
            self.audit.record(session, AuditAction.VIEW, "meeting_conflicts",
                              client_id=meeting.client_id, entity_id=meeting_id,
                              detail=f"{len(found)} conflicts")
        return found

    def warnings(self, start: datetime, end: datetime, *,
                 professional_ids: Collection[int] = (), client_id: int | None = None,
                 buffer: timedelta | None = None, exclude_meeting_id: int | None = None,
                 rules: CalendarRules | None = None,
                 language: str | None = None) -> list[SchedulingWarning]:
        """Everything to warn about a proposed time: holidays, weekend, hours, conflicts.
        Working hours and the buffer are the store's settings unless given."""
        if rules is None or buffer is None:
            stored = self.settings()
            rules = rules or stored.rules()
            buffer = timedelta(minutes=stored.buffer_minutes) if buffer is None else buffer
        found = rules.warnings(start, end, language or current_language())
        conflicts = self.conflicts(start, end, professional_ids=professional_ids,
                                   client_id=client_id, buffer=buffer,
                                   exclude_meeting_id=exclude_meeting_id)
        return found + [c.warning() for c in conflicts]

    def busy(self, participant_keys: Collection[str], since: datetime, until: datetime, *,
             exclude_meeting_id: int | None = None,
             client_id: int | None = None) -> list[BusyInterval]:
        """The store's meetings as busy time of ``participant_keys`` (professional/client keys;
        other keys have no store meetings)."""
        professional_ids = [int(k.split(":", 1)[1]) for k in participant_keys
                            if k.startswith("professional:")]
        client_ids = [int(k.split(":", 1)[1]) for k in participant_keys
                      if k.startswith("client:")]
        with self.ctx.write() as session:
            booked = _booked(session, professional_ids, client_ids, since, until)
            busy = [BusyInterval(key, m.start, m.end, m.title) for m in booked
                    if m.id != exclude_meeting_id for key in m.participants
                    if key in participant_keys]
            self.audit.record(session, AuditAction.VIEW, "meeting_busy_times",
                              client_id=client_id, detail=f"{len(busy)} intervals")
        return busy

    def find_time(self, request: SlotRequest, extra_busy: Iterable[BusyInterval] = (), *,
                  rules: CalendarRules | None = None, exclude_meeting_id: int | None = None,
                  client_id: int | None = None, limit: int = 20) -> list[Slot]:
        """Ranked free slots from the store's meetings plus busy times given (e.g. .ics)."""
        try:
            request.check()
        except ValueError as problem:
            raise ValidationFailed([FieldError(str(problem), "validation.find_time_request")]
                                   ) from None
        rules = rules or self.settings().rules()
        since = datetime.combine(request.first_day, rules.day_start, TZ)
        until = datetime.combine(request.last_day + timedelta(days=1), rules.day_end, TZ)
        buffer = timedelta(minutes=request.buffer_minutes)
        keys = {*request.required, *request.optional}
        stored = self.busy(keys, since - buffer, until + buffer,
                           exclude_meeting_id=exclude_meeting_id, client_id=client_id)
        return find_slots(request, [*stored, *extra_busy], rules, limit)

    def sickness_allowance_followups(self, start: date, *, rules: CalendarRules | None = None,
                                     count: DayCount = DayCount.BENEFIT_DAYS) -> list[FollowUp]:
        return sickness_allowance_followups(start, rules, count)

    def plan_review(self, plan_id: int, *,
                    rules: CalendarRules | None = None) -> FollowUp | None:
        """The latest version's review date as a follow-up meeting (None without a date)."""
        with self.ctx.write() as session:
            plan = fetch(session, ClientPlan, plan_id)
            latest = session.exec(select(PlanVersion).where(PlanVersion.plan_id == plan_id)
                                  .order_by(col(PlanVersion.number).desc())).first()
            review = latest.review_date if latest is not None else None
            self.audit.record(session, AuditAction.VIEW, "plan_review", client_id=plan.client_id,
                              entity_id=plan_id)
        return plan_review_followup(review, rules) if review is not None else None

