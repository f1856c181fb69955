"""A value a message can carry and planner.formatting writes in the reader's language; apart
from planner.formatting so the messages need not load Babel until one is shown."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Span:
    """A meeting's time, ``8.12.2026 klo 13.00–14.30``."""

    start: datetime
    end: datetime
