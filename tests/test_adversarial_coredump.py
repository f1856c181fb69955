"""The key and the passphrase must not end up in a core dump (issue 11, part 5).

The attack: ``(ulimit -c unlimited; verkosto …)`` and a crash (SIGSEGV) once the store is
open. The real ``verkosto`` is started on a real passphrase store, blocked reading a reply
from its stdin (the store is open by then), and killed with SIGSEGV. A control run of the
same command without the process hardening shows that such a core would hold the passphrase
and the store key — so the test can see a leak when there is one.
"""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from planner.crypto.hardening import harden_process, is_dumpable
from planner.storage.store import Store
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[1]
LINUX = sys.platform.startswith("linux")
pytestmark = pytest.mark.skipif(not LINUX, reason="core dumps and prctl are tested on Linux")
# The control: the very same command, only the hardening replaced by nothing.
UNHARDENED = ("import sys, cli.main as m\n"
              "m.harden_process = lambda: []\n"
              "sys.exit(m.main(sys.argv[1:]))")


def _core_pattern() -> str:
    return Path("/proc/sys/kernel/core_pattern").read_text().strip()


def _allow_cores() -> None:  # in the child, before exec: `ulimit -c unlimited`
    resource.setrlimit(resource.RLIMIT_CORE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))


def _can_raise_core_limit() -> bool:
    soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
    return hard == resource.RLIM_INFINITY or os.geteuid() == 0


def _start(command: list[str], data_dir: Path, cwd: Path) -> subprocess.Popen[bytes]:
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("PYTHONFAULTHANDLER", "VERKOSTO_"))}
    env.update(PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring", VERKOSTO_LANG="fi",
               PYTHONPATH=str(ROOT), VERKOSTO_PASSPHRASE=PASSPHRASE,
               VERKOSTO_CONFIG_DIR=os.environ["VERKOSTO_CONFIG_DIR"])  # the store's anchor
    return subprocess.Popen([*command, "reply", "/dev/stdin", "--data-dir", str(data_dir)],
                            cwd=cwd, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, preexec_fn=_allow_cores)


def _wait_until_reading(process: subprocess.Popen[bytes], data_dir: Path) -> None:
    """Until the store is open (its WAL exists) and the command sleeps reading its stdin
    (the kernel names the wait ``pipe_read`` or ``anon_pipe_read``; where it hides the name,
    a second of sleep after the store opened)."""
    deadline = time.monotonic() + 60
    asleep_since = None
    proc = Path(f"/proc/{process.pid}")
    while time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()
        try:
            state = (proc / "stat").read_text().rsplit(")", 1)[1].split()[0]
            wchan = (proc / "wchan").read_text().strip()
        except OSError:
            state, wchan = "", ""
        if (data_dir / "verkosto.db-wal").exists() and state == "S":
            if "pipe" in wchan:
                return
            asleep_since = asleep_since or time.monotonic()
            if wchan in ("", "0") and time.monotonic() - asleep_since > 1.0:
                return
        else:
            asleep_since = None
        time.sleep(0.05)
    pytest.fail("the command did not reach its read of stdin")


def _crash(process: subprocess.Popen[bytes]) -> tuple[bool, str]:
    """SIGSEGV; whether the kernel says it dumped core, and what the process said."""
    os.kill(process.pid, signal.SIGSEGV)
    _pid, status = os.waitpid(process.pid, 0)
    process.returncode = -signal.SIGSEGV  # reaped here, so Popen must not wait again
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGSEGV
    stderr = process.stderr.read().decode(errors="replace") if process.stderr else ""
    return os.WCOREDUMP(status), stderr


def _cores(folder: Path) -> list[Path]:
    return [path for path in folder.iterdir() if path.name.startswith("core")]


@pytest.fixture
def store_closed(store: Store) -> tuple[Path, bytes]:
    """The passphrase store's folder and its key (read before the fixture's store closes)."""
    key = bytes(store._key)
    store.close()
    return store.paths.data_dir, key


def test_a_crashing_verkosto_leaves_no_core(store_closed: tuple[Path, bytes],
                                             tmp_path: Path) -> None:
    pattern = _core_pattern()
    if pattern.startswith("|") or "/" in pattern:
        pytest.skip(f"cores go to {pattern!r}, not to a file this test can look for")
    if not _can_raise_core_limit():
        pytest.skip("this test process cannot raise RLIMIT_CORE for its children")
    data_dir, key = store_closed

    control_dir = tmp_path / "control"
    control_dir.mkdir()
    control = _start([sys.executable, "-c", UNHARDENED], data_dir, control_dir)
    _wait_until_reading(control, data_dir)
    dumped, _said = _crash(control)
    cores = _cores(control_dir)
    if not dumped or not cores:
        pytest.skip(f"the system wrote no core for the unhardened control (pattern "
                    f"{pattern!r}): this test could not see a leak")
    leaked = cores[0].read_bytes()
    for core in cores:  # tens of MB holding a (test) key: not left in the temp folder
        core.unlink()
    assert PASSPHRASE.encode() in leaked  # the leak the hardening has to stop is real
    assert key in leaked
    del leaked

    hardened_dir = tmp_path / "hardened"
    hardened_dir.mkdir()
    process = _start([sys.executable, "-m", "cli"], data_dir, hardened_dir)
    _wait_until_reading(process, data_dir)
    limits = Path(f"/proc/{process.pid}/limits").read_text()
    core_line = next(line for line in limits.splitlines() if line.startswith("Max core"))
    assert core_line.split()[4:6] == ["0", "0"], core_line  # soft and hard
    if os.geteuid() != 0:  # a non-dumpable process's /proc files belong to root
        assert os.stat(f"/proc/{process.pid}/status").st_uid == 0
    dumped, said = _crash(process)
    assert not dumped
    assert _cores(hardened_dir) == [], "a core file was written"
    assert "Traceback" not in said


def test_the_command_process_is_not_dumpable(tmp_path: Path) -> None:
    """What ``verkosto`` runs first, seen from inside a fresh process (prctl and getrlimit)."""
    probe = ("import resource\n"
             "from cli.main import main\n"
             "from planner.crypto.hardening import is_dumpable\n"
             "code = main(['verify', '--no-store', 'missing.pdf'])\n"
             "print(code, is_dumpable(), resource.getrlimit(resource.RLIMIT_CORE))")
    done = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True,
                          text=True, timeout=60, preexec_fn=_allow_cores,
                          env={**os.environ, "PYTHONPATH": str(ROOT), "VERKOSTO_LANG": "fi"})
    assert done.returncode == 0, done.stderr
    code, dumpable, limit = done.stdout.split(maxsplit=2)
    assert code == "4"  # the missing file: not found
    assert dumpable == "False" and limit.strip() == "(0, 0)"


def test_hardening_reports_what_it_did_and_closing_wipes_the_key(store: Store) -> None:
    probe = ("from planner.crypto.hardening import harden_process, is_dumpable\n"
             "print(harden_process(), is_dumpable())")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=60, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.stdout.strip() == "['RLIMIT_CORE=0', 'PR_SET_DUMPABLE=0'] False"
    assert is_dumpable() is True  # this test process itself is left as it was
    assert callable(harden_process)

    held = store._key
    assert len(held) == 32 and any(held)
    store.close()
    assert held == bytearray(32)  # overwritten in place: the engine's connector held it too
    with pytest.raises(Exception, match="closed database"), store.read() as session:
        session.connection()
