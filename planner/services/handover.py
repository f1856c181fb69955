"""A client's case for another system or store (issue 16): everything the FHIR export writes,
read in one transaction (``source``), and a case exported by another Verkosto brought in
(``bring_in``) — all of it or nothing, never over what this store has newer, logged.

Rows are matched by what stays the same from store to store, as no row id does: the client by
HETU (or the ``client_id`` a person chose), an agency by Y-tunnus and unit (else name and
unit), a professional by e-mail (else name at the agency), a plan by title and creation time,
a meeting by its invite UID, an action by its creation time and text, a consent by the time it
was given and its purpose (``planner.services.handover_import``)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, col, select

from planner.domain import (
    Agency,
    AgreedAction,
    Client,
    ClientPlan,
    ContactPerson,
    InformationRequest,
    Meeting,
    Participant,
    PlanGoal,
    PlanService,
    PlanVersion,
    Professional,
    ServiceCode,
)
from planner.domain.enums import AuditAction
from planner.handover import (
    HandoverCase,
    ImportReport,
)
from planner.services.base import Service, fetch, rows_in
from planner.services.consents import ConsentView, consent_views
from planner.services.handover_import import CaseImport, client_candidates


@dataclass(frozen=True)
class VersionSnapshot:
    """One earlier version of a plan, with its own goals and benefits and services."""

    version: PlanVersion
    goals: tuple[PlanGoal, ...]
    services: tuple[PlanService, ...]


@dataclass(frozen=True)
class PlanSnapshot:
    plan: ClientPlan
    version: PlanVersion  # the newest
    goals: tuple[PlanGoal, ...]
    services: tuple[PlanService, ...]
    earlier: tuple[VersionSnapshot, ...] = ()  # oldest first


@dataclass(frozen=True)
class MeetingSnapshot:
    meeting: Meeting
    participants: tuple[Participant, ...]


@dataclass(frozen=True)
class HandoverSource:
    client: Client
    contacts: tuple[ContactPerson, ...]
    plans: tuple[PlanSnapshot, ...]
    meetings: tuple[MeetingSnapshot, ...]
    actions: tuple[AgreedAction, ...]
    consents: tuple[ConsentView, ...]
    requests: tuple[InformationRequest, ...]
    agencies: dict[int, Agency]  # every agency named anywhere above
    professionals: dict[int, Professional]
    codes: dict[str, ServiceCode]


class Handover(Service):
    def source(self, client_id: int) -> HandoverSource:
        """The client's whole case (NotFound for a wrong id); logging is the export's."""
        with self.ctx.read() as session:
            client = fetch(session, Client, client_id)
            contacts = tuple(session.exec(select(ContactPerson).where(
                ContactPerson.client_id == client_id).order_by(col(ContactPerson.id))))
            plans = tuple(self._plans(session, client_id))
            meetings = tuple(session.exec(select(Meeting).where(
                Meeting.client_id == client_id).order_by(col(Meeting.start), col(Meeting.id))))
            people = rows_in(session, Participant, Participant.meeting_id,
                             [m.id or 0 for m in meetings], Participant.id)
            by_meeting: dict[int, list[Participant]] = {}
            for p in people:
                by_meeting.setdefault(p.meeting_id, []).append(p)
            actions = tuple(session.exec(select(AgreedAction).where(
                AgreedAction.client_id == client_id).order_by(col(AgreedAction.id))))
            consents = tuple(consent_views(session, client_id))
            requests = tuple(session.exec(select(InformationRequest).where(
                InformationRequest.client_id == client_id)
                .order_by(col(InformationRequest.id))))
            agency_ids = {c.agency_id for c in contacts}
            agency_ids |= {s.agency_id for p in plans
                           for line in (p.services, *(v.services for v in p.earlier))
                           for s in line if s.agency_id}
            agency_ids |= {p.agency_id for p in people if p.agency_id}
            agency_ids |= {a.responsible_agency_id for a in actions if a.responsible_agency_id}
            agency_ids |= {a for v in consents for a in v.agency_ids}
            agency_ids |= {r.requesting_agency_id for r in requests}
            agency_ids |= {r.receiving_agency_id for r in requests}
            person_ids = {c.professional_id for c in contacts}
            person_ids |= {p.professional_id for p in people if p.professional_id}
            person_ids |= {a.responsible_professional_id for a in actions
                           if a.responsible_professional_id}
            person_ids |= {i for r in requests for i in (r.requesting_professional_id,
                                                         r.receiving_professional_id) if i}
            professionals = {p.id or 0: p for p in rows_in(
                session, Professional, Professional.id, sorted(person_ids))}
            agency_ids |= {p.agency_id for p in professionals.values()}
            agencies = {a.id or 0: a for a in rows_in(session, Agency, Agency.id,
                                                      sorted(agency_ids))}
            codes = {c.code: c for c in session.exec(select(ServiceCode))}
        return HandoverSource(
            client, contacts, plans,
            tuple(MeetingSnapshot(m, tuple(by_meeting.get(m.id or 0, []))) for m in meetings),
            actions, consents, requests, agencies, professionals, codes)

    @staticmethod
    def _plans(session: Session, client_id: int) -> list[PlanSnapshot]:
        """Each plan with every version: the newest, and the earlier ones oldest first."""
        snapshots = []
        for plan in session.exec(select(ClientPlan).where(ClientPlan.client_id == client_id)
                                 .order_by(col(ClientPlan.created_at), col(ClientPlan.id))):
            versions = [_version(session, v) for v in session.exec(
                select(PlanVersion).where(PlanVersion.plan_id == plan.id)
                .order_by(col(PlanVersion.number)))]
            if not versions:
                continue
            newest = versions[-1]
            snapshots.append(PlanSnapshot(plan, newest.version, newest.goals, newest.services,
                                          tuple(versions[:-1])))
        return snapshots

    # --- bringing a case in ------------------------------------------------------------------
    def candidates(self, case: HandoverCase) -> list[Client]:
        """The clients ``bring_in`` names when it refuses with ClientAmbiguous (no client
        chosen and the HETU does not tell): one of them is chosen for ``client_id``."""
        with self.ctx.read() as session:
            return client_candidates(session, case.client)

    def bring_in(self, case: HandoverCase, *, client_id: int | None = None,
                 origin: str = "") -> ImportReport:
        """Store ``case`` in one transaction, logged as one entry (``origin``: the file)."""
        with self.ctx.write() as session:
            run = CaseImport(session, case, self.ctx.now())
            report = run.run(client_id)
            self.audit.record(
                session, AuditAction.CREATE if report.client_created else AuditAction.UPDATE,
                "fhir_import", client_id=report.client_id, entity_id=report.client_id,
                detail=run.detail(origin))
        return report


def _version(session: Session, version: PlanVersion) -> VersionSnapshot:
    goals = tuple(session.exec(select(PlanGoal).where(PlanGoal.version_id == version.id)
                               .order_by(col(PlanGoal.position), col(PlanGoal.id))))
    services = tuple(session.exec(select(PlanService).where(
        PlanService.version_id == version.id).order_by(col(PlanService.id))))
    return VersionSnapshot(version, goals, services)
