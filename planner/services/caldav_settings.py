"""Where upcoming meetings are published: a CalDAV calendar's address and the user name.

Both live in the store's settings (encrypted with everything else); the password lives in the
OS keyring (``planner.secrets``, purpose "caldav"), never in the store. The store also keeps
which meetings it has put into that calendar, so a later publish can take away the ones that
were cancelled — and only those, never anything else in the user's calendar.
"""

from __future__ import annotations

import ipaddress
import json
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from planner.crypto.secrets import ConnectionSecrets
from planner.errors import CalDavNoKeyring, CalDavNotConfigured
from planner.services.profile import Profiles
from planner.validation import Checker

CALDAV_URL = "caldav_url"
CALDAV_USERNAME = "caldav_username"
CALDAV_PUBLISHED = "caldav_published"
SECRET_PURPOSE = "caldav"


@dataclass(frozen=True)
class CalDavSettings:
    url: str  # the calendar collection itself, ending in "/"
    username: str

    @property
    def host(self) -> str:
        """The server, as the audit log names the recipient of a publish."""
        return urlsplit(self.url).hostname or ""

    @property
    def login(self) -> str:
        """The keyring entry's login: one password per user and server."""
        return f"{self.username}@{self.host}"


def is_loopback(host: str) -> bool:
    if host.lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def validate(url: str, username: str) -> CalDavSettings:
    """The address and user name as they will be used, or every problem beside its field."""
    check = Checker()
    text = check.text("url", url, required=True, maximum=1000)
    user = check.text("username", username, required=True, maximum=200)
    if ":" in user:  # HTTP Basic authentication ends the user name at the first colon
        check.add("username", "validation.caldav_username_invalid")
    if text:
        parts = urlsplit(text)
        host = parts.hostname or ""
        if parts.scheme.lower() not in ("http", "https") or not host or any(
                c.isspace() for c in text):
            check.add("url", "validation.caldav_url_invalid", value=text)
        elif parts.username is not None or parts.password is not None:
            # It would be stored in the settings and written into the audit log in the clear.
            check.add("url", "validation.caldav_url_credentials")
        elif parts.scheme.lower() == "http" and not is_loopback(host):
            # Plain http sends the password (Basic auth) and every meeting readable to anyone
            # on the way. A server on this computer (a test server, a local sync bridge) is
            # reached without leaving it, so http is allowed there only.
            check.add("url", "validation.caldav_https_required")
        elif not text.endswith("/"):
            # A collection's address: resource names are joined onto it, and without the
            # slash they would land in the parent folder instead of the calendar.
            text += "/"
    check.done()
    return CalDavSettings(text, user)


class CalDavAccount:
    """``planner.caldav``: the publishing settings, their password and what was published."""

    def __init__(self, profile: Profiles, secrets: ConnectionSecrets) -> None:
        self._profile = profile
        self._secrets = secrets

    def get(self) -> CalDavSettings | None:
        url = self._profile.setting(CALDAV_URL)
        username = self._profile.setting(CALDAV_USERNAME)
        return CalDavSettings(url, username) if url and username else None

    def require(self) -> CalDavSettings:
        settings = self.get()
        if settings is None:
            raise CalDavNotConfigured()
        return settings

    def save(self, url: str, username: str) -> CalDavSettings:
        settings = validate(url, username)
        self._profile.set_setting(CALDAV_URL, settings.url)
        self._profile.set_setting(CALDAV_USERNAME, settings.username)
        return settings

    # --- the password: in the OS keyring, never in the store --------------------------------
    def keyring_usable(self) -> bool:
        return self._secrets.usable()

    def saved_password(self, settings: CalDavSettings) -> str | None:
        return self._secrets.load(SECRET_PURPOSE, settings.login)

    def save_password(self, settings: CalDavSettings, password: str) -> None:
        if not self._secrets.usable():
            # The keyring's own error speaks of the store's key, which is not the matter here.
            raise CalDavNoKeyring()
        self._secrets.save(SECRET_PURPOSE, settings.login, password)

    def forget_password(self, settings: CalDavSettings) -> None:
        self._secrets.forget(SECRET_PURPOSE, settings.login)

    # --- what this store has put into the calendar -----------------------------------------
    def published(self, settings: CalDavSettings) -> dict[str, str]:
        """UID -> the object's address on the server, for the calendar at ``settings.url``.

        A list kept for another calendar address says nothing about this one: those objects
        stay where they are (this store can no longer reach them to take them away).
        """
        try:
            kept = json.loads(self._profile.setting(CALDAV_PUBLISHED, "{}"))
        except ValueError:
            return {}
        if not isinstance(kept, dict) or kept.get("url") != settings.url:
            return {}
        objects = kept.get("objects", {})
        return {str(uid): str(href) for uid, href in objects.items()} if isinstance(
            objects, dict) else {}

    def set_published(self, settings: CalDavSettings, objects: Mapping[str, str]) -> None:
        self._profile.set_setting(CALDAV_PUBLISHED, json.dumps(
            {"url": settings.url, "objects": dict(sorted(objects.items()))}))
