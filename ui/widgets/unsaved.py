"""Unsaved changes are never lost silently: editors say so, and leaving one asks first.

An *editor* is any widget with the three methods of :class:`Editor`. Before the user leaves it
(closing a dialog, going back to the list, another page, closing the window) the caller runs
:func:`settle`, which asks Save / Discard / Cancel when there is something to lose.
"""

from __future__ import annotations

from enum import Enum
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


class Choice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class Editor(Protocol):
    def has_unsaved_changes(self) -> bool: ...

    def save_changes(self) -> bool:
        """Save through the services; False (errors shown beside the fields) keeps the editor."""
        ...

    def discard_changes(self) -> None: ...


def ask_unsaved(parent: QWidget | None, what: str) -> Choice:
    """The one modal question of the app: it guards the user's own typing."""
    def tr(text: str) -> str:
        return QCoreApplication.translate("Unsaved", text)

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Unsaved changes"))
    box.setText(tr("{0} has changes that are not saved.").format(what))
    box.setInformativeText(tr("Do you want to save them?"))
    save = box.addButton(tr("&Save"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(tr("&Discard changes"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.setAccessibleName(tr("Unsaved changes"))
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return Choice.SAVE
    if clicked is discard:
        return Choice.DISCARD
    return Choice.CANCEL


def settle(parent: QWidget | None, editor: Editor, what: str) -> bool:
    """True when the user may leave ``editor``: nothing to lose, saved, or knowingly discarded."""
    if not editor.has_unsaved_changes():
        return True
    choice = ask_unsaved(parent, what)
    if choice == Choice.SAVE:
        return editor.save_changes()
    if choice == Choice.DISCARD:
        editor.discard_changes()
        return True
    return False
