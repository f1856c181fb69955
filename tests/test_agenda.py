"""Agenda from what is open (issue 14): a meeting carries the open actions of the same
client's earlier meetings and the plan goals due for review; what the meeting decides is
written back to the actions and printed in the summary. On the demo store, clock pinned."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from keyring.backends.fail import Keyring as FailKeyring
from sqlmodel import select

from exports.pdf import SummaryData, render_summary
from planner.audit_text import describe
from planner.crypto.vault import KeyringVault
from planner.domain import AuditEntry
from planner.domain.enums import ActionStatus, AuditAction, CarriedOutcome, MeetingStatus
from planner.errors import ValidationFailed
from planner.services import CarriedDecision, Planner
from planner.services.actions import ActionRow
from planner.services.context import TZ
from planner.services.meetings import MeetingRow
from planner.storage.store import open_store
from tests.conftest import PASSPHRASE
from tests.support import pdf as support
from tests.support.windows import demo_store

pytestmark = pytest.mark.both_engines  # the local store and the team store (issue 17)

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=TZ)  # the demo's day, never the real one
PENSION = "Eläkkeensaajan asumistuen hakemus"  # client 1's overdue action (due 22.11.)
HOME_CARE = "Kotihoidon arviointikäynti"  # client 1's action in progress (due 30.11.)
HOUSING = "Tilapäinen asunto"  # another client's overdue action


@pytest.fixture
def demo(data_dir: Path) -> Iterator[Planner]:
    demo_store(data_dir)
    planner = Planner(open_store(data_dir, vault=KeyringVault(FailKeyring()),
                                 passphrase=lambda: PASSPHRASE, create=False), clock=lambda: NOW)
    yield planner
    planner.close()


def action(planner: Planner, start: str) -> ActionRow:
    [row] = [r for r in planner.actions.list() if r.description.startswith(start)]
    return row


def next_meeting(planner: Planner, client_id: int) -> MeetingRow:
    """The client's first meeting after the demo's day that is not cancelled."""
    return min((m for m in planner.meetings.list(client_id=client_id)
                if m.start > NOW and m.status != MeetingStatus.CANCELLED), key=lambda m: m.start)


def views(planner: Planner, entity: str) -> list[AuditEntry]:
    with planner.ctx.read() as session:
        return list(session.exec(select(AuditEntry).where(
            AuditEntry.action == AuditAction.VIEW, AuditEntry.entity == entity)))


def updates(planner: Planner) -> list[AuditEntry]:
    with planner.ctx.read() as session:
        return list(session.exec(select(AuditEntry).where(
            AuditEntry.action == AuditAction.UPDATE, AuditEntry.entity == "agreed_action")))


def test_the_follow_up_carries_the_client_s_open_actions_and_goals_due(demo: Planner) -> None:
    pension = action(demo, PENSION)
    meeting = next_meeting(demo, pension.client_id)
    agenda = demo.agendas.carried(meeting.id)
    assert [(i.description, i.overdue, i.outcome) for i in agenda.actions] == [
        (pension.description, True, None), (action(demo, HOME_CARE).description, False, None)]
    first = agenda.actions[0]
    assert (first.responsible, first.agency, first.from_meeting_title) == (
        "Katja Salonen", "Kela, Läntinen vakuutuspiiri, Kela sairaalassa (Tays)",
        "Kotiutumisneuvottelu")
    assert "Maksusitoumus" not in str(agenda.actions)  # done before: not carried
    assert [g.description for g in agenda.goals] == ["Lääkkeet saatu käyttöön"]
    [view] = [v for v in views(demo, "agenda") if v.entity_id == str(meeting.id)]
    assert view.client_id == pension.client_id
    assert describe(view, "fi") == (
        "Katsottu tapaamisen aiemmat toimenpiteet ja arvioitavat tavoitteet")  # the Log tab


def test_no_agenda_carries_another_client_s_or_a_later_meeting_s_actions(
        demo: Planner) -> None:
    actions = {a.id: a for a in demo.actions.list()}
    meetings = {m.id: m for m in demo.meetings.list()}
    carried_somewhere = set()
    for meeting in meetings.values():
        for item in demo.agendas.carried(meeting.id).actions:
            assert actions[item.action_id].client_id == meeting.client_id
            assert meetings[item.from_meeting_id].start < meeting.start
            carried_somewhere.add(item.action_id)
    assert {a.id for a in actions.values() if a.status in ("open", "in_progress")} \
        <= carried_somewhere  # every open demo action turns up on its client's next agenda


def test_deciding_on_another_client_s_action_is_refused_and_changes_nothing(
        demo: Planner) -> None:
    pension, housing = action(demo, PENSION), action(demo, HOUSING)
    meeting = next_meeting(demo, pension.client_id)
    before = len(updates(demo))
    with pytest.raises(ValidationFailed) as refused:
        demo.agendas.record(meeting.id, [
            CarriedDecision(pension.id, CarriedOutcome.DONE, "Haettu 20.11."),
            CarriedDecision(housing.id, CarriedOutcome.DONE, "Hoidettu")])
    assert "ei ole tapaamisen" in refused.value.errors[0].message("fi")
    assert action(demo, HOUSING).status == ActionStatus.OPEN
    assert action(demo, PENSION).status == ActionStatus.OPEN  # all or nothing
    assert len(updates(demo)) == before


def test_decisions_are_written_to_the_actions_and_a_re_run_changes_nothing(
        demo: Planner) -> None:
    pension, home_care = action(demo, PENSION), action(demo, HOME_CARE)
    meeting = next_meeting(demo, pension.client_id)
    decisions = [CarriedDecision(pension.id, CarriedOutcome.DONE, "Hakemus jätetty 24.11."),
                 CarriedDecision(home_care.id, CarriedOutcome.CONTINUES, "Käynti 2.12.")]
    before = len(updates(demo))
    assert demo.agendas.record(meeting.id, decisions) == 2
    done = action(demo, PENSION)
    assert (done.status, done.completion_note) == (ActionStatus.DONE, "Hakemus jätetty 24.11.")
    assert action(demo, HOME_CARE).status == ActionStatus.IN_PROGRESS  # continues: untouched
    assert len(updates(demo)) == before + 2
    assert demo.agendas.record(meeting.id, decisions) == 0  # the hurried double click
    assert len(updates(demo)) == before + 2
    agenda = demo.agendas.carried(meeting.id)  # a done action stays on its meeting's agenda
    assert [(i.action_id, i.outcome, i.note) for i in agenda.actions] == [
        (pension.id, CarriedOutcome.DONE, "Hakemus jätetty 24.11."),
        (home_care.id, CarriedOutcome.CONTINUES, "Käynti 2.12.")]


def test_dropped_cancels_and_a_changed_mind_reopens(demo: Planner) -> None:
    pension = action(demo, PENSION)
    meeting = next_meeting(demo, pension.client_id)
    demo.agendas.record(meeting.id, [
        CarriedDecision(pension.id, CarriedOutcome.DROPPED, "Ei enää tarpeen")])
    dropped = action(demo, PENSION)
    assert (dropped.status, dropped.completion_note) == (ActionStatus.CANCELLED,
                                                         "Ei enää tarpeen")
    demo.agendas.record(meeting.id, [
        CarriedDecision(pension.id, CarriedOutcome.CONTINUES, "Sittenkin haetaan")])
    reopened = action(demo, PENSION)
    assert (reopened.status, reopened.completion_note) == (ActionStatus.OPEN, "")
    assert demo.agendas.carried(meeting.id).actions[0].note == "Sittenkin haetaan"


def test_done_without_a_note_is_refused_in_finnish_and_nothing_is_saved(
        demo: Planner) -> None:
    pension, home_care = action(demo, PENSION), action(demo, HOME_CARE)
    meeting = next_meeting(demo, pension.client_id)
    with pytest.raises(ValidationFailed) as refused:
        demo.agendas.record(meeting.id, [
            CarriedDecision(home_care.id, CarriedOutcome.DROPPED, "Turha"),
            CarriedDecision(pension.id, CarriedOutcome.DONE, "   ")])
    assert refused.value.errors[0].message("fi") == (
        "Kirjaa valmistuneelle toimenpiteelle lyhyt huomautus.")
    assert action(demo, HOME_CARE).status == ActionStatus.IN_PROGRESS
    assert demo.agendas.carried(meeting.id).actions[1].outcome is None


@pytest.mark.parametrize(("language", "heading", "done", "undecided"), [
    ("fi", "Edellisten toimenpiteiden tilanne", "tehty", "ei käsitelty"),
    ("sv", "Läget för tidigare åtgärder", "utförd", "inte behandlad"),
    ("en", "Status of earlier actions", "done", "not discussed"),
])
def test_the_summary_lists_the_earlier_actions_and_what_was_decided(
        demo: Planner, tmp_path: Path, language: str, heading: str, done: str,
        undecided: str) -> None:
    pension = action(demo, PENSION)
    meeting = next_meeting(demo, pension.client_id)
    demo.agendas.record(meeting.id, [
        CarriedDecision(pension.id, CarriedOutcome.DONE, "Hakemus jätetty 24.11.")])
    pdf = tmp_path / "summary.pdf"
    data = SummaryData.collect(demo, meeting.id, language=language, now=NOW)
    pdf.write_bytes(render_summary(data, language=language))
    text = " ".join(" ".join(support.page_texts(pdf)).split())
    assert heading in text
    assert "Eläkkeensaajan asumistuen hakemus" in text and "Hakemus jätetty 24.11." in text
    assert f" {done} " in text and f"{undecided}" in text and HOME_CARE in text
    assert HOUSING not in text  # another client's action


def test_a_first_meeting_s_summary_has_no_such_section(demo: Planner, tmp_path: Path) -> None:
    pension = action(demo, PENSION)
    first = min(demo.meetings.list(client_id=pension.client_id), key=lambda m: m.start)
    pdf = tmp_path / "first.pdf"
    data = SummaryData.collect(demo, first.id, language="fi", now=NOW)
    pdf.write_bytes(render_summary(data, language="fi"))
    assert "Edellisten toimenpiteiden" not in " ".join(support.page_texts(pdf))


def test_a_cancelled_meeting_takes_no_decisions(demo: Planner) -> None:
    housing = action(demo, HOUSING)
    [cancelled] = [m for m in demo.meetings.list(client_id=housing.client_id)
                   if m.status == MeetingStatus.CANCELLED]
    assert housing.id in {i.action_id for i in demo.agendas.carried(cancelled.id).actions}
    with pytest.raises(ValidationFailed) as refused:
        demo.agendas.record(cancelled.id, [
            CarriedDecision(housing.id, CarriedOutcome.DROPPED, "Ei tarvita")])
    assert "peruttu" in refused.value.errors[0].message("fi")
    assert action(demo, HOUSING).status == ActionStatus.OPEN


def test_a_decision_in_a_meeting_makes_a_list_read_before_it_stale(demo: Planner) -> None:
    """The agenda's decisions are saves of the action too (issue 17): marking it done from a
    list read before the meeting decided "dropped" is refused, not a silent overwrite."""
    from planner.errors import EditConflict

    pension = action(demo, PENSION)  # the Actions page's row
    meeting = next_meeting(demo, pension.client_id)
    demo.agendas.record(meeting.id, [
        CarriedDecision(pension.id, CarriedOutcome.DROPPED, "Ei enää tarpeen")])
    with pytest.raises(EditConflict) as caught:
        demo.actions.set_status(pension.id, ActionStatus.DONE, "Haettu",
                                expected_revision=pension.revision)
    assert caught.value.theirs["status"] == "cancelled"
    assert action(demo, PENSION).revision == pension.revision + 1
