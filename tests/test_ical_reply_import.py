"""Calendar replies (iTIP REPLY) as Outlook, Thunderbird and Google send them, and as plain
.ics files: the attendee's answer is recorded; outdated, unknown and broken replies are not."""

from __future__ import annotations

import base64
import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import vobject
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from exports.ical.reply_import import import_replies, read_replies
from planner.domain.enums import Attendance, MeetingStatus
from planner.errors import ValidationFailed
from planner.services import MeetingInput, Planner, ReplyOutcome
from tests.support import ical
from tests.test_cli import verkosto


@pytest.fixture
def setup(planner: Planner) -> tuple[Planner, int]:
    ical.organizer(planner)
    client = ical.client(planner)
    return planner, ical.meeting(planner, client.id or 0)


def _uid_and_sequence(planner: Planner, meeting_id: int) -> tuple[str, int]:
    meeting = planner.meeting_details.get(meeting_id).meeting
    return meeting.ical_uid, meeting.sequence


def reply_ics(uid: str, email: str, partstat: str, sequence: int) -> bytes:
    """A REPLY written with vobject, a parser/writer independent of the one under test."""
    calendar = vobject.iCalendar()
    calendar.add("method").value = "REPLY"
    event = calendar.add("vevent")
    event.add("uid").value = uid
    event.add("sequence").value = str(sequence)
    event.add("dtstamp").value = datetime(2026, 11, 26, 8, 0, tzinfo=ical.TZ)
    event.add("dtstart").value = datetime(2026, 12, 3, 9, 0, tzinfo=ical.TZ)
    event.add("summary").value = "Verkostoneuvottelu (A. K.)"
    attendee = event.add("attendee")
    attendee.value = f"mailto:{email}"
    attendee.params["PARTSTAT"] = [partstat]
    event.add("organizer").value = "mailto:sari.aijala@example.fi"
    return calendar.serialize().encode()


def outlook_mail(body: bytes, sender: str = "Larisa Ivanova <larisa@example.ru>") -> bytes:
    """Outlook: multipart/alternative, the calendar part base64 with method=REPLY."""
    encoded = base64.encodebytes(body).decode()
    return (
        f"From: {sender}\r\nTo: sari.aijala@example.fi\r\n"
        "Subject: Hyväksytty: Verkostoneuvottelu (A. K.)\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/alternative; boundary="b1"\r\n\r\n'
        "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nAccepted\r\n"
        "--b1\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Accepted</p>\r\n"
        '--b1\r\nContent-Type: text/calendar; charset="utf-8"; method=REPLY\r\n'
        f"Content-Transfer-Encoding: base64\r\n\r\n{encoded}\r\n--b1--\r\n").encode()


def thunderbird_mail(body: bytes) -> bytes:
    """Thunderbird and Google: the answer inline *and* as an .ics attachment."""
    return (
        b"From: ahmad@example.org\r\nTo: sari.aijala@example.fi\r\nSubject: Declined\r\n"
        b'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="m"\r\n\r\n'
        b'--m\r\nContent-Type: multipart/alternative; boundary="a"\r\n\r\n'
        b"--a\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nDeclined\r\n"
        b"--a\r\nContent-Type: text/calendar; charset=UTF-8; method=REPLY\r\n"
        b"Content-Transfer-Encoding: 8bit\r\n\r\n" + body + b"\r\n--a--\r\n"
        b'--m\r\nContent-Type: application/ics; name="invite.ics"\r\n'
        b'Content-Disposition: attachment; filename="invite.ics"\r\n'
        b"Content-Transfer-Encoding: base64\r\n\r\n" + base64.encodebytes(body) + b"\r\n--m--\r\n")


def _attendance(planner: Planner, meeting_id: int, email: str) -> Attendance:
    detail = planner.meeting_details.get(meeting_id)
    return next(p.attendance for p in detail.participants if p.email == email)


def test_answers_from_outlook_thunderbird_and_a_plain_ics_are_recorded(
        setup: tuple[Planner, int]) -> None:
    planner, meeting_id = setup
    uid, sequence = _uid_and_sequence(planner, meeting_id)
    accepted = import_replies(planner, outlook_mail(
        reply_ics(uid, "Larisa@Example.RU", "ACCEPTED", sequence)))
    declined = import_replies(planner, thunderbird_mail(
        reply_ics(uid, "ahmad@example.org", "DECLINED", sequence)))
    tentative = import_replies(planner, reply_ics(uid, "pekka.aijala@example.fi", "TENTATIVE",
                                                  sequence))
    assert [r.outcome for r in accepted + declined + tentative] == [ReplyOutcome.RECORDED] * 3
    assert len(declined) == 1  # inline part and attachment are one answer
    assert accepted[0].participant_name == "Лариса Иванова"
    assert _attendance(planner, meeting_id, "larisa@example.ru") == Attendance.ACCEPTED
    assert _attendance(planner, meeting_id, "ahmad@example.org") == Attendance.DECLINED
    assert _attendance(planner, meeting_id, "pekka.aijala@example.fi") == Attendance.TENTATIVE
    client_id = planner.meeting_details.get(meeting_id).client.id or 0
    logged = [e.detail for e in planner.audit.for_client(client_id)]
    assert sum("(calendar reply)" in (d or "") for d in logged) == 3

    again = import_replies(planner, reply_ics(uid, "ahmad@example.org", "DECLINED", sequence))
    assert again[0].outcome == ReplyOutcome.UNCHANGED


def test_an_answer_to_an_earlier_time_is_not_recorded(setup: tuple[Planner, int]) -> None:
    planner, meeting_id = setup
    uid, old_sequence = _uid_and_sequence(planner, meeting_id)
    meeting = planner.meeting_details.get(meeting_id).meeting
    planner.meetings.update(meeting_id, MeetingInput(
        meeting.client_id, meeting.title, meeting.start + timedelta(days=1),
        meeting.end + timedelta(days=1), location=meeting.location,
        remote_link=meeting.remote_link))
    result = import_replies(planner, reply_ics(uid, "larisa@example.ru", "ACCEPTED",
                                               old_sequence))
    assert result[0].outcome == ReplyOutcome.OUTDATED
    assert _attendance(planner, meeting_id, "larisa@example.ru") == Attendance.INVITED
    _, new_sequence = _uid_and_sequence(planner, meeting_id)
    result = import_replies(planner, reply_ics(uid, "larisa@example.ru", "ACCEPTED",
                                               new_sequence))
    assert result[0].outcome == ReplyOutcome.RECORDED


def test_adding_a_participant_does_not_outdate_earlier_answers(
        setup: tuple[Planner, int]) -> None:
    from planner.domain.enums import ParticipantKind
    from planner.services import ParticipantInput

    planner, meeting_id = setup
    uid, sequence = _uid_and_sequence(planner, meeting_id)
    planner.meetings.add_participant(meeting_id, ParticipantInput(
        ParticipantKind.OTHER, name="Tulkki", email="tulkki@example.fi"))
    assert _uid_and_sequence(planner, meeting_id)[1] > sequence
    result = import_replies(planner, reply_ics(uid, "larisa@example.ru", "ACCEPTED", sequence))
    assert result[0].outcome == ReplyOutcome.RECORDED


def test_unknown_meeting_unknown_attendee_cancelled_and_held(
        setup: tuple[Planner, int]) -> None:
    planner, meeting_id = setup
    uid, sequence = _uid_and_sequence(planner, meeting_id)
    unknown = import_replies(planner, reply_ics("nope@elsewhere", "larisa@example.ru",
                                                "ACCEPTED", 0))
    assert unknown[0].outcome == ReplyOutcome.UNKNOWN_MEETING
    stranger = import_replies(planner, reply_ics(uid, "someone@example.com", "ACCEPTED",
                                                 sequence))
    assert stranger[0].outcome == ReplyOutcome.UNKNOWN_ATTENDEE

    participant = next(p for p in planner.meeting_details.get(meeting_id).participants
                       if p.email == "ahmad@example.org")
    planner.meetings.set_attendance(participant.id or 0, Attendance.ATTENDED)
    held = import_replies(planner, reply_ics(uid, "ahmad@example.org", "DECLINED", sequence))
    assert held[0].outcome == ReplyOutcome.ALREADY_HELD
    assert _attendance(planner, meeting_id, "ahmad@example.org") == Attendance.ATTENDED

    planner.meetings.set_status(meeting_id, MeetingStatus.CANCELLED)
    cancelled = import_replies(planner, reply_ics(uid, "larisa@example.ru", "ACCEPTED",
                                                  sequence + 5))
    assert cancelled[0].outcome == ReplyOutcome.MEETING_CANCELLED
    assert _attendance(planner, meeting_id, "larisa@example.ru") == Attendance.INVITED


def _reason(data: bytes) -> str:
    with pytest.raises(ValidationFailed) as failure:
        read_replies(data)
    error = failure.value.errors[0]
    assert error.code == "validation.ics_unreadable"
    return str(error.params["reason"])


def test_files_that_are_not_replies_are_refused_clearly(setup: tuple[Planner, int],
                                                        tmp_path: Path) -> None:
    from exports.ical.export import write_invites

    planner, meeting_id = setup
    invite = write_invites(planner, meeting_id, tmp_path).ics.read_bytes()
    assert _reason(invite) == "validation.ics_reason.not_a_reply"
    assert _reason(b"") == "validation.ics_reason.not_icalendar"
    assert _reason(b"\x00\xff garbage") == "validation.ics_reason.not_icalendar"
    assert _reason(b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n") == (
        "validation.ics_reason.not_icalendar")
    mail = b"From: a@example.fi\r\nSubject: hei\r\n\r\nPelkka teksti\r\n"
    assert _reason(mail) == "validation.ics_reason.no_calendar_in_mail"
    no_answer = reply_ics("x", "a@example.fi", "ACCEPTED", 0).replace(b"PARTSTAT=ACCEPTED;", b"")
    no_answer = no_answer.replace(b";PARTSTAT=ACCEPTED", b"")
    assert _reason(no_answer) == "validation.ics_reason.no_answer"
    with pytest.raises(ValidationFailed) as failure:
        read_replies(invite)
    message = failure.value.errors[0].message("fi")
    assert "ei ole vastaus kutsuun" in message and "Mitään ei tuotu" in message


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400) | st.text(max_size=400).map(lambda t: (
    "BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\n" + t + "\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n").encode()))
def test_fuzzed_input_gives_replies_or_a_clear_error(data: bytes) -> None:
    try:
        replies = read_replies(data)
    except ValidationFailed as failure:
        assert failure.errors[0].code in ("validation.ics_unreadable",
                                          "validation.reply_attendee_count")
    else:
        assert replies and all(reply.uid and reply.email for reply in replies)


def test_reply_command(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    assert verkosto("demo", data_dir=data_dir).returncode == 0
    out = tmp_path / "out"
    meetings = verkosto("meetings", "--json", data_dir=data_dir)
    meeting = json.loads(meetings.stdout)[0]
    assert verkosto("invites", str(meeting["id"]), "--out", str(out),
                    data_dir=data_dir).returncode == 0
    event = Calendar.from_ical((out / "invite.ics").read_bytes()).walk("VEVENT")[0]
    attendees = event["ATTENDEE"] if isinstance(event["ATTENDEE"], list) else [event["ATTENDEE"]]
    email = str(attendees[0])[7:]
    answer = tmp_path / "answer.eml"
    answer.write_bytes(outlook_mail(reply_ics(str(event["UID"]), email, "DECLINED",
                                              int(event["SEQUENCE"])), sender=email))
    result = verkosto("reply", str(answer), data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert ": kieltäytynyt – " in result.stdout  # "<name>: kieltäytynyt – <title>"

    broken = tmp_path / "broken.ics"
    broken.write_bytes(b"not a calendar")
    result = verkosto("reply", str(broken), data_dir=data_dir)
    assert result.returncode == 6
    assert "Kalenteritiedostoa ei voitu lukea" in result.stderr
