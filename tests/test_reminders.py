"""Issue 14, reminders: what is due for "me" (Katja Salonen, the demo profile) at a pinned clock
on the demo store — overdue and soon-due actions, a meeting within the hour, a follow-up point,
a plan review — never other people's actions, each once, and again after a change; what a
notification may say on a shared screen; one log entry per check that found something new."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from keyring.backends.fail import Keyring as FailKeyring
from sqlmodel import select

from planner.crypto.vault import KeyringVault
from planner.domain import AgreedAction, AuditEntry, Meeting, StoreSetting
from planner.errors import ValidationFailed
from planner.services import ActionInput, MeetingInput, Planner
from planner.services.reminders import (
    ACTION_DUE,
    ACTION_OVERDUE,
    FOLLOWUP,
    MEETING,
    PLAN_REVIEW,
    REQUEST_OVERDUE,
    ReminderSettings,
)
from planner.storage.store import open_store
from tests.conftest import PASSPHRASE
from tests.factories import TZ
from tests.support.windows import demo_store
from tests.test_scale_queries import plan_of, statements

pytestmark = pytest.mark.both_engines  # the local store and the team store (issue 17)

NOON = datetime(2026, 11, 25, 12, 0, tzinfo=TZ)  # the demo's day, a Wednesday


class Clock:
    """The services' "now", moved by the test."""

    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


@pytest.fixture
def clock() -> Clock:
    return Clock(NOON)


@pytest.fixture
def planner(data_dir: Path, clock: Clock) -> Iterator[Planner]:
    demo_store(data_dir)
    planner = Planner(open_store(data_dir, vault=KeyringVault(FailKeyring()),
                                 passphrase=lambda: PASSPHRASE, create=False), clock=clock)
    yield planner
    planner.close()


def kinds(planner: Planner) -> dict[str, list[int]]:
    found: dict[str, list[int]] = {}
    for reminder in planner.reminders.check().new:
        found.setdefault(reminder.kind, []).append(reminder.target_id)
    return found


def reminder_entries(planner: Planner) -> list[AuditEntry]:
    with planner.ctx.read() as session:
        return list(session.exec(select(AuditEntry).where(AuditEntry.entity == "reminders")))


def meeting_row(planner: Planner, ident: int) -> Meeting:
    with planner.ctx.read() as session:
        row = session.get(Meeting, ident)
        assert row is not None
        return row


def me(planner: Planner) -> int:
    return planner.home.content().me_id or 0


def test_my_overdue_actions_only_never_other_peoples(planner: Planner) -> None:
    check = planner.reminders.check()
    assert check.me_known
    assert [(r.kind, r.due, r.client) for r in check.new] == [
        (ACTION_OVERDUE, date(2026, 11, 22), "A. K."),
        (ACTION_OVERDUE, date(2026, 11, 23), "J. M."),
        # the information request she sent, unanswered past its due date (issue 15)
        (REQUEST_OVERDUE, date(2026, 11, 20), "J. M.")]
    with planner.ctx.read() as session:
        others = [a for a in session.exec(select(AgreedAction))
                  if a.due_date and a.due_date < NOON.date()
                  and a.responsible_professional_id != me(planner) and a.status == "open"]
    assert others, "the demo has other people's overdue actions"
    assert not {a.id for a in others} & {r.target_id for r in check.new}


def test_actions_due_within_the_window(planner: Planner) -> None:
    mine = me(planner)
    tomorrow = planner.actions.record(ActionInput(1, "Soita asiakkaalle",
                                                  responsible_professional_id=mine,
                                                  due_date=NOON.date() + timedelta(days=1)))
    later = planner.actions.record(ActionInput(1, "Tarkista päätös",
                                               responsible_professional_id=mine,
                                               due_date=NOON.date() + timedelta(days=5)))
    planner.actions.record(ActionInput(1, "Jonkun muun tehtävä", responsible_name="Muu Henkilö",
                                       due_date=NOON.date()))
    assert kinds(planner)[ACTION_DUE] == [tomorrow.id]  # the default window: today + 1 day
    planner.reminders.save_settings(replace(planner.reminders.settings(), action_days=7))
    assert kinds(planner)[ACTION_DUE] == [tomorrow.id, later.id]


def test_a_meeting_within_the_hour_and_not_before(planner: Planner, clock: Clock) -> None:
    """The follow-up meeting of Friday 4.12.2026 at 13.00."""
    clock.at = datetime(2026, 12, 4, 11, 55, tzinfo=TZ)
    assert MEETING not in kinds(planner)
    clock.at = datetime(2026, 12, 4, 12, 0, tzinfo=TZ)
    (meeting,) = [r for r in planner.reminders.check().new if r.kind == MEETING]
    assert meeting.due == datetime(2026, 12, 4, 13, 0, tzinfo=TZ)
    assert meeting.meeting_id == meeting.target_id
    clock.at = datetime(2026, 12, 4, 13, 30, tzinfo=TZ)  # under way: still worth a reminder
    assert MEETING in kinds(planner)
    clock.at = datetime(2026, 12, 4, 16, 0, tzinfo=TZ)  # over
    assert MEETING not in kinds(planner)


def test_a_follow_up_point_coming_due(planner: Planner, clock: Clock) -> None:
    """Mäkinen's 90–150 day follow-up on Monday 7.12.2026."""
    clock.at = datetime(2026, 12, 5, 9, 0, tzinfo=TZ)
    assert FOLLOWUP not in kinds(planner)
    clock.at = datetime(2026, 12, 6, 9, 0, tzinfo=TZ)
    (followup,) = [r for r in planner.reminders.check().new if r.kind == FOLLOWUP]
    assert followup.code == "sickness_day_90_150" and followup.client == "J. M."


def test_plan_reviews_near_and_passed(planner: Planner, clock: Clock) -> None:
    """The demo's five plans are reviewed on 23.2.2027; the window is 7 days by default."""
    clock.at = datetime(2027, 2, 15, 9, 0, tzinfo=TZ)
    assert PLAN_REVIEW not in kinds(planner)
    clock.at = datetime(2027, 2, 16, 9, 0, tzinfo=TZ)
    assert len(kinds(planner)[PLAN_REVIEW]) == 5
    clock.at = datetime(2027, 3, 1, 9, 0, tzinfo=TZ)  # passed and not reviewed: still there
    assert len(kinds(planner)[PLAN_REVIEW]) == 5


def test_each_thing_once_and_again_when_it_moves(planner: Planner, clock: Clock) -> None:
    clock.at = datetime(2026, 12, 4, 12, 30, tzinfo=TZ)
    first = planner.reminders.check()
    assert {r.kind for r in first.new} == {ACTION_OVERDUE, MEETING, REQUEST_OVERDUE}
    assert planner.reminders.check(first.due_keys).new == []  # the next tick: nothing new
    meeting = next(r for r in first.new if r.kind == MEETING)
    row = meeting_row(planner, meeting.target_id)
    planner.meetings.update(row.id or 0, MeetingInput(
        row.client_id, row.title, row.start + timedelta(minutes=15),
        row.end + timedelta(minutes=15), row.purpose, row.location, row.remote_link,
        row.mode, row.plan_id))
    (moved,) = planner.reminders.check(first.due_keys).new
    assert moved.kind == MEETING and moved.due == row.start + timedelta(minutes=15)
    # a soon-due action that becomes overdue is said again, as overdue
    clock.at = datetime(2026, 11, 25, 12, 0, tzinfo=TZ)
    action = planner.actions.record(ActionInput(1, "Soita", responsible_professional_id=me(
        planner), due_date=date(2026, 11, 26)))
    seen = planner.reminders.check().due_keys
    clock.at = datetime(2026, 11, 27, 8, 0, tzinfo=TZ)
    assert [(r.kind, r.target_id) for r in planner.reminders.check(seen).new] == [
        (ACTION_OVERDUE, action.id)]


def test_one_log_entry_per_check_that_found_something_new(planner: Planner) -> None:
    first = planner.reminders.check()
    assert len(reminder_entries(planner)) == 1
    for _tick in range(3):
        assert planner.reminders.check(first.due_keys).new == []
    entries = reminder_entries(planner)
    assert len(entries) == 1 and entries[0].action == "view"
    assert entries[0].detail == "notified: 2 action_overdue, 1 request_overdue"


def test_what_a_notification_may_say(planner: Planner, clock: Clock) -> None:
    """Titles only when allowed, the client's names as the invite setting allows, in every
    spelling, and never a HETU."""
    clock.at = datetime(2026, 12, 4, 12, 30, tzinfo=TZ)
    meeting = next(r for r in planner.reminders.check().new if r.kind == MEETING)
    row = meeting_row(planner, meeting.target_id)
    assert meeting.title == "" and meeting.client == "A. K."
    planner.meetings.update(row.id or 0, MeetingInput(
        row.client_id, "Aino Korhosen ja KORHONEN AINO 131052-308T palaveri", row.start,
        row.end, row.purpose, row.location, row.remote_link, row.mode, row.plan_id))
    planner.reminders.save_settings(replace(planner.reminders.settings(), details=True))
    shown = next(r for r in planner.reminders.check().new if r.kind == MEETING)
    assert shown.title == "A. K. ja A. K. palaveri"
    planner.profile.set_invite_client_naming("none")
    shown = next(r for r in planner.reminders.check().new if r.kind == MEETING)
    assert shown.client == "" and "orhon" not in shown.title and "131052" not in shown.title


def test_turned_off_nothing_is_read_or_logged(planner: Planner) -> None:
    planner.reminders.save_settings(replace(planner.reminders.settings(), enabled=False))
    assert planner.reminders.check().new == []
    assert reminder_entries(planner) == []


def test_settings_are_checked_and_nonsense_in_the_store_gives_the_defaults(
        planner: Planner) -> None:
    with pytest.raises(ValidationFailed) as refused:
        planner.reminders.save_settings(ReminderSettings(action_days=-1, meeting_minutes=0))
    assert [e.field for e in refused.value.errors] == ["action_days", "meeting_minutes"]
    assert refused.value.errors[0].message("fi") == "Arvon on oltava 0–30."
    assert planner.reminders.settings() == ReminderSettings()  # nothing was saved
    with planner.ctx.write() as session:
        session.add(StoreSetting(key="reminder_meeting_minutes", value="999999"))
    assert planner.reminders.settings() == ReminderSettings()


def test_a_check_reads_the_indexes_of_actions_and_meetings(planner: Planner,
                                                          clock: Clock) -> None:
    """A check runs every minute: the home view's indexed reads (about 5 ms on the demo)."""
    clock.at = datetime(2026, 12, 4, 12, 30, tzinfo=TZ)
    with statements(planner.store.engine) as seen:
        planner.reminders.check()
    assert "USING INDEX ix_action_open" in plan_of(planner, seen, "agreed_action")
    assert "USING INDEX ix_meeting_start_status" in plan_of(planner, seen, "meeting")
