"""Publishing the upcoming meetings to a CalDAV calendar (the user's own, e.g. on a phone)."""

from exports.caldav.connection import check_connection
from exports.caldav.publish import PublishReport, publish

__all__ = ["PublishReport", "check_connection", "publish"]
