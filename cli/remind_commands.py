"""`verkosto remind [--due-within DAYS] [--to ADDRESS …] [--out DIR] [--send] [--json]`:
reminder e-mails to other agencies' responsible persons about their own open actions.

Without --out or --send it only lists who would get what, who is left out and why, and which
reminders the privacy scan refuses: nothing leaves and nothing but the view is logged. --to
narrows the reminders to the addresses named (the opt-in, recipient by recipient). Exit 3 when
the scan refused a reminder (the others are still written or sent), else as `invites --send`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from cli import mail_commands
from cli.output import date_text, print_json
from planner.messages import translate
from planner.services.reminder_mail import DEFAULT_DUE_WITHIN

if TYPE_CHECKING:
    from exports.mail.reminders import Reminder
    from planner.services import Planner
    from planner.services.reminder_mail import ReminderSelection

INVALID_INPUT = 3


def add_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                common: argparse.ArgumentParser) -> None:
    remind = commands.add_parser(
        "remind", parents=[common],
        help="reminder e-mails to other agencies' responsible persons about their own open "
             "actions (lists them unless --out or --send)")
    remind.add_argument("--due-within", type=int, default=DEFAULT_DUE_WITHIN, metavar="DAYS",
                        help=f"actions due within DAYS days, and overdue ones "
                             f"(default {DEFAULT_DUE_WITHIN})")
    remind.add_argument("--to", action="append", metavar="ADDRESS",
                        help="only this recipient (may be given several times)")
    remind.add_argument("--out", type=Path, metavar="DIR",
                        help="write one .eml per recipient into DIR (never over a file)")
    mail_commands.add_send_option(remind)
    remind.add_argument("--json", action="store_true", help="print JSON")
    remind.set_defaults(handler="remind")


def cmd_remind(planner: Planner, args: argparse.Namespace, language: str) -> int:
    from exports.mail.reminders import build_reminders
    from planner.files import check_folder

    if args.out is not None:
        check_folder(args.out, may_create=True)  # before anything is read
    settings = planner.mail.load() if args.send else None
    selection = planner.reminder_mail.select(args.due_within, only=args.to)
    reminders = build_reminders(selection, planner.profile.invite_client_naming(),
                                planner.now(),
                                from_name=(settings.sender_name or None) if settings else None)
    if args.json:
        print_json(as_json(selection, reminders, language))
    else:
        _print_plan(selection, reminders, language)
    code = 0
    if args.out is not None:
        from exports.mail.reminder_delivery import write_reminders

        for path in write_reminders(planner, reminders, args.out):
            print(path)
    if args.send:
        code = _send(planner, reminders, language)
    elif args.out is None and not args.json:
        print(translate("cli.remind_dry_run", language))
    refused = any(r.refused for r in reminders)
    return code or (INVALID_INPUT if refused else 0)


def _send(planner: Planner, reminders: list[Reminder], language: str) -> int:
    from exports.mail.reminder_delivery import send_reminders
    from planner.services.mail_settings import require_configured

    settings = require_configured(planner.mail.load())
    if not any(not r.refused for r in reminders):
        return 0
    password = mail_commands.smtp_password(planner, settings, language)
    stop = mail_commands.StopOnInterrupt()
    with stop:
        report = send_reminders(planner, reminders, settings, password,
                                cancelled=stop.requested)
    return mail_commands.print_send_report(report, language)


def _print_plan(selection: ReminderSelection, reminders: list[Reminder],
                language: str) -> None:
    print(translate("cli.remind_period", language, until=selection.due_until,
                    today=selection.today))
    if not reminders and not selection.left_out:
        print(translate("cli.remind_none", language))
    for reminder in reminders:
        r = reminder.recipient
        print(translate("cli.remind_recipient", language, name=r.name, email=r.email,
                        agency=r.agency, count=len(r.actions)))
        for action in r.actions:
            overdue = " " + translate("reminder.overdue", language) if action.overdue else ""
            print(f"  {date_text(action.due_date, language)}{overdue}  {action.description}")
        for finding in reminder.findings:
            print(translate("cli.remind_refused", language, name=r.name, email=r.email,
                            reason=finding.message(language)), file=sys.stderr)
    for out in selection.left_out:
        print(translate("cli.remind_left_out", language, name=out.name, agency=out.agency,
                        count=len(out.actions),
                        reason=translate(f"reminder.left_out.{out.reason}", language)))


def as_json(selection: ReminderSelection, reminders: list[Reminder],
            language: str) -> dict[str, object]:
    """Stable keys, ISO dates; ``text`` is the message exactly as it would be sent."""
    def actions(items: tuple[object, ...]) -> list[dict[str, object]]:
        return [{"id": a.action_id, "client_id": a.client.id,  # type: ignore[attr-defined]
                 "description": a.description,  # type: ignore[attr-defined]
                 "due_date": a.due_date.isoformat(),  # type: ignore[attr-defined]
                 "overdue": a.overdue,  # type: ignore[attr-defined]
                 "meeting_id": a.meeting_id} for a in items]  # type: ignore[attr-defined]

    return {
        "today": selection.today.isoformat(), "due_until": selection.due_until.isoformat(),
        "reminders": [{"name": r.recipient.name, "email": r.recipient.email,
                       "agency": r.recipient.agency, "language": r.recipient.language,
                       "subject": r.subject, "text": r.text, "refused": r.refused,
                       "problems": [f.message(language) for f in r.findings],
                       "actions": actions(r.recipient.actions)} for r in reminders],
        "left_out": [{"name": o.name, "agency": o.agency, "reason": o.reason.value,
                      "actions": actions(o.actions)} for o in selection.left_out],
    }


HANDLERS: dict[str, Callable[[Planner, argparse.Namespace, str], int]] = {
    "remind": cmd_remind,
}
