"""All open agreed actions across clients: filtered in the store, overdue ones stand out, and an
action is marked done with a completion note right below the list (no pop-up). An action
opens its meeting (Enter, a double-click, the button or the context menu) and its client."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
)

from planner.domain import Agency, Professional
from planner.domain.enums import ActionStatus
from planner.edit_conflict import action_snapshot
from planner.errors import ValidationFailed, VerkostoError
from planner.services import ActionRow, Planner
from planner.services.actions import ClientChoice, DueWindow
from ui.meetings.income_effect_dialog import IncomeEffectDialog, IncomeSubject
from ui.operations import TaskRunner
from ui.shell.page import Page
from ui.widgets.edit_conflict import Choice, ask, save_or_settle
from ui.widgets.forms import FieldForm
from ui.widgets.status import StatusBadge, income_unchecked
from ui.widgets.table_models import ActionTableModel
from ui.widgets.tables import make_table
from ui.widgets.unsaved import Editor, settle

DUE_WINDOWS = (
    (DueWindow.ALL, QT_TRANSLATE_NOOP("ActionsPage", "All")),
    (DueWindow.OVERDUE, QT_TRANSLATE_NOOP("ActionsPage", "Overdue")),
    (DueWindow.NEXT_7_DAYS, QT_TRANSLATE_NOOP("ActionsPage", "Due within 7 days")),
    (DueWindow.NEXT_30_DAYS, QT_TRANSLATE_NOOP("ActionsPage", "Due within 30 days")),
    (DueWindow.NO_DUE_DATE, QT_TRANSLATE_NOOP("ActionsPage", "No due date")),
)


@dataclass(frozen=True)
class ActionFilter:
    """What the user chose above the list; ``None`` means all."""

    professional_id: int | None = None
    agency_id: int | None = None
    client_id: int | None = None
    due: DueWindow = DueWindow.ALL


@dataclass(frozen=True)
class ActionsView:
    """One background read: the filtered open actions and the filters' choices."""

    rows: list[ActionRow]
    agencies: list[Agency]
    people: list[Professional]
    clients: list[ClientChoice]
    unchecked: frozenset[int] = frozenset()  # actions without the income-effect note they need

    @classmethod
    def load(cls, planner: Planner, chosen: ActionFilter) -> ActionsView:
        due = planner.actions.due_range(chosen.due)  # the store clock decides "today"
        rows = planner.actions.list(
            open_only=True, professional_id=chosen.professional_id,
            agency_id=chosen.agency_id, client_id=chosen.client_id, due_from=due.due_from,
            due_until=due.due_until, no_due_date=due.no_due_date)
        return cls(rows, planner.directory.agencies(), planner.directory.professionals(),
                   planner.actions.clients_with_open_actions(),
                   planner.income_effects.unchecked_actions([r.id for r in rows]))


class DonePanel(QFrame):
    """Inline form for marking one action done; an editor in the sense of ui.widgets.unsaved."""

    def __init__(self, save: Callable[[int, str, int | None], object],
                 cancel: Callable[[], None]) -> None:
        super().__init__()
        self._save = save
        self.action_id: int | None = None
        self.row: ActionRow | None = None
        # the revision the list showed when the panel opened (theirs, once compared and
        # kept editing): what Confirm expects (planner/services/revisions.py)
        self.revision: int | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.form = FieldForm()
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("What was done, e.g. the application was sent"))
        self.form.add_field(self.tr("Completion &note:"), "completion_note", self.note)
        self.form.addRow(self.form.general)
        layout.addLayout(self.form)
        row = QHBoxLayout()
        self.confirm = QPushButton(self.tr("&Confirm"))
        self.cancel = QPushButton(self.tr("C&ancel"))
        row.addStretch(1)
        row.addWidget(self.confirm)
        row.addWidget(self.cancel)
        layout.addLayout(row)
        self._cancel = cancel
        self.note.returnPressed.connect(self.confirm.click)
        self.cancel.clicked.connect(cancel)
        self.hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        # Esc from the note (or a button) cancels, as in a dialog.
        if event.key() == Qt.Key.Key_Escape:
            self._cancel()
            return
        super().keyPressEvent(event)

    def start(self, row: ActionRow) -> None:
        self.action_id, self.row, self.revision = row.id, row, row.revision
        self.heading.setText(self.tr("Mark done: {0} ({1})").format(row.description,
                                                                    row.client_name))
        self.note.clear()
        self.form.clear_errors()
        self.show()
        self.note.setFocus()

    def close_panel(self) -> None:
        self.action_id, self.row, self.revision = None, None, None
        self.note.clear()
        self.form.clear_errors()
        self.hide()

    # --- the editor protocol (ui.widgets.unsaved) ------------------------------------------
    def has_unsaved_changes(self) -> bool:
        return self.action_id is not None and bool(self.note.text().strip())

    def save_changes(self) -> bool:
        action_id, row, note = self.action_id, self.row, self.note.text()
        if action_id is None or row is None:
            return True
        mine = action_snapshot(ActionStatus.DONE, note.strip(), row.due_date, row.description,
                               row.responsible)
        try:
            settled = save_or_settle(lambda expected: self._save(action_id, note, expected),
                                     self.revision, ask(self, lambda: mine))
        except ValidationFailed as failure:
            self.form.show_errors(failure)
            return False
        if settled.choice == Choice.KEEP_EDITING:  # the note stays; Confirm goes over theirs
            self.revision = settled.revision
            return False
        self.close_panel()  # saved, or theirs kept: the page's refresh shows what is stored
        return True

    def discard_changes(self) -> None:
        self.close_panel()


class ActionsPage(Page):
    WATCHES = frozenset({"agreed_action", "meeting", "client", "agency", "professional"})
    meeting_requested = Signal(int)  # the meeting an action was agreed in: the window opens it
    client_requested = Signal(int)  # the action's client: the window opens their workspace

    def __init__(self, runner: TaskRunner) -> None:
        super().__init__(runner)
        self._filter = ActionFilter()
        self._people: list[Professional] = []
        self._agency_names: dict[int, str] = {}
        self._keep: tuple[int | None, int] = (None, -1)  # selected action id and row
        layout = QVBoxLayout(self)

        filters = QGridLayout()
        self.person = self._combo(filters, 0, self.tr("&Responsible:"))
        self.agency = self._combo(filters, 1, self.tr("A&gency:"))
        self.client = self._combo(filters, 2, self.tr("C&lient:"))
        self.due = self._combo(filters, 3, self.tr("D&ue:"))
        for window, text in DUE_WINDOWS:
            self.due.addItem(QCoreApplication.translate("ActionsPage", text), window)
        filters.setColumnStretch(1, 1)
        filters.setColumnStretch(3, 1)
        layout.addLayout(filters)

        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Summary"))
        # beside the summary, not among the buttons below: that row sets the window's width
        self.income = QPushButton(self.tr("Income e&ffect…"))
        self.income.setToolTip(self.tr(
            "What the selected action does to each of the client's benefits"))
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary)
        self.income_hint = StatusBadge()  # the selected action's, in words with its sign
        self.income_hint.setAccessibleName(self.tr("Income effect"))
        summary_row.addWidget(self.income_hint, 1)
        summary_row.addWidget(self.income)
        self._unchecked: frozenset[int] = frozenset()
        layout.addLayout(summary_row)
        self.model = ActionTableModel(self)
        self.view = make_table(self.model, self.tr("Open actions"), ActionTableModel.DESCRIPTION)
        self.view.setColumnHidden(ActionTableModel.NOTE, True)  # open ones: nothing done yet
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.activated.connect(lambda _index: self.open_selected_meeting())
        layout.addWidget(self.view, 1)

        buttons = QHBoxLayout()
        self.mark_done = QPushButton(self.tr("Mark &done…"))
        self.in_progress = QPushButton(self.tr("In &progress"))
        self.open_meeting = QPushButton(self.tr("Open m&eeting"))
        self.open_client = QPushButton(self.tr("Open clien&t"))
        self.remind = QPushButton(self.tr("Re&mind responsible persons…"))
        self.remind.setToolTip(self.tr("E-mail other agencies' responsible persons about "
                                       "their own open actions (previewed first)"))
        self.reminder_dialog: QDialog | None = None
        buttons.addWidget(self.mark_done)
        buttons.addWidget(self.in_progress)
        buttons.addWidget(self.remind)
        buttons.addStretch(1)
        buttons.addWidget(self.open_meeting)
        buttons.addWidget(self.open_client)
        layout.addLayout(buttons)
        self.done_panel = DonePanel(self._save_done, self.cancel_done)
        layout.addWidget(self.done_panel)
        self.done_panel.confirm.clicked.connect(self.confirm_done)

        for combo in (self.person, self.client, self.due):
            combo.currentIndexChanged.connect(lambda _i: self._filters_changed())
        self.agency.currentIndexChanged.connect(lambda _i: self._agency_changed())
        self.view.selectionModel().currentRowChanged.connect(
            lambda _now, _before: self._update_buttons())
        self.mark_done.clicked.connect(self.open_done_panel)
        self.in_progress.clicked.connect(self.set_in_progress)
        self.open_meeting.clicked.connect(self.open_selected_meeting)
        self.open_client.clicked.connect(self.open_selected_client)
        self.remind.clicked.connect(self.open_reminders)
        self.income.clicked.connect(self.open_income_effect)
        self._update_buttons()

    def _combo(self, grid: QGridLayout, position: int, caption: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(caption.replace("&", "").rstrip(":"))
        combo.setMinimumContentsLength(18)
        combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        label = QLabel(caption)
        label.setBuddy(combo)
        row, column = divmod(position, 2)
        grid.addWidget(label, row, column * 2)
        grid.addWidget(combo, row, column * 2 + 1)
        return combo

    # --- filters ---------------------------------------------------------------------------------
    def current_filter(self) -> ActionFilter:
        return ActionFilter(self.person.currentData(), self.agency.currentData(),
                            self.client.currentData(), self.due.currentData() or DueWindow.ALL)

    def choose(self, combo: QComboBox, value: Any) -> None:
        """Pick the entry whose value is ``value`` (tests and keyboard users alike)."""
        combo.setCurrentIndex(max(combo.findData(value), 0))

    def _filters_changed(self) -> None:
        if self.current_filter() != self._filter:
            self.refresh()

    def _agency_changed(self) -> None:
        self._fill_people()  # only the chosen agency's people
        self._filters_changed()

    def _fill(self, combo: QComboBox, items: Sequence[tuple[str, int | None]]) -> None:
        """Replace the entries but keep the choice; a chosen value that is no longer offered
        (a client whose last action was just done) stays, so the list matches the filter."""
        kept_text, kept = combo.currentText(), combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All"), None)
        for text, value in items:
            combo.addItem(text, value)
        if kept is not None and combo.findData(kept) < 0:
            combo.addItem(kept_text, kept)
        combo.setCurrentIndex(max(combo.findData(kept), 0))
        combo.blockSignals(False)

    def _fill_people(self) -> None:
        agency_id = self.agency.currentData()
        people = [p for p in self._people if agency_id is None or p.agency_id == agency_id]
        if agency_id is not None and self.person.currentData() not in {p.id for p in people}:
            self.person.blockSignals(True)
            self.person.setCurrentIndex(0)
            self.person.blockSignals(False)
        self._fill(self.person, [(f"{p.name} ({self._agency_names.get(p.agency_id, '')})",
                                  p.id) for p in people])

    # --- loading ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        chosen = self._filter = self.current_filter()
        selected = self.selected_action()
        self._keep = (selected.id if selected else None, self.view.currentIndex().row())
        self.load(lambda planner: ActionsView.load(planner, chosen), self._show,
                  self.tr("Loading actions…"))

    def _show(self, loaded: ActionsView) -> None:
        self._agency_names = {a.id or 0: a.name for a in loaded.agencies}
        self._fill(self.agency, [(f"{a.name}, {a.unit}" if a.unit else a.name, a.id)
                                 for a in loaded.agencies])
        self._people = loaded.people
        self._fill_people()
        self._fill(self.client, [(c.name, c.id) for c in loaded.clients])
        self.model.set_rows(loaded.rows)
        self._unchecked = loaded.unchecked
        overdue = sum(r.overdue for r in loaded.rows)
        self.summary.setText(self.tr("{0} open, {1} overdue").format(len(loaded.rows), overdue))
        self._restore_selection()
        self._update_buttons()

    def _restore_selection(self) -> None:
        """The same action if it is still listed, else the one now in its place."""
        kept_id, kept_row = self._keep
        if kept_id is None or not self.model.rowCount():
            return
        row = next((i for i in range(self.model.rowCount())
                    if self.model.row_at(i).id == kept_id),
                   min(kept_row, self.model.rowCount() - 1))
        self.view.setCurrentIndex(self.model.index(max(row, 0), 0))

    def selected_action(self) -> ActionRow | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select_action(self, action_id: int) -> None:
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).id == action_id:
                self.view.setCurrentIndex(self.model.index(row, 0))
                return

    def show_action(self, action_id: int) -> None:
        """Show every open action and select ``action_id`` once they are read (the home
        view's "open this action")."""
        for combo in (self.person, self.agency, self.client, self.due):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)  # "All" everywhere: the action is never filtered away
            combo.blockSignals(False)
        self._keep = (action_id, 0)
        chosen = self._filter = self.current_filter()
        self.load(lambda planner: ActionsView.load(planner, chosen), self._show,
                  self.tr("Loading actions…"))
        self.view.setFocus()

    def _update_buttons(self) -> None:
        action = self.selected_action()
        self.mark_done.setEnabled(action is not None)
        self.in_progress.setEnabled(action is not None
                                    and action.status != ActionStatus.IN_PROGRESS)
        self.open_meeting.setEnabled(action is not None and action.meeting_id is not None)
        self.open_client.setEnabled(action is not None)
        self.income.setEnabled(action is not None)
        if action is not None and action.id in self._unchecked:
            self.income_hint.show_status(income_unchecked())
        else:
            self.income_hint.clear()

    # --- where an action came from --------------------------------------------------------
    def open_selected_meeting(self) -> None:
        """Its meeting; an action recorded without one opens its client instead."""
        action = self.selected_action()
        if action is None:
            return
        if action.meeting_id is not None:
            self.meeting_requested.emit(action.meeting_id)
        else:
            self.client_requested.emit(action.client_id)

    def open_selected_client(self) -> None:
        action = self.selected_action()
        if action is not None:
            self.client_requested.emit(action.client_id)

    def open_income_effect(self) -> IncomeEffectDialog | None:
        """The selected action's income-effect notes (tulovaikutus), and a form for one."""
        action = self.selected_action()
        if action is None or self.planner is None:
            return None
        dialog = IncomeEffectDialog(self.planner, IncomeSubject(
            action.client_id, action.description, action_id=action.id), self)
        dialog.finished.connect(lambda _result: self.refresh() if dialog.changed else None)
        dialog.open()
        return dialog

    def _context_menu(self, at: QPoint) -> None:
        index = self.view.indexAt(at)
        if not index.isValid():
            return
        self.view.setCurrentIndex(index)
        menu = self.action_menu()
        menu.popup(self.view.viewport().mapToGlobal(at))

    def action_menu(self) -> QMenu:
        """The selected action's context menu: its meeting, its client, marking it done."""
        menu = QMenu(self)
        meeting = menu.addAction(self.tr("Open the meeting"), self.open_selected_meeting)
        action = self.selected_action()
        meeting.setEnabled(action is not None and action.meeting_id is not None)
        menu.addAction(self.tr("Open the client"), self.open_selected_client)
        menu.addSeparator()
        menu.addAction(self.tr("Mark done…"), self.open_done_panel)
        menu.addAction(self.tr("Income effect…"), self.open_income_effect)
        return menu

    # --- changing an action's status ------------------------------------------------------------
    def open_done_panel(self) -> None:
        action = self.selected_action()
        if action is not None and self.planner is not None:
            self.done_panel.start(action)

    def _save_done(self, action_id: int, note: str, expected: int | None) -> None:
        """A single quick write, so on the GUI thread: its errors go beside the note."""
        if self.planner is None:
            return
        self.planner.actions.set_status(action_id, ActionStatus.DONE, note,
                                        expected_revision=expected)

    def confirm_done(self) -> None:
        try:
            saved = self.done_panel.save_changes()
        except VerkostoError as error:
            self.runner.report_error(error)
            return
        if saved:
            self.refresh()
            self.view.setFocus()

    def cancel_done(self) -> None:
        if settle(self, self.done_panel, self.tr("The completion note")):
            self.done_panel.close_panel()
            self.view.setFocus()

    def set_in_progress(self) -> None:
        action = self.selected_action()
        if action is None or self.planner is None:
            return
        planner = self.planner
        mine = action_snapshot(ActionStatus.IN_PROGRESS, action.completion_note,
                               action.due_date, action.description, action.responsible)
        try:  # a colleague's change since the list was read is compared, not overwritten
            save_or_settle(lambda expected: planner.actions.set_status(
                action.id, ActionStatus.IN_PROGRESS, expected_revision=expected),
                action.revision, ask(self, lambda: mine, editable=False))
        except VerkostoError as error:
            self.runner.report_error(error)
            return
        self.refresh()

    def open_reminders(self) -> QDialog | None:
        """The reminder e-mails' preview (loaded when first asked for: it imports the mail
        exporter, which the page itself never does)."""
        from ui.actions.reminders import ReminderDialog

        if self.planner is None:
            return None
        dialog = ReminderDialog(self.runner, self.planner, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _o=None: setattr(self, "reminder_dialog", None))
        self.reminder_dialog = dialog
        dialog.open()
        return dialog

    def refresh_would_lose_edits(self) -> bool:
        return self.done_panel.has_unsaved_changes()  # its own save refreshes the page

    def unsaved_editors(self) -> list[tuple[Editor, str]]:
        if self.done_panel.has_unsaved_changes():
            return [(self.done_panel, self.tr("The completion note"))]
        return []

    def clear(self) -> None:
        if self.reminder_dialog is not None:  # the window locks: no client data stays
            self.reminder_dialog.clear()  # type: ignore[attr-defined]
            self.reminder_dialog = None
        self.done_panel.close_panel()
        self._people = []
        self._agency_names = {}
        self._keep = (None, -1)
        for combo in (self.person, self.agency, self.client):
            combo.blockSignals(True)
            combo.clear()
            combo.blockSignals(False)
        self._filter = self.current_filter()
        self.model.set_rows([])
        self.summary.clear()
        self._update_buttons()
