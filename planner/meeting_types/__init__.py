"""Meeting types (tapaamistyypit): built-in and the user's own templates of a new meeting."""

from planner.meeting_types.exchange import builtin_types, dump_set, read_set
from planner.meeting_types.model import (
    ConsentNeed,
    FollowUpProposal,
    MeetingType,
    ParticipantSlot,
    Texts,
    read_type,
)
from planner.meeting_types.proposal import (
    Candidate,
    ParticipantProposal,
    ProposedParticipant,
    follow_up_day,
    propose_participants,
    type_follow_up,
)

__all__ = [
    "Candidate", "ConsentNeed", "FollowUpProposal", "MeetingType", "ParticipantProposal",
    "ParticipantSlot", "ProposedParticipant", "Texts", "builtin_types", "dump_set",
    "follow_up_day",
    "propose_participants", "read_set", "read_type", "type_follow_up",
]
