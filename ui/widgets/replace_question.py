"""Asking before a save replaces existing files (the window's side of planner/files.py).

Qt's own save dialog already asks when an existing file is chosen in it, so a path chosen
there may replace that file (``confirmed_by_dialog``). Anything else — a path typed into a
field, a folder whose files would be replaced, a file that appeared after the dialog closed —
is asked here, listing the files; No (the default) writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

MAX_LISTED = 12


def confirmed_by_dialog(chosen: str, path: Path) -> bool:
    """Whether ``path`` is the file the save dialog returned and it exists: then the dialog
    (never given DontConfirmOverwrite) asked the user before letting it be chosen."""
    return bool(chosen) and Path(chosen) == path and path.is_file()


def confirm_replace(parent: QWidget, paths: Sequence[Path]) -> bool:
    """Ask whether the existing ``paths`` may be replaced; True only for an explicit Yes."""
    listed = [str(path) for path in paths[:MAX_LISTED]]
    if len(paths) > MAX_LISTED:
        listed.append(QCoreApplication.translate("ReplaceQuestion", "… and {0} more")
                      .format(len(paths) - MAX_LISTED))
    if len(paths) == 1:
        text = QCoreApplication.translate(
            "ReplaceQuestion", "{0} already exists. Replace it?").format(paths[0])
    else:
        text = QCoreApplication.translate(
            "ReplaceQuestion", "These files already exist. Replace them?") + "\n\n" + \
            "\n".join(listed)
    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("ReplaceQuestion", "Replace files?"), text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setObjectName("replaceQuestion")
    return box.exec() == QMessageBox.StandardButton.Yes


def write_failure_text(error: BaseException) -> str | None:
    """What a failed export says beside its button: the service's own translated message, or
    the OS's reason a file could not be written; None for an error nobody expected (the task
    runner reports those)."""
    from planner.errors import ValidationFailed, VerkostoError
    from ui import i18n

    language = i18n.current()
    if isinstance(error, ValidationFailed):
        return "\n".join(e.message(language) for e in error.errors)
    if isinstance(error, VerkostoError):
        return error.message(language)
    if isinstance(error, OSError):
        return QCoreApplication.translate("WriteFailure", "The file could not be written: {0}"
                                          ).format(error.strerror or error)
    return None


def settle_write_failure(parent: QWidget, error: BaseException, *, forced: bool,
                         retry: Callable[[], None], show: Callable[[str], None],
                         report: Callable[[BaseException], None]) -> None:
    """A failed export, the same for every button that writes one: files already there are
    asked about (``confirm_replace``) and Yes writes again replacing them (``retry``); the
    service's or the OS's reason goes beside the button (``show``); anything unexpected to the
    task runner (``report``)."""
    from planner.errors import OutputExists

    if isinstance(error, OutputExists) and not forced:
        if confirm_replace(parent, error.paths):
            retry()
        return
    message = write_failure_text(error)
    if message is None:
        report(error)
    else:
        show(message)
