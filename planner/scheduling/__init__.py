"""Scheduling without a store or Qt: conflicts, calendar rules, find a time, follow-ups.

planner.services.scheduling feeds these from the store.
"""

from planner.scheduling.busy import (
    TZ,
    BusyInterval,
    client_key,
    duration,
    overlaps,
    professional_key,
)
from planner.scheduling.calendar_rules import CalendarRules, SchedulingWarning, holiday_name
from planner.scheduling.conflicts import DEFAULT_BUFFER, BookedMeeting, Conflict, find_conflicts
from planner.scheduling.find_time import Slot, SlotRequest, find_slots
from planner.scheduling.followups import (
    DayCount,
    FollowUp,
    FollowUpKind,
    plan_review_followup,
    sickness_allowance_followups,
)

__all__ = [
    "DEFAULT_BUFFER", "TZ", "BookedMeeting", "BusyInterval", "CalendarRules", "Conflict",
    "DayCount", "FollowUp", "FollowUpKind", "SchedulingWarning", "Slot", "SlotRequest",
    "client_key", "duration", "find_conflicts", "find_slots", "holiday_name", "overlaps",
    "plan_review_followup", "professional_key", "sickness_allowance_followups",
]
