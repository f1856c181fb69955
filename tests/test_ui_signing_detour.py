"""Issue 13, defect 10: a signed summary with no signing certificate. Before: the file name
was asked first, then the export failed telling a social worker to run `verkosto signer`.
Now the certificate is offered first — create or import, right there, or cancel — and the
summary goes on to its file name; no message names a command."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from exports.signing import Outcome, verify_pdf
from planner.domain.enums import MeetingStatus
from tests.support.keyboard import audit
from tests.support.signing import P12_PASSPHRASE, TestCa
from tests.test_ui_meeting_editor import open_client, open_from_workspace
from ui.meetings.editor import MeetingEditor
from ui.meetings.signing_detour import SigningDetourDialog
from ui.meetings.summary import SummaryBar
from ui.shell.main_window import MainWindow

SIGNING = "oma-varmenne-2026"
WAIT = 20_000


def summary_bar(window: MainWindow, qtbot: QtBot) -> tuple[SummaryBar, MeetingEditor]:
    assert window.planner is not None
    held = next(m for m in window.planner.meetings.list() if m.status == MeetingStatus.HELD)
    open_client(window, qtbot, held.client_name.split()[-1])
    editor = open_from_workspace(window, qtbot, held.id)
    editor.tabs.setCurrentWidget(editor.calendar_tab)
    return editor.calendar_tab.summary, editor


def save_dialog_returns(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[object]:
    """Qt's save dialog (not under test) returns ``path``; each time it was opened is kept."""
    opened: list[object] = []

    def choose(*args: object, **kwargs: object) -> tuple[str, str]:
        opened.append(args)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    return opened


def detour_of(bar: SummaryBar, qtbot: QtBot) -> SigningDetourDialog:
    qtbot.waitUntil(lambda: isinstance(bar.detour, SigningDetourDialog)
                    and bar.detour.isVisible() and bar.detour.box.planner is not None,
                    timeout=WAIT)
    assert isinstance(bar.detour, SigningDetourDialog)
    return bar.detour


def no_command_named(dialog: SigningDetourDialog) -> None:
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "verkosto " not in texts.lower() and "signer" not in texts


def test_creating_a_certificate_on_the_way_then_the_file_name(
        window: MainWindow, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    bar, _editor = summary_bar(window, qtbot)
    out = tmp_path / "yhteenveto.pdf"
    opened = save_dialog_returns(monkeypatch, out)
    assert bar.sign.isChecked()
    bar.save.click()
    dialog = detour_of(bar, qtbot)
    assert not opened  # no file name asked for a summary that could not be made
    assert dialog.windowTitle() == "Allekirjoitusvarmenne tarvitaan"
    assert "allekirjoitusvarmenteesi" in dialog.intro.text()
    no_command_named(dialog)
    assert audit(dialog) == []  # named inputs, distinct mnemonics, Tab through it all
    dialog.grab().save(str(tmp_path.parent / "signing-detour.png"))
    dialog.box.passphrase.setText(SIGNING)
    dialog.box.passphrase_again.setText(SIGNING)
    dialog.box.create_button.click()
    qtbot.waitUntil(lambda: out.exists() and bar.result.isVisible(), timeout=WAIT)
    assert not dialog.isVisible() and len(opened) == 1
    # signed with the passphrase just typed: not asked a second time
    assert window.planner is not None
    report = verify_pdf(out.read_bytes(), trust=window.planner.trust.certificates())
    assert report.outcome is Outcome.TRUSTED
    assert bar.result.text().startswith("Allekirjoitettu yhteenveto tallennettu")


def test_importing_the_organisations_certificate_on_the_way(
        window: MainWindow, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    bar, _editor = summary_bar(window, qtbot)
    out = tmp_path / "yhteenveto.pdf"
    opened = save_dialog_returns(monkeypatch, out)
    p12 = tmp_path / "katja.p12"
    p12.write_bytes(TestCa.create().pkcs12("Katja Salonen"))
    bar.save.click()
    dialog = detour_of(bar, qtbot)
    dialog.box.file.setText(str(p12))
    dialog.box.passphrase.setText("väärä")  # a hurried user's slip: said beside the field
    dialog.box.import_button.click()
    qtbot.waitUntil(lambda: bool(dialog.box.form.error_text("passphrase")), timeout=WAIT)
    assert dialog.isVisible() and not opened
    dialog.box.passphrase.setText(P12_PASSPHRASE)
    dialog.box.import_button.click()
    qtbot.waitUntil(lambda: out.exists() and bar.result.isVisible(), timeout=WAIT)
    assert len(opened) == 1 and "Allekirjoitettu" in bar.result.text()


def test_cancelling_the_detour_asks_no_file_name_and_writes_nothing(
        window: MainWindow, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    bar, editor = summary_bar(window, qtbot)
    out = tmp_path / "yhteenveto.pdf"
    opened = save_dialog_returns(monkeypatch, out)
    bar.save.click()
    dialog = detour_of(bar, qtbot)
    dialog.box.passphrase.setText(SIGNING)  # typed, then thought better of it
    dialog.cancel.click()
    qtbot.waitUntil(lambda: bar.detour is None, timeout=WAIT)
    QApplication.processEvents()
    assert not opened and not out.exists()
    assert dialog.box.passphrase.text() == ""  # nothing typed stays in the closed dialog
    assert window.planner is not None and window.planner.signing.certificate() is None
    assert bar.save.isEnabled() and not bar.result.isVisible()
    assert not [e for e in window.planner.audit.for_client(editor.client_id)
                if e.entity == "meeting_summary"]


def test_an_unsigned_summary_needs_no_certificate(window: MainWindow, qtbot: QtBot,
                                                  tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    bar, _editor = summary_bar(window, qtbot)
    out = tmp_path / "yhteenveto.pdf"
    opened = save_dialog_returns(monkeypatch, out)
    bar.sign.setChecked(False)
    bar.save.click()
    qtbot.waitUntil(lambda: out.exists() and bar.result.isVisible(), timeout=WAIT)
    assert bar.detour is None and len(opened) == 1


def test_a_certificate_missing_at_the_write_is_offered_there_too(
        window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    """The file already chosen (the certificate gone between the check and the write): the
    detour again, never the message that names a command; then the same file is written."""
    bar, _editor = summary_bar(window, qtbot)
    out = tmp_path / "yhteenveto.pdf"
    bar.write(out)
    dialog = detour_of(bar, qtbot)
    assert not bar.result.isVisible()  # no error text (it named `verkosto signer`)
    dialog.box.passphrase.setText(SIGNING)
    dialog.box.passphrase_again.setText(SIGNING)
    dialog.box.create_button.click()
    qtbot.waitUntil(lambda: out.exists() and bar.result.isVisible(), timeout=WAIT)
    assert "Allekirjoitettu" in bar.result.text()
