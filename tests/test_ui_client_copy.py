"""Issue 15 in the window: the meeting editor's "Client's own copy (PDF)…", and the plan tab's
"Print the plan (PDF)…" and own copy of the client's latest meeting, driven with pytest-qt."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from planner.domain import AuditEntry
from planner.domain.enums import AuditAction, MeetingStatus
from planner.services import Planner
from tests.support.pdf import page_texts
from tests.test_ui_meeting_editor import open_client, open_from_workspace
from tests.test_ui_plan import open_plan
from ui.shell.main_window import MainWindow

WAIT = 20_000


def text_of(pdf: Path) -> str:
    return re.sub(r"\s+", " ", " ".join(page_texts(pdf)))


def copies_given(planner: Planner, client_id: int) -> list[AuditEntry]:
    return [e for e in planner.audit.for_extract(client_id) if e.entity == "client_copy"]


def save_dialog_returns(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """Qt's save dialog is not under test: it returns ``path``."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(path), "")))


def test_the_meeting_editor_saves_the_clients_copy_in_selkokieli(
        window: MainWindow, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    planner = window.planner
    assert planner is not None
    held = next(m for m in planner.meetings.list() if m.status == MeetingStatus.HELD
                and "Korhonen" in m.client_name)
    open_client(window, qtbot, "Korhonen")
    editor = open_from_workspace(window, qtbot, held.id)
    editor.tabs.setCurrentWidget(editor.calendar_tab)
    bar = editor.calendar_tab.client_copy
    qtbot.waitUntil(lambda: bar.save.isEnabled(), timeout=WAIT)
    assert bar.save.text() == "Asiakkaan oma kooste (PD&F)…"
    bar.language.setCurrentIndex(bar.language.findData("sv"))
    bar.plain.setChecked(True)  # the hurried user: selkokieli after Swedish
    assert bar.language.currentData() == "fi"
    out = tmp_path / "oma.pdf"
    save_dialog_returns(monkeypatch, out)
    bar.save.click()
    qtbot.waitUntil(lambda: bar.result.isVisible(), timeout=WAIT)
    assert bar.result.text() == f"Asiakkaan oma kooste tallennettu: {out}"
    text = text_of(out)
    assert "Mitä sovimme" in text and "Kuka tekee ja milloin" in text and "140341-****" in text
    given = copies_given(planner, held.client_id)
    assert len(given) == 1 and (given[0].action, given[0].recipient) == (AuditAction.DISCLOSE,
                                                                         "client")
    # a signed copy without a certificate: said beside the button, no file, nothing logged
    bar.sign.setChecked(True)
    signed = tmp_path / "allekirjoitettu.pdf"
    save_dialog_returns(monkeypatch, signed)
    bar.save.click()
    qtbot.waitUntil(lambda: "varmennetta" in bar.result.text(), timeout=WAIT)
    assert not signed.exists()
    assert copies_given(planner, held.client_id) == given


def test_the_plan_tab_prints_the_plan_and_the_copy_of_the_latest_meeting(
        window: MainWindow, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    planner = window.planner
    assert planner is not None
    editor = open_plan(window, qtbot, "Korhonen")
    bar = editor.documents
    qtbot.waitUntil(lambda: bar.print_plan.isEnabled(), timeout=WAIT)
    plan_pdf = tmp_path / "suunnitelma.pdf"
    save_dialog_returns(monkeypatch, plan_pdf)
    bar.print_plan.click()
    qtbot.waitUntil(lambda: bar.result.isVisible(), timeout=WAIT)
    assert bar.result.text() == f"Asiakassuunnitelma tallennettu: {plan_pdf}"
    text = text_of(plan_pdf)
    assert "Yhteinen asiakassuunnitelma" in text and "Tavoitteet" in text
    client_id = editor.client_id
    assert client_id is not None
    exported = [e for e in planner.audit.for_extract(client_id) if e.entity == "client_plan"
                and e.action == AuditAction.EXPORT]
    assert len(exported) == 1

    copy_pdf = tmp_path / "oma.pdf"
    save_dialog_returns(monkeypatch, copy_pdf)
    bar.copy.save.click()
    qtbot.waitUntil(lambda: bar.copy.result.isVisible(), timeout=WAIT)
    assert bar.copy.result.text() == f"Asiakkaan oma kooste tallennettu: {copy_pdf}"
    assert "Oma kooste verkostoneuvottelusta" in text_of(copy_pdf)
    assert len(copies_given(planner, client_id)) == 1
