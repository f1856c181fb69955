"""The "Verify a PDF" page: open a signed summary (button or drag & drop) and see who signed
it, when, whether it changed afterwards and whether the signer is trusted.

Verification runs on the runner (exports.signing.verify_pdf, offline). The certificates the
store trusts are trusted (the user's own included). The report's sentences come translated
from planner/messages_signing.py, the verdict in words (never colour alone). "Also sign…" adds
the user's own approval signature to an intact signed PDF (a co-signer's, issue 16), saved
as a new file (never over an existing one), which is then verified in turn.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QTextOption
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from exports.signing.report import Outcome, VerificationReport  # pyHanko loads when used
from planner.errors import SigningPassphraseRequired, SigningPassphraseWrong, VerkostoError
from planner.input_files import PDF_MAX_BYTES, read_input
from ui import i18n
from ui.operations import TaskRunner
from ui.shell.page import Page
from ui.widgets.colours import Tone, error_style
from ui.widgets.icons import icon

# Bold by style sheet, not setFont: a style sheet (the red one) would otherwise measure the
# wrapped label in the regular font and cut its last line off.
BOLD = "font-weight: bold;"
_VERDICT_ICONS = {Outcome.TRUSTED: ("done", Tone.SUCCESS),
                  Outcome.UNTRUSTED: ("warning", Tone.WARNING),
                  Outcome.MODIFIED: ("error", Tone.ERROR),
                  Outcome.BROKEN: ("error", Tone.ERROR)}


def _pdf_path(event: QDragEnterEvent | QDropEvent) -> Path | None:
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    local = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
    return next((path for path in local if path.suffix.lower() == ".pdf"), None)


class VerifyPage(Page):
    def __init__(self, runner: TaskRunner) -> None:
        super().__init__(runner)
        self.setAcceptDrops(True)
        self.report: VerificationReport | None = None
        self.path: Path | None = None
        self._generation = 0
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Open a signed PDF, or drag one onto this page. The file is "
                               "checked on this computer only."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open PDF…"))
        self.open_button.setIcon(icon("verify"))
        self.open_button.clicked.connect(self._choose)
        self.file_label = QLabel()
        self.file_label.setAccessibleName(self.tr("Verified file"))
        self.cosign_button = QPushButton(self.tr("Also &sign…"))
        self.cosign_button.setIcon(icon("sign"))
        self.cosign_button.setToolTip(self.tr(
            "Add your own signature to this signed PDF (co-signing); saved as a new file"))
        self.cosign_button.setEnabled(False)
        self.cosign_button.clicked.connect(self._choose_cosign_target)
        row.addWidget(self.open_button)
        row.addWidget(self.file_label, 1)
        row.addWidget(self.cosign_button)
        layout.addLayout(row)
        self.cosign_status = QLabel()  # why co-signing failed (the report stays shown)
        self.cosign_status.setWordWrap(True)
        self.cosign_status.setStyleSheet(error_style())
        self.cosign_status.setAccessibleName(self.tr("Co-signing problem"))
        self.cosign_status.hide()
        layout.addWidget(self.cosign_status)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setAccessibleName(self.tr("Verification result"))
        self.verdict.setStyleSheet(BOLD)
        self.verdict_icon = QLabel()  # the verdict's icon: ✓ trusted, ⚠ untrusted, ✗ changed
        verdict_row = QHBoxLayout()
        verdict_row.addWidget(self.verdict_icon, 0, Qt.AlignmentFlag.AlignTop)
        verdict_row.addWidget(self.verdict, 1)
        layout.addLayout(verdict_row)
        # Read-only text rather than a label: it scrolls, and a fingerprint (no spaces) wraps
        # anywhere instead of widening the dialog.
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setTabChangesFocus(True)
        self.details.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.details.setAccessibleName(self.tr("Signature details"))
        layout.addWidget(self.details, 1)

    # --- choosing a file -----------------------------------------------------------------
    def _choose(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Verify a PDF"), str(self.path.parent) if self.path else "",
            self.tr("PDF documents (*.pdf);;All files (*)"))
        if chosen:
            self.verify(Path(chosen))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        if _pdf_path(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's name)
        path = _pdf_path(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.verify(path)

    # --- verifying -----------------------------------------------------------------------
    def verify(self, path: Path) -> None:
        """Check ``path`` on the runner; the result replaces what was shown."""
        self.path = path
        self._generation += 1
        generation = self._generation
        self.report = None
        self.cosign_button.setEnabled(False)
        self.cosign_status.hide()
        self.file_label.setText(str(path))
        self.verdict.setText(self.tr("Checking…"))
        self.verdict.setStyleSheet(BOLD)
        self.verdict_icon.clear()
        self.details.clear()
        planner, language = self.planner, i18n.current()

        def work(_ctx: object) -> VerificationReport:
            from exports.signing.verify import verify_pdf

            data = read_input(path, PDF_MAX_BYTES)  # /dev/zero or a huge file: refused
            trust = planner.trust.certificates() if planner is not None else []
            return verify_pdf(data, trust=trust, language=language)

        def shown(report: VerificationReport) -> None:
            if generation == self._generation:
                self.show_report(report)

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self._show_error(error)

        self.runner.submit(work, shown, self.tr("Verifying the signature…"), on_failure=failed)

    def show_report(self, report: VerificationReport) -> None:
        self.report = report
        lines = report.lines(i18n.current())
        self.verdict.setText(lines[-1])
        # the words carry the verdict; red only underlines "do not rely on it"
        warn = report.outcome in (Outcome.BROKEN, Outcome.MODIFIED)
        self.verdict.setStyleSheet(BOLD + (error_style() if warn else ""))
        self._show_verdict_icon(*_VERDICT_ICONS[report.outcome])
        self.details.setPlainText("\n".join(lines[:-1]).strip())
        # co-signing what was changed or broken would lend it a signature it does not deserve
        self.cosign_button.setEnabled(self.planner is not None and report.outcome in (
            Outcome.TRUSTED, Outcome.UNTRUSTED))

    # --- co-signing ----------------------------------------------------------------------
    def _choose_cosign_target(self) -> None:
        if self.path is None:
            return
        suggested = self.path.with_name(self.path.stem + self.tr("-signed") + ".pdf")
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the co-signed PDF"), str(suggested),
            self.tr("PDF documents (*.pdf);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite)  # refused below, never replaced
        if chosen:
            self.cosign(Path(chosen))

    def cosign(self, target: Path, passphrase: str | None = None) -> None:
        """Add the user's signature to the verified file, written to ``target`` (never over an
        existing file); the passphrase is asked when the keyring does not keep it."""
        source, planner, language = self.path, self.planner, i18n.current()
        if source is None or planner is None:
            return

        def work(_ctx: object) -> Path:
            from exports.signing.cosigning import cosign
            from planner.files import check_output, write_output

            check_output(target)  # before the key is opened
            signer = planner.signing.load(passphrase)
            signed = cosign(read_input(source, PDF_MAX_BYTES), signer, planner.now(),
                            language=language,
                            timestamp_url=planner.signing.timestamp_url() or None)
            return write_output(target, signed.data)

        def failed(error: BaseException) -> None:
            if isinstance(error, SigningPassphraseRequired | SigningPassphraseWrong):
                problem = (error.message(i18n.current())
                           if isinstance(error, SigningPassphraseWrong) else "")
                asked = self._ask_passphrase(problem)
                if asked:
                    self.cosign(target, asked)
                else:
                    self.cosign_button.setEnabled(True)
                return
            text = self._known_error_text(error)
            if text is None:
                return
            # the file's report stays as it was: only the co-signing failed, said beside it
            self.cosign_status.setText(text)
            self.cosign_status.show()
            self.cosign_button.setEnabled(True)

        self.cosign_button.setEnabled(False)
        self.cosign_status.hide()
        self.runner.submit(work, self.verify, self.tr("Signing…"), on_failure=failed)

    def _ask_passphrase(self, problem: str) -> str | None:
        label = self.tr("Passphrase of your signing certificate:")
        text, accepted = QInputDialog.getText(
            self, self.tr("Also sign"), f"{problem}\n{label}" if problem else label,
            QLineEdit.EchoMode.Password)
        return text if accepted and text else None

    def _known_error_text(self, error: BaseException) -> str | None:
        """A refusal or a file problem in words; anything else goes to the window's error
        report (None)."""
        if isinstance(error, VerkostoError):
            return error.message(i18n.current())
        if isinstance(error, OSError):
            return error.strerror or str(error)
        self.runner.report_error(error)
        return None

    def _show_error(self, error: BaseException) -> None:
        text = self._known_error_text(error)
        if text is None:
            return
        self.report = None
        self.cosign_button.setEnabled(False)
        self.verdict.setText(text)
        self.verdict.setStyleSheet(BOLD + error_style())
        self._show_verdict_icon("error", Tone.ERROR)
        self.details.clear()

    def _show_verdict_icon(self, name: str, tone: Tone) -> None:
        size = self.verdict.fontMetrics().height()
        self.verdict_icon.setPixmap(icon(name, tone).pixmap(size, size))

    def refresh(self) -> None:
        """Nothing to read from the store until a file is chosen."""

    def clear(self) -> None:
        """Forget the file and its report (on lock), and stop trusting the closed store."""
        self._generation += 1
        self.report = None
        self.path = None
        self.cosign_button.setEnabled(False)
        self.cosign_status.hide()
        for widget in (self.file_label, self.verdict, self.verdict_icon, self.details):
            widget.clear()
