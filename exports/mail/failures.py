"""smtplib's, ssl's and socket's exceptions as translated errors that say what to do next."""

from __future__ import annotations

import smtplib
import socket
import ssl
from collections.abc import Iterator
from contextlib import contextmanager

from planner.errors import (
    MailAuthFailed,
    MailAuthUnsupported,
    MailCertificateUntrusted,
    MailDisconnected,
    MailError,
    MailRejected,
    MailTimeout,
    MailTlsFailed,
    MailUnreachable,
)
from planner.services.mail_settings import SmtpSettings

# OpenSSL's X509_V_ERR codes with a message of their own (others show OpenSSL's text)
_CERTIFICATE_DETAIL = {
    18: "detail.cert_self_signed", 19: "detail.cert_self_signed",
    20: "detail.cert_unknown_issuer", 21: "detail.cert_unknown_issuer",
    10: "detail.cert_expired", 62: "detail.cert_hostname",
}


def reply_text(code: int, message: bytes | str) -> str:
    text = message.decode("utf-8", "replace") if isinstance(message, bytes) else message
    return f"{code} {' '.join(text.split())}".strip()


def translate_failure(error: BaseException, settings: SmtpSettings, *,
                      connecting: bool = False) -> MailError:
    """``connecting``: no session yet, so a dropped line means the server is not reachable."""
    host, port = settings.host, settings.port
    if isinstance(error, MailError):
        return error
    if connecting and isinstance(error, smtplib.SMTPServerDisconnected | ConnectionResetError):
        return MailUnreachable(host=host, port=port, detail=str(error) or type(error).__name__)
    if isinstance(error, ssl.SSLCertVerificationError):
        detail = _CERTIFICATE_DETAIL.get(error.verify_code, error.verify_message or str(error))
        return MailCertificateUntrusted(host=host, detail=detail)
    if isinstance(error, ssl.SSLError):
        return MailTlsFailed(host=host, port=port, detail=error.reason or str(error))
    if isinstance(error, smtplib.SMTPAuthenticationError):
        return MailAuthFailed(host=host, user=settings.username,
                              reply=reply_text(error.smtp_code, error.smtp_error))
    if isinstance(error, smtplib.SMTPNotSupportedError):
        return MailAuthUnsupported(host=host)
    if isinstance(error, smtplib.SMTPServerDisconnected):
        return MailDisconnected(host=host)
    if isinstance(error, smtplib.SMTPResponseException):
        return MailRejected(host=host, reply=reply_text(error.smtp_code, error.smtp_error))
    if isinstance(error, TimeoutError):
        return MailTimeout(host=host, port=port)
    if isinstance(error, ConnectionRefusedError):
        return MailUnreachable(host=host, port=port, detail="detail.connection_refused")
    if isinstance(error, socket.gaierror):
        return MailUnreachable(host=host, port=port, detail="detail.host_not_found")
    if isinstance(error, ConnectionError):
        return MailDisconnected(host=host)
    if isinstance(error, OSError):
        return MailUnreachable(host=host, port=port, detail=error.strerror or str(error))
    return MailError(host=host, detail=f"{type(error).__name__}: {error}")


@contextmanager
def translated(settings: SmtpSettings, *, connecting: bool = False) -> Iterator[None]:
    """Raise what fails inside as a MailError (the original kept as its cause)."""
    try:
        yield
    except (OSError, smtplib.SMTPException) as error:
        raise translate_failure(error, settings, connecting=connecting) from error
