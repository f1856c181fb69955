"""`verkosto requests [--open] [--overdue] [--client ID] [--json]` and the demo's overdue
information request (issue 15). The command runs on the real clock: only what holds on any
day after the demo's (2026-11-25) is asserted."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from planner.services import Planner
from planner.services.information_requests import RequestState
from tests.conftest import PASSPHRASE
from tests.factories import TZ
from tests.support.cli import Ran, command_environment, run
from tests.support.windows import DEMO_DAY, demo_store

# the local store and a team store on PostgreSQL, the commands pointed at it by $VERKOSTO_STORE
pytestmark = [pytest.mark.both_engines, pytest.mark.usefixtures("cli_store")]


def verkosto(data_dir: Path, *args: str, lang: str = "fi") -> Ran:
    return run([*args, "--data-dir", str(data_dir)],
               command_environment(lang, {"VERKOSTO_PASSPHRASE": PASSPHRASE}))


@pytest.fixture
def demo(data_dir: Path) -> dict[str, int]:
    """The demo store with one more request: an answered one of another client."""
    ids: dict[str, int] = {}

    def add(planner: Planner) -> None:
        (late,) = planner.requests.list()
        other = next(c for c in planner.clients.search("") if c.id != late.client_id)
        data = planner.requests.get(late.id)
        from planner.services import RequestInput
        answered = planner.requests.create(RequestInput(
            other.id or 0, data.requesting_agency_id, data.receiving_agency_id,
            "Kotihoidon käynnit", legal_basis="Sosiaalihuoltolaki, monialainen yhteistyö"))
        planner.requests.mark_sent(answered.id or 0, DEMO_DAY, DEMO_DAY)
        planner.requests.mark_answered(answered.id or 0, "Kaksi käyntiä päivässä.", DEMO_DAY)
        ids.update(late=late.id, father=late.client_id, answered=answered.id or 0,
                   other=other.id or 0)
    demo_store(data_dir, add)
    return ids


def test_the_demo_father_has_an_overdue_request_from_kela_to_the_county(
        data_dir: Path) -> None:
    def check(planner: Planner) -> None:
        pinned = Planner(planner.store, clock=lambda: datetime(2026, 11, 25, 12, tzinfo=TZ))
        (row,) = pinned.requests.list()
        assert row.client_name == "Jari Tapani Mäkinen"
        assert row.requesting_agency.startswith("Kela")
        assert row.receiving_agency == "Varsinais-Suomen hyvinvointialue, Aikuissosiaalityö"
        assert row.state == RequestState.OVERDUE and row.due_date < DEMO_DAY
        assert row.consent_id is not None and row.warnings == ()  # the consent covers both
        # the demo's profile (Katja Salonen, Kela) asked it: hers on the home view
        assert [r.id for r in pinned.home.content().overdue_requests] == [row.id]
    demo_store(data_dir, check)


def test_json_with_stable_keys_and_the_filters(data_dir: Path, demo: dict[str, int]) -> None:
    result = verkosto(data_dir, "requests", "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [r["id"] for r in rows] == [demo["answered"], demo["late"]]  # newest first
    assert list(rows[1]) == [
        "id", "client_id", "client", "requesting_agency_id", "requesting_agency",
        "requesting_professional_id", "requesting_person", "receiving_agency_id",
        "receiving_agency", "receiving_professional_id", "receiving_person", "subject",
        "legal_basis", "consent_id", "status", "state", "overdue", "sent_on", "due_date",
        "answered_on", "answer_summary", "warnings"]
    late = rows[1]
    assert (late["status"], late["state"], late["overdue"]) == ("sent", "overdue", True)
    assert late["requesting_person"] == "Katja Salonen" and late["answered_on"] is None
    assert rows[0]["state"] == "answered" and rows[0]["answered_on"] == DEMO_DAY.isoformat()

    def ids(*flags: str) -> list[int]:
        ran = verkosto(data_dir, "requests", "--json", *flags)
        assert ran.returncode == 0, ran.stderr
        return [r["id"] for r in json.loads(ran.stdout)]

    assert ids("--open") == [demo["late"]]
    assert ids("--overdue") == [demo["late"]]
    assert ids("--client", str(demo["other"])) == [demo["answered"]]
    assert ids("--client", str(demo["other"]), "--open") == []
    assert ids("--client", str(demo["father"]), "--overdue") == [demo["late"]]


def test_the_table_in_each_language(data_dir: Path, demo: dict[str, int]) -> None:
    fi = verkosto(data_dir, "requests", "--overdue")
    assert fi.returncode == 0, fi.stderr
    assert "Pyytäjä" in fi.stdout and "myöhässä" in fi.stdout
    assert "Katja Salonen, Kela" in fi.stdout and "suostumus" in fi.stdout
    sv = verkosto(data_dir, "requests", "--client", str(demo["other"]), lang="sv")
    assert "Begärande" in sv.stdout and "besvarad" in sv.stdout
    en = verkosto(data_dir, "requests", "--client", str(demo["other"]), "--open", lang="en")
    assert en.returncode == 0 and en.stdout.strip() == "No information requests."


@pytest.mark.parametrize("ident", ["0", "-1", "424242", str(2**70)])
def test_an_unknown_client_is_not_found_and_logs_nothing(
        data_dir: Path, demo: dict[str, int], ident: str) -> None:
    before = verkosto(data_dir, "audit", "--verify", "--json")
    result = verkosto(data_dir, "requests", "--client", ident)
    assert result.returncode == 4, result.stderr
    assert "Asiakasta" in result.stderr and "ei löydy" in result.stderr
    after = verkosto(data_dir, "audit", "--verify", "--json")
    assert json.loads(after.stdout)["entries"] == json.loads(before.stdout)["entries"]
