"""libical — the parser of GNOME Evolution and of many calendar servers — reads every calendar
file Verkosto writes without a complaint (issue 18).

libical runs under the system Python with its GObject binding (tests/support/libical_check.py;
Debian: python3-gi, gir1.2-ical-3.0, which .ci/run and dev.py install), in one process for all
the files. It reports what it could not parse (an empty ``DESCRIPTION:``) and what RFC 5546's
restrictions forbid for the file's METHOD (a PUBLISH event without ORGANIZER) as X-LIC-ERROR
properties; there must be none. The files are those of the demo store as the app writes them:
REQUEST and CANCEL of in-person, hybrid and remote meetings, a series written by one
``verkosto invites`` call, the iMIP e-mails, the all-upcoming PUBLISH file and the CalDAV
objects, with the default privacy settings and with titles allowed, answers recorded, a
cancellation to a removed participant, and texts that redaction empties.
"""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from exports.ical.export import invite_batch, write_cancel, write_outgoing_batch
from exports.ical.feed import Privacy, calendar_of, meeting_event, upcoming_details, write_upcoming
from planner.domain.enums import Attendance, MeetingMode, MeetingStatus, ParticipantKind
from planner.services import MeetingInput, Planner
from tests.conftest import PASSPHRASE
from tests.support.cli import command_environment, run
from tests.support.ical import TZ
from tests.support.stores import CONFIG_ENV
from tests.support.windows import DEMO_DAY, demo_store

SYSTEM_PYTHON = Path("/usr/bin/python3")
CHECKER = Path(__file__).resolve().parent / "support" / "libical_check.py"
INSTALL = "apt-get install python3 python3-gi gir1.2-ical-3.0 (CI: .ci/run; dev.py test)"
NOW = datetime(DEMO_DAY.year, DEMO_DAY.month, DEMO_DAY.day, 12, 0, tzinfo=TZ)


def libical(paths: list[Path]) -> dict[str, list[dict[str, Any]]]:
    """libical's findings for each file (one process for all of them). Fails — never skips —
    when the system Python or the binding is missing: CI installs them."""
    if not SYSTEM_PYTHON.exists():
        pytest.fail(f"{SYSTEM_PYTHON} is missing, so libical cannot check the calendar files. "
                    f"Install: {INSTALL}")
    done = subprocess.run([str(SYSTEM_PYTHON), "-I", str(CHECKER), *map(str, paths)],
                          capture_output=True, text=True, timeout=120)
    if done.returncode == 3:
        pytest.fail(f"{done.stderr.strip()} (needed by {CHECKER.name}; {INSTALL})")
    assert done.returncode in (0, 1), done.stderr
    files: dict[str, list[dict[str, Any]]] = json.loads(done.stdout)["files"]
    assert done.returncode == (1 if any(r["issues"] for rs in files.values() for r in rs)
                               else 0)
    return files


@dataclass
class Written:
    """The files written, by what they are."""

    kinds: dict[str, list[Path]] = field(default_factory=dict)
    series: list[int] = field(default_factory=list)  # meetings for `verkosto invites ID…`

    def add(self, kind: str, *paths: Path) -> None:
        self.kinds.setdefault(kind, []).extend(paths)

    def all(self) -> list[Path]:
        return [path for paths in self.kinds.values() for path in paths]


def _out_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.suffix in (".ics", ".eml"))


def _by_title(planner: Planner) -> dict[str, list[int]]:
    ids: dict[str, list[int]] = {}
    for row in planner.meetings.list(include_cancelled=True, limit=100):
        ids.setdefault(row.title, []).append(row.id or 0)
    return ids


def _caldav_objects(planner: Planner, folder: Path) -> list[Path]:
    """Each upcoming meeting as `verkosto publish` PUTs it (exports/caldav/publish.py)."""
    folder.mkdir()
    privacy = Privacy.of(planner)
    paths = []
    for detail in upcoming_details(planner, NOW, "test"):
        path = folder / f"{detail.meeting.id}.ics"
        path.write_bytes(calendar_of([meeting_event(detail, privacy, "fi", NOW)],
                                     method=None).to_ical())
        paths.append(path)
    return paths


def _write_all(planner: Planner, out: Path, written: Written, variant: str) -> None:
    """Every kind of file, with the store's current privacy settings."""
    upcoming = [d.meeting.id or 0 for d in upcoming_details(planner, NOW, "test")]
    batch = invite_batch(planner, upcoming, now=NOW)
    write_outgoing_batch(planner, [(o, out / f"{variant}-invites" / str(o.detail.meeting.id))
                                   for o in batch])
    files = _out_files(out / f"{variant}-invites")
    written.add(f"{variant} REQUEST .ics", *(p for p in files if p.suffix == ".ics"))
    written.add(f"{variant} REQUEST .eml", *(p for p in files if p.suffix == ".eml"))
    for meeting_id in _by_title(planner)["Terveydentilan ja kuntoutuksen neuvottelu"]:
        if planner.meeting_details.get(meeting_id).meeting.status == MeetingStatus.CANCELLED:
            cancel = write_cancel(planner, meeting_id, out / f"{variant}-cancel", now=NOW)
            written.add(f"{variant} CANCEL .ics", cancel.ics)
            written.add(f"{variant} CANCEL .eml", *cancel.emails.values())
    feed = out / f"{variant}-upcoming.ics"
    write_upcoming(planner, feed, now=NOW)
    written.add(f"{variant} PUBLISH", feed)
    written.add(f"{variant} CalDAV", *_caldav_objects(planner, out / f"{variant}-caldav"))


def _prepare(planner: Planner, out: Path, written: Written) -> None:
    """Answers recorded, a participant removed, a link that names the client, then every file
    with the default settings, with titles allowed (first names), and with titles allowed
    but the client named nowhere and a meeting whose title and place are the client's name."""
    ids = _by_title(planner)
    written.series = [d.meeting.id or 0 for d in upcoming_details(planner, NOW, "test")][:3]
    planning = ids["Kuntoutuksen suunnittelu"][0]  # in person, everyone still to answer
    detail = planner.meeting_details.get(planning)
    answers = [Attendance.ACCEPTED, Attendance.DECLINED, Attendance.TENTATIVE]
    others = [p for p in detail.participants if p.kind == ParticipantKind.PROFESSIONAL]
    for person, answer in zip(others, answers, strict=False):
        assert planner.replies.record(detail.meeting.ical_uid, person.email or "", answer,
                                      detail.meeting.sequence).outcome == "recorded"
    removed = planner.meetings.remove_participant(others[-1].id or 0)
    cancel = write_cancel(planner, planning, out / "removed", now=NOW, removed=[removed])
    written.add("CANCEL to a removed participant .ics", cancel.ics)
    written.add("CANCEL to a removed participant .eml", *cancel.emails.values())
    follow_up = max(ids["Seurantaneuvottelu"])  # remote now, its link naming the client
    m = planner.meeting_details.get(follow_up).meeting
    planner.meetings.update(follow_up, MeetingInput(
        m.client_id, m.title, m.start, m.end, purpose=m.purpose, location=None,
        remote_link="https://meet.example.fi/sanna-nieminen", mode=MeetingMode.REMOTE))

    _write_all(planner, out, written, "neutral")
    planner.profile.set_invite_details(True)
    planner.profile.set_invite_client_naming("first_name")
    _write_all(planner, out, written, "titles")
    planner.profile.set_invite_client_naming("none")
    m = planner.meeting_details.get(planning).meeting
    client = planner.meeting_details.get(planning).client
    planner.meetings.update(planning, MeetingInput(  # redacted to nothing
        m.client_id, client.display_name, m.start, m.end, location=client.display_name,
        agenda=[client.display_name]))
    _write_all(planner, out, written, "unnamed")


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Written]:
    root = tmp_path_factory.mktemp("libical")
    data_dir, out = root / "data", root / "out"
    files = Written()
    saved = os.environ[CONFIG_ENV]
    try:
        demo_store(data_dir, lambda planner: _prepare(Planner(planner.store, clock=lambda: NOW),
                                                      out, files))
        # A follow-up series as `verkosto invites ID…` writes it: DIR/<meeting id>/…
        env = command_environment(secrets={"VERKOSTO_PASSPHRASE": PASSPHRASE})
        ran = run(["--data-dir", str(data_dir), "invites", *map(str, files.series), "--out",
                   str(out / "cli-series")], env)
        assert ran.returncode == 0, ran.stderr
        files.add("`verkosto invites` series", *_out_files(out / "cli-series"))
        yield files
    finally:
        os.environ[CONFIG_ENV] = saved


@pytest.fixture(scope="module")
def findings(written: Written) -> dict[str, list[dict[str, Any]]]:
    return libical(written.all())


def test_libical_reads_every_file_the_app_writes_without_an_error_or_warning(
        written: Written, findings: dict[str, list[dict[str, Any]]]) -> None:
    kind_of = {str(path): kind for kind, paths in written.kinds.items() for path in paths}
    problems = sorted({f"{kind_of[path]}: {issue}" for path, results in findings.items()
                       for result in results for issue in result["issues"]})
    assert not problems, "libical complains (each kind once):\n" + "\n".join(problems)
    assert set(findings) == set(kind_of)


def test_every_kind_of_file_was_checked(written: Written,
                                        findings: dict[str, list[dict[str, Any]]]) -> None:
    methods = {kind: {result["method"] for path in paths for result in findings[str(path)]}
               for kind, paths in written.kinds.items()}
    for variant in ("neutral", "titles", "unnamed"):
        assert methods[f"{variant} REQUEST .ics"] == {"REQUEST"}
        assert methods[f"{variant} REQUEST .eml"] == {"REQUEST"}
        assert methods[f"{variant} CANCEL .ics"] == methods[f"{variant} CANCEL .eml"] == {
            "CANCEL"}
        assert methods[f"{variant} PUBLISH"] == {"PUBLISH"}
        assert methods[f"{variant} CalDAV"] == {None}  # RFC 4791: no METHOD in an object
        assert len(written.kinds[f"{variant} REQUEST .ics"]) == 5  # the meetings ahead
    assert methods["CANCEL to a removed participant .eml"] == {"CANCEL"}
    assert methods["`verkosto invites` series"] == {"REQUEST"}
    # Each e-mail's calendar was read twice: the text/calendar part and the attachment,
    # which is named after what it is.
    for kind, name in (("neutral REQUEST .eml", "invite.ics"),
                       ("neutral CANCEL .eml", "cancel.ics"),
                       ("CANCEL to a removed participant .eml", "cancel.ics")):
        for mail in written.kinds[kind]:
            assert [r["part"].split()[2:] for r in findings[str(mail)]] == [
                ["text/calendar"], ["application/ics", name]]
    feed = findings[str(written.kinds["neutral PUBLISH"][0])][0]
    assert feed["events"] == 5


def test_the_checker_reports_what_libical_complains_about(tmp_path: Path) -> None:
    """Not a vacuous check: the two complaints of issue 18, and files that are no calendar."""
    event = ("BEGIN:VEVENT\r\nUID:x@verkosto.invalid\r\nDTSTAMP:20261125T120000Z\r\n"
             "DTSTART:20261203T070000Z\r\nDTEND:20261203T080000Z\r\nSUMMARY:S\r\n"
             "SEQUENCE:0\r\n{extra}END:VEVENT\r\n")
    calendar = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//FI\r\nMETHOD:{method}\r\n"
                "{events}END:VCALENDAR\r\n")
    organizer = "ORGANIZER:mailto:k@example.fi\r\n"
    cases = {
        "empty.ics": calendar.format(method="PUBLISH", events=event.format(
            extra=organizer + "DESCRIPTION:\r\n")),
        "no-organizer.ics": calendar.format(method="PUBLISH", events=event.format(extra="")),
        "fine.ics": calendar.format(method="PUBLISH", events=event.format(extra=organizer)),
        "garbage.ics": "no calendar at all\r\n",
        "plain.eml": "From: a@example.fi\r\nTo: b@example.fi\r\nSubject: x\r\n\r\nhello\r\n",
    }
    for name, text in cases.items():
        (tmp_path / name).write_text(text, newline="")
    found = libical(sorted(tmp_path.iterdir()))
    issues = {Path(path).name: [i for r in results for i in r["issues"]]
              for path, results in found.items()}
    assert issues["fine.ics"] == []
    assert any("No value for DESCRIPTION property" in i for i in issues["empty.ics"])
    assert any("ORGANIZER property. Expected 1 instances" in i
               for i in issues["no-organizer.ics"])
    assert issues["garbage.ics"] == ["libical found no component"]
    assert issues["plain.eml"] == ["no text/calendar part and no .ics attachment"]


def test_the_checker_says_what_to_install_when_the_binding_is_missing(tmp_path: Path) -> None:
    """Without the ICalGLib typelib the checker stops with exit 3 and names the packages,
    which libical() above turns into a failure, not a skip. Simulated with a ``gi`` that has
    no ICalGLib, ahead of the real one on the system Python's path."""
    if not SYSTEM_PYTHON.exists():
        pytest.fail(f"{SYSTEM_PYTHON} is missing. Install: {INSTALL}")
    fake = tmp_path / "fake" / "gi"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text(
        "def require_version(namespace, version):\n"
        "    raise ValueError(f'Namespace {namespace} not available')\n")
    done = subprocess.run([str(SYSTEM_PYTHON), str(CHECKER), str(tmp_path / "x.ics")],
                          capture_output=True, text=True, timeout=60,
                          env=dict(os.environ, PYTHONPATH=str(fake.parent)))
    assert done.returncode == 3 and done.stdout == ""
    assert "Namespace ICalGLib not available" in done.stderr
    assert "gir1.2-ical-3.0" in done.stderr and "python3-gi" in done.stderr
