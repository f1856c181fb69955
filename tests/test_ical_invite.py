"""iTIP REQUEST/CANCEL content, iMIP mail structure and the audit trail of invites."""

from __future__ import annotations

import email
from datetime import UTC, datetime
from email.message import EmailMessage
from email.policy import default
from pathlib import Path

import pytest
from icalendar import Calendar

from exports.ical import Organizer, build_cancel, build_request
from exports.ical.export import cancel_messages, write_cancel, write_invites
from planner.domain.enums import Attendance, AuditAction, MeetingStatus, ParticipantKind
from planner.errors import ValidationFailed
from planner.services import ParticipantInput, Planner, ProfileInput
from tests.support import ical

# the local store and a team store on PostgreSQL (tests/conftest.py)
pytestmark = pytest.mark.both_engines

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
ORGANIZER = Organizer("Sari Äijälä", "sari.aijala@example.fi")


@pytest.fixture
def setup(planner: Planner) -> tuple[Planner, int]:
    ical.organizer(planner)
    client = ical.client(planner)
    return planner, ical.meeting(planner, client.id or 0)


def _event(calendar: Calendar) -> Calendar:
    return Calendar.from_ical(calendar.to_ical()).walk("VEVENT")[0]


def test_request_has_itip_headers_timezone_and_event(setup: tuple[Planner, int]) -> None:
    planner, meeting_id = setup
    detail = planner.meeting_details.get(meeting_id)
    calendar = build_request(detail, ORGANIZER, now=NOW, details=True)
    assert calendar["METHOD"] == "REQUEST" and calendar["VERSION"] == "2.0"
    assert "Verkosto" in str(calendar["PRODID"])
    zone = calendar.walk("VTIMEZONE")[0]
    assert zone["TZID"] == "Europe/Helsinki"
    rules = {c.name: c["RRULE"].to_ical().decode() for c in zone.subcomponents}
    assert "BYMONTH=10" in rules["STANDARD"] and "BYDAY=-1SU" in rules["STANDARD"]
    assert "BYMONTH=3" in rules["DAYLIGHT"]
    raw = calendar.to_ical()
    assert b"RDATE" not in raw
    assert b"DTSTART;TZID=Europe/Helsinki:20261203T090000\r\n" in raw
    assert b"DTSTAMP:20261125T120000Z\r\n" in raw
    event = _event(calendar)
    assert event["UID"] == detail.meeting.ical_uid
    assert int(event["SEQUENCE"]) == detail.meeting.sequence
    assert event["STATUS"] == "TENTATIVE"  # planned, not yet confirmed
    assert event["URL"] == "https://meet.example.fi/abc-123"
    description = str(event["DESCRIPTION"])
    assert "1. Tilanne nyt" in description and "https://meet.example.fi/abc-123" in description
    assert event["LOCATION"] == "Hervannan sote-keskus, huone 2"
    assert str(event["ORGANIZER"]) == "mailto:sari.aijala@example.fi"
    assert event["ORGANIZER"].params["CN"] == "Sari Äijälä"
    alarm = event.walk("VALARM")[0]
    assert alarm["ACTION"] == "DISPLAY" and alarm.decoded("TRIGGER").total_seconds() == -1800


def test_attendees_roles_partstat_and_the_client_only_in_their_own_copy(
        setup: tuple[Planner, int]) -> None:
    planner, meeting_id = setup
    detail = planner.meeting_details.get(meeting_id)
    larisa = next(p for p in detail.participants if p.name == "Лариса Иванова")
    planner.meetings.set_attendance(larisa.id or 0, Attendance.TENTATIVE)
    detail = planner.meeting_details.get(meeting_id)
    shared = _event(build_request(detail, ORGANIZER, now=NOW))
    attendees = {str(a): a.params for a in shared["ATTENDEE"]}
    assert set(attendees) == {"mailto:pekka.aijala@example.fi", "mailto:larisa@example.ru",
                              "mailto:ahmad@example.org"}
    assert attendees["mailto:larisa@example.ru"]["ROLE"] == "OPT-PARTICIPANT"
    assert attendees["mailto:larisa@example.ru"]["PARTSTAT"] == "TENTATIVE"
    assert attendees["mailto:ahmad@example.org"]["CN"] == "أحمد"
    pekka = attendees["mailto:pekka.aijala@example.fi"]
    assert (pekka["ROLE"], pekka["PARTSTAT"], pekka["RSVP"], pekka["CUTYPE"]) == (
        "REQ-PARTICIPANT", "NEEDS-ACTION", "TRUE", "INDIVIDUAL")
    own = _event(build_request(detail, ORGANIZER, now=NOW, include_client=True))
    client = [a for a in own["ATTENDEE"] if str(a) == "mailto:anna.korhonen@example.fi"]
    assert len(client) == 1 and client[0].params["CN"] == "A. K."


def test_only_those_who_have_not_answered_are_asked_to(setup: tuple[Planner, int]) -> None:
    """RSVP=TRUE only for a participant whose answer is not recorded; a recorded answer is
    their PARTSTAT. The organizer's own row (the profile's address, in any case) is ACCEPTED
    and never asked; a cancellation asks nobody."""
    planner, meeting_id = setup
    planner.meetings.add_participant(meeting_id, ParticipantInput(
        ParticipantKind.OTHER, name="Sari Äijälä", email="Sari.Aijala@Example.FI"))
    detail = planner.meeting_details.get(meeting_id)
    by_email = {p.email: p.id or 0 for p in detail.participants}
    planner.meetings.set_attendance(by_email["pekka.aijala@example.fi"], Attendance.ACCEPTED)
    planner.meetings.set_attendance(by_email["larisa@example.ru"], Attendance.DECLINED)

    def rows(calendar: Calendar) -> dict[str, tuple[str, str | None]]:
        return {str(a).lower(): (a.params["PARTSTAT"], a.params.get("RSVP"))
                for a in _event(calendar)["ATTENDEE"]}

    request = rows(build_request(planner.meeting_details.get(meeting_id), ORGANIZER, now=NOW))
    assert request == {"mailto:sari.aijala@example.fi": ("ACCEPTED", None),
                       "mailto:pekka.aijala@example.fi": ("ACCEPTED", None),
                       "mailto:larisa@example.ru": ("DECLINED", None),
                       "mailto:ahmad@example.org": ("NEEDS-ACTION", "TRUE")}
    planner.meetings.set_attendance(by_email["ahmad@example.org"], Attendance.TENTATIVE)
    planner.meetings.set_attendance(by_email["Sari.Aijala@example.fi"], Attendance.DECLINED)
    request = rows(build_request(planner.meeting_details.get(meeting_id), ORGANIZER, now=NOW))
    assert request["mailto:ahmad@example.org"] == ("TENTATIVE", None)
    assert request["mailto:sari.aijala@example.fi"] == ("DECLINED", None)  # as recorded
    planner.meetings.set_status(meeting_id, MeetingStatus.CANCELLED)
    cancel = rows(build_cancel(planner.meeting_details.get(meeting_id), ORGANIZER, now=NOW))
    assert len(cancel) == 4 and {rsvp for _partstat, rsvp in cancel.values()} == {None}


def test_a_moved_meeting_asks_everyone_again(setup: tuple[Planner, int]) -> None:
    """An answer to the old time is no answer to the new one (RFC 5546 3.2.2): after a move
    the next REQUEST asks again; a change of title alone keeps the answers."""
    planner, meeting_id = setup
    detail = planner.meeting_details.get(meeting_id)
    pekka = next(p.id or 0 for p in detail.participants if p.email == "pekka.aijala@example.fi")
    planner.meetings.set_attendance(pekka, Attendance.ACCEPTED)

    def pekka_row() -> tuple[str, str | None]:
        event = _event(build_request(planner.meeting_details.get(meeting_id), ORGANIZER, now=NOW))
        row = next(a for a in event["ATTENDEE"]
                   if str(a).lower() == "mailto:pekka.aijala@example.fi")
        return row.params["PARTSTAT"], row.params.get("RSVP")

    ical.reschedule(planner, meeting_id, title="Verkostoneuvottelu, uusi otsikko")
    assert pekka_row() == ("ACCEPTED", None)
    start = planner.meeting_details.get(meeting_id).meeting.start
    ical.reschedule(planner, meeting_id, start=start.replace(hour=start.hour + 1),
                    end=start.replace(hour=start.hour + 2))
    assert pekka_row() == ("NEEDS-ACTION", "TRUE")


def test_confirmed_meeting_says_confirmed(setup: tuple[Planner, int]) -> None:
    planner, meeting_id = setup
    planner.meetings.set_status(meeting_id, MeetingStatus.CONFIRMED)
    event = _event(build_request(planner.meeting_details.get(meeting_id), ORGANIZER, now=NOW))
    assert event["STATUS"] == "CONFIRMED"


def test_cancelled_meeting_gets_cancel_with_same_uid_and_higher_sequence(
        setup: tuple[Planner, int], tmp_path: Path) -> None:
    planner, meeting_id = setup
    before = planner.meeting_details.get(meeting_id).meeting
    with pytest.raises(ValidationFailed) as refused:  # not cancelled yet: no CANCEL to all
        write_cancel(planner, meeting_id, tmp_path)
    assert refused.value.errors[0].code == "validation.cancel_not_cancelled"
    planner.meetings.set_status(meeting_id, MeetingStatus.CANCELLED)
    written = write_cancel(planner, meeting_id, tmp_path, now=NOW)
    calendar = Calendar.from_ical(written.ics.read_bytes())
    event = calendar.walk("VEVENT")[0]
    assert calendar["METHOD"] == "CANCEL" and event["STATUS"] == "CANCELLED"
    assert event["UID"] == before.ical_uid and int(event["SEQUENCE"]) > before.sequence
    assert len(event["ATTENDEE"]) == 3
    assert set(written.emails) == {"pekka.aijala@example.fi", "larisa@example.ru",
                                   "ahmad@example.org", "anna.korhonen@example.fi"}
    assert written.ics.name == "cancel.ics"
    for path in written.emails.values():  # the attached copy is named after what it is
        (attachment,) = [p for p in _parts(path).walk() if p.get_filename()]
        assert attachment.get_filename() == attachment.get_param("name") == "cancel.ics"
        assert b"METHOD:CANCEL" in attachment.get_payload(decode=True)
    with pytest.raises(ValidationFailed) as again:
        write_invites(planner, meeting_id, tmp_path)
    assert again.value.errors[0].code == "validation.invite_cancelled_meeting"


def test_removed_participant_alone_gets_a_cancel(setup: tuple[Planner, int],
                                                 tmp_path: Path) -> None:
    planner, meeting_id = setup
    sent = write_invites(planner, meeting_id, tmp_path / "first", now=NOW)
    first_sequence = int(Calendar.from_ical(sent.ics.read_bytes()).walk("VEVENT")[0]["SEQUENCE"])
    detail = planner.meeting_details.get(meeting_id)
    ahmad = next(p for p in detail.participants if p.email == "ahmad@example.org")
    removed = planner.meetings.remove_participant(ahmad.id or 0)
    written = write_cancel(planner, meeting_id, tmp_path / "cancel", now=NOW, removed=[removed])
    assert list(written.emails) == ["ahmad@example.org"]
    event = Calendar.from_ical(written.ics.read_bytes()).walk("VEVENT")[0]
    attendee = event["ATTENDEE"]
    assert str(attendee) == "mailto:ahmad@example.org"  # one attendee: the removed one
    assert int(event["SEQUENCE"]) > first_sequence
    update = write_invites(planner, meeting_id, tmp_path / "update", now=NOW)
    rest = Calendar.from_ical(update.ics.read_bytes()).walk("VEVENT")[0]["ATTENDEE"]
    assert "mailto:ahmad@example.org" not in {str(a) for a in rest}


def _parts(path: Path) -> EmailMessage:
    message = email.message_from_bytes(path.read_bytes(), policy=default)
    assert isinstance(message, EmailMessage)
    return message


def test_imip_mail_per_recipient_is_an_invitation(setup: tuple[Planner, int],
                                                  tmp_path: Path) -> None:
    planner, meeting_id = setup
    written = write_invites(planner, meeting_id, tmp_path, now=NOW)
    assert written.ics.name == "invite.ics" and written.ics.exists()
    assert len(written.emails) == 4  # three others and the client (own copy)
    message = _parts(written.emails["larisa@example.ru"])
    assert message["To"] == "larisa@example.ru"
    assert message["From"].addresses[0].addr_spec == "sari.aijala@example.fi"
    # the neutral default: no title, no agenda, the client by initials
    assert message["Subject"] == "Kutsu verkostoneuvotteluun: Verkostoneuvottelu (A. K.)"
    assert message.get_content_type() == "multipart/mixed"
    alternative, attachment = message.iter_parts()
    assert alternative.get_content_type() == "multipart/alternative"
    plain, calendar_part = alternative.iter_parts()
    assert plain.get_content_type() == "text/plain"
    assert "3.12.2026 9.00–10.30" in plain.get_content()
    assert calendar_part.get_content_type() == "text/calendar"
    assert calendar_part.get_param("method") == "REQUEST"  # upper case, as METHOD
    assert calendar_part.get_content_charset() == "utf-8"
    body = calendar_part.get_payload(decode=True)
    assert b"METHOD:REQUEST\r\n" in body and b"\n" not in body.replace(b"\r\n", b"")
    assert attachment.get_content_type() == "application/ics"
    assert attachment.get_filename() == "invite.ics"
    assert attachment.get_param("name") == "invite.ics"
    assert attachment.get_payload(decode=True) == body
    attendees = {str(a) for a in Calendar.from_ical(body).walk("VEVENT")[0]["ATTENDEE"]}
    assert "mailto:larisa@example.ru" in attendees  # the recipient is listed: RSVP buttons
    own = _parts(written.emails["anna.korhonen@example.fi"])
    own_body = next(p for p in own.walk() if p.get_content_type() == "text/calendar")
    own_attendees = Calendar.from_ical(own_body.get_payload(decode=True)).walk("VEVENT")[0]
    assert "mailto:anna.korhonen@example.fi" in {str(a) for a in own_attendees["ATTENDEE"]}


def test_writing_invites_is_logged_as_export_and_disclosures(setup: tuple[Planner, int],
                                                             tmp_path: Path) -> None:
    planner, meeting_id = setup
    written = write_invites(planner, meeting_id, tmp_path, now=NOW)
    client_id = planner.meeting_details.get(meeting_id).client.id or 0
    entries = [e for e in planner.audit.for_client(client_id) if e.entity == "meeting_invite"]
    assert [e.action for e in entries].count(AuditAction.EXPORT) == 1
    disclosed = {e.recipient for e in entries if e.action == AuditAction.DISCLOSE}
    assert disclosed == set(written.emails)
    assert planner.audit.verify().intact


def test_invite_needs_the_organizer_email(planner: Planner, tmp_path: Path) -> None:
    """Refused, with what to do, before the meeting is read: nothing written or logged."""
    client = ical.client(planner)
    meeting_id = ical.meeting(planner, client.id or 0)
    for profile in (None, ProfileInput("Sari Äijälä")):  # no profile; no e-mail in it
        if profile is not None:
            planner.profile.save(profile)
        head = planner.audit.head()
        for attempt in (lambda: write_invites(planner, meeting_id, tmp_path / "out"),
                        lambda: cancel_messages(planner, meeting_id, removed=[])):
            with pytest.raises(ValidationFailed) as failure:
                attempt()
            assert [(e.field, e.code) for e in failure.value.errors] == [
                ("email", "validation.organizer_email_missing")]
            assert "verkosto profile --name" in failure.value.message("fi")
        assert planner.audit.head() == head
    assert not (tmp_path / "out").exists()


def test_an_in_person_meeting_carries_no_empty_property(setup: tuple[Planner, int]) -> None:
    """No link and no agenda sent: no DESCRIPTION at all, not an empty one (libical drops
    "DESCRIPTION:" with "No value for DESCRIPTION property")."""
    planner, meeting_id = setup
    ical.reschedule(planner, meeting_id, remote_link=None)
    detail = planner.meeting_details.get(meeting_id)
    request = build_request(detail, ORGANIZER, now=NOW).to_ical()
    assert ical.empty_properties(request) == []
    assert "DESCRIPTION" not in _event(build_request(detail, ORGANIZER, now=NOW))
    planner.meetings.set_status(meeting_id, MeetingStatus.CANCELLED)
    cancel = build_cancel(planner.meeting_details.get(meeting_id), ORGANIZER, now=NOW)
    assert ical.empty_properties(cancel.to_ical()) == []
    assert "DESCRIPTION" not in cancel.walk("VEVENT")[0]


def test_texts_redacted_to_nothing_are_left_out(setup: tuple[Planner, int]) -> None:
    """A title, place or agenda item that is only the client's name, with the client named
    nowhere: the neutral summary, no LOCATION, the other agenda items; nothing empty."""
    planner, meeting_id = setup
    name = "Anna Maria Korhonen"
    ical.reschedule(planner, meeting_id, title=name, location=f"{name} {ical.HETU}",
                    agenda=[name, "Tilanne nyt"], remote_link=None)
    calendar = build_request(planner.meeting_details.get(meeting_id), ORGANIZER, now=NOW,
                             naming="none", details=True)
    raw = calendar.to_ical()
    assert ical.empty_properties(raw) == []
    event = _event(calendar)
    assert str(event["SUMMARY"]) == "Verkostoneuvottelu"
    assert "LOCATION" not in event
    assert str(event["DESCRIPTION"]) == "Asialista:\n1. Tilanne nyt"
    assert str(event.walk("VALARM")[0]["DESCRIPTION"]) == "Verkostoneuvottelu"
    assert b"Korhonen" not in raw and b"Anna" not in raw
