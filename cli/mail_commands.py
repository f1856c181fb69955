"""`verkosto smtp` (show, set and test the e-mail server) and `invites|cancel --send`."""

from __future__ import annotations

import argparse
import getpass
import os
import signal
import sys
from collections.abc import Callable
from dataclasses import asdict, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planner.errors import FieldError, KeyringUnavailable, ValidationFailed
from planner.messages import translate
from planner.services import Planner, SmtpSettings
from planner.services.mail_settings import DEFAULT_PORTS, SECURITY_CHOICES, require_configured

if TYPE_CHECKING:
    from exports.mail.report import SendReport

PASSWORD_ENV = "VERKOSTO_SMTP_PASSWORD"


def add_parsers(commands: Any, common: argparse.ArgumentParser) -> None:
    smtp = commands.add_parser("smtp", parents=[common],
                               help="show or set the e-mail server (SMTP) for invites")
    smtp.add_argument("--host", help="server name, e.g. smtp.example.fi")
    smtp.add_argument("--port", type=int, help="587 for STARTTLS, 465 for TLS (the default "
                                                "follows --security)")
    smtp.add_argument("--security", choices=SECURITY_CHOICES)
    smtp.add_argument("--user", help="login name (empty: no login)")
    smtp.add_argument("--sender-name", help="name shown as the sender (default: the profile's)")
    smtp.add_argument("--ca-file", help="an extra CA certificate (PEM) to trust; '' clears it")
    smtp.add_argument("--save-password", action="store_true",
                      help=f"keep the password in the keyring (from ${PASSWORD_ENV} or asked)")
    smtp.add_argument("--test", action="store_true", help="connect, encrypt and log in")
    smtp.set_defaults(handler="smtp")


def add_send_option(command: argparse.ArgumentParser) -> None:
    command.add_argument("--send", action="store_true",
                         help="send by e-mail through the server set with `verkosto smtp`")


def _ask(settings: SmtpSettings, language: str) -> str | None:
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env:
        return from_env
    if not sys.stdin.isatty():
        return None
    return getpass.getpass(translate("cli.smtp_password_prompt", language,
                                     login=settings.login))


def smtp_password(planner: Planner, settings: SmtpSettings, language: str) -> str | None:
    """The keyring's, else $VERKOSTO_SMTP_PASSWORD, else asked at a terminal; None when the
    server needs no login. A missing one is a clear error before anything is sent."""
    if not settings.username:
        return None
    password = planner.mail.password(settings) or _ask(settings, language)
    if not password:
        raise ValidationFailed([FieldError("password", "validation.smtp_password_missing")])
    return password


def cmd_smtp(planner: Planner, args: argparse.Namespace, language: str) -> int:
    current = planner.mail.load()
    changes: dict[str, Any] = {key: value for key, value in (
        ("host", args.host), ("port", args.port), ("security", args.security),
        ("username", args.user), ("sender_name", args.sender_name),
        ("ca_file", str(Path(args.ca_file).resolve()) if args.ca_file else args.ca_file),
    ) if value is not None}
    if "security" in changes and "port" not in changes \
            and current.port == DEFAULT_PORTS[current.security]:
        changes["port"] = DEFAULT_PORTS[changes["security"]]
    settings = planner.mail.save(replace(current, **changes)) if changes else current
    if args.save_password:
        require_configured(settings)
        if not planner.mail.keyring_usable():
            raise KeyringUnavailable(detail="detail.no_keyring_backend")
        password = _ask(settings, language)
        if not password:
            raise ValidationFailed([FieldError("password", "validation.smtp_password_missing")])
        planner.mail.remember_password(settings, password)
        print(translate("cli.smtp_password_saved", language))
    for key, value in asdict(settings).items():
        print(f"{key}: {value}")
    if args.test:
        from exports.mail import check_connection

        settings = require_configured(settings)
        check_connection(settings, smtp_password(planner, settings, language))
        print(translate("cli.smtp_ok", language, host=settings.host, port=settings.port))
    return 0


def send(planner: Planner, args: argparse.Namespace, language: str) -> int:
    """Exit 0 when everyone got it; the failure's own code, or 33 when some were refused.
    Several meetings are read and built as one batch and sent one meeting after another; a
    failure that stops one (no connection, Ctrl+C) stops the rest."""
    from exports.ical.export import Outgoing, cancel_messages, invite_batch
    from exports.ical.send import send_outgoing

    settings = require_configured(planner.mail.load())
    from_name = settings.sender_name or None
    outgoing: list[Outgoing]
    if args.handler == "cancel":
        outgoing = [cancel_messages(planner, meeting, language, from_name=from_name)
                    for meeting in args.meetings]
    else:
        outgoing = invite_batch(planner, args.meetings, language, from_name=from_name)
    password = smtp_password(planner, settings, language)
    refused = False
    stop = StopOnInterrupt()
    for each in outgoing:
        if len(outgoing) > 1:
            print(translate("cli.mail_meeting", language, meeting=each.detail.meeting.id))
        with stop:
            report = send_outgoing(planner, each, settings, password,
                                   cancelled=stop.requested)
        code = print_send_report(report, language)
        if code not in (0, 33):
            return code
        refused = refused or code == 33
    return 33 if refused else 0


def print_send_report(report: SendReport, language: str) -> int:
    for recipient in report.sent:
        print(translate("cli.mail_sent", language, recipient=recipient))
    for line in report.problems(language):
        print(f"verkosto: {line}", file=sys.stderr)
    for recipient in report.not_sent:
        print(translate("cli.mail_not_sent", language, recipient=recipient), file=sys.stderr)
    if report.cancelled:
        print(translate("cli.mail_cancelled", language), file=sys.stderr)
    print(translate("cli.mail_summary", language, sent=len(report.sent), total=report.total))
    if report.failure is not None:
        return report.failure.exit_code
    if report.cancelled:
        return 130
    return 33 if report.refused else 0


class StopOnInterrupt:
    """Ctrl+C stops the batch between two messages, so who already got it is still logged."""

    def __init__(self) -> None:
        self._stop = False
        self._previous: Any = None

    def requested(self) -> bool:
        return self._stop

    def _interrupted(self, _signum: int, _frame: object) -> None:
        self._stop = True

    def __enter__(self) -> StopOnInterrupt:
        self._previous = signal.signal(signal.SIGINT, self._interrupted)
        return self

    def __exit__(self, *_exc: object) -> None:
        signal.signal(signal.SIGINT, self._previous)


HANDLERS: dict[str, Callable[[Planner, argparse.Namespace, str], int]] = {"smtp": cmd_smtp}
