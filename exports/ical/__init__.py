"""Calendar invites (iTIP over iMIP) for network meetings, safe to send by ordinary e-mail.

icalendar loads only when something here is first used.
"""

from typing import TYPE_CHECKING

from exports.lazy import attributes

if TYPE_CHECKING:
    from exports.ical.imip import Sender
    from exports.ical.invite import Organizer, build_cancel, build_request
    from exports.ical.privacy import CLIENT_NAMINGS, client_name

__all__ = ["CLIENT_NAMINGS", "Organizer", "Sender", "build_cancel", "build_request",
           "client_name"]
__getattr__ = attributes(__name__, {
    "Sender": "exports.ical.imip", "Organizer": "exports.ical.invite",
    "build_cancel": "exports.ical.invite", "build_request": "exports.ical.invite",
    "CLIENT_NAMINGS": "exports.ical.privacy", "client_name": "exports.ical.privacy"})
