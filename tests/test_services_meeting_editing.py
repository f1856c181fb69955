"""What the meeting editor needs beyond planning: editing participants, allowed statuses."""

from __future__ import annotations

from datetime import timedelta

import pytest

from planner.domain import Meeting
from planner.domain.enums import MeetingStatus, ParticipantKind, ParticipantRole
from planner.errors import ValidationFailed
from planner.services import MeetingInput, ParticipantInput, ParticipantUpdate, Planner
from planner.services.meetings import allowed_statuses
from tests.factories import build_network, next_weekday_at

pytestmark = pytest.mark.both_engines  # the local store and the team store (issue 17)


def planned(planner: Planner) -> tuple[Meeting, int, int]:
    """A meeting with the client and one professional; their participant ids."""
    net = build_network(planner)
    start = next_weekday_at(10)
    meeting = planner.meetings.plan(MeetingInput(net.client.id or 0, "Verkostoneuvottelu",
                                                 start, start + timedelta(hours=1),
                                                 location="Tays"))
    client = planner.meetings.add_participant(meeting.id or 0,
                                              ParticipantInput(ParticipantKind.CLIENT))
    doctor = planner.meetings.add_participant(meeting.id or 0, ParticipantInput(
        ParticipantKind.PROFESSIONAL, professional_id=net.people["hospital"].id))
    return meeting, client.id or 0, doctor.id or 0


def test_a_participants_role_need_and_interpreter_language_change(planner: Planner) -> None:
    meeting, _client, doctor = planned(planner)
    before = planner.meeting_details.get(meeting.id or 0).meeting.sequence
    changed = planner.meetings.update_participant(doctor, ParticipantUpdate(
        ParticipantRole.CASE_LEAD, required=False, interpreter_language=" PRS "))
    assert (changed.role, changed.required, changed.interpreter_language) == (
        ParticipantRole.CASE_LEAD, False, "prs")
    detail = planner.meeting_details.get(meeting.id or 0)
    assert detail.meeting.sequence == before + 1  # optional now: invitees need a new REQUEST
    planner.meetings.update_participant(doctor, ParticipantUpdate(ParticipantRole.HOSPITAL_DOCTOR,
                                                                  required=False))
    after = planner.meeting_details.get(meeting.id or 0)
    assert after.meeting.sequence == before + 1  # the role alone is not in the invitation
    assert after.participants[1].interpreter_language is None
    log = planner.audit.for_client(meeting.client_id)
    assert sum(e.detail == f"participant {doctor} updated" for e in log) == 2


def test_participant_changes_are_validated(planner: Planner) -> None:
    meeting, client, doctor = planned(planner)
    with pytest.raises(ValidationFailed) as caught:
        planner.meetings.update_participant(doctor, ParticipantUpdate(
            ParticipantRole.CLIENT, interpreter_language="xx-nonsense"))
    assert {e.field for e in caught.value.errors} == {"interpreter_language", "role"}
    with pytest.raises(ValidationFailed) as caught:
        planner.meetings.update_participant(client, ParticipantUpdate(ParticipantRole.OTHER))
    assert caught.value.errors[0].code == "validation.client_role_fixed"
    unchanged = planner.meeting_details.get(meeting.id or 0).participants[1]
    assert unchanged.role == ParticipantRole.HOSPITAL_DOCTOR and unchanged.required
    planner.meetings.set_status(meeting.id or 0, MeetingStatus.CANCELLED)
    with pytest.raises(ValidationFailed) as caught:
        planner.meetings.update_participant(doctor, ParticipantUpdate(ParticipantRole.OTHER))
    assert caught.value.errors[0].code == "validation.meeting_cancelled"


def test_allowed_statuses_start_with_the_current_one() -> None:
    assert allowed_statuses(MeetingStatus.PLANNED) == [
        MeetingStatus.PLANNED, MeetingStatus.CONFIRMED, MeetingStatus.HELD,
        MeetingStatus.CANCELLED]
    assert allowed_statuses(MeetingStatus.CONFIRMED)[0] == MeetingStatus.CONFIRMED
    assert MeetingStatus.PLANNED in allowed_statuses(MeetingStatus.CONFIRMED)
    assert allowed_statuses(MeetingStatus.HELD) == [MeetingStatus.HELD]
    assert allowed_statuses(MeetingStatus.CANCELLED) == [MeetingStatus.CANCELLED]
