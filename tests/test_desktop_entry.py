"""`verkosto install-desktop`: the applications-menu entry and the icons in $XDG_DATA_HOME,
checked with desktop-file-validate, written and removed by the project's output rules."""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from planner.app_identity import ICON_SIZES, icon_data, png_name
from planner.desktop_entry import Launcher, data_home, entry_text
from planner.errors import ValidationFailed
from tests.support.cli_harness import Ran, run_in_process

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "fi.verkosto.Verkosto"


def install_desktop(xdg: Path, *args: str, lang: str = "fi") -> Ran:
    env = dict(os.environ, XDG_DATA_HOME=str(xdg), VERKOSTO_LANG=lang)
    return run_in_process(["install-desktop", *args], env)


def entry_of(xdg: Path) -> Path:
    return xdg / "applications" / f"{APP_ID}.desktop"


def icons_of(xdg: Path) -> dict[Path, bytes]:
    theme = xdg / "icons" / "hicolor"
    icons = {theme / f"{n}x{n}" / "apps" / f"{APP_ID}.png": icon_data(png_name(n))
             for n in ICON_SIZES}
    icons[theme / "scalable" / "apps" / f"{APP_ID}.svg"] = icon_data("verkosto.svg")
    return icons


def validate(path: Path) -> None:
    """desktop-file-validate (desktop-file-utils) finds no error, warning or hint."""
    assert shutil.which("desktop-file-validate"), "apt-get install desktop-file-utils"
    checked = subprocess.run(["desktop-file-validate", str(path)], capture_output=True,
                             text=True, timeout=30)
    assert checked.returncode == 0 and not checked.stdout.strip(), checked.stdout


def read_entry(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def unescape(value: str) -> str:
    """A desktop entry's string value as meant (\\s, \\n, \\t, \\r, \\\\)."""
    escapes = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}
    return re.sub(r"\\(.)", lambda m: escapes.get(m.group(1), m.group(0)), value)


def exec_arguments(value: str) -> list[str]:
    """The Exec key split into arguments as the specification reads it: string escapes
    first, then double-quoted arguments (\\", \\`, \\$, \\\\ inside), then %% as %."""
    text, arguments, i = unescape(value), [], 0
    while i < len(text):
        if text[i] == " ":
            i += 1
            continue
        argument = ""
        if text[i] == '"':
            i += 1
            while text[i] != '"':
                if text[i] == "\\":
                    assert text[i + 1] in '"`$\\', text
                    i += 1
                argument += text[i]
                i += 1
            i += 1
        else:
            while i < len(text) and text[i] != " ":
                argument += text[i]
                i += 1
        arguments.append(argument.replace("%%", "%"))
    return arguments


# --- installing ---------------------------------------------------------------------------
def test_install_desktop_writes_a_valid_entry_and_the_icons(tmp_path: Path) -> None:
    xdg = tmp_path / "xdg-data"  # missing: made with its folders
    ran = install_desktop(xdg)
    assert ran.returncode == 0, ran.stderr
    entry = entry_of(xdg)
    assert ran.stdout.splitlines()[-1] == f"Verkosto lisättiin sovellusvalikkoon: {entry}"
    assert {Path(line) for line in ran.stdout.splitlines()[:-1]} == {entry, *icons_of(xdg)}
    validate(entry)
    keys = read_entry(entry)
    assert {key: keys[key] for key in ("Type", "Name", "Name[fi]", "Name[sv]", "Icon",
                                       "Terminal", "Categories", "StartupWMClass")} == {
        "Type": "Application", "Name": "Verkosto", "Name[fi]": "Verkosto",
        "Name[sv]": "Verkosto", "Icon": APP_ID, "Terminal": "false",
        "Categories": "Office;Calendar;", "StartupWMClass": "Verkosto"}
    assert keys["GenericName[fi]"] == "Verkostoneuvottelujen suunnittelu"
    assert keys["GenericName[sv]"] == "Planering av nätverksmöten"
    assert keys["GenericName"] == "Network meeting planner"
    assert "verkostoneuvottelu" in keys["Keywords[fi]"].split(";")
    assert keys["Comment[fi]"] and keys["Comment[sv]"] and keys["Comment"]
    # Run from a checkout (here: the test process), the entry starts this interpreter with
    # -m cli in the checkout, which finds this code with no $PYTHONPATH.
    command = exec_arguments(keys["Exec"])
    assert command == [sys.executable, "-m", "cli"]
    assert unescape(keys["Path"]) == str(ROOT)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    started = subprocess.run([*command, "--help"], cwd=unescape(keys["Path"]), env=env,
                             capture_output=True, text=True, timeout=60)
    assert started.returncode == 0 and "install-desktop" in started.stdout, started.stderr
    for path, content in icons_of(xdg).items():
        assert path.read_bytes() == content, path


def test_installing_again_changes_nothing(tmp_path: Path) -> None:
    xdg = tmp_path / "xdg"
    assert install_desktop(xdg).returncode == 0
    before = {path: path.stat().st_mtime_ns for path in [entry_of(xdg), *icons_of(xdg)]}
    again = install_desktop(xdg, lang="en")
    assert again.returncode == 0, again.stderr
    assert again.stdout == (f"Verkosto is already in the applications menu ({entry_of(xdg)}); "
                            f"nothing was changed.\n")
    assert {path: path.stat().st_mtime_ns for path in before} == before


def test_an_existing_different_file_is_kept_without_force(tmp_path: Path) -> None:
    xdg = tmp_path / "xdg"
    entry = entry_of(xdg)
    entry.parent.mkdir(parents=True)
    entry.write_text("[Desktop Entry]\nType=Application\nName=Someone else's\nExec=true\n")
    kept = entry.read_bytes()
    refused = install_desktop(xdg)
    assert refused.returncode == 7
    assert str(entry) in refused.stderr and "--force" in refused.stderr
    assert entry.read_bytes() == kept
    assert not (xdg / "icons").exists()  # all or nothing: no icon either
    forced = install_desktop(xdg, "--force")
    assert forced.returncode == 0, forced.stderr
    validate(entry)
    assert read_entry(entry)["Icon"] == APP_ID


def test_a_link_or_a_file_in_the_way_is_refused_even_with_force(tmp_path: Path) -> None:
    xdg = tmp_path / "xdg"
    icon = next(iter(icons_of(xdg)))
    icon.parent.mkdir(parents=True)
    elsewhere = tmp_path / "elsewhere.png"
    elsewhere.write_bytes(b"not ours")
    icon.symlink_to(elsewhere)
    refused = install_desktop(xdg, "--force")
    assert refused.returncode == 8, refused.stderr
    assert "symbolinen linkki" in refused.stderr
    assert elsewhere.read_bytes() == b"not ours" and icon.is_symlink()
    assert not entry_of(xdg).exists()
    a_file = tmp_path / "a-file"
    a_file.write_text("x")
    assert install_desktop(a_file).returncode == 8  # $XDG_DATA_HOME is not a folder


# --- uninstalling -------------------------------------------------------------------------
def test_uninstall_removes_only_what_it_installed(tmp_path: Path) -> None:
    xdg = tmp_path / "xdg"
    assert install_desktop(xdg).returncode == 0
    other_entry = xdg / "applications" / "other.desktop"
    other_entry.write_text("[Desktop Entry]\nType=Application\nName=Other\nExec=true\n")
    changed_icon = xdg / "icons" / "hicolor" / "32x32" / "apps" / f"{APP_ID}.png"
    changed_icon.write_bytes(b"someone's own picture")
    other_icon = changed_icon.parent / "other.png"
    other_icon.write_bytes(b"another program's icon")

    gone = install_desktop(xdg, "--uninstall")
    assert gone.returncode == 0, gone.stderr
    assert gone.stdout.splitlines()[-1] == "Verkosto poistettiin sovellusvalikosta."
    assert not entry_of(xdg).exists()
    assert [p for p in icons_of(xdg) if p.exists()] == [changed_icon]
    assert str(changed_icon) in gone.stderr and "jätettiin paikalleen" in gone.stderr
    assert other_entry.exists() and other_icon.exists()

    again = install_desktop(xdg, "--uninstall")
    assert again.returncode == 0
    assert "ei ole asennettu" in again.stdout and str(changed_icon) in again.stderr
    forced = install_desktop(xdg, "--uninstall", "--force")
    assert forced.returncode == 0 and not changed_icon.exists()
    assert other_entry.exists() and other_icon.exists()


def test_uninstall_keeps_an_entry_it_did_not_write(tmp_path: Path) -> None:
    xdg = tmp_path / "xdg"
    entry = entry_of(xdg)
    entry.parent.mkdir(parents=True)
    entry.write_text("[Desktop Entry]\nType=Application\nName=Packaged\nExec=verkosto\n")
    gone = install_desktop(xdg, "--uninstall")
    assert gone.returncode == 0 and entry.exists() and str(entry) in gone.stderr


# --- the entry's text ---------------------------------------------------------------------
def test_odd_paths_are_quoted_so_the_entry_starts_them(tmp_path: Path) -> None:
    program = "/opt/verk osto/$HOME/100%/\"q\"/back\\slash/`x`/python3"
    folder = Path("/opt/verk osto/ä ja \\")
    entry = tmp_path / f"{APP_ID}.desktop"
    entry.write_text(entry_text(Launcher((program, "-m", "cli"), folder)), encoding="utf-8")
    validate(entry)
    keys = read_entry(entry)
    assert exec_arguments(keys["Exec"]) == [program, "-m", "cli"]
    assert unescape(keys["Path"]) == str(folder)


def test_a_path_a_desktop_entry_cannot_hold_is_refused() -> None:
    for program in ("/opt/x\n[Desktop Entry]/python", "/opt/\udcff/python"):
        with pytest.raises(ValidationFailed) as refused:
            entry_text(Launcher((program, "-m", "cli")))
        assert refused.value.exit_code == 3
        assert "työpöytätiedostoon" in refused.value.message("fi")


def test_the_entry_runs_the_verkosto_script_when_that_runs(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    script = tmp_path / "bin" / "verkosto"
    script.parent.mkdir()
    script.write_text("#!/bin/sh\n")
    monkeypatch.chdir(tmp_path)
    launcher = Launcher.for_running("bin/verkosto", "/usr/bin/python3", ROOT)
    assert launcher == Launcher((str(script),))
    assert "Path=" not in entry_text(launcher)
    assert Launcher.for_running(str(ROOT / "cli" / "__main__.py"), "/usr/bin/python3",
                                ROOT) == Launcher(("/usr/bin/python3", "-m", "cli"), ROOT)


def test_the_data_home_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    default = tmp_path / ".local" / "share"
    assert data_home({}) == default
    assert data_home({"XDG_DATA_HOME": ""}) == default
    assert data_home({"XDG_DATA_HOME": "relative/share"}) == default  # ignored, as XDG says
    assert data_home({"XDG_DATA_HOME": "/srv/share"}) == Path("/srv/share")


def test_install_desktop_is_only_for_free_desktops(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    refused = install_desktop(tmp_path / "xdg", lang="sv")
    assert refused.returncode == 2
    assert "win32" in refused.stderr and "programmenyn" in refused.stderr
    assert not (tmp_path / "xdg").exists()
