"""Forms whose validation messages appear beside the fields they concern (never as pop-ups)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, SignalInstance
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from planner.errors import ValidationFailed, VerkostoError
from ui import i18n
from ui.widgets.colours import error_style


def fit_longest_item(combo: QComboBox) -> None:
    """A combo cuts its text ("Helsingin kaupunki, Maahanmuuttajien sosiaal"): make it as wide
    as its longest item, whenever items change. Qt keeps a combo's minimum width from when it
    was empty, so the minimum is set from the size hint (AdjustToContents follows the items)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    pending: list[bool] = []

    def fit() -> None:
        pending.clear()
        combo.setMinimumWidth(combo.sizeHint().width())

    def soon(*_args: object) -> None:
        if not pending and isValid(combo):  # one fit for a whole fill, not one per item
            pending.append(True)
            QTimer.singleShot(0, combo, fit)

    model = combo.model()
    for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.dataChanged):
        signal.connect(soon)
    fit()


def fit_widest_entry(view: QListWidget) -> None:
    """A list of choices as wide as its widest entry (its dialog widens with it), so no entry
    needs sideways scrolling — "Sairauspäivärahan 90–150 päivän seuranta: 24.3.2027 (…)"."""
    pending: list[bool] = []

    def fit() -> None:
        pending.clear()
        needed = view.sizeHintForColumn(0) + 2 * view.frameWidth()
        if view.verticalScrollBar().isVisible() or view.count() > 8:
            needed += view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        view.setMinimumWidth(max(needed, 0))

    def soon(*_args: object) -> None:
        if not pending and isValid(view):  # not while the list is being destroyed
            pending.append(True)
            QTimer.singleShot(0, view, fit)

    model = view.model()
    for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.dataChanged):
        signal.connect(soon)
    fit()


class FieldForm(QFormLayout):
    """A QFormLayout that knows which service field each input edits."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._errors: dict[str, QLabel] = {}
        self._inputs: dict[str, QWidget] = {}
        self.general = QLabel()
        self.general.setStyleSheet(error_style())
        self.general.setWordWrap(True)
        self.general.hide()

    def add_field(self, label: str, field: str, widget: QWidget) -> QWidget:
        """Add ``widget`` under a mnemonic ``label``; its errors show right below it."""
        if isinstance(widget, QComboBox):
            fit_longest_item(widget)
        elif isinstance(widget, QListWidget):
            fit_widest_entry(widget)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = QLabel()
        error.setStyleSheet(error_style())
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        caption = QLabel(label)
        caption.setBuddy(widget)
        widget.setAccessibleName(label.replace("&", "").rstrip(":"))
        self.addRow(caption, box)
        self._errors[field] = error
        self._inputs[field] = widget
        for editor in (widget, *widget.findChildren(QWidget)):
            signal = _edited_signal(editor)
            if signal is not None:
                signal.connect(lambda *_args, name=field: self.clear_error(name))
        return widget

    def clear_error(self, field: str) -> None:
        """The field was changed: its message no longer describes what is there (checked
        again at the next save)."""
        label = self._errors[field]
        if label.text():
            label.clear()
            label.hide()
            self._inputs[field].setAccessibleDescription("")

    def clear_errors(self) -> None:
        for label in (*self._errors.values(), self.general):
            label.clear()
            label.hide()
        for widget in self._inputs.values():
            widget.setAccessibleDescription("")

    def show_errors(self, failure: ValidationFailed) -> None:
        """Each message beside its field; ones without a field in this form above the buttons."""
        self.clear_errors()
        unplaced = []
        for error in failure.errors:
            text = error.message(i18n.current())
            label = self._errors.get(error.field.split("[")[0])
            if label is None:
                unplaced.append(text)
                continue
            label.setText((label.text() + "\n" if label.text() else "") + text)
            label.show()
            self._inputs[error.field.split("[")[0]].setAccessibleDescription(text)
        if unplaced:
            self.general.setText("\n".join(unplaced))
            self.general.show()
        first = next((self._inputs[e.field.split("[")[0]] for e in failure.errors
                      if e.field.split("[")[0] in self._inputs), None)
        if first is not None:
            first.setFocus()

    def show_problem(self, text: str) -> None:
        """A problem of the whole form (the store could not take it: a server away, a full
        disk) above the buttons; the fields keep what was typed."""
        self.clear_errors()
        self.general.setText(text)
        self.general.show()

    def error_text(self, field: str) -> str:
        return self._errors[field].text()


# The signal each kind of input emits when the user changes it (the first one it has).
_EDIT_SIGNALS = ("textEdited", "textChanged", "currentIndexChanged", "dateTimeChanged",
                 "dateChanged", "valueChanged", "toggled", "itemChanged")


def _edited_signal(widget: QWidget) -> SignalInstance | None:
    for name in _EDIT_SIGNALS:
        signal = getattr(widget, name, None)
        if isinstance(signal, SignalInstance):
            return signal
    return None


def show_failure(error: BaseException, form: FieldForm, status: QLabel,
                 report: Callable[[BaseException], None]) -> None:
    """A background task's error where the user looks for it: invalid input beside its fields,
    another known problem (locked keyring, server refused, full disk) in the status line, and
    anything unexpected through ``report`` (the window's error report)."""
    if isinstance(error, ValidationFailed):
        form.show_errors(error)
    elif isinstance(error, VerkostoError):
        status.setText(error.message(i18n.current()))
        status.setStyleSheet(error_style())
    else:
        report(error)
