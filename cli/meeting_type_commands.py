"""`verkosto meeting-types [--json] [--export FILE [--force] | --import FILE]`: the meeting
types (built-in and your own); ``--export`` writes your own as a file to share with the team,
``--import`` reads such a file — all of it or nothing (exit 3 naming each wrong field, 4 for
a missing file, 35 for one too large or unreadable; 7/8 for an output that exists or cannot
be replaced)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from cli.arguments import FORCE_HELP
from cli.output import print_json, print_table
from planner.messages import label, translate

if TYPE_CHECKING:
    from planner.services import Planner


def add_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                common: argparse.ArgumentParser) -> None:
    types = commands.add_parser(
        "meeting-types", parents=[common],
        help="list the meeting types (templates of a new meeting), or export / import your "
             "own as a JSON file to share with your team")
    which = types.add_mutually_exclusive_group()
    which.add_argument("--export", type=Path, metavar="FILE",
                       help="write your own meeting types to FILE (JSON)")
    which.add_argument("--import", dest="import_file", type=Path, metavar="FILE",
                       help="add or replace your own meeting types from FILE; a file with "
                            "any error is refused whole")
    types.add_argument("--force", action="store_true", help="with --export: " + FORCE_HELP)
    types.add_argument("--json", action="store_true", help="print JSON")
    types.set_defaults(handler="meeting-types")


def cmd_meeting_types(planner: Planner, args: argparse.Namespace, language: str) -> int:
    from planner.errors import FieldError, ValidationFailed

    if args.force and args.export is None:
        raise ValidationFailed([FieldError("force", "validation.force_needs_export")])
    if args.export is not None:
        return _export(planner, args, language)
    if args.import_file is not None:
        return _import(planner, args, language)
    types = planner.meeting_types.list()
    if args.json:
        print_json([{**t.as_data(), "built_in": t.built_in} for t in types])
        return 0
    kind = {True: translate("cli.meeting_types_built_in", language),
            False: translate("cli.meeting_types_own", language)}
    print_table([translate(f"cli.col.{c}", language)
                 for c in ("code", "name", "minutes", "mode", "follow_up", "kind")],
                [(t.code, t.name(language), t.duration_minutes,
                  label("meeting_mode", t.mode, language),
                  _follow_up(t.follow_up.type_code, t.follow_up.rule) if t.follow_up else "",
                  kind[t.built_in]) for t in types])
    return 0


def _follow_up(code: str, rule: str) -> str:
    """The next type and its date rule; a sickness-allowance point is named once."""
    return code if rule == code else f"{code} ({rule})"


def _export(planner: Planner, args: argparse.Namespace, language: str) -> int:
    from planner.files import write_output

    types = planner.meeting_types.user_types()
    path = write_output(args.export, planner.meeting_types.export_data(), force=args.force)
    if args.json:
        print_json({"path": str(path), "types": [t.code for t in types]})
    else:
        print(translate("cli.meeting_types_exported", language, path=path, count=len(types)))
    return 0


def _import(planner: Planner, args: argparse.Namespace, language: str) -> int:
    from planner.input_files import read_input
    from planner.meeting_types.exchange import MAX_FILE_BYTES

    data = read_input(args.import_file, MAX_FILE_BYTES)
    result = planner.meeting_types.import_data(data, str(args.import_file))
    if args.json:
        print_json({"added": list(result.added), "replaced": list(result.replaced)})
    else:
        print(translate("cli.meeting_types_imported", language, path=args.import_file,
                        added=len(result.added), replaced=len(result.replaced)))
    return 0


HANDLERS: dict[str, Callable[[Planner, argparse.Namespace, str], int]] = {
    "meeting-types": cmd_meeting_types,
}
