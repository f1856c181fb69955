"""Every ``verkosto`` command with hostile arguments (issue 11, "Done when").

The commands are taken from the argparse parser itself, so a new command is fuzzed the day it
is added. Each argument gets what a prober or a hurried user gives it — by its kind: ids of
2^70, 2^63, -1 and 0; strings of 60,000 characters, of unusual Unicode, of control
characters; input files that are missing, a folder, /dev/zero, under a missing folder, or
with a name too long for the file system; output paths that are a folder, under a file, too
long or oddly named — one hostile argument per run, the others sensible. Every run must end
without a traceback, with an exit code the README documents (never 1, "unexpected"), and a
refused command must change no file: the store (its audit log included), the inputs, the
outputs and the configuration folders are hashed before and after.

Runs go through ``cli.main.main`` in this process (tests/support/cli_harness.py) to stay
fast; a sample runs as real processes too, with the same outcome. Nothing here sends mail
or reaches a network: ``--send``, ``--test`` and ``publish`` are never used.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from cli.main import build_parser
from tests.conftest import PASSPHRASE
from tests.support.cli_harness import Ran, run_in_process
from tests.test_cli import ROOT

# Never run or set: they reach a network, or change things no hostile input should reach.
NEVER_RUN = {"publish": "publishes to the CalDAV server once one is set"}
NEVER_SET = {"send", "test", "create", "force", "yes", "save_password", "save_passphrase",
             "forget_passphrase"}
# Arguments whose role their type does not tell (a Path is an input file unless named here).
OUTPUTS = {("backup", "file"), ("meeting-types", "export")}
# What a command needs beside the argument under test to get that far.
BENIGN_FLAGS = {"summary": ["--no-sign"], "client-copy": ["--no-sign"]}

# The store and the user's configuration: a command that succeeded may change these.
STATE = ("data/", "config/", "home/", "xdg-data/", "cache/")
IDS = [str(2**70), str(2**63), "-1", "0"]
TEXTS = ["x" * 60_000, "Ääkkönen Ωμέγα 𝔘 ☃ \u202eevil\u202c \ufeff", "\x01\x1b[2J\x7f\t\r\n"]
BAD_CHOICE = "ei-tällaista"


@dataclass(frozen=True)
class Case:
    argv: tuple[str, ...]
    what: str  # which argument is hostile, for the failure message


@dataclass(frozen=True)
class Places:
    root: Path
    data_dir: Path
    inputs: list[Path]
    outputs: list[Path]
    existing_file: Path
    not_a_pdf: Path


def documented_exit_codes() -> set[int]:
    """The codes README's exit-code table names (ranges like 30–33 included), except 1."""
    codes: set[int] = set()
    for first, last in re.findall(r"^\| (\d+)(?:–(\d+))? \|", (ROOT / "README.md").read_text(),
                                  re.MULTILINE):
        codes.update(range(int(first), int(last or first) + 1))
    return codes - {1}


def _commands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(sub.choices)


def _arguments(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    return [a for a in parser._actions
            if a.dest not in ("help", "data_dir", "lang") and a.dest not in NEVER_SET]


def _role(command: str, action: argparse.Action) -> str:
    if action.nargs == 0:
        return "flag"
    if action.choices is not None:
        return "choice"
    if action.type is int:
        return "id"
    if action.type is Path:
        output = (command, action.dest) in OUTPUTS or action.dest == "out"
        return "output" if output else "input"
    return "text"


def _hostile(role: str, places: Places) -> list[str]:
    return {"id": IDS, "text": TEXTS, "choice": [BAD_CHOICE],
            "input": [str(p) for p in places.inputs],
            "output": [str(p) for p in places.outputs]}.get(role, [])


class Benign:
    """Sensible values for the arguments not under test: a fresh output path each time."""

    def __init__(self, places: Places, meetings: list[dict[str, object]]) -> None:
        self.places = places
        self.count = 0
        self.planned = str(next(m["id"] for m in meetings if m["status"] != "cancelled"))
        self.cancelled = str(next(m["id"] for m in meetings if m["status"] == "cancelled"))

    def value(self, command: str, action: argparse.Action) -> str | None:
        role = _role(command, action)
        if role == "id" and not action.option_strings:
            return self.cancelled if command == "cancel" else self.planned
        if role == "output":
            self.count += 1
            return str(self.places.root / "out" / f"{command}-{self.count}")
        if role == "input" and not action.option_strings:
            return str(self.places.not_a_pdf)
        return None


def _needed(action: argparse.Action) -> bool:
    return action.required or not action.option_strings


def _cases(places: Places, benign: Benign, roles: set[str]) -> Iterator[Case]:
    """The flags of each command once, then each argument whose role is in ``roles`` with
    each of its hostile values."""
    for command, parser in _commands().items():
        if command in NEVER_RUN:
            continue
        arguments = _arguments(parser)
        flags = [a.option_strings[0] for a in arguments if _role(command, a) == "flag"]
        base: list[str] = []
        for action in arguments:
            if _needed(action) and (value := benign.value(command, action)) is not None:
                base += [*action.option_strings[:1], value]
        if command == "audit":
            base += ["--verify"]  # one of --verify and --client is required
        if "flag" in roles:
            yield Case((command, *base, *flags, *BENIGN_FLAGS.get(command, [])), "flags")
        for action in arguments:
            role = _role(command, action)
            for value in _hostile(role, places) if role in roles else []:
                argv = [command, *BENIGN_FLAGS.get(command, [])]
                for other in arguments:
                    if other is action:
                        argv += [*other.option_strings[:1], value]
                    elif _needed(other) and (kept := benign.value(command, other)) is not None:
                        argv += [*other.option_strings[:1], kept]
                yield Case(tuple(argv), f"{action.dest}={value[:40]!r}")


def _fingerprint(root: Path) -> dict[str, str]:
    """Every file under ``root`` by content, but the SQLite journal files (-wal, -shm) a
    reading command may create and checkpoint; the database itself counts."""
    seen = {}
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.name.endswith(("-wal", "-shm")):
            seen[str(path.relative_to(root))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return seen


@pytest.fixture(scope="module")
def places(tmp_path_factory: pytest.TempPathFactory) -> Places:
    root = tmp_path_factory.mktemp("fuzz")
    data_dir = root / "data"
    env = _env(root)
    done = subprocess.run([sys.executable, "-m", "cli", "demo", "--data-dir", str(data_dir)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    folder = root / "a-folder"
    folder.mkdir()
    (root / "out").mkdir()  # where the sensible output paths go
    existing_file = root / "existing.txt"
    existing_file.write_text("keep me\n")
    not_a_pdf = root / "not-a.pdf"
    not_a_pdf.write_bytes(b"%PDF-1.7\nnot really\n")
    inputs = [root / "missing.eml", folder, Path("/dev/zero"), root / "nowhere" / "x.ics",
              root / ("n" * 60_000), root / "ohjaus\x01\x1b[2J.ics"]
    # Output paths: a folder (for a file), a file (for a folder), under a file, too long, odd.
    outputs = [folder, existing_file, existing_file / "x", root / ("o" * 300),
               root / "uusi ☃ kansio" / "\x1b[2Jtulos"]
    return Places(root, data_dir, inputs, outputs, existing_file, not_a_pdf)


def _env(root: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("VERKOSTO_")}
    env.update(PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring", VERKOSTO_LANG="fi",
               PYTHONPATH=str(ROOT), VERKOSTO_PASSPHRASE=PASSPHRASE,
               VERKOSTO_BACKUP_PASSPHRASE="varmuuskopio 12345",
               VERKOSTO_SIGNING_PASSPHRASE="lyhyt",  # too short: nothing is signed or made
               HOME=str(root / "home"), XDG_CONFIG_HOME=str(root / "config"),
               XDG_DATA_HOME=str(root / "xdg-data"), XDG_CACHE_HOME=str(root / "cache"))
    return env


def _run(case: Case, places: Places) -> Ran:
    return run_in_process([*case.argv, "--data-dir", str(places.data_dir)], _env(places.root))


def _meetings(places: Places) -> list[dict[str, object]]:
    listed = _run(Case(("meetings", "--all", "--json"), "list"), places)
    assert listed.returncode == 0, listed.stderr
    return list(json.loads(listed.stdout))


def _survives(places: Places, roles: set[str]) -> list[Case]:
    """Runs the cases of ``roles``; asserts no traceback, a documented code, and no file
    changed by a refused command."""
    documented = documented_exit_codes()
    cases = list(_cases(places, Benign(places, _meetings(places)), roles))
    problems = []
    for case in cases:
        before = _fingerprint(places.root)
        ran = _run(case, places)
        after = _fingerprint(places.root)
        changed = {name for name in before.keys() | after.keys()
                   if before.get(name) != after.get(name)}
        # A command that did its work may log (the store) and write new files; it never
        # changes or removes a file that was there (an input, someone's existing file).
        clobbered = {name for name in changed if name in before
                     and not name.startswith(STATE)}
        said = f"{case.argv[0]} [{case.what}] -> {ran.returncode}: {ran.stderr[-300:]!r}"
        if "Traceback" in ran.stderr or ran.returncode not in documented:
            problems.append(said)
        elif (ran.returncode != 0 and changed) or clobbered:
            problems.append(f"{said} changed {sorted(changed)}")
    assert not problems, "\n".join(problems)
    return cases


def test_every_command_survives_hostile_arguments(places: Places) -> None:
    assert {0, 2, 3, 4, 6, 34, 35} <= documented_exit_codes()
    cases = _survives(places, {"flag", "id", "text", "choice", "input"})
    assert {case.argv[0] for case in cases} == set(_commands()) - set(NEVER_RUN)
    assert len(cases) > 100


def test_every_output_path_survives_hostile_arguments(places: Places) -> None:
    cases = _survives(places, {"output"})
    assert {"backup", "calendar", "summary", "invites", "cancel"} <= {c.argv[0] for c in cases}


@pytest.mark.slow
def test_a_sample_behaves_the_same_as_real_processes(places: Places) -> None:
    """The in-process runs above stand for processes: the same exit code and message."""
    out = str(places.root / "out" / "sample")
    # one of each kind: an absurd id, a hostile search text, an endless input file, a port
    # out of range, an output refused, a malformed option value (each process ~1 s of CPU)
    sample = [("meetings", "--client", str(2**70)), ("clients", "--search", TEXTS[0]),
              ("reply", "/dev/zero"), ("smtp", "--port", str(2**63)),
              ("summary", "0", "--no-sign", "--out", out), ("audit", "--client", "x")]
    documented = documented_exit_codes()
    for argv in sample:
        inside = _run(Case(argv, "sample"), places)
        done = subprocess.run([sys.executable, "-m", "cli", *argv, "--data-dir",
                               str(places.data_dir)], cwd=places.root, env=_env(places.root),
                              capture_output=True, text=True, timeout=120,
                              stdin=subprocess.DEVNULL)
        assert (done.returncode, done.stderr) == (inside.returncode, inside.stderr), argv
        assert done.returncode in documented and "Traceback" not in done.stderr, argv
