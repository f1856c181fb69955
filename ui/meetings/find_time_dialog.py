"""Find a time: free slots for the meeting's participants, best first, each explained.

Busy times come from the store's meetings and from .ics files the participants sent (their
calendar export or a free/busy reply), imported per participant. Choosing a slot hands its
start back to the meeting editor; nothing is saved here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.domain import Participant
from planner.domain.enums import ParticipantKind
from planner.errors import ValidationFailed, VerkostoError
from planner.scheduling import BusyInterval, Slot, SlotRequest, client_key, professional_key
from planner.services import Planner
from ui import i18n
from ui.formatting import TZ, date_edit_format, span_text
from ui.operations import TaskRunner
from ui.widgets.colours import error_style
from ui.widgets.forms import FieldForm
from ui.widgets.holiday_calendar import with_holidays
from ui.widgets.sizing import floor_size
from ui.widgets.table_models import RowTableModel
from ui.widgets.tables import make_table

DEFAULT_WINDOW_DAYS = 14


def participant_key(participant: Participant, client_id: int) -> str:
    """The key find-a-time knows a participant by (store meetings are found for these)."""
    if participant.kind == ParticipantKind.PROFESSIONAL and participant.professional_id:
        return professional_key(participant.professional_id)
    if participant.kind == ParticipantKind.CLIENT:
        return client_key(client_id)
    return f"participant:{participant.id}"


@dataclass(frozen=True)
class Person:
    key: str
    name: str
    required: bool


class SlotTableModel(RowTableModel):
    # who cannot come matters most: before the (long) list of those who can
    HEADERS = (QT_TRANSLATE_NOOP("SlotTableModel", "Time"),
               QT_TRANSLATE_NOOP("SlotTableModel", "Not free"),
               QT_TRANSLATE_NOOP("SlotTableModel", "Free"))
    CONTEXT = "SlotTableModel"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names: dict[str, str] = {}

    def explain(self, slot: Slot) -> str:
        """Who cannot come: required ones are named as such."""
        required = [self.names.get(k, k) for k in slot.busy_required]
        optional = [self.names.get(k, k) for k in slot.busy_optional]
        parts = []
        if required:
            parts.append(QCoreApplication.translate("SlotTableModel", "required: {0}")
                         .format(", ".join(required)))
        if optional:
            parts.append(QCoreApplication.translate("SlotTableModel", "optional: {0}")
                         .format(", ".join(optional)))
        return "; ".join(parts) or QCoreApplication.translate("SlotTableModel",
                                                               "everyone is free")

    def cell(self, row: Slot, column: int) -> str:
        if column == 0:
            return span_text(row.start, row.end)
        if column == 1:
            return self.explain(row)
        return ", ".join(self.names.get(k, k) for k in row.free)


class FindTimeDialog(QDialog):
    """``chosen`` holds the picked slot's start after Accept."""

    def __init__(self, runner: TaskRunner, planner: Planner, *, people: list[Person],
                 minutes: int, first_day: date, meeting_id: int | None,
                 client_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.planner: Planner | None = planner
        self.meeting_id, self.client_id = meeting_id, client_id
        self.people = people
        self.busy: dict[str, list[BusyInterval]] = {p.key: [] for p in people}
        self.chosen: datetime | None = None
        self.setWindowTitle(self.tr("Find a time"))
        floor_size(self, 720, 560)
        layout = QVBoxLayout(self)
        self.form = FieldForm()
        self.first_day = QDateEdit(QDate(first_day.year, first_day.month, first_day.day))
        self.last_day = QDateEdit(self.first_day.date().addDays(DEFAULT_WINDOW_DAYS))
        for edit in (self.first_day, self.last_day):
            edit.setDisplayFormat(date_edit_format())
            with_holidays(edit)  # holidays and weekends marked in the popup
        self.form.add_field(self.tr("&From:"), "first_day", self.first_day)
        self.form.add_field(self.tr("U&ntil:"), "last_day", self.last_day)
        self.minutes = QSpinBox()
        self.minutes.setRange(15, 8 * 60)
        self.minutes.setSingleStep(15)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(minutes)
        self.form.add_field(self.tr("&Duration:"), "duration", self.minutes)
        self.participants = QListWidget()
        for person in people:
            item = QListWidgetItem(person.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if person.required
                               else Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, person.key)
            self.participants.addItem(item)
        self.participants.setMaximumHeight(110)
        self.form.add_field(self.tr("&Required (ticked) and optional participants:"),
                            "participants", self.participants)
        self.import_busy = QPushButton(self.tr("&Import busy times (.ics)…"))
        self.import_busy.setAutoDefault(False)
        self.import_busy.clicked.connect(self._choose_busy_file)
        self.imported = QLabel()
        self.imported.setWordWrap(True)
        self.form.add_field(self.tr("Busy times of the selected participant:"), "ics_file",
                            _row(self.import_busy, self.imported))
        self.import_busy.setAccessibleName(self.tr("Import busy times"))
        layout.addLayout(self.form)
        self.search = QPushButton(self.tr("&Search"))
        self.search.setAutoDefault(False)
        self.search.clicked.connect(self.find)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(_row(self.search, self.status))
        self.model = SlotTableModel(self)
        self.model.names = {p.key: p.name for p in people}
        self.table = make_table(self.model, self.tr("Free times"), 2)
        self.table.doubleClicked.connect(lambda _i: self.accept())
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox()
        self.use = buttons.addButton(self.tr("&Use this time"),
                                     QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("&Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.use.setEnabled(False)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_a: self.use.setEnabled(self.selected() is not None))
        self.participants.currentItemChanged.connect(lambda *_a: self._show_imported())

    # --- inputs ----------------------------------------------------------------------------
    def required_and_optional(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        required, optional = [], []
        for row in range(self.participants.count()):
            item = self.participants.item(row)
            key = str(item.data(Qt.ItemDataRole.UserRole))
            (required if item.checkState() == Qt.CheckState.Checked else optional).append(key)
        return tuple(required), tuple(optional)

    def _window(self) -> tuple[datetime, datetime]:
        first: date = self.first_day.date().toPython()  # type: ignore[assignment]
        last: date = self.last_day.date().toPython()  # type: ignore[assignment]
        return (datetime.combine(first, datetime.min.time(), TZ),
                datetime.combine(last + timedelta(days=1), datetime.min.time(), TZ))

    def _choose_busy_file(self) -> None:
        item = self.participants.currentItem()
        if item is None:
            self.participants.setCurrentRow(0)
            item = self.participants.currentItem()
        if item is None:
            return
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Busy times of {0}").format(item.text()), "",
            self.tr("Calendar files (*.ics *.ifb);;All files (*)"))
        if name:
            self.import_file(str(item.data(Qt.ItemDataRole.UserRole)), Path(name))

    def import_file(self, key: str, path: Path) -> None:
        """Read ``path`` off the GUI thread as ``key``'s busy times (replacing earlier ones)."""
        since, until = self._window()
        self.form.clear_errors()

        def read(_ctx: object) -> list[BusyInterval]:
            from exports.ical.busy_import import MAX_BYTES, read_busy_times  # loaded when used
            from planner.input_files import read_input

            return read_busy_times(read_input(path, MAX_BYTES), key, since, until)

        def done(found: list[BusyInterval]) -> None:
            self.busy[key] = found
            self._show_imported()

        self.runner.submit(read, done, self.tr("Reading busy times…"),
                           on_failure=self._failed)

    def _show_imported(self) -> None:
        item = self.participants.currentItem()
        if item is None:
            self.imported.clear()
            return
        count = len(self.busy.get(str(item.data(Qt.ItemDataRole.UserRole)), []))
        self.imported.setText(self.tr("{0} busy times imported").format(count) if count
                              else self.tr("none imported"))

    # --- searching -------------------------------------------------------------------------
    def find(self) -> None:
        planner = self.planner
        if planner is None:
            return
        required, optional = self.required_and_optional()
        first: date = self.first_day.date().toPython()  # type: ignore[assignment]
        last: date = self.last_day.date().toPython()  # type: ignore[assignment]
        duration = timedelta(minutes=self.minutes.value())
        extra = [b for intervals in self.busy.values() for b in intervals]
        meeting_id, client_id = self.meeting_id, self.client_id
        self.form.clear_errors()
        self.status.setText(self.tr("Searching…"))

        def search(_ctx: object) -> list[Slot]:
            buffer = planner.scheduling.settings().buffer_minutes  # a read: off the GUI thread
            request = SlotRequest(duration, first, last, required, optional,
                                  buffer_minutes=buffer)
            return planner.scheduling.find_time(request, extra, exclude_meeting_id=meeting_id,
                                                client_id=client_id)

        self.runner.submit(search, self._show_slots, self.tr("Finding free times…"),
                           on_failure=self._failed)

    def _show_slots(self, slots: list[Slot]) -> None:
        self.model.set_rows(slots)
        everyone = sum(1 for s in slots if s.all_required_free)
        self.status.setText(self.tr("{0} times shown; all required participants are free at "
                                    "{1} of them.").format(len(slots), everyone)
                            if slots else self.tr("No working-hour times in this window."))
        if slots:
            self.table.selectRow(0)
            self.table.setFocus()

    def _failed(self, error: BaseException) -> None:
        self.status.clear()
        if isinstance(error, ValidationFailed):
            self.form.show_errors(error)
        elif isinstance(error, VerkostoError):
            self.status.setText(error.message(i18n.current()))
            self.status.setStyleSheet(error_style())
        elif isinstance(error, OSError):
            self.status.setText(self.tr("The file could not be read: {0}").format(
                error.strerror or error))
            self.status.setStyleSheet(error_style())
        else:
            self.runner.report_error(error)

    def selected(self) -> Slot | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def accept(self) -> None:
        slot = self.selected()
        if slot is None:
            return
        self.chosen = slot.start
        super().accept()

    def done(self, result: int) -> None:
        self.planner = None  # the dialog keeps nothing of the store after closing
        super().done(result)


def _row(*widgets: QWidget) -> QWidget:
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    box.setFocusProxy(widgets[0])
    return box
