"""Table models of the directory page: agencies and the people who work at them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP

from planner.domain import Agency, Professional
from planner.messages import label
from ui import i18n
from ui.widgets.table_models import RowTableModel


def agency_kind_label(kind: object) -> str:
    return label("agency_kind", kind, i18n.current())


def role_label(role: object) -> str:
    return label("participant_role", role, i18n.current())


def agency_name(agency: Agency) -> str:
    """How one agency is told apart from the others of the same organisation."""
    return f"{agency.name}, {agency.unit}" if agency.unit else agency.name


def filter_agencies(agencies: Sequence[Agency], text: str) -> list[Agency]:
    """Agencies whose name, unit, kind or Y-tunnus contains every word of ``text``."""
    words = text.casefold().split()
    if not words:
        return list(agencies)

    def haystack(agency: Agency) -> str:
        return " ".join((agency.name, agency.unit, agency_kind_label(agency.kind),
                         agency.business_id or "")).casefold()

    return [a for a in agencies if all(word in haystack(a) for word in words)]


class AgencyTableModel(RowTableModel):
    NAME, UNIT, KIND, BUSINESS_ID = range(4)
    HEADERS = (QT_TRANSLATE_NOOP("AgencyTableModel", "Agency"),
               QT_TRANSLATE_NOOP("AgencyTableModel", "Unit"),
               QT_TRANSLATE_NOOP("AgencyTableModel", "Kind"),
               QT_TRANSLATE_NOOP("AgencyTableModel", "Business ID"))
    CONTEXT = "AgencyTableModel"

    def cell(self, row: Agency, column: int) -> str:
        return (row.name, row.unit, agency_kind_label(row.kind), row.business_id or "")[column]

    def row_of(self, agency_id: int | None) -> int:
        """The row showing ``agency_id``, or -1."""
        return next((i for i in range(self.rowCount()) if self.row_at(i).id == agency_id), -1)


class ProfessionalTableModel(RowTableModel):
    NAME, TITLE, ROLE, EMAIL, PHONE, LANGUAGES = range(6)
    HEADERS = (QT_TRANSLATE_NOOP("ProfessionalTableModel", "Name"),
               QT_TRANSLATE_NOOP("ProfessionalTableModel", "Title"),
               QT_TRANSLATE_NOOP("ProfessionalTableModel", "Role"),
               QT_TRANSLATE_NOOP("ProfessionalTableModel", "E-mail"),
               QT_TRANSLATE_NOOP("ProfessionalTableModel", "Phone"),
               QT_TRANSLATE_NOOP("ProfessionalTableModel", "Languages"))
    CONTEXT = "ProfessionalTableModel"

    def cell(self, row: Professional, column: int) -> str:
        return (row.name, row.title, role_label(row.role), row.email or "", row.phone or "",
                ", ".join(row.languages))[column]

    def row_of(self, professional_id: int | None) -> int:
        return next((i for i in range(self.rowCount())
                     if self.row_at(i).id == professional_id), -1)
