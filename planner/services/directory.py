"""Agencies and professionals: the directory meetings are planned from."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlmodel import col, select

from planner.domain import Agency, Professional
from planner.domain.enums import AgencyKind, AuditAction, ParticipantRole
from planner.services.base import Service, fetch
from planner.validation import (
    Checker,
    normalise_business_id,
    normalise_email,
    normalise_language,
    normalise_phone,
)


@dataclass
class AgencyInput:
    name: str
    kind: AgencyKind
    unit: str = ""
    business_id: str | None = None
    email: str | None = None
    phone: str | None = None
    address: str = ""


@dataclass
class ProfessionalInput:
    name: str
    agency_id: int
    title: str = ""
    role: ParticipantRole = ParticipantRole.OTHER
    email: str | None = None
    phone: str | None = None
    languages: Sequence[str] = field(default_factory=tuple)


class Directory(Service):
    def _agency_values(self, data: AgencyInput) -> dict[str, object]:
        check = Checker()
        values: dict[str, object] = {
            "name": check.text("name", data.name, required=True),
            "kind": AgencyKind(data.kind),
            "unit": check.text("unit", data.unit),
            "business_id": check.optional("business_id", data.business_id,
                                          normalise_business_id),
            "email": check.optional("email", data.email, normalise_email),
            "phone": check.optional("phone", data.phone, normalise_phone),
            "address": check.text("address", data.address, maximum=300),
        }
        check.done()
        return values

    def create_agency(self, data: AgencyInput) -> Agency:
        values = self._agency_values(data)
        with self.ctx.write() as session:
            agency = Agency(**values)  # type: ignore[arg-type]
            session.add(agency)
            session.flush()
            self.audit.record(session, AuditAction.CREATE, "agency", entity_id=agency.id,
                              detail=agency.name)
        return agency

    def update_agency(self, agency_id: int, data: AgencyInput) -> Agency:
        values = self._agency_values(data)
        with self.ctx.write() as session:
            agency = fetch(session, Agency, agency_id)
            for key, value in values.items():
                setattr(agency, key, value)
            self.audit.record(session, AuditAction.UPDATE, "agency", entity_id=agency_id,
                              detail=agency.name)
        return agency

    def agencies(self, kind: AgencyKind | None = None) -> list[Agency]:
        with self.ctx.read() as session:
            query = select(Agency).order_by(col(Agency.name), col(Agency.unit))
            if kind is not None:
                query = query.where(Agency.kind == kind)
            return list(session.exec(query))

    def agency(self, agency_id: int) -> Agency:
        with self.ctx.read() as session:
            return fetch(session, Agency, agency_id)

    def _professional_values(self, data: ProfessionalInput) -> dict[str, object]:
        check = Checker()
        languages: list[str] = []
        for index, code in enumerate(data.languages):
            language = check.optional(f"languages[{index}]", code, normalise_language)
            if language and language not in languages:
                languages.append(language)
        values: dict[str, object] = {
            "name": check.text("name", data.name, required=True),
            "title": check.text("title", data.title),
            "role": ParticipantRole(data.role),
            "agency_id": data.agency_id,
            "email": check.optional("email", data.email, normalise_email),
            "phone": check.optional("phone", data.phone, normalise_phone),
            "languages": languages,
        }
        check.done()
        return values

    def create_professional(self, data: ProfessionalInput) -> Professional:
        values = self._professional_values(data)
        with self.ctx.write() as session:
            fetch(session, Agency, data.agency_id)
            person = Professional(**values)  # type: ignore[arg-type]
            session.add(person)
            session.flush()
            self.audit.record(session, AuditAction.CREATE, "professional",
                              entity_id=person.id, detail=person.name)
        return person

    def update_professional(self, professional_id: int, data: ProfessionalInput) -> Professional:
        values = self._professional_values(data)
        with self.ctx.write() as session:
            fetch(session, Agency, data.agency_id)
            person = fetch(session, Professional, professional_id)
            for key, value in values.items():
                setattr(person, key, value)
            self.audit.record(session, AuditAction.UPDATE, "professional",
                              entity_id=professional_id, detail=person.name)
        return person

    def professionals(self, agency_id: int | None = None) -> list[Professional]:
        with self.ctx.read() as session:
            query = select(Professional).where(col(Professional.active)).order_by(
                col(Professional.name))
            if agency_id is not None:
                query = query.where(Professional.agency_id == agency_id)
            return list(session.exec(query))

    def professional(self, professional_id: int) -> Professional:
        with self.ctx.read() as session:
            return fetch(session, Professional, professional_id)
