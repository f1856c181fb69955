"""Reminders out: written as one .eml per recipient, or sent by the configured SMTP server.

Each recipient who got one (the server accepted it, or its file was written) is logged as a
disclosure of each client it names — one entry per recipient and client, with the actions'
ids, so each client's own log extract shows who was told of them. A refused reminder (the
privacy scan), a refused recipient or a failed write logs nothing. Files are never written
over an existing one (planner/files.py via exports/output.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from exports.mail.reminders import Reminder
from exports.mail.report import SendReport
from exports.mail.smtp import Cancelled, Progress, send_messages
from exports.output import write_logged
from planner.domain.enums import AuditAction
from planner.services import Planner, Release
from planner.services.mail_settings import SmtpSettings, require_configured

ENTITY = "action_reminder"
PURPOSE = "action reminder"


def file_name(address: str) -> str:
    return "muistutus-" + re.sub(r"[^A-Za-z0-9._@-]", "_", address) + ".eml"


def releases(reminder: Reminder, detail: str) -> list[Release]:
    """One disclosure per client the reminder names, to its recipient."""
    recipient = reminder.recipient
    return [Release(AuditAction.DISCLOSE, ENTITY, client_id,
                    ",".join(str(a.action_id) for a in recipient.actions
                             if a.client.id == client_id),
                    detail, PURPOSE, recipient=recipient.email)
            for client_id in recipient.client_ids]


def _ready(reminders: Sequence[Reminder]) -> list[Reminder]:
    return [r for r in reminders if not r.refused and r.mail is not None]


def write_reminders(planner: Planner, reminders: Sequence[Reminder], out: Path) -> list[Path]:
    """The reminders that passed the scan as .eml files in ``out`` (made if missing), all or
    nothing, never replacing a file, with their disclosures."""
    ready = _ready(reminders)
    files = {out / file_name(r.recipient.email): r.mail.data for r in ready if r.mail}
    entries = [entry for r in ready for entry in releases(r, file_name(r.recipient.email))]
    return write_logged(planner, files, entries, make_folders=True)


def send_reminders(planner: Planner, reminders: Sequence[Reminder], settings: SmtpSettings,
                   password: str | None, *, progress: Progress | None = None,
                   cancelled: Cancelled | None = None) -> SendReport:
    """Send those that passed the scan over one connection; each accepted one logged at once."""
    settings = require_configured(settings)
    ready = _ready(reminders)
    by_address = {r.recipient.email: r for r in ready}

    def delivered(address: str) -> None:
        planner.audit.record_releases(releases(by_address[address], "SMTP"))

    return send_messages(settings, password, [r.mail for r in ready if r.mail],
                         progress=progress, cancelled=cancelled, delivered=delivered)
