"""Loading the store's code on a side thread while Qt starts and paints (issue 13, speed).

The window's first paint needs none of it (tests/test_startup_imports.py), and importing it —
SQLAlchemy, SQLModel, the tables — takes most of the time to a usable home view. ``start``
runs that import beside Qt's own start-up (which releases the GIL in its C++ work); the
window ``wait``s for it before it uses the store's code, so no module is ever imported by two
threads at once.
"""

from __future__ import annotations

import threading

_thread: threading.Thread | None = None


def _load() -> None:
    import planner.services  # noqa: F401  (the import is the point)
    import ui.home.page  # noqa: F401


def start() -> None:
    global _thread
    if _thread is None:
        _thread = threading.Thread(target=_load, name="verkosto-preload", daemon=True)
        _thread.start()


def wait() -> None:
    """Until the side import (if one was started) has finished; an error in it is left for
    the window's own import to raise where it is handled."""
    if _thread is not None:
        _thread.join()
