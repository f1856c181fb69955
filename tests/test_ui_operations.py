"""Background tasks: results on the GUI thread, failures delivered, cancel, delayed progress."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui.operations import PROGRESS_DELAY_MS, Task, TaskContext, TaskRunner
from ui.widgets.progress import TaskProgress


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()
    assert not [t for t in threading.enumerate() if t.name.startswith("verkosto-work")]


def test_work_runs_off_the_gui_thread_and_results_come_back_on_it(
        runner: TaskRunner, qtbot: QtBot) -> None:
    seen: dict[str, object] = {}

    def work(ctx: TaskContext) -> int:
        seen["worker"] = threading.current_thread().name
        return 42

    def done(result: int) -> None:
        seen["result"] = result
        seen["gui"] = QThread.currentThread() is QApplication.instance().thread()

    runner.submit(work, done)
    qtbot.waitUntil(lambda: "result" in seen, timeout=3000)
    assert seen == {"worker": seen["worker"], "result": 42, "gui": True}
    assert str(seen["worker"]).startswith("verkosto-work")


def test_failures_reach_the_failure_callback(runner: TaskRunner, qtbot: QtBot) -> None:
    errors: list[BaseException] = []
    runner.submit(lambda ctx: 1 / 0, lambda r: None, on_failure=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=3000)
    assert isinstance(errors[0], ZeroDivisionError)


def test_tasks_run_one_at_a_time_in_order(runner: TaskRunner, qtbot: QtBot) -> None:
    order: list[int] = []
    for number in range(5):
        runner.submit(lambda ctx, n=number: (time.sleep(0.01), n)[1], order.append)
    qtbot.waitUntil(lambda: len(order) == 5, timeout=3000)
    assert order == [0, 1, 2, 3, 4]


def test_progress_shows_after_the_delay_and_cancel_stops_the_task(
        runner: TaskRunner, qtbot: QtBot) -> None:
    progress = TaskProgress(runner)
    qtbot.addWidget(progress)
    results: list[object] = []
    steps: list[int] = []

    def slow(ctx: TaskContext) -> str:
        for step in range(200):
            ctx.check()
            ctx.report(step, 200, f"Step {step}")
            steps.append(step)
            time.sleep(0.01)
        return "finished"

    task = runner.run(Task(slow, "Working", results.append))
    assert not progress.isVisibleTo(progress.parentWidget() or progress)
    qtbot.waitUntil(lambda: progress.isVisible() or not progress.isHidden(),
                    timeout=PROGRESS_DELAY_MS + 2000)
    assert progress.label.text().startswith(("Working", "Step"))
    progress.cancel.click()
    assert task.cancel_event.is_set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=3000)
    assert results == []  # a cancelled task's result is never delivered
    assert len(steps) < 200
    assert progress.isHidden()


def test_quick_tasks_never_flash_a_progress_indicator(runner: TaskRunner, qtbot: QtBot) -> None:
    shown: list[Task] = []
    runner.started.connect(shown.append)
    done: list[int] = []
    runner.run(Task(lambda ctx: 1, "Quick", done.append))
    qtbot.waitUntil(lambda: bool(done), timeout=3000)
    qtbot.wait(PROGRESS_DELAY_MS + 100)
    assert shown == []
