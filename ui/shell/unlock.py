"""Opens the store for the window: the keyring's key, or a passphrase asked from the user."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QWidget

from planner.services import Planner
from planner.services.store_admin import (
    AskPassphrase,
    AskPassword,
    KeyringVault,
    RollbackPolicy,
    StoreAdministration,
)
from ui import i18n


def unlock(data_dir: Path, ask: AskPassphrase, vault: KeyringVault | None = None,
           audit_rollback: RollbackPolicy = "refuse", create: bool = False,
           team: str | None = None, ask_password: AskPassword | None = None) -> Planner:
    """Open the store (the service's passphrase policy, the dialog ``ask`` as the way to ask);
    a wrong passphrase is asked again, every other error is raised.
    ``audit_rollback="inspect"`` opens a store behind its audit anchor (to acknowledge it);
    ``create`` only after the user agreed to a new store (else NoStore). With ``team`` (an
    address) the team store is opened instead, its password asked with ``ask_password``."""
    admin = StoreAdministration(data_dir, vault=vault, ask=ask, team=team,
                                ask_password=ask_password or _nobody)
    return admin.open(create=create, audit_rollback=audit_rollback,
                      ask_again_in=i18n.current())


def _nobody(_address: str) -> str | None:
    return None


def store_exists(data_dir: Path) -> bool:
    return StoreAdministration(data_dir).exists()


def ask_to_create(parent: QWidget, data_dir: Path) -> bool:
    """The window's first run: a new encrypted store only when the user says so (a mistyped
    or unmounted folder must not silently get an empty store)."""
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(
        parent, QCoreApplication.translate("MainWindow", "Create a store"),
        QCoreApplication.translate(
            "MainWindow", "There is no Verkosto store in {0} yet. Create a new encrypted "
                          "store there?").format(data_dir),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes)
    return answer == QMessageBox.StandardButton.Yes


class _Asker(QObject):
    """A question (the passphrase, a team store login's password) of an opening that runs on
    a worker thread, asked on the GUI thread (a dialog can only live there); the worker waits
    for the answer."""

    asked = Signal(object)  # the question's arguments
    done = Signal()

    def __init__(self, ask: Callable[..., str | None]) -> None:
        super().__init__()
        self._ask = ask
        self._answer: str | None = None
        self.asked.connect(self._on_asked, Qt.ConnectionType.BlockingQueuedConnection)

    @Slot(object)
    def _on_asked(self, args: tuple[object, ...]) -> None:
        self._answer = self._ask(*args)

    def __call__(self, *args: object) -> str | None:
        """Called on the worker thread only (on the GUI thread it would wait for itself)."""
        self.asked.emit(args)
        answer, self._answer = self._answer, None  # not kept here once handed over
        return answer


def unlock_in_background(data_dir: Path, ask: AskPassphrase,
                         vault: KeyringVault | None = None,
                         audit_rollback: RollbackPolicy = "refuse",
                         create: bool = False, team: str | None = None,
                         ask_password: AskPassword | None = None) -> Planner:
    """``unlock`` on a worker thread while the GUI thread goes on painting: deriving the key
    (Argon2id) takes about a second, a migration longer. Returns or raises as ``unlock``."""
    asker = _Asker(ask)
    password_asker = _Asker(ask_password) if ask_password else None
    loop = QEventLoop()
    asker.done.connect(loop.quit)  # emitted on the worker: queued to this thread
    outcome: list[Planner | BaseException] = []

    def work() -> None:
        try:
            outcome.append(unlock(data_dir, asker, vault, audit_rollback, create, team,
                                  password_asker))
        except BaseException as error:  # handed to the GUI thread, raised there
            outcome.append(error)
        finally:
            asker.done.emit()

    thread = threading.Thread(target=work, name="verkosto-unlock", daemon=True)
    thread.start()
    loop.exec()
    thread.join()
    result = outcome[0]
    if isinstance(result, BaseException):
        raise result
    return result
