"""Record a client's consent: which agencies, for what, how, given when, valid until when."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain import Agency
from planner.domain.enums import ConsentForm
from planner.errors import ValidationFailed
from planner.services import ConsentInput
from ui.formatting import TZ
from ui.widgets.forms import FieldForm
from ui.widgets.holiday_calendar import with_holidays
from ui.widgets.sizing import floor_width


class ConsentDialog(QDialog):
    """The form; ``save`` is called with the input and may raise ValidationFailed."""

    def __init__(self, client_id: int, agencies: list[Agency],
                 save: Callable[[ConsentInput], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client_id = client_id
        self._save = save
        self.setWindowTitle(self.tr("Record consent"))
        floor_width(self, 520)
        layout = QVBoxLayout(self)
        self.form = FieldForm()
        self.agencies = QListWidget()
        for agency in agencies:
            item = QListWidgetItem(f"{agency.name}, {agency.unit}" if agency.unit else agency.name)
            item.setData(Qt.ItemDataRole.UserRole, agency.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.agencies.addItem(item)
        self.form.add_field(self.tr("&Agencies covered:"), "agency_ids", self.agencies)
        self.purpose = self.form.add_field(self.tr("&Purpose:"), "purpose", QLineEdit())
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Written"), ConsentForm.WRITTEN)
        self.kind.addItem(self.tr("Oral"), ConsentForm.ORAL)
        self.form.add_field(self.tr("&Form:"), "form", self.kind)
        self.given_by = self.form.add_field(self.tr("Given &by (if not the client):"),
                                            "given_by", QLineEdit())
        self.given_at = QDateTimeEdit(QDateTime.currentDateTime())
        self.given_at.setDisplayFormat("d.M.yyyy H.mm")
        with_holidays(self.given_at)  # holidays and weekends marked in the popup
        self.form.add_field(self.tr("&Given at:"), "given_at", self.given_at)
        self.valid_until = QDateEdit(QDate.currentDate().addYears(1))
        self.valid_until.setDisplayFormat("d.M.yyyy")
        with_holidays(self.valid_until)  # holidays and weekends marked in the popup
        self.open_ended = QCheckBox(self.tr("&Until further notice"))
        self.open_ended.toggled.connect(lambda on: self.valid_until.setDisabled(on))
        until = QWidget()
        row = QHBoxLayout(until)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.valid_until)
        row.addWidget(self.open_ended)
        row.addStretch(1)
        self.form.add_field(self.tr("&Valid until:"), "valid_until", until)
        self.valid_until.setAccessibleName(self.tr("Valid until"))
        self.form.addRow(self.form.general)
        layout.addLayout(self.form)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("&Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def value(self) -> ConsentInput:
        checked = [self.agencies.item(i).data(Qt.ItemDataRole.UserRole)
                   for i in range(self.agencies.count())
                   if self.agencies.item(i).checkState() == Qt.CheckState.Checked]
        given = self.given_at.dateTime()
        given_at = given.toPython().replace(tzinfo=TZ)  # typed in Finnish local time
        until = None if self.open_ended.isChecked() else self.valid_until.date().toPython()
        return ConsentInput(self.client_id, checked, self.purpose.text(),
                            self.kind.currentData(), given_at, until, self.given_by.text())

    def submit(self) -> None:
        """Save through the service; problems appear beside the fields and nothing is lost."""
        try:
            self._save(self.value())
        except ValidationFailed as failure:
            self.form.show_errors(failure)
            return
        self.accept()

