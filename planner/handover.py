"""A case handed over to another store (issue 16): what a FHIR bundle this app exported holds,
read back into plain values (``exports.fhir.reader``) for ``planner.services.handover`` to
bring in. Links between the parts are the bundle's own keys (its ``urn:uuid:`` full URLs),
never the other store's row ids."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from planner.domain.enums import (
    ActionStatus,
    AgencyKind,
    Attendance,
    ConsentForm,
    GoalSetter,
    GoalStatus,
    MeetingMode,
    MeetingStatus,
    ParticipantKind,
    ParticipantRole,
    PlanStatus,
)
from planner.domain.income_effects import ActionKind
from planner.errors import VerkostoError


class BundleRefused(VerkostoError):
    """A file that is not a bundle this app exported, or one it cannot bring in whole:
    nothing of it is stored (exit 3, as invalid input)."""

    code, exit_code = "fhir.refused", 3


class ClientAmbiguous(VerkostoError):
    """The bundle names no HETU that matches, and clients of this store could be the one:
    a person must choose (``--client ID``)."""

    code, exit_code = "fhir.client_ambiguous", 3


@dataclass(frozen=True)
class AgencyData:
    key: str
    name: str
    unit: str
    kind: AgencyKind
    business_id: str | None
    email: str | None
    phone: str | None
    address: str


@dataclass(frozen=True)
class PersonData:
    key: str
    name: str
    role: ParticipantRole
    agency_key: str
    email: str | None
    phone: str | None


@dataclass(frozen=True)
class ClientData:
    hetu: str | None
    first_names: str
    last_name: str
    birth_date: date | None
    language: str
    phone: str | None
    email: str | None
    address: str
    needs_interpreter: bool


@dataclass(frozen=True)
class ContactData:
    agency_key: str
    person_key: str
    is_case_lead: bool
    since: date


@dataclass(frozen=True)
class GoalData:
    description: str
    target_date: date | None
    status: GoalStatus
    expressed_by: GoalSetter


@dataclass(frozen=True)
class ServiceLineData:
    code: str
    agency_key: str | None
    note: str


@dataclass(frozen=True)
class PlanData:
    key: str
    title: str
    created_at: datetime
    number: int  # the version exported: the plan's newest
    status: PlanStatus
    situation: str
    service_needs: str
    review_date: date | None
    version_created_at: datetime
    created_by: str
    agreed_at: datetime | None
    agreed_by: str | None
    goals: tuple[GoalData, ...]
    services: tuple[ServiceLineData, ...]
    # the plan's earlier versions, oldest first (each a CarePlan the next one replaces); an
    # export made before versions travelled has none
    earlier: tuple[PlanData, ...] = ()


@dataclass(frozen=True)
class ParticipantData:
    kind: ParticipantKind
    person_key: str | None
    name: str
    email: str | None
    agency_key: str | None
    role: ParticipantRole
    required: bool
    attendance: Attendance


@dataclass(frozen=True)
class MeetingData:
    key: str
    ical_uid: str
    sequence: int
    title: str
    start: datetime
    end: datetime
    location: str
    mode: MeetingMode
    status: MeetingStatus
    plan_key: str | None
    created_at: datetime
    updated_at: datetime
    participants: tuple[ParticipantData, ...]


@dataclass(frozen=True)
class ActionData:
    meeting_key: str | None
    description: str
    kind: ActionKind
    person_key: str | None
    agency_key: str | None
    responsible_name: str
    due_date: date | None
    status: ActionStatus
    completion_note: str
    completed_at: datetime | None
    created_at: datetime


@dataclass(frozen=True)
class ConsentData:
    purpose: str
    form: ConsentForm
    given_by: str
    given_at: datetime
    recorded_by: str
    valid_until: date | None
    withdrawn_at: datetime | None
    agency_keys: tuple[str, ...]


@dataclass(frozen=True)
class HandoverCase:
    client: ClientData
    agencies: tuple[AgencyData, ...]
    people: tuple[PersonData, ...]
    contacts: tuple[ContactData, ...]
    plans: tuple[PlanData, ...]
    meetings: tuple[MeetingData, ...]
    actions: tuple[ActionData, ...]
    consents: tuple[ConsentData, ...]
    requests: int  # information requests in the bundle: shown, not brought in


@dataclass(frozen=True)
class Skipped:
    """Something of the bundle left as this store has it, and why (a message code)."""

    what: str  # "meeting", "action", "plan", "consent", "contact", "client"
    name: str  # its title or text, for the report
    reason: str  # message code: fhir.skip_newer_here, fhir.skip_changed_here, …


@dataclass(frozen=True)
class ImportReport:
    client_id: int
    client_name: str
    client_created: bool
    added: dict[str, int]  # what -> how many rows were added
    updated: dict[str, int]
    unchanged: int
    skipped: tuple[Skipped, ...]
    requests_left_out: int
