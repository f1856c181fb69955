"""Find a time: ranking on constructed calendars, from the store plus imported busy times."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.errors import ValidationFailed
from planner.scheduling import (
    TZ,
    BusyInterval,
    CalendarRules,
    SlotRequest,
    find_slots,
    overlaps,
    professional_key,
)
from planner.services import Planner
from tests.factories import build_network
from tests.test_scheduling_conflicts import book, pid

pytestmark = pytest.mark.both_engines  # the local store and the team store (issue 17)

WED = date(2026, 12, 2)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=TZ)


def test_ranking_on_a_constructed_calendar(planner: Planner) -> None:
    net = build_network(planner)
    kela, social, hospital = (professional_key(pid(net, k)) for k in ("kela", "social",
                                                                       "hospital"))
    outsider = "mailto:tuija.tyonantaja@example.fi"  # known only from the .ics she sent
    book(planner, net, "Kela aamu", at(WED, 8), at(WED, 10), ("kela",))
    book(planner, net, "Lääkärin vastaanotto", at(WED, 10), at(WED, 11, 30), ("hospital",))
    imported = [BusyInterval(social, at(WED, 13), at(WED, 16)),
                BusyInterval(outsider, at(WED, 11, 30), at(WED, 12))]
    request = SlotRequest(timedelta(hours=1), WED, WED, required=(kela, social),
                          optional=(hospital, outsider), step_minutes=30, buffer_minutes=0)
    slots = planner.scheduling.find_time(request, imported, client_id=net.client.id)
    top = [(s.start.astimezone(TZ).time(), s.busy_optional) for s in slots[:5]]
    # Every required free first; then fewer optional busy; then earlier.
    assert top == [(time(12, 0), ()), (time(10, 0), (hospital,)), (time(10, 30), (hospital,)),
                   (time(11, 30), (outsider,)), (time(11, 0), (hospital, outsider))]
    assert all(s.all_required_free for s in slots[:5])
    assert not slots[5].all_required_free
    assert set(slots[0].free) == {kela, social, hospital, outsider}
    assert slots[5].busy_required == (kela,)  # 8.00, the earliest of the rest
    assert all(s.end - s.start == timedelta(hours=1) for s in slots)


def test_buffer_store_meeting_excluded_and_holidays_skipped(planner: Planner) -> None:
    net = build_network(planner)
    kela = professional_key(pid(net, "kela"))
    own = book(planner, net, "Siirrettävä", at(WED, 8), at(WED, 15), ("kela",))
    request = SlotRequest(timedelta(minutes=45), WED, WED, required=(kela,), step_minutes=15)
    busy_all_day = planner.scheduling.find_time(request)
    first = busy_all_day[0]
    assert first.all_required_free and first.start == at(WED, 15, 15)  # 15 min buffer after 15
    moving = planner.scheduling.find_time(request, exclude_meeting_id=own)
    assert moving[0].start == at(WED, 8)
    # 5.–8.12.2026: Saturday, Sunday = Independence Day, then Monday and Tuesday.
    window = SlotRequest(timedelta(hours=1), date(2026, 12, 5), date(2026, 12, 8),
                         required=(kela,))
    days = {s.start.date() for s in planner.scheduling.find_time(window, limit=100)}
    assert days == {date(2026, 12, 7), date(2026, 12, 8)}
    midsummer = SlotRequest(timedelta(hours=1), date(2026, 6, 18), date(2026, 6, 22),
                            required=(kela,))
    assert {s.start.date() for s in find_slots(midsummer, [], limit=100)} == {
        date(2026, 6, 18), date(2026, 6, 22)}


def test_a_bad_request_is_a_validation_failure(planner: Planner) -> None:
    bad = SlotRequest(timedelta(hours=1), WED, WED, required=("x",), step_minutes=20)
    try:
        planner.scheduling.find_time(bad)
    except ValidationFailed as failure:
        assert failure.errors[0].code == "validation.find_time_request"
    else:
        raise AssertionError("a 20-minute step was accepted")


busy_strategy = st.lists(st.tuples(st.sampled_from(["a", "b", "c", "d"]), st.integers(0, 9 * 4),
                                   st.integers(1, 16)), max_size=12)


@settings(max_examples=60, deadline=None)
@given(busy_strategy, st.sampled_from([15, 30]), st.integers(1, 8), st.integers(0, 30))
def test_slots_are_ranked_and_explained_truthfully(
        raw: list[tuple[str, int, int]], step: int, quarters: int, buffer: int) -> None:
    base = at(WED, 7)
    busy = [BusyInterval(key, base + timedelta(minutes=15 * s),
                         base + timedelta(minutes=15 * (s + n))) for key, s, n in raw]
    request = SlotRequest(timedelta(minutes=15 * quarters), WED, date(2026, 12, 3),
                          required=("a", "b"), optional=("c", "d"), step_minutes=step,
                          buffer_minutes=buffer)
    slots = find_slots(request, busy, CalendarRules(), limit=1000)
    keys = [s.rank_key() for s in slots]
    assert keys == sorted(keys)
    for slot in slots:
        local = slot.start.astimezone(TZ)
        assert local.minute % step == 0 and local.time() >= time(8, 0)
        assert slot.end.astimezone(TZ).time() <= time(16, 0)
        assert slot.end.astimezone(UTC) - slot.start.astimezone(UTC) == request.duration
        for key in ("a", "b", "c", "d"):
            taken = any(b.participant_key == key and overlaps(
                slot.start, slot.end, b.start, b.end, timedelta(minutes=buffer)) for b in busy)
            assert (key in slot.free) == (not taken)
            assert (key in slot.busy_required + slot.busy_optional) == taken
