#!/usr/bin/env python3
"""Set-up and run Verkosto from a fresh checkout: ``python3 dev.py run`` or ``python3 dev.py test``.

Creates ``.venv`` beside this file, installs the pinned packages from ``requirements/lock.txt``
and the project itself (editable), then launches the app or the whole test suite. Only the
standard library is used here, so it works on a machine with nothing but Python 3.11+.
"""

from __future__ import annotations

import glob
import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
LOCK = ROOT / "requirements" / "lock.txt"
STAMP = VENV / ".verkosto-installed"
# Debian/Ubuntu packages the test suite needs beyond Python: Qt's xcb/EGL libraries, a virtual
# screen, a session bus with a real Secret Service, and PDF tools for the export checks.
TEST_SYSTEM_PACKAGES = [
    "xvfb", "xauth", "dbus", "gnome-keyring", "libsecret-tools", "poppler-utils", "imagemagick",
    "libegl1", "libgl1", "libfontconfig1", "libdbus-1-3", "libxkbcommon0", "libxkbcommon-x11-0",
    "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-shape0", "libxcb-xinerama0",
    "libxcb-randr0", "libxcb-render-util0", "libxcb-image0", "fonts-dejavu-core",
    "libnss3-tools",  # certutil: an NSS database that trusts the test CA for `pdfsig -nssdir`
    "desktop-file-utils",  # desktop-file-validate checks `verkosto install-desktop`'s entry
    # libical (GNOME Evolution's parser) reads every calendar file under the system Python:
    # tests/support/libical_check.py
    "python3", "python3-gi", "gir1.2-ical-3.0",
    "dunst",  # a notification daemon for the reminders' test (tests/support/notifications.py)
    # a real PostgreSQL server for the team store's tests (tests/support/postgres.py starts
    # its own cluster in a temporary folder; the packaged service is not used)
    "postgresql",
]
TEST_SYSTEM_TOOLS = ["Xvfb", "dbus-run-session", "gnome-keyring-daemon", "pdftoppm", "import",
                     "pdfsig", "certutil", "desktop-file-validate", "dunst", "dunstctl"]
# The Python that runs tests/support/libical_check.py, and what it must be able to import.
SYSTEM_PYTHON = "/usr/bin/python3"
LIBICAL_PROBE = "import gi; gi.require_version('ICalGLib', '3.0')"


def libical_missing() -> bool:
    """True when the system Python cannot load libical's GObject binding (ICalGLib 3.0)."""
    if not Path(SYSTEM_PYTHON).exists():
        return True
    probe = subprocess.run([SYSTEM_PYTHON, "-I", "-c", LIBICAL_PROBE], capture_output=True)
    return probe.returncode != 0


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_venv() -> Path:
    if sys.version_info < (3, 11):  # noqa: UP036 - this file runs before the venv exists
        sys.exit("Verkosto needs Python 3.11 or newer.")
    wanted = hashlib.sha256(LOCK.read_bytes() + (ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == wanted and venv_python().exists():
        return venv_python()
    if not venv_python().exists():
        print("Creating .venv …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    py = str(venv_python())
    pip = [py, "-m", "pip", "--disable-pip-version-check", "-q"]
    print("Installing pinned packages …", flush=True)
    subprocess.run([*pip, "install", "-r", str(LOCK)], check=True)
    subprocess.run([*pip, "install", "--no-deps", "-e", str(ROOT)],
                   check=True)
    STAMP.write_text(wanted)
    return venv_python()


def ensure_test_system_packages() -> None:
    if not sys.platform.startswith("linux"):
        return
    missing = [tool for tool in TEST_SYSTEM_TOOLS if shutil.which(tool) is None]
    if libical_missing():
        missing.append(f"ICalGLib 3.0 for {SYSTEM_PYTHON}")
    if shutil.which("initdb") is None and not glob.glob("/usr/lib/postgresql/*/bin/initdb"):
        missing.append("PostgreSQL's server (initdb)")
    if not missing:
        return
    apt = ["apt-get", "install", "-y", "-q", "--no-install-recommends", *TEST_SYSTEM_PACKAGES]
    prefix: list[str] = []
    if os.geteuid() != 0:
        if shutil.which("sudo") is None:
            sys.exit("Missing " + ", ".join(missing) + ". Install them: sudo " + " ".join(apt))
        prefix = ["sudo", "-n"]
    print("Installing system packages for the tests: " + ", ".join(missing), flush=True)
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run([*prefix, "apt-get", "update", "-q"], check=True, env=env)
    subprocess.run([*prefix, *apt], check=True, env=env)


def _workers(args: list[str]) -> list[str]:
    """pytest-xdist, one worker more than the cores (at most four) unless the caller chose
    (-n …) or runs one test. Many tests wait — for a child process, a server on loopback, a
    window to paint — so with one worker per core the cores idled about 30 % of the run (2
    cores: 6 min 35 s with two workers, 5 min 3 s with three, measured 3.12.2026)."""
    if any(a == "-n" or a.startswith(("-n", "--numprocesses")) for a in args) or any(
            "::" in a for a in args):
        return []
    return ["-n", str(max(1, min((os.cpu_count() or 1) + 1, 4))), "--dist", "worksteal"]


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "run"
    rest = argv[1:]
    if command == "run":
        py = ensure_venv()
        return subprocess.call([str(py), "-m", "cli", *rest])
    if command == "test":
        ensure_test_system_packages()
        py = ensure_venv()
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
        # The suite starts Python a few hundred times (kill -9 rounds, the CLI as processes,
        # the installed wheel): let them reuse compiled modules, whatever the shell says.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        lint = subprocess.call([str(VENV / "bin" / "lint-imports"),
                                str(ROOT / "pyproject.toml")], cwd=ROOT, env=env)
        if lint:
            return lint
        durations = [] if any(a.startswith("--durations") for a in rest) else ["--durations=15"]
        return subprocess.call([str(py), "-m", "pytest", *_workers(rest), *durations, *rest],
                               cwd=ROOT, env=env)
    sys.exit("usage: python3 dev.py run [verkosto arguments…]\n"
             "       python3 dev.py test [pytest arguments…]")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
