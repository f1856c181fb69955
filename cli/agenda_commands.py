"""`verkosto agenda MEETING_ID [--json]`: the meeting's carried-over agenda — the open actions
of the client's earlier meetings (overdue marked) and the plan goals due for review, with
what the meeting has decided so far. Exit 4 for a meeting that is not there."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

from cli.output import date_text, datetime_text, print_json, print_table
from planner.messages import label, translate

if TYPE_CHECKING:
    from planner.services import CarriedAgenda, Planner


def add_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                common: argparse.ArgumentParser) -> None:
    agenda = commands.add_parser(
        "agenda", parents=[common],
        help="the meeting's proposed agenda: open and overdue actions of the client's "
             "earlier meetings and the plan goals due for review (logged as a view)")
    agenda.add_argument("meeting", type=int, metavar="MEETING_ID")
    agenda.add_argument("--json", action="store_true", help="print JSON")
    agenda.set_defaults(handler="agenda")


def cmd_agenda(planner: Planner, args: argparse.Namespace, language: str) -> int:
    agenda = planner.agendas.carried(args.meeting, purpose="agenda command")
    if args.json:
        print_json(as_json(agenda))
        return 0
    print(f"{agenda.meeting_title} {datetime_text(agenda.meeting_start, language)}")
    yes = translate("cli.yes", language)

    def col(name: str) -> str:
        return translate(f"cli.col.{name}", language)

    print()
    print(translate("cli.agenda_actions", language))
    if agenda.actions:
        print_table([col(c) for c in ("id", "action", "responsible", "agency", "due",
                                      "overdue", "from_meeting", "outcome", "note")],
                    [(i.action_id, i.description, i.responsible, i.agency,
                      date_text(i.due_date, language), yes if i.overdue else "",
                      date_text(i.from_meeting_start, language),
                      label("carried_outcome", i.outcome, language) if i.outcome else "",
                      i.note) for i in agenda.actions])
    else:
        print(translate("cli.agenda_none", language))
    print()
    print(translate("cli.agenda_goals", language))
    if agenda.goals:
        print_table([col(c) for c in ("plan", "goal", "target", "review")],
                    [(g.plan_title, g.description, date_text(g.target_date, language),
                      date_text(g.review_date, language)) for g in agenda.goals])
    else:
        print(translate("cli.agenda_none", language))
    return 0


def as_json(agenda: CarriedAgenda) -> dict[str, object]:
    """Stable keys; dates in ISO 8601, outcome null until decided."""
    return {
        "meeting_id": agenda.meeting_id, "client_id": agenda.client_id,
        "title": agenda.meeting_title, "start": agenda.meeting_start.isoformat(),
        "today": agenda.today.isoformat(),
        "actions": [{"id": i.action_id, "description": i.description,
                     "responsible": i.responsible, "agency": i.agency,
                     "due_date": i.due_date.isoformat() if i.due_date else None,
                     "status": i.status.value, "overdue": i.overdue,
                     "from_meeting_id": i.from_meeting_id,
                     "from_meeting_start": i.from_meeting_start.isoformat(),
                     "outcome": i.outcome.value if i.outcome else None, "note": i.note}
                    for i in agenda.actions],
        "goals": [{"plan_id": g.plan_id, "plan": g.plan_title, "goal_id": g.goal_id,
                   "description": g.description,
                   "target_date": g.target_date.isoformat() if g.target_date else None,
                   "review_date": g.review_date.isoformat() if g.review_date else None}
                  for g in agenda.goals],
    }


HANDLERS: dict[str, Callable[[Planner, argparse.Namespace, str], int]] = {
    "agenda": cmd_agenda,
}
