"""E-mail out of Verkosto: SMTP over TLS only, with a per-recipient report."""

from exports.mail.report import SendReport
from exports.mail.smtp import check_connection, send_messages

__all__ = ["SendReport", "check_connection", "send_messages"]
