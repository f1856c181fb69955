"""Two people, one record: what someone else saved beside what I typed, field by field, for
the dialog that asks which stays (issue 17). Pure: it compares plain snapshots — the stored
one an EditConflict carries (planner/services/revisions.py makes it) and the editor's own,
built by the same functions here."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from planner.formatting import format_date, format_datetime
from planner.messages import label, translate
from planner.plan_diff import GoalSnapshot, compare_goals


class RecordKind(StrEnum):
    PLAN = "plan"  # a plan's draft (or its latest version, when agreeing or closing)
    MEETING = "meeting"  # a meeting's details and status
    NOTES = "notes"  # a meeting's notes: decisions and the client's view
    ACTION = "action"  # an agreed action


# The fields compared, in the order shown; a snapshot may leave out what an editor lacks.
FIELDS: dict[RecordKind, tuple[str, ...]] = {
    RecordKind.PLAN: ("situation", "service_needs", "client_view", "review_date", "goals",
                      "services"),
    RecordKind.MEETING: ("title", "purpose", "start", "end", "location", "remote_link", "mode",
                         "status", "agenda"),
    RecordKind.NOTES: ("decisions", "client_view"),
    RecordKind.ACTION: ("status", "completion_note", "due_date", "description", "responsible"),
}
_TEXTS = {"situation", "service_needs", "client_view", "purpose", "decisions",
          "completion_note", "description", "title", "location"}
_LABELLED = {("meeting", "mode"): "meeting_mode", ("meeting", "status"): "meeting_status",
             ("action", "status"): "action_status"}


@dataclass(frozen=True)
class ConflictRow:
    field: str
    label: str  # the field's name in the reader's language
    theirs: str  # the stored value, as text
    mine: str  # what this editor would have saved


def plan_snapshot(situation: str, service_needs: str, client_view: str,
                  review_date: date | None, goals: Iterable[GoalSnapshot],
                  services: Iterable[str]) -> dict[str, object]:
    return {"situation": situation, "service_needs": service_needs, "client_view": client_view,
            "review_date": review_date, "goals": tuple(goals),
            "services": tuple(sorted(services))}


def meeting_snapshot(title: str, purpose: str, start: datetime, end: datetime, location: str,
                     remote_link: str | None, mode: str, status: str,
                     agenda: Sequence[str]) -> dict[str, object]:
    return {"title": title, "purpose": purpose, "start": start, "end": end,
            "location": location, "remote_link": remote_link or "", "mode": str(mode),
            "status": str(status), "agenda": tuple(agenda)}


def notes_snapshot(decisions: str, client_view: str) -> dict[str, object]:
    return {"decisions": decisions, "client_view": client_view}


def action_snapshot(status: str, completion_note: str, due_date: date | None,
                    description: str, responsible: str) -> dict[str, object]:
    return {"status": str(status), "completion_note": completion_note, "due_date": due_date,
            "description": description, "responsible": responsible}


def _differs(field: str, theirs: object, mine: object) -> bool:
    if field in _TEXTS:  # as the plan comparison: white space alone is no change
        return str(theirs or "").split() != str(mine or "").split()
    if field == "goals":
        return bool(compare_goals(tuple(theirs), tuple(mine)))  # type: ignore[arg-type]
    return theirs != mine


def _text(kind: RecordKind, field: str, value: object, language: str) -> str:
    group = _LABELLED.get((kind.value, field))
    if group is not None and value:
        return label(group, value, language)
    if field == "goals":
        return "\n".join(g.description for g in value)  # type: ignore[attr-defined]
    if isinstance(value, datetime):
        return format_datetime(value, language, weekday=False)
    if isinstance(value, date):
        return format_date(value, language)
    if isinstance(value, tuple):
        value = "\n".join(str(v) for v in value)
    return str(value) if value not in (None, "") else translate("conflict.empty", language)


def compare(kind: RecordKind | str, theirs: Mapping[str, object], mine: Mapping[str, object],
            language: str | None = None) -> list[ConflictRow]:
    """The fields whose stored value differs from mine, in FIELDS order; a field missing from
    either side is not compared (an editor that cannot change it)."""
    kind = RecordKind(kind)
    language = language or "fi"
    return [ConflictRow(field, translate(f"conflict.field.{field}", language),
                        _text(kind, field, theirs[field], language),
                        _text(kind, field, mine[field], language))
            for field in FIELDS[kind]
            if field in theirs and field in mine and _differs(field, theirs[field], mine[field])]
