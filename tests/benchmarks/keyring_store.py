"""A copy of the benchmark store whose key is kept in a keyring, as a user's usually is.

The generator makes a passphrase store (its own run has no keyring). For "launch to a usable
home view with the keyring key" the store is backed up and restored once into ``keyring/``
with keyring protection; the key then lives in a JSON file that ``BenchKeyring`` — named in
``PYTHON_KEYRING_BACKEND`` for the launched app — reads, so no Argon2id is paid at unlock.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from planner.services.store_admin import KeyringVault, StoreAdministration
from tests.benchmarks.generate import Prepared, open_encrypted
from tests.support.file_keyring import FileKeyring

KEYRING_FILE_ENV = "VERKOSTO_BENCH_KEYRING"
BACKEND = "tests.benchmarks.keyring_store.BenchKeyring"
_BACKUP_PASSPHRASE = "vertailu-varmuuskopio 2026"


class BenchKeyring(FileKeyring):
    """The file keyring at ``$VERKOSTO_BENCH_KEYRING`` (keyring makes backends without
    arguments)."""

    def __init__(self) -> None:
        super().__init__(Path(os.environ[KEYRING_FILE_ENV]))


def keyring_copy(prepared: Prepared) -> tuple[Path, Path]:
    """(data dir, keyring file) of the keyring-protected copy, made once per generated store."""
    target, keys = prepared.root / "keyring", prepared.root / "keyring.json"
    made = prepared.root / "keyring.made"
    stamp = (prepared.root / "manifest.json").read_text("utf-8") \
        if (prepared.root / "manifest.json").exists() else prepared.scale
    if made.exists() and made.read_text("utf-8") == stamp and target.exists():
        return target, keys
    shutil.rmtree(target, ignore_errors=True)
    keys.unlink(missing_ok=True)
    vault = KeyringVault(FileKeyring(keys))
    with tempfile.TemporaryDirectory() as folder:
        backup = Path(folder) / "store.verkosto-backup"
        planner = open_encrypted(prepared)
        try:
            StoreAdministration.backup(planner, backup, _BACKUP_PASSPHRASE)
        finally:
            planner.close()
        target.mkdir(mode=0o700)
        restored = StoreAdministration(target, vault=vault).restore(
            backup, _BACKUP_PASSPHRASE, protection="keyring")
        restored.planner.close()
    made.write_text(stamp, "utf-8")
    return target, keys
