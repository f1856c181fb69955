"""Bringing in a case another Verkosto exported (issue 16): the matching and the writes of one
import, inside the caller's transaction. Rows are matched by what stays the same from store to
store, as no row id does (see ``planner.services.handover``); nothing newer here is replaced,
and what is left as it is here is reported with the reason."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, col, select

from planner.domain import (
    Agency,
    AgreedAction,
    Client,
    ClientPlan,
    Consent,
    ConsentAgency,
    ContactPerson,
    Meeting,
    Participant,
    PlanGoal,
    PlanService,
    PlanVersion,
    Professional,
    ServiceCode,
)
from planner.domain.clients import search_key
from planner.handover import (
    AgencyData,
    BundleRefused,
    ClientAmbiguous,
    ClientData,
    HandoverCase,
    ImportReport,
    MeetingData,
    PersonData,
    PlanData,
    Skipped,
)
from planner.services.base import fetch


def _fold(text: str | None) -> str:
    return " ".join((text or "").casefold().split())


def same_agency(agency: Agency, name: str, unit: str, business_id: str | None) -> bool:
    """Whether the store's ``agency`` is the one named so elsewhere: the same Y-tunnus (else
    name) and the same unit, case and runs of spaces aside."""
    same_id = bool(business_id) and agency.business_id == business_id
    return (same_id or _fold(agency.name) == _fold(name)) and _fold(agency.unit) == _fold(unit)


def same_person(person: Professional, name: str, email: str | None) -> bool:
    """Whether the store's ``person`` (at the matched agency) is the one named so elsewhere:
    the same e-mail address, else the same name."""
    return bool(email) and _fold(person.email) == _fold(email) \
        or _fold(person.name) == _fold(name)


def client_candidates(session: Session, data: ClientData) -> list[Client]:
    """Clients of this store who could be the bundle's when its HETU does not tell: the same
    surname and the same birth date or first names (a person must choose one)."""
    return [c for c in session.exec(select(Client).where(Client.last_name == data.last_name)
                                    .order_by(col(Client.id)))
            if c.birth_date == data.birth_date or _fold(c.first_names) == _fold(data.first_names)]


class CaseImport:
    """One import's matching and writes, inside the caller's transaction."""

    def __init__(self, session: Session, case: HandoverCase, now: datetime) -> None:
        self.s = session
        self.case = case
        self.now = now
        self.agencies: dict[str, int] = {}
        self.people: dict[str, int] = {}
        self.plans: dict[str, int] = {}
        self.meetings: dict[str, int] = {}
        self.added: dict[str, int] = {}
        self.updated: dict[str, int] = {}
        self.unchanged = 0
        self.skipped: list[Skipped] = []

    def _add(self, what: str, row: object) -> None:
        self.s.add(row)
        self.s.flush()
        self.added[what] = self.added.get(what, 0) + 1

    def _update(self, what: str) -> None:
        self.updated[what] = self.updated.get(what, 0) + 1

    def detail(self, origin: str) -> str:
        parts = [f"{k} +{v}" for k, v in sorted(self.added.items())]
        parts += [f"{k} ~{v}" for k, v in sorted(self.updated.items())]
        parts.append(f"skipped {len(self.skipped)}")
        return f"FHIR bundle {origin}: " + ", ".join(parts)

    def run(self, client_id: int | None) -> ImportReport:
        client, created = self._client(client_id)
        cid = client.id or 0
        for agency in self.case.agencies:
            self.agencies[agency.key] = self._agency(agency)
        for person in self.case.people:
            self.people[person.key] = self._person(person)
        self._contacts(cid)
        for plan in self.case.plans:
            self._plan(cid, plan)
        for meeting in self.case.meetings:
            self._meeting(cid, meeting)
        self._actions(cid)
        self._consents(cid)
        return ImportReport(cid, client.display_name, created, dict(self.added),
                            dict(self.updated), self.unchanged, tuple(self.skipped),
                            self.case.requests)

    # the client
    def _client(self, client_id: int | None) -> tuple[Client, bool]:
        data = self.case.client
        if client_id is not None:
            client = fetch(self.s, Client, client_id)
            owner = self.s.exec(select(Client).where(Client.hetu == data.hetu)).first() \
                if data.hetu else None
            if (data.hetu and client.hetu and client.hetu != data.hetu) or (
                    owner is not None and owner.id != client.id):
                raise ClientAmbiguous(reason="detail.fhir_hetu_differs", ident=client_id)
            return client, False
        if data.hetu:
            found = self.s.exec(select(Client).where(Client.hetu == data.hetu)).first()
            if found is not None:
                return found, False
        candidates = client_candidates(self.s, data)
        if candidates:
            raise ClientAmbiguous(reason="detail.fhir_choose_client", candidates=", ".join(
                f"{c.id} {c.display_name}" for c in candidates))
        client = Client(last_name=data.last_name, first_names=data.first_names,
                        search_key=search_key(data.first_names, data.last_name),
                        hetu=data.hetu, birth_date=data.birth_date, phone=data.phone,
                        email=data.email, address=data.address, language=data.language,
                        needs_interpreter=data.needs_interpreter, created_at=self.now)
        self._add("client", client)
        return client, True

    # the directory
    def _agency(self, data: AgencyData) -> int:
        for a in self.s.exec(select(Agency)):
            if same_agency(a, data.name, data.unit, data.business_id):
                return a.id or 0
        agency = Agency(name=data.name, unit=data.unit, kind=data.kind,
                        business_id=data.business_id, email=data.email, phone=data.phone,
                        address=data.address)
        self._add("agency", agency)
        return agency.id or 0

    def _person(self, data: PersonData) -> int:
        agency_id = self.agencies[data.agency_key]
        for p in self.s.exec(select(Professional).where(Professional.agency_id == agency_id)):
            if same_person(p, data.name, data.email):
                return p.id or 0
        person = Professional(name=data.name, role=data.role, agency_id=agency_id,
                              email=data.email, phone=data.phone)
        self._add("professional", person)
        return person.id or 0

    def _contacts(self, cid: int) -> None:
        have = {c.agency_id: c for c in self.s.exec(select(ContactPerson).where(
            ContactPerson.client_id == cid))}
        has_lead = any(c.is_case_lead for c in have.values())
        for data in self.case.contacts:
            agency_id = self.agencies[data.agency_key]
            person_id = self.people[data.person_key]
            local = have.get(agency_id)
            if local is not None:
                if local.professional_id == person_id:
                    self.unchanged += 1
                else:
                    self.skipped.append(Skipped("contact", self._agency_name(agency_id),
                                                "fhir.skip_contact_here"))
                continue
            lead = data.is_case_lead and not has_lead
            self._add("contact", ContactPerson(client_id=cid, agency_id=agency_id,
                                               professional_id=person_id, is_case_lead=lead,
                                               since=data.since))
            has_lead = has_lead or lead

    def _agency_name(self, agency_id: int) -> str:
        agency = self.s.get(Agency, agency_id)
        return agency.name if agency else ""

    # the plan
    def _plan(self, cid: int, data: PlanData) -> None:
        plan = next((p for p in self.s.exec(select(ClientPlan).where(
            ClientPlan.client_id == cid, ClientPlan.title == data.title))
            if p.created_at == data.created_at), None)
        if plan is None:
            plan = ClientPlan(client_id=cid, title=data.title, created_at=data.created_at)
            self._add("plan", plan)
        for version in (data, *data.earlier):
            self.plans[version.key] = plan.id or 0
        have = set(self.s.exec(select(PlanVersion.number).where(
            PlanVersion.plan_id == plan.id)))
        newest = max(have, default=0)
        # Earlier versions fill in the history this store lacks (a plan first brought in
        # from an export of its newest version only); one this store has is left as it is.
        for earlier in data.earlier:
            if earlier.number in have:
                self.unchanged += 1
            else:
                self._version(plan.id or 0, earlier)
        if newest == data.number:
            self.unchanged += 1
        elif newest > data.number:
            self.skipped.append(Skipped("plan", data.title, "fhir.skip_plan_newer_here"))
        else:
            self._version(plan.id or 0, data)

    def _version(self, plan_id: int, data: PlanData) -> None:
        version = PlanVersion(
            plan_id=plan_id, number=data.number, status=data.status,
            situation=data.situation, service_needs=data.service_needs,
            review_date=data.review_date, created_at=data.version_created_at,
            created_by=data.created_by, agreed_at=data.agreed_at, agreed_by=data.agreed_by)
        self._add("plan_version", version)
        for position, goal in enumerate(data.goals):
            self._add("goal", PlanGoal(version_id=version.id or 0, position=position,
                                       description=goal.description,
                                       target_date=goal.target_date, status=goal.status,
                                       expressed_by=goal.expressed_by))
        for line in data.services:
            if self.s.get(ServiceCode, line.code) is None:
                self.skipped.append(Skipped("service", line.code, "fhir.skip_unknown_code"))
                continue
            self._add("service", PlanService(
                version_id=version.id or 0, service_code=line.code, note=line.note,
                agency_id=self.agencies.get(line.agency_key or "")))

    # meetings
    def _meeting(self, cid: int, data: MeetingData) -> None:
        local = self.s.exec(select(Meeting).where(Meeting.ical_uid == data.ical_uid)).first()
        if local is not None and local.client_id != cid:
            raise BundleRefused(reason="detail.fhir_meeting_elsewhere", uid=data.ical_uid)
        if local is not None:
            self.meetings[data.key] = local.id or 0
            if local.updated_at >= data.updated_at:
                if local.updated_at > data.updated_at:
                    self.skipped.append(Skipped("meeting", local.title,
                                                "fhir.skip_newer_here"))
                else:
                    self.unchanged += 1
                return
            for old in self.s.exec(select(Participant).where(
                    Participant.meeting_id == local.id)):
                self.s.delete(old)
            self.s.flush()
            meeting = local
            meeting.revision += 1  # an import is a save too: an editor open on it is stale
            self._update("meeting")
        else:
            meeting = Meeting(client_id=cid, title=data.title, start=data.start, end=data.end,
                              ical_uid=data.ical_uid, created_at=data.created_at,
                              updated_at=data.updated_at)
        meeting.title, meeting.start, meeting.end = data.title, data.start, data.end
        meeting.location, meeting.mode, meeting.status = data.location, data.mode, data.status
        meeting.updated_at = data.updated_at
        meeting.sequence = max(meeting.sequence, data.sequence)
        meeting.plan_id = self.plans.get(data.plan_key or "")
        if local is None:
            self._add("meeting", meeting)
        self.meetings[data.key] = meeting.id or 0
        for p in data.participants:
            self.s.add(Participant(
                meeting_id=meeting.id or 0, kind=p.kind,
                professional_id=self.people.get(p.person_key or ""), name=p.name,
                email=p.email, agency_id=self.agencies.get(p.agency_key or ""), role=p.role,
                required=p.required, attendance=p.attendance))
        self.s.flush()

    # agreed actions
    def _actions(self, cid: int) -> None:
        have = list(self.s.exec(select(AgreedAction).where(AgreedAction.client_id == cid)))
        for data in self.case.actions:
            local = next((a for a in have if a.created_at == data.created_at
                          and a.description == data.description), None)
            values: dict[str, object] = dict(
                meeting_id=self.meetings.get(data.meeting_key or ""),
                responsible_professional_id=self.people.get(data.person_key or ""),
                responsible_agency_id=self.agencies.get(data.agency_key or ""),
                responsible_name=data.responsible_name, due_date=data.due_date,
                status=data.status, completion_note=data.completion_note,
                completed_at=data.completed_at, kind=data.kind)
            if local is None:
                action = AgreedAction(client_id=cid, description=data.description,
                                      created_at=data.created_at)
                for k, v in values.items():
                    setattr(action, k, v)
                self._add("action", action)
                continue
            if all(getattr(local, k) == v for k, v in values.items() if k != "meeting_id"):
                self.unchanged += 1
            elif local.completed_at is None and data.completed_at is not None:
                for k, v in values.items():  # finished there since: the newer state
                    if k != "meeting_id":
                        setattr(local, k, v)
                local.revision += 1
                self.s.add(local)
                self._update("action")
            else:
                self.skipped.append(Skipped("action", local.description,
                                            "fhir.skip_changed_here"))

    # consents
    def _consents(self, cid: int) -> None:
        have = list(self.s.exec(select(Consent).where(Consent.client_id == cid)))
        for data in self.case.consents:
            local = next((c for c in have if c.given_at == data.given_at
                          and c.purpose == data.purpose), None)
            agency_ids = sorted({self.agencies[k] for k in data.agency_keys})
            if local is None:
                consent = Consent(client_id=cid, purpose=data.purpose, form=data.form,
                                  given_by=data.given_by, given_at=data.given_at,
                                  recorded_by=data.recorded_by, valid_until=data.valid_until,
                                  withdrawn_at=data.withdrawn_at,
                                  withdrawn_recorded_by=data.recorded_by
                                  if data.withdrawn_at else None)
                self._add("consent", consent)
                for agency_id in agency_ids:
                    self.s.add(ConsentAgency(consent_id=consent.id or 0, agency_id=agency_id))
                continue
            if local.withdrawn_at is None and data.withdrawn_at is not None:
                # a withdrawal is never undone: the later word of the client counts
                local.withdrawn_at = data.withdrawn_at
                local.withdrawn_recorded_by = data.recorded_by
                self.s.add(local)
                self._update("consent")
            elif local.valid_until != data.valid_until or agency_ids != self._covered(local) or (
                    local.withdrawn_at is not None and data.withdrawn_at is None):
                self.skipped.append(Skipped("consent", local.purpose, "fhir.skip_changed_here"))
            else:
                self.unchanged += 1
        self.s.flush()

    def _covered(self, consent: Consent) -> list[int]:
        return sorted(link.agency_id for link in self.s.exec(select(ConsentAgency).where(
            ConsentAgency.consent_id == consent.id)))
