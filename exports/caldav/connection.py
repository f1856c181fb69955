"""One calendar on a CalDAV server, reached with the ``caldav`` library; its failures as
translated planner errors (a person reads them beside the settings or on the command line)."""

from __future__ import annotations

import re
import socket
import ssl
from collections.abc import Iterator
from contextlib import contextmanager

from caldav.calendarobjectresource import CalendarObjectResource, Event
from caldav.collection import Calendar
from caldav.davclient import DAVClient
from caldav.elements import dav
from caldav.lib import error as dav_error
from caldav.lib.http_sync import requests as http

from planner.errors import (
    CalDavAuthFailed,
    CalDavError,
    CalDavNotFound,
    CalDavTlsFailed,
    CalDavUnreachable,
)
from planner.services.caldav_settings import CalDavSettings

TIMEOUT_SECONDS = 20
_CALENDAR_TYPE = "{urn:ietf:params:xml:ns:caldav}calendar"


def resource_name(uid: str) -> str:
    """The object's name in the calendar, made from the UID alone, so the same meeting always
    lands on the same object; "@" and other characters some servers mangle become "_"."""
    return re.sub(r"[^A-Za-z0-9._-]", "_", uid) + ".ics"


class CalendarConnection:
    def __init__(self, settings: CalDavSettings, password: str) -> None:
        # No RFC 6764 discovery: the user gave the calendar's own address, and a DNS answer
        # must not be able to send the password somewhere else.
        self.client = DAVClient(url=settings.url, username=settings.username,
                                password=password, timeout=TIMEOUT_SECONDS,
                                enable_rfc6764=False)
        self.calendar = Calendar(client=self.client, url=settings.url)

    def check(self) -> None:
        """The address must be a calendar collection: the principal's or a web page's address
        would take the objects (or refuse them) somewhere the user never looks."""
        properties = self.calendar.get_properties([dav.ResourceType()])
        assert isinstance(properties, dict)  # a coroutine only from the asyncio client
        kind = properties.get(dav.ResourceType.tag, [])
        if _CALENDAR_TYPE not in (kind or []):
            raise dav_error.NotFoundError("not a calendar collection")

    def href_for(self, uid: str) -> str:
        assert self.calendar.url is not None  # given in __init__
        return str(self.calendar.url.join(resource_name(uid)))

    def put(self, uid: str, body: bytes, href: str | None = None) -> str:
        """Create or replace the meeting's object; returns where it now is on the server."""
        target = Event(self.client, url=href or self.href_for(uid), parent=self.calendar)
        try:
            # The bytes as built: no SEQUENCE bump or clean-up by the library (the store's
            # SEQUENCE is the one the invites carry).
            target.save(raw_data=body)
        except dav_error.UidConflictError:
            # The calendar already holds this UID under another name (e.g. the user imported
            # the invite): update that object rather than failing or making a second one.
            existing = self.calendar.get_object_by_uid(uid)
            assert isinstance(existing, CalendarObjectResource)
            existing.save(raw_data=body)
            return str(existing.url)
        return str(target.url)

    def delete(self, href: str) -> None:
        """Remove one object; one already gone counts as removed."""
        Event(self.client, url=href, parent=self.calendar).delete()

    def close(self) -> None:
        self.client.close()


def _causes(error: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    pending: list[BaseException | None] = [error]
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        reason = getattr(current, "reason", None)  # urllib3 keeps the cause here
        pending += [current.__cause__, current.__context__,
                    reason if isinstance(reason, BaseException) else None]
        pending += [arg for arg in current.args if isinstance(arg, BaseException)]


def translate(error: BaseException, settings: CalDavSettings) -> CalDavError | None:
    """The planner error a person can act on, or None for a failure of this program."""
    host = settings.host
    if isinstance(error, dav_error.AuthorizationError):
        return CalDavAuthFailed(host=host)
    if isinstance(error, dav_error.NotFoundError):
        return CalDavNotFound(url=settings.url)
    if isinstance(error, dav_error.DAVError):
        return CalDavError(host=host, status=error.status or error.reason)
    if not isinstance(error, OSError):
        return None
    causes = list(_causes(error))
    if isinstance(error, http.exceptions.SSLError) or any(
            isinstance(c, ssl.SSLError) for c in causes):
        return CalDavTlsFailed(host=host)
    if isinstance(error, http.exceptions.Timeout) or any(
            isinstance(c, TimeoutError) for c in causes):
        return CalDavUnreachable(host=host, detail="detail.timeout")
    if any(isinstance(c, ConnectionRefusedError) for c in causes) or "refused" in str(error):
        return CalDavUnreachable(host=host, detail="detail.connection_refused")
    if any(isinstance(c, socket.gaierror) for c in causes) or "resolve" in str(error).lower():
        return CalDavUnreachable(host=host, detail="detail.host_not_found")
    return CalDavUnreachable(host=host, detail="detail.network_error")


@contextmanager
def connect(settings: CalDavSettings, password: str) -> Iterator[CalendarConnection]:
    """The calendar, checked to be one; any failure inside comes out translated."""
    connection: CalendarConnection | None = None
    try:
        connection = CalendarConnection(settings, password)
        connection.check()
        yield connection
    except Exception as error:
        translated = translate(error, settings)
        if translated is None:
            raise
        raise translated from error
    finally:
        if connection is not None:
            connection.close()


def check_connection(settings: CalDavSettings, password: str) -> None:
    """Log in and find the calendar; raises the translated error when that fails."""
    with connect(settings, password):
        pass
