"""Two people, one plan (issue 17): a save over a record someone else saved since it was read
is refused with the stored values and who saved them, never a silent lost update — on both
engines, with two Planners on one store (two windows locally, two machines on the team store)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from keyring.backends.fail import Keyring as FailKeyring

from planner.crypto.vault import KeyringVault
from planner.domain.enums import ActionStatus, MeetingStatus
from planner.edit_conflict import RecordKind, compare, notes_snapshot
from planner.errors import EditConflict, ValidationFailed
from planner.services import ClientInput, MeetingInput, Planner, ProfileInput
from planner.services.actions import ActionInput
from planner.services.plans import GoalInput, PlanDraft
from planner.storage.store import Store, open_store
from planner.storage.team import TeamStore, open_team_store
from tests.conftest import PASSPHRASE
from tests.factories import next_weekday_at

pytestmark = pytest.mark.both_engines  # the local store and the team store

NO_KEYRING = KeyringVault(FailKeyring())
ALICE, BERTTA = "Aino Aaltonen", "Bertta Berg"


def second_store(store: Store, data_dir: Path) -> Store:
    """The same store opened again: another member's machine, or another local window."""
    if isinstance(store, TeamStore):
        assert store.address is not None
        return open_team_store(store.address, vault=NO_KEYRING, upgrade=False)
    return open_store(data_dir, vault=NO_KEYRING, passphrase=lambda: PASSPHRASE, create=False)


@pytest.fixture
def other(store: Store, data_dir: Path) -> Iterator[Planner]:
    planner = Planner(second_store(store, data_dir))
    yield planner
    planner.close()


def as_(planner: Planner, name: str) -> Planner:
    """Who the log names for the next saves (both see one profile: it is the store's)."""
    planner.profile.save(ProfileInput(name))
    return planner


def client_id(planner: Planner) -> int:
    return planner.clients.create(ClientInput("Jari", "Mäkinen")).id or 0


def draft(situation: str, goal: str = "Työkokeilu alkaa") -> PlanDraft:
    return PlanDraft(situation, "Palvelutarpeet", "Asiakkaan näkemys", date(2027, 3, 1),
                     [GoalInput(goal, date(2027, 1, 15))])


def test_a_plan_saved_by_someone_else_is_not_overwritten_unseen(planner: Planner,
                                                                other: Planner) -> None:
    as_(planner, ALICE)
    client = client_id(planner)
    created = planner.plans.create(client, "Kuntoutussuunnitelma", draft("Alku"))
    plan_id, version_id = created.plan_id, created.id or 0
    mine = planner.plans.view(plan_id).version  # A opens the editor
    assert mine.revision == 1
    as_(other, BERTTA).plans.update_draft(version_id, draft("Bertan tilanne", "Opiskelu"),
                                          expected_revision=1)
    saves = plan_saves(planner, client)
    as_(planner, ALICE)
    with pytest.raises(EditConflict) as caught:
        planner.plans.update_draft(version_id, draft("Ainon tilanne"),
                                   expected_revision=mine.revision)
    conflict = caught.value
    assert (conflict.kind, conflict.ident, conflict.expected, conflict.current) == (
        "plan", version_id, 1, 2)
    assert conflict.theirs["situation"] == "Bertan tilanne"
    assert [g.description for g in conflict.theirs["goals"]] == ["Opiskelu"]  # type: ignore
    assert conflict.changed_by == BERTTA and conflict.changed_at is not None
    assert conflict.exit_code == 80 and BERTTA in conflict.message("fi")
    stored = planner.plans.view(plan_id)
    assert stored.version.situation == "Bertan tilanne" and stored.version.revision == 2
    assert [g.description for g in stored.goals] == ["Opiskelu"]
    # nothing of A's was written or logged
    assert plan_saves(planner, client) == saves and planner.audit.verify().intact
    # the comparison the dialog shows: the fields that differ, theirs beside mine
    rows = compare(RecordKind.PLAN, conflict.theirs, revisions_of_my_form(planner, plan_id),
                   "fi")
    assert [r.field for r in rows] == ["situation", "goals"]
    # seen theirs, A saves knowingly with the current revision: saved, one more
    saved = planner.plans.update_draft(version_id, draft("Ainon tilanne"),
                                       expected_revision=conflict.current)
    assert saved.revision == 3
    assert other.plans.view(plan_id).version.situation == "Ainon tilanne"


def plan_saves(planner: Planner, client: int) -> list[tuple[str, str]]:
    return [(e.user, e.detail) for e in planner.audit.for_client(client)
            if e.entity == "client_plan" and e.action != "view"]


def revisions_of_my_form(planner: Planner, plan_id: int) -> dict[str, object]:
    """What A's form would hold: A's text and goal over the original draft."""
    from planner.edit_conflict import plan_snapshot
    from planner.plan_diff import GoalSnapshot

    return plan_snapshot("Ainon tilanne", "Palvelutarpeet", "Asiakkaan näkemys",
                         date(2027, 3, 1), [GoalSnapshot("Työkokeilu alkaa", date(2027, 1, 15),
                                                         "proposed", "joint")], [])


def test_each_save_adds_one_and_no_check_without_an_expected_revision(planner: Planner) -> None:
    created = planner.plans.create(client_id(planner), "Suunnitelma", draft("1"))
    for number in range(2, 5):
        version = planner.plans.update_draft(created.id or 0, draft(str(number)),
                                             expected_revision=number - 1)
        assert version.revision == number
    planner.plans.update_draft(created.id or 0, draft("import"))  # no check: the demo, imports
    assert planner.plans.view(created.plan_id).version.revision == 5


@pytest.mark.parametrize("absurd", [-1, 2**70, "1", 1.0, True, [1]])
def test_an_absurd_expected_revision_is_refused_in_words(planner: Planner,
                                                         absurd: object) -> None:
    created = planner.plans.create(client_id(planner), "Suunnitelma", draft("Alku"))
    with pytest.raises(ValidationFailed) as caught:
        planner.plans.update_draft(created.id or 0, draft("Muutos"),
                                   expected_revision=absurd)  # type: ignore[arg-type]
    assert caught.value.errors[0].code == "validation.revision_invalid"
    assert "versiotieto" in caught.value.message("fi")
    assert planner.plans.view(created.plan_id).version.situation == "Alku"


def test_a_draft_changed_since_it_was_shown_is_not_agreed(planner: Planner,
                                                          other: Planner) -> None:
    created = planner.plans.create(client_id(planner), "Suunnitelma", draft("Sovittava"))
    shown = planner.plans.view(created.plan_id).version.revision
    other.plans.update_draft(created.id or 0, draft("Toisen muutos"))
    with pytest.raises(EditConflict) as caught:
        planner.plans.agree(created.id or 0, expected_revision=shown)
    assert caught.value.theirs["situation"] == "Toisen muutos"
    version = planner.plans.view(created.plan_id).version
    assert (version.status, version.agreed_at) == ("draft", None)
    with pytest.raises(EditConflict):  # closing too: the latest version's revision
        planner.plans.close(created.plan_id, expected_revision=shown)
    agreed = planner.plans.agree(created.id or 0, expected_revision=version.revision)
    assert agreed.revision == version.revision + 1


def meeting_for(planner: Planner) -> int:
    start = next_weekday_at(10)
    return planner.meetings.plan(MeetingInput(client_id(planner), "Verkostoneuvottelu", start,
                                              start + timedelta(hours=1),
                                              location="Tays")).id or 0


def test_a_meetings_details_notes_and_status_each_guard_their_own(planner: Planner,
                                                                  other: Planner) -> None:
    meeting_id = meeting_for(planner)
    shown = planner.meeting_details.get(meeting_id)
    assert (shown.meeting.revision, shown.note) == (1, None)
    # B writes the notes (the note's first save: from revision 0), A the details: no clash
    as_(other, BERTTA).meetings.record_notes(meeting_id, "Bertan päätökset", "",
                                             expected_revision=0)
    data = MeetingInput(shown.meeting.client_id, "Uusi otsikko", shown.meeting.start,
                        shown.meeting.end, location="Tays")
    as_(planner, ALICE).meetings.update(meeting_id, data, expected_revision=1)
    # A's notes form was opened before B's first save: it expects no note yet
    with pytest.raises(EditConflict) as caught:
        planner.meetings.record_notes(meeting_id, "Ainon päätökset", "Jarin näkemys",
                                      expected_revision=0)
    assert caught.value.kind == "notes" and caught.value.changed_by == BERTTA
    assert caught.value.theirs == notes_snapshot("Bertan päätökset", "")
    rows = compare("notes", caught.value.theirs,
                   notes_snapshot("Ainon päätökset", "Jarin näkemys"), "en")
    assert [(r.label, r.theirs, r.mine) for r in rows] == [
        ("Decisions", "Bertan päätökset", "Ainon päätökset"),
        ("Client's view", "(empty)", "Jarin näkemys")]
    assert planner.meeting_details.get(meeting_id).note.decisions == "Bertan päätökset"  # type: ignore[union-attr]
    # B, still on the details B opened first, cancels the meeting: refused, A's title shown
    with pytest.raises(EditConflict) as caught:
        other.meetings.set_status(meeting_id, MeetingStatus.CANCELLED, expected_revision=1)
    assert caught.value.theirs["title"] == "Uusi otsikko"
    assert caught.value.changed_by == ALICE
    assert planner.meeting_details.get(meeting_id).meeting.status == MeetingStatus.PLANNED


def test_a_participant_added_does_not_make_the_details_stale(planner: Planner) -> None:
    from planner.domain.enums import ParticipantKind
    from planner.services import ParticipantInput

    meeting_id = meeting_for(planner)
    planner.meetings.add_participant(meeting_id, ParticipantInput(ParticipantKind.CLIENT))
    meeting = planner.meeting_details.get(meeting_id).meeting
    assert meeting.revision == 1  # the editor adds people before its Save
    planner.meetings.set_status(meeting_id, MeetingStatus.CONFIRMED, expected_revision=1)


def test_marking_done_an_action_a_colleague_cancelled_is_refused(planner: Planner,
                                                                 other: Planner) -> None:
    client = client_id(planner)
    action = planner.actions.record(ActionInput(client, "Hae kuntoutusrahaa",
                                                responsible_name="Jari itse"))
    row = planner.actions.list(client_id=client)[0]
    assert row.revision == 1
    as_(other, BERTTA).actions.set_status(action.id or 0, ActionStatus.CANCELLED,
                                          expected_revision=row.revision)
    with pytest.raises(EditConflict) as caught:
        as_(planner, ALICE).actions.set_status(action.id or 0, ActionStatus.DONE, "Haettu",
                                               expected_revision=row.revision)
    assert caught.value.theirs["status"] == "cancelled"
    assert caught.value.changed_by == BERTTA
    assert planner.actions.list(client_id=client)[0].status == ActionStatus.CANCELLED
    assert planner.audit.verify().intact


@pytest.mark.parametrize("what", ["plan", "notes"])
def test_two_saves_at_once_with_the_same_revision_one_wins(planner: Planner, other: Planner,
                                                           what: str) -> None:
    """Two machines press Save at the same moment, both having read revision 1: the writers'
    lock orders them, the second finds revision 2 and is refused — exactly one wins."""
    if what == "plan":
        created = planner.plans.create(client_id(planner), "Suunnitelma", draft("Alku"))
        expected = 1

        def save(p: Planner, text: str) -> None:
            p.plans.update_draft(created.id or 0, draft(text), expected_revision=expected)
    else:
        meeting_id = meeting_for(planner)
        expected = 0

        def save(p: Planner, text: str) -> None:
            p.meetings.record_notes(meeting_id, text, "", expected_revision=expected)
    start = threading.Barrier(2)
    outcomes: dict[str, BaseException | None] = {}

    def run(p: Planner, text: str) -> None:
        start.wait()
        try:
            save(p, text)
            outcomes[text] = None
        except BaseException as error:  # compared below
            outcomes[text] = error

    threads = [threading.Thread(target=run, args=(p, text))
               for p, text in ((planner, "Ensimmäinen"), (other, "Toinen"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    winners = [text for text, error in outcomes.items() if error is None]
    losers = [error for error in outcomes.values() if error is not None]
    assert len(winners) == 1 and len(losers) == 1, outcomes
    assert isinstance(losers[0], EditConflict)
    if what == "plan":
        stored = planner.plans.view(created.plan_id).version
        assert (stored.situation, stored.revision) == (winners[0], 2)
    else:
        note = planner.meeting_details.get(meeting_id).note
        assert note is not None and (note.decisions, note.revision) == (winners[0], 1)
    assert planner.audit.verify().intact


def test_the_comparison_reads_as_the_editor_shows_it() -> None:
    """Times in Helsinki, the language's labels, white space alone no difference."""
    from datetime import UTC, datetime

    from planner.edit_conflict import meeting_snapshot
    from planner.messages import label

    start = datetime(2026, 12, 8, 11, 0, tzinfo=UTC)  # 13.00 in Helsinki
    theirs = meeting_snapshot("Neuvottelu", "Tavoitteet  ", start, start + timedelta(hours=1),
                              "Tays", None, "in_person", "planned", ["Kuulumiset"])
    mine = meeting_snapshot("Neuvottelu", "Tavoitteet", start + timedelta(hours=1),
                            start + timedelta(hours=2), "Tays", "https://meet.example/x",
                            "hybrid", "planned", ["Kuulumiset", "Työkokeilu"])
    rows = compare("meeting", theirs, mine, "fi")
    assert [r.field for r in rows] == ["start", "end", "remote_link", "mode", "agenda"]
    assert (rows[0].label, rows[0].theirs, rows[0].mine) == ("Alkaa", "8.12.2026 klo 13.00",
                                                             "8.12.2026 klo 14.00")
    assert rows[2].theirs == "(tyhjä)"
    assert rows[3].mine == label("meeting_mode", "hybrid", "fi")
    assert rows[4].mine == "Kuulumiset\nTyökokeilu"
    assert compare("meeting", theirs, theirs, "sv") == []
