"""Busy times from a participant's .ics: events (recurring too) and VFREEBUSY; bad files fail
with a clear, translated message and never crash."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exports.ical.busy_import import read_busy_times
from planner.errors import ValidationFailed
from planner.scheduling.busy import TZ, duration

SINCE = datetime(2026, 12, 1, 0, 0, tzinfo=TZ)
UNTIL = datetime(2026, 12, 31, 0, 0, tzinfo=TZ)

CALENDAR = b"""BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Outlook//FI\r
BEGIN:VEVENT\r
UID:a@example.com\r
DTSTAMP:20261120T080000Z\r
DTSTART;TZID=Europe/Helsinki:20261203T090000\r
DTEND;TZID=Europe/Helsinki:20261203T103000\r
SUMMARY:Salainen asia\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:b@example.com\r
DTSTAMP:20261120T080000Z\r
DTSTART:20261207T120000Z\r
DURATION:PT1H\r
RRULE:FREQ=WEEKLY;COUNT=3\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:c@example.com\r
DTSTAMP:20261120T080000Z\r
DTSTART;TZID=Europe/Helsinki:20261204T090000\r
DTEND;TZID=Europe/Helsinki:20261204T100000\r
TRANSP:TRANSPARENT\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:d@example.com\r
DTSTAMP:20261120T080000Z\r
DTSTART;TZID=Europe/Helsinki:20261205T090000\r
DTEND;TZID=Europe/Helsinki:20261205T100000\r
STATUS:CANCELLED\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:e@example.com\r
DTSTAMP:20261120T080000Z\r
DTSTART;VALUE=DATE:20261222\r
DTEND;VALUE=DATE:20261223\r
END:VEVENT\r
END:VCALENDAR\r
"""

FREEBUSY = b"""BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Google//FI\r
METHOD:REPLY\r
BEGIN:VFREEBUSY\r
UID:fb@example.com\r
DTSTAMP:20261120T080000Z\r
DTSTART:20261201T000000Z\r
DTEND:20261231T000000Z\r
FREEBUSY;FBTYPE=BUSY:20261210T070000Z/20261210T090000Z,20261211T070000Z/PT30M\r
FREEBUSY;FBTYPE=FREE:20261212T070000Z/20261212T090000Z\r
FREEBUSY;FBTYPE=BUSY-TENTATIVE:20261214T070000Z/20261214T080000Z\r
END:VFREEBUSY\r
END:VCALENDAR\r
"""


def test_events_recurring_events_and_all_day_events_are_busy() -> None:
    busy = read_busy_times(CALENDAR, "mailto:ville@example.fi", SINCE, UNTIL)
    starts = [(b.start.astimezone(TZ).strftime("%d.%m %H.%M"), duration(b.start, b.end))
              for b in busy]
    assert starts == [("03.12 09.00", timedelta(minutes=90)),
                      ("07.12 14.00", timedelta(hours=1)),  # 12.00 UTC is 14.00 in winter
                      ("14.12 14.00", timedelta(hours=1)),
                      ("21.12 14.00", timedelta(hours=1)),
                      ("22.12 00.00", timedelta(days=1))]
    assert {b.participant_key for b in busy} == {"mailto:ville@example.fi"}
    assert all(b.label == "" for b in busy)  # what the appointments were is not kept


def test_free_busy_periods_keep_busy_and_drop_free() -> None:
    busy = read_busy_times(FREEBUSY, "mailto:x@example.fi", SINCE, UNTIL)
    assert [(b.start.astimezone(TZ).strftime("%d.%m %H.%M"), duration(b.start, b.end))
            for b in busy] == [("10.12 09.00", timedelta(hours=2)),
                               ("11.12 09.00", timedelta(minutes=30)),
                               ("14.12 09.00", timedelta(hours=1))]


@pytest.mark.parametrize("data", [b"", b"not a calendar", b"BEGIN:VCARD\r\nEND:VCARD\r\n",
                                  "\u00e4\u00f6".encode("latin-1"),
                                  CALENDAR.replace(b"20261203T090000", b"2026-99-99")])
def test_a_broken_file_gives_a_clear_finnish_message(data: bytes) -> None:
    with pytest.raises(ValidationFailed) as caught:
        read_busy_times(data, "k", SINCE, UNTIL)
    assert caught.value.errors[0].message("fi").startswith("Kalenteritiedostoa ei voitu lukea")


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400) | st.text(max_size=400).map(
    lambda t: (b"BEGIN:VCALENDAR\r\n" + t.encode() + b"\r\nEND:VCALENDAR\r\n")))
def test_fuzzed_files_never_crash(data: bytes) -> None:
    try:
        busy = read_busy_times(data, "k", SINCE, UNTIL)
    except ValidationFailed as failure:
        assert failure.errors[0].code == "validation.ics_unreadable"
    else:
        assert all(b.end > b.start for b in busy)
