"""Toimenpiteet → Muistuta vastuuhenkilöitä…: the preview lists each recipient with the message
as it will be sent, nobody ticked; a refused message cannot be ticked; those left out say why;
Send reaches a real SMTP server (aiosmtpd on 127.0.0.1) off the GUI thread, only for the
ticked, and each delivery is in the client's log. The store clock is pinned on 25.11.2026."""

from __future__ import annotations

import email
from collections.abc import Iterator
from datetime import date, datetime
from email.policy import default
from pathlib import Path

import pytest
from keyring.backends.fail import Keyring as FailKeyring
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from planner.crypto.vault import KeyringVault
from planner.domain.enums import AuditAction
from planner.services import ActionInput, Planner, SmtpSettings
from planner.services.context import TZ
from planner.storage.store import open_store
from tests.conftest import PASSPHRASE
from tests.support.smtp_server import PASSWORD, USER, Server, smtp_server
from tests.support.windows import demo_store
from ui.actions.reminders import ReminderDialog
from ui.shell.main_window import MainWindow

LIISA, ANU = "liisa.makela@pirha.fi", "anu.hamalainen@pshyvinvointialue.fi"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    with smtp_server(tmp_path / "certs") as running:
        yield running


@pytest.fixture
def planner(data_dir: Path, server: Server) -> Planner:
    demo_store(data_dir)
    planner = Planner(open_store(data_dir, vault=KeyringVault(FailKeyring()),
                                 passphrase=lambda: PASSPHRASE, create=False),
                      clock=lambda: datetime(2026, 11, 25, 12, 0, tzinfo=TZ))
    planner.mail.save(SmtpSettings(host="127.0.0.1", port=server.port, username=USER,
                                   ca_file=str(server.ca_file)))
    korhonen = planner.clients.search("Korhonen", limit=1)[0].id
    omar = next(p.id for p in planner.directory.professionals() if p.name == "Omar Haddad")
    # Omar's clinic is not covered by her consent: left out, with the reason
    planner.actions.record(ActionInput(korhonen, "Psykiatrinen arvio",
                                       responsible_professional_id=omar,
                                       due_date=date(2026, 11, 27)))
    return planner


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path, planner: Planner) -> MainWindow:
    window = MainWindow(data_dir, vault=KeyringVault(FailKeyring()),
                        ask=lambda new, error: PASSPHRASE, planner=planner)
    qtbot.addWidget(window)
    window.show()
    window.navigation.setCurrentRow(window.stack.indexOf(window.actions))
    qtbot.waitUntil(lambda: window.actions.model.rowCount() > 0, timeout=5000)
    return window


def open_preview(qtbot: QtBot, window: MainWindow) -> ReminderDialog:
    window.actions.remind.click()
    dialog = window.actions.reminder_dialog
    assert isinstance(dialog, ReminderDialog)
    qtbot.waitUntil(lambda: dialog.recipients.topLevelItemCount() == 6, timeout=10_000)
    return dialog


def test_preview_then_send_only_the_ticked(qtbot: QtBot, window: MainWindow, planner: Planner,
                                           server: Server,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = open_preview(qtbot, window)
    assert window.actions.remind.text() == "&Muistuta vastuuhenkilöitä…"
    items = [dialog.recipients.topLevelItem(r) for r in range(6)]
    assert all(i.checkState(0) == Qt.CheckState.Unchecked for i in items)  # opt-in
    assert not dialog.send.isEnabled()  # a hurried click sends nothing
    left = dialog.left_out.topLevelItem(0)
    assert (left.text(0), left.text(2)) == (
        "Omar Haddad", "asiakkaan suostumus ei kata hänen organisaatiotaan")

    row = next(r for r, reminder in enumerate(dialog.reminders)
               if reminder.recipient.email == LIISA)
    dialog.recipients.setCurrentItem(items[row])
    shown = dialog.preview.toPlainText()
    assert f"Vastaanottaja: Liisa Mäkelä <{LIISA}>" in shown
    assert "Asiakas: A. K." in shown and "Sovittu: Kotihoidon arviointikäynti" in shown
    assert "Korhonen" not in shown

    # the password is not in a keyring here: asked, as for invites
    monkeypatch.setattr("ui.actions.reminders.ask_smtp_password", lambda _parent, _s: PASSWORD)
    dialog.tick(LIISA)
    dialog.tick(ANU)
    assert dialog.send.isEnabled()
    dialog.send.click()
    dialog.send.click()  # a hurried second click reminds nobody twice
    qtbot.waitUntil(lambda: dialog.status.text() == "Lähetetty 2/2 vastaanottajalle."
                    and not window.runner.busy, timeout=15_000)
    assert set(server.mailbox.received) == {LIISA, ANU}
    assert len(server.mailbox.envelope_senders) == 2  # one message each
    body = email.message_from_bytes(server.mailbox.received[LIISA], policy=default)
    assert "Kotihoidon arviointikäynti" in body.get_body().get_content()  # type: ignore[union-attr]
    assert not dialog.send.isEnabled()  # the sent ones are no longer tickable
    dialog.tick(LIISA)
    assert not dialog.send.isEnabled()
    korhonen = planner.clients.search("Korhonen", limit=1)[0].id
    assert [e.recipient for e in planner.audit.for_client(korhonen)
            if e.action == AuditAction.DISCLOSE and e.entity == "action_reminder"] == [LIISA]


def test_a_refused_message_cannot_be_ticked_and_says_why(qtbot: QtBot, window: MainWindow,
                                                         planner: Planner) -> None:
    korhonen = planner.clients.search("Korhonen", limit=1)[0].id
    liisa = next(p.id for p in planner.directory.professionals() if p.name == "Liisa Mäkelä")
    planner.actions.record(ActionInput(korhonen, "Soita Aino Korhoselle",
                                       responsible_professional_id=liisa,
                                       due_date=date(2026, 11, 27)))
    dialog = open_preview(qtbot, window)
    row = next(r for r, reminder in enumerate(dialog.reminders)
               if reminder.recipient.email == LIISA)
    item = dialog.recipients.topLevelItem(row)
    assert not item.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert item.text(0) == "Liisa Mäkelä (ei lähetetä: katso viesti)"
    dialog.tick(LIISA)
    assert not dialog.send.isEnabled()
    dialog.recipients.setCurrentItem(item)
    assert "tekstissä on asiakkaan nimi" in dialog.preview.toPlainText()
    window.lock()
    assert window.actions.reminder_dialog is None and not dialog.isVisible()
