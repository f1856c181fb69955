"""The e-mail server (SMTP) that sends invites: kept in the store's settings, password in the
OS keyring (planner/crypto/secrets.py, purpose "smtp"), never in the store.

Only encrypted connections exist: STARTTLS (port 587) or implicit TLS (port 465).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from planner.crypto.secrets import ConnectionSecrets
from planner.errors import FieldError, ValidationFailed
from planner.services.profile import Profiles
from planner.validation import Checker

SECURITY_CHOICES = ("starttls", "tls")
DEFAULT_PORTS = {"starttls": 587, "tls": 465}
PURPOSE = "smtp"
# A bare host name or IP address: a URL, a port or spaces here are a typing mistake.
_HOST = re.compile(r"^(?:[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?|\[?[0-9A-Fa-f:.]+\]?)$")
_KEYS = ("host", "port", "security", "username", "sender_name", "ca_file")


@dataclass(frozen=True)
class SmtpSettings:
    host: str = ""
    port: int = DEFAULT_PORTS["starttls"]
    security: str = "starttls"  # one of SECURITY_CHOICES
    username: str = ""  # empty: the server relays without a login
    sender_name: str = ""  # shown in From instead of the profile's name, when given
    ca_file: str = ""  # an extra CA (PEM) trusted besides the system's, e.g. the county's own

    @property
    def configured(self) -> bool:
        return bool(self.host)

    @property
    def login(self) -> str:
        """The keyring account's login: a password belongs to one user on one server."""
        return f"{self.username}@{self.host}"


def check_settings(settings: SmtpSettings) -> SmtpSettings:
    """The settings normalised, or ValidationFailed naming each wrong field."""
    check = Checker()
    host = check.text("host", settings.host, required=True, maximum=253)
    if host and not _HOST.match(host):
        check.add("host", "validation.smtp_host_invalid", value=host)
    port = settings.port
    if not isinstance(port, int) or not 1 <= port <= 65535:
        check.add("port", "validation.port_invalid", value=port)
    security = settings.security.strip().lower()
    if security not in SECURITY_CHOICES:
        check.add("security", "validation.choice_invalid", value=settings.security,
                  allowed=", ".join(SECURITY_CHOICES))
    username = check.text("username", settings.username, maximum=254)
    sender_name = check.text("sender_name", settings.sender_name, maximum=100)
    ca_file = check.text("ca_file", settings.ca_file, maximum=4096)
    if ca_file and not (os.path.isfile(ca_file) and os.access(ca_file, os.R_OK)):
        check.add("ca_file", "validation.ca_file_missing", value=ca_file)
    check.done()
    return SmtpSettings(host, port, security, username, sender_name, ca_file)


def require_configured(settings: SmtpSettings) -> SmtpSettings:
    if not settings.host.strip():
        raise ValidationFailed([FieldError("host", "validation.smtp_not_configured")])
    return check_settings(settings)


class MailSettings:
    """``planner.mail``: load and save the SMTP settings and the password kept for them."""

    def __init__(self, profile: Profiles, secrets: ConnectionSecrets) -> None:
        self._profile = profile
        self._secrets = secrets

    def load(self) -> SmtpSettings:
        values = {key: self._profile.setting(f"smtp_{key}") for key in _KEYS}
        security = values["security"] if values["security"] in SECURITY_CHOICES else "starttls"
        try:
            port = int(values["port"])
        except ValueError:
            port = DEFAULT_PORTS[security]
        return SmtpSettings(values["host"], port, security, values["username"],
                            values["sender_name"], values["ca_file"])

    def save(self, settings: SmtpSettings) -> SmtpSettings:
        """Validate and keep; only changed values are written (each change is audited)."""
        checked = check_settings(settings)
        current = self.load()
        for key in _KEYS:
            value = str(getattr(checked, key))
            if self._profile.setting(f"smtp_{key}", "") != value:
                self._profile.set_setting(f"smtp_{key}", value)
        if current.configured and current.login != checked.login:
            self.forget_password(current)  # no orphan password for a server no longer used
        return checked

    def keyring_usable(self) -> bool:
        return self._secrets.usable()

    def password(self, settings: SmtpSettings) -> str | None:
        """The kept password, or None (none kept, no keyring, or no login needed)."""
        if not settings.username:
            return None
        return self._secrets.load(PURPOSE, settings.login)

    def remember_password(self, settings: SmtpSettings, password: str) -> None:
        self._secrets.save(PURPOSE, settings.login, password)

    def forget_password(self, settings: SmtpSettings) -> None:
        self._secrets.forget(PURPOSE, settings.login)
