"""Conflicts and scheduling warnings read from a real encrypted store."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from planner.domain import PlanVersion
from planner.domain.enums import AuditAction, MeetingStatus, ParticipantKind
from planner.messages import translate
from planner.scheduling import TZ, client_key, professional_key
from planner.services import MeetingInput, ParticipantInput, PlanDraft, Planner
from tests.factories import Network, build_network

pytestmark = pytest.mark.both_engines  # the local store and the team store (issue 17)


def at(day: date, hour: int, minute: int = 0, fold: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=TZ, fold=fold)


DAY = date(2026, 12, 1)  # a Tuesday
AUTUMN = date(2026, 10, 25)


def book(planner: Planner, net: Network, title: str, start: datetime, end: datetime,
         people: tuple[str, ...], *, with_client: bool = False) -> int:
    meeting = planner.meetings.plan(MeetingInput(net.client.id or 0, title, start, end,
                                                 location="Kela, Tampere"))
    meeting_id = meeting.id or 0
    for key in people:
        planner.meetings.add_participant(meeting_id, ParticipantInput(
            ParticipantKind.PROFESSIONAL, professional_id=net.people[key].id))
    if with_client:
        planner.meetings.add_participant(meeting_id, ParticipantInput(ParticipantKind.CLIENT))
    return meeting_id


def pid(net: Network, key: str) -> int:
    return net.people[key].id or 0


def test_professional_conflict_respects_the_buffer(planner: Planner) -> None:
    net = build_network(planner)
    first = book(planner, net, "Kuntoutusneuvottelu", at(DAY, 9), at(DAY, 10), ("kela", "social"))
    kela = [pid(net, "kela")]
    close = planner.scheduling.conflicts(at(DAY, 10, 10), at(DAY, 11), professional_ids=kela)
    assert [(c.meeting_id, c.participant_key, c.name) for c in close] == [
        (first, professional_key(pid(net, "kela")), "Anna Virtanen")]
    assert translate("warning.conflict", "fi", **close[0].warning().params) == (
        "Anna Virtanen on samaan aikaan tai juuri ennen tai jälkeen toisessa tapaamisessa: "
        "Kuntoutusneuvottelu (1.12.2026 9.00–10.00).")
    assert planner.scheduling.conflicts(at(DAY, 10, 10), at(DAY, 11), professional_ids=kela,
                                        buffer=timedelta(0)) == []
    # Exactly the buffer apart is fine; the other professional is not in the first meeting.
    assert planner.scheduling.conflicts(at(DAY, 10, 15), at(DAY, 11), professional_ids=kela) == []
    assert planner.scheduling.conflicts(at(DAY, 9, 30), at(DAY, 10), professional_ids=[
        pid(net, "hospital")]) == []
    both = planner.scheduling.conflicts(at(DAY, 9, 30), at(DAY, 10, 30), professional_ids=[
        pid(net, "kela"), pid(net, "social"), pid(net, "hospital")])
    assert {c.name for c in both} == {"Anna Virtanen", "Liisa Mäkelä"}


def test_the_client_conflicts_only_where_taking_part(planner: Planner) -> None:
    net = build_network(planner)
    client_id = net.client.id or 0
    without = book(planner, net, "Asiantuntijoiden palaveri", at(DAY, 9), at(DAY, 10), ("kela",))
    present = book(planner, net, "Verkostoneuvottelu", at(DAY, 13), at(DAY, 14), ("social",),
                   with_client=True)
    morning = planner.scheduling.conflicts(at(DAY, 9), at(DAY, 10), client_id=client_id)
    assert morning == []  # the client was not in the professionals' meeting
    afternoon = planner.scheduling.conflicts(at(DAY, 13, 30), at(DAY, 15), client_id=client_id)
    assert [(c.meeting_id, c.participant_key, c.name) for c in afternoon] == [
        (present, client_key(client_id), "Jari Mäkinen")]
    assert without != present


def test_cancelled_and_the_meeting_itself_do_not_count(planner: Planner) -> None:
    net = build_network(planner)
    first = book(planner, net, "Ensimmäinen", at(DAY, 9), at(DAY, 10), ("kela",))
    second = book(planner, net, "Toinen", at(DAY, 9, 30), at(DAY, 11), ("kela",))
    found = planner.scheduling.meeting_conflicts(first)
    assert [(c.meeting_id, c.title) for c in found] == [(second, "Toinen")]
    assert [c.meeting_id for c in planner.scheduling.meeting_conflicts(second)] == [first]
    planner.meetings.set_status(second, MeetingStatus.CANCELLED)
    assert planner.scheduling.meeting_conflicts(first) == []
    assert planner.scheduling.meeting_conflicts(second) == []
    # Moving the first meeting: it does not conflict with its own old time.
    assert planner.scheduling.conflicts(at(DAY, 9, 15), at(DAY, 10, 15), professional_ids=[
        pid(net, "kela")], exclude_meeting_id=first) == []


def test_conflicts_across_the_autumn_dst_change(planner: Planner) -> None:
    net = build_network(planner)
    kela = [pid(net, "kela")]
    # 03:30–03:50 summer time and 03:10–03:40 winter time: 20 real minutes apart.
    summer = book(planner, net, "Kesäaika", at(AUTUMN, 3, 30), at(AUTUMN, 3, 50), ("kela",))
    stored = planner.meeting_details.get(summer).meeting
    assert stored.end - stored.start == timedelta(minutes=20)
    winter = (at(AUTUMN, 3, 10, fold=1), at(AUTUMN, 3, 40, fold=1))
    assert planner.scheduling.conflicts(*winter, professional_ids=kela) == []
    assert [c.meeting_id for c in planner.scheduling.conflicts(
        *winter, professional_ids=kela, buffer=timedelta(minutes=30))] == [summer]
    # A meeting spanning the change (three real hours) conflicts with one inside it.
    night = book(planner, net, "Yö", at(AUTUMN, 2, 30), at(AUTUMN, 4, 30), ("social",))
    inside = planner.scheduling.conflicts(at(AUTUMN, 3, 0, fold=1), at(AUTUMN, 3, 20, fold=1),
                                          professional_ids=[pid(net, "social")])
    assert [c.meeting_id for c in inside] == [night]


def test_warnings_combine_calendar_and_conflicts_and_are_logged(planner: Planner) -> None:
    net = build_network(planner)
    client_id = net.client.id or 0
    book(planner, net, "Itsenäisyyspäivän tapaaminen", at(date(2026, 12, 6), 10),
         at(date(2026, 12, 6), 11), ("kela",), with_client=True)
    found = planner.scheduling.warnings(at(date(2026, 12, 6), 10, 30),
                                        at(date(2026, 12, 6), 17),
                                        professional_ids=[pid(net, "kela")],
                                        client_id=client_id, language="fi")
    assert [w.code for w in found] == ["warning.holiday", "warning.weekend",
                                       "warning.outside_working_hours", "warning.conflict",
                                       "warning.conflict"]
    assert found[0].params["name"] == "Itsenäisyyspäivä"
    assert {w.params["name"] for w in found[3:]} == {"Anna Virtanen", "Jari Mäkinen"}
    views = [e for e in planner.audit.for_client(client_id)
             if e.action == AuditAction.VIEW and e.entity == "meeting_conflicts"]
    assert views and views[-1].detail == "2 conflicts"


def test_plan_review_date_as_a_follow_up(planner: Planner) -> None:
    net = build_network(planner)
    version = planner.plans.create(net.client.id or 0, "Asiakassuunnitelma",
                                   PlanDraft(review_date=date(2026, 12, 24)))
    assert isinstance(version, PlanVersion)
    follow_up = planner.scheduling.plan_review(version.plan_id)
    assert follow_up is not None and follow_up.proposed == date(2026, 12, 28)
