"""Small pieces of the plan tab: its bundle of data, date/combo fields and the inline question."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from planner.domain import Agency, ClientPlan, PlanVersion, ServiceCode
from planner.services import IncomeReading, Planner, PlanView
from ui.formatting import TZ, date_edit_format
from ui.widgets.colours import error_style
from ui.widgets.holiday_calendar import with_holidays

DEFAULT_REVIEW_DAYS = 90  # what the form offers when a review date is first set
DEFAULT_TARGET_DAYS = 30


@dataclass(frozen=True)
class PlanBundle:
    """The client's newest plan (one version of it) and the lists its form picks from."""

    view: PlanView | None
    codes: list[ServiceCode]
    agencies: list[Agency]
    # Every plan of the client, newest first, with its newest version (for the plan picker).
    plans: tuple[tuple[ClientPlan, PlanVersion], ...] = ()
    income: IncomeReading | None = None  # the client's income-effect notes and hints

    @classmethod
    def load(cls, planner: Planner, client_id: int, version_number: int | None = None,
             plan_id: int | None = None) -> PlanBundle:
        """``plan_id`` None (or one the client no longer has): the newest plan."""
        with planner.one_view():  # one snapshot, one transaction (ServiceContext.one_view)
            plans = planner.plans.for_client(client_id)
            chosen = next((p for p, _ in plans if p.id == plan_id),
                          plans[0][0] if plans else None)
            view = planner.plans.view(chosen.id or 0, version_number) if chosen else None
            return cls(view, planner.plans.service_codes(), planner.directory.agencies(),
                       tuple(plans), planner.income_effects.for_client(client_id))


def today() -> date:
    return datetime.now(TZ).date()


def date_edit(name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setDisplayFormat(date_edit_format())
    with_holidays(edit)  # holidays and weekends marked in the popup
    edit.setAccessibleName(name)
    return edit


def combo() -> QComboBox:
    """A combo that fits a narrow window however long the names in it are."""
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(16)
    return combo


def buddy(text: str, widget: QWidget) -> QLabel:
    caption = QLabel(text)
    caption.setBuddy(widget)
    widget.setAccessibleName(text.replace("&", "").rstrip(":"))
    return caption


def error_label() -> QLabel:
    error = QLabel()
    error.setStyleSheet(error_style())
    error.setWordWrap(True)
    error.hide()
    return error


class ConfirmRow(QFrame):
    """An inline "are you sure" row; with a ``tick`` text its button waits for that checkbox."""

    confirmed = Signal()

    def __init__(self, confirm: str, tick: str | None = None) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(self)
        self.text = QLabel()
        self.text.setWordWrap(True)
        row.addWidget(self.text, 1)
        self.tick = QCheckBox(tick) if tick else None
        self.confirm = QPushButton(confirm)
        self.cancel = QPushButton(self.tr("Cancel"))
        if self.tick is not None:
            row.addWidget(self.tick)
            self.tick.toggled.connect(self.confirm.setEnabled)
        row.addWidget(self.confirm)
        row.addWidget(self.cancel)
        self.confirm.clicked.connect(self._confirm)
        self.cancel.clicked.connect(self.hide)
        self.hide()

    def ask(self, text: str) -> None:
        self.text.setText(text)
        if self.tick is not None:
            self.tick.setChecked(False)
            self.confirm.setEnabled(False)
        self.show()
        (self.tick or self.confirm).setFocus()

    def _confirm(self) -> None:
        if self.tick is None or self.tick.isChecked():
            self.confirmed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        # Esc from the tick or a button answers "no", as in a dialog (Cancel has no mnemonic:
        # the plan tab has used up the letters).
        if event.key() == Qt.Key.Key_Escape:
            self.cancel.click()
            return
        super().keyPressEvent(event)
