"""Restoring a backup from the window, from Settings or from the locked panel.

The window's store is closed first (as on lock: editors saved, pages cleared), the restore runs
on the worker, and the restored store is opened in the same window (``MainWindow.reopen``).
When the restore fails the current store was not touched (planner/services/store_admin.py): the
locked panel says why and offers to try again or to pick another backup.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication

from planner.errors import (
    CorruptStore,
    KeyMissing,
    NotAStore,
    StoreFileMissing,
    VerkostoError,
    WrongKey,
)
from planner.services.store_admin import RestoreOutcome, StoreAdministration
from ui import i18n
from ui.operations import Task, TaskContext
from ui.settings.restore_dialog import RestoreDialog

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStatusBar, QWidget

    from planner.services import Planner
    from planner.services.store_admin import AskPassphrase, KeyringVault
    from ui.operations import TaskRunner
    from ui.settings.page import SettingsPage
    from ui.shell.idle import IdleWatcher
    from ui.shell.locked_panel import LockedPanel


class RestoreHost(Protocol):
    """What a restore needs of the window (ui/shell/main_window.py is the one host)."""

    data_dir: Path
    vault: KeyringVault | None
    ask: AskPassphrase
    runner: TaskRunner
    planner: Planner | None
    locked: LockedPanel
    idle: IdleWatcher
    settings: SettingsPage
    restore_dialog: QWidget | None

    @property
    def is_unlocked(self) -> bool: ...

    def lock(self) -> None: ...

    def reopen(self, planner: Planner | None = None) -> None: ...

    def statusBar(self) -> QStatusBar: ...  # noqa: N802 (Qt's name)


def _tr(text: str) -> str:
    return QCoreApplication.translate("RestoreFlow", text)


def restore_offered(error: BaseException) -> bool | None:
    """None: no restore offered for this failure; else whether the store file is damaged
    (then it is kept as ``backups/damaged-<time>.db``)."""
    if isinstance(error, CorruptStore | NotAStore):
        return True
    if isinstance(error, StoreFileMissing | KeyMissing | WrongKey):
        return False
    return None


def connect_backups(window: RestoreHost) -> None:
    """Settings → Backups and keys works with the window's keyring and asks it to restore."""
    box = window.settings.backups
    box.vault = window.vault
    box.restore_requested.connect(lambda: offer_restore(window, damaged=False))


def offer_restore(window: RestoreHost, damaged: bool) -> RestoreDialog:
    dialog = RestoreDialog(window.runner, window, live=window.planner)
    dialog.chosen.connect(lambda file, phrase: restore(window, Path(file), phrase, damaged))
    if window.is_unlocked:  # locking closes it: it holds a typed passphrase
        window.idle.idle.connect(dialog.reject)
        window.idle.lock_requested.connect(dialog.reject)
        dialog.finished.connect(lambda _result: _forget(window, dialog))
    window.restore_dialog = dialog
    dialog.open()
    return dialog


def _forget(window: RestoreHost, dialog: RestoreDialog) -> None:
    window.idle.idle.disconnect(dialog.reject)
    window.idle.lock_requested.disconnect(dialog.reject)


def restore(window: RestoreHost, file: Path, passphrase: str, damaged: bool) -> None:
    window.lock()  # saves what validates, forgets all client data, closes the store
    admin = StoreAdministration(window.data_dir, vault=window.vault)
    protection = admin.planned_protection()
    new_passphrase = window.ask(True, "") if protection == "passphrase" else None
    if protection == "passphrase" and not new_passphrase:
        window.locked.show_message(_tr("The backup was not restored: the restored store needs "
                                       "a passphrase."))
        return
    window.locked.show_busy(_tr("Restoring the backup…"))

    def work(_ctx: TaskContext) -> RestoreOutcome:
        return admin.restore(file, passphrase, protection=protection,
                             new_passphrase=lambda: new_passphrase, current_damaged=damaged)

    def done(result: RestoreOutcome) -> None:
        window.reopen(result.planner)
        if result.kept is not None:
            window.statusBar().showMessage(_tr(
                "The backup was restored. The previous store is kept as {0}.").format(
                    result.kept), 30_000)

    def failed(error: BaseException) -> None:
        message = error.message(i18n.current()) if isinstance(error, VerkostoError) else \
            _tr("Unexpected error: {0}").format(error)
        window.locked.show_message(message)
        window.locked.offer_restore(damaged)

    window.runner.run(Task(work, _tr("Restoring the backup…"), done, failed, cancellable=False))
