"""A read-only, keyboard-friendly table view with one stretching column."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ui.widgets.table_models import RowTableModel


def make_table(model: RowTableModel, name: str, stretch: int | tuple[int, ...]) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    StretchFloor(view, (stretch,) if isinstance(stretch, int) else stretch)
    return view


READABLE_CHARACTERS = 18  # of a stretching column's text before the table scrolls sideways


class StretchFloor(QObject):
    """The ``columns`` share the room the others leave (equally, as Qt stretches), but none
    gets less than its header's text, nor less than a readable start of its own text (these
    columns hold descriptions and names: "Päät…" tells nothing): with less room (a narrow
    window, a 150 % font) the table scrolls sideways instead of cutting them."""

    def __init__(self, view: QTableView, columns: tuple[int, ...]) -> None:
        super().__init__(view)
        self.view = view
        self.columns = columns
        self._fitting = False
        header = view.horizontalHeader()
        for column in columns:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(self._others_resized)
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self, self.fit)  # after the view has laid its header out
        return False

    def _others_resized(self, section: int, _old: int, _new: int) -> None:
        if section not in self.columns:
            QTimer.singleShot(0, self, self.fit)

    def fit(self) -> None:
        if self._fitting:
            return
        self._fitting = True
        try:
            header = self.view.horizontalHeader()
            columns = [c for c in self.columns
                       if c < header.count() and not header.isSectionHidden(c)]
            if not columns:
                return
            others = sum(header.sectionSize(s) for s in range(header.count())
                         if s not in columns and not header.isSectionHidden(s))
            share = (self.view.viewport().width() - others) // len(columns)
            stretch = QHeaderView.ResizeMode.Stretch
            readable = self.view.fontMetrics().averageCharWidth() * READABLE_CHARACTERS

            def floor(column: int) -> int:
                return max(header.sectionSizeHint(column), readable)

            fits = all(floor(c) <= share for c in columns)
            for column in columns:
                if fits:
                    if header.sectionResizeMode(column) != stretch:
                        header.setSectionResizeMode(column, stretch)
                else:
                    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                    header.resizeSection(column, max(floor(column), share))
        finally:
            self._fitting = False
