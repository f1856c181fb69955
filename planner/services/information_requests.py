"""Information requests between agencies (tietopyynnöt): Kela and the wellbeing services
county ask each other for information about a shared client.

A request is a draft until it is marked sent (then it is logged as a disclosure to the
receiving agency: the client's identity and what is asked leave with it), then answered with a
summary of the answer, or cancelled. "Overdue" is derived, never stored: sent, and its due date
passed on the services' clock (a Finnish date). A request should rest on a legal basis (the law
named in words) or on the client's consent; without either it is saved with a warning, as the
basis is often settled while the request is drafted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any

from sqlmodel import Session, col, select

from planner.consent_coverage import name_key
from planner.domain import Agency, Client, Consent, InformationRequest, Professional
from planner.domain.enums import AuditAction, RequestStatus
from planner.errors import FieldError, NotFound, ValidationFailed
from planner.messages import label
from planner.services.base import Service, agency_name, fetch, rows_in
from planner.services.consents import consent_views, coverage_at
from planner.services.context import TZ
from planner.services.profile import current_user
from planner.validation import Checker


class RequestState(StrEnum):
    """What a person reads: the stored status, with "overdue" for a sent one past its due."""

    DRAFT = "draft"
    SENT = "sent"
    OVERDUE = "overdue"
    ANSWERED = "answered"
    CANCELLED = "cancelled"


OPEN_STATUSES = (RequestStatus.DRAFT, RequestStatus.SENT)


@dataclass
class RequestInput:
    client_id: int
    requesting_agency_id: int | None
    receiving_agency_id: int | None
    subject: str
    requesting_professional_id: int | None = None
    receiving_professional_id: int | None = None
    legal_basis: str = ""  # e.g. "Kelan tiedonsaantioikeus (laki Kansaneläkelaitoksesta)"
    consent_id: int | None = None  # the client's consent it rests on, instead or as well
    due_date: date | None = None


@dataclass(frozen=True)
class RequestWarning:
    """A problem said beside the request, never a refusal: a message code and its values."""

    code: str
    params: tuple[tuple[str, object], ...] = ()


@dataclass(frozen=True)
class RequestRow:
    id: int
    client_id: int
    client_name: str
    requesting_agency_id: int
    requesting_agency: str
    requesting_professional_id: int | None
    requesting_person: str
    receiving_agency_id: int
    receiving_agency: str
    receiving_professional_id: int | None
    receiving_person: str
    subject: str
    legal_basis: str
    consent_id: int | None
    status: RequestStatus
    state: RequestState
    sent_on: date | None
    due_date: date | None
    answered_on: date | None
    answer_summary: str
    warnings: tuple[RequestWarning, ...] = ()

    @property
    def overdue(self) -> bool:
        return self.state == RequestState.OVERDUE

    @property
    def open(self) -> bool:
        return self.status in OPEN_STATUSES

    def requester(self) -> str:
        return f"{self.requesting_person}, {self.requesting_agency}" \
            if self.requesting_person else self.requesting_agency

    def receiver(self) -> str:
        return f"{self.receiving_person}, {self.receiving_agency}" \
            if self.receiving_person else self.receiving_agency


RequestRows = list[RequestRow]  # named here: the service's own list() shadows the builtin
RequestWarnings = list[RequestWarning]


def state_of(request: InformationRequest, today: date) -> RequestState:
    if (request.status == RequestStatus.SENT and request.due_date is not None
            and request.due_date < today):
        return RequestState.OVERDUE
    return RequestState(request.status.value)


def _refuse(field: str, code: str, **params: object) -> ValidationFailed:
    return ValidationFailed([FieldError(field, code, dict(params))])


class InformationRequests(Service):
    # --- writing ------------------------------------------------------------------------
    def create(self, data: RequestInput) -> InformationRequest:
        """A new draft; logged as created."""
        fields = self._checked(data)
        with self.ctx.write() as session:
            fetch(session, Client, data.client_id)
            self._check_refs(session, data.client_id, fields)
            now = self.ctx.now()
            request = InformationRequest(client_id=data.client_id, created_at=now,
                                         updated_at=now, **fields)
            session.add(request)
            session.flush()
            self.audit.record(session, AuditAction.CREATE, "information_request",
                              client_id=data.client_id, entity_id=request.id)
        return request

    def update(self, request_id: int, data: RequestInput) -> InformationRequest:
        """Change a draft or a sent request (an answered or cancelled one is closed). The
        client is the stored one: a request never moves to another client."""
        fields = self._checked(data)
        with self.ctx.write() as session:
            request = fetch(session, InformationRequest, request_id)
            if request.status not in OPEN_STATUSES:
                raise self._closed(request)
            self._check_refs(session, request.client_id, fields)
            if request.sent_on is not None and fields["due_date"] is None:
                raise _refuse("due_date", "validation.request_due_required")
            if (request.sent_on is not None and fields["due_date"] is not None
                    and fields["due_date"] < request.sent_on):
                raise _refuse("due_date", "validation.request_due_before_sent",
                              sent=request.sent_on)
            for name, value in fields.items():
                setattr(request, name, value)
            request.updated_at = self.ctx.now()
            self.audit.record(session, AuditAction.UPDATE, "information_request",
                              client_id=request.client_id, entity_id=request_id,
                              detail="details")
        return request

    def mark_sent(self, request_id: int, sent_on: date | None = None,
                  due_date: date | None = None) -> InformationRequest:
        """Draft → sent on ``sent_on`` (default today), due by ``due_date`` (default the one
        the draft has). Logged as a disclosure to the receiving agency (and person): the
        client and what is asked leave with it — unless the request came to our own
        organisation (the profile's), when nothing left and it is logged as received."""
        today = self.ctx.today().date()
        sent_on = sent_on or today
        with self.ctx.write() as session:
            request = fetch(session, InformationRequest, request_id)
            if request.status != RequestStatus.DRAFT:
                raise _refuse("status", "validation.request_not_draft",
                              state=self._state_label(request, today))
            due = due_date or request.due_date
            check = Checker()
            if sent_on > today:
                check.add("sent_on", "validation.request_date_in_future", today=today)
            if due is None:
                check.add("due_date", "validation.request_due_required")
            elif due < sent_on:
                check.add("due_date", "validation.request_due_before_sent", sent=sent_on)
            check.done()
            request.status, request.sent_on, request.due_date = RequestStatus.SENT, sent_on, due
            request.updated_at = self.ctx.now()
            detail = f"sent {sent_on.isoformat()}, due {due}"
            if _ours(session, request.receiving_agency_id):
                self.audit.record(session, AuditAction.UPDATE, "information_request",
                                  client_id=request.client_id, entity_id=request_id,
                                  detail=f"received: {detail}")
            else:
                self._disclose(session, request, "receiving", detail)
        return request

    def _disclose(self, session: Session, request: InformationRequest, side: str,
                  detail: str) -> None:
        """Log the client's data leaving to the ``side`` ("receiving" or "requesting") agency
        and person, with the request's basis as the purpose."""
        agency = fetch(session, Agency, getattr(request, f"{side}_agency_id"))
        person_id = getattr(request, f"{side}_professional_id")
        person = fetch(session, Professional, person_id) if person_id is not None else None
        recipient = agency_name(agency) + (f" ({person.name})" if person else "")
        basis = request.legal_basis or (f"consent {request.consent_id}"
                                        if request.consent_id else "no basis recorded")
        self.audit.record(session, AuditAction.DISCLOSE, "information_request",
                          client_id=request.client_id, entity_id=request.id, detail=detail,
                          purpose=basis[:500], recipient=recipient[:500])

    def mark_answered(self, request_id: int, answer_summary: str,
                      answered_on: date | None = None) -> InformationRequest:
        """Sent → answered on ``answered_on`` (default today) with a summary of the answer.
        When our own organisation (the profile's) was asked, the answer is our disclosure to
        the requesting agency and is logged so; otherwise a change."""
        today = self.ctx.today().date()
        answered_on = answered_on or today
        check = Checker()
        summary = check.text("answer_summary", answer_summary, required=True, maximum=4000)
        if answered_on > today:
            check.add("answered_on", "validation.request_date_in_future", today=today)
        with self.ctx.write() as session:
            request = fetch(session, InformationRequest, request_id)
            if request.status != RequestStatus.SENT:
                raise _refuse("status", "validation.request_not_sent",
                              state=self._state_label(request, today))
            if request.sent_on is not None and answered_on < request.sent_on:
                check.add("answered_on", "validation.request_answered_before_sent",
                          sent=request.sent_on)
            check.done()
            request.status, request.answered_on = RequestStatus.ANSWERED, answered_on
            request.answer_summary = summary
            request.updated_at = self.ctx.now()
            detail = f"answered {answered_on.isoformat()}"
            if _ours(session, request.receiving_agency_id):
                self._disclose(session, request, "requesting", detail)
            else:
                self.audit.record(session, AuditAction.UPDATE, "information_request",
                                  client_id=request.client_id, entity_id=request_id,
                                  detail=detail)
        return request

    def cancel(self, request_id: int) -> InformationRequest:
        """A draft or sent request is cancelled (peruttu); the record stays."""
        with self.ctx.write() as session:
            request = fetch(session, InformationRequest, request_id)
            if request.status not in OPEN_STATUSES:
                raise self._closed(request)
            request.status = RequestStatus.CANCELLED
            request.updated_at = self.ctx.now()
            self.audit.record(session, AuditAction.UPDATE, "information_request",
                              client_id=request.client_id, entity_id=request_id,
                              detail="cancelled")
        return request

    # --- reading ------------------------------------------------------------------------
    def for_client(self, client_id: int) -> RequestRows:
        """The client's requests, newest first; logged as a view of the client's requests."""
        return self.list(client_id=client_id)

    def get(self, request_id: int) -> RequestRow:
        with self.ctx.logged_read() as session:
            request = fetch(session, InformationRequest, request_id)
            (row,) = self._rows(session, [request])
            self.audit.record(session, AuditAction.VIEW, "information_request",
                              client_id=request.client_id, entity_id=request_id)
        return row

    def list(self, *, open_only: bool = False, overdue_only: bool = False,
             client_id: int | None = None) -> RequestRows:
        """Requests, newest first: ``open_only`` drafts and sent ones, ``overdue_only`` sent
        ones past their due date, ``client_id`` one client's (NotFound for an unknown id).
        Logged as a view for each client whose requests are shown."""
        today = self.ctx.today().date()
        query: Any = select(InformationRequest)
        if client_id is not None:
            query = query.where(InformationRequest.client_id == client_id)
        if open_only:
            query = query.where(col(InformationRequest.status).in_(OPEN_STATUSES))
        if overdue_only:
            query = query.where(InformationRequest.status == RequestStatus.SENT,
                                col(InformationRequest.due_date) < today)
        with self.ctx.logged_read() as session:
            if client_id is not None:
                fetch(session, Client, client_id)
            found = list(session.exec(query.order_by(col(InformationRequest.id).desc())))
            rows = self._rows(session, found)
            shown = sorted({r.client_id for r in rows} | ({client_id} if client_id else set()))
            for ident in shown:
                self.audit.record(session, AuditAction.VIEW, "information_request_list",
                                  client_id=ident,
                                  detail=f"{sum(r.client_id == ident for r in rows)} rows")
        return rows

    def overdue_for_me(self) -> RequestRows:
        """The overdue requests for "me" — the directory's person the profile is (as the home
        view finds them) — as requester (waiting for the answer) or as receiver (owing it).
        Qt-free, for the desktop reminders; logged as one view per client when any."""
        from planner.services.home import profile_person  # home imports this module's query

        today = self.ctx.today().date()
        with self.ctx.write() as session:
            me = profile_person(session, current_user(session))
            found = overdue_requests(session, me, today)
            rows = self._rows(session, found)
            for ident in sorted({r.client_id for r in rows}):
                self.audit.record(session, AuditAction.VIEW, "information_request_list",
                                  client_id=ident, detail="overdue for me")
        return rows

    def warnings(self, data: RequestInput) -> RequestWarnings:
        """What the dialog says beside a request being typed (no log: nothing is read about
        the client but the consent's coverage)."""
        with self.ctx.read() as session:
            return _warnings(session, data.client_id, data.legal_basis, data.consent_id,
                             [a for a in (data.requesting_agency_id, data.receiving_agency_id)
                              if a is not None], self.ctx.today().date())

    # --- helpers ------------------------------------------------------------------------
    def _checked(self, data: RequestInput) -> dict[str, Any]:
        check = Checker()
        subject = check.text("subject", data.subject, required=True, maximum=2000)
        legal_basis = check.text("legal_basis", data.legal_basis, maximum=1000)
        if data.requesting_agency_id is None:
            check.add("requesting_agency_id", "validation.required")
        if data.receiving_agency_id is None:
            check.add("receiving_agency_id", "validation.required")
        elif data.receiving_agency_id == data.requesting_agency_id:
            check.add("receiving_agency_id", "validation.request_same_agency")
        check.done()
        return dict(requesting_agency_id=data.requesting_agency_id,
                    requesting_professional_id=data.requesting_professional_id,
                    receiving_agency_id=data.receiving_agency_id,
                    receiving_professional_id=data.receiving_professional_id,
                    subject=subject, legal_basis=legal_basis, consent_id=data.consent_id,
                    due_date=data.due_date)

    def _check_refs(self, session: Session, client_id: int, fields: dict[str, Any]) -> None:
        """The agencies and people exist and belong together; the consent is this client's
        own — another client's is refused in the words of one that does not exist."""
        for side in ("requesting", "receiving"):
            fetch(session, Agency, fields[f"{side}_agency_id"])
            person_id = fields[f"{side}_professional_id"]
            if person_id is not None:
                person = fetch(session, Professional, person_id)
                if person.agency_id != fields[f"{side}_agency_id"]:
                    raise _refuse(f"{side}_professional_id", "validation.request_person_agency",
                                  person=person.name)
        consent_id = fields["consent_id"]
        if consent_id is not None:
            consent = fetch(session, Consent, consent_id)
            if consent.client_id != client_id:
                raise NotFound(entity="Consent", ident=consent_id)

    def _closed(self, request: InformationRequest) -> ValidationFailed:
        return _refuse("status", "validation.request_closed",
                       state=self._state_label(request, self.ctx.today().date()))

    @staticmethod
    def _state_label(request: InformationRequest, today: date) -> str:
        return label("request_status", state_of(request, today))

    def _rows(self, session: Session, found: Sequence[InformationRequest]) -> RequestRows:
        return request_rows(session, found, self.ctx.today().date())


def _ours(session: Session, agency_id: int) -> bool:
    """Whether ``agency_id`` is of the profile's own organisation (by name, any unit): a
    request to it came in rather than went out. Without a profile agency, requests go out."""
    profile = current_user(session)
    own = session.get(Agency, profile.agency_id) if profile and profile.agency_id else None
    agency = session.get(Agency, agency_id)
    return own is not None and agency is not None and name_key(own.name) == name_key(
        agency.name)


def request_rows(session: Session, found: Sequence[InformationRequest],
                 today: date) -> list[RequestRow]:
    """The rows of ``found`` with names, state and warnings, read in a few queries."""
    agencies = {a.id: a for a in rows_in(session, Agency, Agency.id, sorted(
        {r.requesting_agency_id for r in found} | {r.receiving_agency_id for r in found}))}
    people = {p.id: p.name for p in rows_in(session, Professional, Professional.id, sorted(
        {i for r in found for i in (r.requesting_professional_id,
                                    r.receiving_professional_id) if i is not None}))}
    clients = {c.id: c.display_name for c in rows_in(session, Client, Client.id,
                                                      sorted({r.client_id for r in found}))}
    rows = []
    for r in found:
        warnings = () if r.status not in OPEN_STATUSES else tuple(_warnings(
            session, r.client_id, r.legal_basis, r.consent_id,
            [r.requesting_agency_id, r.receiving_agency_id], today))
        rows.append(RequestRow(
            r.id or 0, r.client_id, clients.get(r.client_id, ""), r.requesting_agency_id,
            agency_name(agencies[r.requesting_agency_id]), r.requesting_professional_id,
            people.get(r.requesting_professional_id, ""), r.receiving_agency_id,
            agency_name(agencies[r.receiving_agency_id]), r.receiving_professional_id,
            people.get(r.receiving_professional_id, ""), r.subject, r.legal_basis,
            r.consent_id, r.status, state_of(r, today), r.sent_on, r.due_date, r.answered_on,
            r.answer_summary, warnings))
    return rows


def _warnings(session: Session, client_id: int, legal_basis: str, consent_id: int | None,
              agency_ids: Sequence[int], today: date) -> list[RequestWarning]:
    """Neither a legal basis nor a consent; a consent not valid today, or not covering the
    agencies (planner/consent_coverage.py, the one rule)."""
    if not legal_basis.strip() and consent_id is None:
        return [RequestWarning("request.warning.no_basis")]
    if consent_id is None:
        return []
    views = [v for v in consent_views(session, client_id) if v.consent.id == consent_id]
    if not views:
        return []  # not this client's: the service refuses it when saving
    moment = datetime.combine(today, time(12), TZ)
    if not views[0].valid_on(moment):
        return [RequestWarning("request.warning.consent_not_valid", (("day", today),))]
    coverage = coverage_at(session, views, moment)
    return [RequestWarning("request.warning.consent_not_covering", (("agency", agency_name(a)),))
            for a in rows_in(session, Agency, Agency.id, sorted(set(agency_ids)))
            if not coverage.covers(a)]


def overdue_requests(session: Session, me: int | None, today: date,
                     limit: int = 100) -> list[InformationRequest]:
    """Sent requests past their due date whose requesting or receiving person is ``me``,
    the longest overdue first (none without a "me")."""
    if me is None:
        return []
    query: Any = (select(InformationRequest)
                  .where(InformationRequest.status == RequestStatus.SENT,
                         col(InformationRequest.due_date) < today,
                         (col(InformationRequest.requesting_professional_id) == me)
                         | (col(InformationRequest.receiving_professional_id) == me))
                  .order_by(col(InformationRequest.due_date), col(InformationRequest.id))
                  .limit(limit))
    return list(session.exec(query))

