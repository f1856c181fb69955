"""Clients, their named contact persons per agency and their one case lead (kopin ottaja)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, text
from sqlmodel import Session, col, select

from planner.domain import (
    Agency,
    Client,
    ClientPlan,
    ContactPerson,
    PlanService,
    PlanVersion,
    Professional,
    ServiceCode,
)
from planner.domain.clients import search_key, search_words
from planner.domain.enums import AuditAction
from planner.errors import FieldError, ValidationFailed
from planner.services.base import Service, fetch
from planner.storage.audit_chain import on_team_store
from planner.validation import (
    Checker,
    hetu_birth_date,
    normalise_email,
    normalise_hetu,
    normalise_language,
    normalise_phone,
)

MAX_SEARCH_CHARS = 200  # the search box and `clients --search` are cut off here


@dataclass
class ClientInput:
    first_names: str
    last_name: str
    hetu: str | None = None
    birth_date: date | None = None
    phone: str | None = None
    email: str | None = None
    address: str = ""
    language: str = "fi"
    needs_interpreter: bool = False
    interpreter_language: str | None = None
    situation: str = ""
    sickness_allowance_start: date | None = None  # sairauspäivärahan alkamispäivä


# A sickness-allowance start date may be a few weeks ahead (the certificate is written before
# the period starts) and, the period lasting some 300 benefit days, about a year back; further
# either way it is a typing slip (a wrong year), which would put every follow-up point astray.
SICKNESS_START_AHEAD_DAYS = 60
SICKNESS_START_BACK_YEARS = 2


def _check_sickness_start(check: Checker, start: date | None, today: date) -> date | None:
    if start is None:
        return None
    latest = today + timedelta(days=SICKNESS_START_AHEAD_DAYS)
    earliest = today.replace(year=today.year - SICKNESS_START_BACK_YEARS,
                             day=28 if (today.month, today.day) == (2, 29) else today.day)
    if start > latest:
        check.add("sickness_allowance_start", "validation.sickness_start_too_late",
                  days=SICKNESS_START_AHEAD_DAYS, latest=latest)
    elif start < earliest:
        check.add("sickness_allowance_start", "validation.sickness_start_too_early",
                  years=SICKNESS_START_BACK_YEARS, earliest=earliest)
    return start


@dataclass(frozen=True)
class ClientRow:
    id: int
    name: str
    hetu: str | None
    birth_date: date | None
    first_names: str = ""  # the name's parts, for telling whether a text names the client
    last_name: str = ""


@dataclass(frozen=True)
class ContactRow:
    id: int
    agency_id: int
    agency_name: str
    professional_id: int
    professional_name: str
    title: str
    email: str | None
    phone: str | None
    is_case_lead: bool


def _validate(data: ClientInput, today: date) -> dict[str, object]:
    check = Checker()
    hetu = check.optional("hetu", data.hetu, normalise_hetu)
    birth_date = data.birth_date
    if hetu:
        expected = hetu_birth_date(hetu)
        if birth_date and birth_date != expected:
            check.add("birth_date", "validation.hetu_birth_date_mismatch",
                      expected=expected)
        birth_date = expected
    interpreter_language = check.optional("interpreter_language", data.interpreter_language,
                                          normalise_language)
    if data.needs_interpreter and not interpreter_language:
        check.add("interpreter_language", "validation.required")
    values: dict[str, object] = {
        "first_names": check.text("first_names", data.first_names, required=True),
        "last_name": check.text("last_name", data.last_name, required=True, maximum=100),
        "hetu": hetu,
        "birth_date": birth_date,
        "phone": check.optional("phone", data.phone, normalise_phone),
        "email": check.optional("email", data.email, normalise_email),
        "address": check.text("address", data.address, maximum=300),
        "language": check.optional("language", data.language, normalise_language) or "fi",
        "needs_interpreter": bool(data.needs_interpreter),
        "interpreter_language": interpreter_language,
        "situation": check.text("situation", data.situation, maximum=4000),
        "sickness_allowance_start": _check_sickness_start(check, data.sickness_allowance_start,
                                                          today),
    }
    check.done()
    return values


def _hetu_taken(session: Session, hetu: object, except_id: int | None) -> bool:
    if not hetu:
        return False
    if on_team_store(session):  # the server's function: its client may be hidden from me
        return bool(session.connection().execute(
            text("SELECT verkosto_hetu_taken(:hetu, :client)"),
            {"hetu": hetu, "client": except_id}).scalar())
    query = select(Client.id).where(Client.hetu == hetu)
    if except_id is not None:
        query = query.where(Client.id != except_id)
    return session.exec(query).first() is not None


class Clients(Service):
    def create(self, data: ClientInput) -> Client:
        values = _validate(data, self.ctx.today().date())
        with self.ctx.write() as session:
            if _hetu_taken(session, values["hetu"], None):
                raise ValidationFailed([_duplicate_hetu(values["hetu"])])
            client = Client(**values, created_at=self.ctx.now(),  # type: ignore[arg-type]
                            search_key=search_key(str(values["first_names"]),
                                                  str(values["last_name"])))
            session.add(client)
            session.flush()
            self.audit.record(session, AuditAction.CREATE, "client", client_id=client.id,
                              entity_id=client.id)
        return client

    def update(self, client_id: int, data: ClientInput) -> Client:
        values = _validate(data, self.ctx.today().date())
        with self.ctx.write() as session:
            client = fetch(session, Client, client_id)
            if _hetu_taken(session, values["hetu"], client_id):
                raise ValidationFailed([_duplicate_hetu(values["hetu"])])
            changed = sorted(k for k, v in values.items() if getattr(client, k) != v)
            for key, value in values.items():
                setattr(client, key, value)
            client.search_key = search_key(client.first_names, client.last_name)
            self.audit.record(session, AuditAction.UPDATE, "client", client_id=client_id,
                              entity_id=client_id, detail="fields: " + ", ".join(changed))
        return client

    def get(self, client_id: int, *, purpose: str = "") -> Client:
        """One client's details; the view is logged."""
        with self.ctx.logged_read() as session:
            client = fetch(session, Client, client_id)
            self.audit.record(session, AuditAction.VIEW, "client", client_id=client_id,
                              entity_id=client_id, purpose=purpose)
        return client

    def search(self, text: str = "", *, limit: int = 200, offset: int = 0,
               show_hetu: bool = False) -> list[ClientRow]:
        """Clients with a name part starting with each word of ``text`` ("aino kor", "öh",
        in any case), whose HETU ends with ``text``, whose case lead's name or one of whose
        current plan's benefits and services does (see ``matching``); in name order, a page
        at a time.

        Read from the ix_client_listing index alone. Listing names is itself a view of client
        data: it is logged once per search. ``show_hetu``: the caller shows the identity codes
        in full (not masked, planner.client_identity.mask_hetu); that is logged too, once for
        each client whose code is shown, so the client's own log extract tells it.
        """
        needle = checked_needle(text)
        query = select(Client.id, Client.first_names, Client.last_name,  # type: ignore[call-overload]
                       Client.hetu, Client.birth_date)
        query = query.order_by(col(Client.last_name), col(Client.first_names), col(Client.id))
        with self.ctx.logged_read() as session:
            found = session.exec(matching(session, query, needle).limit(limit).offset(offset))
            rows = [ClientRow(r[0], f"{r[1]} {r[2]}", r[3], r[4], r[1], r[2]) for r in found]
            shown = ", full identity codes shown" if show_hetu else ""
            self.audit.record(session, AuditAction.VIEW, "client_list",
                              detail=f"search {len(needle)} chars, {len(rows)} rows{shown}")
            for row in rows if show_hetu else []:
                if row.hetu:
                    self.audit.record(session, AuditAction.VIEW, "client_hetu",
                                      client_id=row.id, entity_id=row.id,
                                      detail="full identity code shown in a client list")
        return rows

    # --- named contact persons and the case lead -----------------------------------------
    def set_contact(self, client_id: int, professional_id: int, *,
                    case_lead: bool = False, since: date | None = None) -> ContactPerson:
        """Name ``professional_id`` as the client's contact at the professional's agency.

        The first contact becomes the case lead; naming a new case lead moves the role.
        """
        with self.ctx.write() as session:
            fetch(session, Client, client_id)
            person = fetch(session, Professional, professional_id)
            contact = session.exec(select(ContactPerson).where(
                ContactPerson.client_id == client_id,
                ContactPerson.agency_id == person.agency_id)).first()
            has_lead = session.exec(select(ContactPerson.id).where(
                ContactPerson.client_id == client_id, col(ContactPerson.is_case_lead))).first()
            if contact is None:
                contact = ContactPerson(client_id=client_id, agency_id=person.agency_id,
                                        professional_id=professional_id,
                                        since=since or self.ctx.today().date())
                session.add(contact)
            else:
                contact.professional_id = professional_id
            if case_lead or has_lead is None or (contact.is_case_lead and has_lead):
                self._clear_case_lead(session, client_id)
                session.flush()
                contact.is_case_lead = True
            session.flush()
            self.audit.record(session, AuditAction.UPDATE, "contact_person",
                              client_id=client_id, entity_id=contact.id,
                              detail=f"professional {professional_id}"
                                     + (", case lead" if contact.is_case_lead else ""))
        return contact

    def _clear_case_lead(self, session: Session, client_id: int) -> None:
        for lead in session.exec(select(ContactPerson).where(
                ContactPerson.client_id == client_id, col(ContactPerson.is_case_lead))):
            lead.is_case_lead = False

    def set_case_lead(self, client_id: int, professional_id: int) -> ContactPerson:
        return self.set_contact(client_id, professional_id, case_lead=True)

    def remove_contact(self, contact_id: int) -> None:
        with self.ctx.write() as session:
            contact = fetch(session, ContactPerson, contact_id)
            others = session.exec(select(ContactPerson.id).where(
                ContactPerson.client_id == contact.client_id,
                ContactPerson.id != contact_id)).first()
            if contact.is_case_lead and others is not None:
                raise ValidationFailed([FieldError("case_lead", "validation.case_lead_required")])
            session.delete(contact)
            self.audit.record(session, AuditAction.DELETE, "contact_person",
                              client_id=contact.client_id, entity_id=contact_id)

    def contacts(self, client_id: int) -> list[ContactRow]:
        query = (select(ContactPerson, Agency.name, Agency.unit, Professional)
                 .join(Agency, col(Agency.id) == ContactPerson.agency_id)
                 .join(Professional, col(Professional.id) == ContactPerson.professional_id)
                 .where(ContactPerson.client_id == client_id)
                 .order_by(col(ContactPerson.is_case_lead).desc(), col(Agency.name)))
        with self.ctx.read() as session:
            return [
                ContactRow(c.id or 0, c.agency_id, f"{name}, {unit}" if unit else name,
                           p.id or 0, p.name, p.title, p.email, p.phone, c.is_case_lead)
                for c, name, unit, p in session.exec(query)
            ]

    def case_lead(self, client_id: int) -> ContactRow | None:
        return next((c for c in self.contacts(client_id) if c.is_case_lead), None)



def checked_needle(text: str) -> str:
    needle = text.strip()
    if len(needle) > MAX_SEARCH_CHARS:  # no name is this long; SQLite's LIKE gives up
        raise ValidationFailed([FieldError("search", "validation.search_too_long",
                                           {"maximum": MAX_SEARCH_CHARS})])
    return needle


def words_match(words: list[str], name: str) -> bool:
    """Whether each of ``words`` starts a word of ``name``, folded as the search folds."""
    key = search_key(name, "")
    return all(f" {word}" in key for word in words)


def matching(session: Session, query: Any, needle: str) -> Any:
    """``query`` (over Client) narrowed to the clients ``needle`` finds: by name (from the
    ix_client_listing index), the end of the HETU, the case lead's name, or a benefit or
    service of the client's newest plan version in any of the three languages ("sairausp",
    "sjukdag", "sickness"). Professionals and the code list are short: they are folded here
    in Python, as the names are, and the clients then found by id in SQL."""
    words = search_words(needle)
    if not words:
        return query
    matches: list[ColumnElement[bool]] = [and_(*(
        col(Client.search_key).like(f"% {_like_escaped(word)}%", escape="\\")
        for word in words))]
    if len(words) == 1:
        matches.append(func.upper(Client.hetu).like(
            f"%{_like_escaped(needle.upper())}", escape="\\"))
    leads = [ident for ident, name in session.exec(select(Professional.id, Professional.name))
             if words_match(words, name)]
    if leads:
        matches.append(col(Client.id).in_(
            select(ContactPerson.client_id).where(col(ContactPerson.is_case_lead),
                                                  col(ContactPerson.professional_id).in_(leads))))
    codes = [code for code, *names in session.exec(select(
        ServiceCode.code, ServiceCode.name_fi, ServiceCode.name_sv, ServiceCode.name_en))
        if any(words_match(words, name) for name in names)]
    if codes:
        newest = (select(func.max(PlanVersion.id))
                  .join(ClientPlan, col(ClientPlan.id) == PlanVersion.plan_id)
                  .group_by(col(ClientPlan.client_id)))
        matches.append(col(Client.id).in_(
            select(ClientPlan.client_id)
            .join(PlanVersion, col(PlanVersion.plan_id) == ClientPlan.id)
            .join(PlanService, col(PlanService.version_id) == PlanVersion.id)
            .where(col(PlanService.service_code).in_(codes), col(PlanVersion.id).in_(newest))))
    return query.where(or_(*matches))


def _like_escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _duplicate_hetu(hetu: object) -> FieldError:
    return FieldError("hetu", "validation.hetu_duplicate", {"value": hetu})
