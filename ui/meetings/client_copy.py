"""The client's own copy of a meeting (issue 15): a large-print PDF in the client's language
(or one chosen here), in selkokieli if asked, signed if asked — made on the background worker
with progress and logged as given to the client (exports/pdf/client_copy.py). Used in the
meeting editor's schedule tab and, for the client's latest meeting, on the plan tab.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.errors import SigningPassphraseRequired, SigningPassphraseWrong
from planner.messages import translate
from planner.services import Planner
from ui import i18n
from ui.formatting import TZ
from ui.meetings.summary import LANGUAGE_NAMES
from ui.operations import TaskContext, TaskRunner
from ui.widgets.colours import error_style
from ui.widgets.icons import icon
from ui.widgets.replace_question import confirmed_by_dialog, settle_write_failure


class ClientCopyBar(QWidget):
    def __init__(self, runner: TaskRunner, export_folder: Callable[[], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.export_folder = export_folder
        self.planner: Planner | None = None
        self.meeting_id: int | None = None
        self.meeting_day = ""
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.language = QComboBox()
        self.language.addItem(self.tr("Client's language"), None)
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setAccessibleName(self.tr("Language of the client's copy"))
        self.plain = QCheckBox(self.tr("Easy Finnish (se&lkokieli)"))
        self.plain.toggled.connect(self._plain_toggled)
        self.sign = QCheckBox(self.tr("Add a signa&ture"))
        self.save = QPushButton(self.tr("Ma&ke the client's own copy (PDF)…"))
        self.save.setIcon(icon("export-pdf"))
        self.save.setAutoDefault(False)
        self.save.setEnabled(False)
        for widget in (self.language, self.plain, self.sign, self.save):
            row.addWidget(widget)
        row.addStretch(1)
        column.addLayout(row)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setAccessibleName(self.tr("Client's copy status"))
        self.result.hide()
        column.addWidget(self.result)
        self.save.clicked.connect(self.ask_file_name)

    def _plain_toggled(self, on: bool) -> None:
        """Selkokieli is Finnish: the language follows, so the hurried click just works."""
        if on:
            self.language.setCurrentIndex(self.language.findData("fi"))

    def set_meeting(self, planner: Planner | None, meeting_id: int | None,
                    start: datetime | None) -> None:
        self.planner, self.meeting_id = planner, meeting_id
        local = start.astimezone(TZ) if start is not None else None
        self.meeting_day = f"{local:%Y-%m-%d}" if local is not None else ""
        self.save.setEnabled(planner is not None and meeting_id is not None)

    def ask_file_name(self) -> None:
        name = self.tr("own-copy-{0}-{1}.pdf").format(self.meeting_day, self.meeting_id)
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the client's own copy"), str(Path(self.export_folder()) / name),
            self.tr("PDF files (*.pdf)"))
        if chosen:
            self.write(Path(chosen), force=confirmed_by_dialog(chosen, Path(chosen)))

    def write(self, path: Path, passphrase: str | None = None, force: bool = False) -> None:
        """Make and save the copy; ``force`` only when the user agreed to replace ``path``."""
        from exports.pdf.client_copy import WrittenCopy, write_client_copy_pdf

        planner, meeting_id = self.planner, self.meeting_id
        if planner is None or meeting_id is None:
            return
        language = self.language.currentData()
        plain, sign = self.plain.isChecked(), self.sign.isChecked()

        def work(ctx: TaskContext) -> WrittenCopy:
            return write_client_copy_pdf(
                planner, meeting_id, path, language=language, plain=plain, sign=sign,
                passphrase=passphrase, force=force,
                progress=lambda done, total, _what: ctx.report(done, total))

        def done(written: WrittenCopy) -> None:
            self.save.setEnabled(True)
            saved = self.tr("The client's own copy saved: {0}").format(written.path)
            note = translate(written.level_note, i18n.current()) if written.level_note else ""
            self.show_result("\n".join(filter(None, (saved, note))))

        def failed(error: BaseException) -> None:
            self.save.setEnabled(True)
            if isinstance(error, SigningPassphraseRequired | SigningPassphraseWrong):
                problem = (error.message(i18n.current())
                           if isinstance(error, SigningPassphraseWrong) else "")
                asked = self._ask_passphrase(problem)
                if asked:
                    self.write(path, asked, force)
                return
            settle_write_failure(
                self, error, forced=force, retry=lambda: self.write(path, passphrase, force=True),
                show=lambda text: self.show_result(text, True), report=self.runner.report_error)

        self.save.setEnabled(False)
        self.runner.submit(work, done, self.tr("Making the client's own copy…"),
                           on_failure=failed)

    def _ask_passphrase(self, problem: str) -> str | None:
        label = self.tr("Passphrase of your signing certificate:")
        text, accepted = QInputDialog.getText(
            self, self.tr("Sign the client's copy"), f"{problem}\n{label}" if problem else label,
            QLineEdit.EchoMode.Password)
        return text if accepted and text else None

    def show_result(self, text: str, error: bool = False) -> None:
        self.result.setText(text)
        self.result.setStyleSheet(error_style() if error else "")
        self.result.setVisible(bool(text))

    def clear(self) -> None:
        self.set_meeting(None, None, None)
        self.show_result("")
