"""Issue 14: a meeting records its type, a client the sickness allowance's first day; the
type proposes the next follow-up (which records its own type), and the home view shows the
sickness-allowance points that no meeting plans yet — on a pinned clock."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from alembic import command
from keyring.backends.fail import Keyring as FailKeyring
from sqlalchemy import inspect, text

from planner.crypto.vault import KeyringVault
from planner.domain.enums import MeetingStatus
from planner.errors import ValidationFailed
from planner.meeting_types import type_follow_up
from planner.scheduling import sickness_allowance_followups
from planner.services import ClientInput, MeetingInput, Planner
from planner.storage import migrate
from planner.storage.store import Store, open_store
from tests.conftest import PASSPHRASE
from tests.factories import TZ
from tests.support import ical

pytestmark = pytest.mark.both_engines  # the local store and the team store (issue 17)

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=TZ)  # the demo's day, a Wednesday
START = date(2026, 8, 24)  # day 60 (benefit days) 2.11., day 90–150 7.12.–22.2.2027


def open_(data_dir: Path) -> Store:
    return open_store(data_dir, vault=KeyringVault(FailKeyring()), passphrase=lambda: PASSPHRASE)


def pinned(store: Store) -> Planner:
    return Planner(store, clock=lambda: NOW)


def meeting(planner: Planner, client_id: int, day: date, title: str = "Neuvottelu",
            type_code: str | None = None, minutes: int = 60) -> int:
    start = datetime(day.year, day.month, day.day, 10, tzinfo=TZ)
    return planner.meetings.plan(MeetingInput(
        client_id, title, start, start + timedelta(minutes=minutes), location="Sote-keskus",
        type_code=type_code)).id or 0


# --- the store ----------------------------------------------------------------------------

def test_0009_adds_and_removes_the_columns_keeping_every_row(data_dir: Path) -> None:
    store = open_(data_dir)
    planner = pinned(store)
    client = planner.clients.create(ClientInput("Jari", "Mäkinen", sickness_allowance_start=START))
    meeting(planner, client.id or 0, date(2026, 11, 2), type_code="sickness_day_60")
    with store.engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), "0008")
    with store.engine.connect() as conn:
        assert "type_code" not in {c["name"] for c in inspect(conn).get_columns("meeting")}
        assert "sickness_allowance_start" not in {
            c["name"] for c in inspect(conn).get_columns("client")}
        assert conn.execute(text("SELECT title FROM meeting")).all() == [("Neuvottelu",)]
        assert conn.execute(text("SELECT last_name FROM client")).all() == [("Mäkinen",)]
    store.close()

    store = open_(data_dir)  # the encrypted file is upgraded again on opening
    try:
        assert migrate.current_revision(store.engine) == migrate.head_revision()  # 0009 or later
        planner = pinned(store)
        (row,) = planner.meetings.list()
        assert row.type_code is None and row.title == "Neuvottelu"  # nothing invented
        assert planner.clients.get(client.id or 0).sickness_allowance_start is None
    finally:
        store.close()


# --- a meeting's type -----------------------------------------------------------------------

def test_a_meeting_keeps_its_type_and_an_unknown_one_is_refused(planner: Planner) -> None:
    client = planner.clients.create(ClientInput("Aino", "Korhonen"))
    ident = meeting(planner, client.id or 0, date(2026, 12, 3), type_code="discharge_meeting")
    assert planner.meeting_details.get(ident).meeting.type_code == "discharge_meeting"
    # an edit from a form that knows no type leaves it as it was
    start = datetime(2026, 12, 4, 10, tzinfo=TZ)
    planner.meetings.update(ident, MeetingInput(client.id or 0, "Kotiutus", start,
                                                start + timedelta(hours=1), location="Tays"))
    assert planner.meeting_details.get(ident).meeting.type_code == "discharge_meeting"
    with pytest.raises(ValidationFailed) as caught:
        meeting(planner, client.id or 0, date(2026, 12, 3), type_code="no_such_type")
    assert caught.value.errors[0].field == "type_code"
    assert "Tapaamistyyppiä ”no_such_type” ei ole" in caught.value.message("fi")


def test_a_deleted_own_type_stays_on_its_meeting_by_code(planner: Planner) -> None:
    from exports.pdf.summary_data import SummaryData

    planner.meeting_types.copy("network_meeting", "oma_tiimi")
    client = planner.clients.create(ClientInput("Aino", "Korhonen"))
    ident = meeting(planner, client.id or 0, date(2026, 12, 3), type_code="oma_tiimi")
    planner.meeting_types.delete("oma_tiimi")
    assert planner.meeting_details.get(ident).meeting.type_code == "oma_tiimi"
    assert SummaryData.collect(planner, ident, language="fi").meeting.type_name == \
        "oma_tiimi (poistettu tyyppi)"


# --- the follow-up a type proposes ------------------------------------------------------------

def test_day_60_proposes_the_90_150_meeting_which_records_its_type(planner: Planner) -> None:
    ical.organizer(planner)
    client = ical.client(planner)
    source = ical.meeting(planner, client.id or 0)  # 3.12.2026, the client and three others
    day_60 = planner.meeting_types.get("sickness_day_60")
    point = type_follow_up(day_60, date(2026, 12, 3), START)
    assert point is not None and point.type_code == "sickness_day_90_150"
    expected = {p.code: p for p in sickness_allowance_followups(START)}["sickness_day_90_150"]
    assert point.proposed == expected.proposed == date(2026, 12, 7)
    assert type_follow_up(day_60, date(2026, 12, 3)) is None  # no first day, no point

    (planned,) = planner.plan_followups(source, [point], "fi")
    stored = planner.meeting_details.get(planned.id or 0)
    assert stored.meeting.type_code == "sickness_day_90_150"
    assert [item.title for item in stored.agenda][1] == "Hoitavan tahon lausunto"


def test_a_discharge_meeting_proposes_a_network_meeting_14_days_on(planner: Planner) -> None:
    ical.organizer(planner)
    client = ical.client(planner)
    source = ical.meeting(planner, client.id or 0)  # Thursday 3.12.2026
    discharge = planner.meeting_types.get("discharge_meeting")
    point = type_follow_up(discharge, date(2026, 12, 3))
    assert point is not None and point.proposed == date(2026, 12, 17)
    (planned,) = planner.plan_followups(source, [point], "sv")
    stored = planner.meeting_details.get(planned.id or 0)
    assert stored.meeting.type_code == "network_meeting"
    assert stored.meeting.title == "Nätverksmöte"
    assert (stored.meeting.end - stored.meeting.start) == timedelta(minutes=90)
    assert len(stored.participants) == 4  # a meeting: everyone of the source


# --- the sickness allowance's first day -------------------------------------------------------

def test_a_first_day_far_ahead_or_years_back_is_refused_in_words(store: Store) -> None:
    planner = pinned(store)
    for wrong, words in ((date(2027, 11, 25), "enintään 60 päivän päässä (viimeistään "
                                              "24.1.2027)"),
                         (date(2026, 12, 3) + timedelta(days=-740), "yli 2 vuotta sitten "
                                                                   "(ennen 25.11.2024)")):
        with pytest.raises(ValidationFailed) as caught:
            planner.clients.create(ClientInput("Jari", "Mäkinen",
                                               sickness_allowance_start=wrong))
        assert caught.value.errors[0].field == "sickness_allowance_start"
        assert words in caught.value.message("fi")
    saved = planner.clients.create(ClientInput("Jari", "Mäkinen",
                                               sickness_allowance_start=START))
    assert saved.sickness_allowance_start == START


# --- the home view's unplanned points ---------------------------------------------------------

def test_home_shows_the_points_no_meeting_plans_yet(store: Store) -> None:
    planner = pinned(store)
    client = planner.clients.create(ClientInput("Jari", "Mäkinen",
                                                sickness_allowance_start=START))
    cid = client.id or 0
    content = planner.home.content()
    # 25.11.: day 60 (2.11.) passed unplanned 23 days ago: too late to show; 90–150 from 7.12.
    assert [(p.code, p.proposed) for p in content.unplanned] == [
        ("sickness_day_90_150", date(2026, 12, 7))]
    assert content.unplanned[0].client_name == "Jari Mäkinen"

    # a cancelled meeting plans nothing; one of the type does, whatever its title
    cancelled = meeting(planner, cid, date(2026, 12, 8), type_code="sickness_day_90_150")
    planner.meetings.set_status(cancelled, MeetingStatus.CANCELLED)
    assert [p.code for p in planner.home.content().unplanned] == ["sickness_day_90_150"]
    meeting(planner, cid, date(2026, 12, 9), "Työkyvyn seuranta",
            type_code="sickness_day_90_150")
    content = planner.home.content()
    assert content.unplanned == []
    assert [(f.code, f.meeting.title) for f in content.followups] == [
        ("sickness_day_90_150", "Työkyvyn seuranta")]


def test_a_meeting_from_before_types_counts_by_its_title(store: Store) -> None:
    planner = pinned(store)
    client = planner.clients.create(ClientInput("Jari", "Mäkinen",
                                                sickness_allowance_start=START))
    meeting(planner, client.id or 0, date(2026, 12, 10),
            "Sairauspäivärahan 90–150 päivän seuranta")  # no type: planned before 0009
    content = planner.home.content()
    assert content.unplanned == []
    assert [f.code for f in content.followups] == ["sickness_day_90_150"]


def test_a_meeting_of_an_earlier_period_does_not_plan_the_new_one(store: Store) -> None:
    planner = pinned(store)
    client = planner.clients.create(ClientInput("Jari", "Mäkinen"))
    meeting(planner, client.id or 0, date(2026, 3, 2), type_code="sickness_day_90_150")
    planner.clients.update(client.id or 0, ClientInput("Jari", "Mäkinen",
                                                       sickness_allowance_start=START))
    assert [p.code for p in planner.home.content().unplanned] == ["sickness_day_90_150"]
