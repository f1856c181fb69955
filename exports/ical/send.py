"""Send a meeting's invite or cancellation by SMTP, one iMIP message per recipient.

Each recipient the server accepted is logged as a disclosure (detail "SMTP") right away, so the
audit log matches what left even when sending stops midway; refused and unsent ones are not.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from exports.ical.export import Outgoing, cancel_messages, invite_messages
from exports.mail.report import SendReport
from exports.mail.smtp import Cancelled, Progress, send_messages
from planner.domain import Participant
from planner.domain.enums import AuditAction
from planner.services import Planner, Release
from planner.services.mail_settings import SmtpSettings, require_configured


def send_invites(planner: Planner, meeting_id: int, settings: SmtpSettings,
                 password: str | None, *, language: str = "fi", now: datetime | None = None,
                 progress: Progress | None = None,
                 cancelled: Cancelled | None = None) -> SendReport:
    """REQUEST to every invitee. Raises ValidationFailed before anything is sent (no profile
    e-mail, cancelled meeting, no server); a mail failure comes back in the report."""
    settings = require_configured(settings)
    outgoing = invite_messages(planner, meeting_id, language, now,
                               from_name=settings.sender_name or None)
    return send_outgoing(planner, outgoing, settings, password, progress, cancelled)


def send_cancel(planner: Planner, meeting_id: int, settings: SmtpSettings,
                password: str | None, *, language: str = "fi", now: datetime | None = None,
                removed: Iterable[Participant] | None = None,
                progress: Progress | None = None,
                cancelled: Cancelled | None = None) -> SendReport:
    """CANCEL to everyone (a cancelled meeting) or only to the ``removed`` participants."""
    settings = require_configured(settings)
    outgoing = cancel_messages(planner, meeting_id, language, now, removed,
                               from_name=settings.sender_name or None)
    return send_outgoing(planner, outgoing, settings, password, progress, cancelled)


def send_outgoing(planner: Planner, outgoing: Outgoing, settings: SmtpSettings,
                  password: str | None, progress: Progress | None = None,
                  cancelled: Cancelled | None = None) -> SendReport:
    """Send messages already built (with the settings' sender name in From) over one
    connection, each accepted recipient logged as a disclosure right away."""
    detail = outgoing.detail

    def delivered(recipient: str) -> None:
        planner.audit.record_releases([Release(
            AuditAction.DISCLOSE, outgoing.what, detail.client.id, detail.meeting.id, "SMTP",
            "calendar invite", recipient=recipient)])

    return send_messages(require_configured(settings), password, outgoing.messages,
                         progress=progress, cancelled=cancelled, delivered=delivered)
