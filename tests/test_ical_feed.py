"""One .ics of all upcoming meetings: content, privacy, independent parsers, the audit trail
and `verkosto calendar`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import recurring_ical_events
import vobject
from icalendar import Calendar

from exports.ical import Organizer, build_request
from exports.ical.feed import upcoming_calendar, write_upcoming
from planner.domain.enums import AuditAction
from planner.errors import ValidationFailed
from planner.services import Planner, ProfileInput
from planner.storage.store import Store
from tests.support import calendar_feed, ical
from tests.support.calendar_feed import NOW, PRIVATE, Clock, Fixture
from tests.support.windows import demo_store
from tests.test_cli import verkosto


@pytest.fixture
def clocked(store: Store) -> Iterator[tuple[Planner, Fixture]]:
    planner = Planner(store, clock=Clock())
    yield planner, calendar_feed.meetings(planner)


def _events(calendar: Calendar) -> dict[str, Calendar]:
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def test_feed_holds_each_upcoming_meeting_once_with_its_invite_uid_and_sequence(
        clocked: tuple[Planner, Fixture]) -> None:
    planner, fixture = clocked
    calendar = Calendar.from_ical(upcoming_calendar(planner).to_ical())
    assert calendar["METHOD"] == "PUBLISH"
    assert [z["TZID"] for z in calendar.walk("VTIMEZONE")] == ["Europe/Helsinki"]
    events = _events(calendar)
    details = {m: planner.meeting_details.get(m) for m in fixture.upcoming}
    assert list(events) == [details[m].meeting.ical_uid for m in fixture.upcoming]  # in order
    organizer = Organizer("Sari Äijälä", "sari.aijala@example.fi")
    for detail in details.values():
        event = events[detail.meeting.ical_uid]
        invite = build_request(detail, organizer).walk("VEVENT")[0]
        assert (event["UID"], event["SEQUENCE"]) == (invite["UID"], invite["SEQUENCE"])
        assert event.decoded("DTSTART") == detail.meeting.start
        assert event["SUMMARY"] == "Verkostoneuvottelu (A. K.)"  # neutral by default
        assert "ATTENDEE" not in event  # nobody else's address
        # RFC 5546: a published event names its ORGANIZER — the user, as in the invites
        assert str(event["ORGANIZER"]) == str(invite["ORGANIZER"]) == (
            "mailto:sari.aijala@example.fi")
        assert event["ORGANIZER"].params["CN"] == "Sari Äijälä"
        assert event["STATUS"] == "TENTATIVE" and event["CLASS"] == "PRIVATE"
    raw = calendar.to_ical()
    assert b"DTSTART;TZID=Europe/Helsinki:20261025T090000\r\n" in raw
    assert raw.count(b"mailto:") == raw.count(b"mailto:sari.aijala@example.fi") == 2
    for secret in (*PRIVATE, b"Sairaus", b"Tilanne nyt"):
        assert secret not in raw.replace(b"mailto:sari.aijala@example.fi", b"")


def test_cancelled_and_finished_meetings_are_left_out_and_an_ongoing_one_is_in(
        clocked: tuple[Planner, Fixture]) -> None:
    planner, fixture = clocked
    uids = {m: planner.meeting_details.get(m).meeting.ical_uid for m in (
        fixture.over, fixture.cancelled, fixture.dst, fixture.ahead)}
    assert set(_events(upcoming_calendar(planner))) == {uids[fixture.dst], uids[fixture.ahead]}
    during = datetime(2026, 10, 25, 9, 30, tzinfo=NOW.tzinfo)  # the DST meeting is running
    assert set(_events(upcoming_calendar(planner, now=during))) == {
        uids[fixture.dst], uids[fixture.ahead]}
    after = during + timedelta(hours=1)
    assert set(_events(upcoming_calendar(planner, now=after))) == {uids[fixture.ahead]}


def test_independent_parsers_read_the_times_right_across_the_dst_change(
        clocked: tuple[Planner, Fixture]) -> None:
    planner, _fixture = clocked
    text = upcoming_calendar(planner).to_ical().decode()
    parsed = vobject.readOne(text)
    starts = sorted(e.dtstart.value.astimezone(UTC) for e in parsed.vevent_list)
    # 25.10. 9.00 is EET (UTC+2) after the night's change; 3.12. too; 24.10. would be UTC+3
    assert starts == [datetime(2026, 10, 25, 7, 0, tzinfo=UTC),
                      datetime(2026, 12, 3, 7, 0, tzinfo=UTC)]
    expanded = recurring_ical_events.of(Calendar.from_ical(text)).between(
        datetime(2026, 10, 24, tzinfo=UTC), datetime(2026, 10, 26, tzinfo=UTC))
    assert [(e.decoded("DTSTART").astimezone(UTC), e.decoded("DTEND").astimezone(UTC))
            for e in expanded] == [(datetime(2026, 10, 25, 7, 0, tzinfo=UTC),
                                    datetime(2026, 10, 25, 8, 0, tzinfo=UTC))]


def test_details_setting_brings_the_redacted_title_and_agenda(
        clocked: tuple[Planner, Fixture]) -> None:
    planner, fixture = clocked
    planner.profile.set_invite_details(True)
    planner.profile.set_invite_client_naming("first_name")
    uid = planner.meeting_details.get(fixture.ahead).meeting.ical_uid
    event = _events(upcoming_calendar(planner, language="sv"))[uid]
    assert event["SUMMARY"] == "Sairauspäivärahan 90 pv seuranta, Anna"
    assert "Föredragningslista:\n1. Tilanne nyt" in str(event["DESCRIPTION"])
    raw = event.to_ical().replace(b"mailto:sari.aijala@example.fi", b"")  # the organizer
    for secret in PRIVATE:
        assert secret not in raw


def test_the_feed_carries_no_empty_property(clocked: tuple[Planner, Fixture]) -> None:
    """In person with no agenda sent: no DESCRIPTION; a title and place that are only the
    client's name, with the client named nowhere: the neutral summary and no LOCATION."""
    planner, fixture = clocked
    ical.reschedule(planner, fixture.ahead, remote_link=None)
    name = "Anna Maria Korhonen"
    ical.reschedule(planner, fixture.dst, title=name, location=name, agenda=[name])
    uids = {m: planner.meeting_details.get(m).meeting.ical_uid for m in fixture.upcoming}
    raw = upcoming_calendar(planner).to_ical()
    assert ical.empty_properties(raw) == []
    assert "DESCRIPTION" not in _events(Calendar.from_ical(raw))[uids[fixture.ahead]]
    planner.profile.set_invite_details(True)
    planner.profile.set_invite_client_naming("none")
    raw = upcoming_calendar(planner).to_ical()
    assert ical.empty_properties(raw) == []
    event = _events(Calendar.from_ical(raw))[uids[fixture.dst]]
    assert str(event["SUMMARY"]) == "Verkostoneuvottelu" and "LOCATION" not in event
    assert b"Korhonen" not in raw


def test_the_feed_needs_the_organizer_email_and_refuses_without_reading_anything(
        clocked: tuple[Planner, Fixture], tmp_path: Path) -> None:
    """RFC 5546 requires ORGANIZER in a PUBLISH, so without the profile's e-mail the file is
    refused as invites are: before any meeting is read, so nothing is logged."""
    planner, _fixture = clocked
    planner.profile.save(ProfileInput("Sari Äijälä", "sosiaalityöntekijä", email=None))
    head = planner.audit.head()
    target = tmp_path / "tulevat.ics"
    for attempt in (lambda: upcoming_calendar(planner), lambda: write_upcoming(planner, target)):
        with pytest.raises(ValidationFailed) as refused:
            attempt()
        assert [(e.field, e.code) for e in refused.value.errors] == [
            ("email", "validation.organizer_email_missing")]
    assert not target.exists()
    assert planner.audit.head() == head


def test_write_upcoming_is_atomic_and_logged_as_an_export_per_meeting(
        clocked: tuple[Planner, Fixture], tmp_path: Path) -> None:
    planner, fixture = clocked
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "tulevat.ics"
    assert write_upcoming(planner, target) == 2
    assert [p.name for p in target.parent.iterdir()] == ["tulevat.ics"]  # no temporary left
    assert target.stat().st_mode & 0o077 == 0  # only the user may read it
    assert len(_events(Calendar.from_ical(target.read_bytes()))) == 2
    client_id = planner.meeting_details.get(fixture.ahead).client.id or 0
    exports = [e for e in planner.audit.for_client(client_id)
               if e.action == AuditAction.EXPORT and e.entity == "meeting_calendar"]
    assert sorted(int(e.entity_id) for e in exports) == sorted(fixture.upcoming)
    assert {e.detail for e in exports} == {"tulevat.ics"}
    assert planner.audit.verify().intact


def test_calendar_command_writes_the_demo_meetings_ahead(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    assert verkosto("demo", data_dir=data_dir).returncode == 0
    upcoming = json.loads(verkosto("meetings", "--json", data_dir=data_dir).stdout)
    out = tmp_path / "kalenteri.ics"
    result = verkosto("calendar", "--out", str(out), data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert f"{len(upcoming)} tulevaa tapaamista kirjoitettu tiedostoon {out}" in result.stdout
    calendar = Calendar.from_ical(out.read_bytes())
    assert len(_events(calendar)) == len(upcoming) > 0
    assert all(str(e["SUMMARY"]).startswith("Verkostoneuvottelu") for e in
               calendar.walk("VEVENT"))
    assert {str(e["ORGANIZER"]) for e in calendar.walk("VEVENT")} == {
        "mailto:katja.salonen@kela.fi"}  # the demo's profile
    missing = verkosto("calendar", "--out", str(tmp_path / "no" / "such.ics"),
                       data_dir=data_dir)
    assert missing.returncode == 8 and "Traceback" not in missing.stderr  # planner/files.py
    assert f"Kansiota {tmp_path / 'no'} ei ole" in missing.stderr


def test_calendar_command_without_the_profile_email_says_what_to_do(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"

    def no_email(planner: Planner) -> None:
        me = planner.profile.get()
        assert me is not None
        planner.profile.save(ProfileInput(me.name, me.title, me.agency_id, None))

    demo_store(data_dir, no_email)
    out = tmp_path / "kalenteri.ics"
    for lang, words in (("fi", "Profiilistasi puuttuu sähköpostiosoite"),
                        ("sv", "Din profil saknar e-postadress"),
                        ("en", "Your profile has no e-mail address")):
        refused = verkosto("calendar", "--out", str(out), data_dir=data_dir, lang=lang)
        assert refused.returncode == 3 and words in refused.stderr, refused.stderr
        assert "verkosto profile --name" in refused.stderr and "Traceback" not in refused.stderr
    assert not out.exists()
