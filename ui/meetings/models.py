"""Table models of the meeting editor: participants (editable in place) and agreed actions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QApplication, QStyle

from planner.domain import Agency, Participant
from planner.domain.enums import Attendance, ParticipantKind, ParticipantRole
from planner.messages import label
from planner.services import ActionRow, MeetingWarning
from ui import i18n
from ui.formatting import date_text
from ui.widgets.colours import error_colour
from ui.widgets.languages import spoken
from ui.widgets.status import attendance_status, status_data
from ui.widgets.table_models import ActionTableModel, Index, RowTableModel

NO_CONSENT = "warning.no_consent"


def agency_title(agency: Agency | None) -> str:
    """Agencies share names (Kela has five districts): the unit tells them apart."""
    if agency is None:
        return ""
    return f"{agency.name}, {agency.unit}" if agency.unit else agency.name


@dataclass(frozen=True)
class ParticipantLine:
    """One row of the participants table: the stored participant as the editor shows it."""

    id: int
    kind: ParticipantKind
    name: str
    email: str | None
    professional_id: int | None
    agency_id: int | None
    agency: str
    role: ParticipantRole
    required: bool
    interpreter_language: str
    attendance: Attendance

    @classmethod
    def of(cls, participant: Participant, agencies: dict[int, Agency]) -> ParticipantLine:
        agency = agencies.get(participant.agency_id) if participant.agency_id else None
        return cls(participant.id or 0, ParticipantKind(participant.kind), participant.name,
                   participant.email, participant.professional_id, participant.agency_id,
                   agency_title(agency), ParticipantRole(participant.role),
                   participant.required, participant.interpreter_language or "",
                   Attendance(participant.attendance))


_REQUIRED = QT_TRANSLATE_NOOP("ParticipantTableModel", "required")
_OPTIONAL = QT_TRANSLATE_NOOP("ParticipantTableModel", "optional")
_NO_EMAIL = QT_TRANSLATE_NOOP("ParticipantTableModel", "{0} (no e-mail)")
_NO_CONSENT = QT_TRANSLATE_NOOP("ParticipantTableModel", "{0} — no consent")
_NO_CONSENT_TIP = QT_TRANSLATE_NOOP(
    "ParticipantTableModel", "No consent: the client's valid consent does not name {0}. "
    "Record a consent naming the organisation {1} (all its units) or this unit.")


class ParticipantTableModel(RowTableModel):
    """Role, required, interpreter language and attendance are edited in the table.

    An edit changes the row at once and emits ``edited(line, field)``; the editor saves it
    through the services and reloads (so the warnings follow every change).
    """

    NAME, AGENCY, ROLE, REQUIRED, LANGUAGE, ATTENDANCE = range(6)
    HEADERS = (QT_TRANSLATE_NOOP("ParticipantTableModel", "Name"),
               QT_TRANSLATE_NOOP("ParticipantTableModel", "Agency"),
               QT_TRANSLATE_NOOP("ParticipantTableModel", "Role"),
               QT_TRANSLATE_NOOP("ParticipantTableModel", "Required"),
               QT_TRANSLATE_NOOP("ParticipantTableModel", "Interpreter language"),
               QT_TRANSLATE_NOOP("ParticipantTableModel", "Attendance"))
    CONTEXT = "ParticipantTableModel"
    FIELDS = {ROLE: "role", REQUIRED: "required", LANGUAGE: "interpreter_language",
              ATTENDANCE: "attendance"}

    edited = Signal(object, str)  # ParticipantLine after the edit, the field that changed

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.read_only = False  # a cancelled meeting cannot change
        self.uncovered: dict[int, MeetingWarning] = {}  # agency id -> its no-consent warning

    def set_uncovered(self, warnings: Sequence[MeetingWarning]) -> None:
        """Mark the rows of agencies the client's consent does not cover (the warnings')."""
        self.uncovered = {int(str(w.params["agency_id"])): w for w in warnings
                          if w.code == NO_CONSENT and w.params.get("agency_id") is not None}
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(self.HEADERS) - 1))

    def lacks_consent(self, row: ParticipantLine) -> bool:
        return row.agency_id is not None and row.agency_id in self.uncovered

    def _translate(self, text: str) -> str:
        return QCoreApplication.translate(self.CONTEXT, text)

    def cell(self, row: ParticipantLine, column: int) -> str:
        language = i18n.current()
        if column == self.NAME:
            no_email = not row.email and row.kind != ParticipantKind.CLIENT
            return self._translate(_NO_EMAIL).format(row.name) if no_email else row.name
        if column == self.AGENCY:
            # Words, not only the icon and the colour, say it (issue 13, defect 1).
            return self._translate(_NO_CONSENT).format(row.agency) if self.lacks_consent(
                row) else row.agency
        if column == self.ROLE:
            return label("participant_role", row.role, language)
        if column == self.REQUIRED:
            return self._translate(_REQUIRED) if row.required else self._translate(_OPTIONAL)
        if column == self.LANGUAGE:
            return spoken(row.interpreter_language)
        return label("attendance", row.attendance, language)

    def choices(self, index: Index) -> list[tuple[str, str]]:
        """(stored value, label) pairs a combo box offers for the cell at ``index``."""
        language = i18n.current()
        if index.column() == self.ATTENDANCE:
            return [(a.value, label("attendance", a, language)) for a in Attendance]
        row: ParticipantLine = self.row_at(index.row())
        if row.kind == ParticipantKind.CLIENT:
            return [(ParticipantRole.CLIENT.value,
                     label("participant_role", ParticipantRole.CLIENT, language))]
        return [(r.value, label("participant_role", r, language)) for r in ParticipantRole
                if r != ParticipantRole.CLIENT]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid() or self.read_only:
            return flags
        row: ParticipantLine = self.row_at(index.row())
        column = index.column()
        if column == self.REQUIRED:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        if column in (self.LANGUAGE, self.ATTENDANCE) or (
                column == self.ROLE and row.kind != ParticipantKind.CLIENT):
            return flags | Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: ParticipantLine = self.row_at(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == self.REQUIRED:
            return Qt.CheckState.Checked if row.required else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.EditRole and column in self.FIELDS:
            value = getattr(row, self.FIELDS[column])
            return getattr(value, "value", value)
        if self.lacks_consent(row):
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(error_colour())
            if role == Qt.ItemDataRole.DecorationRole and column == self.AGENCY:
                return QApplication.style().standardIcon(
                    QStyle.StandardPixmap.SP_MessageBoxWarning)
            if role == Qt.ItemDataRole.ToolTipRole and column in (self.NAME, self.AGENCY):
                warning = self.uncovered[row.agency_id or 0]
                return self._translate(_NO_CONSENT_TIP).format(
                    warning.params["agency"], warning.params["organisation"])
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME:
            return row.email or None
        if column == self.ATTENDANCE and role != Qt.ItemDataRole.EditRole and (
                answer := status_data(attendance_status(row.attendance), role)) is not None:
            return answer
        return super().data(index, role)

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not self.flags(index) & (
                Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable):
            return False
        row: ParticipantLine = self.row_at(index.row())
        column = index.column()
        if column == self.REQUIRED and role == Qt.ItemDataRole.CheckStateRole:
            changed = replace(row, required=Qt.CheckState(value) == Qt.CheckState.Checked)
        elif role != Qt.ItemDataRole.EditRole or column == self.REQUIRED:
            return False
        elif column == self.ROLE:
            changed = replace(row, role=ParticipantRole(value))
        elif column == self.ATTENDANCE:
            changed = replace(row, attendance=Attendance(value))
        else:
            changed = replace(row, interpreter_language=str(value or "").strip())
        if changed == row:
            return False
        self._rows[index.row()] = changed
        self.dataChanged.emit(index, index)
        self.edited.emit(changed, self.FIELDS[column])
        return True


class MeetingActionTableModel(ActionTableModel):
    """The agreed actions of one meeting (the client is the meeting's, so no client column);
    the headings are the actions list's own."""

    DESCRIPTION, RESPONSIBLE, AGENCY, DUE, STATUS, NOTE = range(6)
    CLIENT = -1
    HEADERS = (QT_TRANSLATE_NOOP("ActionTableModel", "Action"),
               QT_TRANSLATE_NOOP("ActionTableModel", "Responsible"),
               QT_TRANSLATE_NOOP("ActionTableModel", "Agency"),
               QT_TRANSLATE_NOOP("ActionTableModel", "Due"),
               QT_TRANSLATE_NOOP("ActionTableModel", "Status"),
               QT_TRANSLATE_NOOP("ActionTableModel", "Completion note"))

    def cell(self, row: ActionRow, column: int) -> str:
        if column == self.DUE:
            text = date_text(row.due_date)
            if row.overdue:
                return QCoreApplication.translate("ActionTableModel", "{0} (overdue)").format(
                    text)
            return text
        if column == self.STATUS:
            return label("action_status", row.status, i18n.current())
        if column == self.NOTE:
            return " ".join(row.completion_note.split())
        return (row.description, row.responsible, row.agency)[column]
