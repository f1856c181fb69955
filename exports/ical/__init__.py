"""Calendar invites (iTIP over iMIP) for network meetings, safe to send by ordinary e-mail."""

from exports.ical.imip import imip_message
from exports.ical.invite import Organizer, build_cancel, build_request
from exports.ical.privacy import CLIENT_NAMINGS, client_name

__all__ = ["CLIENT_NAMINGS", "Organizer", "build_cancel", "build_request", "client_name",
           "imip_message"]
