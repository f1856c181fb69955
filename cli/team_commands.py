"""`verkosto team-setup ADDRESS`: the database's owner sets up a team store on a PostgreSQL
server (schema, roles, privileges, row-level security), and with ``--member LOGIN
--professional ID`` maps a server login to a professional of the directory. It opens no
local store."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path

from planner.messages import translate

PASSWORD_ENV = "PGPASSWORD"  # libpq's own variable, as pg_dump and psql read it


def add_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                common: argparse.ArgumentParser) -> None:
    setup = commands.add_parser(
        "team-setup", parents=[common],
        help="as the database's owner: set up a team store on a PostgreSQL server (schema, "
             "roles, privileges, row-level security; running it again is harmless)")
    setup.add_argument("address", metavar="ADDRESS",
                       help="postgresql://owner@server/database (the password from "
                            "$PGPASSWORD or asked)")
    setup.add_argument("--member", metavar="LOGIN",
                       help="map this existing server login to --professional")
    setup.add_argument("--professional", metavar="ID", type=int,
                       help="the directory's professional the login is")
    setup.add_argument("--remove-member", metavar="LOGIN",
                       help="take this login out of the team: it sees nothing from its next "
                            "statement (the login itself stays on the server)")
    setup.set_defaults(handler="team-setup")


def _password(language: str) -> Callable[[], str | None]:
    def ask() -> str | None:
        if os.environ.get(PASSWORD_ENV):
            return os.environ[PASSWORD_ENV]
        if not sys.stdin.isatty():
            return None
        return getpass.getpass(translate("cli.team_password", language))

    return ask


def cmd_team_setup(args: argparse.Namespace, _data_dir: Path, language: str) -> int:
    from planner.services import team_setup

    if (args.member is None) != (args.professional is None):
        print("verkosto: " + translate("cli.team_member_pair", language), file=sys.stderr)
        return 2
    if args.remove_member is not None:
        if args.member is not None:
            print("verkosto: " + translate("cli.team_member_pair", language), file=sys.stderr)
            return 2
        gone = team_setup.drop_member(args.address, _password(language), args.remove_member)
        code = "cli.team_member_removed" if gone else "cli.team_member_none"
        print(translate(code, language, login=args.remove_member))
        return 0
    if args.member is not None:
        member = team_setup.add_member(args.address, _password(language), args.member,
                                       args.professional)
        print(translate("cli.team_member_mapped", language, login=member.login,
                        name=member.professional, agency=member.agency))
        return 0
    shown, report = team_setup.set_up(args.address, _password(language))
    print(translate("cli.team_set_up", language, address=shown, revision=report.revision,
                    tables=len(report.protected_tables)))
    return 0


WITHOUT_STORE: dict[str, Callable[[argparse.Namespace, Path, str], int]] = {
    "team-setup": cmd_team_setup}
