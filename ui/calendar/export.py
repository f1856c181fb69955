"""The calendar page's "Save upcoming as .ics…": every meeting ahead in one file, for a
calendar app that cannot use CalDAV. The file is written (and logged) on the worker; the
result, or why it failed, shows in the line beside the button. An existing file is replaced
only when the save dialog confirmed it, or after asking (ui/widgets/replace_question.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from planner.errors import OutputExists, VerkostoError
from planner.messages import translate
from planner.services import Planner
from ui import i18n
from ui.operations import Task, TaskContext, TaskRunner
from ui.preferences import export_folder
from ui.widgets.colours import error_style
from ui.widgets.replace_question import confirm_replace, confirmed_by_dialog


class CalendarFileExport(QWidget):
    def __init__(self, runner: TaskRunner, planner: Callable[[], Planner | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self._planner = planner
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.button = QPushButton(self.tr("Save upcoming as .&ics…"))
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self.choose_and_save)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("Calendar file status"))
        layout.addWidget(self.button)
        layout.addWidget(self.note, 1)
        self._task: Task | None = None
        runner.finished.connect(self._finished)

    def choose_and_save(self) -> None:
        if self._planner() is None:
            return
        suggested = str(Path(export_folder()) / self.tr("upcoming-meetings.ics"))
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save upcoming meetings"), suggested,
            self.tr("iCalendar files (*.ics)"))
        if chosen:
            # With .ics added, the file is not the one the dialog asked about.
            path = Path(chosen if chosen.lower().endswith(".ics") else chosen + ".ics")
            self.save(path, force=confirmed_by_dialog(chosen, path))

    def save(self, path: Path, force: bool = False) -> None:
        """Write the file; ``force`` only when the user agreed to replace an existing one."""
        planner = self._planner()
        if planner is None:
            return
        from exports.ical.feed import write_upcoming

        language = i18n.current()
        self.note.clear()
        self.note.setStyleSheet("")
        self.button.setEnabled(False)

        def work(_ctx: TaskContext) -> int:
            return write_upcoming(planner, path, language=language, force=force)

        def done(count: int) -> None:
            self.note.setText(translate("cli.calendar_written", i18n.current(), count=count,
                                        path=path))

        def failed(error: BaseException) -> None:
            if isinstance(error, OutputExists) and not force:  # the button is enabled again
                if confirm_replace(self, error.paths):
                    self.save(path, force=True)
                return
            if isinstance(error, VerkostoError):
                text = error.message(i18n.current())
            elif isinstance(error, OSError):  # a folder that is gone or not writable
                text = translate("error.unexpected", i18n.current(), detail=error)
            else:
                self.runner.report_error(error)
                return
            self.note.setText(text)
            self.note.setStyleSheet(error_style())

        self._task = self.runner.submit(work, done, self.tr("Saving the calendar file…"),
                                        on_failure=failed)

    def _finished(self, task: Task) -> None:
        if task is self._task:  # also after Cancel, when nothing else is delivered
            self._task = None
            self.button.setEnabled(True)

    def clear(self) -> None:
        self.note.clear()
        self.button.setEnabled(True)
