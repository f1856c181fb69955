"""Forms for one agency or one professional; errors appear beside the fields, nothing typed is
lost, and leaving with unsaved changes asks first."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from planner.domain import Agency, Professional
from planner.domain.enums import AgencyKind, ParticipantRole
from planner.errors import ValidationFailed
from planner.services import AgencyInput, ProfessionalInput
from ui.directory_models import agency_kind_label, agency_name, role_label
from ui.widgets.forms import FieldForm
from ui.widgets.unsaved import settle

# Roles that describe the client's side of a meeting, not someone working at an agency.
_NOT_STAFF_ROLES = (ParticipantRole.CLIENT, ParticipantRole.FAMILY_MEMBER,
                    ParticipantRole.GUARDIAN, ParticipantRole.CASE_LEAD)


def parse_languages(text: str) -> tuple[str, ...]:
    """``"fi, sv en"`` → ``("fi", "sv", "en")``; the service checks each code."""
    return tuple(code for code in re.split(r"[,;\s]+", text) if code)


class EditorDialog(QDialog):
    """One record's form: Save through ``save``; Cancel, Esc and close settle unsaved changes."""

    def __init__(self, save: Callable[[Any], Any], parent: QWidget | None) -> None:
        super().__init__(parent)
        self._save = save
        self.saved: Any = None
        self._pristine: Any = None
        self.setMinimumWidth(520)
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


def _line(text: str | None = "") -> QLineEdit:
    return QLineEdit(text or "")


class AgencyDialog(EditorDialog):
    """New agency (``agency`` None) or edit one; ``save`` may raise ValidationFailed."""

    def __init__(self, save: Callable[[AgencyInput], Agency], agency: Agency | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("New agency") if agency is None else
                            self.tr("Agency – {0}").format(agency_name(agency)))
        self.name = self.form.add_field(self.tr("&Name:"), "name", _line())
        self.unit = self.form.add_field(self.tr("&Unit:"), "unit", _line())
        self.unit.setPlaceholderText(self.tr("Clinic, office or district (optional)"))
        self.kind = QComboBox()
        for kind in AgencyKind:
            self.kind.addItem(agency_kind_label(kind), kind)
        self.kind.setCurrentIndex(self.kind.findData(AgencyKind.OTHER))
        self.form.add_field(self.tr("&Kind:"), "kind", self.kind)
        self.business_id = self.form.add_field(self.tr("&Business ID (Y-tunnus):"),
                                               "business_id", _line())
        self.business_id.setPlaceholderText(self.tr("1234567-8 (optional)"))
        self.email = self.form.add_field(self.tr("&E-mail:"), "email", _line())
        self.phone = self.form.add_field(self.tr("&Phone:"), "phone", _line())
        self.address = self.form.add_field(self.tr("&Address:"), "address", _line())
        if agency is not None:
            self.name.setText(agency.name)
            self.unit.setText(agency.unit)
            self.kind.setCurrentIndex(self.kind.findData(agency.kind))
            self.business_id.setText(agency.business_id or "")
            self.email.setText(agency.email or "")
            self.phone.setText(agency.phone or "")
            self.address.setText(agency.address)
        self._finish()

    def value(self) -> AgencyInput:
        return AgencyInput(self.name.text(), self.kind.currentData(), self.unit.text(),
                           self.business_id.text() or None, self.email.text() or None,
                           self.phone.text() or None, self.address.text())

    def what(self) -> str:
        return self.tr("The agency")


class ProfessionalDialog(EditorDialog):
    """New person at ``agency_id`` (``person`` None) or edit one."""

    def __init__(self, save: Callable[[ProfessionalInput], Professional],
                 agencies: Sequence[Agency], person: Professional | None = None,
                 agency_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("New person") if person is None else
                            self.tr("Person – {0}").format(person.name))
        self.name = self.form.add_field(self.tr("&Name:"), "name", _line())
        self.title = self.form.add_field(self.tr("&Title:"), "title", _line())
        self.title.setPlaceholderText(self.tr("e.g. social worker"))
        self.role = QComboBox()
        for role in ParticipantRole:
            if role not in _NOT_STAFF_ROLES:
                self.role.addItem(role_label(role), role)
        self.role.setCurrentIndex(self.role.findData(ParticipantRole.OTHER))
        self.form.add_field(self.tr("&Role:"), "role", self.role)
        self.agency = QComboBox()
        for agency in agencies:
            self.agency.addItem(agency_name(agency), agency.id)
        self.form.add_field(self.tr("A&gency:"), "agency_id", self.agency)
        self.email = self.form.add_field(self.tr("&E-mail:"), "email", _line())
        self.phone = self.form.add_field(self.tr("&Phone:"), "phone", _line())
        self.languages = self.form.add_field(self.tr("&Languages:"), "languages", _line())
        self.languages.setPlaceholderText(self.tr("Language codes, e.g. fi, sv, en"))
        if person is not None:
            agency_id = person.agency_id
            self.name.setText(person.name)
            self.title.setText(person.title)
            if self.role.findData(person.role) < 0:  # an old record with a client-side role
                self.role.addItem(role_label(person.role), person.role)
            self.role.setCurrentIndex(self.role.findData(person.role))
            self.email.setText(person.email or "")
            self.phone.setText(person.phone or "")
            self.languages.setText(", ".join(person.languages))
        self.agency.setCurrentIndex(max(self.agency.findData(agency_id), 0))
        self._finish()

    def value(self) -> ProfessionalInput:
        return ProfessionalInput(self.name.text(), self.agency.currentData() or 0,
                                 self.title.text(), self.role.currentData(),
                                 self.email.text() or None, self.phone.text() or None,
                                 parse_languages(self.languages.text()))

    def what(self) -> str:
        return self.tr("The person's details")
