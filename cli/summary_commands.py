"""`verkosto summary`: the meeting's summary PDF, signed with the user's certificate.

The document's language is the command's --lang (the messages' language); --no-sign writes
it unsigned. The passphrase comes from the keyring, else $VERKOSTO_SIGNING_PASSPHRASE, else a
prompt at a terminal.
"""

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
    summary = commands.add_parser(
        "summary", parents=[common],
        help="write a meeting's summary PDF, signed (PAdES) unless --no-sign; its language "
             "is --lang")
    summary.add_argument("meeting", type=int, metavar="MEETING_ID")
    summary.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    summary.add_argument("--force", action="store_true", help=FORCE_HELP)
    summary.add_argument("--no-sign", action="store_true", help="leave it unsigned")
    summary.add_argument("--show-hetu", action="store_true",
                         help="print the client's identity code in full (masked by default)")
    summary.set_defaults(handler="summary")


def cmd_summary(planner: Planner, args: argparse.Namespace, language: str) -> int:
    from cli.signing_commands import passphrase_for
    from exports.pdf.export import write_summary_pdf

    check_output(args.out, force=args.force)  # before a passphrase is asked
    passphrase = None if args.no_sign else passphrase_for(planner, language)
    written = write_summary_pdf(planner, args.meeting, args.out, language=language,
                                sign=not args.no_sign, passphrase=passphrase,
                                show_hetu=args.show_hetu, force=args.force)
    code = "cli.summary_signed" if written.signed else "cli.summary_unsigned"
    print(translate(code, language, path=written.path, document_id=written.document_id))
    if written.level_note:  # timestamped, but no revocation information: B-T, not B-LT
        print(translate(written.level_note, language))
    return 0


HANDLERS: dict[str, Callable[[Planner, argparse.Namespace, str], int]] = {
    "summary": cmd_summary,
}
