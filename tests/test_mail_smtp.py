"""Invites and cancellations sent to a real SMTP server on 127.0.0.1 (aiosmtpd) over TLS."""

from __future__ import annotations

import email
from collections.abc import Iterator
from datetime import UTC, datetime
from email.message import EmailMessage
from email.policy import default
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller

from exports.ical.send import send_cancel, send_invites
from exports.mail import check_connection
from planner.domain.enums import AuditAction, MeetingStatus
from planner.errors import (
    MailAuthFailed,
    MailCertificateUntrusted,
    MailNoStartTls,
    MailTlsFailed,
    MailUnreachable,
    ValidationFailed,
)
from planner.services import Planner, SmtpSettings
from tests.support import ical
from tests.support.smtp_server import PASSWORD, USER, Mailbox, Server, free_port, smtp_server

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
EVERYONE = {"pekka.aijala@example.fi", "larisa@example.ru", "ahmad@example.org",
            "anna.korhonen@example.fi"}


@pytest.fixture
def meeting(planner: Planner) -> int:
    ical.organizer(planner)
    return ical.meeting(planner, ical.client(planner).id or 0)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    with smtp_server(tmp_path / "certs") as running:
        yield running


def settings_for(server: Server, *, security: str = "starttls", trusted: bool = True,
                 **changes: str) -> SmtpSettings:
    values = {"host": "127.0.0.1", "port": server.port, "security": security,
              "username": USER, "ca_file": str(server.ca_file) if trusted else "", **changes}
    return SmtpSettings(**values)  # type: ignore[arg-type]


def smtp_disclosures(planner: Planner, meeting_id: int) -> list[str]:
    client_id = planner.meeting_details.get(meeting_id).client.id or 0
    return sorted(e.recipient or "" for e in planner.audit.for_client(client_id)
                  if e.action == AuditAction.DISCLOSE and e.detail == "SMTP")


def parsed(raw: bytes) -> EmailMessage:
    message = email.message_from_bytes(raw, policy=default)
    assert isinstance(message, EmailMessage)
    return message


def assert_imip(raw: bytes, method: str) -> None:
    message = parsed(raw)
    alternative, attachment = message.iter_parts()
    assert alternative.get_content_type() == "multipart/alternative"
    plain, calendar = alternative.iter_parts()
    assert plain.get_content_type() == "text/plain"
    assert calendar.get_content_type() == "text/calendar"
    assert calendar.get_param("method") == method
    body = calendar.get_payload(decode=True)
    assert f"METHOD:{method}\r\n".encode() in body
    assert attachment.get_filename() == {"REQUEST": "invite.ics", "CANCEL": "cancel.ics"}[method]
    assert attachment.get_payload(decode=True) == body
    assert ical.HETU.encode() not in raw and b"131052" not in raw


@pytest.mark.parametrize("mechanism", ["LOGIN", "PLAIN"])
def test_starttls_login_delivers_an_imip_invite_to_every_recipient(
        planner: Planner, meeting: int, tmp_path: Path, mechanism: str) -> None:
    progress: list[tuple[int, int, str]] = []
    with smtp_server(tmp_path / "certs", mechanisms=(mechanism,)) as server:
        report = send_invites(planner, meeting, settings_for(server), PASSWORD, now=NOW,
                              progress=lambda *step: progress.append(step))
    assert report.failure is None and report.complete
    assert set(report.sent) == EVERYONE == set(server.mailbox.received)
    assert server.mailbox.logins == [(mechanism, USER)]
    assert set(server.mailbox.envelope_senders) == {"sari.aijala@example.fi"}
    for recipient, raw in server.mailbox.received.items():
        assert_imip(raw, "REQUEST")
        assert parsed(raw)["To"] == recipient
    assert [(done, total) for done, total, _ in progress] == [(1, 4), (2, 4), (3, 4), (4, 4)]
    assert {who for _, _, who in progress} == EVERYONE
    assert smtp_disclosures(planner, meeting) == sorted(EVERYONE)
    assert planner.audit.verify().intact


def test_implicit_tls_sends_a_cancellation_with_the_sender_name(
        planner: Planner, meeting: int, tmp_path: Path) -> None:
    planner.meetings.set_status(meeting, MeetingStatus.CANCELLED)
    with smtp_server(tmp_path / "certs", implicit_tls=True) as server:
        settings = settings_for(server, security="tls", sender_name="Kela, Tampere")
        report = send_cancel(planner, meeting, settings, PASSWORD, now=NOW)
    assert report.complete and set(server.mailbox.received) == EVERYONE
    assert [user for _, user in server.mailbox.logins] == [USER]
    for raw in server.mailbox.received.values():
        assert_imip(raw, "CANCEL")
        sender = parsed(raw)["From"].addresses[0]
        assert (sender.display_name, sender.addr_spec) == ("Kela, Tampere",
                                                           "sari.aijala@example.fi")


def test_wrong_password_is_the_translated_auth_error_and_nothing_is_sent(
        planner: Planner, meeting: int, server: Server) -> None:
    report = send_invites(planner, meeting, settings_for(server), "wrong-password", now=NOW)
    assert isinstance(report.failure, MailAuthFailed)
    assert report.failure.message("fi").startswith(
        "Kirjautuminen sähköpostipalvelimeen 127.0.0.1 käyttäjänä sari.aijala epäonnistui")
    assert "Viestejä ei lähetetty" in report.failure.message("fi")
    assert report.failure.exit_code == 32
    assert report.sent == [] and set(report.not_sent) == EVERYONE
    assert server.mailbox.received == {} and smtp_disclosures(planner, meeting) == []


def test_an_untrusted_certificate_stops_before_the_password(
        planner: Planner, meeting: int, server: Server) -> None:
    report = send_invites(planner, meeting, settings_for(server, trusted=False), PASSWORD)
    assert isinstance(report.failure, MailCertificateUntrusted)
    text = report.failure.message("fi")
    assert "varmennetta ei voitu todentaa (varmenteen myöntäjä ei ole luotettu)" in text
    assert "salasanaa" in text
    assert server.mailbox.logins == [] and server.mailbox.received == {}
    assert set(report.not_sent) == EVERYONE and smtp_disclosures(planner, meeting) == []


def test_a_refused_recipient_is_reported_and_the_others_delivered(
        planner: Planner, meeting: int, server: Server) -> None:
    server.mailbox.refuse.add("larisa@example.ru")
    report = send_invites(planner, meeting, settings_for(server), PASSWORD, now=NOW)
    assert report.failure is None and not report.complete
    assert list(report.refused) == ["larisa@example.ru"]
    assert report.refused["larisa@example.ru"].startswith("550 5.1.1")
    assert set(report.sent) == EVERYONE - {"larisa@example.ru"} == set(server.mailbox.received)
    problems = report.problems("fi")
    assert len(problems) == 1
    assert problems[0].startswith("Palvelin ei hyväksynyt vastaanottajaa larisa@example.ru")
    assert smtp_disclosures(planner, meeting) == sorted(EVERYONE - {"larisa@example.ru"})


def test_cancelling_between_messages_keeps_who_got_it(
        planner: Planner, meeting: int, server: Server) -> None:
    done: list[str] = []
    report = send_invites(planner, meeting, settings_for(server), PASSWORD,
                          progress=lambda _d, _t, who: done.append(who),
                          cancelled=lambda: len(done) >= 2)
    assert report.cancelled and report.failure is None
    assert report.sent == done and len(report.not_sent) == 2
    assert set(report.sent) | set(report.not_sent) == EVERYONE
    assert set(server.mailbox.received) == set(report.sent)
    assert smtp_disclosures(planner, meeting) == sorted(report.sent)


def test_a_server_without_starttls_never_gets_the_password(
        planner: Planner, meeting: int, tmp_path: Path) -> None:
    mailbox = Mailbox()  # offers AUTH in the clear: the client must still refuse
    controller = Controller(mailbox, hostname="127.0.0.1", port=free_port(),
                            authenticator=mailbox.authenticate, auth_require_tls=False)
    controller.start()
    try:
        server = Server(controller.port, tmp_path / "none.pem", mailbox)
        report = send_invites(planner, meeting, settings_for(server, trusted=False), PASSWORD)
    finally:
        controller.stop()
    assert isinstance(report.failure, MailNoStartTls)
    assert "ei tarjoa salattua yhteyttä (STARTTLS)" in report.failure.message("fi")
    assert mailbox.logins == [] and mailbox.received == {}


def test_connection_check_and_its_failures(server: Server) -> None:
    check_connection(settings_for(server), PASSWORD)
    assert server.mailbox.logins == [("PLAIN", USER)]
    with pytest.raises(MailTlsFailed) as wrong_security:  # TLS spoken to a STARTTLS port
        check_connection(settings_for(server, security="tls"), PASSWORD)
    assert "portissa 465 käytetään TLS:ää" in wrong_security.value.message("fi")
    with pytest.raises(MailUnreachable) as nobody:
        check_connection(SmtpSettings("127.0.0.1", free_port(), "starttls"), None)
    assert "ei saatu yhteyttä" in nobody.value.message("fi")
    assert nobody.value.exit_code == 30


def test_no_server_set_is_a_validation_error_before_anything(
        planner: Planner, meeting: int) -> None:
    with pytest.raises(ValidationFailed) as missing:
        send_invites(planner, meeting, SmtpSettings(), None)
    assert missing.value.errors[0].code == "validation.smtp_not_configured"
    assert smtp_disclosures(planner, meeting) == []


def test_a_ca_file_that_is_no_certificate_is_named_beside_its_field(
        server: Server, tmp_path: Path) -> None:
    bogus = tmp_path / "ca.pem"
    bogus.write_text("not a certificate\n")
    with pytest.raises(ValidationFailed) as failure:
        check_connection(settings_for(server, ca_file=str(bogus)), PASSWORD)
    assert [(e.field, e.code) for e in failure.value.errors] == [
        ("ca_file", "validation.ca_file_invalid")]
    assert server.mailbox.logins == []
