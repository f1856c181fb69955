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


def answer_next_conflict(choice: str, seen: list[dict[str, object]],
                         timeout_ms: int = 5000) -> None:
    """Choose ``choice`` (ui.widgets.edit_conflict.Choice's value) in the next "saved by
    someone else" dialog; what it showed goes to ``seen``: its heading, the comparison's rows
    (label, theirs, mine), its choices and the keyboard audit of it as shown."""
    from tests.support.keyboard import audit
    from ui.widgets.edit_conflict import Choice, EditConflictDialog

    waited = [0]

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, EditConflictDialog):
            seen.append({"heading": dialog.heading.text(),
                         "rows": [(r.label, r.theirs, r.mine) for r in dialog.rows],
                         "choices": [c.value for c in dialog.buttons],
                         "audit": audit(dialog)})
            dialog.buttons[Choice(choice)].click()
            return
        waited[0] += 20
        if waited[0] < timeout_ms:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
