"""iMIP (RFC 6047): one e-mail per recipient that calendars show as an invitation.

multipart/mixed [ multipart/alternative [ text/plain, text/calendar; method=… ], invite.ics ].
The MIME ``method`` is taken from the calendar's METHOD so the two can never disagree.
"""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr, make_msgid

from icalendar import Calendar

from exports.ical.invite import Organizer


def imip_message(calendar: Calendar, organizer: Organizer, recipient: str, subject: str,
                 plain: str, now: datetime) -> EmailMessage:
    method = str(calendar["METHOD"]).upper()
    ics = calendar.to_ical()
    message = EmailMessage(policy=SMTP)
    message["From"] = formataddr((organizer.name, organizer.email))
    message["To"] = recipient
    message["Subject"] = subject
    message["Date"] = format_datetime(now)
    message["Message-ID"] = _message_id(organizer)
    message.set_content(plain, charset="utf-8")
    message.add_alternative(ics.decode("utf-8"), subtype="calendar", charset="utf-8",
                            params={"method": method})
    message.add_attachment(ics, maintype="application", subtype="ics", filename="invite.ics",
                           params={"name": "invite.ics"})
    return message


def readdressed(message: EmailMessage, recipient: str, organizer: Organizer) -> EmailMessage:
    """``message`` for another recipient of the same calendar: its own To and Message-ID, the
    other (already parsed) headers and the MIME parts shared, not built again. Building the
    parts for each invitee was most of the time of a meeting's invites (tests/benchmarks)."""
    copy = EmailMessage(policy=SMTP)
    for name, value in message.items():
        if name.lower() == "to":
            copy["To"] = recipient
        elif name.lower() == "message-id":
            copy["Message-ID"] = _message_id(organizer)
        else:
            copy[name] = value  # a parsed header object is stored as it is
    copy.set_payload(list(message.iter_parts()))
    return copy


def _message_id(organizer: Organizer) -> str:
    return make_msgid(domain=organizer.email.rpartition("@")[2] or None)


def eml_bytes(message: EmailMessage) -> bytes:
    return message.as_bytes(policy=SMTP)
