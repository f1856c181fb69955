"""Restore staging folders (``.restore-*`` in the data dir): a restore unpacks and verifies the
backup there before anything of the store is touched (restore.py)."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

STAGING_PREFIX = ".restore-"
# A restore stages for seconds to minutes; a folder this old was left by one that was killed
# before its key journal began, and holds nothing the store needs (only a backup's copy).
ABANDONED_AFTER_S = 3600.0


def remove_stale_staging(data_dir: Path, *, older_than_s: float = 0.0) -> list[Path]:
    """Remove staging folders last changed more than ``older_than_s`` seconds ago; returns
    those removed."""
    if not data_dir.exists():
        return []
    removed = []
    cutoff = time.time() - older_than_s
    for folder in data_dir.glob(f"{STAGING_PREFIX}*"):
        try:
            stale = folder.is_dir() and folder.stat().st_mtime <= cutoff
        except OSError:
            continue  # gone meanwhile
        if stale:
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed
