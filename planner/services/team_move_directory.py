"""The directory rows a moved store's clients name — agencies, professionals — and the store's
own meeting types, matched to the team store's rows by what stays the same from store to
store, as the FHIR hand-over matches them (planner/services/handover_import.py): an agency by
Y-tunnus (else name) and unit, a professional at the matched agency by e-mail (else name), a
meeting type by its code. What the team lacks is added."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, insert
from sqlmodel import Session, select

from planner.domain import Agency, Professional, StoredMeetingType
from planner.services.handover_import import same_agency, same_person
from planner.services.team_move_tables import IdMap, tables


@dataclass
class DirectoryRows:
    """The source's directory rows to move: those named, and its own meeting types."""

    agency: list[dict[str, Any]]
    professional: list[dict[str, Any]]
    meeting_type: list[dict[str, Any]]


@dataclass
class DirectoryMatch:
    """Which source rows are the team's own already (their ids in ``ids``) and which are added."""

    ids: IdMap
    added: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    matched: dict[str, int] = field(default_factory=dict)

    def count(self, table: str, row: dict[str, Any], team_id: int | None) -> None:
        if team_id is None:
            self.added.setdefault(table, []).append(row)
        else:
            self.ids.of(table)[row["id"]] = team_id
            self.matched[table] = self.matched.get(table, 0) + 1


def match(session: Session, rows: DirectoryRows) -> DirectoryMatch:
    """Read the team's directory (every member reads it) and match; nothing is written."""
    found = DirectoryMatch(IdMap({}))
    agencies = list(session.exec(select(Agency)))
    for row in rows.agency:
        team = next((a.id for a in agencies
                     if same_agency(a, row["name"], row["unit"], row["business_id"])), None)
        found.count("agency", row, team)
    people = list(session.exec(select(Professional)))
    for row in rows.professional:
        agency = found.ids.of("agency").get(row["agency_id"])  # None: a new agency, a new person
        team = next((p.id for p in people if agency is not None and p.agency_id == agency
                     and same_person(p, row["name"], row["email"])), None)
        found.count("professional", row, team)
    codes = {t.code: t.id for t in session.exec(select(StoredMeetingType))}
    for row in rows.meeting_type:
        found.count("meeting_type", row, codes.get(row["code"]))
    return found


def add_missing(conn: Connection, found: DirectoryMatch) -> None:
    """Add what the team lacks (agencies before their people), each id into ``found.ids``."""
    every = tables()
    for name in ("agency", "professional", "meeting_type"):
        table = every[name]
        for row in found.added.get(name, []):
            values = found.ids.mapped(table, row)
            new_id = conn.execute(insert(table).values(**values).returning(table.c.id)).scalar()
            found.ids.of(name)[row["id"]] = int(new_id or 0)
