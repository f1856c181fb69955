"""Which store the window opens: the data dir's own (the default) or a team store.

``$VERKOSTO_STORE`` (or ``verkosto --store``) decides for one run; otherwise the address saved
in Settings → Tietovarasto, kept in the user's config folder as ``team-store.json`` — the
address only, never its password (that lives in the OS keyring).
"""

from __future__ import annotations

import json
import os

from planner.config import STORE_ENV, default_config_dir, ensure_private_dir
from planner.files import write_atomically
from planner.storage.team_address import TeamAddress

FILE_NAME = "team-store.json"


def saved_team_address() -> str | None:
    """The address saved in Settings, or None (a missing or unreadable file: the local store)."""
    try:
        data = json.loads((default_config_dir() / FILE_NAME).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    address = data.get("address") if isinstance(data, dict) else None
    return address if isinstance(address, str) and address.strip() else None


def chosen_team_address(flag: str | None = None) -> str | None:
    """``--store``, else $VERKOSTO_STORE, else the saved address; None: the local store."""
    return flag or os.environ.get(STORE_ENV) or saved_team_address()


def save_team_address(text: str | None) -> str | None:
    """Save the address checked (TeamAddress.parse raises its typed errors first), without a
    password even when one was typed into it; None forgets it (back to the local store).
    Returns what was saved."""
    path = default_config_dir() / FILE_NAME
    if not text or not text.strip():
        path.unlink(missing_ok=True)
        return None
    shown = TeamAddress.parse(text).shown()
    ensure_private_dir(path.parent)
    write_atomically(path, json.dumps({"address": shown}, ensure_ascii=False).encode("utf-8"))
    return shown
