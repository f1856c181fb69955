"""One meeting in full, and the warnings shown beside it (never modal)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from planner.consent_coverage import ConsentCoverage
from planner.domain import Agency, AgendaItem, Client, Meeting, MeetingNote, Participant
from planner.domain.enums import AuditAction, ParticipantKind, ParticipantRole
from planner.errors import NotFound
from planner.languages import language_name
from planner.messages import translate
from planner.services.base import Service, is_row_id, rows_in
from planner.services.consents import ConsentView, consent_views_of


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


def agency_title(agency: Agency) -> str:
    """Agencies share names (Kela has five districts): the unit tells them apart."""
    return f"{agency.name}, {agency.unit}" if agency.unit else agency.name


class Attendee(Protocol):
    """A participant stored, or chosen for a meeting not saved yet (the editor's line)."""

    @property
    def id(self) -> int | None: ...

    @property
    def kind(self) -> ParticipantKind: ...

    @property
    def name(self) -> str: ...

    @property
    def email(self) -> str | None: ...

    @property
    def agency_id(self) -> int | None: ...

    @property
    def role(self) -> ParticipantRole: ...


def consent_coverage(views: Iterable[ConsentView], agencies: dict[int, Agency],
                     moment: datetime) -> ConsentCoverage:
    """What the consents among ``views`` valid at ``moment`` cover (``agencies``: at least
    those they name)."""
    return ConsentCoverage(agencies[a] for view in views if view.valid_on(moment)
                           for a in view.agency_ids if a in agencies)


def meeting_warnings(meeting: Meeting | None, participants: Sequence[Attendee],
                     agencies: dict[int, Agency], coverage: ConsentCoverage,
                     client: Client | None = None) -> list[MeetingWarning]:
    """An agency taking part without the client's valid consent (once per agency, naming its
    unit; ``agency_id``, ``organisation`` and ``unit`` say what a consent should name); a
    participant without e-mail; a client who needs an interpreter (their record says so)
    and no participant in the interpreter's role."""
    warnings: list[MeetingWarning] = []
    seen: set[int] = set()
    for p in participants:
        agency = agencies.get(p.agency_id) if p.agency_id is not None else None
        if agency is not None and agency.id not in seen and not coverage.covers(agency):
            seen.add(agency.id or 0)
            warnings.append(MeetingWarning("warning.no_consent", p.id, {
                "agency": agency_title(agency), "agency_id": agency.id,
                "organisation": agency.name, "unit": agency.unit}))
        if not p.email and p.kind != ParticipantKind.CLIENT:
            warnings.append(MeetingWarning("warning.no_email", p.id, {"name": p.name}))
    if client is not None and client.needs_interpreter and not any(
            p.role == ParticipantRole.INTERPRETER for p in participants):
        code = client.interpreter_language or ""
        warnings.append(MeetingWarning(
            "warning.no_interpreter" if code else "warning.no_interpreter_language", None,
            {"language_code": code}))
    return warnings


def warning_text(warning: MeetingWarning, language: str) -> str:
    """A warning in ``language``; a language code it carries is named in it ("arabia")."""
    params = dict(warning.params)
    code = params.get("language_code")
    if code:
        params["language"] = language_name(str(code), language)
    return translate(warning.code, language, **params)


class MeetingDetails(Service):
    def get(self, meeting_id: int, *, purpose: str = "",
            check: Callable[[Meeting], None] | None = None) -> MeetingDetail:
        """One meeting in full; the read is logged as a view (with ``purpose``)."""
        return self.get_many([meeting_id], purpose=purpose, check=check)[0]

    def get_many(self, meeting_ids: Sequence[int], *, purpose: str = "",
                 check: Callable[[Meeting], None] | None = None) -> list[MeetingDetail]:
        """Several meetings in full, in the order asked, read in one transaction with a few
        set-wise queries; each meeting's read is logged as its own view. A calendar feed or a
        series of invites reads many meetings: one by one, each cost ten statements and a
        commit (tests/benchmarks). Raises NotFound, reading nothing, when an id is unknown;
        ``check`` may refuse a meeting (by raising) before anything is read or logged: only
        what is shown is logged as viewed."""
        ids = list(dict.fromkeys(meeting_ids))
        impossible = [i for i in ids if not is_row_id(i)]
        if impossible:
            raise NotFound(entity="Meeting", ident=impossible[0])
        with self.ctx.write() as session:
            meetings = {m.id or 0: m for m in rows_in(session, Meeting, Meeting.id, ids)}
            missing = [i for i in ids if i not in meetings]
            if missing:
                raise NotFound(entity="Meeting", ident=missing[0])
            if check is not None:
                for meeting_id in ids:
                    check(meetings[meeting_id])
            client_ids = list({m.client_id for m in meetings.values()})
            clients = {c.id or 0: c for c in rows_in(session, Client, Client.id, client_ids)}
            agenda = _grouped(rows_in(session, AgendaItem, AgendaItem.meeting_id, ids,
                                    AgendaItem.meeting_id, AgendaItem.position))
            people = _grouped(rows_in(session, Participant, Participant.meeting_id, ids,
                                    Participant.id))
            agency_ids = list({p.agency_id for group in people.values() for p in group
                               if p.agency_id is not None})
            agencies = {a.id or 0: a for a in rows_in(session, Agency, Agency.id, agency_ids)}
            notes = {n.meeting_id: n for n in rows_in(session, MeetingNote,
                                                    MeetingNote.meeting_id, ids)}
            consents = consent_views_of(session, client_ids)
            named = {a for views in consents.values() for v in views for a in v.agency_ids}
            consented = {a.id or 0: a for a in rows_in(session, Agency, Agency.id,
                                                       sorted(named))}
            details = []
            for meeting_id in ids:
                meeting = meetings[meeting_id]
                participants = tuple(people.get(meeting_id, ()))
                own = {i: agencies[i] for i in {p.agency_id for p in participants}
                       if i is not None and i in agencies}
                coverage = consent_coverage(consents.get(meeting.client_id, []), consented,
                                            meeting.start)
                client = clients[meeting.client_id]
                warnings = tuple(meeting_warnings(meeting, participants, own, coverage, client))
                self.audit.record(session, AuditAction.VIEW, "meeting", client_id=client.id,
                                  entity_id=meeting_id, purpose=purpose)
                details.append(MeetingDetail(meeting, client, tuple(agenda.get(meeting_id, ())),
                                             participants, own, notes.get(meeting_id),
                                             warnings))
        order = {meeting_id: index for index, meeting_id in enumerate(ids)}
        return [details[order[meeting_id]] for meeting_id in meeting_ids]


def _grouped(rows: Iterable[Any]) -> dict[int, list[Any]]:
    grouped: dict[int, list[Any]] = {}
    for row in rows:
        grouped.setdefault(row.meeting_id, []).append(row)
    return grouped
