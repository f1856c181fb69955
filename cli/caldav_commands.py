"""`verkosto calendar`, `verkosto publish` and `verkosto caldav`: the upcoming meetings as an
.ics file, and publishing them to a CalDAV calendar (the library is loaded only for these)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from cli.arguments import FORCE_HELP
from planner.errors import CalDavPasswordMissing, KeyringLocked
from planner.messages import translate

if TYPE_CHECKING:  # `verkosto` without a command parses these arguments too: keep it light
    from planner.services import Planner
    from planner.services.caldav_settings import CalDavSettings

PASSWORD_ENV = "VERKOSTO_CALDAV_PASSWORD"


def add_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                common: argparse.ArgumentParser) -> None:
    calendar = commands.add_parser("calendar", parents=[common],
                                   help="write every upcoming meeting into one .ics file")
    calendar.add_argument("--out", type=Path, required=True, metavar="FILE.ics")
    calendar.add_argument("--force", action="store_true", help=FORCE_HELP)
    calendar.set_defaults(handler="calendar")

    publish = commands.add_parser(
        "publish", parents=[common],
        help=f"publish the upcoming meetings to the CalDAV calendar set with `verkosto caldav` "
             f"(password: the keyring, else ${PASSWORD_ENV}, else asked at a terminal)")
    publish.set_defaults(handler="publish")

    caldav = commands.add_parser("caldav", parents=[common],
                                 help="show or set the CalDAV calendar to publish to")
    caldav.add_argument("--url", help="the calendar's own address (https://…/)")
    caldav.add_argument("--user", help="user name on the calendar server")
    caldav.add_argument("--save-password", action="store_true",
                        help=f"keep the password in the system keyring (read from "
                             f"${PASSWORD_ENV} or asked at a terminal)")
    caldav.add_argument("--test", action="store_true",
                        help="log in and check that the calendar is there")
    caldav.set_defaults(handler="caldav")


def _typed_password(settings: CalDavSettings, language: str) -> str:
    """$VERKOSTO_CALDAV_PASSWORD, else asked when a person is at the terminal."""
    password = os.environ.get(PASSWORD_ENV)
    if password:
        return password
    if sys.stdin.isatty():
        prompt = {"fi": "Salasana", "sv": "Lösenord", "en": "Password"}[language]
        typed = getpass.getpass(f"{prompt} ({settings.login}): ")
        if typed:
            return typed
    raise CalDavPasswordMissing(host=settings.host)


def password_for(planner: Planner, settings: CalDavSettings, language: str) -> str:
    """The keyring's, else the environment's, else a prompt, else a clear error."""
    try:
        saved = planner.caldav.saved_password(settings)
    except KeyringLocked:
        saved = None  # the other sources still work while the keyring stays locked
    return saved or _typed_password(settings, language)


def cmd_calendar(planner: Planner, args: argparse.Namespace, language: str) -> int:
    from exports.ical.feed import write_upcoming

    count = write_upcoming(planner, args.out, language=language, force=args.force)
    print(translate("cli.calendar_written", language, count=count, path=args.out))
    return 0


def cmd_publish(planner: Planner, args: argparse.Namespace, language: str) -> int:
    from exports.caldav import publish

    settings = planner.caldav.require()
    report = publish(planner, settings, password_for(planner, settings, language),
                     language=language)
    print(translate("caldav.published", language, host=report.host, sent=report.sent,
                    removed=report.removed))
    return 0


def cmd_caldav(planner: Planner, args: argparse.Namespace, language: str) -> int:
    current = planner.caldav.get()
    if args.url is not None or args.user is not None:
        current = planner.caldav.save(
            args.url if args.url is not None else (current.url if current else ""),
            args.user if args.user is not None else (current.username if current else ""))
        print(translate("caldav.settings_saved", language))
    if (args.save_password or args.test) and current is None:
        current = planner.caldav.require()  # raises the "not set up" error
    if current is None:
        print(translate("caldav.not_configured", language))
        return 0
    if args.save_password:
        planner.caldav.save_password(current, _typed_password(current, language))
        print(translate("caldav.password_saved", language))
    if args.test:
        from exports.caldav import check_connection

        check_connection(current, password_for(planner, current, language))
        print(translate("caldav.connection_ok", language, url=current.url))
    if not (args.save_password or args.test):
        print(f"url: {current.url}\nuser: {current.username}")
    return 0


HANDLERS: dict[str, Callable[[Planner, argparse.Namespace, str], int]] = {
    "calendar": cmd_calendar, "publish": cmd_publish, "caldav": cmd_caldav,
}
