"""The client's case as a FHIR R4 bundle from the workspace (issue 16): asked whether the HETU
goes with it (by default not), a file chosen, written on the background worker and logged as
an export by ``exports.fhir.export.write_fhir_bundle`` — the same as ``verkosto fhir``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.services import Planner
from ui.operations import TaskRunner
from ui.widgets.colours import error_style
from ui.widgets.replace_question import confirmed_by_dialog, settle_write_failure


class FhirExportDialog(QDialog):
    """What the bundle is, and whether the HETU goes with it (unticked: the receiver matches
    the client by name and birth date, or is told which client it is)."""

    def __init__(self, client_name: str, has_hetu: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fhirExportDialog")
        self.setWindowTitle(self.tr("Export FHIR bundle"))
        column = QVBoxLayout(self)
        about = QLabel(self.tr(
            "The case of {0} — plan with every version, goals, contact persons, meetings, "
            "agreed actions, information requests and consents — is saved as one FHIR R4 "
            "file for another system or for a colleague's Verkosto. The export is logged."
        ).format(client_name))
        about.setWordWrap(True)
        column.addWidget(about)
        self.hetu = QCheckBox(self.tr("&Include the personal identity code (HETU)"))
        self.hetu.setChecked(False)
        column.addWidget(self.hetu)
        hint = QLabel(self.tr(
            "Without it the file names the client by name and birth date only: the receiving "
            "Verkosto then asks which of its clients the file is about. Include it only when "
            "the receiver needs it and the file travels safely."))
        hint.setWordWrap(True)
        column.addWidget(hint)
        if not has_hetu:  # nothing to include: said, not offered
            self.hetu.setEnabled(False)
            hint.setText(self.tr("The client has no personal identity code recorded."))
        buttons = QDialogButtonBox()
        self.save = buttons.addButton(self.tr("&Choose the file…"),
                                      QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        self.setMinimumWidth(480)


class FhirExport(QObject):
    """The workspace's button and the line that tells how the export went."""

    def __init__(self, runner: TaskRunner, folder: Callable[[], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner, self.folder, self.parent_widget = runner, folder, parent
        self.planner: Planner | None = None
        self.client_id: int | None = None
        self.client_name = ""
        self.has_hetu = False
        self.dialog: FhirExportDialog | None = None
        # no mnemonic: the workspace's letters are taken by its tabs and header
        self.button = QPushButton(self.tr("Export FHIR bundle…"))
        self.button.setAccessibleName(self.tr("Export the client's case as a FHIR bundle"))
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self.ask)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setAccessibleName(self.tr("FHIR export status"))
        self.result.hide()
        self.set_client(None, None, "")

    def set_client(self, planner: Planner | None, client_id: int | None, name: str,
                   has_hetu: bool = False) -> None:
        if client_id != self.client_id:
            self.show_result("")
        self.planner, self.client_id, self.client_name = planner, client_id, name
        self.has_hetu = has_hetu
        self.button.setEnabled(planner is not None and client_id is not None)

    def ask(self) -> FhirExportDialog | None:
        if self.planner is None or self.client_id is None:
            return None
        dialog = FhirExportDialog(self.client_name, self.has_hetu, self.parent_widget)
        dialog.accepted.connect(lambda: self._choose_file(dialog.hetu.isChecked()))
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _choose_file(self, include_hetu: bool) -> None:
        name = self.tr("client-{0}-fhir.json").format(self.client_id)
        chosen, _filter = QFileDialog.getSaveFileName(
            self.parent_widget, self.tr("Save the FHIR bundle"), str(Path(self.folder()) / name),
            self.tr("FHIR JSON files (*.json)"))
        if chosen:
            self.write(Path(chosen), include_hetu,
                       force=confirmed_by_dialog(chosen, Path(chosen)))

    def write(self, path: Path, include_hetu: bool, force: bool = False) -> None:
        from exports.fhir.export import WrittenBundle, write_fhir_bundle

        planner, client_id = self.planner, self.client_id
        if planner is None or client_id is None:
            return

        def done(written: WrittenBundle) -> None:
            self.button.setEnabled(True)
            text = (self.tr("FHIR bundle saved with the HETU: {0} ({1} resources).")
                    if include_hetu else
                    self.tr("FHIR bundle saved without the HETU: {0} ({1} resources)."))
            self.show_result(text.format(written.path, written.resources))

        def failed(error: BaseException) -> None:
            self.button.setEnabled(True)
            settle_write_failure(
                self.button, error, forced=force,
                retry=lambda: self.write(path, include_hetu, force=True),
                show=lambda text: self.show_result(text, True), report=self.runner.report_error)

        self.button.setEnabled(False)
        self.runner.submit(lambda ctx: write_fhir_bundle(planner, client_id, path,
                                                         include_hetu=include_hetu,
                                                         force=force),
                           done, self.tr("Saving the FHIR bundle…"), on_failure=failed)

    def show_result(self, text: str, error: bool = False) -> None:
        self.result.setText(text)
        self.result.setStyleSheet(error_style() if error else "")
        self.result.setVisible(bool(text))
