"""`verkosto move-to-team postgresql://login@server/database [--check]`: everything of the local
store (the data dir's, opened as every command opens it) copied into the team store as that
member, verified and logged (planner/services/team_move.py). `--check` only says what would be
moved and what blocks it; `--read-back` compares a move whose read-back the server cut short.
Exit 81 blocked, 82 not a member, 83 copied but not verified, 73 copied but not read back (the
server went away), 5 the local log's chain broken; the team store's own errors as for
`--store` (70–79)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from planner.messages import translate

if TYPE_CHECKING:
    from planner.services.team_move import MovePlan


def add_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                common: argparse.ArgumentParser) -> None:
    move = commands.add_parser(
        "move-to-team", parents=[common],
        help="copy everything of the local store into a team store as its member, verify it "
             "read back and log it in both stores (the local store is left as it is)")
    move.add_argument("address", metavar="ADDRESS",
                      help="postgresql://login@server/database (the password from the "
                           "keyring or $VERKOSTO_STORE_PASSWORD, else asked)")
    how = move.add_mutually_exclusive_group()
    how.add_argument("--check", action="store_true",
                     help="only say what would be moved and what blocks it; write nothing")
    how.add_argument("--read-back", action="store_true",
                     help="read back and compare a move made from this machine whose "
                          "read-back the server cut short")
    move.set_defaults(handler="move-to-team")


def cmd_move_to_team(args: argparse.Namespace, data_dir: Path, language: str) -> int:
    from cli.stores import terminal_ask, terminal_ask_password
    from planner.errors import TeamMoveBlocked, TeamMoveUnverified
    from planner.services.store_admin import StoreAdministration
    from planner.services.team_move import StoreMove

    if getattr(args, "store", None):  # the target is the address; the source the data dir's
        print("verkosto: " + translate("cli.move_store_usage", language), file=sys.stderr)
        return 2
    source = StoreAdministration(data_dir, ask=terminal_ask(language)).open()
    try:
        target = StoreAdministration(data_dir, team=args.address,
                                     ask_password=terminal_ask_password(language)).open()
        try:
            move = StoreMove(source, target)
            if args.check:
                plan = move.check()
                _print_plan(plan, move.address, move.login, language)
                if plan.blockers:
                    raise TeamMoveBlocked(plan.blockers)
                print(translate("cli.move_ready", language))
                return 0
            report = move.read_back() if args.read_back else move.move()
        finally:
            target.close()
    finally:
        source.close()
    _print_plan(report.plan, report.address, move.login, language)
    for difference in report.differences:
        what = translate(f"team_move.table.{difference.table}", language)
        if difference.column:
            print(translate("cli.move_difference", language, what=what,
                            key=difference.source_key, column=difference.column))
        else:
            print(translate("cli.move_unreadable", language, what=what,
                            key=difference.source_key))
    if not report.verified:
        raise TeamMoveUnverified(count=len(report.differences))
    print(translate("cli.move_moved", language, clients=len(report.clients),
                    address=report.address))
    return 0


def _print_plan(plan: MovePlan, address: str, login: str, language: str) -> None:
    print(translate("cli.move_plan", language, address=address, user=login))
    for name, count in plan.rows.items():
        if count:
            print(translate("cli.move_rows", language, count=count,
                            what=translate(f"team_move.table.{name}", language)))
    for name in sorted(set(plan.matched) | set(plan.added)):
        print(translate("cli.move_directory", language,
                        what=translate(f"team_move.table.{name}", language),
                        matched=plan.matched.get(name, 0), added=plan.added.get(name, 0)))


WITHOUT_STORE: dict[str, Callable[[argparse.Namespace, Path, str], int]] = {
    "move-to-team": cmd_move_to_team}
