"""Consents (suostumukset): who gave it, for which agencies, for what, how, until when."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session, select

from planner.consent_coverage import ConsentCoverage, is_whole_organisation, name_key
from planner.domain import Agency, Client, Consent, ConsentAgency
from planner.domain.enums import AgencyKind, AuditAction, ConsentForm
from planner.errors import FieldError, ValidationFailed
from planner.services.base import Service, fetch, rows_in
from planner.services.context import TZ
from planner.validation import Checker, require_aware


@dataclass
class ConsentInput:
    client_id: int
    agency_ids: Sequence[int]
    purpose: str
    form: ConsentForm
    given_at: datetime
    valid_until: date | None = None
    given_by: str = ""  # empty: the client; otherwise e.g. "huoltaja Maria Nieminen"
    # Whole organisations by name, for one the directory lists only units of: its own
    # row (no unit) is added to the directory, as the rule reads the consent by rows.
    organisations: Sequence[str] = ()


@dataclass(frozen=True)
class ConsentView:
    consent: Consent
    agency_ids: tuple[int, ...]

    def valid_on(self, moment: datetime) -> bool:
        c = self.consent
        if c.given_at > moment:
            return False
        if c.withdrawn_at is not None and c.withdrawn_at <= moment:
            return False
        return c.valid_until is None or moment.astimezone(TZ).date() <= c.valid_until


class Consents(Service):
    def record(self, data: ConsentInput) -> Consent:
        check = Checker()
        purpose = check.text("purpose", data.purpose, required=True, maximum=1000)
        given_by = check.text("given_by", data.given_by)
        agency_ids = sorted(set(data.agency_ids))
        if not agency_ids and not any(name_key(o) for o in data.organisations):
            check.add("agency_ids", "validation.consent_agencies_required")
        try:
            given_at = require_aware(data.given_at, "given_at")
        except ValidationFailed as failure:
            check.errors.extend(failure.errors)
            given_at = data.given_at
        if data.valid_until and given_at.tzinfo and data.valid_until < given_at.astimezone(
                TZ).date():
            check.add("valid_until", "validation.valid_until_before_given")
        check.done()
        with self.ctx.write() as session:
            fetch(session, Client, data.client_id)
            for agency_id in agency_ids:
                fetch(session, Agency, agency_id)
            agency_ids = sorted(set(agency_ids) | {
                self._organisation(session, name) for name in data.organisations
                if name_key(name)})
            consent = Consent(client_id=data.client_id, purpose=purpose,
                              form=ConsentForm(data.form), given_by=given_by,
                              given_at=given_at, valid_until=data.valid_until,
                              recorded_by=self.ctx.user(session))
            session.add(consent)
            session.flush()
            assert consent.id is not None
            for agency_id in agency_ids:
                session.add(ConsentAgency(consent_id=consent.id, agency_id=agency_id))
            self.audit.record(session, AuditAction.CREATE, "consent", client_id=data.client_id,
                              entity_id=consent.id,
                              detail="agencies " + ",".join(map(str, agency_ids)))
        return consent

    def _organisation(self, session: Session, name: str) -> int:
        """The directory row standing for the whole organisation ``name``; made from its
        units (their spelling, and their kind and Y-tunnus when they all share one)."""
        key = name_key(name)
        rows = [a for a in session.exec(select(Agency)) if name_key(a.name) == key]
        for agency in rows:
            if is_whole_organisation(agency):
                return agency.id or 0
        kinds = {a.kind for a in rows}
        business_ids = {a.business_id for a in rows}
        agency = Agency(name=rows[0].name if rows else " ".join(name.split()),
                        kind=kinds.pop() if len(kinds) == 1 else AgencyKind.OTHER, unit="",
                        business_id=business_ids.pop() if len(business_ids) == 1 else None)
        session.add(agency)
        session.flush()
        self.audit.record(session, AuditAction.CREATE, "agency", entity_id=agency.id,
                          detail=agency.name)
        return agency.id or 0

    def withdraw(self, consent_id: int, at: datetime | None = None) -> Consent:
        """Withdrawal is as easy as giving (GDPR art. 7); the record itself stays."""
        with self.ctx.write() as session:
            consent = fetch(session, Consent, consent_id)
            if consent.withdrawn_at is not None:
                when = consent.withdrawn_at.astimezone(TZ).date()  # shown in the reader's language
                raise ValidationFailed([FieldError("withdrawn_at",
                                                   "validation.consent_already_withdrawn",
                                                   {"when": when})])
            consent.withdrawn_at = at or self.ctx.now()
            consent.withdrawn_recorded_by = self.ctx.user(session)
            self.audit.record(session, AuditAction.UPDATE, "consent",
                              client_id=consent.client_id, entity_id=consent_id,
                              detail="withdrawn")
        return consent

    def for_client(self, client_id: int) -> list[ConsentView]:
        with self.ctx.read() as session:
            return consent_views(session, client_id)

    def covered_agencies(self, client_id: int, moment: datetime | None = None) -> set[int]:
        """The directory's agencies the client's consent covers at ``moment`` (default:
        now), by the rule of planner/consent_coverage.py."""
        moment = moment or self.ctx.now()
        with self.ctx.read() as session:
            coverage = coverage_at(session, consent_views(session, client_id), moment)
            return {a.id or 0 for a in session.exec(select(Agency)) if coverage.covers(a)}


def coverage_at(session: Session, views: Sequence[ConsentView],
                moment: datetime) -> ConsentCoverage:
    """What the consents among ``views`` valid at ``moment`` cover."""
    named = {a for view in views if view.valid_on(moment) for a in view.agency_ids}
    return ConsentCoverage(rows_in(session, Agency, Agency.id, sorted(named)))


def consent_views(session: Session, client_id: int) -> list[ConsentView]:
    """A client's consents, newest first, each with the agencies it covers."""
    return consent_views_of(session, [client_id]).get(client_id, [])


def consent_views_of(session: Session, client_ids: Sequence[int]
                     ) -> dict[int, list[ConsentView]]:
    """Several clients' consents at once (by client id), each client's newest first."""
    consents = rows_in(session, Consent, Consent.client_id, client_ids)
    consents.sort(key=lambda c: (c.given_at, c.id or 0), reverse=True)
    links: dict[int, list[int]] = {}
    for link in rows_in(session, ConsentAgency, ConsentAgency.consent_id,
                        [c.id or 0 for c in consents]):
        links.setdefault(link.consent_id, []).append(link.agency_id)
    views: dict[int, list[ConsentView]] = {}
    for c in consents:
        views.setdefault(c.client_id, []).append(
            ConsentView(c, tuple(sorted(links.get(c.id or 0, [])))))
    return views
