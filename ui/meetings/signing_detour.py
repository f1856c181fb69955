"""The signing detour (issue 13, defect 10): a signed summary asked for with no signing
certificate yet offers, before the file name is asked, to create one or import the
organisation's right here — the same box as Settings → Signing — or to cancel. Once a
certificate is there the dialog closes and the summary goes on."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from planner.services import Planner
from ui.operations import TaskRunner
from ui.settings.signing import SigningSettingsBox


class SigningDetourDialog(QDialog):
    def __init__(self, runner: TaskRunner, planner: Planner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("A signing certificate is needed"))
        self.passphrase = ""  # the one the certificate was made with, for the summary
        column = QVBoxLayout(self)
        self.intro = QLabel(self.tr(
            "A signed summary needs your signing certificate. Once it is imported or "
            "created here, the summary is saved as you asked."))
        self.intro.setWordWrap(True)
        column.addWidget(self.intro)
        self.box = SigningSettingsBox(runner, self)
        # only the certificate here: the timestamp server stays in Settings → Signing
        self.box.form.setRowVisible(self.box.timestamp_url.parentWidget(), False)
        self.box.timestamp_button.hide()
        column.addWidget(self.box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel.setText(self.tr("Cancel"))
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        self.box.certificate_ready.connect(self._ready)
        self.box.load(planner)
        self.setMinimumWidth(680)  # its wrapped texts need the room to show whole

    def _ready(self, passphrase: str) -> None:
        self.passphrase = passphrase
        self.accept()

    def done(self, result: int) -> None:
        self.box.clear()  # no typed passphrase stays behind in the closed dialog
        super().done(result)
