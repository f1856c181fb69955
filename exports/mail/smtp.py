"""Send a batch of e-mail over one encrypted SMTP connection.

STARTTLS (587) or implicit TLS (465), the certificate checked against the system's CAs plus an
optional extra one; a password never crosses an unencrypted line. One recipient refused does not
stop the others; a failure that does stop the batch is reported with who got the mail and who
did not (``SendReport``), never raised.
"""

from __future__ import annotations

import base64
import smtplib
import ssl
from collections.abc import Callable, Sequence

from exports.mail.failures import reply_text, translate_failure, translated
from exports.mail.message import OutgoingMail
from exports.mail.report import SendReport
from planner.errors import FieldError, MailNoStartTls, ValidationFailed, VerkostoError
from planner.messages import translate
from planner.services.mail_settings import SmtpSettings

TIMEOUT = 30.0  # seconds for each network step; a slow server is told apart from a dead one
Progress = Callable[[int, int, str], None]  # done, total, the recipient just handled
Cancelled = Callable[[], bool]
Delivered = Callable[[str], None]  # called for each accepted recipient, e.g. to audit it


def tls_context(ca_file: str = "") -> ssl.SSLContext:
    """The system's trusted CAs and hostname check, plus ``ca_file`` when given."""
    context = ssl.create_default_context()
    if ca_file:
        try:
            context.load_verify_locations(cafile=ca_file)
        except (ssl.SSLError, OSError):
            raise ValidationFailed([FieldError("ca_file", "validation.ca_file_invalid",
                                               {"value": ca_file})]) from None
    return context


def _login(client: smtplib.SMTP, username: str, password: str) -> None:
    if not client.has_extn("auth"):
        raise smtplib.SMTPNotSupportedError("AUTH")
    if (username + password).isascii():
        client.login(username, password)
    else:
        _utf8_login(client, username, password)


def _utf8_login(client: smtplib.SMTP, username: str, password: str) -> None:
    """smtplib encodes credentials as ASCII; PLAIN (RFC 4616) and LOGIN carry UTF-8 here, so
    a password with ä or ö still works."""
    offered = client.esmtp_features.get("auth", "").upper().split()

    def encoded(text: str) -> str:
        return base64.b64encode(text.encode("utf-8")).decode("ascii")

    if "PLAIN" in offered:
        token = encoded(f"\0{username}\0{password}")
        code, reply = client.docmd("AUTH", f"PLAIN {token}")
    elif "LOGIN" in offered:
        code, reply = client.docmd("AUTH", f"LOGIN {encoded(username)}")
        if code == 334:
            code, reply = client.docmd(encoded(password))
    else:
        raise smtplib.SMTPNotSupportedError("AUTH PLAIN or LOGIN")
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, reply)


def connect(settings: SmtpSettings, password: str | None,
            timeout: float = TIMEOUT) -> smtplib.SMTP:
    """An open, encrypted and (when a username is set) logged-in connection, or a MailError."""
    context = tls_context(settings.ca_file)
    client: smtplib.SMTP | None = None
    try:
        with translated(settings, connecting=True):
            if settings.security == "tls":
                client = smtplib.SMTP_SSL(settings.host, settings.port, timeout=timeout,
                                          context=context)
                client.ehlo()
            else:
                client = smtplib.SMTP(settings.host, settings.port, timeout=timeout)
                client.ehlo()
                if not client.has_extn("starttls"):
                    raise MailNoStartTls(host=settings.host, port=settings.port)
                client.starttls(context=context)
                client.ehlo()
        with translated(settings):
            if settings.username:
                _login(client, settings.username, password or "")
    except BaseException:
        if client is not None:
            close(client)
        raise
    return client


def close(client: smtplib.SMTP) -> None:
    try:
        client.quit()
    except (OSError, smtplib.SMTPException):
        client.close()


def check_connection(settings: SmtpSettings, password: str | None,
                     timeout: float = 15.0) -> None:
    """Connect, encrypt, log in and leave: raises the MailError a real sending would meet."""
    close(connect(settings, password, timeout))


def send_messages(settings: SmtpSettings, password: str | None,
                  messages: Sequence[OutgoingMail], *,
                  progress: Progress | None = None, cancelled: Cancelled | None = None,
                  delivered: Delivered | None = None, timeout: float = TIMEOUT) -> SendReport:
    """Send each message to its one recipient, over one connection.

    ``cancelled`` is asked before each message; ``delivered`` runs right after the server
    accepted one (an error there stops the batch: mail the audit log cannot record is not sent).
    """
    report = SendReport(total=len(messages))
    recipients = [mail.recipient for mail in messages]
    if not messages:
        return report  # nobody with an address: no connection, no password sent
    try:
        client = connect(settings, password, timeout)
    except VerkostoError as failure:
        report.failure, report.not_sent = failure, recipients
        return report
    try:
        for index, message in enumerate(messages):
            recipient = message.recipient
            if cancelled is not None and cancelled():
                report.cancelled = True
                report.not_sent = recipients[index:]
                break
            if not _send_one(client, settings, message, report):
                report.not_sent = recipients[index:]
                break
            if recipient in report.sent and delivered is not None:
                try:
                    delivered(recipient)
                except VerkostoError as failure:
                    report.failure, report.not_sent = failure, recipients[index + 1:]
                    break
            if progress is not None:
                progress(index + 1, len(messages), recipient)
    finally:
        close(client)
    return report


def _send_one(client: smtplib.SMTP, settings: SmtpSettings, mail: OutgoingMail,
              report: SendReport) -> bool:
    """False when the batch cannot go on (the failure is in ``report``)."""
    recipient = mail.recipient
    options: list[str] = []
    try:
        if mail.international:
            client.ehlo_or_helo_if_needed()
            if not client.has_extn("smtputf8"):
                report.refused[recipient] = translate("error.mail_needs_smtputf8")
                return True
            options = ["SMTPUTF8", "BODY=8BITMIME"]
        client.sendmail(mail.sender, [recipient], mail.data, mail_options=options)
    except smtplib.SMTPRecipientsRefused as refused:
        code, reply = refused.recipients.get(recipient, (550, b""))
        report.refused[recipient] = reply_text(code, reply)
    except smtplib.SMTPDataError as error:  # this message refused (size, content policy)
        report.refused[recipient] = reply_text(error.smtp_code, error.smtp_error)
    except (OSError, smtplib.SMTPException) as error:
        report.failure = translate_failure(error, settings)
        return False
    else:
        report.sent.append(recipient)
    return True
