"""`verkosto audit-extract CLIENT_ID --out FILE.pdf [--from DATE] [--to DATE]`: the client's
extract of their log (lokiote) as a PDF in --lang, for the client's own information request;
logged as a disclosure to the client. Exit 3 for an unreadable date or a reversed period, 4
for a client that is not there, 7/8 for an output that exists or cannot be replaced."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from cli.arguments import FORCE_HELP
from planner.audit_filter import read_day
from planner.messages import translate

if TYPE_CHECKING:
    from planner.services import Planner


def add_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                common: argparse.ArgumentParser) -> None:
    extract = commands.add_parser(
        "audit-extract", parents=[common],
        help="write the client's log extract (who viewed, changed, exported or disclosed "
             "their data) as a PDF in --lang, for the client's information request; logged "
             "as given to the client")
    extract.add_argument("client", type=int, metavar="CLIENT_ID")
    extract.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    extract.add_argument("--from", dest="since", metavar="DATE",
                         help="first day (1.11.2026 or 2026-11-01); default: the first entry")
    extract.add_argument("--to", dest="until", metavar="DATE",
                         help="last day, included; default: today")
    extract.add_argument("--force", action="store_true", help=FORCE_HELP)
    extract.set_defaults(handler="audit-extract")


def cmd_audit_extract(planner: Planner, args: argparse.Namespace, language: str) -> int:
    from exports.pdf.audit_extract import write_audit_extract_pdf

    since = read_day(args.since, "from") if args.since is not None else None
    until = read_day(args.until, "to") if args.until is not None else None
    written = write_audit_extract_pdf(planner, args.client, args.out, language=language,
                                      since=since, until=until, force=args.force)
    print(translate("cli.extract_written", language, path=written.path,
                    count=written.entries))
    return 0


HANDLERS: dict[str, Callable[[Planner, argparse.Namespace, str], int]] = {
    "audit-extract": cmd_audit_extract,
}
