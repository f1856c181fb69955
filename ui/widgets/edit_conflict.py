"""Two people, one record (issue 17): a save refused because someone else saved the record
after this editor read it (planner.errors.EditConflict). One dialog for every editor: who
saved it and when, their values beside mine field by field (planner/edit_conflict.py), and a
choice — keep theirs (drop my edits and show what is stored), save mine (knowingly over
theirs) or keep editing (my edits stay; the next Save overwrites, as theirs has been seen).
Agreeing or closing a plan offers only "show their version" and Cancel: nobody agrees a
draft unseen.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Generic, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from planner.edit_conflict import ConflictRow, RecordKind, compare
from planner.errors import EditConflict
from planner.formatting import format_datetime, format_time, local
from ui import i18n
from ui.widgets.table_models import RowTableModel
from ui.widgets.tables import make_table

T = TypeVar("T")


class Choice(StrEnum):
    SAVED = "saved"  # no conflict, or "save mine" went through
    KEEP_THEIRS = "keep_theirs"  # drop my edits, show what is stored
    KEEP_EDITING = "keep_editing"  # my edits stay; the next save expects their revision
    CANCEL = "cancel"  # deciding: nothing done


class ComparisonModel(RowTableModel):
    HEADERS = (QT_TRANSLATE_NOOP("ComparisonModel", "Field"),
               QT_TRANSLATE_NOOP("ComparisonModel", "Saved by them"),
               QT_TRANSLATE_NOOP("ComparisonModel", "Yours"))
    CONTEXT = "ComparisonModel"

    def cell(self, row: ConflictRow, column: int) -> str:
        return (row.label, row.theirs, row.mine)[column]


def _when(moment: datetime, language: str) -> str:
    """14.02 when it was today, else the date too."""
    if local(moment).date() == local(datetime.now(moment.tzinfo)).date():
        return format_time(moment, language)
    return format_datetime(moment, language, weekday=False, compact=True)


class EditConflictDialog(QDialog):
    """``choice`` after ``exec()``; ``deciding`` leaves out "save mine" and "keep editing"."""

    def __init__(self, conflict: EditConflict, mine: Mapping[str, object],
                 parent: QWidget | None = None, *, deciding: bool = False,
                 editable: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("editConflictDialog")
        self.setWindowTitle(self.tr("Saved by someone else"))
        self.conflict = conflict
        self.choice = Choice.CANCEL if deciding else Choice.KEEP_EDITING
        language = i18n.current()
        kind = RecordKind(conflict.kind)
        layout = QVBoxLayout(self)
        self.heading = QLabel(self._heading(kind, language))
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.rows = compare(kind, conflict.theirs, mine, language)
        self.model = ComparisonModel(self)
        self.model.set_rows(self.rows)
        self.table = make_table(self.model, self.tr("Their values and yours"), (1, 2))
        self.table.setWordWrap(True)
        self.table.resizeRowsToContents()
        layout.addWidget(self.table, 1)
        if not self.rows:
            layout.addWidget(QLabel(self.tr("What they saved is the same as yours.")))
        advice = (self.tr("Agree or close only what you have seen: show their version first.")
                  if deciding else self.tr("Nothing of yours was saved yet. Choose which "
                                           "stays."))
        self.advice = QLabel(advice)
        self.advice.setWordWrap(True)
        layout.addWidget(self.advice)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.buttons: dict[Choice, QPushButton] = {}
        shown = ((Choice.KEEP_THEIRS, self.tr("&Show their version")),
                 (Choice.CANCEL, self.tr("Cancel"))) if deciding else (
            (Choice.KEEP_THEIRS, self.tr("Keep &theirs")),
            (Choice.SAVED, self.tr("&Save mine")),
            (Choice.KEEP_EDITING, self.tr("Keep &editing") if editable
             else self.tr("&Close")))
        for choice, caption in shown:
            button = QPushButton(caption)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, c=choice: self._choose(c))
            buttons.addWidget(button)
            self.buttons[choice] = button
        layout.addLayout(buttons)
        # the safe answer is the default: nothing overwritten, nothing lost
        safe = Choice.CANCEL if deciding else Choice.KEEP_EDITING
        self.buttons[safe].setDefault(True)
        self.buttons[safe].setFocus()
        self.resize(640, 360)

    def _heading(self, kind: RecordKind, language: str) -> str:
        """One sentence per kind of record, with the name of who saved it when known."""
        who, at = self.conflict.changed_by, self.conflict.changed_at
        if not who or at is None:
            return {
                RecordKind.PLAN: self.tr("Someone else saved this plan while you were editing "
                                         "it."),
                RecordKind.MEETING: self.tr("Someone else saved this meeting while you were "
                                            "editing it."),
                RecordKind.NOTES: self.tr("Someone else saved this meeting's notes while you "
                                          "were editing them."),
                RecordKind.ACTION: self.tr("Someone else changed this action after you "
                                           "opened it."),
            }[kind]
        return {
            RecordKind.PLAN: self.tr("{0} saved this plan while you were editing it, at {1}."),
            RecordKind.MEETING: self.tr("{0} saved this meeting while you were editing it, "
                                        "at {1}."),
            RecordKind.NOTES: self.tr("{0} saved this meeting's notes while you were editing "
                                      "them, at {1}."),
            RecordKind.ACTION: self.tr("{0} changed this action after you opened it, at {1}."),
        }[kind].format(who, _when(at, language))

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()

    def reject(self) -> None:  # Esc, the window's close button: the safe answer
        self.choice = Choice.CANCEL if Choice.CANCEL in self.buttons else Choice.KEEP_EDITING
        super().reject()


@dataclass(frozen=True)
class Settled(Generic[T]):
    """How a save ended: ``result`` of the save when SAVED; ``revision`` the stored one
    the editor now knows (their revision, after a conflict)."""

    choice: Choice
    result: T | None = None
    revision: int | None = None


Asker = Callable[[EditConflict], Choice]


def ask(parent: QWidget | None, mine: Callable[[], Mapping[str, object]], *,
        deciding: bool = False, editable: bool = True) -> Asker:
    """The question as the editors ask it: the dialog, modal, over ``parent``."""
    def asker(conflict: EditConflict) -> Choice:
        dialog = EditConflictDialog(conflict, mine(), parent, deciding=deciding,
                                    editable=editable)
        dialog.exec()
        choice = dialog.choice
        dialog.deleteLater()
        return choice
    return asker


def save_or_settle(save: Callable[[int | None], T], expected: int | None,
                   asker: Asker) -> Settled[T]:
    """Run ``save`` expecting ``expected``; on a conflict ask, and "save mine" saves again
    expecting the revision just seen (asked again if yet another save came between)."""
    while True:
        try:
            return Settled(Choice.SAVED, save(expected))
        except EditConflict as conflict:
            choice = asker(conflict)
            if choice != Choice.SAVED:
                return Settled(choice, None, conflict.current)
            expected = conflict.current

