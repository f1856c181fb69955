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
    message["Message-ID"] = make_msgid(domain=organizer.email.rpartition("@")[2] or None)
    message.set_content(plain, charset="utf-8")
    message.add_alternative(ics.decode("utf-8"), subtype="calendar", charset="utf-8",
                            params={"method": method})
    message.add_attachment(ics, maintype="application", subtype="ics", filename="invite.ics",
                           params={"name": "invite.ics"})
    return message


def eml_bytes(message: EmailMessage) -> bytes:
    return message.as_bytes(policy=SMTP)
