"""Auto-lock: notices when the user has not touched the app for N minutes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox

_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
             QEvent.Type.Wheel, QEvent.Type.TouchBegin}


class IdleWatcher(QObject):
    """Emits ``idle`` once after ``minutes`` without keyboard, mouse or touch input.

    It also hears the lock key (Ctrl+L) in every window of the app: a window shortcut would be
    blocked while an editor dialog is open, and locking must never wait for one.

    It listens only while it runs (the store open): an application-wide filter in Python sees
    every event of every widget — building the main window alone sends it ~39,000 — and
    nothing needs watching while the store is locked.
    """

    idle = Signal()
    lock_requested = Signal()

    def __init__(self, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self.set_minutes(minutes)
        self._listening = False

    def set_minutes(self, minutes: float) -> None:
        self._timer.setInterval(max(1, int(minutes * 60_000)))
        if self._timer.isActive():
            self._timer.start()

    def start(self) -> None:
        self._timer.start()
        if not self._listening:
            app = QApplication.instance()
            assert app is not None
            app.installEventFilter(self)
            self._listening = True

    def stop(self) -> None:
        self._timer.stop()
        if self._listening:
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            self._listening = False

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start()
            if event.type() == QEvent.Type.KeyPress and _is_lock_key(event) and not \
                    isinstance(QApplication.activeModalWidget(), QMessageBox):
                self.lock_requested.emit()
                return True
        return False


def _is_lock_key(event: QEvent) -> bool:
    return (isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_L
            and event.modifiers() == Qt.KeyboardModifier.ControlModifier)
