"""The headless commands: each opens the store, calls the planner services and prints."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from cli import (
    agenda_commands,
    audit_commands,
    backup_commands,
    caldav_commands,
    client_copy_commands,
    desktop_commands,
    extract_commands,
    fhir_commands,
    mail_commands,
    meeting_type_commands,
    plan_commands,
    remind_commands,
    request_commands,
    signing_commands,
    summary_commands,
    team_commands,
    team_move_commands,
)
from cli.output import date_text, datetime_text, print_json, print_table
from cli.stores import open_planner
from planner.client_identity import mask_hetu
from planner.errors import FieldError, ValidationFailed, VerkostoError
from planner.messages import label, translate
from planner.services import Planner, ProfileInput, ReplyResult


def dispatch(args: argparse.Namespace, data_dir: Path, language: str) -> int:
    if args.handler in signing_commands.WITHOUT_STORE:  # `verify` opens a store only if one exists
        return signing_commands.WITHOUT_STORE[args.handler](args, data_dir, language)
    if args.handler in backup_commands.WITHOUT_STORE:  # `restore` may replace a damaged store
        return backup_commands.WITHOUT_STORE[args.handler](args, data_dir, language)
    if args.handler in desktop_commands.WITHOUT_STORE:  # the applications menu: no store
        return desktop_commands.WITHOUT_STORE[args.handler](args, data_dir, language)
    if args.handler in team_commands.WITHOUT_STORE:  # a team store on a server, by address
        return team_commands.WITHOUT_STORE[args.handler](args, data_dir, language)
    if args.handler in team_move_commands.WITHOUT_STORE:  # two stores: the local, a team's
        return team_move_commands.WITHOUT_STORE[args.handler](args, data_dir, language)
    handler = HANDLERS[args.handler]
    # `audit --verify` and `--acknowledge-rollback` open a store behind its anchor to show it.
    inspect = args.handler == "audit" and (args.verify or args.acknowledge_rollback)
    planner = open_planner(data_dir, language, create=args.handler in CREATING,
                           prefer_passphrase=bool(getattr(args, "passphrase", False)),
                           audit_rollback="inspect" if inspect else "refuse",
                           store=getattr(args, "store", None))
    try:
        return handler(planner, args, language)
    finally:
        planner.close()


def _col(name: str, language: str) -> str:
    return translate(f"cli.col.{name}", language)


CREATING = ("init", "demo")  # the only commands that may create a store


def cmd_init(planner: Planner, args: argparse.Namespace, language: str) -> int:
    if not planner.store.created:
        print(translate("cli.store_exists", language, path=planner.store.location))
    return 0


def cmd_demo(planner: Planner, args: argparse.Namespace, language: str) -> int:
    from planner.demo import load_demo

    if planner.clients.search("", limit=1):
        print(translate("cli.demo_exists", language), file=sys.stderr)
        return 0
    summary = load_demo(planner)
    print(translate("cli.demo_done", language, clients=summary.clients,
                    meetings=summary.meetings, actions=summary.actions))
    return 0


def cmd_clients(planner: Planner, args: argparse.Namespace, language: str) -> int:
    """The HETU masked as documents show it (131052-****); ``--show-hetu`` in full, logged."""
    rows = planner.clients.search(args.search, limit=100_000, show_hetu=args.show_hetu)

    def hetu(code: str | None) -> str | None:
        return code if args.show_hetu else (mask_hetu(code) or None)

    if args.json:
        print_json([{"id": r.id, "name": r.name, "hetu": hetu(r.hetu),
                     "birth_date": r.birth_date} for r in rows])
    else:
        print_table([_col(c, language) for c in ("id", "name", "hetu", "birth_date")],
                    [(r.id, r.name, hetu(r.hetu) or "", date_text(r.birth_date, language))
                     for r in rows])
    return 0


def cmd_meetings(planner: Planner, args: argparse.Namespace, language: str) -> int:
    if args.all or args.client is not None:
        rows = planner.meetings.list(client_id=args.client, limit=100_000)
    else:
        rows = planner.meetings.upcoming(limit=100_000)
    if args.json:
        print_json([{"id": r.id, "client_id": r.client_id, "client": r.client_name,
                     "title": r.title, "start": r.start, "end": r.end, "status": r.status,
                     "mode": r.mode, "location": r.location, "type": r.type_code}
                    for r in rows])
    else:
        print_table([_col(c, language) for c in ("id", "start", "client", "title", "status")],
                    [(r.id, datetime_text(r.start, language), r.client_name, r.title,
                      label("meeting_status", r.status, language)) for r in rows])
    return 0


def cmd_actions(planner: Planner, args: argparse.Namespace, language: str) -> int:
    rows = planner.actions.list(overdue_only=args.overdue, open_only=args.open,
                                client_id=args.client, limit=1_000_000)
    if args.json:
        print_json([{"id": r.id, "client_id": r.client_id, "client": r.client_name,
                     "meeting_id": r.meeting_id, "description": r.description,
                     "responsible": r.responsible, "agency": r.agency, "due_date": r.due_date,
                     "status": r.status, "overdue": r.overdue} for r in rows])
    else:
        yes = translate("cli.yes", language)
        print_table([_col(c, language) for c in ("id", "client", "action", "responsible",
                                                 "agency", "due", "status", "overdue")],
                    [(r.id, r.client_name, r.description, r.responsible, r.agency,
                      date_text(r.due_date, language), label("action_status", r.status, language),
                      yes if r.overdue else "") for r in rows])
    return 0


def cmd_audit(planner: Planner, args: argparse.Namespace, language: str) -> int:
    if args.against is not None and not args.verify:
        raise ValidationFailed([FieldError("against", "validation.against_needs_verify")])
    if args.verify:
        return audit_commands.verify(planner, args, language)
    if args.acknowledge_rollback:
        return audit_commands.acknowledge(planner, language)
    planner.clients.get(args.client, purpose="audit extract")  # NotFound for a wrong id
    entries = planner.audit.client_extract(args.client)
    if args.json:
        print_json([{"at": e.at, "user": e.user, "action": e.action, "what": e.entity,
                     "id": e.entity_id, "detail": e.detail, "purpose": e.purpose,
                     "recipient": e.recipient} for e in entries])
    else:
        print_table([_col(c, language) for c in ("time", "user", "action", "what", "purpose",
                                                 "recipient")],
                    [(datetime_text(e.at, language), e.user,
                      label("audit_action", e.action, language), e.entity, e.purpose, e.recipient)
                     for e in entries])
    return 0


def cmd_profile(planner: Planner, args: argparse.Namespace, language: str) -> int:
    current = planner.profile.get()
    if any(v is not None for v in (args.name, args.title, args.email, args.agency)):
        current = planner.profile.save(ProfileInput(
            name=args.name if args.name is not None else (current.name if current else ""),
            title=args.title if args.title is not None else (current.title if current else ""),
            agency_id=args.agency if args.agency is not None else (
                current.agency_id if current else None),
            email=args.email if args.email is not None else (current.email if current else None),
        ))
    data = {"name": current.name, "title": current.title, "agency_id": current.agency_id,
            "email": current.email} if current else {}
    if args.json:
        print_json(data)
    elif current is None:
        print(translate("validation.profile_missing", language))
        return 0
    else:
        for key, value in data.items():
            print(f"{key}: {value if value is not None else ''}")
    return 0


def cmd_invites(planner: Planner, args: argparse.Namespace, language: str) -> int:
    from exports.ical.export import cancel_messages, invite_batch, write_outgoing_batch
    from planner.files import check_folder

    if args.out is None and not args.send:
        print("verkosto: " + translate("cli.out_or_send", language), file=sys.stderr)
        return 2
    if args.out is not None:
        check_folder(args.out, may_create=True)  # a file where the folder should be: say so
        if args.handler == "cancel":
            outgoing = [cancel_messages(planner, meeting, language) for meeting in args.meetings]
        else:  # several meetings are read in one transaction
            outgoing = invite_batch(planner, args.meetings, language)
        several = len(outgoing) > 1
        batch = [(each, args.out / str(each.detail.meeting.id) if several else args.out)
                 for each in outgoing]
        # every file of every meeting is checked before any is written
        for written in write_outgoing_batch(planner, batch, force=args.force):
            for path in (written.ics, *written.emails.values()):
                print(path)
    return mail_commands.send(planner, args, language) if args.send else 0


def cmd_reply(planner: Planner, args: argparse.Namespace, language: str) -> int:
    """Exit 0 when every answer was recorded (or already was), 34 when some came from
    someone else than their attendee (recorded only with --accept-mismatch), else 6 when
    some were not recorded."""
    from exports.ical.reply_import import MAX_BYTES, import_replies
    from planner.errors import ReplySenderMismatch
    from planner.input_files import read_input
    from planner.services import ReplyOutcome

    not_recorded = mismatched = 0
    for path in args.files:
        try:
            results = import_replies(planner, read_input(path, MAX_BYTES),
                                     accept_mismatch=args.accept_mismatch)
        except VerkostoError as failure:  # unreadable, too large, several attendees …
            print(f"{path}: {_reasons(failure, language)}", file=sys.stderr)
            not_recorded += 1
            continue
        for result in results:
            print(reply_line(result, language))
            if result.outcome == ReplyOutcome.SENDER_MISMATCH:
                mismatched += 1
            elif result.outcome not in (ReplyOutcome.RECORDED, ReplyOutcome.UNCHANGED):
                not_recorded += 1
    if mismatched:
        refused = ReplySenderMismatch(count=mismatched)
        print(f"verkosto: {refused.message(language)}", file=sys.stderr)
        return refused.exit_code
    return 6 if not_recorded else 0


def reply_line(result: ReplyResult, language: str) -> str:
    sender = result.sender or translate("reply.no_sender", language)
    return translate(f"reply.{result.outcome}", language, name=result.participant_name,
                     email=result.email, title=result.meeting_title, sender=sender,
                     attendance=label("attendance", result.attendance, language))


def _reasons(failure: VerkostoError, language: str) -> str:
    from planner.errors import ValidationFailed

    if isinstance(failure, ValidationFailed):
        return "; ".join(error.message(language) for error in failure.errors)
    return failure.message(language)


HANDLERS: dict[str, Callable[[Planner, argparse.Namespace, str], int]] = {
    "init": cmd_init, "demo": cmd_demo, "clients": cmd_clients, "meetings": cmd_meetings,
    "actions": cmd_actions, "audit": cmd_audit, "profile": cmd_profile,
    "invites": cmd_invites, "cancel": cmd_invites, "reply": cmd_reply,
    **caldav_commands.HANDLERS,
    **mail_commands.HANDLERS,
    **signing_commands.HANDLERS,
    **summary_commands.HANDLERS,
    **extract_commands.HANDLERS,
    **plan_commands.HANDLERS,
    **backup_commands.HANDLERS,
    **meeting_type_commands.HANDLERS,
    **agenda_commands.HANDLERS,
    **remind_commands.HANDLERS,
    **client_copy_commands.HANDLERS,
    **request_commands.HANDLERS,
    **fhir_commands.HANDLERS,
}
