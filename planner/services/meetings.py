"""Network meetings: planning, participants, attendance, notes; and their warnings."""

from __future__ import annotations

import uuid
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Protocol

from sqlmodel import Session, col, select

from planner.domain import (
    AgendaItem,
    AuditEntry,
    Client,
    ClientPlan,
    Meeting,
    MeetingNote,
    Participant,
    Professional,
    StoredMeetingType,
)
from planner.domain.enums import (
    Attendance,
    AuditAction,
    MeetingMode,
    MeetingStatus,
    ParticipantKind,
    ParticipantRole,
)
from planner.edit_conflict import RecordKind
from planner.errors import FieldError, ValidationFailed
from planner.meeting_types import builtin_types
from planner.services.base import Service, fetch, meetings_by_start
from planner.services.replies import same_mailbox
from planner.services.revisions import guard, meeting_state, notes_state
from planner.validation import Checker, normalise_email, normalise_language, normalise_url


@dataclass
class MeetingInput:
    client_id: int
    title: str
    start: datetime
    end: datetime
    purpose: str = ""
    location: str = ""
    remote_link: str | None = None
    mode: MeetingMode = MeetingMode.IN_PERSON
    plan_id: int | None = None
    agenda: Sequence[str] = field(default_factory=tuple)
    # The meeting type it starts from: recorded by ``plan`` only (a meeting keeps its type;
    # ``update`` leaves it as it is).
    type_code: str | None = None


@dataclass
class ParticipantInput:
    kind: ParticipantKind
    professional_id: int | None = None
    name: str = ""
    email: str | None = None
    agency_id: int | None = None
    role: ParticipantRole | None = None
    required: bool = True
    interpreter_language: str | None = None


@dataclass
class ParticipantUpdate:
    """What can change about someone already invited (who they are cannot)."""

    role: ParticipantRole
    required: bool = True
    interpreter_language: str | None = None


@dataclass(frozen=True)
class MeetingRow:
    id: int
    client_id: int
    client_name: str
    title: str
    start: datetime
    end: datetime
    status: MeetingStatus
    mode: MeetingMode
    location: str
    type_code: str | None = None  # the meeting type it was planned as (planner.meeting_types)


# Status changes a person may make; "held" and "cancelled" are final.
_TRANSITIONS = {
    MeetingStatus.PLANNED: {MeetingStatus.CONFIRMED, MeetingStatus.HELD, MeetingStatus.CANCELLED},
    MeetingStatus.CONFIRMED: {MeetingStatus.PLANNED, MeetingStatus.HELD,
                              MeetingStatus.CANCELLED},
    MeetingStatus.HELD: set(),
    MeetingStatus.CANCELLED: set(),
}


def allowed_statuses(current: MeetingStatus) -> list[MeetingStatus]:
    """The statuses a meeting in ``current`` may be given, ``current`` first (in enum order)."""
    current = MeetingStatus(current)
    return [current] + [s for s in MeetingStatus if s in _TRANSITIONS[current]]


def _validate(data: MeetingInput) -> dict[str, object]:
    check = Checker()
    for name in ("start", "end"):
        value = getattr(data, name)
        if value.tzinfo is None or value.utcoffset() is None:
            check.add(name, "validation.naive_datetime")
    if not check.errors and data.end <= data.start:
        check.add("end", "validation.end_before_start")
    mode = MeetingMode(data.mode)
    location = check.text("location", data.location, maximum=300)
    link = check.optional("remote_link", data.remote_link, normalise_url)
    if mode in (MeetingMode.IN_PERSON, MeetingMode.HYBRID) and not location:
        check.add("location", "validation.location_required")
    if mode in (MeetingMode.REMOTE, MeetingMode.HYBRID) and not link and not check.has(
            "remote_link"):
        check.add("remote_link", "validation.location_required")
    agenda = [check.text(f"agenda[{i}]", item, maximum=300) for i, item in
              enumerate(data.agenda)]
    values: dict[str, object] = {
        "title": check.text("title", data.title, required=True),
        "purpose": check.text("purpose", data.purpose, maximum=2000),
        "start": data.start, "end": data.end, "location": location, "remote_link": link,
        "mode": mode, "plan_id": data.plan_id, "agenda": [a for a in agenda if a],
    }
    check.done()
    return values


def _known_type(session: Session, code: str | None) -> str | None:
    """``code`` when it names a built-in type or one of the store's own (else refused)."""
    if code is None:
        return None
    if any(t.code == code for t in builtin_types()) or session.exec(
            select(StoredMeetingType.id).where(StoredMeetingType.code == code)).first():
        return code
    raise ValidationFailed([FieldError("type_code", "validation.unknown_meeting_type",
                                       {"value": code[:60]})])


def _editable(meeting: Meeting) -> None:
    if meeting.status == MeetingStatus.CANCELLED:
        raise ValidationFailed([FieldError("status", "validation.meeting_cancelled")])


def _guard(session: Session, meeting: Meeting, wanted: int | None) -> None:
    """The meeting's details and status (its participants are rows of their own, added and
    removed one at a time, so they cannot overwrite each other and leave it as it is)."""
    assert meeting.id is not None
    guard(session, kind=RecordKind.MEETING, ident=meeting.id, wanted=wanted,
          current=meeting.revision, theirs=lambda: meeting_state(session, meeting),
          entity="meeting", entity_id=meeting.id, client_id=meeting.client_id,
          skip_detail="participant")


def _write_agenda(session: Session, meeting_id: int, items: Sequence[str]) -> None:
    for old in session.exec(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)):
        session.delete(old)
    for position, title in enumerate(items):
        session.add(AgendaItem(meeting_id=meeting_id, position=position, title=title))


MeetingRows = list[MeetingRow]


class Meetings(Service):
    def plan(self, data: MeetingInput) -> Meeting:
        values = _validate(data)
        agenda = values.pop("agenda")
        with self.ctx.write() as session:
            fetch(session, Client, data.client_id)
            self._check_plan(session, data)
            type_code = _known_type(session, data.type_code)
            now = self.ctx.now()
            meeting = Meeting(client_id=data.client_id, **values,  # type: ignore[arg-type]
                              type_code=type_code,
                              ical_uid=f"{uuid.uuid4()}@verkosto.invalid", sequence=0,
                              created_at=now, updated_at=now)
            session.add(meeting)
            session.flush()
            assert meeting.id is not None
            _write_agenda(session, meeting.id, agenda)  # type: ignore[arg-type]
            self.audit.record(session, AuditAction.CREATE, "meeting", client_id=data.client_id,
                              entity_id=meeting.id)
        return meeting

    def _check_plan(self, session: Session, data: MeetingInput) -> None:
        if data.plan_id is not None:
            plan = fetch(session, ClientPlan, data.plan_id)
            if plan.client_id != data.client_id:
                raise ValidationFailed([FieldError("plan_id", "validation.plan_client_mismatch")])

    def update(self, meeting_id: int, data: MeetingInput, *,
               expected_revision: int | None = None) -> Meeting:
        """Change a meeting; a new time, place or link raises the iCalendar SEQUENCE.
        ``expected_revision`` (the one the editor read) refuses a save over someone else's
        with EditConflict (planner/services/revisions.py)."""
        values = _validate(data)
        agenda = values.pop("agenda")
        with self.ctx.write() as session:
            meeting = fetch(session, Meeting, meeting_id)
            _guard(session, meeting, expected_revision)
            _editable(meeting)
            self._check_plan(session, data)
            significant = ("start", "end", "location", "remote_link", "mode")
            if any(getattr(meeting, key) != values[key] for key in significant):
                meeting.sequence += 1
                meeting.rescheduled_sequence = meeting.sequence
                _ask_again(session, meeting_id)
            for key, value in values.items():
                setattr(meeting, key, value)
            meeting.updated_at = self.ctx.now()
            meeting.revision += 1
            _write_agenda(session, meeting_id, agenda)  # type: ignore[arg-type]
            self.audit.record(session, AuditAction.UPDATE, "meeting",
                              client_id=meeting.client_id, entity_id=meeting_id,
                              detail=f"sequence {meeting.sequence}")
        return meeting

    def set_status(self, meeting_id: int, status: MeetingStatus, *,
                   expected_revision: int | None = None) -> Meeting:
        status = MeetingStatus(status)
        with self.ctx.write() as session:
            meeting = fetch(session, Meeting, meeting_id)
            _guard(session, meeting, expected_revision)
            if status != meeting.status:
                if status not in _TRANSITIONS[meeting.status]:
                    raise ValidationFailed([FieldError(
                        "status", "validation.status_transition",
                        {"current": str(meeting.status), "wanted": str(status)})])
                if status == MeetingStatus.CANCELLED:
                    meeting.sequence += 1  # a CANCEL must carry a higher SEQUENCE
                meeting.status = status
                meeting.updated_at = self.ctx.now()
                meeting.revision += 1
                self.audit.record(session, AuditAction.UPDATE, "meeting",
                                  client_id=meeting.client_id, entity_id=meeting_id,
                                  detail=f"status {status}")
        return meeting

    @staticmethod
    def check_participant(data: ParticipantInput) -> ParticipantInput:
        """What can be checked of a participant before their meeting exists (the editor
        lists them before the first Save): the e-mail, the language, a name for someone
        not from the directory. Raises ValidationFailed; gives the input normalised."""
        check = Checker()
        email = check.optional("email", data.email, normalise_email)
        language = check.optional("interpreter_language", data.interpreter_language,
                                  normalise_language)
        name = check.text("name", data.name)
        kind = ParticipantKind(data.kind)
        if kind == ParticipantKind.PROFESSIONAL and data.professional_id is None:
            check.add("professional_id", "validation.participant_identity")
        if kind in (ParticipantKind.FAMILY, ParticipantKind.OTHER) and not name:
            check.add("name", "validation.participant_identity")
        check.done()
        return replace(data, kind=kind, email=email, interpreter_language=language, name=name)

    def add_participant(self, meeting_id: int, data: ParticipantInput) -> Participant:
        data = self.check_participant(data)
        email, language, name, kind = (data.email, data.interpreter_language, data.name,
                                       data.kind)
        with self.ctx.write() as session:
            meeting = fetch(session, Meeting, meeting_id)
            _editable(meeting)
            agency_id = data.agency_id
            role = data.role
            if kind == ParticipantKind.PROFESSIONAL:
                if data.professional_id is None:
                    raise ValidationFailed([FieldError("professional_id",
                                                       "validation.participant_identity")])
                person = fetch(session, Professional, data.professional_id)
                name, email = person.name, email or person.email
                agency_id, role = person.agency_id, role or person.role
            elif kind == ParticipantKind.CLIENT:
                client = fetch(session, Client, meeting.client_id)
                name, email = client.display_name, email or client.email
                role = ParticipantRole.CLIENT
                language = language or client.interpreter_language
            if not name:
                raise ValidationFailed([FieldError("name", "validation.participant_identity")])
            existing = session.exec(select(Participant).where(
                Participant.meeting_id == meeting_id)).all()
            if any((kind == ParticipantKind.PROFESSIONAL
                    and p.professional_id == data.professional_id)
                   or (kind == ParticipantKind.CLIENT and p.kind == ParticipantKind.CLIENT)
                   for p in existing):
                raise ValidationFailed([FieldError("professional_id",
                                                   "validation.participant_duplicate",
                                                   {"name": name})])
            participant = Participant(
                meeting_id=meeting_id, kind=kind, professional_id=data.professional_id
                if kind == ParticipantKind.PROFESSIONAL else None, name=name, email=email,
                agency_id=agency_id, role=role or ParticipantRole.OTHER,
                required=data.required, interpreter_language=language)
            session.add(participant)
            session.flush()
            meeting.sequence += 1  # the attendee list changed: a new REQUEST is needed
            meeting.updated_at = self.ctx.now()
            self.audit.record(session, AuditAction.UPDATE, "meeting",
                              client_id=meeting.client_id, entity_id=meeting_id,
                              detail=f"participant {participant.id} added")
        return participant

    def remove_participant(self, participant_id: int) -> Participant:
        with self.ctx.write() as session:
            participant = fetch(session, Participant, participant_id)
            meeting = fetch(session, Meeting, participant.meeting_id)
            _editable(meeting)
            session.delete(participant)
            meeting.sequence += 1
            meeting.updated_at = self.ctx.now()
            self.audit.record(session, AuditAction.UPDATE, "meeting",
                              client_id=meeting.client_id, entity_id=meeting.id,
                              detail=f"participant {participant_id} removed")
        return participant

    def update_participant(self, participant_id: int, data: ParticipantUpdate) -> Participant:
        """Change a participant's role, whether they are required, and the interpreter's
        language; only a change of "required" raises the SEQUENCE (it is the attendee's
        iCalendar ROLE, so invitees need a new REQUEST)."""
        check = Checker()
        language = check.optional("interpreter_language", data.interpreter_language,
                                  normalise_language)
        role = ParticipantRole(data.role)
        with self.ctx.write() as session:
            participant = fetch(session, Participant, participant_id)
            meeting = fetch(session, Meeting, participant.meeting_id)
            _editable(meeting)
            # The client takes part as the client; nobody else can take that role.
            if (participant.kind == ParticipantKind.CLIENT) != (role == ParticipantRole.CLIENT):
                check.add("role", "validation.client_role_fixed")
            check.done()
            if participant.required != data.required:
                meeting.sequence += 1
                meeting.updated_at = self.ctx.now()
            participant.role, participant.required = role, data.required
            participant.interpreter_language = language
            self.audit.record(session, AuditAction.UPDATE, "meeting",
                              client_id=meeting.client_id, entity_id=meeting.id,
                              detail=f"participant {participant_id} updated")
        return participant

    def participants_to_copy(self, meeting_id: int, client_id: int) -> list[ParticipantInput]:
        """An earlier meeting's participants as inputs for another meeting of the same
        client: who they are, their role, whether required, the interpreter's language; the
        answers are not copied (a new meeting asks everyone), nor anyone no longer active in
        the directory. The read is logged. Another client's meeting is refused: its network
        is not this client's to see."""
        with self.ctx.write() as session:
            meeting = fetch(session, Meeting, meeting_id)
            if meeting.client_id != client_id:
                raise ValidationFailed([FieldError("meeting_id",
                                                   "validation.meeting_of_another_client")])
            people = session.exec(select(Participant).where(
                Participant.meeting_id == meeting_id).order_by(col(Participant.id))).all()
            # someone who has left their post (inactive in the directory) is not asked again
            gone = set(session.exec(select(Professional.id).where(
                col(Professional.id).in_([p.professional_id for p in people
                                          if p.professional_id is not None]),
                col(Professional.active).is_(False))))
            self.audit.record(session, AuditAction.VIEW, "meeting", client_id=meeting.client_id,
                              entity_id=meeting_id, purpose="copy participants")
            return [ParticipantInput(ParticipantKind(p.kind), p.professional_id,
                                     p.name,
                                     None if p.kind in (ParticipantKind.PROFESSIONAL,
                                                        ParticipantKind.CLIENT) else p.email,
                                     p.agency_id, ParticipantRole(p.role), p.required,
                                     p.interpreter_language)
                    for p in people if p.professional_id not in gone]

    def was_invited(self, meeting_id: int, email: str | None) -> bool:
        """Whether ``email`` was ever sent this meeting's invite (an e-mail sent or written
        for it: the log's disclosures). Only they can hold it in a calendar, so only they
        need a cancellation when taken away (issue 13, defect 11)."""
        if not email:
            return False
        with self.ctx.read() as session:
            meeting = fetch(session, Meeting, meeting_id)
            recipients = session.exec(select(AuditEntry.recipient).where(
                AuditEntry.client_id == meeting.client_id,
                AuditEntry.action == AuditAction.DISCLOSE,
                AuditEntry.entity == "meeting_invite",
                AuditEntry.entity_id == str(meeting_id)))
            return any(same_mailbox(email, r) for r in recipients)

    def set_attendance(self, participant_id: int, attendance: Attendance) -> Participant:
        with self.ctx.write() as session:
            participant = fetch(session, Participant, participant_id)
            meeting = fetch(session, Meeting, participant.meeting_id)
            participant.attendance = Attendance(attendance)
            self.audit.record(session, AuditAction.UPDATE, "meeting",
                              client_id=meeting.client_id, entity_id=meeting.id,
                              detail=f"participant {participant_id} {attendance}")
        return participant

    def record_notes(self, meeting_id: int, decisions: str, client_view: str, *,
                     expected_revision: int | None = None) -> MeetingNote:
        """Save the notes; ``expected_revision`` is the note's own (0: there was none yet),
        apart from the meeting's, so notes and details saved by two people never collide."""
        check = Checker()
        decisions = check.text("decisions", decisions, maximum=16000)
        client_view = check.text("client_view", client_view, maximum=8000)
        check.done()
        with self.ctx.write() as session:
            meeting = fetch(session, Meeting, meeting_id)
            note = session.get(MeetingNote, meeting_id)
            guard(session, kind=RecordKind.NOTES, ident=meeting_id, wanted=expected_revision,
                  current=note.revision if note else 0, theirs=lambda: notes_state(note),
                  entity="meeting_note", entity_id=meeting_id, client_id=meeting.client_id)
            user = self.ctx.user(session)
            if note is None:
                note = MeetingNote(meeting_id=meeting_id, decisions=decisions,
                                   client_view=client_view, updated_at=self.ctx.now(),
                                   updated_by=user)
                session.add(note)
            else:
                note.decisions, note.client_view = decisions, client_view
                note.updated_at, note.updated_by = self.ctx.now(), user
                note.revision += 1
            self.audit.record(session, AuditAction.UPDATE, "meeting_note",
                              client_id=meeting.client_id, entity_id=meeting_id)
        return note

    def list(self, *, client_id: int | None = None, since: datetime | None = None,
             until: datetime | None = None, include_cancelled: bool = True,
             limit: int = 500) -> MeetingRows:
        query = (select(Meeting, Client.first_names, Client.last_name)
                 .join(Client, col(Client.id) == Meeting.client_id))
        if client_id is not None:
            query = query.where(Meeting.client_id == client_id)
        if since is not None:
            query = query.where(col(Meeting.end) >= since)
        if until is not None:
            query = query.where(col(Meeting.start) < until)
        if not include_cancelled:
            query = query.where(Meeting.status != MeetingStatus.CANCELLED)
        with self.ctx.logged_read() as session:
            if client_id is not None:  # an unknown client is an error, not an empty list
                fetch(session, Client, client_id)
            query = query.order_by(meetings_by_start(session) if since is not None
                                   else col(Meeting.start))
            rows = [MeetingRow(m.id or 0, m.client_id, f"{first} {last}", m.title, m.start,
                               m.end, m.status, m.mode, m.location, m.type_code)
                    for m, first, last in session.exec(query.limit(limit))]
            self.audit.record(session, AuditAction.VIEW, "meeting_list",
                              client_id=client_id, detail=f"{len(rows)} rows")
        return rows

    def upcoming(self, limit: int = 200) -> MeetingRows:
        return self.list(since=self.ctx.now(), include_cancelled=False, limit=limit)

    def statuses_by_uid(self, uids: Collection[str]) -> dict[str, MeetingStatus]:
        """The status of each meeting the store still holds, by iCalendar UID (one missing
        from the answer is gone). Only statuses: a calendar publish asks this to know which
        of the meetings it put into a calendar were cancelled since."""
        if not uids:
            return {}
        with self.ctx.read() as session:
            return {uid: MeetingStatus(status) for uid, status in session.exec(
                select(Meeting.ical_uid, Meeting.status).where(
                    col(Meeting.ical_uid).in_(list(uids))))}


# Answers given to the old time or place (RFC 5546 3.2.2: a significant change needs new
# replies); what happened at a held meeting is not an answer and stays.
_ANSWERS = (Attendance.ACCEPTED, Attendance.DECLINED, Attendance.TENTATIVE)


class Person(Protocol):
    """A participant stored, typed in, or shown in a table."""

    @property
    def kind(self) -> ParticipantKind: ...

    @property
    def professional_id(self) -> int | None: ...

    @property
    def name(self) -> str: ...

    @property
    def email(self) -> str | None: ...


def same_person(first: Person, second: Person) -> bool:
    """One person twice: the same professional, the client, or someone typed in with the
    same name and e-mail (case and spacing aside): copying participants skips them."""
    if first.kind != second.kind:
        return False
    if first.kind == ParticipantKind.PROFESSIONAL:
        return first.professional_id == second.professional_id
    if first.kind == ParticipantKind.CLIENT:
        return True

    def key(p: Person) -> tuple[str, str]:
        return (" ".join(p.name.casefold().split()), (p.email or "").strip().casefold())

    return key(first) == key(second)


def _ask_again(session: Session, meeting_id: int) -> None:
    """The meeting moved: every earlier answer is void, so the next invite asks again."""
    for participant in session.exec(select(Participant).where(
            Participant.meeting_id == meeting_id)):
        if participant.attendance in _ANSWERS:
            participant.attendance = Attendance.INVITED
