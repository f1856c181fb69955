"""Slow work off the GUI thread: one worker, results back on the GUI thread, cancellable.

A ``Task`` wraps a function of a ``TaskContext`` (cancel flag, progress reports). The runner
executes tasks one at a time on a single worker thread (the store has one writer anyway) and
delivers success or failure through a queued signal, so widgets are only ever touched on the GUI
thread. A progress indicator appears only when a task takes longer than ``PROGRESS_DELAY_MS``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

PROGRESS_DELAY_MS = 300


class Cancelled(Exception):
    """Raised inside a task that noticed its cancel flag."""


class TaskContext:
    def __init__(self, task: Task, runner: TaskRunner) -> None:
        self._task = task
        self._runner = runner

    @property
    def cancelled(self) -> bool:
        return self._task.cancel_event.is_set()

    def check(self) -> None:
        if self.cancelled:
            raise Cancelled()

    def report(self, done: int, total: int, text: str = "") -> None:
        self._runner.progressed.emit(self._task, done, total, text)


@dataclass(eq=False)
class Task:
    work: Callable[[TaskContext], Any]
    label: str = ""
    on_success: Callable[[Any], None] = lambda result: None
    on_failure: Callable[[BaseException], None] | None = None
    cancellable: bool = True
    cancel_event: threading.Event = field(default_factory=threading.Event)

    def cancel(self) -> None:
        self.cancel_event.set()


class TaskRunner(QObject):
    """Runs tasks on one worker thread; signals arrive on the thread that owns the runner."""

    started = Signal(object)  # Task, after PROGRESS_DELAY_MS if still running
    progressed = Signal(object, int, int, str)  # Task, done, total, text
    finished = Signal(object)  # Task
    _completed = Signal(object, object, object)  # Task, result, error

    def __init__(self, parent: QObject | None = None,
                 on_error: Callable[[BaseException], None] | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="verkosto-work")
        self._pending: set[Task] = set()
        self._on_error = on_error
        self._completed.connect(self._deliver)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def run(self, task: Task) -> Task:
        self._pending.add(task)
        QTimer.singleShot(PROGRESS_DELAY_MS, lambda: self._announce(task))
        future: Future[None] = self._executor.submit(self._execute, task)
        del future
        return task

    def submit(self, work: Callable[[TaskContext], Any], on_success: Callable[[Any], None],
               label: str = "", on_failure: Callable[[BaseException], None] | None = None,
               ) -> Task:
        return self.run(Task(work, label, on_success, on_failure))

    def _announce(self, task: Task) -> None:
        if task in self._pending and task.label:
            self.started.emit(task)

    def _execute(self, task: Task) -> None:  # on the worker thread
        try:
            if task.cancel_event.is_set():
                raise Cancelled()
            result = task.work(TaskContext(task, self))
        except BaseException as error:  # delivered to the GUI thread, never lost
            self._completed.emit(task, None, error)
        else:
            self._completed.emit(task, result, None)

    def _deliver(self, task: Task, result: Any, error: BaseException | None) -> None:
        self._pending.discard(task)
        self.finished.emit(task)
        if task.cancel_event.is_set() or isinstance(error, Cancelled):
            return
        if error is None:
            task.on_success(result)
        elif task.on_failure is not None:
            task.on_failure(error)
        elif self._on_error is not None:
            self._on_error(error)
        else:
            raise error

    def report_error(self, error: BaseException) -> None:
        """Hand an error a task's own handler did not deal with to the window's handler."""
        if self._on_error is None:
            raise error
        self._on_error(error)

    def cancel_all(self) -> None:
        for task in list(self._pending):
            task.cancel()

    def drain(self) -> None:
        """Cancel what waits and block until the running task (if any) has ended."""
        self.cancel_all()
        self._executor.submit(lambda: None).result(timeout=60)

    def shutdown(self) -> None:
        """Cancel what waits, let the running task end, and stop the worker thread."""
        self.cancel_all()
        self._executor.shutdown(wait=True, cancel_futures=True)
