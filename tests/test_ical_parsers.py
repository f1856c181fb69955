"""Invites read back by independent parsers; folding, escaping and DST edges."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import ics
import pytest
import recurring_ical_events
import vobject
from icalendar import Calendar
from sqlmodel import select

from exports.ical import Organizer, build_request
from planner.domain import AgendaItem, Meeting
from planner.errors import ValidationFailed
from planner.services import MeetingInput, Planner
from tests.support import ical
from tests.support.ical import TZ

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
ORGANIZER = Organizer("Sari Äijälä", "sari.aijala@example.fi")
EXPECTED_CN = {"pekka.aijala@example.fi": "Äijälä Pekka", "larisa@example.ru": "Лариса Иванова",
               "ahmad@example.org": "أحمد"}


def _invite(planner: Planner, **kwargs: object) -> tuple[bytes, str]:
    ical.organizer(planner)
    client = ical.client(planner)
    meeting_id = ical.meeting(planner, client.id or 0, **kwargs)  # type: ignore[arg-type]
    detail = planner.meeting_details.get(meeting_id)
    # details=True: these tests are about the typed text surviving the round trip
    raw = build_request(detail, ORGANIZER, now=NOW, details=True).to_ical()
    return raw, detail.meeting.ical_uid


def _check_all_parsers(raw: bytes, uid: str, start: datetime, end: datetime) -> None:
    text = raw.decode("utf-8")
    # vobject
    card = vobject.readOne(text)
    event = card.vevent
    assert event.uid.value == uid
    assert event.dtstart.value == start and event.dtstart.value.utcoffset() == start.utcoffset()
    assert event.dtend.value == end
    cns = {a.value.removeprefix("mailto:"): a.params["CN"][0] for a in event.attendee_list}
    assert cns == EXPECTED_CN
    # ics
    (parsed,) = ics.Calendar(text).events
    assert parsed.uid == uid
    assert parsed.begin.datetime == start and parsed.end.datetime == end
    assert {a.email: a.common_name for a in parsed.attendees} == EXPECTED_CN
    # recurring-ical-events, over icalendar's reading
    found = recurring_ical_events.of(Calendar.from_ical(raw)).between(
        start - timedelta(days=1), end + timedelta(days=1))
    assert len(found) == 1
    assert found[0]["UID"] == uid
    assert found[0].decoded("DTSTART") == start and found[0].decoded("DTEND") == end


def test_three_parsers_read_the_same_times_attendees_and_uid(planner: Planner) -> None:
    start, end = datetime(2026, 12, 3, 9, 0, tzinfo=TZ), datetime(2026, 12, 3, 10, 30, tzinfo=TZ)
    raw, uid = _invite(planner, start=start, end=end)
    _check_all_parsers(raw, uid, start, end)
    assert start.astimezone(UTC).hour == 7  # EET: UTC+2


@pytest.mark.parametrize(("start", "end"), [
    # across the autumn change (last Sunday of October: 04:00 EEST -> 03:00 EET)
    (datetime(2026, 10, 25, 2, 30, tzinfo=TZ), datetime(2026, 10, 25, 5, 0, tzinfo=TZ)),
    # across the spring change (last Sunday of March: 03:00 EET -> 04:00 EEST)
    (datetime(2027, 3, 28, 2, 0, tzinfo=TZ), datetime(2027, 3, 28, 4, 30, tzinfo=TZ)),
    # the days just after each change
    (datetime(2026, 10, 26, 9, 0, tzinfo=TZ), datetime(2026, 10, 26, 10, 0, tzinfo=TZ)),
    (datetime(2027, 3, 29, 9, 0, tzinfo=TZ), datetime(2027, 3, 29, 10, 0, tzinfo=TZ)),
])
def test_dst_edge_meetings_keep_their_instants(planner: Planner, start: datetime,
                                               end: datetime) -> None:
    raw, uid = _invite(planner, start=start, end=end)
    _check_all_parsers(raw, uid, start, end)


def test_dst_change_meeting_lasts_its_real_length(planner: Planner) -> None:
    start, end = datetime(2026, 10, 25, 2, 30, tzinfo=TZ), datetime(2026, 10, 25, 5, 0, tzinfo=TZ)
    raw, _ = _invite(planner, start=start, end=end)
    event = vobject.readOne(raw.decode()).vevent
    # same-zone subtraction in Python is wall-clock; the real length needs UTC
    length = event.dtend.value.astimezone(UTC) - event.dtstart.value.astimezone(UTC)
    assert length == timedelta(hours=3, minutes=30)
    assert (event.dtstart.value.utcoffset(), event.dtend.value.utcoffset()) == (
        timedelta(hours=3), timedelta(hours=2))


def test_lines_are_crlf_and_folded_at_75_octets_without_splitting_characters(
        planner: Planner) -> None:
    title = "Äijälän ja Иванова " * 6 + "أحمد ja öljyä"
    raw, _ = _invite(planner, title=title[:200],
                     agenda=["Ääkköset " * 20, "Лариса Иванова рассказывает " * 4])
    assert b"\r\r" not in raw and b"\n" not in raw.replace(b"\r\n", b"")
    lines = raw.split(b"\r\n")
    assert max(len(line) for line in lines) <= 75
    assert any(line.startswith(b" ") for line in lines)  # folding really happened
    for line in lines:
        line.decode("utf-8")  # no line ends or starts inside a multi-byte character
    assert not any(line.startswith((b" BEGIN", b"\tBEGIN")) for line in lines)
    parsed = Calendar.from_ical(raw).walk("VEVENT")[0]
    assert str(parsed["SUMMARY"]) == f"{title[:200].strip()} (A. K.)"  # the client's initials


def test_special_characters_cannot_inject_a_property(planner: Planner) -> None:
    ical.organizer(planner)
    client = ical.client(planner)
    meeting_id = ical.meeting(planner, client.id or 0)
    meeting = planner.meeting_details.get(meeting_id).meeting
    evil = "Tapaaminen; osa 1, \\ huone\nATTENDEE:mailto:evil@example.com\nX-EVIL:1"
    hostile = MeetingInput(
        meeting.client_id, evil, meeting.start, meeting.end,
        location="Sali; 2,\nORGANIZER:mailto:evil@example.com", agenda=["a;b,c\\d\nEND:VEVENT"])
    with pytest.raises(ValidationFailed):  # the services refuse line breaks in these now …
        planner.meetings.update(meeting_id, hostile)
    with planner.store.write() as session:  # … but a store written by an older version may
        row = session.get(Meeting, meeting_id)  # hold them: the export must still escape
        assert row is not None
        row.title, row.location = evil, hostile.location
        item = session.exec(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)
                            ).first()
        if item is None:
            session.add(AgendaItem(meeting_id=meeting_id, position=0, title=hostile.agenda[0]))
        else:
            item.title = hostile.agenda[0]
    raw = build_request(planner.meeting_details.get(meeting_id), ORGANIZER, now=NOW,
                        details=True).to_ical()
    assert b"SUMMARY:Tapaaminen\\; osa 1\\, \\\\ huone\\nATTENDEE:mailto:evil@example.com" in raw
    read = vobject.readOne(raw.decode()).vevent
    assert read.summary.value == f"{evil} (A. K.)"
    assert {a.value for a in read.attendee_list} == {
        "mailto:pekka.aijala@example.fi", "mailto:larisa@example.ru", "mailto:ahmad@example.org"}
    assert "x-evil" not in read.contents and len(read.contents["organizer"]) == 1
    parsed = Calendar.from_ical(raw)
    (event,) = parsed.walk("VEVENT")
    assert "X-EVIL" not in event and str(event["ORGANIZER"]) == "mailto:sari.aijala@example.fi"
    assert str(event["LOCATION"]) == "Sali; 2,\nORGANIZER:mailto:evil@example.com"
    assert "END:VEVENT" in str(event["DESCRIPTION"])
    (other,) = ics.Calendar(raw.decode()).events
    assert other.name == f"{evil} (A. K.)"
