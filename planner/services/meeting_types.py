"""Meeting types: the built-in ones (read-only, shipped with the app) and the user's own
(stored; copied from any type, edited, deleted, exported and imported as a team's set), and
the participants a type proposes for a client. Every change is audit-logged."""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, col, select

from planner.domain import Agency, Client, ContactPerson, Professional, StoredMeetingType
from planner.domain.enums import AuditAction
from planner.errors import FieldError, MeetingTypeFileInvalid, NotFound, ValidationFailed
from planner.meeting_types import (
    Candidate,
    MeetingType,
    ParticipantProposal,
    builtin_types,
    dump_set,
    propose_participants,
    read_set,
    read_type,
)
from planner.messages import translate
from planner.services.base import Service, fetch
from planner.validation import Checker

ENTITY = "meeting_type"


@dataclass(frozen=True)
class ImportResult:
    added: tuple[str, ...]
    replaced: tuple[str, ...]


def _builtin(code: str) -> MeetingType | None:
    return next((t for t in builtin_types() if t.code == code), None)


def _stored(row: StoredMeetingType) -> MeetingType:
    check = Checker()
    found = read_type(row.definition, check, f"meeting_type[{row.code}]")
    if found is None:  # only a store changed behind the app's back holds one
        raise ValidationFailed(check.errors)
    return found


class MeetingTypes(Service):
    def list(self) -> builtins.list[MeetingType]:
        """The built-in types in their order, then the user's own by code."""
        with self.ctx.read() as session:
            return [*builtin_types(), *self._user_types(session)]

    def user_types(self) -> builtins.list[MeetingType]:
        with self.ctx.read() as session:
            return self._user_types(session)

    def get(self, code: str) -> MeetingType:
        found = _builtin(code)
        if found is not None:
            return found
        with self.ctx.read() as session:
            row = self._row(session, code)
            if row is None:
                raise NotFound(entity="MeetingType", ident=code)
            return _stored(row)

    def find(self, code: str) -> MeetingType | None:
        """The type ``code``, or None when there is none (a user type deleted since)."""
        try:
            return self.get(code)
        except NotFound:
            return None

    def save(self, data: dict[str, Any], new: bool = False) -> MeetingType:
        """Add or change a user type from its plain data (``MeetingType.as_data()``'s form),
        checked by the same ``read_type`` an imported file is. ``new``: a type being added
        (the window's New and Copy), which never replaces one of the same code."""
        check = Checker()
        meeting_type = read_type(data, check)
        check.done()
        assert meeting_type is not None
        with self.ctx.write() as session:
            codes = set(self._codes(session))
            if new and meeting_type.code in codes:
                raise ValidationFailed([FieldError("type.code", "meeting_types.code_in_use",
                                                   {"value": meeting_type.code})])
            known = {t.code for t in builtin_types()} | codes
            self._check_codes([meeting_type], known | {meeting_type.code}, "type")
            self._put(session, meeting_type)
        return meeting_type

    def draft_copy(self, code: str) -> dict[str, Any]:
        """The plain data of a copy of ``code`` to edit before it is saved (nothing is
        stored): a free code and the names marked as a copy in each language."""
        source = self.get(code)
        data = source.as_data()
        with self.ctx.read() as session:
            taken = {t.code for t in builtin_types()} | set(self._codes(session))
        stem = code[:36]
        data["code"] = next(f"{stem}_{n}" for n in range(2, 1000) if f"{stem}_{n}" not in taken)
        data["names"] = {language: translate("meeting_types.copy_name", language, name=name)
                         for language, name in source.names.values.items()}
        return data

    def copy(self, code: str, new_code: str) -> MeetingType:
        """A user type made from ``code`` (built-in or own) under ``new_code``."""
        data = self.get(code).as_data()
        with self.ctx.read() as session:
            taken = self._row(session, new_code) is not None
        if taken:  # a copy never overwrites a type of one's own
            raise ValidationFailed([FieldError("code", "meeting_types.code_taken",
                                               {"value": new_code})])
        data["code"] = new_code
        return self.save(data)

    def delete(self, code: str) -> None:
        if _builtin(code) is not None:
            raise ValidationFailed([FieldError("code", "meeting_types.built_in_read_only",
                                               {"value": code})])
        with self.ctx.write() as session:
            row = self._row(session, code)
            if row is None:
                raise NotFound(entity="MeetingType", ident=code)
            users = [t.code for t in self._user_types(session)
                     if t.follow_up and t.follow_up.type_code == code and t.code != code]
            if users:
                raise ValidationFailed([FieldError("code", "meeting_types.still_followed_by",
                                                   {"value": code,
                                                    "others": ", ".join(users)})])
            session.delete(row)
            self.audit.record(session, AuditAction.DELETE, ENTITY, entity_id=code)

    def export_data(self) -> bytes:
        """The user's own types as a file to share (the built-ins every app has)."""
        return dump_set(self.user_types())

    def would_replace(self, data: bytes, path: str) -> builtins.list[MeetingType]:
        """One's own types the file would replace (the window asks first); a broken file is
        refused here already, as by ``import_data``. Nothing is written."""
        codes = {t.code for t in read_set(data, path)}
        return [t for t in self.user_types() if t.code in codes]

    def import_data(self, data: bytes, path: str) -> ImportResult:
        """Every type of the file, or none: a wrong field anywhere, a code twice, a built-in
        type's code or a follow-up naming no type refuses the whole file."""
        types = read_set(data, path)
        with self.ctx.write() as session:
            existing = set(self._codes(session))
            known = {t.code for t in builtin_types()} | existing | {t.code for t in types}
            errors = self._code_errors(types, known, "types")
            if errors:
                raise MeetingTypeFileInvalid(path, errors)
            for meeting_type in types:
                self._put(session, meeting_type)
        added = tuple(t.code for t in types if t.code not in existing)
        return ImportResult(added, tuple(t.code for t in types if t.code in existing))

    def candidates(self, client_id: int) -> builtins.list[Candidate]:
        """The client's named contact persons (the case lead first) with their role and
        their agency's kind."""
        query = (select(ContactPerson, Professional, Agency)
                 .join(Professional, col(Professional.id) == ContactPerson.professional_id)
                 .join(Agency, col(Agency.id) == ContactPerson.agency_id)
                 .where(ContactPerson.client_id == client_id)
                 .order_by(col(ContactPerson.is_case_lead).desc(), col(ContactPerson.id)))
        with self.ctx.read() as session:
            fetch(session, Client, client_id)
            return [Candidate(p.id or 0, p.name, p.role, a.id or 0,
                              f"{a.name}, {a.unit}" if a.unit else a.name, a.kind,
                              c.is_case_lead)
                    for c, p, a in session.exec(query)]

    def propose(self, code: str, client_id: int) -> ParticipantProposal:
        """Participants of a new ``code`` meeting for the client, and the roles nobody fits."""
        return propose_participants(self.get(code), self.candidates(client_id))

    # --- inside -----------------------------------------------------------------------------
    def _user_types(self, session: Session) -> builtins.list[MeetingType]:
        rows = session.exec(select(StoredMeetingType).order_by(col(StoredMeetingType.code)))
        return [_stored(row) for row in rows]

    def _codes(self, session: Session) -> builtins.list[str]:
        return list(session.exec(select(StoredMeetingType.code)))

    def _row(self, session: Session, code: str) -> StoredMeetingType | None:
        query = select(StoredMeetingType).where(StoredMeetingType.code == code)
        return session.exec(query).first()

    @staticmethod
    def _code_errors(types: builtins.list[MeetingType], known: set[str],
                     where: str) -> builtins.list[FieldError]:
        errors = []
        for index, meeting_type in enumerate(types):
            place = f"{where}[{index}]" if where == "types" else where
            if _builtin(meeting_type.code) is not None:
                errors.append(FieldError(f"{place}.code", "meeting_types.built_in_read_only",
                                         {"value": meeting_type.code}))
            follow = meeting_type.follow_up
            if follow is not None and follow.type_code not in known:
                errors.append(FieldError(f"{place}.follow_up.type",
                                         "meeting_types.unknown_type",
                                         {"value": follow.type_code}))
        return errors

    def _check_codes(self, types: builtins.list[MeetingType], known: set[str], where: str) -> None:
        errors = self._code_errors(types, known, where)
        if errors:
            raise ValidationFailed(errors)

    def _put(self, session: Session, meeting_type: MeetingType) -> None:
        now = self.ctx.now()
        row = self._row(session, meeting_type.code)
        action = AuditAction.UPDATE if row else AuditAction.CREATE
        if row is None:
            row = StoredMeetingType(code=meeting_type.code, definition={}, created_at=now,
                                    updated_at=now)
        row.definition = meeting_type.as_data()
        row.updated_at = now
        session.add(row)
        session.flush()
        self.audit.record(session, action, ENTITY, entity_id=meeting_type.code,
                          detail=meeting_type.name("fi"))
