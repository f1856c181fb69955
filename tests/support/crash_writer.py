"""Writes clients until killed; prints each one's name only after its commit returned.

Used by the kill -9 test: every printed ("acknowledged") name must be in the store afterwards.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from keyring.backends.fail import Keyring as FailKeyring

from planner.crypto.vault import KeyringVault
from planner.services import ClientInput, Planner
from planner.storage.store import open_store


def main() -> None:
    data_dir = Path(sys.argv[1])
    store = open_store(data_dir, vault=KeyringVault(FailKeyring()),
                       passphrase=lambda: os.environ["VERKOSTO_PASSPHRASE"])
    planner = Planner(store)
    print("ready", flush=True)
    number = 0
    while True:
        number += 1
        name = f"Kirjoittaja{os.getpid()}x{number}"
        planner.clients.create(ClientInput("Testi", name, situation="x" * 500))
        print(name, flush=True)


if __name__ == "__main__":
    main()
