"""Installed as users install it: the built wheel, outside the checkout.

An editable checkout finds ``resources/`` beside the code whatever the package data says; a
wheel carries only what pyproject ships. The wheel is installed (without its dependencies,
which this test environment has) into a folder of its own and run from another folder, so
nothing of the checkout can stand in for a missing file. One wheel, one installation and one
store serve every step; the user's folders (config, data, cache) are temporary ones.
"""

from __future__ import annotations

import configparser
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[1]
SIGNING = "allekirjoitus 12345"
APP_ID = "fi.verkosto.Verkosto"
ICON_SIZES = (16, 32, 48, 64, 128, 256)


pytestmark = pytest.mark.slow  # builds the wheel and a fresh venv: processes, not calls


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("wheel")
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
                            str(ROOT), "-w", str(folder / "dist")],
                           capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stderr
    (wheel,) = (folder / "dist").glob("verkosto-*.whl")
    site = folder / "site"
    done = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q",
                           "--target", str(site), str(wheel)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return site


def run(site: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(site), VERKOSTO_PASSPHRASE=PASSPHRASE,
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring", VERKOSTO_LANG="fi",
               QT_QPA_PLATFORM="offscreen", VERKOSTO_SIGNING_PASSPHRASE=SIGNING,
               XDG_CONFIG_HOME=str(cwd / "config"), XDG_DATA_HOME=str(cwd / "xdg-data"),
               XDG_CACHE_HOME=str(cwd / "cache"))
    return subprocess.run([sys.executable, *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=180)


# The real start of the window (ui.shell.app.run, as `verkosto` without a command): it unlocks the
# store with $VERKOSTO_PASSPHRASE, and is closed once it is open.
WINDOW = """\
import pathlib, sys, time
import cli.main, ui.i18n
assert not pathlib.Path(ui.i18n.__file__).is_relative_to(sys.argv[1]), ui.i18n.__file__
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication
from ui.shell.app import run
from ui.shell.main_window import MainWindow
app = QApplication(["verkosto"])
deadline = time.monotonic() + 60
def drawn(icon):
    image = icon.pixmap(16, 16).toImage()
    return any(image.pixelColor(x, y).alpha() for x in range(16) for y in range(16))
def close_when_open():
    shown = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    if shown and (shown[0].is_unlocked or time.monotonic() > deadline):
        window = shown[0]
        print(window.is_unlocked, app.desktopFileName(), app.applicationName())
        print(*sorted(s.width() for s in window.windowIcon().availableSizes()))
        print(QCoreApplication.translate("LockedPanel", "&Try again"))
        icons = [window.navigation.item(i).icon() for i in range(window.navigation.count())]
        print(all(drawn(icon) for icon in icons))
        window.close()
    else:
        QTimer.singleShot(20, close_when_open)
QTimer.singleShot(0, close_when_open)
sys.exit(run(pathlib.Path(sys.argv[2]), ["verkosto"]))
"""


def test_the_installed_wheel_makes_a_store_a_summary_and_speaks_finnish(
        installed: Path, tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    for command in (["init"], ["demo"], ["audit", "--verify"], ["signer", "--create"]):
        result = run(installed, tmp_path, "-m", "cli", *command, "--data-dir", data)
        assert result.returncode == 0, (command, result.stderr)
    pdf = tmp_path / "s.pdf"
    made = run(installed, tmp_path, "-m", "cli", "summary", "2", "--out", str(pdf),
               "--data-dir", data)
    assert made.returncode == 0, made.stderr  # the fonts are in the wheel
    assert made.stdout.startswith("Allekirjoitettu yhteenveto tallennettu:")
    assert pdf.read_bytes().startswith(b"%PDF-") and b"/ByteRange" in pdf.read_bytes()
    invites = run(installed, tmp_path, "-m", "cli", "invites", "2", "--out",
                  str(tmp_path / "invites"), "--data-dir", data)
    assert invites.returncode == 0, invites.stderr
    assert (tmp_path / "invites" / "invite.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert len(list((tmp_path / "invites").glob("*.eml"))) >= 3
    window = run(installed, tmp_path, "-c", WINDOW, str(ROOT), data)
    assert window.returncode == 0, window.stderr
    assert window.stdout.splitlines() == [
        f"True {APP_ID} Verkosto",
        " ".join(map(str, ICON_SIZES)),  # the icon is in the wheel
        "&Yritä uudelleen",  # the .qm files are in the wheel
        "True",  # the navigation's icons (resources/icons/ui) are in the wheel
    ]
    script = run(installed, tmp_path, "-c", "from planner.storage.team_setup import "
                 "security_script; print('FORCE ROW LEVEL SECURITY' in security_script())")
    assert script.stdout.strip() == "True", script.stderr  # team-setup's SQL is in the wheel


def test_the_installed_wheel_adds_itself_to_the_applications_menu(
        installed: Path, tmp_path: Path) -> None:
    """`verkosto install-desktop` as pip installed it: the entry runs that `verkosto`."""
    script = installed / "bin" / "verkosto"
    assert script.is_file()
    done = run(installed, tmp_path, str(script), "install-desktop")
    assert done.returncode == 0, done.stderr
    xdg = tmp_path / "xdg-data"
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(xdg / "applications" / f"{APP_ID}.desktop", encoding="utf-8")
    assert entry["Desktop Entry"]["Exec"] == str(script)
    assert entry["Desktop Entry"]["Icon"] == APP_ID
    icons = xdg / "icons" / "hicolor"
    for size in ICON_SIZES:
        png = (icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png").read_bytes()
        assert png.startswith(b"\x89PNG") and int.from_bytes(png[16:20], "big") == size
    assert b"<svg" in (icons / "scalable" / "apps" / f"{APP_ID}.svg").read_bytes()
