"""Publishing to a real CalDAV server (Radicale on 127.0.0.1): what lands there, updates,
removals, what is logged, the failures a person sees, the settings and `verkosto publish`."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from caldav.davclient import DAVClient
from icalendar import Calendar
from keyring.backends.fail import Keyring as FailKeyring

from exports.caldav import check_connection, publish
from exports.ical.invite import Organizer, build_request
from planner.crypto.vault import KeyringVault
from planner.demo import load_demo
from planner.domain.enums import AuditAction, MeetingStatus
from planner.errors import (
    CalDavAuthFailed,
    CalDavNotFound,
    CalDavTlsFailed,
    CalDavUnreachable,
    ValidationFailed,
)
from planner.services import Planner
from planner.services.caldav_settings import CalDavSettings
from planner.storage.store import Store, open_store
from tests.conftest import PASSPHRASE
from tests.support import calendar_feed, radicale
from tests.support.calendar_feed import PRIVATE, Clock, Fixture
from tests.support.keyrings import MemoryKeyring
from tests.support.postgres import team_demo_store
from tests.support.stores import from_template
from tests.test_cli import verkosto

# the local store and a team store on PostgreSQL (tests/conftest.py)
pytestmark = pytest.mark.both_engines


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[radicale.Radicale]:
    running = radicale.start(tmp_path_factory.mktemp("radicale"))
    yield running
    running.stop()


@pytest.fixture
def name(request: pytest.FixtureRequest) -> str:
    """One calendar per test and engine."""
    engine = request.node.callspec.params.get("store_engine", "local")
    return f"{request.node.originalname.removeprefix('test_')[:34]}-{engine}"


@pytest.fixture
def clock() -> Clock:
    return Clock()


OCTOBER = date(2026, 10, 20)  # the demo's day in this module


def _october_demo(data_dir: Path) -> None:
    planner = Planner(open_store(data_dir, vault=KeyringVault(FailKeyring()),
                                 passphrase=lambda: PASSPHRASE), clock=Clock())
    load_demo(planner, today=OCTOBER)
    planner.close()


@pytest.fixture
def october_store(store_engine: str, data_dir: Path,
                  request: pytest.FixtureRequest) -> Iterator[Store]:
    """The demo as of 20.10.2026, a copy of the one loaded once per test process, on the
    local store or a team store."""
    if store_engine == "team":
        store = team_demo_store(request.getfixturevalue("postgres"), OCTOBER)
    else:
        from_template("demo-october", _october_demo, data_dir)
        store = open_store(data_dir, vault=KeyringVault(FailKeyring()),
                           passphrase=lambda: PASSPHRASE, create=False)
    yield store
    store.close()
    if store_engine == "team":
        request.getfixturevalue("postgres").drop_database(store.address.database)


@pytest.fixture
def setup(october_store: Store, clock: Clock, server: radicale.Radicale,
          name: str) -> tuple[Planner, Fixture, CalDavSettings]:
    planner = Planner(october_store, clock=clock)
    fixture = calendar_feed.meetings(planner)
    settings = planner.caldav.save(radicale.make_calendar(server, name), radicale.USER)
    return planner, fixture, settings


def _read_back(settings: CalDavSettings) -> dict[str, Calendar]:
    """Through the caldav client: UID -> the stored object's calendar."""
    with DAVClient(url=settings.url, username=radicale.USER,
                   password=radicale.PASSWORD) as client:
        objects = client.calendar(url=settings.url).get_events()
        calendars = [Calendar.from_ical(o.data) for o in objects]
    return {str(c.walk("VEVENT")[0]["UID"]): c for c in calendars}


def _files(server: radicale.Radicale, name: str) -> dict[str, Calendar]:
    """Straight from the server's storage folder: UID -> the object's calendar."""
    parsed = [Calendar.from_ical(raw) for raw in radicale.stored_files(server, name).values()]
    return {str(c.walk("VEVENT")[0]["UID"]): c for c in parsed}


def _upcoming_uids(planner: Planner) -> dict[str, int]:
    return {planner.meeting_details.get(row.id).meeting.ical_uid: row.id
            for row in planner.meetings.upcoming()}


def test_each_upcoming_meeting_becomes_one_private_object(
        setup: tuple[Planner, Fixture, CalDavSettings], server: radicale.Radicale,
        name: str) -> None:
    planner, fixture, settings = setup
    steps: list[tuple[int, int]] = []
    report = publish(planner, settings, radicale.PASSWORD,
                     progress=lambda done, total: steps.append((done, total)))
    expected = _upcoming_uids(planner)
    assert (report.sent, report.removed, report.complete) == (len(expected), 0, True)
    assert report.host == "127.0.0.1" and steps[-1] == (len(expected), len(expected))
    assert [done for done, _total in steps] == list(range(len(expected) + 1))
    client_view, on_disk = _read_back(settings), _files(server, name)
    assert set(client_view) == set(on_disk) == set(expected)
    assert set(radicale.stored_files(server, name)) == {
        uid.replace("@", "_") + ".ics" for uid in expected}  # named after the UID
    for uid, meeting_id in expected.items():
        meeting = planner.meeting_details.get(meeting_id).meeting
        stored = on_disk[uid]
        assert "METHOD" not in stored  # RFC 4791: calendar objects carry no METHOD
        assert [z["TZID"] for z in stored.walk("VTIMEZONE")] == ["Europe/Helsinki"]
        (event,) = stored.walk("VEVENT")
        assert event.decoded("DTSTART") == meeting.start
        assert int(event["SEQUENCE"]) == meeting.sequence
        assert str(event["SUMMARY"]).startswith("Verkostoneuvottelu (")
        assert client_view[uid].walk("VEVENT")[0].decoded("DTEND") == meeting.end
    dst = on_disk[planner.meeting_details.get(fixture.dst).meeting.ical_uid]
    assert dst.walk("VEVENT")[0].decoded("DTSTART").astimezone(UTC) == datetime(
        2026, 10, 25, 7, 0, tzinfo=UTC)  # 9.00 EET, the morning summer time ended
    for raw in radicale.stored_files(server, name).values():
        for secret in (*PRIVATE, b"ATTENDEE", b"Sairaus"):
            assert secret not in raw


def test_publish_is_logged_as_a_disclosure_to_the_calendar_host(
        setup: tuple[Planner, Fixture, CalDavSettings]) -> None:
    planner, fixture, settings = setup
    publish(planner, settings, radicale.PASSWORD)
    client_id = planner.meeting_details.get(fixture.ahead).client.id or 0
    disclosed = [e for e in planner.audit.for_client(client_id)
                 if e.action == AuditAction.DISCLOSE and e.entity == "meeting_calendar"]
    assert sorted(int(e.entity_id) for e in disclosed) == sorted(fixture.upcoming)
    assert {(e.recipient, e.purpose) for e in disclosed} == {
        ("127.0.0.1", "calendar publishing")}
    assert planner.audit.verify().intact


def test_a_new_time_updates_the_same_object_with_a_higher_sequence(
        setup: tuple[Planner, Fixture, CalDavSettings], server: radicale.Radicale,
        name: str) -> None:
    planner, fixture, settings = setup
    publish(planner, settings, radicale.PASSWORD)
    uid = planner.meeting_details.get(fixture.ahead).meeting.ical_uid
    before = _files(server, name)[uid].walk("VEVENT")[0]
    count = len(radicale.stored_files(server, name))
    calendar_feed.move(planner, fixture.ahead, timedelta(days=1, hours=2))
    publish(planner, settings, radicale.PASSWORD)
    assert len(radicale.stored_files(server, name)) == count  # replaced, not added
    after = _read_back(settings)[uid].walk("VEVENT")[0]
    assert int(after["SEQUENCE"]) > int(before["SEQUENCE"])
    assert after.decoded("DTSTART") == before.decoded("DTSTART") + timedelta(days=1, hours=2)


def test_a_cancelled_meeting_disappears_and_one_that_is_over_stays(
        setup: tuple[Planner, Fixture, CalDavSettings], server: radicale.Radicale,
        name: str, clock: Clock) -> None:
    planner, fixture, settings = setup
    publish(planner, settings, radicale.PASSWORD)
    ahead = planner.meeting_details.get(fixture.ahead).meeting.ical_uid
    dst = planner.meeting_details.get(fixture.dst).meeting.ical_uid
    planner.meetings.set_status(fixture.ahead, MeetingStatus.CANCELLED)
    clock.now = datetime(2026, 10, 26, 12, 0, tzinfo=clock.now.tzinfo)  # the DST one is over
    report = publish(planner, settings, radicale.PASSWORD)
    assert report.removed == 1 and report.complete
    stored = _read_back(settings)
    assert ahead not in stored and ahead not in _files(server, name)
    assert dst in stored  # a meeting that was held stays in the calendar as a record
    assert dst not in planner.caldav.published(settings)  # …and is no longer followed
    assert set(planner.caldav.published(settings)) == set(_upcoming_uids(planner))


def test_only_what_this_store_published_is_ever_removed(
        setup: tuple[Planner, Fixture, CalDavSettings], server: radicale.Radicale,
        name: str) -> None:
    planner, fixture, settings = setup
    # A colleague's Verkosto invite the user accepted: the same UID form, not ours to delete.
    colleague = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Other//EN\r\nBEGIN:VEVENT\r\n"
                 "UID:0000-colleague@verkosto.invalid\r\nDTSTAMP:20261001T080000Z\r\n"
                 "DTSTART:20261028T080000Z\r\nDTEND:20261028T090000Z\r\n"
                 "SUMMARY:Verkostoneuvottelu (B. C.)\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    with DAVClient(url=settings.url, username=radicale.USER,
                   password=radicale.PASSWORD) as client:
        client.calendar(url=settings.url).add_event(colleague)
    publish(planner, settings, radicale.PASSWORD)
    planner.meetings.set_status(fixture.dst, MeetingStatus.CANCELLED)
    publish(planner, settings, radicale.PASSWORD)
    assert "0000-colleague@verkosto.invalid" in _files(server, name)


def test_an_imported_invite_with_the_same_uid_is_updated_in_place(
        setup: tuple[Planner, Fixture, CalDavSettings], server: radicale.Radicale,
        name: str) -> None:
    planner, fixture, settings = setup
    detail = planner.meeting_details.get(fixture.ahead)
    invite = build_request(detail, Organizer("Sari Äijälä", "sari.aijala@example.fi"))
    del invite["METHOD"]
    with DAVClient(url=settings.url, username=radicale.USER,
                   password=radicale.PASSWORD) as client:
        client.calendar(url=settings.url).add_event(invite.to_ical().decode(),
                                                    increase_seqno=False)
    before = set(radicale.stored_files(server, name))
    publish(planner, settings, radicale.PASSWORD)
    files = radicale.stored_files(server, name)
    holding = [n for n, raw in files.items() if detail.meeting.ical_uid.encode() in raw]
    assert len(holding) == 1 and holding[0] in before  # no second copy
    assert b"ATTENDEE" not in files[holding[0]]  # now the published version


def test_stopping_part_way_keeps_what_was_sent_and_the_next_publish_completes(
        setup: tuple[Planner, Fixture, CalDavSettings], server: radicale.Radicale,
        name: str) -> None:
    planner, _fixture, settings = setup
    steps: list[int] = []
    report = publish(planner, settings, radicale.PASSWORD,
                     progress=lambda done, total: steps.append(done),
                     cancelled=lambda: len(steps) > 2)
    assert (report.sent, report.complete) == (2, False)
    assert len(planner.caldav.published(settings)) == 2
    assert len(radicale.stored_files(server, name)) == 2
    again = publish(planner, settings, radicale.PASSWORD)
    assert again.complete and len(radicale.stored_files(server, name)) == again.sent


def test_wrong_password_is_a_translated_authentication_error(
        setup: tuple[Planner, Fixture, CalDavSettings], server: radicale.Radicale,
        name: str) -> None:
    planner, _fixture, settings = setup
    with pytest.raises(CalDavAuthFailed) as failure:
        publish(planner, settings, "väärä salasana")
    assert failure.value.exit_code == 41
    assert failure.value.message("fi") == (
        "Kalenteripalvelin 127.0.0.1 ei hyväksynyt käyttäjätunnusta ja salasanaa, tai "
        "tunnuksella ei ole oikeutta kirjoittaa tähän kalenteriin.")
    assert "127.0.0.1" in failure.value.message("sv")
    assert radicale.stored_files(server, name) == {}
    assert planner.caldav.published(settings) == {}


def test_wrong_address_is_not_found(setup: tuple[Planner, Fixture, CalDavSettings],
                                    server: radicale.Radicale) -> None:
    planner, _fixture, _settings = setup
    missing = CalDavSettings(server.calendar_url("no-such-calendar"), radicale.USER)
    with pytest.raises(CalDavNotFound) as failure:
        publish(planner, missing, radicale.PASSWORD)
    assert failure.value.message("fi").startswith(
        f"Osoitteesta {missing.url} ei löytynyt kalenteria.")
    principal = CalDavSettings(f"{server.base}/{radicale.USER}/", radicale.USER)
    with pytest.raises(CalDavNotFound):  # a collection, but not a calendar
        check_connection(principal, radicale.PASSWORD)


def test_refused_connection_and_a_failed_tls_handshake_are_told_apart(
        server: radicale.Radicale) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    with pytest.raises(CalDavUnreachable) as refused:
        check_connection(CalDavSettings(f"http://127.0.0.1:{closed}/cal/", "sari"), "x")
    assert refused.value.message("fi") == (
        "Kalenteripalvelimeen 127.0.0.1 ei saatu yhteyttä (yhteys evättiin). Tarkista osoite "
        "ja verkkoyhteys.")
    plain_http = CalDavSettings(f"https://127.0.0.1:{server.port}/sari/", "sari")
    with pytest.raises(CalDavTlsFailed) as tls:
        check_connection(plain_http, radicale.PASSWORD)
    assert tls.value.exit_code == 44 and "Mitään ei lähetetty" in tls.value.message("fi")


@pytest.mark.parametrize(("url", "user", "field", "code"), [
    ("http://kalenteri.example.fi/sari/", "sari", "url", "validation.caldav_https_required"),
    ("https://sari:salainen@kalenteri.example.fi/c/", "sari", "url",
     "validation.caldav_url_credentials"),
    ("ftp://kalenteri.example.fi/c/", "sari", "url", "validation.caldav_url_invalid"),
    ("", "sari", "url", "validation.required"),
    ("https://kalenteri.example.fi/c/", "sari:x", "username",
     "validation.caldav_username_invalid"),
    ("https://kalenteri.example.fi/c/", " ", "username", "validation.required"),
])
def test_settings_are_validated_beside_their_fields(planner: Planner, url: str, user: str,
                                                    field: str, code: str) -> None:
    with pytest.raises(ValidationFailed) as failure:
        planner.caldav.save(url, user)
    assert [(e.field, e.code) for e in failure.value.errors] == [(field, code)]
    assert planner.caldav.get() is None


def test_settings_are_kept_with_a_collection_slash_and_loopback_may_use_http(
        planner: Planner) -> None:
    saved = planner.caldav.save(" https://kalenteri.example.fi/dav/sari/tyo ", " sari ")
    assert saved == CalDavSettings("https://kalenteri.example.fi/dav/sari/tyo/", "sari")
    assert planner.caldav.get() == saved and saved.login == "sari@kalenteri.example.fi"
    for local in ("http://localhost:5232/sari/c/", "http://127.0.0.1:5232/c/",
                  "http://[::1]:5232/c/"):
        assert planner.caldav.save(local, "sari").url == local


def test_password_lives_in_the_keyring_per_store_and_login(data_dir: Path) -> None:
    keyring = MemoryKeyring()
    vault = KeyringVault(keyring)
    store = open_store(data_dir, vault=KeyringVault(FailKeyring()),
                       passphrase=lambda: PASSPHRASE)
    planner = Planner(store, vault=vault)
    try:
        settings = planner.caldav.save("https://kalenteri.example.fi/c/", "sari")
        assert planner.caldav.keyring_usable() and planner.caldav.saved_password(settings) is None
        planner.caldav.save_password(settings, "salainen 1")
        assert planner.caldav.saved_password(settings) == "salainen 1"
        (account,) = [account for _service, account in keyring.entries]
        assert account.endswith("/caldav/sari@kalenteri.example.fi")
        assert b"salainen" not in (data_dir / "verkosto.db").read_bytes()
        planner.caldav.forget_password(settings)
        assert keyring.entries == {}
    finally:
        planner.close()


def test_commands_set_test_and_publish(tmp_path: Path, server: radicale.Radicale,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    data_dir = tmp_path / "data"
    assert verkosto("demo", data_dir=data_dir).returncode == 0
    url = radicale.make_calendar(server, "cli")
    setting = verkosto("caldav", "--url", url, "--user", radicale.USER, data_dir=data_dir)
    assert setting.returncode == 0, setting.stderr
    assert "Kalenterin julkaisuasetukset tallennettu." in setting.stdout
    shown = verkosto("caldav", data_dir=data_dir)
    assert f"url: {url}\nuser: {radicale.USER}" in shown.stdout
    no_password = verkosto("publish", data_dir=data_dir)  # no keyring, no tty, no variable
    assert no_password.returncode == 45
    assert "salasanaa ei ole tallennettu" in no_password.stderr
    monkeypatch.setenv("VERKOSTO_CALDAV_PASSWORD", "väärä")
    no_keyring = verkosto("caldav", "--save-password", data_dir=data_dir)
    assert no_keyring.returncode == 11 and "ei ole avainnippua" in no_keyring.stderr
    wrong = verkosto("publish", data_dir=data_dir)
    assert wrong.returncode == 41 and "ei hyväksynyt" in wrong.stderr
    monkeypatch.setenv("VERKOSTO_CALDAV_PASSWORD", radicale.PASSWORD)
    tested = verkosto("caldav", "--test", data_dir=data_dir)
    assert tested.returncode == 0 and f"kalenteri {url} löytyi" in tested.stdout
    upcoming = json.loads(verkosto("meetings", "--json", data_dir=data_dir).stdout)
    published = verkosto("publish", data_dir=data_dir)
    assert published.returncode == 0, published.stderr
    assert f"{len(upcoming)} tulevaa tapaamista" in published.stdout
    assert len(radicale.stored_files(server, "cli")) == len(upcoming)
    refused = verkosto("caldav", "--url", "http://kalenteri.example.fi/", data_dir=data_dir)
    assert refused.returncode == 3 and "https" in refused.stderr
