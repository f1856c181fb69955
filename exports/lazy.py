"""Package attributes loaded on first use (PEP 562), so that importing one light module of a
package (a report dataclass, the privacy rules) does not load icalendar, smtplib, pyHanko or
reportlab: the window imports its pages at start-up, and those libraries cost memory and
time there (tests/benchmarks measures both)."""

from __future__ import annotations

import importlib
from collections.abc import Callable


def attributes(package: str, where: dict[str, str]) -> Callable[[str], object]:
    """A module ``__getattr__`` taking each name in ``where`` from its module."""

    def __getattr__(name: str) -> object:  # noqa: N807
        if name not in where:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        return getattr(importlib.import_module(where[name]), name)

    return __getattr__
