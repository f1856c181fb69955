"""The meeting editor's Notes tab: what was decided, and the client's own view in their words."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from planner.domain import MeetingNote
from ui.formatting import datetime_text
from ui.widgets.forms import FieldForm


class NotesPanel(QWidget):
    FIELDS = frozenset({"decisions", "client_view"})

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.form = FieldForm()
        self.decisions = QPlainTextEdit()
        self.decisions.setTabChangesFocus(True)
        self.form.add_field(self.tr("Dec&isions:"), "decisions", self.decisions)
        self.client_view = QPlainTextEdit()
        self.client_view.setTabChangesFocus(True)
        self.form.add_field(self.tr("Client's own &view:"), "client_view", self.client_view)
        self.form.addRow(self.form.general)
        layout.addLayout(self.form)
        self.recorded = QLabel()
        self.recorded.setAccessibleName(self.tr("Last recorded"))
        layout.addWidget(self.recorded)

    def load(self, note: MeetingNote | None) -> None:
        self.decisions.setPlainText(note.decisions if note else "")
        self.client_view.setPlainText(note.client_view if note else "")
        self.recorded.setText(self.tr("Recorded by {0}, {1}").format(
            note.updated_by, datetime_text(note.updated_at)) if note else "")

    def state(self) -> tuple[str, str]:
        return self.decisions.toPlainText(), self.client_view.toPlainText()
