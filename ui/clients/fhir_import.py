"""A FHIR bundle another Verkosto exported, brought in from the client list (issue 16): the
file read and checked by ``exports.fhir.reader.read_case`` and stored by
``planner.handover.bring_in`` on the background worker — the same as ``verkosto fhir
--import``. A refused file is said beside the button and nothing is stored; when the HETU does
not tell the client and the service names clients who could be the one, a person chooses
(the CLI's ``--client``); the report is shown and the client's workspace opened."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QWidget

from planner.domain import Client
from planner.errors import VerkostoError
from planner.handover import ClientAmbiguous, HandoverCase, ImportReport
from planner.services import Planner
from ui import i18n
from ui.clients.fhir_dialogs import ClientChoiceDialog, ImportReportDialog
from ui.operations import TaskRunner
from ui.widgets.colours import error_style


@dataclass(frozen=True)
class ChooseClient:
    """The bundle read, and the clients of this store the service says could be its."""

    case: HandoverCase
    candidates: list[Client]


def bring_in(planner: Planner, path: Path, client_id: int | None = None,
             case: HandoverCase | None = None) -> ImportReport | ChooseClient:
    """On the worker: read and check the file (unless ``case`` is it already), then import."""
    from exports.fhir.reader import MAX_BYTES, read_case
    from planner.input_files import read_input

    if case is None:
        case = read_case(read_input(path, MAX_BYTES))
    try:
        return planner.handover.bring_in(case, client_id=client_id, origin=path.name)
    except ClientAmbiguous as error:
        if client_id is not None or error.params.get("reason") != "detail.fhir_choose_client":
            raise
        return ChooseClient(case, planner.handover.candidates(case))


class FhirImport(QObject):
    """The client list's button, the line beside it, and the dialogs of one import."""

    imported = Signal(int)  # the client's id: the page opens their workspace

    def __init__(self, runner: TaskRunner, folder: Callable[[], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner, self.folder, self.parent_widget = runner, folder, parent
        self.planner: Planner | None = None
        self.choice: ClientChoiceDialog | None = None
        self.report: ImportReportDialog | None = None
        self.button = QPushButton(self.tr("&Import FHIR bundle…"))
        self.button.setAccessibleName(self.tr("Import a FHIR bundle"))
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self.ask_file)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setAccessibleName(self.tr("FHIR import status"))
        self.result.hide()

    def set_planner(self, planner: Planner | None) -> None:
        self.planner = planner
        self.button.setEnabled(planner is not None)
        if planner is None:
            self.show_result("")
            for dialog in (self.choice, self.report):
                if dialog is not None:
                    dialog.done(0)

    def ask_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self.parent_widget, self.tr("Import FHIR bundle"), self.folder(),
            self.tr("FHIR JSON files (*.json);;All files (*)"))
        if chosen:
            self.start(Path(chosen))

    def start(self, path: Path, client_id: int | None = None,
              case: HandoverCase | None = None) -> None:
        planner = self.planner
        if planner is None:
            return

        def done(outcome: ImportReport | ChooseClient) -> None:
            self.button.setEnabled(True)
            if self.planner is not planner:
                return  # locked meanwhile
            if isinstance(outcome, ChooseClient):
                self._choose(path, outcome)
            else:
                self._show_report(outcome)

        def failed(error: BaseException) -> None:
            self.button.setEnabled(True)
            if isinstance(error, VerkostoError):  # refused, unreadable, too large: said
                self.show_result(error.message(i18n.current()), True)
            else:
                self.runner.report_error(error)

        self.show_result("")
        self.button.setEnabled(False)
        self.runner.submit(lambda ctx: bring_in(planner, path, client_id, case), done,
                           self.tr("Importing the FHIR bundle…"), on_failure=failed)

    def _choose(self, path: Path, choose: ChooseClient) -> None:
        dialog = ClientChoiceDialog(choose.case, choose.candidates, self.parent_widget)
        dialog.accepted.connect(lambda: dialog.chosen() is not None and self.start(
            path, dialog.chosen(), choose.case))
        dialog.rejected.connect(lambda: self.show_result(self.tr(
            "The FHIR bundle was not imported: no client was chosen. Nothing was changed.")))
        dialog.finished.connect(lambda _result: setattr(self, "choice", None))
        self.choice = dialog
        dialog.open()

    def _show_report(self, report: ImportReport) -> None:
        self.show_result(self.tr("FHIR bundle imported for {0}.").format(report.client_name))
        dialog = ImportReportDialog(report, self.parent_widget)
        dialog.finished.connect(lambda _result: setattr(self, "report", None))
        self.report = dialog
        dialog.open()
        self.imported.emit(report.client_id)

    def show_result(self, text: str, error: bool = False) -> None:
        self.result.setText(text)
        self.result.setStyleSheet(error_style() if error else "")
        self.result.setVisible(bool(text))
