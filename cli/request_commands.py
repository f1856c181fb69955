"""`verkosto requests [--open] [--overdue] [--client ID] [--json]`: the information requests
between agencies (tietopyynnöt), newest first, overdue ones marked; logged as a view per client
shown. Exit 4 for a client that is not there."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

from cli.output import date_text, print_json, print_table
from planner.messages import label, translate

if TYPE_CHECKING:
    from planner.services import Planner, RequestRow


def add_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                common: argparse.ArgumentParser) -> None:
    requests = commands.add_parser(
        "requests", parents=[common],
        help="list information requests between agencies (logged as a view)")
    requests.add_argument("--open", action="store_true", help="only drafts and sent ones")
    requests.add_argument("--overdue", action="store_true",
                          help="only sent ones past their due date")
    requests.add_argument("--client", type=int, metavar="ID", help="one client's requests")
    requests.add_argument("--json", action="store_true", help="print JSON")
    requests.set_defaults(handler="requests")


def cmd_requests(planner: Planner, args: argparse.Namespace, language: str) -> int:
    rows = planner.requests.list(open_only=args.open, overdue_only=args.overdue,
                                 client_id=args.client)
    if args.json:
        print_json([as_json(r) for r in rows])
        return 0
    if not rows:
        print(translate("cli.requests_none", language))
        return 0

    def col(name: str) -> str:
        return translate(f"cli.col.{name}", language)

    def basis(row: RequestRow) -> str:
        consent = (translate("cli.request_consent", language, ident=row.consent_id)
                   if row.consent_id else "")
        return "; ".join(part for part in (row.legal_basis, consent) if part)

    print_table([col(c) for c in ("id", "client", "requester", "receiver", "subject", "basis",
                                  "sent", "due", "answered", "status")],
                [(r.id, r.client_name, r.requester(), r.receiver(), r.subject, basis(r),
                  date_text(r.sent_on, language), date_text(r.due_date, language),
                  date_text(r.answered_on, language),
                  label("request_status", r.state, language)) for r in rows])
    return 0


def as_json(row: RequestRow) -> dict[str, object]:
    """Stable keys; dates in ISO 8601 (null when not yet), ``status`` as stored and ``state``
    with "overdue" derived from the due date; ``warnings`` as message codes."""
    return {
        "id": row.id, "client_id": row.client_id, "client": row.client_name,
        "requesting_agency_id": row.requesting_agency_id,
        "requesting_agency": row.requesting_agency,
        "requesting_professional_id": row.requesting_professional_id,
        "requesting_person": row.requesting_person or None,
        "receiving_agency_id": row.receiving_agency_id,
        "receiving_agency": row.receiving_agency,
        "receiving_professional_id": row.receiving_professional_id,
        "receiving_person": row.receiving_person or None,
        "subject": row.subject, "legal_basis": row.legal_basis, "consent_id": row.consent_id,
        "status": row.status.value, "state": row.state.value, "overdue": row.overdue,
        "sent_on": row.sent_on, "due_date": row.due_date, "answered_on": row.answered_on,
        "answer_summary": row.answer_summary,
        "warnings": [w.code for w in row.warnings],
    }


HANDLERS: dict[str, Callable[[Planner, argparse.Namespace, str], int]] = {
    "requests": cmd_requests,
}
