"""The status-bar progress indicator for background tasks, with a Cancel button."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from ui.operations import Task, TaskRunner


class TaskProgress(QWidget):
    """Hidden until a task has run for a moment; shows its label, progress and Cancel."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._task: Task | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(180)
        self.bar.setAccessibleName(self.tr("Progress"))
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.clicked.connect(self._cancel)
        for widget in (self.label, self.bar, self.cancel):
            layout.addWidget(widget)
        self.hide()
        runner.started.connect(self._started)
        runner.progressed.connect(self._progressed)
        runner.finished.connect(self._finished)

    def _started(self, task: Task) -> None:
        self._task = task
        self.label.setText(task.label)
        self.bar.setRange(0, 0)  # busy until the first report
        self.cancel.setVisible(task.cancellable)
        self.show()

    def _progressed(self, task: Task, done: int, total: int, text: str) -> None:
        if task is not self._task:
            return
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        if text:
            self.label.setText(text)

    def _finished(self, task: Task) -> None:
        if task is self._task:
            self._task = None
            self.hide()

    def _cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.label.setText(self.tr("Cancelling…"))
