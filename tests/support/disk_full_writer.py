"""Writes clients under a file-size limit until the disk is "full", then keeps working.

Prints ``ok NAME`` per acknowledged commit, ``full CODE MESSAGE`` for the typed error,
``view-refused CODE`` when even a (logged) view cannot be written, and, after space is freed,
``alive N`` from the same process and store.
"""

from __future__ import annotations

import os
import resource
import signal
import sys
from pathlib import Path

from keyring.backends.fail import Keyring as FailKeyring

from planner.crypto.vault import KeyringVault
from planner.errors import StoreWriteFailed
from planner.services import ClientInput, Planner
from planner.storage.store import open_store


def main() -> None:
    data_dir = Path(sys.argv[1])
    planner = Planner(open_store(data_dir, vault=KeyringVault(FailKeyring()),
                                 passphrase=lambda: os.environ["VERKOSTO_PASSPHRASE"]))
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write() instead of a kill
    limit = max(p.stat().st_size for p in data_dir.iterdir() if p.is_file()) + 64 * 1024
    _, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    for number in range(10_000):
        name = f"Täysi{number}"
        try:
            planner.clients.create(ClientInput("Levy", name, situation="ä" * 1900))
        except StoreWriteFailed as error:
            print("full", error.exit_code, error.message("fi"), flush=True)
            break
        print("ok", name, flush=True)
    # A view must be logged, and the log cannot grow. The failed commit may have left a few
    # frames' room in the WAL (how much depends on the schema's page layout): views are
    # logged there until it is used up, then each is refused — never shown unlogged.
    for _attempt in range(100):
        try:
            planner.clients.search("")
        except StoreWriteFailed as error:
            print("view-refused", error.exit_code, flush=True)
            break
    resource.setrlimit(resource.RLIMIT_FSIZE, (hard, hard))  # space freed
    planner.clients.create(ClientInput("Levy", "Vapautettu"))
    print("ok Vapautettu", flush=True)
    print("alive", len(planner.clients.search("", limit=100_000)), flush=True)
    planner.close()


if __name__ == "__main__":
    main()
