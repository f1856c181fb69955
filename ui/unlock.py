"""Opens the store for the window: the keyring's key, or a passphrase asked from the user."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from planner.config import PASSPHRASE_ENV
from planner.crypto.vault import KeyringVault
from planner.errors import WrongPassphrase
from planner.services import Planner
from planner.storage.descriptor import DATABASE_NAME
from planner.storage.store import open_store
from ui import i18n

# (new_store, error shown in the dialog) -> the passphrase, or None when the user cancels
AskPassphrase = Callable[[bool, str], str | None]


def unlock(data_dir: Path, ask: AskPassphrase, vault: KeyringVault | None = None) -> Planner:
    """Open the store; a wrong passphrase is asked again, every other error is raised."""
    error = ""
    while True:
        new_store = not (data_dir / DATABASE_NAME).exists()

        def passphrase(new_store: bool = new_store, error: str = error) -> str | None:
            from_env = os.environ.get(PASSPHRASE_ENV)
            if from_env and not error:
                return from_env
            return ask(new_store, error)

        try:
            return Planner(open_store(data_dir, vault=vault, passphrase=passphrase), vault=vault)
        except WrongPassphrase as wrong:
            error = wrong.message(i18n.current())
