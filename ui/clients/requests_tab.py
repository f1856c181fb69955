"""The client's information requests (Tietopyynnöt): who asked whom, what, on which basis, and
where it stands — overdue ones marked in words, icon and colour. The buttons open the forms of
ui/clients/request_dialog.py; the workspace runs what they ask."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from planner.messages import label
from planner.services import RequestRow
from planner.services.information_requests import RequestState
from ui import i18n
from ui.clients.request_dialog import warning_text
from ui.formatting import date_text
from ui.widgets.colours import Tone, error_style, muted_colour
from ui.widgets.icons import icon
from ui.widgets.status import Status, status_data
from ui.widgets.table_models import Index, RowTableModel
from ui.widgets.tables import make_table

_STATES = {RequestState.DRAFT: ("draft", Tone.INFO), RequestState.SENT: ("waiting", Tone.NORMAL),
           RequestState.OVERDUE: ("warning", Tone.ERROR),
           RequestState.ANSWERED: ("done", Tone.SUCCESS),
           RequestState.CANCELLED: ("cancelled", Tone.MUTED)}


_OVERDUE = QT_TRANSLATE_NOOP("RequestTableModel", "{0} (overdue)")


def request_status(state: RequestState) -> Status:
    name, tone = _STATES[RequestState(state)]
    return Status(name, tone, label("request_status", state, i18n.current()))


class RequestTableModel(RowTableModel):
    STATUS, REQUESTER, RECEIVER, SUBJECT, SENT, DUE, ANSWERED = range(7)
    HEADERS = (QT_TRANSLATE_NOOP("RequestTableModel", "Status"),
               QT_TRANSLATE_NOOP("RequestTableModel", "Requested by"),
               QT_TRANSLATE_NOOP("RequestTableModel", "Requested from"),
               QT_TRANSLATE_NOOP("RequestTableModel", "Information asked for"),
               QT_TRANSLATE_NOOP("RequestTableModel", "Sent"),
               QT_TRANSLATE_NOOP("RequestTableModel", "Due"),
               QT_TRANSLATE_NOOP("RequestTableModel", "Answered"))
    CONTEXT = "RequestTableModel"

    def cell(self, row: RequestRow, column: int) -> str:
        due = date_text(row.due_date)
        if row.overdue:
            due = QCoreApplication.translate(self.CONTEXT, _OVERDUE).format(due)
        # the person where one is named (the agency with them under the table), so that
        # what is asked keeps its room
        return (request_status(row.state).text,
                row.requesting_person or row.requesting_agency,
                row.receiving_person or row.receiving_agency,
                " ".join(row.subject.split()), date_text(row.sent_on), due,
                date_text(row.answered_on))[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: RequestRow = self._rows[index.row()]
        if index.column() == self.STATUS:
            answer = status_data(request_status(row.state), role)
            if answer is not None:
                return answer
        if role == Qt.ItemDataRole.ToolTipRole:
            return {self.REQUESTER: row.requester(),
                    self.RECEIVER: row.receiver()}.get(index.column(), row.subject)
        if role == Qt.ItemDataRole.ForegroundRole and not row.open:
            return QBrush(muted_colour())
        return super().data(index, role)


class RequestsTab(QWidget):
    """The table, the selected request's basis, warnings and answer, and the buttons."""

    def __init__(self) -> None:
        super().__init__()
        column = QVBoxLayout(self)
        self.requests = RequestTableModel(self)
        self.view = make_table(self.requests, self.tr("Information requests"),
                               RequestTableModel.SUBJECT)
        column.addWidget(self.view, 1)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.detail)
        self.warning = QLabel()
        self.warning.setStyleSheet(error_style())
        self.warning.setWordWrap(True)
        column.addWidget(self.warning)
        self.new_request = QPushButton(self.tr("&New request…"))
        self.new_request.setIcon(icon("new"))
        self.edit_request = QPushButton(self.tr("Edit re&quest…"))
        self.mark_sent = QPushButton(self.tr("Mark &sent…"))
        self.mark_answered = QPushButton(self.tr("Mark &answered…"))
        self.cancel_request = QPushButton(self.tr("Cancel req&uest"))
        row = QHBoxLayout()
        for button in (self.new_request, self.edit_request, self.mark_sent, self.mark_answered,
                       self.cancel_request):
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        self.error = QLabel()
        self.error.setStyleSheet(error_style())
        self.error.setWordWrap(True)
        column.addWidget(self.error)
        self.view.selectionModel().selectionChanged.connect(self._selected)
        self.view.activated.connect(lambda _index: self.edit_request.click())
        self._selected()

    def selected(self) -> RequestRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.requests.row_at(rows[0].row()) if rows else None

    def show_rows(self, rows: list[RequestRow]) -> None:
        chosen = self.selected()
        self.requests.set_rows(rows)
        ids = [r.id for r in rows]
        if chosen is not None and chosen.id in ids:
            self.view.selectRow(ids.index(chosen.id))
        self._selected()

    def _selected(self, *_args: object) -> None:
        row = self.selected()
        self.error.clear()
        self.edit_request.setEnabled(row is not None and row.open)
        self.mark_sent.setEnabled(row is not None and row.state == RequestState.DRAFT)
        self.mark_answered.setEnabled(row is not None and row.state in (
            RequestState.SENT, RequestState.OVERDUE))
        self.cancel_request.setEnabled(row is not None and row.open)
        if row is None:
            self.detail.clear()
            self.warning.clear()
            return
        parts = [self.tr("{0} → {1}").format(row.requester(), row.receiver()),
                 self.tr("Asked for: {0}").format(row.subject),
                 self.tr("Legal basis: {0}").format(row.legal_basis or "–")]
        if row.consent_id is not None:
            parts.append(self.tr("rests on the client's consent"))
        if row.answer_summary:
            parts.append(self.tr("Answer: {0}").format(row.answer_summary))
        self.detail.setText("\n".join(parts))
        self.warning.setText(warning_text(row.warnings))

    def clear(self) -> None:
        self.requests.set_rows([])
        self._selected()
