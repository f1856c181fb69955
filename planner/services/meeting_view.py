"""One meeting in full, and the warnings shown beside it (never modal)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import col, select

from planner.domain import Agency, AgendaItem, Client, Meeting, MeetingNote, Participant
from planner.domain.enums import AuditAction, ParticipantKind
from planner.services.base import Service, fetch
from planner.services.consents import consent_views


@dataclass(frozen=True)
class MeetingWarning:
    """``code`` is a message code; the UI translates it with ``params``."""

    code: str
    participant_id: int | None
    params: dict[str, object]


@dataclass(frozen=True)
class MeetingDetail:
    meeting: Meeting
    client: Client
    agenda: tuple[AgendaItem, ...]
    participants: tuple[Participant, ...]
    agencies: dict[int, Agency]
    note: MeetingNote | None
    warnings: tuple[MeetingWarning, ...]


def meeting_warnings(meeting: Meeting, participants: tuple[Participant, ...],
                     agencies: dict[int, Agency], covered: set[int]) -> list[MeetingWarning]:
    """An agency taking part without the client's valid consent; a participant without e-mail."""
    warnings: list[MeetingWarning] = []
    seen: set[int] = set()
    for p in participants:
        if p.agency_id is not None and p.agency_id not in covered and p.agency_id not in seen:
            seen.add(p.agency_id)
            agency = agencies.get(p.agency_id)
            warnings.append(MeetingWarning("warning.no_consent", p.id,
                                           {"agency": agency.name if agency else p.agency_id}))
        if not p.email and p.kind != ParticipantKind.CLIENT:
            warnings.append(MeetingWarning("warning.no_email", p.id, {"name": p.name}))
    return warnings


class MeetingDetails(Service):
    def get(self, meeting_id: int, *, purpose: str = "") -> MeetingDetail:
        with self.ctx.write() as session:
            meeting = fetch(session, Meeting, meeting_id)
            client = fetch(session, Client, meeting.client_id)
            agenda = tuple(session.exec(select(AgendaItem).where(
                AgendaItem.meeting_id == meeting_id).order_by(col(AgendaItem.position))))
            participants = tuple(session.exec(select(Participant).where(
                Participant.meeting_id == meeting_id).order_by(col(Participant.id))))
            agency_ids = {p.agency_id for p in participants if p.agency_id is not None}
            agencies = {a.id or 0: a for a in session.exec(select(Agency).where(
                col(Agency.id).in_(agency_ids)))} if agency_ids else {}
            note = session.get(MeetingNote, meeting_id)
            covered: set[int] = set()
            moment: datetime = meeting.start
            for view in consent_views(session, meeting.client_id):
                if view.valid_on(moment):
                    covered.update(view.agency_ids)
            warnings = tuple(meeting_warnings(meeting, participants, agencies, covered))
            self.audit.record(session, AuditAction.VIEW, "meeting", client_id=client.id,
                              entity_id=meeting_id, purpose=purpose)
        return MeetingDetail(meeting, client, agenda, participants, agencies, note, warnings)
