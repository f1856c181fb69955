"""The demo data: all five situations of domain.md, realistic and internally consistent."""

from __future__ import annotations

from datetime import date, datetime

import holidays
import pytest

from planner.demo import demo_hetu, load_demo, working_day
from planner.domain.enums import MeetingStatus
from planner.scheduling import sickness_allowance_followups
from planner.services import Planner
from planner.services.context import TZ
from planner.validation import hetu_is_temporary, normalise_hetu

# the local store and a team store on PostgreSQL (tests/conftest.py)
pytestmark = pytest.mark.both_engines

TODAY = date(2026, 11, 25)


@pytest.fixture
def demo(demo_planner: Planner) -> Planner:
    """The demo as loaded once per test process (tests/support/windows.py DEMO_DAY)."""
    return demo_planner


def test_loading_tells_what_it_made(planner: Planner) -> None:
    summary = load_demo(planner, today=TODAY)
    assert (summary.clients, summary.meetings) == (5, 11)
    assert summary.actions >= 10
    assert len(planner.clients.search("")) == 5


def test_five_clients_each_with_exactly_one_case_lead(demo: Planner) -> None:
    clients = demo.clients.search("")
    assert len(clients) == 5
    for row in clients:
        contacts = demo.clients.contacts(row.id)
        assert 3 <= len(contacts) <= 6
        assert sum(c.is_case_lead for c in contacts) == 1
        assert row.hetu is not None and normalise_hetu(row.hetu) == row.hetu


def test_the_newcomer_has_a_temporary_code_and_an_interpreter(demo: Planner) -> None:
    (row,) = demo.clients.search("Rahimi")
    client = demo.clients.get(row.id)
    assert client.hetu and hetu_is_temporary(client.hetu)
    assert client.needs_interpreter and client.interpreter_language == "prs"
    meetings = demo.meetings.list(client_id=row.id)
    detail = demo.meeting_details.get(meetings[0].id)
    assert any(p.interpreter_language == "prs" and p.role == "interpreter"
               for p in detail.participants)


def test_meetings_past_and_upcoming_from_three_to_six_agencies(demo: Planner) -> None:
    now = datetime(2026, 11, 25, 12, tzinfo=TZ)
    rows = demo.meetings.list()
    held = [r for r in rows if r.status == MeetingStatus.HELD]
    upcoming = [r for r in rows if r.start > now and r.status != MeetingStatus.CANCELLED]
    assert len(held) == 5 and len(upcoming) == 5
    assert any(r.status == MeetingStatus.CANCELLED for r in rows)
    assert all(r.end <= now for r in held)
    finnish_holidays = holidays.country_holidays("FI", years=[2026, 2027])
    for row in rows:
        local = row.start.astimezone(TZ)
        assert local.weekday() < 5 and local.date() not in finnish_holidays
        assert 8 <= local.hour < 16
        agencies = {p.agency_id for p in demo.meeting_details.get(row.id).participants
                    if p.agency_id is not None}
        assert 3 <= len(agencies) <= 6, row.title
        assert demo.meeting_details.get(row.id).participants


def test_notes_attendance_and_overdue_actions(demo: Planner) -> None:
    held = [r for r in demo.meetings.list() if r.status == MeetingStatus.HELD]
    for row in held:
        detail = demo.meeting_details.get(row.id)
        assert detail.note is not None and detail.note.decisions and detail.note.client_view
        assert {p.attendance for p in detail.participants} <= {"attended", "absent"}
    overdue = demo.actions.list(overdue_only=True)
    assert len(overdue) >= 3
    done = [a for a in demo.actions.list() if a.status == "done"]
    assert done


def test_consent_gaps_show_as_warnings_and_one_consent_was_withdrawn(demo: Planner) -> None:
    (makinen,) = demo.clients.search("Mäkinen")
    upcoming = [r for r in demo.meetings.list(client_id=makinen.id) if r.status == "planned"]
    warnings = demo.meeting_details.get(upcoming[0].id).warnings
    assert ("warning.no_consent", "Turun työllisyyspalvelut, Työkykypalvelut") in {
        (w.code, w.params.get("agency")) for w in warnings}
    assert any(w.code == "warning.no_email" for w in warnings)
    (lehtonen,) = demo.clients.search("Lehtonen")
    consents = demo.consents.for_client(lehtonen.id)
    assert [c.consent.withdrawn_at is not None for c in consents].count(True) == 1


def test_plans_cover_the_situations_benefits(demo: Planner) -> None:
    (korhonen,) = demo.clients.search("Korhonen")
    (plan, version), = demo.plans.for_client(korhonen.id)
    view = demo.plans.view(plan.id or 0)
    assert version.status == "agreed"
    assert {"kela.guarantee_pension", "kela.medicine_payment_commitment"} <= {
        s.service_code for s in view.services}
    (lehtonen,) = demo.clients.search("Lehtonen")
    (_, latest), = demo.plans.for_client(lehtonen.id)
    assert (latest.number, latest.status) == (2, "draft")


def test_audit_chain_holds_after_the_demo(demo: Planner) -> None:
    report = demo.audit.verify()
    assert report.intact and report.count > 100


def test_demo_helpers() -> None:
    assert demo_hetu(13, 10, 1952, 308) == "131052-308T"
    assert working_day(date(2026, 12, 5), 0) == date(2026, 12, 7)  # Saturday → Monday
    assert working_day(date(2026, 12, 7), -1) == date(2026, 12, 4)  # Sunday ← Friday
    assert working_day(date(2026, 12, 6), 0) == date(2026, 12, 7)  # Independence Day


def test_meetings_have_types_and_the_sickness_allowance_client_a_follow_up_series(
        demo: Planner) -> None:
    rows = demo.meetings.list()
    assert all(row.type_code for row in rows)
    (korhonen,) = demo.clients.search("Korhonen")
    assert [r.type_code for r in demo.meetings.list(client_id=korhonen.id)] == [
        "discharge_meeting", "network_meeting"]  # discharged from Tays, then followed up

    (makinen,) = demo.clients.search("Mäkinen")
    client = demo.clients.get(makinen.id)
    assert client.sickness_allowance_start == date(2026, 8, 22)
    day_60, day_90 = demo.meetings.list(client_id=makinen.id)
    assert (day_60.type_code, day_60.status) == ("sickness_day_60", MeetingStatus.HELD)
    assert (day_90.type_code, day_90.status) == ("sickness_day_90_150", MeetingStatus.PLANNED)
    window = {p.code: p for p in sickness_allowance_followups(date(2026, 8, 22))}
    point = window["sickness_day_90_150"]
    assert point.earliest <= day_90.start.astimezone(TZ).date() <= point.latest
    # the 90–150 meeting's agenda carries what the day-60 meeting left open
    held_actions = demo.actions.list(meeting_id=day_60.id)
    still_open = {a.description for a in held_actions if a.status in ("open", "in_progress")}
    carried = demo.agendas.carried(day_90.id)
    assert {item.description for item in carried.actions} >= still_open
    assert len(still_open) == 4  # with the work trial of planner/demo_income.py


def test_the_unemployed_father_has_a_work_trial_with_its_income_effects(demo: Planner) -> None:
    """Issue 15: labour-market subsidy continues, housing allowance may change, as checked by
    the demo Kela expert; nothing is left unchecked for the trial."""
    from planner.domain.income_effects import ActionKind, IncomeChange

    (row,) = demo.clients.search("Mäkinen")
    trial = next(a for a in demo.actions.list(client_id=row.id)
                 if a.kind == ActionKind.WORK_TRIAL)
    reading = demo.income_effects.for_client(row.id)
    notes = {n.benefit_code: n for n in reading.notes if n.action_id == trial.id}
    assert notes["kela.labour_market_subsidy"].change == IncomeChange.CONTINUES
    assert notes["kela.general_housing_allowance"].change == IncomeChange.CHANGES
    assert {n.checked_by for n in notes.values()} == {"Katja Salonen"}
    assert all(u.action_id != trial.id for u in reading.unchecked)
