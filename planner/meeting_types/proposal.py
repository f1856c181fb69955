"""Who a new meeting of a type should invite: the client's named contacts (and case lead)
that fit the type's participant slots, and the slots nobody fits (puuttuvat roolit).

The person confirms the proposal; nothing here writes anything.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from planner.domain.enums import AgencyKind, ParticipantRole
from planner.meeting_types.model import MeetingType, ParticipantSlot
from planner.scheduling.calendar_rules import CalendarRules
from planner.scheduling.followups import (
    TYPE_FOLLOW_UP,
    DayCount,
    FollowUp,
    FollowUpKind,
    sickness_allowance_followups,
)


@dataclass(frozen=True)
class Candidate:
    """One of the client's named contact persons, as the proposal needs them."""

    professional_id: int
    name: str
    role: ParticipantRole
    agency_id: int
    agency_name: str
    agency_kind: AgencyKind
    is_case_lead: bool = False


@dataclass(frozen=True)
class ProposedParticipant:
    candidate: Candidate
    slot: ParticipantSlot | None  # None: the case lead, proposed for every meeting


@dataclass(frozen=True)
class ParticipantProposal:
    proposed: tuple[ProposedParticipant, ...]
    missing: tuple[ParticipantSlot, ...]  # required and optional slots nobody fits


def propose_participants(meeting_type: MeetingType,
                         candidates: list[Candidate]) -> ParticipantProposal:
    """Each slot, in the type's order, gets the first contact that fits it and has no slot
    yet (the case lead first); the case lead is proposed even when no slot fits them, as the
    person who runs the client's network."""
    ordered = sorted(candidates, key=lambda c: not c.is_case_lead)
    taken: dict[int, ParticipantSlot] = {}
    missing = []
    for slot in meeting_type.participants:
        found = next((c for c in ordered if c.professional_id not in taken
                      and slot.fits(c.role, c.agency_kind)), None)
        if found is None:
            missing.append(slot)
        else:
            taken[found.professional_id] = slot
    proposed = [ProposedParticipant(c, taken.get(c.professional_id)) for c in ordered
                if c.professional_id in taken or c.is_case_lead]
    return ParticipantProposal(tuple(proposed), tuple(missing))


def follow_up_day(meeting_type: MeetingType, meeting_day: date,
                  sickness_start: date | None = None,
                  rules: CalendarRules | None = None) -> date | None:
    """The day the type's follow-up is proposed for: ``+N d`` after ``meeting_day`` (moved to
    the next working day), or the sickness-allowance point counted from ``sickness_start``
    (None without one, or when the type proposes no follow-up)."""
    follow = meeting_type.follow_up
    if follow is None:
        return None
    rules = rules or CalendarRules()
    if follow.after_days is not None:
        return rules.next_working_day(meeting_day + timedelta(days=follow.after_days))
    if sickness_start is None:
        return None
    points = {p.code: p for p in sickness_allowance_followups(sickness_start, rules)}
    return points[follow.rule].proposed


def type_follow_up(meeting_type: MeetingType, meeting_day: date,
                   sickness_start: date | None = None, rules: CalendarRules | None = None,
                   count: DayCount = DayCount.BENEFIT_DAYS) -> FollowUp | None:
    """The follow-up ``meeting_type`` proposes after a meeting on ``meeting_day``, recording
    the type it proposes: a sickness-allowance point of the series from ``sickness_start``
    (None without one), or a meeting ``+N d`` later on a working day."""
    follow = meeting_type.follow_up
    if follow is None:
        return None
    rules = rules or CalendarRules()
    if follow.after_days is not None:
        day = rules.next_working_day(meeting_day + timedelta(days=follow.after_days))
        return FollowUp(TYPE_FOLLOW_UP, day, day, day, FollowUpKind.MEETING,
                        type_code=follow.type_code)
    if sickness_start is None:
        return None
    point = next(p for p in sickness_allowance_followups(sickness_start, rules, count)
                 if p.code == follow.rule)
    return replace(point, type_code=follow.type_code)
