"""Everything a meeting's summary document shows, read for one export.

The meeting in full (through :class:`MeetingDetails`, which logs the one VIEW, with the export's
purpose), plus what the summary adds around it: the meeting's agreed actions, the client's next
meeting, the named contact persons, the consents the sharing rests on and who produces it.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, col, select

from planner.domain import Agency, AgreedAction, Meeting, Professional, UserProfile
from planner.domain.enums import MeetingStatus
from planner.services.actions import OPEN_STATUSES, ActionRow
from planner.services.agenda import CarriedItem, carried_items
from planner.services.base import Service, agency_name
from planner.services.clients import Clients, ContactRow
from planner.services.consents import ConsentView, consent_views
from planner.services.meeting_view import MeetingDetail, MeetingDetails
from planner.services.profile import current_user


@dataclass(frozen=True)
class SummarySource:
    detail: MeetingDetail
    actions: tuple[ActionRow, ...]  # agreed in this meeting, soonest due first
    next_meeting: Meeting | None  # the client's next one after this, not cancelled
    contacts: tuple[ContactRow, ...]  # the case lead first
    consents: tuple[ConsentView, ...]  # valid when the meeting began
    agencies: dict[int, Agency]  # every agency the consents, actions and producer name
    producer: UserProfile | None
    carried: tuple[CarriedItem, ...] = ()  # earlier meetings' open actions and the decisions


class MeetingSummaries(Service):
    def source(self, meeting_id: int, *, purpose: str = "meeting summary") -> SummarySource:
        detail = MeetingDetails(self.ctx, self.audit).get(meeting_id, purpose=purpose)
        client_id = detail.client.id or 0
        contacts = tuple(Clients(self.ctx, self.audit).contacts(client_id))
        with self.ctx.read() as session:
            actions = self._actions(session, detail)
            carried = carried_items(session, detail.meeting, self.ctx.today().date())
            consents = tuple(v for v in consent_views(session, client_id)
                             if v.valid_on(detail.meeting.start))
            producer = current_user(session)  # on a team store the member, not the profile
            wanted = {a for v in consents for a in v.agency_ids}
            if producer is not None and producer.agency_id is not None:
                wanted.add(producer.agency_id)
            agencies = {a.id or 0: a for a in session.exec(
                select(Agency).where(col(Agency.id).in_(wanted)))} if wanted else {}
            next_meeting = session.exec(
                select(Meeting).where(Meeting.client_id == client_id,
                                      col(Meeting.start) > detail.meeting.start,
                                      Meeting.status != MeetingStatus.CANCELLED)
                .order_by(col(Meeting.start), col(Meeting.id))).first()
        return SummarySource(detail, actions, next_meeting, contacts, consents,
                             agencies | detail.agencies, producer, carried)

    def _actions(self, session: Session, detail: MeetingDetail) -> tuple[ActionRow, ...]:
        today = self.ctx.today().date()
        query = (select(AgreedAction, Professional.name, Agency)
                 .outerjoin(Professional,
                            col(Professional.id) == AgreedAction.responsible_professional_id)
                 .outerjoin(Agency, col(Agency.id) == AgreedAction.responsible_agency_id)
                 .where(AgreedAction.meeting_id == detail.meeting.id)
                 .order_by(col(AgreedAction.due_date).is_(None), col(AgreedAction.due_date),
                           col(AgreedAction.id)))
        return tuple(
            ActionRow(a.id or 0, a.client_id, detail.client.display_name, a.meeting_id,
                      a.description, person or a.responsible_name,
                      agency_name(agency) if agency else "", a.responsible_agency_id,
                      a.due_date, a.status,
                      a.status in OPEN_STATUSES and a.due_date is not None and a.due_date < today,
                      a.completion_note or "")
            for a, person, agency in session.exec(query))
