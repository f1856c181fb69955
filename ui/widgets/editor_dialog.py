"""A dialog editing one record through a service: Save, or Cancel/Esc/close that asks first."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from planner.errors import StoreError, ValidationFailed
from ui import i18n
from ui.widgets.forms import FieldForm
from ui.widgets.sizing import floor_width
from ui.widgets.unsaved import settle


class EditorDialog(QDialog):
    """One record's form: Save through ``save``; Cancel, Esc and close settle unsaved changes."""

    def __init__(self, save: Callable[[Any], Any], parent: QWidget | None) -> None:
        super().__init__(parent)
        self._save = save
        self.saved: Any = None
        self._pristine: Any = None
        floor_width(self, 520)
        self.form = FieldForm()

    def _finish(self) -> None:
        """Buttons below the fields; remember what was there to begin with."""
        self.form.addRow(self.form.general)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel = buttons.addButton(self.tr("&Cancel"),
                                        QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._pristine = self.value()

    def value(self) -> Any:
        raise NotImplementedError

    def what(self) -> str:
        """What the unsaved-changes question calls this form."""
        raise NotImplementedError

    # --- the editor protocol (ui.widgets.unsaved) ------------------------------------------
    def has_unsaved_changes(self) -> bool:
        return self.saved is None and self.value() != self._pristine

    def save_changes(self) -> bool:
        """A single quick write on the GUI thread; problems appear beside the fields."""
        try:
            self.saved = self._save(self.value())
        except ValidationFailed as failure:
            self.form.show_errors(failure)
            self.adjustSize()  # grow so every message shows in full
            return False
        except StoreError as error:  # a team store's server away, a full disk: nothing saved,
            self.form.show_problem(error.message(i18n.current()))  # everything typed kept
            self.adjustSize()
            return False
        self.form.clear_errors()
        return True

    def discard_changes(self) -> None:
        self._pristine = self.value()

    def submit(self) -> None:
        if self.save_changes():
            self.accept()

    def reject(self) -> None:
        # Esc, Cancel and the window's close button all come here (QDialog.closeEvent too).
        if settle(self, self, self.what()):
            super().reject()

    def abandon(self) -> None:
        """Close without asking (the store was locked; unsaved work was settled already)."""
        super().reject()
