"""Settings → Scheduling and invites: working hours, the gap between meetings, how invites
name the client and whether they show the title; saved in the store, errors beside fields."""

from __future__ import annotations

from datetime import time
from pathlib import Path

from keyring.backends.fail import Keyring as FailKeyring
from PySide6.QtCore import QTime
from pytestqt.qtbot import QtBot

from planner.crypto.vault import KeyringVault
from planner.messages import translate
from planner.services.scheduling_settings import SchedulingSettings
from tests.test_ui_settings_mail import open_mail_settings, planner_of


def test_settings_are_saved_in_the_store_and_shown_again(qtbot: QtBot, data_dir: Path) -> None:
    window = open_mail_settings(qtbot, data_dir, KeyringVault(FailKeyring()))
    window.settings.tabs.setCurrentIndex(3)
    box = window.settings.scheduling
    qtbot.waitUntil(lambda: box.planner is not None and not window.runner.busy, timeout=5000)
    assert box.value() == SchedulingSettings()  # 8.00–16.00, 15 min
    assert box.naming.currentData() == "initials" and not box.details.isChecked()

    box.day_start.setTime(QTime(16, 0))  # ends before it starts: refused, nothing saved
    box.buffer.setValue(30)
    box.save.click()
    qtbot.waitUntil(lambda: bool(box.form.error_text("day_end")), timeout=5000)
    assert box.form.error_text("day_end") == translate("validation.working_hours_order", "fi")
    planner = planner_of(window)
    assert planner.scheduling.settings() == SchedulingSettings()

    box.day_start.setTime(QTime(7, 30))
    box.day_end.setTime(QTime(15, 0))
    box.naming.setCurrentIndex(box.naming.findData("first_name"))
    box.details.setChecked(True)
    box.save.click()
    qtbot.waitUntil(lambda: not window.runner.busy and box.status.text() != "", timeout=5000)
    assert not box.form.error_text("day_end")
    assert planner.scheduling.settings() == SchedulingSettings(time(7, 30), time(15, 0), 30)
    assert planner.profile.invite_client_naming() == "first_name"
    assert planner.profile.invite_details() is True

    window.lock()
    assert box.planner is None
    assert window.unlock()
    window.settings.refresh()
    qtbot.waitUntil(lambda: box.buffer.value() == 30, timeout=5000)
    assert box.value() == SchedulingSettings(time(7, 30), time(15, 0), 30)
    assert box.naming.currentData() == "first_name" and box.details.isChecked()
