"""Fonts, translations and the application icon shipped with Verkosto as package data, read
through importlib.resources (so an installed wheel finds them wherever it is installed)."""

from __future__ import annotations

import atexit
import contextlib
from importlib import resources
from pathlib import Path

_extracted = contextlib.ExitStack()
atexit.register(_extracted.close)


def resource_path(*parts: str) -> Path:
    """A packaged file or folder as a path on disk: the file itself in a normal install;
    from a zipped one, a copy kept until the process ends (reportlab and Qt need paths)."""
    found = resources.files(__name__).joinpath(*parts)
    if isinstance(found, Path):
        return found
    return _extracted.enter_context(resources.as_file(found))
