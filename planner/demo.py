"""``verkosto demo``: fill a store with the demo directory and the five client situations.

Everything goes through the planner's use cases (so the audit log records it like any other
work); meetings are placed on Finnish working days relative to today. Each meeting records
its meeting type; the sickness-allowance client has the allowance's first day and a follow-up
series: the day-60 meeting held with its actions, the 90–150 meeting planned, whose agenda
carries the day-60 meeting's open actions (planner.services.agenda).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

import holidays

from planner.demo_data import AGENCIES, PEOPLE, SITUATIONS
from planner.demo_income import add_income_effects
from planner.domain.enums import (
    ActionStatus,
    Attendance,
    ConsentForm,
    GoalStatus,
    MeetingMode,
    MeetingStatus,
    ParticipantKind,
    ParticipantRole,
)
from planner.services import (
    ActionInput,
    AgencyInput,
    ClientInput,
    ConsentInput,
    GoalInput,
    MeetingInput,
    ParticipantInput,
    PlanDraft,
    Planner,
    ProfessionalInput,
    ProfileInput,
    RequestInput,
    ServiceInput,
)
from planner.services.context import TZ

if TYPE_CHECKING:
    from planner.domain import Participant

_CHECK_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
_SEPARATOR = {18: "+", 19: "-", 20: "A"}


@dataclass(frozen=True)
class DemoSummary:
    clients: int
    meetings: int
    actions: int


def demo_hetu(day: int, month: int, year: int, individual: int) -> str:
    """A HETU with a correct check character (fictional people, real arithmetic)."""
    digits = f"{day:02d}{month:02d}{year % 100:02d}{individual:03d}"
    return (f"{digits[:6]}{_SEPARATOR[year // 100]}{individual:03d}"
            f"{_CHECK_CHARS[int(digits) % 31]}")


def working_day(today: date, offset: int) -> date:
    """``today + offset`` moved off weekends and Finnish public holidays (away from today)."""
    finnish_holidays = holidays.country_holidays("FI", years=range(today.year - 1,
                                                                   today.year + 2))
    day = today + timedelta(days=offset)
    step = 1 if offset >= 0 else -1
    while day.weekday() >= 5 or day in finnish_holidays:
        day += timedelta(days=step)
    return day


class _Loader:
    def __init__(self, planner: Planner, today: date) -> None:
        self.p = planner
        self.today = today
        self.agencies: dict[str, int] = {}
        self.people: dict[str, int] = {}
        self.interpreter_language: str | None = None  # the current client's
        self.meetings = 0
        self.actions = 0

    def at(self, offset: int, hour: int = 9) -> datetime:
        day = working_day(self.today, offset)
        return datetime(day.year, day.month, day.day, hour, tzinfo=TZ)

    def directory(self) -> None:
        for key, (name, kind, unit, business_id, email, phone, address) in AGENCIES.items():
            created = self.p.directory.create_agency(AgencyInput(
                name, kind, unit, business_id, email, phone, address))
            self.agencies[key] = created.id or 0
        for key, (name, title, role, agency_key, email, phone, langs) in PEOPLE.items():
            person = self.p.directory.create_professional(ProfessionalInput(
                name, self.agencies[agency_key], title, role, email, phone, langs))
            self.people[key] = person.id or 0

    def situation(self, spec: dict[str, Any]) -> None:
        data = dict(spec["client"])
        day, month, year = data.pop("born")
        data["hetu"] = demo_hetu(day, month, year, data.pop("individual"))
        if "sickness_allowance_start" in spec:
            data["sickness_allowance_start"] = self.today + timedelta(
                days=spec["sickness_allowance_start"])
        client = self.p.clients.create(ClientInput(**data))
        cid = client.id or 0
        self.interpreter_language = client.interpreter_language
        for person, lead in spec["contacts"]:
            self.p.clients.set_contact(cid, self.people[person], case_lead=lead)
        if "withdrawn_consent" in spec:
            agencies, form, given, purpose = spec["withdrawn_consent"]
            old = self.consent(cid, agencies, form, given, None, purpose)
            self.p.consents.withdraw(old, self.at(given + 30))
        consent_id = self.consent(cid, *spec["consent"])
        plan_id = self.plan(cid, spec["plan"])
        for meeting in spec["meetings"]:
            self.meeting(cid, plan_id, meeting)
        for request in spec.get("information_requests", ()):
            self.information_request(cid, consent_id, *request)

    def consent(self, cid: int, agencies: list[str], form: str, given: int,
                valid_days: int | None, purpose: str) -> int:
        given_at = self.at(given, 10)
        consent = self.p.consents.record(ConsentInput(
            cid, [self.agencies[a] for a in agencies], purpose, ConsentForm(form), given_at,
            valid_until=given_at.date() + timedelta(days=valid_days) if valid_days else None))
        return consent.id or 0

    def plan(self, cid: int, spec: tuple[Any, ...]) -> int:
        title, situation, needs, view, goals, services, state = spec
        draft = PlanDraft(
            situation, needs, view, review_date=self.today + timedelta(days=90),
            goals=[GoalInput(text, self.today + timedelta(days=days), GoalStatus.ACTIVE)
                   for text, days in goals],
            services=[ServiceInput(code) for code in services])
        version = self.p.plans.create(cid, title, draft)
        if state in ("agree", "agree_and_redraft"):
            self.p.plans.agree(version.id or 0)
        if state == "agree_and_redraft":
            self.p.plans.new_version(version.plan_id)
        return version.plan_id

    def meeting(self, cid: int, plan_id: int, spec: dict[str, Any]) -> None:
        start = self.at(spec["days"], spec["hour"])
        meeting = self.p.meetings.plan(MeetingInput(
            cid, spec["title"], start, start + timedelta(minutes=spec["minutes"]),
            purpose="Yhteisen asiakassuunnitelman laatiminen ja seuranta",
            location=spec.get("location", ""), remote_link=spec.get("link"),
            mode=MeetingMode(spec["mode"]), plan_id=plan_id, agenda=spec["agenda"],
            type_code=spec.get("type")))
        mid = meeting.id or 0
        self.meetings += 1
        participants = [self.participant(mid, who) for who in spec["people"]]
        status = MeetingStatus(spec["status"])
        if status == MeetingStatus.HELD:
            # Attendance as it happened: one professional sent apologies.
            absent = _sent_apologies(participants)
            for participant in participants:
                self.p.meetings.set_attendance(participant.id or 0, Attendance.ABSENT
                                               if participant is absent else Attendance.ATTENDED)
            self.p.meetings.record_notes(mid, spec["decisions"], spec["view"])
            self.p.meetings.set_status(mid, MeetingStatus.HELD)
            for action in spec["actions"]:
                self.action(cid, mid, *action)
        elif status != MeetingStatus.PLANNED:
            if status == MeetingStatus.CONFIRMED:
                for participant in participants:
                    self.p.meetings.set_attendance(participant.id or 0, Attendance.ACCEPTED)
            self.p.meetings.set_status(mid, status)

    def participant(self, mid: int, who: Any) -> Participant:
        if who == "client":
            data = ParticipantInput(ParticipantKind.CLIENT)
        elif isinstance(who, tuple):
            kind, name, role, email = who
            data = ParticipantInput(ParticipantKind(kind), name=name, role=role, email=email)
        else:
            data = ParticipantInput(ParticipantKind.PROFESSIONAL, professional_id=self.people[who])
            if PEOPLE[who][2] == ParticipantRole.INTERPRETER:
                data.interpreter_language = self.interpreter_language
        return self.p.meetings.add_participant(mid, data)

    def action(self, cid: int, mid: int, text: str, who: str, due: int, status: str,
               note: str) -> None:
        responsible = {"responsible_name": "Asiakas itse"} if who == "client" else {
            "responsible_professional_id": self.people[who]}
        action = self.p.actions.record(ActionInput(
            cid, text, mid, due_date=self.today + timedelta(days=due), **responsible))
        if status != "open":
            self.p.actions.set_status(action.id or 0, ActionStatus(status), note)
        self.actions += 1


    def information_request(self, cid: int, consent_id: int, asker: str, receiver: str,
                            subject: str, basis: str, sent: int, due: int) -> None:
        """A request sent ``sent`` working days from today, due ``due`` (negative: overdue)."""
        data = RequestInput(cid, self.agencies[PEOPLE[asker][3]],
                            self.agencies[PEOPLE[receiver][3]], subject, self.people[asker],
                            self.people[receiver], legal_basis=basis, consent_id=consent_id)
        request = self.p.requests.create(data)
        self.p.requests.mark_sent(request.id or 0, working_day(self.today, sent),
                                  working_day(self.today, due))


def _sent_apologies(participants: list[Participant]) -> Participant | None:
    """Who missed a held meeting: the last professional listed, never the interpreter."""
    return next((p for p in reversed(participants)
                 if p.kind == ParticipantKind.PROFESSIONAL
                 and p.role != ParticipantRole.INTERPRETER), None)


def load_demo(planner: Planner, today: date | None = None) -> DemoSummary:
    """Fill ``planner``'s store with the demo data; the profile first, so the log names her."""
    loader = _Loader(planner, today or datetime.now(TZ).date())
    me = PEOPLE["me"]
    planner.profile.save(ProfileInput(me[0], me[1], None, me[4]))
    loader.directory()
    planner.profile.save(ProfileInput(me[0], me[1], loader.agencies[me[3]], me[4]))
    for spec in SITUATIONS:
        loader.situation(spec)
    loader.actions += add_income_effects(planner, loader.people, loader.today)  # issue 15
    return DemoSummary(len(SITUATIONS), loader.meetings, loader.actions)
