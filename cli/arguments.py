"""Help texts shared by several commands' parsers (kept apart so the command modules need not
import cli.main, which imports them)."""

from __future__ import annotations

FORCE_HELP = ("replace an existing regular file at the path (otherwise nothing is written; a "
              "device, FIFO, folder or link is never replaced)")
