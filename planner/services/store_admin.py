"""Store administration (tietovaraston ylläpito): the one face of the store's lifecycle for the
window and the commands — where the key and passphrases come from, opening and creating,
backups, restores, key rotation and passphrase changes.

The window and ``verkosto`` differ only in how a person is asked (a dialog, a terminal
prompt); the policy is here, once: ``$VERKOSTO_PASSPHRASE`` when set, else asked, and after a
wrong passphrase always asked. Each operation records its own audit entry in the store it
changes (planner/storage/events.py), so no caller writes the log for it. A second store
engine (a team store on a database server) plugs in behind this class.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from planner.config import PASSPHRASE_ENV, STORE_PASSWORD_ENV
from planner.crypto.keys import MIN_PASSPHRASE_LENGTH
from planner.crypto.vault import KeyringVault
from planner.errors import (
    CorruptStore,
    NotAStore,
    StoreError,
    TeamStoreLocalOnly,
    WrongPassphrase,
)
from planner.services import Planner
from planner.storage.audit_anchor import RollbackPolicy, rolled_back_error
from planner.storage.backup import BackupInfo, check_backup_target, make_backup, verify_backup
from planner.storage.descriptor import Protection, StorePaths
from planner.storage.rekey import change_passphrase, rotate_key
from planner.storage.restore import RestoreResult, planned_protection, restore_backup
from planner.storage.restore_preview import RestoreLoss, preview_restore
from planner.storage.store import inspect_existing_file
from planner.storage.store import open_store as _open_store
from planner.storage.team import open_team_store
from planner.storage.team_address import TeamAddress

__all__ = [
    "MIN_PASSPHRASE_LENGTH", "AskPassphrase", "BackupInfo", "KeyringVault", "Protection",
    "RestoreLoss", "RestoreOutcome", "RollbackPolicy", "StoreAdministration",
    "rolled_back_error",
]

# (a new store?, the error to show, "" the first time) -> the passphrase, or None (cancelled,
# or nobody to ask)
AskPassphrase = Callable[[bool, str], str | None]
# (the team store's address as shown) -> the login's password, or None
AskPassword = Callable[[str], str | None]
Progress = Callable[[int, int], None]


def _nobody_asked(_new_store: bool, _error: str) -> str | None:
    return None


def _nobody_asked_password(_address: str) -> str | None:
    return None


def _local_only(planner: Planner) -> None:
    if planner.store.protection == "team":
        raise TeamStoreLocalOnly()


def _no_progress(_done: int, _total: int) -> None:
    return None


@dataclass(frozen=True)
class RestoreOutcome:
    info: BackupInfo
    kept: Path | None  # where the replaced store went; None when there was none
    planner: Planner  # the restored store, open (the caller closes it)


class StoreAdministration:
    """The store in ``data_dir``, its key in ``vault`` (the OS keyring by default), its
    passphrase from :meth:`passphrase` (``ask`` is how this front end asks a person)."""

    def __init__(self, data_dir: Path, *, vault: KeyringVault | None = None,
                 ask: AskPassphrase = _nobody_asked, team: str | None = None,
                 ask_password: AskPassword = _nobody_asked_password) -> None:
        self.data_dir = Path(data_dir)
        self.vault = vault or KeyringVault()
        self._ask = ask
        # A team store's address (``--store``, $VERKOSTO_STORE): opened instead of the data
        # dir's store. Its login's password: the keyring, $VERKOSTO_STORE_PASSWORD, or asked.
        self.team = TeamAddress.parse(team) if team else None
        self._ask_password = ask_password

    @classmethod
    def of(cls, planner: Planner, *, vault: KeyringVault | None = None) -> StoreAdministration:
        """The administration of the store ``planner`` has open."""
        return cls(planner.store.paths.data_dir, vault=vault)

    @property
    def paths(self) -> StorePaths:
        return StorePaths(self.data_dir)

    def exists(self) -> bool:
        """Anything of a store here (a database or its descriptor): never created over."""
        return self.paths.database.exists() or self.paths.descriptor.exists()

    def damaged(self) -> bool:
        """What can be told without a key: empty, cut short or not encrypted at all."""
        if not self.paths.database.exists():
            return False
        try:
            inspect_existing_file(self.paths.database)
        except (CorruptStore, NotAStore):
            return True
        return False

    # --- passphrases ---------------------------------------------------------------------------
    def passphrase(self, error: str = "") -> Callable[[], str | None]:
        """$VERKOSTO_PASSPHRASE, else asked; after a wrong one (``error``) always asked."""
        new_store = not self.paths.database.exists()

        def source() -> str | None:
            from_environment = os.environ.get(PASSPHRASE_ENV)
            if from_environment and not error:
                return from_environment
            return self._ask(new_store, error)

        return source

    # --- opening -------------------------------------------------------------------------------
    def open(self, *, create: bool = False, prefer_passphrase: bool = False,
             audit_rollback: RollbackPolicy = "refuse",
             ask_again_in: str | None = None) -> Planner:
        """The services over the opened store. ``create`` only where a person chose a new
        store (``init``, ``demo``, the window after asking); ``audit_rollback="inspect"``
        opens a store behind its audit anchor to show or acknowledge it; with
        ``ask_again_in`` (a language) a wrong passphrase is asked again with its message."""
        if self.team is not None:
            return self._open_team(audit_rollback)
        error = ""
        while True:
            try:
                store = _open_store(self.data_dir, vault=self.vault,
                                    passphrase=self.passphrase(error), create=create,
                                    prefer_passphrase=prefer_passphrase,
                                    audit_rollback=audit_rollback)
            except WrongPassphrase as wrong:
                if ask_again_in is None:
                    raise
                error = wrong.message(ask_again_in)
                continue
            return Planner(store, vault=self.vault)

    def _open_team(self, audit_rollback: RollbackPolicy) -> Planner:
        """The team store: set up by its administrator (``verkosto team-setup``); a member's
        login never changes the schema."""
        assert self.team is not None
        address = self.team
        asked: list[str] = []

        def password() -> str | None:
            given = os.environ.get(STORE_PASSWORD_ENV)
            if given:
                return given
            typed = self._ask_password(address.shown())
            if typed:
                asked.append(typed)
            return typed

        store = open_team_store(address, vault=self.vault, password=password, upgrade=False,
                                audit_rollback=audit_rollback)
        if asked:  # it was right: kept in the OS keyring from now on, nowhere else
            with contextlib.suppress(StoreError):  # no keyring: asked again next time
                self.vault.store_secret(address.keyring_account, asked[0])
        asked.clear()
        return Planner(store, vault=self.vault)

    # --- backups -------------------------------------------------------------------------------
    @staticmethod
    def check_backup_target(target: Path, *, overwrite: bool = False) -> None:
        """Refused before any passphrase is asked: an existing file without ``overwrite``,
        a folder, a device."""
        check_backup_target(target, overwrite=overwrite)

    @staticmethod
    def backup(planner: Planner, target: Path, passphrase: str, *, overwrite: bool = False,
               progress: Progress = _no_progress) -> BackupInfo:
        """An encrypted backup of the open store under its own ``passphrase``; logged."""
        _local_only(planner)
        return make_backup(planner.store, target, passphrase, overwrite=overwrite,
                           progress=progress)

    @staticmethod
    def verify_backup(file: Path, passphrase: str) -> BackupInfo:
        return verify_backup(file, passphrase)

    @staticmethod
    def preview_restore(file: Path, passphrase: str,
                        live: Planner) -> tuple[BackupInfo, RestoreLoss]:
        """The backup verified, and what the open store holds that the backup lacks."""
        return preview_restore(file, passphrase, live.store)

    def preview_restore_here(self, file: Path, passphrase: str,
                             ) -> tuple[BackupInfo, RestoreLoss | None, StoreError | None]:
        """As :meth:`preview_restore` against the store in the data dir when it opens (read
        only, even behind its anchor); when it does not, the backup verified and why not."""
        try:
            live = self.open(audit_rollback="inspect")
        except StoreError as error:
            return verify_backup(file, passphrase), None, error
        try:
            info, loss = self.preview_restore(file, passphrase, live)
        finally:
            live.close()
        return info, loss, None

    def planned_protection(self) -> Protection:
        """How a restored store's key would be kept: as the current store's, else in the
        keyring when one works."""
        return planned_protection(self.data_dir, self.vault)

    def restore(self, file: Path, passphrase: str, *, protection: Protection | None = None,
                new_passphrase: Callable[[], str | None] = lambda: None,
                current_damaged: bool = False) -> RestoreOutcome:
        """Replace the store with the backup (the current one kept in backups/); logged in
        the restored store."""
        if self.team is not None:
            raise TeamStoreLocalOnly()
        result: RestoreResult = restore_backup(
            file, passphrase, self.data_dir, protection=protection,
            new_passphrase=new_passphrase, vault=self.vault, current_damaged=current_damaged)
        return RestoreOutcome(result.info, result.kept, Planner(result.store, vault=self.vault))

    # --- keys ----------------------------------------------------------------------------------
    def rotate_key(self, planner: Planner) -> None:
        """A new random key for a keyring-protected store; logged."""
        _local_only(planner)
        rotate_key(planner.store, self.vault)

    def change_passphrase(self, planner: Planner, old: str, new: str) -> None:
        """A new passphrase for a passphrase-protected store; logged."""
        _local_only(planner)
        change_passphrase(planner.store, old, new, self.vault)
