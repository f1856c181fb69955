"""Europe/Helsinki as a VTIMEZONE in the compact RRULE form (Outlook prefers it to RDATE lists)."""

from __future__ import annotations

from datetime import datetime, timedelta

from icalendar import Timezone, TimezoneDaylight, TimezoneStandard

from planner.config import HELSINKI


def helsinki_vtimezone() -> Timezone:
    """EET/EEST since 1983: summer time from the last Sunday of March 03:00 to the last Sunday
    of October 04:00 local time (01:00 UTC both), as the EU rules say."""
    zone = Timezone()
    zone.add("tzid", HELSINKI)
    standard = TimezoneStandard()
    standard.add("dtstart", datetime(1996, 10, 27, 4, 0, 0))
    standard.add("tzoffsetfrom", timedelta(hours=3))
    standard.add("tzoffsetto", timedelta(hours=2))
    standard.add("tzname", "EET")
    standard.add("rrule", {"freq": "yearly", "bymonth": 10, "byday": "-1su"})
    daylight = TimezoneDaylight()
    daylight.add("dtstart", datetime(1983, 3, 27, 3, 0, 0))
    daylight.add("tzoffsetfrom", timedelta(hours=2))
    daylight.add("tzoffsetto", timedelta(hours=3))
    daylight.add("tzname", "EEST")
    daylight.add("rrule", {"freq": "yearly", "bymonth": 3, "byday": "-1su"})
    zone.add_component(standard)
    zone.add_component(daylight)
    return zone
