"""`verkosto plan-diff CLIENT_ID [--plan PLAN_ID] [--from N] [--to M] [--json]`: what changed
between two versions of the client's joint client plan (default: the newest plan, its last
agreed version against its newest), in --lang; logged as a view of the plan. Exit 4 for an
unknown client, one without a plan or a PLAN_ID that is not one of the client's plans, 3 for
a version the plan lacks, --from equal to --to, or a plan of one version."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

from cli.output import print_json
from planner.plan_diff_text import diff_json, diff_lines

if TYPE_CHECKING:
    from planner.services import Planner


def add_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                common: argparse.ArgumentParser) -> None:
    diff = commands.add_parser(
        "plan-diff", parents=[common],
        help="what changed between two versions of the client's plan (goals, benefits and "
             "services, texts, review date); logged as a view")
    diff.add_argument("client", type=int, metavar="CLIENT_ID")
    diff.add_argument("--plan", dest="plan", type=int, metavar="PLAN_ID",
                      help="which of the client's plans (default: the newest)")
    diff.add_argument("--from", dest="old", type=int, metavar="N",
                      help="the older version (default: the last agreed one)")
    diff.add_argument("--to", dest="new", type=int, metavar="M",
                      help="the newer version (default: the newest)")
    diff.add_argument("--json", action="store_true", help="print JSON")
    diff.set_defaults(handler="plan-diff")


def cmd_plan_diff(planner: Planner, args: argparse.Namespace, language: str) -> int:
    diff = planner.plan_comparison.compare(args.client, args.old, args.new,
                                            plan_id=args.plan)
    if args.json:
        print_json(diff_json(diff, language))
    else:
        print("\n".join(diff_lines(diff, language)))
    return 0


HANDLERS: dict[str, Callable[[Planner, argparse.Namespace, str], int]] = {
    "plan-diff": cmd_plan_diff,
}
