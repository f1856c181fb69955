"""Installed as users install it: the built wheel, outside the checkout.

An editable checkout finds ``resources/`` beside the code whatever the package data says; a
wheel carries only what pyproject ships. The wheel is installed (without its dependencies,
which this test environment has) into a folder of its own and run from another folder, so
nothing of the checkout can stand in for a missing file.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[1]


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
               QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=180)


def test_the_installed_wheel_makes_a_store_a_summary_and_speaks_finnish(
        installed: Path, tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    for command in (["init"], ["demo"], ["audit", "--verify"]):
        result = run(installed, tmp_path, "-m", "cli", *command, "--data-dir", data)
        assert result.returncode == 0, (command, result.stderr)
    pdf = tmp_path / "s.pdf"
    made = run(installed, tmp_path, "-m", "cli", "summary", "2", "--out", str(pdf), "--no-sign",
               "--data-dir", data)
    assert made.returncode == 0, made.stderr  # the fonts are in the wheel
    assert pdf.read_bytes().startswith(b"%PDF-")
    probe = ("import cli.main, ui.i18n as i, pathlib, sys\n"
             "assert not pathlib.Path(i.__file__).is_relative_to(sys.argv[1]), i.__file__\n"
             "from PySide6.QtWidgets import QApplication\n"
             "app = QApplication([])\n"
             "i.install('fi')\n"
             "from PySide6.QtCore import QCoreApplication\n"
             "print(QCoreApplication.translate('LockedPanel', '&Try again'))\n")
    ui = run(installed, tmp_path, "-c", probe, str(ROOT))
    assert ui.returncode == 0, ui.stderr
    assert ui.stdout.strip() == "&Yritä uudelleen"  # the .qm files are in the wheel
