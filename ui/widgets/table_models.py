"""Table models of the main window's lists (tested without widgets)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from planner.client_identity import mask_hetu
from planner.domain.enums import MeetingMode
from planner.messages import label
from planner.services import ActionRow, ClientRow, MeetingRow
from ui import i18n
from ui.formatting import date_text, datetime_text
from ui.widgets.colours import error_colour
from ui.widgets.status import action_status, meeting_status, status_data

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class RowTableModel(QAbstractTableModel):
    """A read-only table over a list of row objects; subclasses name columns and cells."""

    HEADERS: tuple[str, ...] = ()
    CONTEXT = "RowTableModel"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(row, index.column())
        if role == ID_ROLE:
            return row.id
        return None

    def cell(self, row: Any, column: int) -> str:
        raise NotImplementedError


class ClientTableModel(RowTableModel):
    NAME, HETU, BIRTH_DATE = range(3)
    HEADERS = (QT_TRANSLATE_NOOP("ClientTableModel", "Name"),
               QT_TRANSLATE_NOOP("ClientTableModel", "Identity code"),
               QT_TRANSLATE_NOOP("ClientTableModel", "Birth date"))
    CONTEXT = "ClientTableModel"

    def cell(self, row: ClientRow, column: int) -> str:
        if column == self.NAME:
            return row.name
        if column == self.HETU:
            return mask_hetu(row.hetu)
        return date_text(row.birth_date)


class MeetingTableModel(RowTableModel):
    START, TITLE, CLIENT, STATUS, PLACE = range(5)
    HEADERS = (QT_TRANSLATE_NOOP("MeetingTableModel", "Time"),
               QT_TRANSLATE_NOOP("MeetingTableModel", "Meeting"),
               QT_TRANSLATE_NOOP("MeetingTableModel", "Client"),
               QT_TRANSLATE_NOOP("MeetingTableModel", "Status"),
               QT_TRANSLATE_NOOP("MeetingTableModel", "Place"))
    CONTEXT = "MeetingTableModel"

    def cell(self, row: MeetingRow, column: int) -> str:
        if column == self.START:
            return datetime_text(row.start)
        if column == self.TITLE:
            return row.title
        if column == self.CLIENT:
            return row.client_name
        if column == self.PLACE:
            if row.mode == MeetingMode.REMOTE:
                return label("meeting_mode", row.mode, i18n.current())
            return row.location
        return label("meeting_status", row.status, i18n.current())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == self.STATUS and (answer := status_data(
                meeting_status(self._rows[index.row()].status), role)) is not None:
            return answer
        return super().data(index, role)


def _one_line(text: str) -> str:
    """A note typed on several lines, on one line of a table cell."""
    return " ".join(text.split())


class ActionTableModel(RowTableModel):
    """Agreed actions; overdue ones stand out (bold, warning colour) for every palette."""

    DESCRIPTION, CLIENT, RESPONSIBLE, AGENCY, DUE, STATUS, NOTE = range(7)
    HEADERS = (QT_TRANSLATE_NOOP("ActionTableModel", "Action"),
               QT_TRANSLATE_NOOP("ActionTableModel", "Client"),
               QT_TRANSLATE_NOOP("ActionTableModel", "Responsible"),
               QT_TRANSLATE_NOOP("ActionTableModel", "Agency"),
               QT_TRANSLATE_NOOP("ActionTableModel", "Due"),
               QT_TRANSLATE_NOOP("ActionTableModel", "Status"),
               QT_TRANSLATE_NOOP("ActionTableModel", "Completion note"))
    CONTEXT = "ActionTableModel"

    def cell(self, row: ActionRow, column: int) -> str:
        values = (row.description, row.client_name, row.responsible, row.agency,
                  date_text(row.due_date), label("action_status", row.status, i18n.current()),
                  _one_line(row.completion_note))
        text = values[column]
        if column == self.DUE and row.overdue:
            return QCoreApplication.translate("ActionTableModel", "{0} (overdue)").format(text)
        return text

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == self.STATUS and role != Qt.ItemDataRole.FontRole:
            row = self._rows[index.row()]
            answer = status_data(action_status(row.status, row.overdue), role)
            if answer is not None:
                return answer
        if (index.isValid() and role == Qt.ItemDataRole.ToolTipRole
                and self._rows[index.row()].completion_note):
            # the whole note, however narrow its column, wherever the pointer rests on the row
            return QCoreApplication.translate("ActionTableModel", "Completion note: {0}").format(
                self._rows[index.row()].completion_note)
        if index.isValid() and self._rows[index.row()].overdue:
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(error_colour())
        return super().data(index, role)
