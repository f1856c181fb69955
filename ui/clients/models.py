"""Table models of the client list and the client workspace: contacts, consents, the
client's audit log."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QFont

from planner.audit_text import WORKSPACE_PURPOSE, describe
from planner.client_identity import mask_hetu
from planner.consent_coverage import is_whole_organisation
from planner.domain import Agency, AuditEntry
from planner.messages import label
from planner.services import ClientListRow, ClientSort, ConsentView, ContactRow
from ui import i18n
from ui.formatting import TZ, date_text, datetime_text
from ui.widgets.colours import error_colour, muted_colour
from ui.widgets.status import consent_status, status_data
from ui.widgets.table_models import Index, RowTableModel


class ContactTableModel(RowTableModel):
    AGENCY, PERSON, TITLE, PHONE, EMAIL = range(5)
    HEADERS = (QT_TRANSLATE_NOOP("ContactTableModel", "Agency"),
               QT_TRANSLATE_NOOP("ContactTableModel", "Contact person"),
               QT_TRANSLATE_NOOP("ContactTableModel", "Title"),
               QT_TRANSLATE_NOOP("ContactTableModel", "Phone"),
               QT_TRANSLATE_NOOP("ContactTableModel", "E-mail"))
    CONTEXT = "ContactTableModel"

    def cell(self, row: ContactRow, column: int) -> str:
        person = row.professional_name
        if column == self.PERSON and row.is_case_lead:
            person = QCoreApplication.translate("ContactTableModel", "{0} (case lead)").format(
                person)
        return (row.agency_name, person, row.title, row.phone or "", row.email or "")[column]


_WRITTEN = QT_TRANSLATE_NOOP("ConsentTableModel", "written")
_ORAL = QT_TRANSLATE_NOOP("ConsentTableModel", "oral")
_OPEN_ENDED = QT_TRANSLATE_NOOP("ConsentTableModel", "until further")
_WITHDRAWN = QT_TRANSLATE_NOOP("ConsentTableModel", "withdrawn {0}")
_WHOLE = QT_TRANSLATE_NOOP("ConsentTableModel", "{0} (whole organisation)")
_VALID = QT_TRANSLATE_NOOP("ConsentTableModel", "valid")
_NOT_VALID = QT_TRANSLATE_NOOP("ConsentTableModel", "not valid")


def consented_name(agency: Agency) -> str:
    """An agency as a consent names it: its unit, or — a row without a unit — the whole
    organisation, every unit of it (planner/consent_coverage.py)."""
    if is_whole_organisation(agency):
        return QCoreApplication.translate("ConsentTableModel", _WHOLE).format(agency.name)
    return f"{agency.name}, {agency.unit}"


class ConsentTableModel(RowTableModel):
    """Consents with the agencies they cover; withdrawn or expired ones are greyed."""

    GIVEN, PURPOSE, AGENCIES, FORM, VALID_UNTIL, STATE = range(6)
    HEADERS = (QT_TRANSLATE_NOOP("ConsentTableModel", "Given"),
               QT_TRANSLATE_NOOP("ConsentTableModel", "Purpose"),
               QT_TRANSLATE_NOOP("ConsentTableModel", "Agencies covered"),
               QT_TRANSLATE_NOOP("ConsentTableModel", "Form"),
               QT_TRANSLATE_NOOP("ConsentTableModel", "Valid until"),
               QT_TRANSLATE_NOOP("ConsentTableModel", "State"))
    CONTEXT = "ConsentTableModel"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.agency_names: dict[int, str] = {}
        self.now = datetime.now(TZ)

    def cell(self, row: ConsentView, column: int) -> str:
        consent = row.consent

        def tr(text: str) -> str:
            return QCoreApplication.translate(self.CONTEXT, text)

        if column == self.GIVEN:
            return date_text(consent.given_at.astimezone(TZ).date())
        if column == self.PURPOSE:
            return consent.purpose
        if column == self.AGENCIES:
            # "; " between them: a unit's name holds a comma ("Kela, Itäinen vakuutuspiiri")
            return "; ".join(self.agency_names.get(a, str(a)) for a in row.agency_ids)
        if column == self.FORM:
            return tr(_WRITTEN) if consent.form == "written" else tr(_ORAL)
        if column == self.VALID_UNTIL:
            return date_text(consent.valid_until) or tr(_OPEN_ENDED)
        if consent.withdrawn_at is not None:
            return tr(_WITHDRAWN).format(date_text(consent.withdrawn_at.astimezone(TZ).date()))
        return tr(_VALID) if row.valid_on(self.now) else tr(_NOT_VALID)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == self.STATE:
            row = self._rows[index.row()]
            state = consent_status(self.cell(row, self.STATE), valid=row.valid_on(self.now),
                                   withdrawn=row.consent.withdrawn_at is not None)
            if (answer := status_data(state, role)) is not None:
                return answer
        if (index.isValid() and role == Qt.ItemDataRole.ForegroundRole
                and not self._rows[index.row()].valid_on(self.now)):
            return QBrush(muted_colour())
        return super().data(index, role)


class AuditTableModel(RowTableModel):
    """The client's log as sentences in the UI language, newest first (issue 13)."""

    TIME, USER, EVENT, PURPOSE = range(4)
    WHAT = EVENT
    HEADERS = (QT_TRANSLATE_NOOP("AuditTableModel", "Time"),
               QT_TRANSLATE_NOOP("AuditTableModel", "User"),
               QT_TRANSLATE_NOOP("AuditTableModel", "Event"),
               QT_TRANSLATE_NOOP("AuditTableModel", "Purpose or recipient"))
    CONTEXT = "AuditTableModel"

    def set_rows(self, rows: list[AuditEntry]) -> None:
        super().set_rows(sorted(rows, key=lambda entry: entry.id or 0, reverse=True))

    def cell(self, row: AuditEntry, column: int) -> str:
        purpose = "" if row.purpose == WORKSPACE_PURPOSE else row.purpose
        values = (datetime_text(row.at), row.user, describe(row, i18n.current()),
                  " / ".join(v for v in (purpose, row.recipient) if v))
        return values[column]


_NO_PLAN = QT_TRANSLATE_NOOP("ClientListModel", "no plan")


class ClientListModel(RowTableModel):
    """The client list: who leads the case, what is next, what is open and late, the plan.
    Sorted by the store (a click on a header asks for the whole list in that order)."""

    NAME, HETU, BIRTH_DATE, CASE_LEAD, NEXT_MEETING, OPEN, OVERDUE, PLAN = range(8)
    HEADERS = (QT_TRANSLATE_NOOP("ClientListModel", "Name"),
               QT_TRANSLATE_NOOP("ClientListModel", "Identity code"),
               QT_TRANSLATE_NOOP("ClientListModel", "Birth date"),
               QT_TRANSLATE_NOOP("ClientListModel", "Case lead"),
               QT_TRANSLATE_NOOP("ClientListModel", "Next meeting"),
               QT_TRANSLATE_NOOP("ClientListModel", "Open actions"),
               QT_TRANSLATE_NOOP("ClientListModel", "Overdue"),
               QT_TRANSLATE_NOOP("ClientListModel", "Plan"))
    CONTEXT = "ClientListModel"
    SORTS = (ClientSort.NAME, None, ClientSort.BIRTH_DATE, ClientSort.CASE_LEAD,
             ClientSort.NEXT_MEETING, ClientSort.OPEN_ACTIONS, ClientSort.OVERDUE_ACTIONS,
             ClientSort.PLAN_STATUS)  # by column; the masked HETU is no order

    def cell(self, row: ClientListRow, column: int) -> str:
        if column == self.NAME:
            return row.name
        if column == self.HETU:
            return mask_hetu(row.hetu)
        if column == self.BIRTH_DATE:
            return date_text(row.birth_date)
        if column == self.CASE_LEAD:
            return row.case_lead
        if column == self.NEXT_MEETING:
            return datetime_text(row.next_meeting) if row.next_meeting else ""
        if column == self.OPEN:
            return str(row.open_actions)
        if column == self.OVERDUE:
            return str(row.overdue_actions)
        if row.plan_status is None:
            return QCoreApplication.translate(self.CONTEXT, _NO_PLAN)
        return label("plan_status", row.plan_status, i18n.current())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: ClientListRow = self._rows[index.row()]
        late = index.column() == self.OVERDUE and row.overdue_actions > 0
        if late and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(error_colour())
        if late and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (self.OPEN,
                                                                           self.OVERDUE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)
