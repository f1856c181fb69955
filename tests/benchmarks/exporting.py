"""Exports at scale: the signed summary PDF of a meeting with 30 participants and 50 agreed
actions (collect, lay out, sign, write atomically with its audit entry — what *Tallenna
yhteenveto* runs), and 1,000 calendar invites (each upcoming meeting's iTIP REQUEST and one iMIP
message per recipient, built in memory as *Lähetä kutsut* builds them before sending).
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
    invites_s: list[float]
    reading_s: list[float]  # of which reading those meetings (each read is logged)
    invites: int
    invite_meetings: int


def summary(planner: Planner, out: Path) -> float:
    from exports.pdf.export import write_summary_pdf

    started = time.perf_counter()
    write_summary_pdf(planner, BIG_MEETING, out, passphrase=SIGNING_PASSPHRASE)
    return time.perf_counter() - started


def invite_meetings(planner: Planner) -> list[int]:
    """Upcoming meetings, soonest first (chosen untimed, the same ids on both stores)."""
    return [row.id for row in planner.meetings.upcoming(limit=2_000)]


def invites(planner: Planner, meetings: list[int], wanted: int = INVITES
            ) -> tuple[float, int, int]:
    """Seconds to build ``wanted`` invite messages, how many were built, over how many
    meetings."""
    from exports.ical.export import invite_messages

    built = used = 0
    started = time.perf_counter()
    for meeting_id in meetings:
        built += len(invite_messages(planner, meeting_id).messages)
        used += 1
        if built >= wanted:
            break
    return time.perf_counter() - started, built, used


def reading(planner: Planner, meetings: list[int]) -> float:
    """The store's part of the invites: each meeting's details, as invite_messages reads
    them (a logged view: one committed write per meeting)."""
    started = time.perf_counter()
    for meeting_id in meetings:
        planner.meeting_details.get(meeting_id, purpose="calendar invite")
    return time.perf_counter() - started


def run(encrypted: Planner, plain: Planner, rounds: int) -> tuple[ExportTimings, ExportTimings]:
    meetings = invite_meetings(encrypted)
    results = {}
    with tempfile.TemporaryDirectory() as folder:
        first = {name: summary(planner, Path(folder) / f"{name}-first.pdf")
                 for name, planner in (("encrypted", encrypted), ("plain", plain))}
        samples: dict[str, tuple[list[float], list[float], list[float]]] = {
            "encrypted": ([], [], []), "plain": ([], [], [])}
        counts: dict[str, tuple[int, int]] = {}
        for number in range(rounds):
            order = [("encrypted", encrypted), ("plain", plain)][::1 if number % 2 == 0 else -1]
            for name, planner in order:
                samples[name][0].append(summary(planner, Path(folder) / f"{name}.pdf"))
                seconds, built, used = invites(planner, meetings)
                samples[name][1].append(seconds)
                samples[name][2].append(reading(planner, meetings[:used]))
                counts[name] = (built, used)
        for name in samples:
            results[name] = ExportTimings(first[name], *samples[name], *counts[name])
    return results["encrypted"], results["plain"]


def median(values: list[float]) -> float:
    return statistics.median(values)
