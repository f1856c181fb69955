"""Invites travel by ordinary e-mail: no HETU, no health data, the client named as allowed."""

from __future__ import annotations

import email
from email.policy import default
from pathlib import Path

import pytest
from icalendar import Calendar

from exports.ical import Organizer, build_request
from exports.ical.export import write_invites
from planner.errors import ValidationFailed
from planner.services import Planner
from tests.support import ical

# the local store and a team store on PostgreSQL (tests/conftest.py)
pytestmark = pytest.mark.both_engines


def _every_text(paths: list[Path]) -> str:
    """Raw bytes and every decoded MIME part (so base64 hides nothing from the check)."""
    texts: list[str] = []
    for path in paths:
        raw = path.read_bytes()
        texts.append(raw.decode("utf-8", errors="replace"))
        if path.suffix == ".eml":
            for part in email.message_from_bytes(raw, policy=default).walk():
                payload = part.get_payload(decode=True)
                if isinstance(payload, bytes):
                    texts.append(payload.decode("utf-8", errors="replace"))
    return "\n".join(texts)


def test_demo_invites_hold_no_hetu_surname_or_health_data(demo_planner: Planner,
                                                         tmp_path: Path) -> None:
    planner = demo_planner
    rows = planner.meetings.upcoming(limit=100)
    assert rows
    checked = 0
    for row in rows:
        detail = planner.meeting_details.get(row.id)
        client = detail.client
        written = write_invites(planner, row.id, tmp_path / str(row.id))
        files = [written.ics, *written.emails.values()]
        text = _every_text(files)
        assert client.hetu and client.hetu not in text
        assert client.hetu[:6] not in text  # not even the birth-date part
        assert client.last_name not in text
        assert client.display_name not in text
        secrets = [client.situation, detail.meeting.purpose]
        if detail.note:
            secrets += [detail.note.decisions, detail.note.client_view]
        for _plan, version in planner.plans.for_client(client.id or 0):
            secrets += [version.situation, version.service_needs, version.client_view]
        for secret in filter(None, secrets):
            assert secret not in text
        calendar = Calendar.from_ical(written.ics.read_bytes())
        assert calendar["METHOD"] == "REQUEST"
        checked += len(files)
    assert checked > 10


@pytest.mark.parametrize(("naming", "cn", "summary"), [
    ("initials", "A. K.", "A. K. verkostoneuvottelu: A. K."),
    ("first_name", "Anna", "Anna verkostoneuvottelu: Anna"),
    ("full_name", "Anna Maria Korhonen",
     "Anna Maria Korhosen verkostoneuvottelu: Anna Maria Korhonen"),
    ("none", None, "verkostoneuvottelu:"),
])
def test_client_named_only_as_the_setting_allows(planner: Planner, naming: str,
                                                 cn: str | None, summary: str) -> None:
    ical.organizer(planner)
    client = ical.client(planner)
    planner.profile.set_invite_client_naming(naming)
    assert planner.profile.invite_client_naming() == naming
    # The first name is in the inflected (genitive) form Korhosen, the second in the basic one.
    meeting_id = ical.meeting(planner, client.id or 0,
                              title="Anna Maria Korhosen verkostoneuvottelu: Anna Maria Korhonen")
    detail = planner.meeting_details.get(meeting_id)
    calendar = build_request(detail, Organizer("S Ä", "s@example.fi"),
                             naming=planner.profile.invite_client_naming(), include_client=True,
                             details=True)
    event = Calendar.from_ical(calendar.to_ical()).walk("VEVENT")[0]
    mine = next(a for a in event["ATTENDEE"] if str(a) == "mailto:anna.korhonen@example.fi")
    assert mine.params.get("CN") == cn
    assert str(event["SUMMARY"]) == summary


@pytest.mark.parametrize(("naming", "summary"), [
    ("initials", "Seurantaneuvottelu (A. K.)"),
    ("first_name", "Seurantaneuvottelu (Anna)"),
    ("full_name", "Seurantaneuvottelu (Anna Maria Korhonen)"),
    ("none", "Seurantaneuvottelu"),
])
def test_with_titles_allowed_the_summary_keeps_the_client_as_the_setting_allows(
        planner: Planner, tmp_path: Path, naming: str, summary: str) -> None:
    """Two clients' "Seurantaneuvottelu" must not read the same in a participant's calendar:
    the title gets the client's name as the setting allows it, unless it already holds it."""
    ical.organizer(planner)
    client = ical.client(planner)
    planner.profile.set_invite_details(True)
    planner.profile.set_invite_client_naming(naming)
    meeting_id = ical.meeting(planner, client.id or 0, title="Seurantaneuvottelu")
    written = write_invites(planner, meeting_id, tmp_path / naming)
    event = Calendar.from_ical(written.ics.read_bytes()).walk("VEVENT")[0]
    assert str(event["SUMMARY"]) == summary
    assert str(event.walk("VALARM")[0]["DESCRIPTION"]) == summary
    message = email.message_from_bytes(next(iter(written.emails.values())).read_bytes(),
                                       policy=default)
    assert message["Subject"] == f"Kutsu verkostoneuvotteluun: {summary}"


def test_two_clients_meetings_of_one_title_differ_in_a_calendar(demo_planner: Planner) -> None:
    planner = demo_planner
    planner.profile.set_invite_details(True)
    follow_ups = [row.id for row in planner.meetings.upcoming(limit=100)
                  if row.title == "Seurantaneuvottelu"]
    assert len(follow_ups) == 2
    organizer = Organizer("Katja Salonen", "katja.salonen@kela.fi")
    summaries = {str(build_request(planner.meeting_details.get(m), organizer, details=True
                                   ).walk("VEVENT")[0]["SUMMARY"]) for m in follow_ups}
    assert summaries == {"Seurantaneuvottelu (A. K.)", "Seurantaneuvottelu (S. N.)"}


def test_hetu_in_a_title_is_dropped(planner: Planner) -> None:
    ical.organizer(planner)
    client = ical.client(planner)
    meeting_id = ical.meeting(planner, client.id or 0, title=f"Neuvottelu {ical.HETU} tänään",
                              agenda=[f"Asiakas {ical.HETU.lower()}"])
    raw = build_request(planner.meeting_details.get(meeting_id),
                        Organizer("S", "s@example.fi"), details=True).to_ical()
    assert ical.HETU.encode() not in raw and ical.HETU.lower().encode() not in raw
    assert b"SUMMARY:Neuvottelu t\xc3\xa4n\xc3\xa4\xc3\xa4n" in raw


def test_unknown_naming_setting_is_refused(planner: Planner) -> None:
    with pytest.raises(ValidationFailed) as failure:
        planner.profile.set_invite_client_naming("surname")
    error = failure.value.errors[0]
    assert (error.field, error.code) == ("invite_client_naming", "validation.choice_invalid")
    assert planner.profile.invite_client_naming() == "initials"  # the default stays


def test_by_default_an_invite_names_no_title_or_agenda(planner: Planner, tmp_path: Path) -> None:
    """A title or agenda item naming a benefit or a diagnosis stays out of ordinary e-mail."""
    ical.organizer(planner)
    client = ical.client(planner)
    meeting_id = ical.meeting(planner, client.id or 0,
                              title="Sairauspäivärahan 90 päivän seuranta",
                              agenda=["Masennuksen hoito", "Kuntoutusraha"])
    assert planner.profile.invite_details() is False
    written = write_invites(planner, meeting_id, tmp_path / "neutral")
    for path in [written.ics, *written.emails.values()]:
        raw = path.read_bytes()
        for secret in (b"Sairausp", b"seuranta", b"Masennu", b"Kuntoutus"):
            assert secret not in raw, (path.name, secret)
    event = Calendar.from_ical(written.ics.read_bytes()).walk("VEVENT")[0]
    assert str(event["SUMMARY"]) == "Verkostoneuvottelu (A. K.)"
    swedish = build_request(planner.meeting_details.get(meeting_id),
                            Organizer("S", "s@example.fi"), language="sv", naming="none")
    assert str(swedish.walk("VEVENT")[0]["SUMMARY"]) == "Nätverksmöte"

    planner.profile.set_invite_details(True)  # the user allows the title and agenda
    written = write_invites(planner, meeting_id, tmp_path / "details")
    raw = written.ics.read_bytes()
    assert "Sairauspäivärahan 90 päivän seuranta".encode() in raw
    assert b"Masennuksen hoito" in raw


@pytest.mark.parametrize(("naming", "expected"), [
    ("initials", "Tapaaminen: A. K. ja A. K."),
    ("first_name", "Tapaaminen: Anna ja Anna"),
    ("none", "Tapaaminen: ja"),
])
def test_first_given_name_with_the_surname_is_one_name(planner: Planner, naming: str,
                                                       expected: str) -> None:
    """"Anna Korhonen" (one given name of "Anna Maria") is replaced once, not twice."""
    from exports.ical.privacy import redact

    client = ical.client(planner)
    text = redact("Tapaaminen: Anna Korhonen ja Korhosen Anna", client, naming)
    assert text == expected
