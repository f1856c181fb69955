"""The domain rules the service layer keeps."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from planner.domain.enums import (
    ActionStatus,
    Attendance,
    ConsentForm,
    MeetingMode,
    MeetingStatus,
    ParticipantKind,
    ParticipantRole,
    PlanStatus,
)
from planner.errors import NotFound, ValidationFailed
from planner.services import (
    ActionInput,
    ClientInput,
    ConsentInput,
    GoalInput,
    MeetingInput,
    ParticipantInput,
    PlanDraft,
    Planner,
    ServiceInput,
)
from tests.factories import TZ, build_network, next_weekday_at

pytestmark = pytest.mark.both_engines  # the local store and the team store (issue 17)


def test_invalid_client_input_reports_every_field(planner: Planner) -> None:
    with pytest.raises(ValidationFailed) as caught:
        planner.clients.create(ClientInput("", "Korhonen", hetu="131052-308X",
                                           email="ei-osoite", needs_interpreter=True))
    fields = {e.field for e in caught.value.errors}
    assert fields == {"first_names", "hetu", "email", "interpreter_language"}
    assert "Henkilötunnus" in caught.value.message("fi")


def test_hetu_sets_the_birth_date_and_must_agree_with_a_given_one(planner: Planner) -> None:
    client = planner.clients.create(ClientInput("Aino", "Korhonen", hetu="010150-123A"))
    assert client.birth_date == date(1950, 1, 1)
    with pytest.raises(ValidationFailed) as caught:
        planner.clients.create(ClientInput("Aino", "K", hetu="131052-308T",
                                           birth_date=date(1952, 10, 14)))
    assert caught.value.errors[0].field == "birth_date"


def test_temporary_hetu_and_clients_without_hetu(planner: Planner) -> None:
    newcomer = planner.clients.create(ClientInput("Ahmad", "Rahimi", hetu="010195-955S",
                                                  needs_interpreter=True,
                                                  interpreter_language="prs"))
    assert newcomer.hetu_is_temporary
    nobody = planner.clients.create(ClientInput("Sanna", "Nieminen",
                                                birth_date=date(1990, 5, 5)))
    assert nobody.hetu is None and not nobody.hetu_is_temporary


def test_search_by_name_start_and_hetu_end(planner: Planner) -> None:
    planner.clients.create(ClientInput("Aino Maria", "Korhonen", hetu="131052-308T"))
    planner.clients.create(ClientInput("Eetu", "Lehtonen"))
    assert [r.name for r in planner.clients.search("kor")] == ["Aino Maria Korhonen"]
    assert [r.name for r in planner.clients.search("mar")] == ["Aino Maria Korhonen"]
    assert [r.name for r in planner.clients.search("308t")] == ["Aino Maria Korhonen"]
    assert len(planner.clients.search("")) == 2
    assert planner.clients.search("%") == []


def test_exactly_one_case_lead(planner: Planner) -> None:
    net = build_network(planner)
    cid = net.client.id or 0
    planner.clients.set_contact(cid, net.people["social"].id or 0)
    planner.clients.set_contact(cid, net.people["kela"].id or 0)
    assert planner.clients.case_lead(cid).professional_name == "Liisa Mäkelä"  # type: ignore[union-attr]
    planner.clients.set_case_lead(cid, net.people["kela"].id or 0)
    leads = [c for c in planner.clients.contacts(cid) if c.is_case_lead]
    assert [c.professional_name for c in leads] == ["Anna Virtanen"]
    lead = leads[0]
    with pytest.raises(ValidationFailed, match="case lead"):
        planner.clients.remove_contact(lead.id)


def test_consent_coverage_and_withdrawal(planner: Planner) -> None:
    net = build_network(planner)
    cid = net.client.id or 0
    given = datetime.now(TZ) - timedelta(days=1)
    consent = planner.consents.record(ConsentInput(
        cid, [net.agencies["kela"].id or 0, net.agencies["social"].id or 0],
        "Yhteinen asiakassuunnitelma", ConsentForm.WRITTEN, given,
        valid_until=date.today() + timedelta(days=365)))
    assert planner.consents.covered_agencies(cid) == {net.agencies["kela"].id,
                                                      net.agencies["social"].id}
    planner.consents.withdraw(consent.id or 0)
    assert planner.consents.covered_agencies(cid) == set()
    with pytest.raises(ValidationFailed, match="withdrawn"):
        planner.consents.withdraw(consent.id or 0)
    with pytest.raises(ValidationFailed):
        planner.consents.record(ConsentInput(cid, [], "x", ConsentForm.ORAL, given))
    with pytest.raises(ValidationFailed):  # naive datetime
        planner.consents.record(ConsentInput(cid, [1], "x", ConsentForm.ORAL,
                                             datetime(2026, 1, 1)))


def test_plan_versions_draft_agree_new_version_close(planner: Planner) -> None:
    net = build_network(planner)
    draft = PlanDraft("Tilanne", "Palvelutarpeet", "Asiakkaan näkemys", date(2027, 3, 1),
                      [GoalInput("Työkokeilu alkaa", date(2027, 1, 15))],
                      [ServiceInput("kela.vocational_rehabilitation", net.agencies["kela"].id)])
    first = planner.plans.create(net.client.id or 0, "Yhteinen asiakassuunnitelma", draft)
    agreed = planner.plans.agree(first.id or 0)
    assert agreed.status == PlanStatus.AGREED and agreed.agreed_by
    with pytest.raises(ValidationFailed):
        planner.plans.update_draft(first.id or 0, draft)
    second = planner.plans.new_version(first.plan_id)
    assert (second.number, second.status) == (2, PlanStatus.DRAFT)
    view = planner.plans.view(first.plan_id)
    assert [g.description for g in view.goals] == ["Työkokeilu alkaa"]
    assert [s.service_code for s in view.services] == ["kela.vocational_rehabilitation"]
    assert [v.number for v in view.versions] == [1, 2]
    with pytest.raises(ValidationFailed, match="not in the code list"):
        planner.plans.update_draft(second.id or 0, PlanDraft(services=[ServiceInput("nope")]))
    planner.plans.close(first.plan_id)
    with pytest.raises(ValidationFailed):
        planner.plans.new_version(first.plan_id)


def test_meeting_validation(planner: Planner) -> None:
    net = build_network(planner)
    start = next_weekday_at(9)
    with pytest.raises(ValidationFailed) as caught:
        planner.meetings.plan(MeetingInput(net.client.id or 0, "", start, start,
                                           mode=MeetingMode.HYBRID, remote_link="http://x"))
    assert {e.field for e in caught.value.errors} == {"title", "end", "location",
                                                      "remote_link"}
    with pytest.raises(ValidationFailed):
        planner.meetings.plan(MeetingInput(net.client.id or 0, "V", datetime(2026, 12, 1, 9),
                                           datetime(2026, 12, 1, 10), location="TAYS"))
    with pytest.raises(NotFound):
        planner.meetings.plan(MeetingInput(999, "V", start, start + timedelta(hours=1),
                                           location="TAYS"))


def test_meeting_sequence_participants_and_warnings(planner: Planner) -> None:
    net = build_network(planner)
    cid = net.client.id or 0
    planner.consents.record(ConsentInput(cid, [net.agencies["kela"].id or 0,
                                               net.agencies["hospital"].id or 0],
                                         "Verkostoneuvottelu", ConsentForm.ORAL,
                                         datetime.now(TZ) - timedelta(days=1)))
    start = next_weekday_at(9)
    meeting = planner.meetings.plan(MeetingInput(cid, "Verkostoneuvottelu", start,
                                                 start + timedelta(hours=1), location="TAYS",
                                                 agenda=["Tilanne", "Tavoitteet"]))
    assert meeting.sequence == 0 and meeting.ical_uid
    for key in ("kela", "hospital", "employment"):
        planner.meetings.add_participant(meeting.id or 0, ParticipantInput(
            ParticipantKind.PROFESSIONAL, professional_id=net.people[key].id))
    planner.meetings.add_participant(meeting.id or 0, ParticipantInput(ParticipantKind.CLIENT))
    interpreter = planner.meetings.add_participant(meeting.id or 0, ParticipantInput(
        ParticipantKind.OTHER, name="Tulkki Farid", role=ParticipantRole.INTERPRETER,
        interpreter_language="prs", email="tulkki@example.fi"))
    with pytest.raises(ValidationFailed):
        planner.meetings.add_participant(meeting.id or 0, ParticipantInput(
            ParticipantKind.PROFESSIONAL, professional_id=net.people["kela"].id))
    detail = planner.meeting_details.get(meeting.id or 0)
    assert [a.title for a in detail.agenda] == ["Tilanne", "Tavoitteet"]
    codes = {(w.code, str(w.params.get("agency", w.params.get("name")))) for w in detail.warnings}
    assert codes == {("warning.no_consent", "Tampereen työllisyyspalvelut"),
                     ("warning.no_email", "Oskari Heikkinen")}
    sequence = detail.meeting.sequence
    unchanged = planner.meetings.update(meeting.id or 0, MeetingInput(
        cid, "Uusi otsikko", start, start + timedelta(hours=1), location="TAYS"))
    assert unchanged.sequence == sequence  # a new title needs no new answer
    moved = planner.meetings.update(meeting.id or 0, MeetingInput(
        cid, "Uusi otsikko", start + timedelta(days=1), start + timedelta(days=1, hours=1),
        location="TAYS"))
    assert moved.sequence == sequence + 1
    planner.meetings.set_attendance(interpreter.id or 0, Attendance.ACCEPTED)
    cancelled = planner.meetings.set_status(meeting.id or 0, MeetingStatus.CANCELLED)
    assert cancelled.sequence == sequence + 2
    with pytest.raises(ValidationFailed):
        planner.meetings.set_status(meeting.id or 0, MeetingStatus.CONFIRMED)


def test_meeting_times_are_stored_in_utc_and_read_back_aware(planner: Planner) -> None:
    net = build_network(planner)
    start = datetime(2027, 3, 28, 9, 0, tzinfo=TZ)  # the Sunday clocks go forward
    planner.meetings.plan(MeetingInput(net.client.id or 0, "DST", start,
                                       start + timedelta(hours=1), location="TAYS"))
    (row,) = planner.meetings.list()
    assert row.start == start and row.start.utcoffset() == timedelta(0)
    assert row.start.astimezone(TZ).hour == 9


def test_actions_overdue_and_done(planner: Planner) -> None:
    net = build_network(planner)
    cid = net.client.id or 0
    late = planner.actions.record(ActionInput(cid, "Hae kuntoutusrahaa",
                                              responsible_professional_id=net.people["kela"].id,
                                              due_date=date.today() - timedelta(days=3)))
    planner.actions.record(ActionInput(cid, "Varaa aika", responsible_name="Asiakas itse",
                                       due_date=date.today() + timedelta(days=3)))
    with pytest.raises(ValidationFailed):
        planner.actions.record(ActionInput(cid, "Kukaan ei vastaa"))
    overdue = planner.actions.list(overdue_only=True)
    assert [(a.description, a.agency) for a in overdue] == [("Hae kuntoutusrahaa", "Kela")]
    with pytest.raises(ValidationFailed, match="note"):
        planner.actions.set_status(late.id or 0, ActionStatus.DONE)
    planner.actions.set_status(late.id or 0, ActionStatus.DONE, "Hakemus jätetty 1.12.")
    assert planner.actions.list(overdue_only=True) == []
    assert len(planner.actions.list(open_only=True)) == 1


def test_consent_cannot_end_before_it_was_given(planner: Planner) -> None:
    net = build_network(planner)
    with pytest.raises(ValidationFailed) as caught:
        planner.consents.record(ConsentInput(
            net.client.id or 0, [net.agencies["kela"].id or 0], "Verkostoyhteistyö",
            ConsentForm.WRITTEN, datetime(2026, 6, 1, 10, tzinfo=TZ),
            valid_until=date(2026, 5, 31)))
    assert [e.field for e in caught.value.errors] == ["valid_until"]
    assert "antamisen jälkeen" in caught.value.message("fi")
