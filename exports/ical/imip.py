"""iMIP (RFC 6047): one e-mail per recipient that calendars show as an invitation.

multipart/mixed [ multipart/alternative [ text/plain, text/calendar; method=… ], invite.ics ].
The MIME ``method`` is taken from the calendar's METHOD so the two can never disagree, and so
is the attached copy's name: invite.ics, cancel.ics (a cancellation is no invite) or
calendar.ics.

Everyone who gets the same calendar gets the same message apart from To and Message-ID, so the
shared part is built and serialized once (``ImipBody``) and each recipient's message is that
part behind its own two headers. A full ``EmailMessage`` per recipient, every header parsed
and folded again, was most of the time of a thousand invites (tests/benchmarks).
"""

from __future__ import annotations

import io
import secrets
from dataclasses import dataclass
from datetime import datetime
from email.generator import BytesGenerator
from email.message import EmailMessage
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import SMTP, SMTPUTF8, EmailPolicy, compat32
from email.utils import format_datetime, formataddr, make_msgid

from icalendar import Calendar

from exports.ical.invite import Organizer
from exports.mail.message import OutgoingMail

# The calendar's file name, by its METHOD: the attached copy and the file written beside the
# e-mails are named after what they are.
ATTACHMENTS = {"REQUEST": "invite.ics", "CANCEL": "cancel.ics", "PUBLISH": "calendar.ics"}


def attachment_name(method: str) -> str:
    return ATTACHMENTS.get(method.upper(), "calendar.ics")


# The MIME parts hold only base64 (ASCII) and their own headers, which need no modern
# header parsing; the addressed headers above them are folded by the current policies.
_PARTS_POLICY = compat32.clone(linesep="\r\n")


@dataclass(frozen=True)
class ImipBody:
    """The part of an iMIP message every recipient of one calendar shares: From, Subject, Date
    and the MIME parts, serialized."""

    sender: str
    utf8: bool  # the organizer's address is not ASCII: raw UTF-8 headers (RFC 6532)
    data: bytes

    def to(self, recipient: str) -> OutgoingMail:
        """The message for ``recipient``: its own To and a new Message-ID."""
        policy = _policy(self.utf8 or not recipient.isascii())
        domain = self.sender.rpartition("@")[2] or None
        head = (policy.fold_binary("To", recipient)
                + policy.fold_binary("Message-ID", make_msgid(domain=domain)))
        return OutgoingMail(self.sender, recipient, head + self.data)


@dataclass(frozen=True)
class Sender:
    """Who the invites come from, with From folded once for a whole batch. ``from_name`` (the
    e-mail settings' sender name) replaces the organizer's name in From only; the calendar's
    ORGANIZER keeps the profile's."""

    address: str
    utf8: bool
    from_header: bytes

    @classmethod
    def of(cls, organizer: Organizer, from_name: str | None = None) -> Sender:
        utf8 = not organizer.email.isascii()
        value = formataddr((from_name or organizer.name, organizer.email))
        return cls(organizer.email, utf8, _header("From", value, _policy(utf8)))

    def headers(self, subject: str, now: datetime) -> bytes:
        """From, Subject and Date: the same for every message about one meeting."""
        policy = _policy(self.utf8)
        return (self.from_header
                + _header("Subject", " ".join(subject.split()), policy)  # no line breaks
                + policy.fold_binary("Date", format_datetime(now)))

    def body(self, calendar: Calendar, headers: bytes, plain: str) -> ImipBody:
        """``headers`` from ``headers()``; the MIME method is the calendar's METHOD."""
        method = str(calendar["METHOD"]).upper()
        return ImipBody(self.address, self.utf8,
                        headers + _parts(plain, calendar.to_ical(), method))


def _parts(plain: str, ics: bytes, method: str) -> bytes:
    alternative = MIMEMultipart("alternative", _boundary(), policy=_PARTS_POLICY)
    alternative.attach(MIMEText(plain, "plain", "utf-8", policy=_PARTS_POLICY))
    calendar_part = MIMEText(ics.decode("utf-8"), "calendar", "utf-8", policy=_PARTS_POLICY)
    calendar_part.set_param("method", method)
    alternative.attach(calendar_part)
    name = attachment_name(method)
    attachment = MIMEApplication(ics, "ics", policy=_PARTS_POLICY, name=name)
    attachment.add_header("Content-Disposition", "attachment", filename=name)
    mixed = MIMEMultipart("mixed", _boundary(), [alternative, attachment],
                          policy=_PARTS_POLICY)
    for part in (alternative, *alternative.get_payload(), attachment):
        del part["MIME-Version"]  # once, at the top, is what RFC 2045 asks for
    out = io.BytesIO()
    BytesGenerator(out, mangle_from_=False, policy=_PARTS_POLICY).flatten(mixed)
    return out.getvalue()


def _boundary() -> str:
    """Every body part is base64, whose lines never hold "_" or ".", and the parts' own headers
    are fixed, so this boundary cannot occur inside; the generator need not search the text
    for a free one (a regex compiled per message)."""
    return f"=_verkosto.{secrets.token_hex(12)}"


def _policy(utf8: bool) -> EmailPolicy[EmailMessage]:
    return SMTPUTF8 if utf8 else SMTP


def _header(name: str, value: str, policy: EmailPolicy[EmailMessage]) -> bytes:
    """A header whose value may need encoding (a name with ä, a long subject): parsed and
    folded by the e-mail package's own rules, RFC 2047 words or raw UTF-8 under SMTPUTF8."""
    folded: str = policy.header_factory(name, value).fold(policy=policy)
    return folded.encode("utf-8" if policy.utf8 else "ascii")
