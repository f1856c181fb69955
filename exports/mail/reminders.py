"""Reminder e-mails to other agencies' responsible persons: one plain-text message per
recipient, listing only their own open actions (planner/services/reminder_mail.py chose them).

A reminder travels by ordinary e-mail, as an invite does, so it says no more than an invite:
the meeting's date, what was agreed, the due date, and the client as the invite setting names
them (initials by default, exports/ical/privacy.py). The subject says nothing of any client.
What was agreed is the user's own free text, so every message is scanned before it may leave
(``scan``): the client's names in any spelling, any HETU-shaped code, and the client's phone
number, e-mail address or street address. A message with any of them is refused whole — not
quietly redacted — so the user fixes the action's text and knows what would have gone out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from email.message import EmailMessage
from email.policy import SMTP, SMTPUTF8
from email.utils import format_datetime, formataddr, make_msgid

from exports.ical.privacy import client_name
from exports.mail.message import OutgoingMail
from planner.client_identity import ClientIdentity, fold
from planner.domain import Client
from planner.formatting import format_date
from planner.messages import translate
from planner.services.reminder_mail import (
    ReminderAction,
    ReminderRecipient,
    ReminderSelection,
    Sender,
)

_DIGITS = re.compile(r"\d")
_PHONE_LIKE = re.compile(r"\+?\d[\d\s().-]{4,}\d")
MIN_PHONE_DIGITS = 6  # shorter runs are dates and ids, not a phone number
MIN_ADDRESS_LENGTH = 6  # "Tampere" alone names a town, not a home


@dataclass(frozen=True)
class Finding:
    """Something about the client in a reminder that must not leave: which action, what."""

    action_id: int
    what: str  # hetu, name, phone, email, address
    due: date | None = None  # to tell the action apart in the user's list

    def message(self, language: str | None = None) -> str:
        return translate("reminder.refused", language, action=self.action_id,
                         due=self.due or "–",
                         what=translate(f"reminder.found.{self.what}", language))


@dataclass(frozen=True)
class Reminder:
    """One recipient's message, built and scanned: ``findings`` empty means it may go."""

    recipient: ReminderRecipient
    subject: str
    text: str
    mail: OutgoingMail | None  # None when refused
    findings: tuple[Finding, ...] = ()

    @property
    def refused(self) -> bool:
        return bool(self.findings)


def _digits(text: str) -> str:
    return "".join(_DIGITS.findall(text))


def scan(text: str, client: Client, naming: str, action_id: int = 0,
         due: date | None = None) -> list[Finding]:
    """What ``text`` tells of ``client`` beyond what ``naming`` allows (or any HETU)."""
    found: list[Finding] = []
    identity = ClientIdentity(client.first_names, client.last_name, client.hetu, naming)
    spans = identity.spans(text)
    if any(is_hetu for _s, _e, is_hetu in spans):
        found.append(Finding(action_id, "hetu", due))
    if any(not is_hetu for _s, _e, is_hetu in spans):
        found.append(Finding(action_id, "name", due))
    # the subscriber part: "040 123 4567" and "+358 40 1234567" end alike
    tail = _digits(client.phone or "")[-MIN_PHONE_DIGITS:]
    if len(tail) == MIN_PHONE_DIGITS and any(
            _digits(m.group()).endswith(tail) for m in _PHONE_LIKE.finditer(text)):
        found.append(Finding(action_id, "phone", due))
    folded = " ".join(fold(text).split())
    if client.email and fold(client.email.strip()) in folded:
        found.append(Finding(action_id, "email", due))
    street = " ".join(fold(client.address.split(",")[0]).split()) if client.address else ""
    if len(street) >= MIN_ADDRESS_LENGTH and street in folded:
        found.append(Finding(action_id, "address", due))
    return found


def _action_lines(action: ReminderAction, naming: str, language: str) -> list[str]:
    name = client_name(action.client, naming)
    lines = [translate("reminder.client", language, client=name)] if name else []
    if action.meeting_start is not None:
        lines.append(translate("reminder.meeting", language,
                               day=format_date(action.meeting_start, language, weekday=True)))
    lines.append(translate("reminder.agreed", language, text=" ".join(action.description.split())))
    due = translate("reminder.due", language, day=format_date(action.due_date, language))
    if action.overdue:
        due += " " + translate("reminder.overdue", language)
    lines.append(due)
    return lines


def reminder_text(recipient: ReminderRecipient, sender: Sender, naming: str) -> str:
    """The message as it is sent and as the preview shows it, in the recipient's language."""
    language = recipient.language
    lines = [translate("reminder.greeting", language, name=recipient.name), "",
             translate("reminder.intro", language), ""]
    for action in recipient.actions:
        lines += [*_action_lines(action, naming, language), ""]
    lines += [translate("reminder.answer", language), "", translate("reminder.regards", language),
              sender.name]
    lines += [line for line in (", ".join(p for p in (sender.title, sender.agency) if p),
                                sender.email, sender.phone) if line]
    return "\n".join(lines) + "\n"


def build_reminder(recipient: ReminderRecipient, sender: Sender, naming: str, now: datetime,
                   from_name: str | None = None) -> Reminder:
    """The recipient's message, or a refusal naming each action that tells too much."""
    subject = translate("reminder.subject", recipient.language, count=len(recipient.actions))
    text = reminder_text(recipient, sender, naming)
    findings: list[Finding] = []
    clients = list({a.client.id: a.client for a in recipient.actions}.values())
    for action in recipient.actions:  # against every client the message names
        for client in clients:
            findings += [f for f in scan(action.description, client, naming, action.action_id,
                                         action.due_date) if f not in findings]
    # the whole message too, once per client: what the texts around the actions add (a
    # greeting, the signature) must not tell either
    named = {f.what for f in findings}
    for action in {a.client.id: a for a in reversed(recipient.actions)}.values():
        findings += [f for f in scan(f"{subject}\n{text}", action.client, naming,
                                     action.action_id, action.due_date)
                     if f.what in ("hetu", "name") and f.what not in named]
    if findings:
        return Reminder(recipient, subject, text, None, tuple(findings))
    return Reminder(recipient, subject, text,
                    _mail(recipient, sender, subject, text, now, from_name))


def _mail(recipient: ReminderRecipient, sender: Sender, subject: str, text: str,
          now: datetime, from_name: str | None) -> OutgoingMail:
    international = not (sender.email.isascii() and recipient.email.isascii())
    message = EmailMessage(policy=SMTPUTF8 if international else SMTP)
    message["From"] = formataddr((from_name or sender.name, sender.email))
    message["To"] = formataddr((recipient.name, recipient.email))
    message["Subject"] = subject
    message["Date"] = format_datetime(now)
    message["Message-ID"] = make_msgid(domain=sender.email.rpartition("@")[2] or None)
    message["Content-Language"] = recipient.language
    message.set_content(text, charset="utf-8")
    return OutgoingMail(sender.email, recipient.email, message.as_bytes())


def build_reminders(selection: ReminderSelection, naming: str, now: datetime, *,
                    from_name: str | None = None) -> list[Reminder]:
    """Each recipient's reminder (``ReminderMail.select(only=…)`` chose the recipients)."""
    return [build_reminder(recipient, selection.sender, naming, now, from_name)
            for recipient in selection.recipients]
