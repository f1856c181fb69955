"""The meeting editor's invite bar: send the invites (or the cancellation) by e-mail, save them
as files, and record the answers that came back. Sending asks for the server password when the
keyring does not keep it, and shows progress per recipient.

Everything runs on the background worker with progress; the outcome (who got it, who did not,
which answers were recorded) stays visible in the bar. Saving the files into a folder that
already holds some of them asks first, listing them (ui/widgets/replace_question.py); No writes
nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from exports.mail.report import SendReport
from planner.domain import Participant
from planner.domain.enums import MeetingStatus
from planner.errors import OutputExists, ValidationFailed, VerkostoError
from planner.files import check_folder, check_outputs, existing_outputs
from planner.messages import label, translate
from planner.services import Planner, ReplyOutcome, ReplyResult, SmtpSettings
from ui import i18n
from ui.operations import TaskContext, TaskRunner
from ui.settings.mail import ask_smtp_password
from ui.widgets.colours import error_style
from ui.widgets.icons import icon
from ui.widgets.replace_question import confirm_replace

if TYPE_CHECKING:
    from exports.ical.export import Outgoing, Written


def reply_lines(results: list[ReplyResult]) -> list[str]:
    language = i18n.current()
    return [translate(f"reply.{r.outcome}", language, name=r.participant_name, email=r.email,
                      title=r.meeting_title,
                      sender=r.sender or translate("reply.no_sender", language),
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
        self.send.setIcon(icon("send-invites"))
        self.save_files = QPushButton(self.tr("E&xport invite files…"))
        self.import_reply = QPushButton(self.tr("Import &replies…"))
        # participants removed in this editor: they may hold the invite in their calendars
        self.removed: list[Participant] = []
        self.cancel_removed = QPushButton()
        self.cancel_removed.hide()
        for button in (self.send, self.save_files, self.import_reply, self.cancel_removed):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setAccessibleName(self.tr("Invite status"))
        self.result.hide()
        column.addWidget(self.result)
        self.send.clicked.connect(lambda: self.send_by_email())
        self.cancel_removed.clicked.connect(lambda: self.send_by_email(list(self.removed)))
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

    def add_removed(self, participant: Participant) -> None:
        """Someone taken away needs a cancellation only if the invite reached them: one
        never sent an invite is not offered one (issue 13, defect 11)."""
        planner = self.planner
        if (planner is not None and self.status != MeetingStatus.CANCELLED
                and planner.meetings.was_invited(participant.meeting_id, participant.email)):
            self.removed.append(participant)
        self._show_removed()

    def _show_removed(self) -> None:
        self.cancel_removed.setText(self.tr("Send cancellation to &those removed ({0})")
                                    .format(len(self.removed)))
        self.cancel_removed.setVisible(bool(self.removed))

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
        # The export folder itself: a proposed subfolder that does not exist yet made the
        # dialog answer "Folder not found" (issue 13, defect 11).
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the invite files"),
                                                  self.export_folder())
        if chosen:
            self.save_to(Path(chosen))

    def save_to(self, folder: Path) -> None:
        """Build the files, then ask before replacing any already in ``folder``, then write."""
        from exports.ical.export import (  # loaded when used
            cancel_messages,
            invite_messages,
            outgoing_targets,
        )

        planner, meeting_id = self.planner, self.meeting_id
        if planner is None or meeting_id is None:
            return
        build = cancel_messages if self.status == MeetingStatus.CANCELLED else invite_messages
        language = i18n.current()

        def prepare(_ctx: TaskContext) -> tuple[Outgoing, list[Path]]:
            check_folder(folder, may_create=True)  # a file where the folder should be
            outgoing = build(planner, meeting_id, language)
            targets = outgoing_targets([(outgoing, folder)])
            check_outputs(targets, force=True, make_folders=True)  # a device, link… never
            return outgoing, existing_outputs(targets)

        def prepared(result: tuple[Outgoing, list[Path]]) -> None:
            outgoing, existing = result
            if existing and not confirm_replace(self, existing):
                self.show_result([self.tr("Nothing was saved.")])
                return
            self.write_files(outgoing, folder, force=bool(existing))

        self.runner.submit(prepare, prepared, self.tr("Writing invite files…"),
                           on_failure=self.failed)

    def write_files(self, outgoing: Outgoing, folder: Path, force: bool) -> None:
        from exports.ical.export import write_outgoing

        planner = self.planner
        if planner is None:
            return

        def done(written: Written) -> None:
            self.show_result([self.tr("Saved in {0}: the calendar file and {1} e-mails to "
                                      "send.").format(folder, len(written.emails))])

        def failed(error: BaseException) -> None:
            if isinstance(error, OutputExists) and not force:  # appeared after the check
                if confirm_replace(self, error.paths):
                    self.write_files(outgoing, folder, force=True)
                else:
                    self.show_result([self.tr("Nothing was saved.")])
                return
            self.failed(error)

        self.runner.submit(lambda _ctx: write_outgoing(planner, outgoing, folder, force=force),
                           done, self.tr("Writing invite files…"), on_failure=failed)

    # --- answers ---------------------------------------------------------------------------
    def _choose_replies(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Answers to the invite"), self.export_folder(),
            self.tr("Answers (*.eml *.ics);;All files (*)"))
        if names:
            self.record_answers([Path(name) for name in names])

    def record_answers(self, paths: list[Path]) -> None:
        """Record the answers in ``paths``; an answer whose e-mail came from someone else
        than its attendee is recorded only after the user says yes to it (per file)."""
        self._record([(path, None) for path in paths], accept_mismatch=False, earlier=[])

    def _record(self, files: list[tuple[Path, bytes | None]], *, accept_mismatch: bool,
                earlier: list[str]) -> None:
        from exports.ical.reply_import import MAX_BYTES, import_replies
        from planner.input_files import read_input

        planner = self.planner
        if planner is None:
            return
        Done = list[tuple[Path, bytes, list[ReplyResult]]]

        def work(_ctx: object) -> tuple[Done, list[str]]:
            """Each file on its own: one broken file does not stop the others."""
            done: Done = []
            problems: list[str] = []
            language = i18n.current()
            for path, given in files:
                try:
                    data = given if given is not None else read_input(path, MAX_BYTES)
                    done.append((path, data, import_replies(planner, data,
                                                            accept_mismatch=accept_mismatch)))
                except ValidationFailed as failure:
                    problems += [f"{path.name}: {e.message(language)}" for e in failure.errors]
                except VerkostoError as error:
                    problems.append(f"{path.name}: {error.message(language)}")
                except OSError as error:
                    problems.append(f"{path.name}: {error.strerror or error}")
            return done, problems

        def finished(outcome: tuple[Done, list[str]]) -> None:
            done, problems = outcome
            # The very bytes the user was asked about are recorded, not the file read again.
            confirmed = [(path, data) for path, data, results in done
                         if self._confirm_mismatch(path, results)]
            kept = [r for path, _data, results in done for r in results
                    if not (r.outcome == ReplyOutcome.SENDER_MISMATCH
                            and any(path == chosen for chosen, _ in confirmed))]
            lines = earlier + reply_lines(kept) + problems
            self.show_result(lines, error=bool(problems))
            if any(r.outcome == ReplyOutcome.RECORDED for r in kept):
                self.changed.emit()
            if confirmed:
                self._record(confirmed, accept_mismatch=True, earlier=lines)

        self.runner.submit(work, finished, self.tr("Recording answers…"),
                           on_failure=self.failed)

    def _confirm_mismatch(self, path: Path, results: list[ReplyResult]) -> bool:
        """Asks about a file whose answers came from someone else than their attendee."""
        mismatched = [r for r in results if r.outcome == ReplyOutcome.SENDER_MISMATCH]
        if not mismatched:
            return False
        first = mismatched[0]
        text = self.tr("The answer in {0} was sent by {1} but claims to be from {2} ({3}), "
                       "a participant of “{4}”.\n\nAnyone can write an e-mail naming someone "
                       "else. Record the answer only if you know it is genuine. Record it?"
                       ).format(path.name, first.sender or self.tr("(no sender)"),
                                first.participant_name, first.email, first.meeting_title)
        answer = QMessageBox.question(
            self, self.tr("Answer from someone else"), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    # --- e-mail ----------------------------------------------------------------------------
    def send_by_email(self, removed: list[Participant] | None = None) -> None:
        """Read the server settings and the kept password, ask for it if needed, then send:
        the invite (or the cancellation of a cancelled meeting), or a cancellation to the
        ``removed`` participants only."""
        planner = self.planner
        if planner is None or self.meeting_id is None:
            return

        def read(_ctx: object) -> tuple[SmtpSettings, str | None]:
            settings = planner.mail.load()
            try:
                return settings, planner.mail.password(settings)
            except VerkostoError:  # a locked keyring: asked like when none is kept
                return settings, None

        self.runner.submit(read, lambda loaded: self._ready(loaded, removed),
                           self.tr("Preparing to send…"), on_failure=self.failed)

    def _ready(self, loaded: tuple[SmtpSettings, str | None],
               removed: list[Participant] | None) -> None:
        settings, password = loaded
        if settings.configured and settings.username and password is None:
            password = ask_smtp_password(self, settings)
            if password is None:
                return  # the user cancelled: nothing was sent
        self.send_with(settings, password, removed)

    def send_with(self, settings: SmtpSettings, password: str | None,
                  removed: list[Participant] | None = None) -> None:
        from exports.ical.send import send_cancel, send_invites

        planner, meeting_id = self.planner, self.meeting_id
        if planner is None or meeting_id is None:
            return
        language = i18n.current()

        def work(ctx: TaskContext) -> SendReport:
            progress, cancelled = (lambda done, total, who: ctx.report(done, total, who),
                                   lambda: ctx.cancelled)
            if removed is not None:
                return send_cancel(planner, meeting_id, settings, password, language=language,
                                   removed=removed, progress=progress, cancelled=cancelled)
            send = send_cancel if self.status == MeetingStatus.CANCELLED else send_invites
            return send(planner, meeting_id, settings, password, language=language,
                        progress=progress, cancelled=cancelled)

        def sent(report: SendReport) -> None:
            if removed is not None:
                self.removed = [p for p in self.removed if p.email not in report.sent]
                self._show_removed()
            self._sent(report)

        self.send.setEnabled(False)
        self.runner.submit(work, sent, self.tr("Sending…"), on_failure=self._send_failed)

    def _sent(self, report: SendReport) -> None:
        self.send.setEnabled(self.meeting_id is not None)
        lines = [self.tr("Sent to {0} of {1} recipients.").format(len(report.sent),
                                                                 report.total)]
        lines += report.problems(i18n.current())
        if report.not_sent:
            lines.append(self.tr("Not sent: {0}").format(", ".join(report.not_sent)))
        self.show_result(lines, error=not report.complete)

    def _send_failed(self, error: BaseException) -> None:
        self.send.setEnabled(self.meeting_id is not None)
        self.failed(error)

    def clear(self) -> None:
        self.removed = []
        self._show_removed()
        self.planner = None
        self.meeting_id = None
        self.show_result([])
