"""`verkosto invites` and `verkosto cancel` as real processes on a real encrypted store."""

from __future__ import annotations

import email
import json
from collections.abc import Iterator
from email.policy import default
from pathlib import Path

import pytest
from icalendar import Calendar

from tests.conftest import ENGINES
from tests.support.cli import engine_data_dir
from tests.test_cli import verkosto


@pytest.fixture(scope="module", params=ENGINES)
def demo_dir(request: pytest.FixtureRequest,
             tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The demo in the local store, or in a team store (tests/support/cli.py)."""
    with engine_data_dir(request, tmp_path_factory.mktemp("ical-demo"),
                         request.param) as data_dir:
        assert verkosto("demo", data_dir=data_dir).returncode == 0
        yield data_dir


def _meetings(demo_dir: Path) -> list[dict[str, object]]:
    result = verkosto("meetings", "--all", "--json", data_dir=demo_dir)
    assert result.returncode == 0, result.stderr
    rows: list[dict[str, object]] = json.loads(result.stdout)
    return rows


def test_invites_command_writes_ics_and_one_eml_per_recipient(demo_dir: Path,
                                                               tmp_path: Path) -> None:
    meeting = next(m for m in _meetings(demo_dir) if m["status"] == "confirmed")
    out = tmp_path / "out"
    result = verkosto("invites", str(meeting["id"]), "--out", str(out), data_dir=demo_dir)
    assert result.returncode == 0, result.stderr
    calendar = Calendar.from_ical((out / "invite.ics").read_bytes())
    assert calendar["METHOD"] == "REQUEST"
    event = calendar.walk("VEVENT")[0]
    assert event["STATUS"] == "CONFIRMED"
    emls = sorted(out.glob("*.eml"))
    assert emls and {str(p) for p in emls} | {str(out / "invite.ics")} == set(
        result.stdout.split())
    for path in emls:
        message = email.message_from_bytes(path.read_bytes(), policy=default)
        assert path.stem == message["To"]
        part = next(p for p in message.walk() if p.get_content_type() == "text/calendar")
        assert part.get_param("method") == "REQUEST"
    extract = json.loads(verkosto("audit", "--client", str(meeting["client_id"]), "--json",
                                  data_dir=demo_dir).stdout)
    disclosed = {e["recipient"] for e in extract
                 if e["what"] == "meeting_invite" and e["action"] == "disclose"}
    assert disclosed == {p.stem for p in emls}


def test_cancel_command_refuses_a_live_meeting_and_cancels_a_cancelled_one(
        demo_dir: Path, tmp_path: Path) -> None:
    meetings = _meetings(demo_dir)
    live = next(m for m in meetings if m["status"] in ("planned", "confirmed"))
    refused = verkosto("cancel", str(live["id"]), "--out", str(tmp_path / "no"),
                       data_dir=demo_dir)
    assert refused.returncode == 3
    assert "Tapaamista ei ole peruttu" in refused.stderr
    assert not (tmp_path / "no").exists()
    cancelled = next(m for m in meetings if m["status"] == "cancelled")
    out = tmp_path / "cancel"
    result = verkosto("cancel", str(cancelled["id"]), "--out", str(out), data_dir=demo_dir)
    assert result.returncode == 0, result.stderr
    calendar = Calendar.from_ical((out / "cancel.ics").read_bytes())
    event = calendar.walk("VEVENT")[0]
    assert calendar["METHOD"] == "CANCEL" and event["STATUS"] == "CANCELLED"
    for path in out.glob("*.eml"):
        message = email.message_from_bytes(path.read_bytes(), policy=default)
        part = next(p for p in message.walk() if p.get_content_type() == "text/calendar")
        assert part.get_param("method") == "CANCEL"


def test_invites_for_an_unknown_meeting_fails_cleanly(demo_dir: Path, tmp_path: Path) -> None:
    result = verkosto("invites", "99999", "--out", str(tmp_path), data_dir=demo_dir)
    assert result.returncode == 4 and "Traceback" not in result.stderr
