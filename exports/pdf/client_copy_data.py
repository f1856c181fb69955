"""What the client's own copy of a meeting says, read through the summary's one logged view.

An allow-list, not a filter: only what was agreed (the decisions), the agreed actions (what,
who, agency, by when, state), the client's own view, the client's named contact persons (work
phone and e-mail from the directory), the next meeting and the client's own name with the HETU
masked. Never the participants' list (family members' and others' private data), the meeting's
purpose, the client's situation overview, carried actions' notes or completion notes: the
professionals' working notes stay in the summary.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from planner.client_identity import mask_hetu
from planner.config import LANGUAGES
from planner.domain.enums import ActionStatus, MeetingMode
from planner.income_effects import IncomeEffectSection
from planner.services import Planner
from planner.services.base import agency_name


@dataclass(frozen=True)
class CopyMeeting:
    title: str
    start: datetime
    end: datetime
    mode: MeetingMode
    location: str


@dataclass(frozen=True)
class CopyAction:
    description: str
    responsible: str
    agency: str
    due_date: date | None
    status: ActionStatus


@dataclass(frozen=True)
class CopyContact:
    agency: str
    name: str
    title: str
    phone: str
    email: str
    case_lead: bool


@dataclass(frozen=True)
class ClientCopyData:
    client_id: int
    meeting_id: int
    client_language: str  # as recorded ("prs" and the like too)
    client_name: str
    hetu: str  # masked (131052-****), "" without one
    birth_date: date | None
    meeting: CopyMeeting
    decisions: str
    client_view: str
    actions: tuple[CopyAction, ...]
    contacts: tuple[CopyContact, ...]  # the case lead first
    next_meeting: CopyMeeting | None
    made_at: datetime
    made_by: str  # name, title
    made_by_agency: str
    made_by_title: str = ""
    made_by_name: str = ""
    # the income-effect notes (tulovaikutus) in the copy's language: read by
    # write_client_copy_pdf once the language is chosen (planner.income_effects)
    income_effects: IncomeEffectSection | None = None

    @property
    def case_lead(self) -> CopyContact | None:
        return next((c for c in self.contacts if c.case_lead), None)


def document_language(client_language: str) -> str:
    """The client's language when the copy can be written in it, else Finnish."""
    return client_language if client_language in LANGUAGES else "fi"


def collect(planner: Planner, meeting_id: int, *, now: datetime | None = None
            ) -> ClientCopyData:
    """Read the meeting for the client's copy; logged as one view (NotFound for a wrong id)."""
    source = planner.summaries.source(meeting_id, purpose="client's own copy")
    detail = source.detail
    meeting, note, client = detail.meeting, detail.note, detail.client
    profile = source.producer
    agency = (source.agencies.get(profile.agency_id)
              if profile is not None and profile.agency_id is not None else None)
    return ClientCopyData(
        client_id=client.id or 0, meeting_id=meeting_id, client_language=client.language,
        client_name=client.display_name, hetu=mask_hetu(client.hetu),
        birth_date=client.birth_date,
        meeting=CopyMeeting(meeting.title, meeting.start, meeting.end, meeting.mode,
                            meeting.location),
        decisions=note.decisions if note else "",
        client_view=note.client_view if note else "",
        actions=tuple(CopyAction(a.description, a.responsible, a.agency, a.due_date, a.status)
                      for a in source.actions),
        contacts=tuple(CopyContact(c.agency_name, c.professional_name, c.title, c.phone or "",
                                   c.email or "", c.is_case_lead) for c in source.contacts),
        next_meeting=(CopyMeeting(n.title, n.start, n.end, n.mode, n.location)
                      if (n := source.next_meeting) is not None else None),
        made_at=now or planner.now(),
        made_by=", ".join(v for v in (profile.name, profile.title) if v) if profile else "",
        made_by_agency=agency_name(agency) if agency else "",
        made_by_title=profile.title if profile else "",
        made_by_name=profile.name if profile else "")
