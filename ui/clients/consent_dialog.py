"""Record a client's consent: which agencies, for what, how, given when, valid until when."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.consent_coverage import is_whole_organisation, name_key
from planner.domain import Agency
from planner.domain.enums import ConsentForm
from planner.errors import ValidationFailed
from planner.services import ConsentInput
from planner.services.meeting_view import agency_title
from ui.formatting import TZ, date_edit_format, time_edit_format
from ui.widgets.forms import FieldForm
from ui.widgets.holiday_calendar import with_holidays
from ui.widgets.sizing import floor_width

ORGANISATION_ROLE = Qt.ItemDataRole.UserRole + 1


def _choices(agencies: list[Agency], whole: str) -> list[tuple[int | None, str, str]]:
    """(agency id, organisation, text) per line: the directory's rows, and for an
    organisation listed only by its units a line naming it whole (no id yet: the service
    adds its row), before its units."""
    listed = {name_key(a.name) for a in agencies if is_whole_organisation(a)}
    lines: list[tuple[int | None, str, str]] = []
    for agency in agencies:
        key = name_key(agency.name)
        if key not in listed:
            listed.add(key)
            lines.append((None, agency.name, whole.format(agency.name)))
        text = agency_title(agency) if agency.unit else whole.format(agency.name)
        lines.append((agency.id, agency.name, text))
    return lines


class ConsentDialog(QDialog):
    """The form; ``save`` is called with the input and may raise ValidationFailed."""

    def __init__(self, client_id: int, agencies: list[Agency],
                 save: Callable[[ConsentInput], object], parent: QWidget | None = None, *,
                 chosen: Sequence[int] = (), purpose: str = "") -> None:
        """``chosen``: agencies ticked at the start (what a meeting warning found missing);
        ``purpose``: the purpose proposed (the consent a meeting's type needs), editable."""
        super().__init__(parent)
        self.client_id = client_id
        self._save = save
        self.setWindowTitle(self.tr("Record consent"))
        floor_width(self, 520)
        layout = QVBoxLayout(self)
        self.form = FieldForm()
        self.agencies = QListWidget()
        self.agencies.setMinimumWidth(460)  # "Organisation, unit" on one line, mostly
        for agency_id, organisation, text in _choices(agencies, self.tr(
                "{0} — the whole organisation, all its units")):
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, agency_id)
            item.setData(ORGANISATION_ROLE, organisation)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if agency_id is not None
                               and agency_id in chosen else Qt.CheckState.Unchecked)
            self.agencies.addItem(item)
        self.form.add_field(self.tr("&Agencies covered:"), "agency_ids", self.agencies)
        # The rule of planner/consent_coverage.py, said where the choice is made.
        self.rule = QLabel(self.tr(
            "An organisation named without units covers all its units; a unit named covers "
            "that unit only."))
        self.rule.setWordWrap(True)
        self.form.addRow("", self.rule)
        self.purpose = self.form.add_field(self.tr("&Purpose:"), "purpose", QLineEdit())
        self.purpose.setText(purpose)  # type: ignore[attr-defined]
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Written"), ConsentForm.WRITTEN)
        self.kind.addItem(self.tr("Oral"), ConsentForm.ORAL)
        self.form.add_field(self.tr("&Form:"), "form", self.kind)
        self.given_by = self.form.add_field(self.tr("Given &by (if not the client):"),
                                            "given_by", QLineEdit())
        self.given_at = QDateTimeEdit(QDateTime.currentDateTime())
        self.given_at.setDisplayFormat(f"{date_edit_format()} {time_edit_format()}")
        with_holidays(self.given_at)  # holidays and weekends marked in the popup
        self.form.add_field(self.tr("&Given at:"), "given_at", self.given_at)
        self.valid_until = QDateEdit(QDate.currentDate().addYears(1))
        self.valid_until.setDisplayFormat(date_edit_format())
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

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """What a warning asked for, in sight (once the list has its size)."""
        super().showEvent(event)
        first = next((self.agencies.item(i) for i in range(self.agencies.count())
                      if self.agencies.item(i).checkState() == Qt.CheckState.Checked), None)
        if first is not None:
            self.agencies.scrollToItem(first, QListWidget.ScrollHint.PositionAtCenter)

    def value(self) -> ConsentInput:
        items = [self.agencies.item(i) for i in range(self.agencies.count())]
        ticked = [item for item in items if item.checkState() == Qt.CheckState.Checked]
        checked = [item.data(Qt.ItemDataRole.UserRole) for item in ticked
                   if item.data(Qt.ItemDataRole.UserRole) is not None]
        organisations = [item.data(ORGANISATION_ROLE) for item in ticked
                         if item.data(Qt.ItemDataRole.UserRole) is None]
        given = self.given_at.dateTime()
        given_at = given.toPython().replace(tzinfo=TZ)  # typed in Finnish local time
        until = None if self.open_ended.isChecked() else self.valid_until.date().toPython()
        return ConsentInput(self.client_id, checked, self.purpose.text(),
                            self.kind.currentData(), given_at, until, self.given_by.text(),
                            organisations)

    def submit(self) -> None:
        """Save through the service; problems appear beside the fields and nothing is lost."""
        try:
            self._save(self.value())
        except ValidationFailed as failure:
            self.form.show_errors(failure)
            return
        self.accept()

