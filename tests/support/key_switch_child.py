"""Runs one key switch in its own process so that a test can kill -9 it part-way.

    python -m tests.support.key_switch_child OP DATA_DIR KEYRING_FILE [PAUSE_AT]

OP is ``rotate`` (keyring store), ``passphrase`` (old $VERKOSTO_PASSPHRASE → new
$VERKOSTO_NEW_PASSPHRASE) or ``restore:FILE`` (backup passphrase $VERKOSTO_BACKUP_PASSPHRASE; a
passphrase store gets $VERKOSTO_PASSPHRASE). It prints ``ready`` just before the switch and
``done`` after it. With PAUSE_AT it prints ``paused <step>`` at that step and waits to be
killed; the steps wrap the real functions, nothing of the switch itself is replaced.
"""

from __future__ import annotations

import functools
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from planner.crypto.vault import KeyringVault
from planner.storage import key_journal, rekey, restore
from planner.storage.store import open_store
from tests.support.file_keyring import FileKeyring

STEPS = {
    # name: (module, function, pause before (False) or after (True) it ran)
    "journal_begun": (key_journal, "begin", True),
    "keyring_saved": (KeyringVault, "store_key", True),
    "file_rekeyed": (rekey, "_rekey_file", True),
    "staged": (restore, "_prepare", True),
    "swapping": (key_journal.os, "rename", True),  # after the first rename of a restore
    "finishing": (key_journal, "finish", False),
    # inside finish: the descriptor saved, the pending key's entry not yet forgotten
    "forgetting_pending": (KeyringVault, "forget_key", False),
    "finished": (key_journal, "finish", True),
}


def pause_at(step: str) -> None:
    owner, name, after = STEPS[step]
    original: Callable[..., Any] = getattr(owner, name)

    @functools.wraps(original)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if not after:
            _stop(step)
        result = original(*args, **kwargs)
        if after:
            _stop(step)
        return result

    setattr(owner, name, wrapper)


def _stop(step: str) -> None:
    print(f"paused {step}", flush=True)
    while True:
        time.sleep(60)


def main() -> None:
    operation, data_dir, keyring_file = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    vault = KeyringVault(FileKeyring(keyring_file))
    old = os.environ.get("VERKOSTO_PASSPHRASE", "")
    if operation.startswith("restore:"):
        backup = Path(operation.split(":", 1)[1])
        if len(sys.argv) > 4:
            pause_at(sys.argv[4])
        print("ready", flush=True)
        result = restore.restore_backup(backup, os.environ["VERKOSTO_BACKUP_PASSPHRASE"],
                                        data_dir, vault=vault, new_passphrase=lambda: old)
        result.store.close()
    else:
        store = open_store(data_dir, vault=vault, passphrase=lambda: old, create=False)
        if len(sys.argv) > 4:
            pause_at(sys.argv[4])
        print("ready", flush=True)
        if operation == "rotate":
            rekey.rotate_key(store, vault)
        else:
            rekey.change_passphrase(store, old, os.environ["VERKOSTO_NEW_PASSPHRASE"], vault)
        store.close()
    print("done", flush=True)


if __name__ == "__main__":
    main()
