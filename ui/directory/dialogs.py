"""Forms for one agency or one professional; errors appear beside the fields, nothing typed is
lost, and leaving with unsaved changes asks first."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QWidget,
)

from planner.domain import Agency, Professional
from planner.domain.enums import AgencyKind, ParticipantRole
from planner.services import AgencyInput, ProfessionalInput
from ui.directory.models import agency_kind_label, agency_name, role_label
from ui.formatting import window_title_text
from ui.widgets.editor_dialog import EditorDialog

# Roles that describe the client's side of a meeting, not someone working at an agency.
_NOT_STAFF_ROLES = (ParticipantRole.CLIENT, ParticipantRole.FAMILY_MEMBER,
                    ParticipantRole.GUARDIAN, ParticipantRole.CASE_LEAD)


def parse_languages(text: str) -> tuple[str, ...]:
    """``"fi, sv en"`` → ``("fi", "sv", "en")``; the service checks each code."""
    return tuple(code for code in re.split(r"[,;\s]+", text) if code)


def _line(text: str | None = "") -> QLineEdit:
    return QLineEdit(text or "")


class AgencyDialog(EditorDialog):
    """New agency (``agency`` None) or edit one; ``save`` may raise ValidationFailed."""

    def __init__(self, save: Callable[[AgencyInput], Agency], agency: Agency | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("New agency") if agency is None else
                            self.tr("Agency – {0}").format(window_title_text(agency_name(agency))))
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
                            self.tr("Person – {0}").format(window_title_text(person.name)))
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
