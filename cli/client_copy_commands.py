"""`verkosto client-copy MEETING_ID --out FILE.pdf [--lang] [--plain] [--no-sign]`: the client's
own copy of a meeting, in the client's language unless --lang names one (--plain: selkokieli,
easy Finnish); signed unless --no-sign; logged as a disclosure to the client.
`verkosto plan-pdf CLIENT_ID --out FILE.pdf [--plan ID] [--version N]`: the joint client plan
as a PDF in --lang; logged as an export.

Exit 3 for --plain with another language than Finnish or a version the plan lacks, 4 for a
meeting, client or plan that is not there (another client's plan in the same words), 7/8 for
an output that exists or cannot be replaced; a refusal writes and logs nothing."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from cli.arguments import FORCE_HELP
from planner.files import check_output
from planner.messages import translate

if TYPE_CHECKING:
    from planner.services import Planner


def add_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                common: argparse.ArgumentParser) -> None:
    copy = commands.add_parser(
        "client-copy", parents=[common],
        help="write the client's own copy of a meeting (what was agreed, who does what, "
             "contacts, the next meeting) as a large-print PDF in the client's language "
             "(or --lang); logged as given to the client")
    copy.add_argument("meeting", type=int, metavar="MEETING_ID")
    copy.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    copy.add_argument("--plain", action="store_true",
                      help="in selkokieli (easy Finnish); the language is then Finnish")
    copy.add_argument("--no-sign", action="store_true", help="leave it unsigned")
    copy.add_argument("--force", action="store_true", help=FORCE_HELP)
    copy.set_defaults(handler="client-copy")
    plan = commands.add_parser(
        "plan-pdf", parents=[common],
        help="write the client's joint client plan (goals, benefits and services, "
             "responsibilities, review date, consents) as a PDF in --lang; logged as an export")
    plan.add_argument("client", type=int, metavar="CLIENT_ID")
    plan.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    plan.add_argument("--plan", type=int, metavar="PLAN_ID",
                      help="which of the client's plans (default: the newest)")
    plan.add_argument("--version", type=int, metavar="N",
                      help="which version (default: the newest)")
    plan.add_argument("--force", action="store_true", help=FORCE_HELP)
    plan.set_defaults(handler="plan-pdf")


def cmd_client_copy(planner: Planner, args: argparse.Namespace, language: str) -> int:
    from cli.signing_commands import passphrase_for
    from exports.pdf.client_copy import check_plain, write_client_copy_pdf

    chosen = getattr(args, "lang", None)  # given: that language; else the client's own
    check_plain(chosen, args.plain)
    check_output(args.out, force=args.force)  # before a passphrase is asked
    passphrase = None if args.no_sign else passphrase_for(planner, language)
    written = write_client_copy_pdf(planner, args.meeting, args.out, language=chosen,
                                    plain=args.plain, sign=not args.no_sign,
                                    passphrase=passphrase, force=args.force)
    code = "cli.client_copy_signed" if written.signed else "cli.client_copy_unsigned"
    shown = f"{written.language}, selkokieli" if written.plain else written.language
    print(translate(code, language, path=written.path, language=shown))
    if written.level_note:  # timestamped, but no revocation information: B-T, not B-LT
        print(translate(written.level_note, language))
    return 0


def cmd_plan_pdf(planner: Planner, args: argparse.Namespace, language: str) -> int:
    from exports.pdf.plan_document import write_plan_pdf

    written = write_plan_pdf(planner, args.client, args.out, plan_id=args.plan,
                             version=args.version, language=language, force=args.force)
    print(translate("cli.plan_pdf_written", language, path=written.path, plan=written.plan_id,
                    version=written.version))
    return 0


HANDLERS: dict[str, Callable[[Planner, argparse.Namespace, str], int]] = {
    "client-copy": cmd_client_copy,
    "plan-pdf": cmd_plan_pdf,
}
