"""A read-only, keyboard-friendly table view with one stretching column."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ui.widgets.table_models import RowTableModel


def make_table(model: RowTableModel, name: str, stretch: int) -> QTableView:
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
    StretchFloor(view, stretch)
    return view


class StretchFloor(QObject):
    """The ``column`` takes the room the others leave, but never less than its header's text:
    with less room (a narrow window, a 150 % font) the table scrolls sideways instead of
    cutting the header ("Toimenp")."""

    def __init__(self, view: QTableView, column: int) -> None:
        super().__init__(view)
        self.view = view
        self.column = column
        self._fitting = False
        header = view.horizontalHeader()
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(self._others_resized)
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self, self.fit)  # after the view has laid its header out
        return False

    def _others_resized(self, section: int, _old: int, _new: int) -> None:
        if section != self.column:
            QTimer.singleShot(0, self, self.fit)

    def fit(self) -> None:
        if self._fitting:
            return
        self._fitting = True
        try:
            header = self.view.horizontalHeader()
            if self.column >= header.count():
                return
            others = sum(header.sectionSize(s) for s in range(header.count())
                         if s != self.column and not header.isSectionHidden(s))
            needed = header.sectionSizeHint(self.column)
            room = self.view.viewport().width() - others
            stretch = QHeaderView.ResizeMode.Stretch
            if room >= needed:
                if header.sectionResizeMode(self.column) != stretch:
                    header.setSectionResizeMode(self.column, stretch)
            else:
                header.setSectionResizeMode(self.column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(self.column, needed)
        finally:
            self._fitting = False
