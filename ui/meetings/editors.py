"""The meeting editors a page has open: reported when unsaved, closed when the store locks."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from planner.services import ClientRow, Planner
from ui.meetings.editor import MeetingEditor
from ui.operations import TaskRunner
from ui.widgets.unsaved import Editor


class MeetingEditors(QObject):
    """Opens editors parented to the main window and keeps them until they finish."""

    saved = Signal(int)  # a meeting was saved: the lists that show meetings reload

    def __init__(self, runner: TaskRunner, host: QWidget) -> None:
        super().__init__(host)
        self.runner = runner
        self.host = host
        self.open_editors: list[MeetingEditor] = []

    def open(self, planner: Planner, *, meeting_id: int | None = None,
             client_id: int | None = None,
             clients: list[ClientRow] | None = None,
             start: datetime | None = None) -> MeetingEditor:
        """``start``: a new meeting's time chosen before (an empty slot of the calendar)."""
        if meeting_id is not None:  # one editor per meeting: show the one already open
            for editor in self.open_editors:
                if editor.meeting_id == meeting_id:
                    editor.raise_()
                    editor.activateWindow()
                    return editor
        editor = MeetingEditor(self.runner, planner, meeting_id=meeting_id, client_id=client_id,
                               clients=clients, parent=self.host.window())
        if start is not None and meeting_id is None:
            editor.start_at(start)
        editor.saved.connect(self.saved)
        editor.finished.connect(lambda _result: self._forget(editor))
        self.open_editors.append(editor)
        editor.open()
        return editor

    def _forget(self, editor: MeetingEditor) -> None:
        if editor in self.open_editors:
            self.open_editors.remove(editor)
            editor.deleteLater()  # nothing of the client stays behind in a hidden dialog

    def unsaved(self) -> list[tuple[Editor, str]]:
        return [(e, e.what()) for e in self.open_editors if e.has_unsaved_changes()]

    def close_all(self) -> None:
        """Without asking: on lock the window has saved what it could before this."""
        for editor in list(self.open_editors):
            editor.close_without_asking()
        self.open_editors.clear()
