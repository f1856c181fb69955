"""The server's rule of who sees a client, as migrations 0015 and 0018 compute it (issue 17,
Speed): from the member's side by index, one client by look-ups on it, the child rows by their
parent's key, and the member's set kept in the session while its ground is unchanged, where no
member can forge it or roll its ground back. Real member logins attack straight through
psycopg; the rule is compared with the app's own (planner/consent_coverage.py,
Consents.covered_agencies) case by case."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import psycopg
import pytest

from planner.domain.enums import AgencyKind, ConsentForm
from planner.services import ClientInput
from planner.services.consents import ConsentInput
from planner.services.directory import AgencyInput, ProfessionalInput
from planner.services.meetings import MeetingInput
from planner.services.plans import GoalInput, PlanDraft, ServiceInput
from planner.storage.team import TeamStore
from planner.storage.team_setup import map_member
from tests.test_team_rls import (
    DENIED,
    PASSWORD,
    Team,
    team,  # noqa: F401 - the fixture, asked for by name
)

HELSINKI_TODAY = datetime.now(UTC).astimezone(ZoneInfo("Europe/Helsinki")).date()


@pytest.fixture
def members(team: Team) -> Team:  # noqa: F811 - test_team_rls's set-up team store
    return team


def _seen(conn: psycopg.Connection[tuple[object, ...]]) -> set[int]:
    return {int(str(row[0])) for row in conn.execute("SELECT id FROM client")}


def test_the_server_covers_exactly_whom_the_apps_rule_covers(members: Team) -> None:
    """Kaisa, with no other ground, moved under each agency in turn: the clients the server
    shows her (the set and the one-client check) are those whose consents valid now cover
    her agency by the app's rule — organisation named whole, its unit itself, spelling aside;
    withdrawn, expired yesterday in Helsinki or not yet given cover nobody."""
    admin = members.admin
    directory = admin.directory
    agencies = {
        "kela unit": members.ids["kela"],  # Kela, Pirkanmaan vakuutuspiiri
        "kela unit spelt": directory.create_agency(AgencyInput(
            "kela ", AgencyKind.KELA, unit="PIRKANMAAN  vakuutuspiiri")).id or 0,
        "kela other unit": directory.create_agency(AgencyInput(
            "Kela", AgencyKind.KELA, unit="Uudenmaan vakuutuspiiri")).id or 0,
        "county unit": members.ids["county"],  # Pirkanmaan hyvinvointialue, Aikuissosiaalityö
        "county whole": directory.create_agency(AgencyInput(
            "Pirkanmaan hyvinvointialue", AgencyKind.SOCIAL_SERVICES)).id or 0,
        "same unit, other organisation": directory.create_agency(AgencyInput(
            "Tampereen kaupunki", AgencyKind.SOCIAL_SERVICES, unit="Aikuissosiaalityö")).id or 0,
    }
    kela_whole = next(a.id or 0 for a in directory.agencies()
                      if a.name.strip() == "KELA" and not a.unit)
    now = datetime.now(UTC)
    cases = {  # client: (agencies named, given, valid until, withdrawn)
        "Kela whole": ([kela_whole], now - timedelta(days=3), None, False),
        "Kela unit": ([agencies["kela unit"]], now - timedelta(days=3), None, False),
        "Kela other unit": ([agencies["kela other unit"]], now - timedelta(days=3), None, False),
        "county whole": ([agencies["county whole"]], now - timedelta(days=3), None, False),
        "other organisation's unit": ([agencies["same unit, other organisation"]],
                                      now - timedelta(days=3), None, False),
        "withdrawn": ([kela_whole], now - timedelta(days=3), None, True),
        "expired yesterday": ([kela_whole], now - timedelta(days=3),
                              HELSINKI_TODAY - timedelta(days=1), False),
        "last day today": ([agencies["kela unit"]], now - timedelta(days=3), HELSINKI_TODAY,
                           False),
        "not yet given": ([kela_whole], now + timedelta(days=1), None, False),
        "two named": ([agencies["kela other unit"], agencies["county unit"]],
                      now - timedelta(days=3), None, False),
    }
    clients: dict[int, str] = {}
    for name, (named, given, until, withdrawn) in cases.items():
        client = admin.clients.create(ClientInput(name, "Suostumus"))
        consent = admin.consents.record(ConsentInput(
            client.id or 0, named, "Yhteistyö", ConsentForm.WRITTEN, now - timedelta(days=3),
            valid_until=until))
        if given > now:  # one given from tomorrow on: set by hand
            with members.server.admin(members.database) as conn:  # type: ignore[attr-defined]
                conn.execute("UPDATE consent SET given_at = %s WHERE id = %s", (
                    given.strftime("%Y-%m-%dT%H:%M:%S.%fZ"), consent.id))
        if withdrawn:
            admin.consents.withdraw(consent.id or 0)
        clients[client.id or 0] = name
    assert isinstance(admin.store, TeamStore)
    for label, agency in agencies.items():
        person = directory.create_professional(ProfessionalInput(f"Kaisa {label}", agency))
        map_member(admin.store, "kaisa", person.id or 0)
        expected = {client for client in clients
                    if agency in admin.consents.covered_agencies(client)}
        with members.connect("kaisa") as conn:
            assert _seen(conn) & set(clients) == expected, label
            one_by_one = {client for client in clients if conn.execute(
                "SELECT verkosto_sees_client(%s)", (client,)).fetchone() == (True,)}
            assert one_by_one == expected, label
        # the app's rule itself, for the record of what was compared
        if label in ("kela unit", "kela unit spelt"):
            assert {clients[c] for c in expected} == {
                "Kela whole", "Kela unit", "last day today"}
        if label == "county unit":
            assert {clients[c] for c in expected} == {"county whole", "two named"}


def _meeting_and_plan_of_aino(members: Team) -> dict[str, int]:
    """A meeting with an agenda and notes, and a plan with a goal and a service, for Aino
    (Liisa's client, not Kaisa's)."""
    admin = members.admin
    start = datetime.now(UTC) + timedelta(days=2)
    meeting = admin.meetings.plan(MeetingInput(members.ids["aino"], "Salainen neuvottelu", start,
                                               start + timedelta(hours=1), location="Toimisto",
                                               agenda=["Tilanne"]))
    admin.meetings.record_notes(meeting.id or 0, "Päätökset", "", expected_revision=0)
    code = admin.plans.service_codes()[0].code
    version = admin.plans.create(members.ids["aino"], "Suunnitelma", PlanDraft(
        situation="Tilanne", goals=[GoalInput("Tavoite")], services=[ServiceInput(code)]))
    return {"meeting": meeting.id or 0, "version": version.id or 0,
            "plan": version.plan_id}


def test_the_rows_under_an_invisible_meeting_or_plan_are_out_of_reach_by_id(
        members: Team) -> None:
    ids = _meeting_and_plan_of_aino(members)
    meeting, version, plan = ids["meeting"], ids["version"], ids["plan"]
    by_meeting = ("agenda_item", "participant", "meeting_note", "carried_action")
    by_version = ("plan_goal", "plan_service")
    with members.server.admin(members.database) as conn:  # type: ignore[attr-defined]
        assert conn.execute("SELECT count(*) FROM agenda_item WHERE meeting_id = %s",
                            (meeting,)).fetchone() == (1,)  # there is something to hide
    with members.connect("kaisa") as conn:
        for table in by_meeting:
            assert conn.execute(f"SELECT count(*) FROM {table} WHERE meeting_id = %s",
                                (meeting,)).fetchone() == (0,), table
            assert conn.execute(f"DELETE FROM {table} WHERE meeting_id = %s",
                                (meeting,)).rowcount == 0, table
        for table in by_version:
            assert conn.execute(f"SELECT count(*) FROM {table} WHERE version_id = %s",
                                (version,)).fetchone() == (0,), table
            assert conn.execute(f"UPDATE {table} SET version_id = version_id "
                                "WHERE version_id = %s", (version,)).rowcount == 0, table
        assert conn.execute("SELECT count(*) FROM plan_version WHERE plan_id = %s",
                            (plan,)).fetchone() == (0,)
        with pytest.raises(DENIED):  # herself a participant, to see the client through it
            conn.execute("INSERT INTO participant (meeting_id, kind, professional_id, name, "
                         "role, required, attendance) VALUES (%s, 'PROFESSIONAL', %s, "
                         "'Kaisa Kela', 'OTHER', true, 'INVITED')",
                         (meeting, members.ids["kaisa"]))
        with pytest.raises(DENIED):
            conn.execute("INSERT INTO plan_goal (version_id, position, description, status, "
                         "expressed_by) VALUES (%s, 9, 'Oma', 'PROPOSED', 'JOINT')",
                         (version,))
        with pytest.raises(DENIED):  # nor a meeting's row moved under the hidden meeting
            conn.execute("UPDATE participant SET meeting_id = %s", (meeting,))
        assert _seen(conn) == {members.ids["bertta"]}
    with members.connect("liisa") as conn:  # the case lead sees them all
        assert conn.execute("SELECT count(*) FROM agenda_item WHERE meeting_id = %s",
                            (meeting,)).fetchone() == (1,)
        assert conn.execute("SELECT count(*) FROM plan_goal WHERE version_id = %s",
                            (version,)).fetchone() == (1,)


def test_the_kept_set_and_its_ground_cannot_be_read_changed_or_forged(members: Team) -> None:
    with members.connect("kaisa") as conn:
        everyone = [members.ids[n] for n in ("aino", "bertta", "cecilia")]
        assert _seen(conn) == {members.ids["bertta"]}  # the set is made: the table exists
        for statement in ("SELECT * FROM pg_temp.verkosto_seen_kept",
                          "UPDATE pg_temp.verkosto_seen_kept SET clients = '{1,2,3}'",
                          "INSERT INTO pg_temp.verkosto_seen_kept VALUES (session_user, 1, "
                          "now(), 'infinity', '{1,2,3}')",
                          "DELETE FROM pg_temp.verkosto_seen_kept",
                          "DROP TABLE pg_temp.verkosto_seen_kept",
                          "ALTER TABLE pg_temp.verkosto_seen_kept ADD COLUMN x integer",
                          # the ground's generation: rolled back, a stale set would pass
                          "SELECT * FROM verkosto_rule_generation",
                          "UPDATE verkosto_rule_generation SET generation = 1",
                          "SELECT verkosto_rule_changed()",
                          "SELECT verkosto_seen_until()"):
            with pytest.raises(DENIED):
                conn.execute(statement)
        # dropped with the session's every temporary table, then one of her own in its place
        conn.execute("DISCARD TEMP")
        conn.execute("CREATE TEMPORARY TABLE verkosto_seen_kept (login name, generation bigint, "
                     "made timestamptz, until timestamptz, clients integer[])")
        conn.execute("INSERT INTO verkosto_seen_kept SELECT session_user, g, now() - interval "
                     "'1 day', 'infinity', %s FROM generate_series(1, 1000) g", (everyone,))
        with pytest.raises(DENIED, match="not Verkosto's"):
            conn.execute("SELECT id FROM client")
        conn.execute("DROP TABLE verkosto_seen_kept")
        assert _seen(conn) == {members.ids["bertta"]}
    # nor a view of that name in a new session, before the server made its table
    with members.connect("kaisa") as conn:
        conn.execute("CREATE TEMPORARY VIEW verkosto_seen_kept AS SELECT "
                     "session_user::name AS login, 1::bigint AS generation, now() AS made, "
                     "'infinity'::timestamptz AS until, ARRAY[1, 2, 3] AS clients")
        with pytest.raises(DENIED, match="not Verkosto's"):
            conn.execute("SELECT id FROM client")


def test_a_transaction_sees_its_own_changes_to_the_ground_at_once(members: Team) -> None:
    """The set kept in a transaction is forgotten by the member's own changes to what the
    rule reads: a new client is hers for the next statement, and leaving a meeting hides its
    client at once."""
    with psycopg.connect(members.server.url(members.database, user="liisa", password=PASSWORD)) \
            as conn:  # one transaction, as the app's
        assert _seen(conn) == {members.ids["aino"]}
        new = conn.execute(
            "INSERT INTO client (last_name, first_names, search_key, address, language, "
            "needs_interpreter, situation, created_at) VALUES ('Uusi', 'Asiakas', '', '', "
            "'fi', false, '', '2026-12-03T08:00:00.000000Z') RETURNING id").fetchone()
        assert new is not None
        conn.execute("INSERT INTO meeting (client_id, title, purpose, start, \"end\", location, "
                     "mode, status, ical_uid, sequence, rescheduled_sequence, created_at, "
                     "updated_at) VALUES (%s, 'Ensitapaaminen', '', "
                     "'2026-12-10T08:00:00.000000Z', '2026-12-10T09:00:00.000000Z', '', "
                     "'IN_PERSON', 'PLANNED', 'uusi@verkosto', 0, 0, "
                     "'2026-12-03T08:00:00.000000Z', '2026-12-03T08:00:00.000000Z')", new)
        assert _seen(conn) == {members.ids["aino"], new[0]}
        conn.commit()
    with psycopg.connect(members.server.url(members.database, user="olli", password=PASSWORD)) \
            as conn:
        assert _seen(conn) == {members.ids["bertta"]}
        left = conn.execute("DELETE FROM participant WHERE professional_id = %s",
                            (members.ids["olli"],))
        assert left.rowcount == 1
        assert _seen(conn) == set()  # the same transaction: his ground is gone
        conn.rollback()
        assert _seen(conn) == {members.ids["bertta"]}  # rolled back: back as it was
        conn.execute("SAVEPOINT lahto")  # and so for a savepoint rolled back to
        conn.execute("DELETE FROM participant WHERE professional_id = %s",
                     (members.ids["olli"],))
        assert _seen(conn) == set()
        conn.execute("ROLLBACK TO SAVEPOINT lahto")
        assert _seen(conn) == {members.ids["bertta"]}
        conn.rollback()


def _computed(conn: psycopg.Connection[tuple[object, ...]]) -> str:
    """When this session last computed its set (migration 0018's verkosto.seen_computed)."""
    row = conn.execute("SELECT current_setting('verkosto.seen_computed', true)").fetchone()
    assert row is not None and row[0]
    return str(row[0])


def test_the_set_is_kept_across_transactions_until_its_ground_changes(members: Team) -> None:
    """Computed once per session, not per transaction — and computed again in the first
    statement after anyone's change to what the rule reads commits, an open transaction's
    too: another member's withdrawal hides the client at once."""
    with psycopg.connect(members.server.url(members.database, user="kaisa", password=PASSWORD)) \
            as conn:
        assert _seen(conn) == {members.ids["bertta"]}
        first = _computed(conn)
        conn.commit()
        for _ in range(3):  # new transactions, nothing changed: the kept set
            assert _seen(conn) == {members.ids["bertta"]} and _computed(conn) == first
            conn.commit()
        assert _seen(conn) == {members.ids["bertta"]}  # this transaction stays open
        members.admin.consents.withdraw(members.ids["consent"])  # committed by another
        assert _seen(conn) == set()  # at once
        again = _computed(conn)
        assert again != first
        conn.commit()
        assert _seen(conn) == set() and _computed(conn) == again
        conn.rollback()
    assert members.sees("kaisa") == set()


def test_a_change_rolled_back_by_another_member_leaves_the_kept_set_right(
        members: Team) -> None:
    """Another member's change seen by nobody (rolled back) changes nothing; one still
    uncommitted is not seen, and the set is computed again once it commits."""
    with members.connect("kaisa") as kaisa, members.server.admin(members.database) as admin:
        assert _seen(kaisa) == {members.ids["bertta"]}
        with admin.transaction(force_rollback=True):
            admin.execute("UPDATE consent SET withdrawn_at = '2026-01-01T00:00:00.000000Z' "
                          "WHERE id = %s", (members.ids["consent"],))
            assert _seen(kaisa) == {members.ids["bertta"]}  # not committed: still covered
        assert _seen(kaisa) == {members.ids["bertta"]}
        admin.execute("UPDATE consent SET withdrawn_at = '2026-01-01T00:00:00.000000Z' "
                      "WHERE id = %s", (members.ids["consent"],))
        assert _seen(kaisa) == set()


def test_a_consent_that_starts_later_shows_its_client_when_it_starts(members: Team) -> None:
    """Nothing in the tables changes when a consent given ahead starts or one withdrawn ahead
    ends: the kept set holds only until the first such moment (verkosto_seen_until)."""
    soon = datetime.now(UTC) + timedelta(seconds=1.5)
    with members.server.admin(members.database) as admin:  # type: ignore[attr-defined]
        admin.execute("UPDATE consent SET given_at = %s WHERE id = %s",
                      (soon.strftime("%Y-%m-%dT%H:%M:%S.%fZ"), members.ids["consent"]))
    with members.connect("kaisa") as conn:
        assert _seen(conn) == set()  # not given yet; kept until it is
        while datetime.now(UTC) < soon + timedelta(seconds=0.05):
            time.sleep(0.05)
        assert _seen(conn) == {members.ids["bertta"]}  # no change to any table: the clock
    later = datetime.now(UTC) + timedelta(seconds=1.5)
    with members.server.admin(members.database) as admin:  # type: ignore[attr-defined]
        admin.execute("UPDATE consent SET withdrawn_at = %s WHERE id = %s",
                      (later.strftime("%Y-%m-%dT%H:%M:%S.%fZ"), members.ids["consent"]))
    with members.connect("kaisa") as conn:
        assert _seen(conn) == {members.ids["bertta"]}  # withdrawn from a moment ahead
        while datetime.now(UTC) < later + timedelta(seconds=0.05):
            time.sleep(0.05)
        assert _seen(conn) == set()


def test_the_kept_set_ends_at_midnight_after_a_consents_last_day(members: Team) -> None:
    """valid_until is a Helsinki date: the set is kept until the next midnight there."""
    with members.server.admin(members.database) as admin:  # type: ignore[attr-defined]
        admin.execute("UPDATE consent SET valid_until = %s WHERE id = %s",
                      (HELSINKI_TODAY, members.ids["consent"]))
        admin.execute("GRANT EXECUTE ON FUNCTION verkosto_seen_until() TO kaisa")
    with members.connect("kaisa") as conn:
        row = conn.execute("SELECT verkosto_seen_until()").fetchone()
    midnight = datetime.combine(HELSINKI_TODAY + timedelta(days=1), datetime.min.time(),
                                ZoneInfo("Europe/Helsinki"))
    assert row is not None and row[0] == midnight


def test_a_members_session_does_not_jit_compile_its_statements(members: Team) -> None:
    """team-setup turns JIT off for the store's database: the policies' subplans make a search
    look costly enough to compile, which took 50 ms of a 20 ms search at 10,000 clients."""
    with members.connect("kaisa") as conn:
        assert conn.execute("SHOW jit").fetchone() == ("off",)
