"""The plan tab's documents (issue 15): the plan shown, printed as a PDF (logged as an export),
and the client's own copy of their latest meeting (logged as given to the client). Both are made
on the background worker with progress; the plan editor only places this bar and tells it which
plan and version it shows."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from planner.domain.enums import MeetingStatus
from planner.services import Planner
from ui import i18n
from ui.meetings.client_copy import ClientCopyBar
from ui.operations import TaskRunner
from ui.preferences import export_folder
from ui.widgets.colours import error_style
from ui.widgets.icons import icon
from ui.widgets.replace_question import confirmed_by_dialog, settle_write_failure


def latest_meeting(planner: Planner, client_id: int) -> tuple[int, datetime] | None:
    """The client's newest meeting that has begun and was not cancelled: the one a copy is
    made of after it (None: no such meeting yet)."""
    now = planner.now()
    held = [m for m in planner.meetings.list(client_id=client_id, limit=10_000)
            if m.status != MeetingStatus.CANCELLED and m.start <= now]
    newest = max(held, key=lambda m: m.start, default=None)
    return (newest.id, newest.start) if newest is not None else None


class PlanDocumentsBar(QWidget):
    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.planner: Planner | None = None
        self.client_id: int | None = None
        self.plan_id: int | None = None
        self.version: int | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.print_plan = QPushButton(self.tr("Print t&he plan (PDF)…"))
        self.print_plan.setIcon(icon("export-pdf"))
        self.print_plan.setAutoDefault(False)
        self.print_plan.clicked.connect(self._ask_plan_file)
        row.addWidget(self.print_plan)
        row.addStretch(1)
        column.addLayout(row)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setAccessibleName(self.tr("Plan PDF status"))
        self.result.hide()
        column.addWidget(self.result)
        self.copy = ClientCopyBar(runner, export_folder)
        self.copy.save.clicked.disconnect()
        self.copy.save.clicked.connect(self._copy_of_latest)
        # The plan tab has used up Finnish mnemonic letters: its copy controls go without.
        for control in (self.copy.save, self.copy.plain, self.copy.sign):
            control.setText(control.text().replace("&", ""))
        column.addWidget(self.copy)
        self.set_plan(None, None, None, None)

    def set_plan(self, planner: Planner | None, client_id: int | None, plan_id: int | None,
                 version: int | None) -> None:
        self.planner, self.client_id = planner, client_id
        self.plan_id, self.version = plan_id, version
        ready = planner is not None and client_id is not None
        self.print_plan.setEnabled(ready and plan_id is not None)
        self.copy.set_meeting(None, None, None)
        self.copy.save.setEnabled(ready)

    def clear(self) -> None:
        self.set_plan(None, None, None, None)
        self.show_result("")
        self.copy.show_result("")

    # --- the client's own copy of the latest meeting --------------------------------------
    def _copy_of_latest(self) -> None:
        planner, client_id = self.planner, self.client_id
        if planner is None or client_id is None:
            return

        def found(meeting: tuple[int, datetime] | None) -> None:
            if self.planner is not planner or self.client_id != client_id:
                return  # locked or another client meanwhile
            if meeting is None:
                self.copy.show_result(self.tr(
                    "The client has had no meeting yet: the own copy is made of a meeting."),
                    True)
                return
            self.copy.set_meeting(planner, meeting[0], meeting[1])
            self.copy.ask_file_name()

        self.runner.submit(lambda ctx: latest_meeting(planner, client_id), found,
                           self.tr("Finding the client's latest meeting…"))

    # --- the plan as a PDF ----------------------------------------------------------------
    def _ask_plan_file(self) -> None:
        name = self.tr("client-plan-{0}-v{1}.pdf").format(self.plan_id, self.version)
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the client plan"), str(Path(export_folder()) / name),
            self.tr("PDF files (*.pdf)"))
        if chosen:
            self.write_plan(Path(chosen), force=confirmed_by_dialog(chosen, Path(chosen)))

    def write_plan(self, path: Path, force: bool = False) -> None:
        from exports.pdf.plan_document import WrittenPlan, write_plan_pdf

        planner, client_id = self.planner, self.client_id
        plan_id, version, language = self.plan_id, self.version, i18n.current()
        if planner is None or client_id is None or plan_id is None:
            return

        def done(written: WrittenPlan) -> None:
            self.print_plan.setEnabled(True)
            self.show_result(self.tr("The client plan saved: {0}").format(written.path))

        def failed(error: BaseException) -> None:
            self.print_plan.setEnabled(True)
            settle_write_failure(
                self, error, forced=force, retry=lambda: self.write_plan(path, force=True),
                show=lambda text: self.show_result(text, True), report=self.runner.report_error)

        self.print_plan.setEnabled(False)
        self.runner.submit(lambda ctx: write_plan_pdf(planner, client_id, path, plan_id=plan_id,
                                                      version=version, language=language,
                                                      force=force),
                           done, self.tr("Printing the client plan…"), on_failure=failed)

    def show_result(self, text: str, error: bool = False) -> None:
        self.result.setText(text)
        self.result.setStyleSheet(error_style() if error else "")
        self.result.setVisible(bool(text))
