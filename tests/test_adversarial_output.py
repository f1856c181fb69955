"""Issue 11, part 3: exports overwrote whatever was at the path (`summary 2 --out precious.txt`
replaced the file, exit 0; as root `--out /dev/full` replaced the device node with client
data), and part 6: `invites --out FILE` died with "[Errno 17] File exists".

Every `--out` is tried the way a hurried user or an attacker would, with `verkosto` commands
on a real encrypted store (through ``cli.main``; the full disk as real processes): an
existing file, a FIFO, a symbolic link, a folder, a character device node (root only; made in
tmp, never the real /dev), a file where the folder should be, a really full disk (a tiny
tmpfs in a private mount namespace), and a file that appears between the check and the
publishing. The window's save paths ask before replacing.
Never a path outside tmp: a regression here would destroy what is there.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

import pytest
from icalendar import Calendar
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from planner.domain.enums import MeetingStatus
from planner.errors import OutputExists, OutputNotRegular
from planner.files import write_into_folder, write_output, write_outputs
from planner.services import Planner
from tests.conftest import PASSPHRASE
from tests.support.cli import Ran, command_environment, run
from tests.test_ui_meeting_editor import open_client, open_from_workspace
from ui.meetings.editor import MeetingEditor
from ui.shell.main_window import MainWindow

BACKUP_PASSPHRASE = "varmuuskopion tunnuslause"
PRECIOUS = b"my precious notes\nnot a summary\n"
WAIT = 20_000
NO = QMessageBox.ButtonRole.NoRole
YES = QMessageBox.ButtonRole.YesRole


def verkosto(*args: str, data_dir: Path, prefix: tuple[str, ...] = (),
             lang: str = "fi") -> Ran:
    """In this process, or as a real process under ``prefix`` (the full-disk mount)."""
    env = command_environment(lang, {"VERKOSTO_PASSPHRASE": PASSPHRASE,
                                     "VERKOSTO_BACKUP_PASSPHRASE": BACKUP_PASSPHRASE})
    return run([*args, "--data-dir", str(data_dir)], env, prefix=prefix)


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data_dir = tmp_path_factory.mktemp("demo") / "data"
    made = verkosto("demo", data_dir=data_dir)
    assert made.returncode == 0, made.stderr
    return data_dir


@pytest.fixture(scope="module")
def meetings(demo_dir: Path) -> list[dict[str, object]]:
    listed = verkosto("meetings", "--all", "--json", data_dir=demo_dir)
    assert listed.returncode == 0, listed.stderr
    rows: list[dict[str, object]] = json.loads(listed.stdout)
    return rows


def meeting(meetings: list[dict[str, object]], status: str | None = None,
            not_status: str = "") -> dict[str, object]:
    return next(m for m in meetings if (status is None or m["status"] == status)
                and m["status"] != not_status)


def logged(data_dir: Path, client_id: object, action: str = "export") -> list[dict[str, str]]:
    """The client's audit extract's entries of ``action`` (the extract logs a disclosure)."""
    extract = verkosto("audit", "--client", str(client_id), "--json", data_dir=data_dir)
    assert extract.returncode == 0, extract.stderr
    return [e for e in json.loads(extract.stdout)
            if e["action"] == action and e["what"] != "audit_extract"]


def leftovers(folder: Path, *expected: str) -> list[str]:
    """Names in ``folder`` beyond ``expected`` (temporary files, partial files)."""
    return sorted(set(os.listdir(folder)) - set(expected))


# --- an existing file ------------------------------------------------------------------------
def test_summary_over_an_existing_file_is_refused_and_logged_nowhere(
        demo_dir: Path, meetings: list[dict[str, object]], tmp_path: Path) -> None:
    chosen = meeting(meetings, not_status="cancelled")
    precious = tmp_path / "precious.txt"
    precious.write_bytes(PRECIOUS)
    before = logged(demo_dir, chosen["client_id"])

    refused = verkosto("summary", str(chosen["id"]), "--no-sign", "--out", str(precious),
                       data_dir=demo_dir)
    assert refused.returncode == 7, refused.stderr
    assert str(precious) in refused.stderr and "on jo olemassa" in refused.stderr
    assert "--force" in refused.stderr and "Traceback" not in refused.stderr
    assert precious.read_bytes() == PRECIOUS
    assert leftovers(tmp_path, "precious.txt") == []
    assert logged(demo_dir, chosen["client_id"]) == before  # no export of what was not written

    replaced = verkosto("summary", str(chosen["id"]), "--no-sign", "--force", "--out",
                        str(precious), data_dir=demo_dir)
    assert replaced.returncode == 0, replaced.stderr
    assert precious.read_bytes().startswith(b"%PDF-")
    assert stat.S_IMODE(precious.stat().st_mode) == 0o600  # client data: private
    exports = logged(demo_dir, chosen["client_id"])
    assert len(exports) == len(before) + 1 and "precious.txt" in exports[-1]["detail"]
    assert leftovers(tmp_path, "precious.txt") == []


def test_calendar_and_cancel_over_existing_files_need_force(
        demo_dir: Path, meetings: list[dict[str, object]], tmp_path: Path) -> None:
    ics = tmp_path / "oma-kalenteri.ics"
    ics.write_bytes(PRECIOUS)
    refused = verkosto("calendar", "--out", str(ics), data_dir=demo_dir, lang="en")
    assert refused.returncode == 7 and "already exists; nothing was written" in refused.stderr
    assert ics.read_bytes() == PRECIOUS
    assert verkosto("calendar", "--out", str(ics), "--force", data_dir=demo_dir).returncode == 0
    assert Calendar.from_ical(ics.read_bytes()).walk("VEVENT")

    cancelled = meeting(meetings, "cancelled")
    folder = tmp_path / "peruutus"
    folder.mkdir()
    (folder / "cancel.ics").write_bytes(PRECIOUS)
    before = logged(demo_dir, cancelled["client_id"], "disclose")
    refused = verkosto("cancel", str(cancelled["id"]), "--out", str(folder), data_dir=demo_dir)
    assert refused.returncode == 7, refused.stderr
    assert (folder / "cancel.ics").read_bytes() == PRECIOUS
    assert leftovers(folder, "cancel.ics") == []  # not one .eml written beside it
    assert logged(demo_dir, cancelled["client_id"], "disclose") == before
    forced = verkosto("cancel", str(cancelled["id"]), "--out", str(folder), "--force",
                      data_dir=demo_dir)
    assert forced.returncode == 0, forced.stderr
    assert b"METHOD:CANCEL" in (folder / "cancel.ics").read_bytes()


def test_invites_for_a_series_write_nothing_when_one_file_exists(
        demo_dir: Path, meetings: list[dict[str, object]], tmp_path: Path) -> None:
    first, second = [m for m in meetings if m["status"] in ("planned", "confirmed")][:2]
    out = tmp_path / "kutsut"
    (out / str(second["id"])).mkdir(parents=True)
    (out / str(second["id"]) / "invite.ics").write_bytes(PRECIOUS)
    before = logged(demo_dir, first["client_id"])

    refused = verkosto("invites", str(first["id"]), str(second["id"]), "--out", str(out),
                       data_dir=demo_dir)
    assert refused.returncode == 7, refused.stderr
    assert (out / str(second["id"]) / "invite.ics").read_bytes() == PRECIOUS
    assert leftovers(out, str(second["id"])) == []  # the first meeting's folder neither
    assert leftovers(out / str(second["id"]), "invite.ics") == []
    assert logged(demo_dir, first["client_id"]) == before

    forced = verkosto("invites", str(first["id"]), str(second["id"]), "--out", str(out),
                      "--force", data_dir=demo_dir)
    assert forced.returncode == 0, forced.stderr
    assert b"METHOD:REQUEST" in (out / str(second["id"]) / "invite.ics").read_bytes()
    assert (out / str(first["id"]) / "invite.ics").exists()


# --- a file where the folder should be (part 6: "[Errno 17] File exists") ------------------
@pytest.mark.parametrize("command", ["invites", "cancel"])
def test_a_file_given_as_the_folder_is_named(command: str, demo_dir: Path,
                                             meetings: list[dict[str, object]],
                                             tmp_path: Path) -> None:
    chosen = meeting(meetings, "cancelled") if command == "cancel" else \
        meeting(meetings, "planned")
    precious = tmp_path / "precious.txt"
    precious.write_bytes(PRECIOUS)
    for out in (precious, precious / "alikansio"):
        result = verkosto(command, str(chosen["id"]), "--out", str(out), data_dir=demo_dir)
        assert result.returncode == 8, result.stderr
        assert f"{precious} on tiedosto eikä kansio" in result.stderr
        assert "Errno" not in result.stderr and "Odottamaton" not in result.stderr
    assert precious.read_bytes() == PRECIOUS
    missing = verkosto("summary", str(chosen["id"]), "--no-sign", "--out",
                       str(tmp_path / "ei-ole" / "s.pdf"), data_dir=demo_dir, lang="en")
    assert missing.returncode == 8 and "does not exist" in missing.stderr
    assert leftovers(tmp_path, "precious.txt") == []


# --- not a regular file: refused even with --force ------------------------------------------
def _fifo(path: Path) -> Callable[[], bool]:
    os.mkfifo(path, 0o600)
    return lambda: stat.S_ISFIFO(os.lstat(path).st_mode)


def _link(path: Path) -> Callable[[], bool]:
    aimed = path.with_name("linkin-kohde.txt")
    aimed.write_bytes(PRECIOUS)
    path.symlink_to(aimed)
    return lambda: path.is_symlink() and aimed.read_bytes() == PRECIOUS


def _folder(path: Path) -> Callable[[], bool]:
    path.mkdir()
    (path / "sisällä.txt").write_bytes(PRECIOUS)
    return lambda: path.is_dir() and os.listdir(path) == ["sisällä.txt"]


def _device(path: Path) -> Callable[[], bool]:
    if os.geteuid() != 0:
        pytest.skip("making a device node needs root")
    try:  # /dev/full's numbers, but made in tmp: the real /dev is never a target here
        os.mknod(path, stat.S_IFCHR | 0o600, os.makedev(1, 7))
    except PermissionError as error:
        pytest.skip(f"mknod is not permitted here: {error}")
    return lambda: stat.S_ISCHR(os.lstat(path).st_mode) and \
        os.major(os.lstat(path).st_rdev) == 1


SPECIAL = {"fifo": (_fifo, "nimetty putki (FIFO)"), "link": (_link, "symbolinen linkki"),
           "folder": (_folder, "kansio"), "device": (_device, "laite")}


@pytest.mark.parametrize("kind", list(SPECIAL))
def test_a_target_that_is_not_a_regular_file_is_never_replaced(
        kind: str, demo_dir: Path, meetings: list[dict[str, object]], tmp_path: Path) -> None:
    make, named = SPECIAL[kind]
    target = tmp_path / "full"
    still_there = make(target)
    chosen = meeting(meetings, not_status="cancelled")
    before = logged(demo_dir, chosen["client_id"])
    runs = {
        "summary": ("summary", str(chosen["id"]), "--no-sign", "--out", str(target)),
        "summary --force": ("summary", str(chosen["id"]), "--no-sign", "--out", str(target),
                            "--force"),
        "calendar --force": ("calendar", "--out", str(target), "--force"),
        "backup --force": ("backup", str(target), "--force"),
    }
    for name, args in runs.items():
        result = verkosto(*args, data_dir=demo_dir)
        assert result.returncode == 8, (name, result.stderr)
        assert f"{target} on {named} eikä tavallinen tiedosto" in result.stderr, name
        assert still_there(), name
    assert logged(demo_dir, chosen["client_id"]) == before
    assert leftovers(tmp_path, "full", "linkin-kohde.txt") == []


# --- a really full disk ----------------------------------------------------------------------
FILL_AND_RUN = (
    'full="$1"; shift; mount -t tmpfs -o size=64k tmpfs "$full" || exit 97; '
    'head -c 1048576 /dev/zero > "$full/filler" 2>/dev/null; '
    '"$@"; rc=$?; echo "LEFT:$(ls -A "$full" | tr "\\n" " ")"; exit $rc'
)


@pytest.fixture(scope="module")
def namespace() -> tuple[str, ...]:
    """A private mount namespace where a tiny tmpfs can be mounted (and vanishes after)."""
    if shutil.which("unshare") is None:
        pytest.skip("unshare (util-linux) is not installed")
    prefix = ("unshare", "--mount") if os.geteuid() == 0 else \
        ("unshare", "--user", "--map-root-user", "--mount")
    probe = subprocess.run([*prefix, "sh", "-c", 'd=$(mktemp -d) && mount -t tmpfs -o '
                            'size=64k tmpfs "$d" && umount "$d"; rc=$?; rmdir "$d"; exit $rc'],
                           capture_output=True, text=True, timeout=30)
    if probe.returncode != 0:
        pytest.skip(f"a private tmpfs cannot be mounted here: {probe.stderr.strip()}")
    return prefix


@pytest.mark.parametrize("command", ["summary", "calendar", "invites", "cancel", "backup"])
def test_a_full_disk_is_reported_as_a_full_disk_and_leaves_nothing(
        command: str, namespace: tuple[str, ...], demo_dir: Path,
        meetings: list[dict[str, object]], tmp_path: Path) -> None:
    full = tmp_path / "muistitikku"
    full.mkdir()
    chosen = meeting(meetings, "cancelled") if command == "cancel" else \
        meeting(meetings, not_status="cancelled")
    args = {"summary": ("summary", str(chosen["id"]), "--no-sign", "--out",
                        str(full / "yhteenveto.pdf")),
            "calendar": ("calendar", "--out", str(full / "tulevat.ics")),
            "invites": ("invites", str(chosen["id"]), "--out", str(full / "kutsut")),
            "cancel": ("cancel", str(chosen["id"]), "--out", str(full / "peruutus")),
            "backup": ("backup", str(full / "varmuuskopio.vkb"))}[command]
    before = logged(demo_dir, chosen["client_id"])
    result = verkosto(*args, data_dir=demo_dir,
                      prefix=(*namespace, "sh", "-c", FILL_AND_RUN, "sh", str(full)))
    if result.returncode == 97:
        pytest.skip(f"mount refused: {result.stderr.strip()}")
    if command == "backup":  # the backup keeps its own code for a failed write
        assert result.returncode == 69, result.stderr
        assert "levy on täynnä" in result.stderr
    else:
        assert result.returncode == 9, result.stderr
        assert result.stderr.startswith("verkosto: Levy on täynnä: tiedostoa ")
        assert "mitään ei muutettu" in result.stderr
    assert "Traceback" not in result.stderr and "Odottamaton" not in result.stderr
    (left,) = [line for line in result.stdout.splitlines() if line.startswith("LEFT:")]
    assert left.split() == ["LEFT:filler"]  # no partial file, no temporary, no empty folder
    assert logged(demo_dir, chosen["client_id"]) == before


# --- the API: a target that appears meanwhile ------------------------------------------------
def test_a_file_that_appears_while_writing_is_not_replaced(tmp_path: Path) -> None:
    target = tmp_path / "yhteenveto.pdf"

    def write_slowly(out: BinaryIO) -> None:
        out.write(b"%PDF-1.7 client data")
        target.write_bytes(PRECIOUS)  # someone else's file, made between check and publish

    with pytest.raises(OutputExists) as refused:
        write_output(target, write_slowly)
    assert refused.value.exit_code == 7 and refused.value.paths == (target,)
    assert target.read_bytes() == PRECIOUS
    assert leftovers(tmp_path, "yhteenveto.pdf") == []


def test_with_force_a_target_swapped_for_a_link_meanwhile_is_not_replaced(
        tmp_path: Path) -> None:
    target, aimed = tmp_path / "kalenteri.ics", tmp_path / "muu.txt"
    target.write_bytes(b"old calendar")
    aimed.write_bytes(PRECIOUS)

    def swap(out: BinaryIO) -> None:
        out.write(b"BEGIN:VCALENDAR")
        target.unlink()
        target.symlink_to(aimed)

    with pytest.raises(OutputNotRegular) as refused:
        write_output(target, swap, force=True)
    assert refused.value.exit_code == 8
    assert target.is_symlink() and aimed.read_bytes() == PRECIOUS
    assert leftovers(tmp_path, "kalenteri.ics", "muu.txt") == []


def test_several_files_are_written_all_or_nothing(tmp_path: Path) -> None:
    taken = tmp_path / "b.eml"
    taken.write_bytes(PRECIOUS)
    with pytest.raises(OutputExists):
        write_outputs({tmp_path / "a.ics": b"a", taken: b"b"})
    assert leftovers(tmp_path, "b.eml") == []
    with pytest.raises(ValueError, match="plain file name"):  # no ../ out of the folder
        write_into_folder(tmp_path / "kutsut", {"../ohi.eml": b"x"})
    assert leftovers(tmp_path, "b.eml") == []
    written = write_into_folder(tmp_path / "kutsut" / "12", {"invite.ics": b"i", "x.eml": b"x"})
    assert [p.read_bytes() for p in written] == [b"i", b"x"]


# --- the window asks before replacing --------------------------------------------------------
class Answers:
    """Answers every question box with ``role`` while the test runs and keeps its text (a
    question that should not come shows up in ``asked`` instead of blocking the test)."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.role = NO
        self._timer = QTimer()
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def _poll(self) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            self.asked.append(box.text())
            next(b for b in box.buttons() if box.buttonRole(b) == self.role).click()

    def stop(self) -> None:
        self._timer.stop()


@pytest.fixture
def answers(window: MainWindow) -> Iterator[Answers]:
    answering = Answers()
    yield answering
    answering.stop()


def _planner(window: MainWindow) -> Planner:
    assert window.planner is not None
    return window.planner


def _editor(window: MainWindow, qtbot: QtBot) -> MeetingEditor:
    row = next(m for m in _planner(window).meetings.list() if m.status == MeetingStatus.PLANNED)
    open_client(window, qtbot, row.client_name.split()[-1])
    editor = open_from_workspace(window, qtbot, row.id)
    editor.tabs.setCurrentWidget(editor.calendar_tab)
    return editor


def _save_dialog_returns(monkeypatch: pytest.MonkeyPatch, path: Path,
                         calls: list[tuple[object, ...]]) -> None:
    """The dialog itself is Qt's (not under test): it returns ``path``; what the code passed
    to it is kept, to check that overwrite confirmation was never turned off."""

    def choose(*args: object, **kwargs: object) -> tuple[str, str]:
        calls.append((*args, *kwargs.values()))
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))


def _confirmation_kept(calls: list[tuple[object, ...]]) -> bool:
    off = QFileDialog.Option.DontConfirmOverwrite
    return bool(calls) and not any(isinstance(a, QFileDialog.Option) and a & off
                                   for call in calls for a in call)


def test_the_summary_asks_before_replacing_a_file_the_dialog_did_not_confirm(
        window: MainWindow, answers: Answers, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    editor = _editor(window, qtbot)
    bar = editor.calendar_tab.summary
    bar.sign.setChecked(False)
    precious = tmp_path / "precious.txt"
    precious.write_bytes(PRECIOUS)
    bar.write(precious)  # e.g. the file appeared after the dialog closed
    qtbot.waitUntil(lambda: bool(answers.asked) and not window.runner.busy, timeout=WAIT)
    assert str(precious) in answers.asked[0] and "Korvataanko" in answers.asked[0]
    assert precious.read_bytes() == PRECIOUS
    assert not [e for e in _planner(window).audit.for_client(editor.client_id)
                if e.entity == "meeting_summary"]

    calls: list[tuple[object, ...]] = []
    _save_dialog_returns(monkeypatch, precious, calls)  # Qt's dialog asked about it
    bar.save.click()
    qtbot.waitUntil(lambda: precious.read_bytes().startswith(b"%PDF-"), timeout=WAIT)
    assert len(answers.asked) == 1 and _confirmation_kept(calls)  # not asked twice


def test_invite_files_ask_before_replacing_those_in_the_folder(
        window: MainWindow, answers: Answers, qtbot: QtBot, tmp_path: Path) -> None:
    editor = _editor(window, qtbot)
    bar = editor.invites
    folder = tmp_path / "kutsut"
    folder.mkdir()
    (folder / "invite.ics").write_bytes(PRECIOUS)
    bar.save_to(folder)
    qtbot.waitUntil(lambda: "Mitään ei tallennettu" in bar.result.text(), timeout=WAIT)
    assert str(folder / "invite.ics") in answers.asked[0]
    assert (folder / "invite.ics").read_bytes() == PRECIOUS
    assert os.listdir(folder) == ["invite.ics"]  # no .eml beside it either
    answers.role = YES
    bar.save_to(folder)
    qtbot.waitUntil(lambda: bar.result.text().startswith("Tallennettu"), timeout=WAIT)
    assert b"METHOD:REQUEST" in (folder / "invite.ics").read_bytes()


def test_a_typed_backup_path_asks_and_a_dialog_confirmed_one_does_not(
        window: MainWindow, answers: Answers, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window.navigation.setCurrentRow(window.stack.indexOf(window.settings))
    tabs = window.settings.tabs  # the Backups tab (not necessarily the last one)
    tabs.setCurrentIndex(next(i for i in range(tabs.count())
                              if tabs.widget(i).isAncestorOf(window.settings.backups)))
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=WAIT)
    box = window.settings.backups
    precious = tmp_path / "precious.vkb"
    precious.write_bytes(PRECIOUS)
    box.backup_file.setText(str(precious))  # typed, not chosen in the dialog
    qtbot.keyClicks(box.backup_passphrase, BACKUP_PASSPHRASE)
    qtbot.keyClicks(box.backup_repeat, BACKUP_PASSPHRASE)
    box.backup_button.click()
    qtbot.waitUntil(lambda: bool(answers.asked) and not window.runner.busy, timeout=WAIT)
    assert str(precious) in answers.asked[0]
    assert precious.read_bytes() == PRECIOUS

    calls: list[tuple[object, ...]] = []
    _save_dialog_returns(monkeypatch, precious, calls)
    box._choose_backup_file()
    box.backup_button.click()
    qtbot.waitUntil(lambda: precious.read_bytes() != PRECIOUS, timeout=WAIT)
    assert len(answers.asked) == 1 and _confirmation_kept(calls)


def test_the_calendar_file_asks_when_ics_was_added_to_the_chosen_name(
        window: MainWindow, answers: Answers, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    export = window.calendar.file_export
    existing = tmp_path / "tulevat.ics"
    existing.write_bytes(PRECIOUS)
    calls: list[tuple[object, ...]] = []
    _save_dialog_returns(monkeypatch, tmp_path / "tulevat", calls)  # asked about "tulevat"
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=WAIT)
    export.button.click()
    qtbot.waitUntil(lambda: bool(answers.asked) and export.button.isEnabled(), timeout=WAIT)
    assert str(existing) in answers.asked[0] and existing.read_bytes() == PRECIOUS
    answers.role = YES
    export.button.click()
    qtbot.waitUntil(lambda: "kirjoitettu tiedostoon" in export.note.text(), timeout=WAIT)
    assert Calendar.from_ical(existing.read_bytes()).walk("VEVENT")
    assert _confirmation_kept(calls)
