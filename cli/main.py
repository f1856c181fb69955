"""The one entry point: ``verkosto`` opens the window; its subcommands run headless.

Every command takes ``--data-dir`` (default: the user data dir, or ``$VERKOSTO_DATA_DIR``)
and reports errors as translated text on stderr with the error's own exit code.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from planner.config import LANGUAGES, default_data_dir
from planner.crypto.hardening import harden_process


def _folder(text: str) -> Path:
    """``--data-dir ""`` would be the current folder: refused, as a typo should be."""
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty folder name")
    return Path(text)


def _common() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", type=_folder, default=argparse.SUPPRESS, metavar="DIR",
                        help="folder of the encrypted store (default: the user data dir, "
                             "or $VERKOSTO_DATA_DIR)")
    common.add_argument("--store", default=argparse.SUPPRESS, metavar="postgresql://…",
                        help="a team store on a PostgreSQL server instead of the data dir's "
                             "store (default: $VERKOSTO_STORE); TLS with the server's "
                             "certificate verified unless it is on this machine")
    common.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS,
                        help="language of messages (default: $VERKOSTO_LANG, the locale, fi)")
    return common


def build_parser() -> argparse.ArgumentParser:
    # Imported here: the command modules load the store's code, which the window's start
    # (see main) loads only after its first paint.
    from cli import (
        agenda_commands,
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

    common = _common()
    parser = argparse.ArgumentParser(
        prog="verkosto", parents=[common],
        description="Verkosto – network meeting planner. Without a command, opens the window.",
        epilog="Passphrase-protected stores read the passphrase from $VERKOSTO_PASSPHRASE.")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    init = commands.add_parser("init", parents=[common],
                               help="create a new encrypted store (the only commands that "
                                    "create one are init and demo)")
    init.add_argument("--passphrase", action="store_true",
                      help="protect it with a passphrase ($VERKOSTO_PASSPHRASE or asked) "
                           "instead of a key in the OS keyring")
    init.set_defaults(handler="init")

    demo = commands.add_parser("demo", parents=[common],
                               help="fill the store with the five demo client situations "
                                    "(creates the store if there is none)")
    demo.set_defaults(handler="demo")

    clients = commands.add_parser("clients", parents=[common], help="list clients")
    clients.add_argument("--search", default="", help="name start, HETU end, case lead or benefit")
    clients.add_argument("--json", action="store_true", help="print JSON")
    clients.add_argument("--show-hetu", action="store_true",
                         help="print identity codes in full (masked by default); logged")
    clients.set_defaults(handler="clients")

    meetings = commands.add_parser("meetings", parents=[common],
                                   help="list meetings (upcoming by default)")
    meetings.add_argument("--all", action="store_true", help="past and cancelled ones too")
    meetings.add_argument("--client", type=int, metavar="ID", help="one client's meetings")
    meetings.add_argument("--json", action="store_true", help="print JSON")
    meetings.set_defaults(handler="meetings")

    actions = commands.add_parser("actions", parents=[common], help="list agreed actions")
    actions.add_argument("--overdue", action="store_true", help="only open, overdue actions")
    actions.add_argument("--open", action="store_true", help="only open actions")
    actions.add_argument("--client", type=int, metavar="ID", help="one client's actions")
    actions.add_argument("--json", action="store_true", help="print JSON")
    actions.set_defaults(handler="actions")

    audit = commands.add_parser("audit", parents=[common], help="check or extract the audit log")
    which = audit.add_mutually_exclusive_group(required=True)
    which.add_argument("--verify", action="store_true", help="verify the hash chain")
    which.add_argument("--client", type=int, metavar="ID",
                       help="the log extract a client is entitled to")
    which.add_argument("--acknowledge-rollback", action="store_true",
                       help="acknowledge (and log) that the store is behind its audit anchor")
    audit.add_argument("--against", type=Path, metavar="FILE",
                       help="with --verify: prove the log still holds the entry a summary "
                            "PDF, backup or invite was made at")
    audit.add_argument("--json", action="store_true", help="print JSON")
    audit.set_defaults(handler="audit")

    profile = commands.add_parser("profile", parents=[common],
                                  help="show or set the user's profile")
    profile.add_argument("--name")
    profile.add_argument("--title")
    profile.add_argument("--email")
    profile.add_argument("--agency", type=int, metavar="ID")
    profile.add_argument("--json", action="store_true", help="print JSON")
    profile.set_defaults(handler="profile")

    for name, text in (("invites", "write meetings' calendar invites (invite.ics, one .eml "
                                   "per recipient)"),
                       ("cancel", "write meetings' cancellations (cancel.ics, one .eml per "
                                  "recipient)")):
        command = commands.add_parser(name, parents=[common], help=text)
        command.add_argument("meetings", type=int, nargs="+", metavar="MEETING_ID",
                             help="one meeting, or several (a follow-up series, say)")
        command.add_argument("--out", type=Path, metavar="DIR",
                             help="folder for the files; with several meetings, one "
                                  "subfolder per meeting id (--out, --send or both)")
        command.add_argument("--force", action="store_true",
                             help="replace files of the same name already in the folder "
                                  "(otherwise nothing is written when one exists)")
        mail_commands.add_send_option(command)
        command.set_defaults(handler=name)
    reply = commands.add_parser("reply", parents=[common],
                                help="record participants' answers from reply files "
                                     "(.ics or .eml)")
    reply.add_argument("files", type=Path, nargs="+", metavar="FILE")
    reply.add_argument("--accept-mismatch", action="store_true",
                       help="record answers whose e-mail came from someone else than the "
                            "attendee they speak for (check them first; exit 34 without)")
    reply.set_defaults(handler="reply")
    caldav_commands.add_parsers(commands, common)  # calendar, publish, caldav
    mail_commands.add_parsers(commands, common)  # smtp
    signing_commands.add_parsers(commands, common)  # verify, signer, trust
    summary_commands.add_parsers(commands, common)  # summary
    extract_commands.add_parsers(commands, common)  # audit-extract
    plan_commands.add_parsers(commands, common)  # plan-diff
    backup_commands.add_parsers(commands, common)  # backup, restore, rekey, passphrase
    desktop_commands.add_parsers(commands, common)  # install-desktop
    team_commands.add_parsers(commands, common)  # team-setup
    team_move_commands.add_parsers(commands, common)  # move-to-team
    meeting_type_commands.add_parsers(commands, common)  # meeting-types
    agenda_commands.add_parsers(commands, common)  # agenda
    remind_commands.add_parsers(commands, common)  # remind
    client_copy_commands.add_parsers(commands, common)  # client-copy, plan-pdf
    request_commands.add_parsers(commands, common)  # requests
    fhir_commands.add_parsers(commands, common)  # fhir (export and --import)
    return parser


def _window_only(argv: list[str] | None) -> argparse.Namespace | None:
    """The arguments when they only name the data dir or language: the window opens without
    building every command's parser (``--help`` or a command fall through to that parser)."""
    window = argparse.ArgumentParser(prog="verkosto", add_help=False, parents=[_common()])
    args, rest = window.parse_known_args(argv)
    return None if rest else args


def main(argv: list[str] | None = None) -> int:
    harden_process()  # before any key or passphrase is read, by the window or a command
    args = _window_only(argv) or build_parser().parse_args(argv)
    if "command" not in args:
        args.command = None
    data_dir: Path = getattr(args, "data_dir", None) or default_data_dir()
    if args.command is None:
        from ui.shell.app import run  # Qt is loaded only for the window

        return run(data_dir, sys.argv[:1], getattr(args, "store", None))
    from cli import commands
    from planner.errors import VerkostoError
    from planner.messages import current_language, translate

    language = getattr(args, "lang", None) or current_language()

    try:
        return commands.dispatch(args, data_dir, language)
    except VerkostoError as error:
        print(f"verkosto: {error.message(language)}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        return 130
    except OSError as error:
        print("verkosto: " + translate("error.unexpected", language, detail=error),
              file=sys.stderr)
        return 1
