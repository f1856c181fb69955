"""Answer the app's real modal boxes from a test (a timer clicks once the box is up)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


def answer_next_box(role: QMessageBox.ButtonRole, answered: list[str] | None = None,
                    timeout_ms: int = 5000) -> None:
    """Click the button with ``role`` in the next box (Save = AcceptRole, Discard =
    DestructiveRole, Keep editing = RejectRole in ``ui.widgets.unsaved``).

    The box's text is appended to ``answered`` so a test can assert what was asked.
    """
    waited = [0]

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            if answered is not None:
                answered.append(box.text())
            for button in box.buttons():
                if box.buttonRole(button) == role:
                    button.click()
                    return
            raise AssertionError(f"no button {role} in {[b.text() for b in box.buttons()]}")
        waited[0] += 20
        if waited[0] < timeout_ms:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
