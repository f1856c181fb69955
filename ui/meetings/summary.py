"""The meeting editor's summary for supervisors: a signed PDF in the chosen language.

The PDF is made on the background worker with progress. Signing needs the user's signing
certificate (Settings → Signing); its passphrase comes from the keyring or is asked here. An
existing file is replaced only after the save dialog (or, for a file that appeared since, the
question of ui/widgets/replace_question.py) confirmed it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.errors import (
    SignerMissing,
    SigningPassphraseRequired,
    SigningPassphraseWrong,
)
from planner.messages import translate
from planner.services import Planner
from ui import i18n
from ui.formatting import TZ
from ui.operations import TaskContext, TaskRunner
from ui.widgets.colours import error_style
from ui.widgets.icons import icon
from ui.widgets.replace_question import confirmed_by_dialog, settle_write_failure

LANGUAGE_NAMES = {"fi": "suomi", "sv": "svenska", "en": "English"}


class SummaryBar(QWidget):
    def __init__(self, runner: TaskRunner, export_folder: Callable[[], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.export_folder = export_folder
        self.planner: Planner | None = None
        self.meeting_id: int | None = None
        self.meeting_day: str = ""
        self.detour: QDialog | None = None  # the signing detour while it is open
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(list(LANGUAGE_NAMES).index(i18n.current()))
        self.language.setAccessibleName(self.tr("Language of the summary"))
        self.sign = QCheckBox(self.tr("Sign&ed"))
        self.sign.setChecked(True)
        self.show_hetu = QCheckBox(self.tr("Full identit&y code"))
        self.save = QPushButton(self.tr("Save s&ummary (PDF)…"))
        self.save.setIcon(icon("export-pdf"))
        self.save.setAutoDefault(False)
        for widget in (self.language, self.sign, self.show_hetu, self.save):
            row.addWidget(widget)
        row.addStretch(1)
        column.addLayout(row)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setAccessibleName(self.tr("Summary status"))
        self.result.hide()
        column.addWidget(self.result)
        self.save.clicked.connect(self._choose_file)

    def set_meeting(self, meeting_id: int | None, start: datetime | None) -> None:
        self.meeting_id = meeting_id
        local = start.astimezone(TZ) if start is not None else None
        self.meeting_day = f"{local:%Y-%m-%d}" if local is not None else ""
        self.save.setEnabled(meeting_id is not None)

    def _choose_file(self) -> None:
        """Signed with no certificate yet: offer one first (issue 13, defect 10), so the file
        name is asked only when the summary can be made."""
        planner = self.planner
        if planner is None or not self.sign.isChecked():
            self._ask_file_name()
            return

        def checked(present: bool) -> None:
            if present:
                self._ask_file_name()
            else:
                self.offer_certificate(lambda passphrase: self._ask_file_name(passphrase))

        self.runner.submit(lambda ctx: planner.signing.certificate() is not None, checked,
                           self.tr("Checking the signing certificate…"))

    def offer_certificate(self, then: Callable[[str], None]) -> None:
        """The signing detour; ``then`` gets the new certificate's passphrase once it is
        there, and nothing happens when the user cancels."""
        from ui.meetings.signing_detour import SigningDetourDialog

        if self.planner is None:
            return
        dialog = SigningDetourDialog(self.runner, self.planner, self)
        self.detour = dialog
        dialog.accepted.connect(lambda: then(dialog.passphrase))
        dialog.finished.connect(lambda _result: setattr(self, "detour", None))
        dialog.open()

    def _ask_file_name(self, passphrase: str | None = None) -> None:
        name = self.tr("summary-{0}-{1}.pdf").format(self.meeting_day, self.meeting_id)
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the meeting summary"), str(Path(self.export_folder()) / name),
            self.tr("PDF files (*.pdf)"))
        if chosen:
            self.write(Path(chosen), passphrase or None,
                       force=confirmed_by_dialog(chosen, Path(chosen)))

    def write(self, path: Path, passphrase: str | None = None, force: bool = False) -> None:
        """Make and save the summary; ``force`` only when the user has agreed to replace an
        existing ``path`` (else they are asked when it exists)."""
        from exports.pdf.export import WrittenSummary, write_summary_pdf

        planner, meeting_id = self.planner, self.meeting_id
        if planner is None or meeting_id is None:
            return
        language, sign = str(self.language.currentData()), self.sign.isChecked()
        show_hetu = self.show_hetu.isChecked()

        def work(ctx: TaskContext) -> WrittenSummary:
            return write_summary_pdf(planner, meeting_id, path, language=language, sign=sign,
                                     passphrase=passphrase, show_hetu=show_hetu,
                                     progress=lambda done, total, _what: ctx.report(done, total),
                                     force=force)

        def done(written: WrittenSummary) -> None:
            self.save.setEnabled(True)
            text = (self.tr("Signed summary saved: {0}") if written.signed
                    else self.tr("Summary saved (not signed): {0}"))
            note = translate(written.level_note, i18n.current()) if written.level_note else ""
            self.show_result("\n".join(filter(None, (text.format(written.path), note))))

        def failed(error: BaseException) -> None:
            self.save.setEnabled(True)
            if isinstance(error, SigningPassphraseRequired | SigningPassphraseWrong):
                wrong = isinstance(error, SigningPassphraseWrong)
                asked = self.ask_passphrase(error.message(i18n.current()) if wrong else "")
                if asked:
                    self.write(path, asked, force)
                return
            if isinstance(error, SignerMissing):  # gone since it was checked: offer it again
                self.offer_certificate(lambda phrase: self.write(path, phrase or None, force))
                return
            settle_write_failure(
                self, error, forced=force, retry=lambda: self.write(path, passphrase, force=True),
                show=lambda text: self.show_result(text, True), report=self.runner.report_error)

        self.save.setEnabled(False)
        self.runner.submit(work, done, self.tr("Making the summary…"), on_failure=failed)

    def ask_passphrase(self, problem: str) -> str | None:
        label = self.tr("Passphrase of your signing certificate:")
        text, accepted = QInputDialog.getText(
            self, self.tr("Sign the summary"), f"{problem}\n{label}" if problem else label,
            QLineEdit.EchoMode.Password)
        return text if accepted and text else None

    def show_result(self, text: str, error: bool = False) -> None:
        self.result.setText(text)
        self.result.setStyleSheet(error_style() if error else "")
        self.result.setVisible(bool(text))

    def clear(self) -> None:
        if self.detour is not None:
            self.detour.reject()  # on lock: no certificate dialog left over the locked window
        self.planner = None
        self.meeting_id = None
        self.show_result("")
