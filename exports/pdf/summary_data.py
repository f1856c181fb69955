"""What a meeting summary says, gathered through the planner's services (no Qt, no layout).

Values stay as stored (enums, aware datetimes); the renderer translates and formats them, so the
same data can be rendered in any of the three languages. The producing time and the document id
can be given, which makes a summary reproducible byte for byte.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from exports.pdf.texts import text
from planner.client_identity import mask_hetu
from planner.consent_coverage import is_whole_organisation
from planner.domain import Agency, Client, Participant
from planner.domain.enums import (
    ActionStatus,
    Attendance,
    CarriedOutcome,
    ConsentForm,
    MeetingMode,
    MeetingStatus,
    ParticipantKind,
    ParticipantRole,
)
from planner.errors import NotFound, ValidationFailed
from planner.income_effects import IncomeEffectSection, for_meeting
from planner.messages import translate
from planner.plan_diff import PlanDiff
from planner.services import Planner, SummaryPlan
from planner.services.base import agency_name
from planner.services.summary_view import SummarySource


class GroupKind(StrEnum):
    CLIENT = "client"  # the client and family
    AGENCY = "agency"
    OTHER = "other"  # people from no agency in the directory


@dataclass(frozen=True)
class MeetingPart:
    title: str
    start: datetime
    end: datetime
    mode: MeetingMode
    location: str
    remote_link: str | None
    status: MeetingStatus
    purpose: str
    type_name: str = ""  # the meeting type, in the document's language ("": none)


def _type_name(planner: Planner, code: str | None, language: str) -> str:
    """The type's name; a user type deleted since by its code, said so."""
    if code is None:
        return ""
    found = planner.meeting_types.find(code)
    return (found.name(language) if found
            else translate("label.meeting_type_removed", language, code=code))


@dataclass(frozen=True)
class ClientPart:
    name: str
    hetu: str | None  # masked unless asked for in full
    hetu_temporary: bool
    birth_date: date | None


@dataclass(frozen=True)
class Person:
    name: str
    role: ParticipantRole
    attendance: Attendance
    interpreter_language: str | None


@dataclass(frozen=True)
class ParticipantGroup:
    kind: GroupKind
    agency: str  # empty unless kind is AGENCY
    people: tuple[Person, ...]


@dataclass(frozen=True)
class ContactLine:
    agency: str
    name: str
    title: str
    case_lead: bool


@dataclass(frozen=True)
class ActionLine:
    description: str
    responsible: str
    agency: str
    due_date: date | None
    status: ActionStatus
    completion_note: str = ""  # what was done, printed under a done action


@dataclass(frozen=True)
class CarriedLine:
    """An earlier meeting's action carried to this one, and what this meeting decided."""

    description: str
    responsible: str
    agency: str
    due_date: date | None
    from_meeting_start: datetime
    outcome: CarriedOutcome | None  # None: not decided (yet)
    note: str


@dataclass(frozen=True)
class NextMeeting:
    title: str
    start: datetime
    end: datetime
    mode: MeetingMode
    location: str


@dataclass(frozen=True)
class ConsentLine:
    purpose: str
    form: ConsentForm
    given_at: datetime
    given_by: str  # empty: the client
    valid_until: date | None
    withdrawn_at: datetime | None  # withdrawn after the meeting
    agencies: tuple[str, ...]


@dataclass(frozen=True)
class Producer:
    name: str
    title: str
    agency: str


@dataclass(frozen=True)
class SummaryData:
    document_id: str
    produced_at: datetime
    language: str
    meeting: MeetingPart
    client: ClientPart
    participants: tuple[ParticipantGroup, ...]
    contacts: tuple[ContactLine, ...]
    agenda: tuple[str, ...]
    decisions: str
    client_view: str
    actions: tuple[ActionLine, ...]
    next_meeting: NextMeeting | None
    consents: tuple[ConsentLine, ...]
    uncovered_agencies: tuple[str, ...]  # taking part without the client's valid consent
    producer: Producer | None
    # The audit log's newest entry when the summary was made ("id:mac", the read logged just
    # before): on the page and in the metadata, for `verkosto audit --verify --against`.
    audit_head: str = ""
    client_id: int | None = None  # for the export's audit entry, never printed
    carried: tuple[CarriedLine, ...] = ()  # status of earlier actions
    # The client's plan: its last agreed version against the newest, when there is an earlier.
    plan_changes: PlanDiff | None = None
    # What the actions and plan lines do to the benefits (tulovaikutus), in ``language``.
    income_effects: IncomeEffectSection | None = None
    # The plan version in force at the meeting (or the newest agreed): goals, benefits and
    # services (planner/services/summary_plan.py); None without an agreed version.
    plan: SummaryPlan | None = None

    @classmethod
    def collect(cls, planner: Planner, meeting_id: int, *, language: str,
                show_hetu: bool = False, now: datetime | None = None,
                document_id: str | None = None) -> SummaryData:
        """Read meeting ``meeting_id`` for its summary; the read is logged as one VIEW."""
        source = planner.summaries.source(meeting_id)
        detail = source.detail
        meeting, note = detail.meeting, detail.note
        return cls(
            document_id=document_id or str(uuid.uuid4()),
            produced_at=now or planner.now(),
            language=language,
            meeting=MeetingPart(meeting.title, meeting.start, meeting.end, meeting.mode,
                                meeting.location, meeting.remote_link, meeting.status,
                                meeting.purpose, _type_name(planner, meeting.type_code,
                                                            language)),
            client=_client(detail.client, show_hetu),
            participants=_groups(source),
            contacts=tuple(ContactLine(c.agency_name, c.professional_name, c.title,
                                       c.is_case_lead) for c in source.contacts),
            agenda=tuple(item.title for item in detail.agenda),
            decisions=note.decisions if note else "",
            client_view=note.client_view if note else "",
            actions=tuple(ActionLine(a.description, a.responsible, a.agency, a.due_date,
                                     a.status, a.completion_note) for a in source.actions),
            next_meeting=_next(source),
            consents=_consents(source, language),
            uncovered_agencies=tuple(str(w.params["agency"]) for w in detail.warnings
                                     if w.code == "warning.no_consent"),
            producer=_producer(source),
            audit_head=planner.audit.head().to_text(),
            client_id=detail.client.id,
            carried=tuple(CarriedLine(c.description, c.responsible, c.agency, c.due_date,
                                      c.from_meeting_start, c.outcome, c.note)
                          for c in source.carried),
            plan_changes=_plan_changes(planner, detail.client.id or 0),
            # read inside the summary's one logged view of the meeting, so not logged again
            income_effects=for_meeting(planner, meeting_id, language, log=False),
            # read inside the summary's one logged view of the meeting, so not logged again
            plan=planner.summary_plans.for_meeting(meeting_id, log=False),
        )


def _plan_changes(planner: Planner, client_id: int) -> PlanDiff | None:
    """Read inside the summary's one logged view of the meeting, so not logged again."""
    try:
        return planner.plan_comparison.compare(client_id, log=False)
    except (NotFound, ValidationFailed):  # no plan, or only one version of it
        return None


def _client(client: Client, show_hetu: bool) -> ClientPart:
    hetu = client.hetu
    if hetu and not show_hetu:
        hetu = mask_hetu(hetu)
    return ClientPart(client.display_name, hetu, client.hetu_is_temporary, client.birth_date)


def _person(p: Participant) -> Person:
    return Person(p.name, p.role, p.attendance, p.interpreter_language)


def _groups(source: SummarySource) -> tuple[ParticipantGroup, ...]:
    """The client and family first, then each agency by name, then anyone else."""
    family: list[Person] = []
    others: list[Person] = []
    by_agency: dict[str, list[Person]] = {}
    for p in source.detail.participants:
        agency = source.detail.agencies.get(p.agency_id) if p.agency_id is not None else None
        if agency is not None:
            by_agency.setdefault(agency_name(agency), []).append(_person(p))
        elif p.kind in (ParticipantKind.CLIENT, ParticipantKind.FAMILY):
            family.append(_person(p))
        else:
            others.append(_person(p))
    groups = [ParticipantGroup(GroupKind.CLIENT, "", tuple(family))] if family else []
    groups += [ParticipantGroup(GroupKind.AGENCY, name, tuple(people))
               for name, people in sorted(by_agency.items(), key=lambda item: item[0].lower())]
    if others:
        groups.append(ParticipantGroup(GroupKind.OTHER, "", tuple(others)))
    return tuple(groups)


def _next(source: SummarySource) -> NextMeeting | None:
    m = source.next_meeting
    if m is None:
        return None
    return NextMeeting(m.title, m.start, m.end, m.mode, m.location)


def _named(agency: Agency, language: str) -> str:
    """An agency a consent names; one without a unit is the whole organisation (the rule of
    planner/consent_coverage.py), and the document says so."""
    if is_whole_organisation(agency):
        return text("whole_organisation", language, name=agency.name)
    return agency_name(agency)


def _consents(source: SummarySource, language: str) -> tuple[ConsentLine, ...]:
    lines = []
    for view in source.consents:
        c = view.consent
        names = sorted((_named(source.agencies[a], language) if a in source.agencies
                        else str(a) for a in view.agency_ids), key=str.lower)
        lines.append(ConsentLine(c.purpose, c.form, c.given_at, c.given_by, c.valid_until,
                                 c.withdrawn_at, tuple(names)))
    return tuple(lines)


def _producer(source: SummarySource) -> Producer | None:
    profile = source.producer
    if profile is None:
        return None
    agency = source.agencies.get(profile.agency_id) if profile.agency_id is not None else None
    return Producer(profile.name, profile.title, agency_name(agency) if agency else "")
