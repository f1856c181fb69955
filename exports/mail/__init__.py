"""E-mail out of Verkosto: SMTP over TLS only, with a per-recipient report.

smtplib and ssl load only when ``check_connection``/``send_messages`` are first used.
"""

from typing import TYPE_CHECKING

from exports.lazy import attributes

if TYPE_CHECKING:
    from exports.mail.report import SendReport
    from exports.mail.smtp import check_connection, send_messages

__all__ = ["SendReport", "check_connection", "send_messages"]
__getattr__ = attributes(__name__, {
    "SendReport": "exports.mail.report", "check_connection": "exports.mail.smtp",
    "send_messages": "exports.mail.smtp"})
