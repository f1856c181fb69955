"""What every page of the main window has: the open store's services and the task runner."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from planner.services import Planner
from ui.operations import TaskRunner


class Page(QWidget):
    """A page shows client data only while attached; ``detach`` must forget all of it."""

    def __init__(self, runner: TaskRunner) -> None:
        super().__init__()
        self.runner = runner
        self.planner: Planner | None = None

    def attach(self, planner: Planner) -> None:
        self.planner = planner
        self.refresh()

    def detach(self) -> None:
        self.planner = None
        self.clear()

    def refresh(self) -> None:
        """Reload from the store (off the GUI thread)."""

    def clear(self) -> None:
        """Drop every piece of client data the page holds."""
