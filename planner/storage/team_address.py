"""The team store's connection address (`postgresql://user@server/database`) and its rules.

TLS with the server's certificate verified is required, except on a Unix socket or loopback
(this machine: nothing travels on a network). An address without ``sslmode`` to another host
gets ``verify-full``; a weaker one given on purpose is refused before any connection is tried.
The password is never kept with the address: it lives in the OS keyring (or is asked).
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from planner.errors import TeamAddressInvalid, TeamTlsRequired

SCHEMES = {"postgresql", "postgres", "postgresql+psycopg"}
VERIFYING = "verify-full"
LOOPBACK_NAMES = {"localhost", "localhost.localdomain"}


@dataclass(frozen=True)
class TeamAddress:
    """A checked address; ``password`` only when it was written into the address itself."""

    url: URL  # postgresql+psycopg, without the password
    password: str | None = None

    @classmethod
    def parse(cls, text: str) -> TeamAddress:
        try:
            url = make_url(text.strip())
        except (ArgumentError, ValueError) as error:
            raise TeamAddressInvalid(detail="detail.team_malformed") from error
        if url.drivername not in SCHEMES:
            raise TeamAddressInvalid(detail="detail.team_scheme")
        if not url.database:
            raise TeamAddressInvalid(detail="detail.team_database")
        if not url.username:
            raise TeamAddressInvalid(detail="detail.team_user")
        password = url.password if url.password else None
        # URL.set ignores None: the address is made again without the password
        url = URL.create("postgresql+psycopg", url.username, None, url.host, url.port,
                         url.database, url.query)
        address = cls(url, password)
        mode = str(url.query.get("sslmode", "") or "")
        if not address.on_this_machine:
            if not mode:
                address = cls(url.update_query_dict({"sslmode": VERIFYING}), password)
            elif mode != VERIFYING:
                raise TeamTlsRequired(host=address.host, mode=mode)
        return address

    @property
    def host(self) -> str:
        """The server's name, or the socket folder (libpq's ``host`` may be either)."""
        query_host = self.url.query.get("host")
        if isinstance(query_host, tuple):
            query_host = query_host[0] if query_host else None
        return str(self.url.host or query_host or "")

    @property
    def on_this_machine(self) -> bool:
        """A Unix socket (a folder, or libpq's default socket) or a loopback address."""
        host = self.host
        if not host or host.startswith("/"):
            return True
        if host.lower() in LOOPBACK_NAMES:
            return True
        try:
            return ipaddress.ip_address(host.strip("[]")).is_loopback
        except ValueError:
            return False

    @property
    def user(self) -> str:
        return str(self.url.username)

    @property
    def database(self) -> str:
        return str(self.url.database)

    @property
    def keyring_account(self) -> str:
        """Where the login's password is kept in the OS keyring."""
        port = f":{self.url.port}" if self.url.port else ""
        return f"team:{self.user}@{self.host}{port}/{self.database}"

    def shown(self) -> str:
        """For settings and messages: no password, ever."""
        return self.url.set(drivername="postgresql").render_as_string(hide_password=True)

    def with_password(self, password: str | None) -> URL:
        return self.url.set(password=password) if password else self.url
