"""`verkosto agenda MEETING_ID [--json]` on the demo store (issue 14). The command runs on the
real clock, so only what holds on any day after the demo's is asserted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from planner.services import Planner
from tests.conftest import PASSPHRASE
from tests.support.cli import Ran, command_environment, run
from tests.support.windows import demo_store

# the local store and a team store on PostgreSQL, the commands pointed at it by $VERKOSTO_STORE
pytestmark = [pytest.mark.both_engines, pytest.mark.usefixtures("cli_store")]


def verkosto(data_dir: Path, *args: str, lang: str = "fi") -> Ran:
    return run([*args, "--data-dir", str(data_dir)],
               command_environment(lang, {"VERKOSTO_PASSPHRASE": PASSPHRASE}))


@pytest.fixture
def demo(data_dir: Path) -> dict[str, int]:
    """The demo store, and the ids the tests name: the discharged client's follow-up and the
    newcomer's overdue action (another client's)."""
    ids: dict[str, int] = {}

    def find(planner: Planner) -> None:
        actions = planner.actions.list()
        [pension] = [a for a in actions if a.description.startswith("Eläkkeensaajan")]
        [housing] = [a for a in actions if a.description == "Tilapäinen asunto"]
        follow_up = min((m for m in planner.meetings.list(client_id=pension.client_id)
                         if m.title == "Seurantaneuvottelu"), key=lambda m: m.start)
        ids.update(meeting=follow_up.id, pension=pension.id, housing=housing.id,
                   client=pension.client_id)
    demo_store(data_dir, find)
    return ids


def test_json_lists_the_client_s_earlier_open_actions_with_stable_keys(
        data_dir: Path, demo: dict[str, int]) -> None:
    result = verkosto(data_dir, "agenda", str(demo["meeting"]), "--json")
    assert result.returncode == 0, result.stderr
    agenda = json.loads(result.stdout)
    assert list(agenda) == ["meeting_id", "client_id", "title", "start", "today", "actions",
                            "goals"]
    assert (agenda["meeting_id"], agenda["client_id"]) == (demo["meeting"], demo["client"])
    [pension] = [a for a in agenda["actions"] if a["id"] == demo["pension"]]
    assert list(pension) == ["id", "description", "responsible", "agency", "due_date",
                             "status", "overdue", "from_meeting_id", "from_meeting_start",
                             "outcome", "note"]
    assert (pension["due_date"], pension["overdue"], pension["outcome"]) == (
        "2026-11-22", True, None)
    assert demo["housing"] not in {a["id"] for a in agenda["actions"]}  # another client's
    assert [g["description"] for g in agenda["goals"]] == ["Lääkkeet saatu käyttöön"]


def test_the_table_is_in_the_chosen_language(data_dir: Path, demo: dict[str, int]) -> None:
    result = verkosto(data_dir, "agenda", str(demo["meeting"]), "--lang", "sv")
    assert result.returncode == 0, result.stderr
    for text in ("Öppna åtgärder från tidigare möten", "Planens mål som ska utvärderas",
                 "Förfallodag", "Eläkkeensaajan asumistuen hakemus", "22.11.2026", " ja "):
        assert text in result.stdout
    assert "Tilapäinen asunto" not in result.stdout


def test_an_unknown_meeting_is_named_with_exit_4(data_dir: Path, demo: dict[str, int]) -> None:
    result = verkosto(data_dir, "agenda", "999999")
    assert result.returncode == 4
    assert "999999" in result.stderr and "Traceback" not in result.stderr
    assert result.stdout == ""

