"""Opt-in start-up probe for the benchmarks (tests/benchmarks): off unless
``$VERKOSTO_STARTUP_PROBE`` is set, and then it only prints and quits.

It prints ``painted <ns>`` (``time.monotonic_ns()``, comparable across processes on Linux) once
the window's first paint has been handled, and with ``VERKOSTO_STARTUP_PROBE=ready`` (the
store open and every page filled) or ``=home`` (the home view has shown what it read: usable)
then ``ready <ns> <peak RSS KiB>`` when ``ready()`` says so, and quits the app.
The same code times the bare QMainWindow floor, so both are measured alike.
"""

from __future__ import annotations

import os
import resource
import sys
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

PROBE_ENV = "VERKOSTO_STARTUP_PROBE"
READY_MODES = ("ready", "home")
POLL_MS = 5


def enabled() -> bool:
    return bool(os.environ.get(PROBE_ENV))


def _say(*words: object) -> None:
    print(*words, flush=True)
    sys.stdout.flush()


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, ready: Callable[[], bool] | None) -> None:
        super().__init__(window)
        self.window = window
        self.ready = ready
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            # after the paint event has been handled and the frame flushed to the screen
            QTimer.singleShot(0, self._painted)
        return False

    def _painted(self) -> None:
        _say("painted", time.monotonic_ns())
        self.window.removeEventFilter(self)
        if self.ready is None or os.environ.get(PROBE_ENV) not in READY_MODES:
            QTimer.singleShot(0, QCoreApplication.quit)
            return
        self._poll()

    def _poll(self) -> None:
        assert self.ready is not None
        if not self.ready():
            QTimer.singleShot(POLL_MS, self._poll)
            return
        _say("ready", time.monotonic_ns(), peak_rss_kib())
        QTimer.singleShot(0, QCoreApplication.quit)


def peak_rss_kib() -> int:
    """This process's peak resident set size. Linux's VmHWM is the peak of this program's own
    memory; ru_maxrss would also count the parent's pages copied by fork before exec."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux, bytes on macOS


def readiness(window: Any) -> Callable[[], bool]:
    """When the main window counts as ready in this probe's mode: the home view shown
    (``home``), or the store open with every page filled and nothing left to read."""
    if os.environ.get(PROBE_ENV) == "home":
        return lambda: window.is_unlocked and getattr(window, "home", None) is not None \
            and window.home.content is not None
    return lambda: window.is_unlocked and not window.runner.busy


def watch(window: QWidget, ready: Callable[[], bool] | None = None) -> None:
    """Install the probe on ``window`` before it is shown."""
    window.installEventFilter(_FirstPaint(window, ready))
