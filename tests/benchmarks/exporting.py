"""Exports at scale: the signed summary PDF of a meeting with 30 participants and 50 agreed
actions (collect, lay out, sign, write atomically with its audit entry — what *Tallenna
yhteenveto* runs), and 1,000 calendar invites: the upcoming meetings' iTIP REQUESTs and one
iMIP message per recipient, serialized and ready to send or write. They are built as one batch
(``invite_batch``: ``verkosto invites ID…``) and, for comparison, one meeting at a time, as
the meeting editor's *Lähetä kutsut* builds a single meeting's.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from planner.services import Planner
from tests.benchmarks.generate import SIGNING_PASSPHRASE
from tests.benchmarks.rows import BIG_MEETING

INVITES = 1_000


@dataclass(frozen=True)
class ExportTimings:
    first_summary_s: float  # the session's first: loads reportlab and pyHanko
    summary_s: list[float]
    invites_s: list[float]  # as one batch
    single_s: list[float]  # the same invites, one meeting at a time
    reading_s: list[float]  # of which reading those meetings (each read is logged)
    invites: int
    invite_meetings: int


def summary(planner: Planner, out: Path) -> float:
    from exports.pdf.export import write_summary_pdf

    out.unlink(missing_ok=True)  # the previous round's: the exporter never overwrites
    started = time.perf_counter()
    write_summary_pdf(planner, BIG_MEETING, out, passphrase=SIGNING_PASSPHRASE)
    return time.perf_counter() - started


def invite_meetings(planner: Planner) -> list[int]:
    """Upcoming meetings, soonest first (chosen untimed, the same ids on both stores)."""
    return [row.id for row in planner.meetings.upcoming(limit=2_000)]


def invite_prefix(planner: Planner, meetings: list[int], wanted: int = INVITES) -> list[int]:
    """The first upcoming meetings that together have ``wanted`` invitees (chosen untimed)."""
    from exports.ical.export import invite_batch

    built = 0
    for used, outgoing in enumerate(invite_batch(planner, meetings), start=1):
        built += len(outgoing.messages)
        if built >= wanted:
            return meetings[:used]
    return meetings


def invites(planner: Planner, meetings: list[int]) -> tuple[float, int]:
    """Seconds to build the invites of ``meetings`` as one batch, and how many were built."""
    from exports.ical.export import invite_batch

    started = time.perf_counter()
    outgoing = invite_batch(planner, meetings)
    seconds = time.perf_counter() - started
    return seconds, sum(len(each.messages) for each in outgoing)


def invites_singly(planner: Planner, meetings: list[int]) -> float:
    """The same invites built one meeting at a time (each meeting its own logged read)."""
    from exports.ical.export import invite_messages

    started = time.perf_counter()
    for meeting_id in meetings:
        invite_messages(planner, meeting_id)
    return time.perf_counter() - started


def reading(planner: Planner, meetings: list[int]) -> float:
    """The store's part of the batch: the meetings' details, as invite_batch reads them (one
    transaction, one logged view per meeting)."""
    started = time.perf_counter()
    planner.meeting_details.get_many(meetings, purpose="calendar invite")
    return time.perf_counter() - started


def run(encrypted: Planner, plain: Planner, rounds: int) -> tuple[ExportTimings, ExportTimings]:
    meetings = invite_prefix(encrypted, invite_meetings(encrypted))
    results = {}
    with tempfile.TemporaryDirectory() as folder:
        first = {name: summary(planner, Path(folder) / f"{name}-first.pdf")
                 for name, planner in (("encrypted", encrypted), ("plain", plain))}
        samples: dict[str, tuple[list[float], ...]] = {
            "encrypted": ([], [], [], []), "plain": ([], [], [], [])}
        built: dict[str, int] = {}
        for number in range(rounds):
            order = [("encrypted", encrypted), ("plain", plain)][::1 if number % 2 == 0 else -1]
            for name, planner in order:
                samples[name][0].append(summary(planner, Path(folder) / f"{name}.pdf"))
                seconds, built[name] = invites(planner, meetings)
                samples[name][1].append(seconds)
                samples[name][2].append(invites_singly(planner, meetings))
                samples[name][3].append(reading(planner, meetings))
        for name, (summaries, batches, singles, reads) in samples.items():
            results[name] = ExportTimings(first[name], summaries, batches, singles, reads,
                                          built[name], len(meetings))
    return results["encrypted"], results["plain"]


def median(values: list[float]) -> float:
    return statistics.median(values)
