"""Participants chosen before the meeting's first Save (issue 13, defect 11): listed in the
table as they will be stored, and written by the editor once Save has created the meeting."""

from __future__ import annotations

from dataclasses import replace

from planner.domain import Agency, Professional
from planner.domain.enums import Attendance, ParticipantKind, ParticipantRole
from planner.services import ParticipantInput
from ui.meetings.models import ParticipantLine, agency_title


class PendingParticipants:
    """The inputs in the order chosen, each with the table line that shows it (a negative
    id: nothing stored yet)."""

    def __init__(self) -> None:
        self.items: list[tuple[ParticipantLine, ParticipantInput]] = []
        self._next_id = -1

    def __bool__(self) -> bool:
        return bool(self.items)

    def lines(self) -> list[ParticipantLine]:
        return [line for line, _data in self.items]

    def inputs(self) -> list[ParticipantInput]:
        return [data for _line, data in self.items]

    def add(self, data: ParticipantInput, people: list[Professional],
            agencies: dict[int, Agency], client_name: str) -> ParticipantLine:
        """``data`` checked already (Meetings.check_participant)."""
        name, email, agency_id = data.name, data.email, data.agency_id
        role = data.role or ParticipantRole.OTHER
        if data.kind == ParticipantKind.PROFESSIONAL:
            person = next((p for p in people if p.id == data.professional_id), None)
            if person is not None:  # as the directory has them now, as Save will store
                name, email, agency_id = person.name, email or person.email, person.agency_id
                role = data.role or ParticipantRole(person.role)
        elif data.kind == ParticipantKind.CLIENT:
            name, role = client_name, ParticipantRole.CLIENT  # their address read when stored
        line = ParticipantLine(self._next_id, ParticipantKind(data.kind), name, email,
                               data.professional_id, agency_id,
                               agency_title(agencies.get(agency_id) if agency_id else None),
                               role, data.required, data.interpreter_language or "",
                               Attendance.INVITED)
        self._next_id -= 1
        self.items.append((line, replace(data, role=role)))
        return line

    def remove(self, line_id: int) -> None:
        self.items = [(line, data) for line, data in self.items if line.id != line_id]

    def update(self, changed: ParticipantLine) -> None:
        """A table edit: role, required or the interpreter's language (no answers yet)."""
        changed = replace(changed, attendance=Attendance.INVITED)
        self.items = [(changed, replace(data, role=changed.role, required=changed.required,
                                        interpreter_language=changed.interpreter_language
                                        or None))
                      if line.id == changed.id else (line, data) for line, data in self.items]

    def clear(self) -> None:
        self.items = []
