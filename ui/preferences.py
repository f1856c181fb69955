"""The window's own preferences, kept in QSettings (not in the store: no client data): the
auto-lock time and the folder exports are offered in. Read by the pages that need them;
changed on the Settings page."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QStandardPaths

AUTO_LOCK_SETTING = "security/auto_lock_minutes"
DEFAULT_AUTO_LOCK_MINUTES = 10
EXPORT_FOLDER_SETTING = "exports/folder"


def export_folder() -> str:
    default = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return str(QSettings().value(EXPORT_FOLDER_SETTING, default))


def auto_lock_minutes() -> float:
    return float(QSettings().value(AUTO_LOCK_SETTING, DEFAULT_AUTO_LOCK_MINUTES))
