"""Name a client's contact person at an agency (nimetty yhteyshenkilö), or the case lead."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QVBoxLayout,
    QWidget,
)

from planner.domain import Agency, Professional
from planner.errors import FieldError, ValidationFailed
from ui.widgets.forms import FieldForm
from ui.widgets.sizing import floor_width

# (professional id, case lead?) -> saved
SaveContact = Callable[[int, bool], object]


class ContactDialog(QDialog):
    def __init__(self, agencies: list[Agency], people: list[Professional], save: SaveContact,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._people = people
        self.setWindowTitle(self.tr("Contact person"))
        floor_width(self, 460)
        layout = QVBoxLayout(self)
        self.form = FieldForm()
        self.agency = QComboBox()
        staffed = {p.agency_id for p in people}
        for agency in agencies:
            if agency.id in staffed:
                name = f"{agency.name}, {agency.unit}" if agency.unit else agency.name
                self.agency.addItem(name, agency.id)
        self.form.add_field(self.tr("&Agency:"), "agency_id", self.agency)
        self.person = QComboBox()
        self.form.add_field(self.tr("Contact &person:"), "professional_id", self.person)
        self.case_lead = QCheckBox(self.tr("Also the client's case &lead"))
        self.form.addRow("", self.case_lead)
        self.form.addRow(self.form.general)
        layout.addLayout(self.form)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("&Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.agency.currentIndexChanged.connect(self._fill_people)
        self._fill_people()

    def _fill_people(self) -> None:
        self.person.clear()
        agency_id = self.agency.currentData()
        for person in self._people:
            if person.agency_id == agency_id:
                self.person.addItem(f"{person.name}, {person.title}" if person.title
                                    else person.name, person.id)

    def choose(self, agency_id: int, professional_id: int) -> None:
        self.agency.setCurrentIndex(self.agency.findData(agency_id))
        self.person.setCurrentIndex(self.person.findData(professional_id))

    def submit(self) -> None:
        professional_id = self.person.currentData()
        try:
            if professional_id is None:
                raise ValidationFailed([FieldError("professional_id", "validation.required")])
            self._save(int(professional_id), self.case_lead.isChecked())
        except ValidationFailed as failure:
            self.form.show_errors(failure)
            return
        self.accept()
