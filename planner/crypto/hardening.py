"""Keep the store key and passphrases out of core dumps and away from other processes.

A crash of a process that holds the key would otherwise write it (and the passphrase, and
decrypted client data) into a core file wherever the system puts cores. ``harden_process``
runs first thing in ``verkosto`` (the window and every command), before any key or
passphrase is read, as KeePassXC does:

- RLIMIT_CORE soft and hard limit 0 (POSIX: Linux, macOS, the BSDs): no core file, and the
  process cannot raise the limit again; children inherit it.
- Linux: ``prctl(PR_SET_DUMPABLE, 0)``: no core even through a ``core_pattern`` pipe helper
  (systemd-coredump, apport) that ignores the limit, and other processes of the same user
  can no longer read ``/proc/<pid>/mem`` or ``environ`` or attach a debugger (ptrace).
- Elsewhere nothing more is available from Python: macOS writes cores only when the limit
  allows; Windows has no core files (Windows Error Reporting keeps crash dumps only where
  an administrator has turned on LocalDumps), so nothing is done there.
"""

from __future__ import annotations

import ctypes
import sys

PR_GET_DUMPABLE = 3
PR_SET_DUMPABLE = 4


def _libc() -> ctypes.CDLL | None:
    try:
        return ctypes.CDLL(None, use_errno=True)
    except OSError:  # pragma: no cover - a Linux without a loadable C library
        return None


def harden_process() -> list[str]:
    """No core dumps, and (Linux) not dumpable; what could be done is returned."""
    done: list[str] = []
    try:
        import resource
    except ImportError:  # Windows
        return done
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        done.append("RLIMIT_CORE=0")
    except (ValueError, OSError):  # pragma: no cover - lowering a limit is always allowed
        pass
    if sys.platform.startswith("linux"):
        libc = _libc()
        if libc is not None and libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0:
            done.append("PR_SET_DUMPABLE=0")
    return done


def is_dumpable() -> bool | None:
    """Linux: whether this process may dump core / be traced by its user; else None."""
    if not sys.platform.startswith("linux"):
        return None
    libc = _libc()
    return None if libc is None else bool(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))
