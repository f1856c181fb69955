"""`verkosto fhir CLIENT_ID --out bundle.json [--include-hetu] [--force]`: the client's case as
a FHIR R4 Bundle, logged as an export; `verkosto fhir --import FILE [--client ID]`: a bundle
this app exported brought into this store (a case handed over), all or nothing, logged.
Exit 2 for neither or both, 3 for a refused bundle or a client to choose, 4 for an unknown
client or a missing file, 7/8 for an output that exists or cannot be replaced, 35 for a file
too large or unreadable."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from cli.arguments import FORCE_HELP
from planner.messages import translate

if TYPE_CHECKING:
    from planner.services import Planner


def add_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                common: argparse.ArgumentParser) -> None:
    fhir = commands.add_parser(
        "fhir", parents=[common],
        help="write the client's case as a FHIR R4 Bundle (logged as an export), or bring a "
             "bundle Verkosto exported into this store with --import")
    fhir.add_argument("client", type=int, nargs="?", metavar="CLIENT_ID",
                      help="the client whose case is exported (with --out)")
    fhir.add_argument("--out", type=Path, metavar="FILE.json",
                      help="where the bundle is written (never over a file without --force)")
    fhir.add_argument("--include-hetu", action="store_true",
                      help="write the HETU as the Patient's identifier (default: left out)")
    fhir.add_argument("--force", action="store_true", help=FORCE_HELP)
    fhir.add_argument("--import", dest="source", type=Path, metavar="FILE.json",
                      help="bring in a bundle Verkosto exported (a case handed over)")
    fhir.add_argument("--client", dest="into", type=int, metavar="ID",
                      help="with --import: the client of this store the bundle is about, "
                           "when its HETU does not tell")
    fhir.set_defaults(handler="fhir")


def cmd_fhir(planner: Planner, args: argparse.Namespace, language: str) -> int:
    exporting = args.client is not None and args.out is not None
    if exporting == (args.source is not None) or (args.source is not None and (
            args.out is not None or args.client is not None)):
        print("verkosto: " + translate("cli.fhir_usage", language), file=sys.stderr)
        return 2
    if exporting:
        from exports.fhir.export import write_fhir_bundle

        written = write_fhir_bundle(planner, args.client, args.out,
                                    include_hetu=args.include_hetu, force=args.force)
        code = "cli.fhir_written_hetu" if args.include_hetu else "cli.fhir_written"
        print(translate(code, language, path=written.path, count=written.resources))
        return 0
    return _import(planner, args, language)


def _import(planner: Planner, args: argparse.Namespace, language: str) -> int:
    from exports.fhir.reader import MAX_BYTES, read_case
    from planner.input_files import read_input

    case = read_case(read_input(args.source, MAX_BYTES))
    report = planner.handover.bring_in(case, client_id=args.into, origin=args.source.name)
    print(translate("cli.fhir_imported", language, client=report.client_name,
                    ident=report.client_id, added=sum(report.added.values()),
                    updated=sum(report.updated.values()), unchanged=report.unchanged))
    if report.client_created:
        print(translate("cli.fhir_client_created", language))
    for skipped in report.skipped:
        print(translate("cli.fhir_skipped", language,
                        what=translate(f"fhir.what.{skipped.what}", language),
                        name=skipped.name[:80], reason=translate(skipped.reason, language)))
    if report.requests_left_out:
        print(translate("cli.fhir_requests_left_out", language,
                        count=report.requests_left_out))
    return 0


HANDLERS: dict[str, Callable[[Planner, argparse.Namespace, str], int]] = {
    "fhir": cmd_fhir,
}
