"""Issue 13, defect 2: the Log tab's filters (kind of event, days, who) and its "Print
extract…" for the client's own information request, driven with pytest-qt."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from planner.domain.enums import AuditAction
from planner.services import ProfileInput
from tests.support.dialogs import answer_next_box
from tests.support.pdf import page_texts
from tests.test_audit_extract import disclose
from tests.test_ui_client_workspace import open_client
from ui.clients.log_tab import LogTab
from ui.shell.main_window import MainWindow


def rows(tab: LogTab) -> list[tuple[str, str]]:
    return [(str(tab.log.row_at(r).action), tab.log.row_at(r).user)
            for r in range(tab.log.rowCount())]


def choose(combo: object, data: str) -> None:
    combo.setCurrentIndex(combo.findData(data))  # type: ignore[attr-defined]


def test_the_filters_show_a_kind_of_event_a_period_and_a_person(window: MainWindow,
                                                                qtbot: QtBot) -> None:
    planner = window.planner
    korhonen = next(r.id for r in planner.clients.search("Korhonen"))
    disclose(planner, korhonen, "marraskuu@example.fi", datetime(2031, 11, 10, 9, tzinfo=UTC))
    disclose(planner, korhonen, "joulukuu@example.fi", datetime(2031, 12, 10, 9, tzinfo=UTC))
    profile = planner.profile.get()
    assert profile is not None
    planner.profile.save(ProfileInput(name="Sijainen Sari", title="sosiaalityöntekijä",
                                      agency_id=profile.agency_id, email=profile.email))
    open_client(window, qtbot, "Korhonen")  # its views are logged by Sijainen Sari
    tab = window.clients.workspace.log_tab
    window.clients.workspace.tabs.setCurrentWidget(tab)
    everything = rows(tab)
    assert {"view", "create", "disclose"} <= {action for action, _ in everything}
    assert tab.shown.text() == f"Näytetään {len(everything)}/{len(everything)} merkintää"

    choose(tab.kind, "viewed")
    assert rows(tab) and {action for action, _ in rows(tab)} == {"view"}
    choose(tab.kind, "changed")
    assert {action for action, _ in rows(tab)} <= {"create", "update", "delete"}
    choose(tab.kind, "released")
    assert {action for action, _ in rows(tab)} == {"disclose"}
    choose(tab.kind, "")

    choose(tab.who, "Sijainen Sari")
    assert rows(tab) and {user for _, user in rows(tab)} == {"Sijainen Sari"}
    choose(tab.who, "")

    tab.since.setDate(QDate(2031, 12, 1))
    shown = [tab.log.row_at(r) for r in range(tab.log.rowCount())]
    assert "joulukuu@example.fi" in {e.recipient for e in shown}
    assert "marraskuu@example.fi" not in {e.recipient for e in shown}
    tab.since.setDate(tab.since.minimumDate())  # "any day" again
    tab.until.setDate(QDate(2031, 11, 30))
    recipients = {tab.log.row_at(r).recipient for r in range(tab.log.rowCount())}
    assert "marraskuu@example.fi" in recipients and "joulukuu@example.fi" not in recipients
    assert tab.shown.text() == f"Näytetään {tab.log.rowCount()}/{len(everything)} merkintää"

    choose(tab.kind, "released")
    window.clients.workspace.go_back()
    open_client(window, qtbot, "Lehtonen")  # another client: their whole log again
    qtbot.waitUntil(lambda: tab.client_id != korhonen, timeout=10_000)
    assert tab.kind.currentData() == "" and tab.current_filter().until is None
    assert tab.log.rowCount() == len(tab.entries) > 0


def _save_dialog_returns(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """Qt's save dialog is not under test: it returns ``path``."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(path), "")))


def test_print_extract_writes_the_pdf_for_the_period_and_asks_before_replacing(
        window: MainWindow, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    planner = window.planner
    korhonen = next(r.id for r in planner.clients.search("Korhonen"))
    disclose(planner, korhonen, "vanha@example.fi", datetime(2031, 1, 10, 9, tzinfo=UTC))
    disclose(planner, next(r.id for r in planner.clients.search("Lehtonen")),
             "toinen.asiakas@example.fi")
    open_client(window, qtbot, "Korhonen")
    tab = window.clients.workspace.log_tab
    window.clients.workspace.tabs.setCurrentWidget(tab)
    assert tab.extract.text() == "T&ulosta ote…"
    tab.since.setDate(QDate(2031, 2, 1))
    choose(tab.kind, "viewed")  # what is shown does not thin the client's extract
    choose(tab.language, "sv")
    out = tmp_path / "lokiote.pdf"
    _save_dialog_returns(monkeypatch, out)
    tab.extract.click()
    qtbot.waitUntil(lambda: tab.result.isVisible(), timeout=10_000)
    assert tab.result.text().startswith(f"Lokiote tallennettu: {out}")
    text = "\n".join(page_texts(out))
    assert "Utdrag ur loggen" in text and "från 1.2.2031" in text
    assert "vanha@example.fi" not in text and "toinen.asiakas" not in text
    last = planner.audit.for_extract(korhonen)[0]
    assert (last.action, last.entity, last.recipient) == (AuditAction.DISCLOSE,
                                                          "audit_extract", "client")

    # the file is there now, say made by a colleague after the dialog closed: asked, No
    kept = out.read_bytes()
    asked: list[str] = []
    answer_next_box(QMessageBox.ButtonRole.NoRole, asked)
    tab.write(out)
    qtbot.waitUntil(lambda: bool(asked) and tab.extract.isEnabled(), timeout=10_000)
    assert "on jo olemassa" in asked[0] and out.read_bytes() == kept
    assert planner.audit.for_extract(korhonen)[0].id == last.id  # nothing more logged
