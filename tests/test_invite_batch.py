"""Many meetings at once: details read set-wise in one logged transaction, invites built as
one batch, and the iMIP messages themselves (shared body, per-recipient head, SMTPUTF8)."""

from __future__ import annotations

import email
import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.policy import default
from pathlib import Path

import pytest
from icalendar import Calendar
from sqlmodel import col, select

import planner.services.base as services_base
from exports.ical.export import AUDIT_HEAD_PROPERTY, invite_batch, invite_messages
from exports.ical.imip import Sender
from exports.ical.invite import Organizer
from exports.ical.send import send_invites
from planner.domain import AuditEntry
from planner.domain.enums import (
    AgencyKind,
    AuditAction,
    ConsentForm,
    MeetingStatus,
    ParticipantKind,
)
from planner.errors import NotFound, ValidationFailed
from planner.services import ClientInput, ConsentInput, ParticipantInput, Planner, SmtpSettings
from planner.services.directory import AgencyInput
from tests.support import ical
from tests.support.smtp_server import PASSWORD, USER, Server, smtp_server
from tests.test_cli import verkosto

# the local store and a team store on PostgreSQL (tests/conftest.py)
pytestmark = pytest.mark.both_engines

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
ABROAD = "jörgen.åberg@exempel.fi"  # a local part outside ASCII (RFC 6531)


@pytest.fixture
def meetings(planner: Planner) -> list[int]:
    """Three meetings of two clients; agencies with and without the client's consent."""
    ical.organizer(planner)
    anna = ical.client(planner)
    other = planner.clients.create(ClientInput("Pekka", "Virtanen"))
    covered = planner.directory.create_agency(AgencyInput("Sote-keskus",
                                                          AgencyKind.HEALTH_CENTRE))
    uncovered = planner.directory.create_agency(AgencyInput("Työllisyyspalvelut",
                                                            AgencyKind.EMPLOYMENT_SERVICES))
    planner.consents.record(ConsentInput(other.id or 0, [covered.id or 0], "Verkostoneuvottelu",
                                         ConsentForm.WRITTEN, NOW - timedelta(days=3)))
    first = ical.meeting(planner, anna.id or 0)
    second = ical.meeting(planner, other.id or 0, title="Pekan seuranta",
                          start=datetime(2026, 12, 4, 9, 0, tzinfo=ical.TZ),
                          end=datetime(2026, 12, 4, 10, 0, tzinfo=ical.TZ),
                          people=(("Liisa Laine", "liisa.laine@example.fi", True),))
    for agency in (covered, uncovered):
        planner.meetings.add_participant(second, ParticipantInput(
            ParticipantKind.OTHER, name=f"Yhteyshenkilö {agency.id}", agency_id=agency.id))
    third = ical.meeting(planner, anna.id or 0, title="Kolmas", agenda=(),
                         start=datetime(2026, 12, 10, 13, 0, tzinfo=ical.TZ),
                         end=datetime(2026, 12, 10, 14, 0, tzinfo=ical.TZ))
    return [first, second, third]


def views(planner: Planner) -> list[tuple[str, str]]:
    with planner.ctx.read() as session:
        rows = session.exec(select(AuditEntry).where(AuditEntry.action == AuditAction.VIEW,
                                                     AuditEntry.entity == "meeting")
                            .order_by(col(AuditEntry.id)))
        return [(row.entity_id, row.purpose) for row in rows]


def test_many_meetings_read_at_once_equal_each_read_alone(planner: Planner,
                                                          meetings: list[int]) -> None:
    alone = [planner.meeting_details.get(m) for m in meetings]
    together = planner.meeting_details.get_many(meetings[::-1] + meetings[:1])
    assert [d.meeting.id for d in together] == meetings[::-1] + meetings[:1]
    for one, batch in zip(alone, together[::-1][1:], strict=True):
        assert batch.meeting == one.meeting and batch.client == one.client
        assert batch.agenda == one.agenda and batch.participants == one.participants
        assert batch.agencies == one.agencies and batch.note == one.note
        assert batch.warnings == one.warnings
    assert together[-1] is together[2]  # asked twice, read (and logged) once
    pekka = alone[1]
    assert set(pekka.agencies) == {p.agency_id for p in pekka.participants if p.agency_id}
    assert sorted(w.code for w in pekka.warnings) == [
        "warning.no_consent", "warning.no_email", "warning.no_email"]


def test_each_meeting_of_a_batch_is_logged_as_its_own_view(planner: Planner,
                                                           meetings: list[int]) -> None:
    before = len(views(planner))
    planner.meeting_details.get_many(meetings, purpose="calendar invite")
    assert views(planner)[before:] == [(str(m), "calendar invite") for m in meetings]
    assert planner.audit.verify().intact  # entries added unflushed keep the chain in order


def test_an_unknown_meeting_in_a_batch_reads_and_logs_nothing(planner: Planner,
                                                              meetings: list[int]) -> None:
    before = views(planner)
    with pytest.raises(NotFound):
        planner.meeting_details.get_many([meetings[0], 99_999])
    assert views(planner) == before


def test_batches_larger_than_one_query_are_read_in_chunks(
        planner: Planner, meetings: list[int], monkeypatch: pytest.MonkeyPatch) -> None:
    whole = planner.meeting_details.get_many(meetings)
    monkeypatch.setattr(services_base, "IN_CHUNK", 2)
    chunked = planner.meeting_details.get_many(meetings)
    assert [(d.meeting, d.participants, d.agenda, d.warnings) for d in chunked] == [
        (d.meeting, d.participants, d.agenda, d.warnings) for d in whole]


def test_a_batch_of_invites_equals_the_invites_built_one_by_one(
        planner: Planner, meetings: list[int]) -> None:
    batch = invite_batch(planner, meetings, now=NOW)
    heads = set()
    for outgoing, meeting_id in zip(batch, meetings, strict=True):
        alone = invite_messages(planner, meeting_id, now=NOW)
        assert without_head(outgoing.calendar.to_ical()) == without_head(alone.calendar.to_ical())
        assert [m.recipient for m in outgoing.messages] == [m.recipient for m in alone.messages]
        for ours, theirs in zip(outgoing.messages, alone.messages, strict=True):
            assert (without_head(ical.calendar_in(ours.data))
                    == without_head(ical.calendar_in(theirs.data)))
        heads.add(outgoing.calendar[AUDIT_HEAD_PROPERTY])
    assert len(heads) == 1  # one batch: the log's head once its meetings were read


def without_head(calendar: bytes) -> bytes:
    """The calendar without its audit head (each separate build logs its own read)."""
    return re.sub(rb"X-VERKOSTO-AUDIT-HEAD:[^\r]*\r\n( [^\r]*\r\n)*", b"", calendar)


def test_a_cancelled_meeting_stops_the_whole_batch(planner: Planner,
                                                   meetings: list[int]) -> None:
    planner.meetings.set_status(meetings[1], MeetingStatus.CANCELLED)
    with pytest.raises(ValidationFailed) as failure:
        invite_batch(planner, meetings, now=NOW)
    assert failure.value.errors[0].code == "validation.invite_cancelled_meeting"


def test_recipients_share_one_body_behind_their_own_headers(planner: Planner,
                                                            meetings: list[int]) -> None:
    outgoing = invite_messages(planner, meetings[0], now=NOW)
    sent = {m.recipient: email.message_from_bytes(m.data, policy=default)
            for m in outgoing.messages}
    professionals = [m for address, m in sent.items() if address != "anna.korhonen@example.fi"]
    bodies = {m.as_bytes().split(b"Subject:", 1)[1] for m in professionals}
    assert len(bodies) == 1  # From, Subject, Date and the parts: built once
    assert len({m["Message-ID"] for m in sent.values()}) == len(sent)
    for address, message in sent.items():
        assert message["To"] == address and message["MIME-Version"] == "1.0"
        assert message["From"] == "Sari Äijälä <sari.aijala@example.fi>"
        assert [p.get_content_type() for p in message.walk()] == [
            "multipart/mixed", "multipart/alternative", "text/plain", "text/calendar",
            "application/ics"]
        plain = message.get_body(("plain",))
        assert plain is not None and "Kutsu" in plain.get_content()
    # the client's own copy lists the client; nobody else's does
    client_copy = ical.calendar_in(outgoing.messages[0].data)
    assert b"anna.korhonen@example.fi" in client_copy
    assert all(b"anna.korhonen@example.fi" not in ical.calendar_in(m.data)
               for m in outgoing.messages[1:])


def test_a_subject_with_line_breaks_cannot_add_headers() -> None:
    sender = Sender.of(Organizer("Sari Äijälä", "sari.aijala@example.fi"))
    head = sender.headers("Kutsu: Kolmas\r\nBcc: kaikki@example.com", NOW)
    message = email.message_from_bytes(head + b"\r\n", policy=default)
    assert message["Bcc"] is None
    assert message["Subject"] == "Kutsu: Kolmas Bcc: kaikki@example.com"


def test_the_sender_name_of_the_mail_settings_replaces_only_from(planner: Planner,
                                                                 meetings: list[int]) -> None:
    outgoing = invite_messages(planner, meetings[0], now=NOW, from_name="Kelan asiantuntija")
    message = email.message_from_bytes(outgoing.messages[1].data, policy=default)
    assert message["From"] == "Kelan asiantuntija <sari.aijala@example.fi>"
    calendar = Calendar.from_ical(ical.calendar_in(outgoing.messages[1].data))
    organizer = calendar.walk("VEVENT")[0]["ORGANIZER"]
    assert organizer.params["CN"] == "Sari Äijälä"  # the calendar's ORGANIZER is unchanged
    assert outgoing.messages[1].sender == "sari.aijala@example.fi"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    with smtp_server(tmp_path / "certs", smtputf8=True) as running:
        yield running


def _settings(server: Server) -> SmtpSettings:
    return SmtpSettings("127.0.0.1", server.port, "starttls", USER, ca_file=str(server.ca_file))


def test_an_address_outside_ascii_is_sent_with_smtputf8(planner: Planner,
                                                        meetings: list[int],
                                                        server: Server) -> None:
    planner.meetings.add_participant(meetings[1], ParticipantInput(
        ParticipantKind.OTHER, name="Jörgen Åberg", email=ABROAD))
    report = send_invites(planner, meetings[1], _settings(server), PASSWORD, now=NOW)
    assert report.complete and ABROAD in report.sent
    raw = server.mailbox.received[ABROAD]
    assert f"To: {ABROAD}".encode() in raw  # raw UTF-8 (RFC 6532), not encoded words
    assert email.message_from_bytes(raw, policy=default)["To"] == ABROAD


def test_a_server_without_smtputf8_refuses_only_that_address(planner: Planner,
                                                             meetings: list[int],
                                                             tmp_path: Path) -> None:
    planner.meetings.add_participant(meetings[1], ParticipantInput(
        ParticipantKind.OTHER, name="Jörgen Åberg", email=ABROAD))
    with smtp_server(tmp_path / "plain-certs") as plain:
        report = send_invites(planner, meetings[1], _settings(plain), PASSWORD, now=NOW)
        assert report.failure is None and list(report.refused) == [ABROAD]
        assert set(plain.mailbox.received) == {"liisa.laine@example.fi"}
    problem = report.problems("fi")[0]
    assert "SMTPUTF8" in problem and ABROAD in problem


def test_the_cli_writes_several_meetings_into_a_folder_each(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    assert verkosto("demo", data_dir=data_dir).returncode == 0
    listed = verkosto("meetings", "--json", data_dir=data_dir)
    live = [m["id"] for m in json.loads(listed.stdout)
            if m["status"] in ("planned", "confirmed")][:2]
    out = tmp_path / "out"
    result = verkosto("invites", *map(str, live), "--out", str(out), data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    for meeting_id in live:
        assert (out / str(meeting_id) / "invite.ics").is_file()
        assert list((out / str(meeting_id)).glob("*.eml"))
