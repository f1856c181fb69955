"""The client's Log tab: their log as sentences, newest first, filtered by kind of event, by
day and by who; and the printed extract (lokiote) for the client's own information request,
for the period chosen here, in the language chosen here (exports/pdf/audit_extract.py)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.audit_filter import EventKind, LogFilter, users
from planner.domain import AuditEntry
from planner.services import Planner
from ui import i18n
from ui.clients.models import AuditTableModel
from ui.formatting import date_edit_format
from ui.operations import TaskRunner
from ui.widgets.colours import error_style
from ui.widgets.holiday_calendar import with_holidays
from ui.widgets.replace_question import confirmed_by_dialog, settle_write_failure
from ui.widgets.tables import make_table

LANGUAGE_NAMES = {"fi": "suomi", "sv": "svenska", "en": "English"}
# A date field at its minimum means "no limit" (shown as its special text, not as a date).
NO_LIMIT = QDate(2000, 1, 1)


class DayLimit(QDateEdit):
    """A day, or at its minimum no limit (shown as its special text). Showing that text it has
    no sections to step through, and Qt's date field would then keep Tab for ever."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802 (Qt's names)
        if self.date() == self.minimumDate():
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)


def _day(edit: QDateEdit) -> date | None:
    value = edit.date()
    return None if value == edit.minimumDate() else date(value.year(), value.month(),
                                                         value.day())


class LogTab(QWidget):
    def __init__(self, runner: TaskRunner, export_folder: Callable[[], str]) -> None:
        super().__init__()
        self.runner = runner
        self.export_folder = export_folder
        self.planner: Planner | None = None
        self.client_id: int | None = None
        self.entries: list[AuditEntry] = []
        column = QVBoxLayout(self)
        column.addLayout(self._filters())
        # Reading order, row by row (set once the fields are in this window)
        QWidget.setTabOrder(self.kind, self.who)
        QWidget.setTabOrder(self.who, self.since)
        QWidget.setTabOrder(self.since, self.until)
        self.log = AuditTableModel(self)
        self.view = make_table(self.log, self.tr("Log"), AuditTableModel.WHAT)
        column.addWidget(self.view)
        self.shown = QLabel()
        column.addWidget(self.shown)
        column.addLayout(self._extract_row())
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setAccessibleName(self.tr("Log extract status"))
        self.result.hide()
        column.addWidget(self.result)

    def _filters(self) -> QGridLayout:
        """Two rows (what and who; the period), so the tab stays narrow enough for a small
        window."""
        row = QGridLayout()
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All events"), "")
        for kind, name in ((EventKind.VIEWED, self.tr("Viewed")),
                           (EventKind.CHANGED, self.tr("Changed")),
                           (EventKind.RELEASED, self.tr("Exported or disclosed"))):
            self.kind.addItem(name, str(kind))
        self.since, self.until = DayLimit(), DayLimit()
        for edit in (self.since, self.until):
            with_holidays(edit)  # holidays and weekends marked in the popup
            edit.setDisplayFormat(date_edit_format())
            edit.setMinimumDate(NO_LIMIT)
            edit.setSpecialValueText(self.tr("no limit"))
            edit.setDate(NO_LIMIT)
            edit.dateChanged.connect(self._refilter)
        self.who = QComboBox()
        self.who.addItem(self.tr("Everyone"), "")
        self.kind.currentIndexChanged.connect(self._refilter)
        self.who.currentIndexChanged.connect(self._refilter)
        for place, caption, widget in (((0, 0), self.tr("&Show:"), self.kind),
                                       ((1, 0), self.tr("&From:"), self.since),
                                       ((1, 2), self.tr("U&ntil:"), self.until),
                                       ((0, 2), self.tr("W&ho:"), self.who)):
            label = QLabel(caption)
            label.setBuddy(widget)
            row.addWidget(label, *place)
            row.addWidget(widget, place[0], place[1] + 1)
        self.kind.setAccessibleName(self.tr("Kind of event"))
        self.since.setAccessibleName(self.tr("From day"))
        self.until.setAccessibleName(self.tr("To day"))
        self.who.setAccessibleName(self.tr("Who"))
        row.setColumnStretch(4, 1)
        return row

    def _extract_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(list(LANGUAGE_NAMES).index(i18n.current()))
        self.language.setAccessibleName(self.tr("Language of the extract"))
        self.extract = QPushButton(self.tr("Print e&xtract…"))
        self.extract.setAutoDefault(False)
        self.extract.setToolTip(self.tr(
            "A PDF for the client's own information request: every entry of the period chosen "
            "above (whatever is shown), newest first. Giving it is logged."))
        self.extract.clicked.connect(self.choose_file)
        row.addWidget(QLabel(self.tr("For the client:")))
        row.addWidget(self.language)
        row.addWidget(self.extract)
        row.addStretch(1)
        return row

    # --- showing -----------------------------------------------------------------------
    def show_log(self, planner: Planner, client_id: int, entries: list[AuditEntry],
                 client_language: str | None = None) -> None:
        new_client = client_id != self.client_id
        self.planner, self.client_id, self.entries = planner, client_id, entries
        if new_client:  # another client's log starts unfiltered, in their language
            self.result.hide()
            for widget in (self.kind, self.since, self.until):
                widget.blockSignals(True)
            self.kind.setCurrentIndex(0)
            self.since.setDate(NO_LIMIT)
            self.until.setDate(NO_LIMIT)
            for widget in (self.kind, self.since, self.until):
                widget.blockSignals(False)
            if client_language in LANGUAGE_NAMES:  # the client reads their own language
                self.language.setCurrentIndex(list(LANGUAGE_NAMES).index(client_language))
        chosen = self.who.currentData() if not new_client else ""
        self.who.blockSignals(True)
        self.who.clear()
        self.who.addItem(self.tr("Everyone"), "")
        for name in users(entries):
            self.who.addItem(name, name)
        self.who.setCurrentIndex(max(0, self.who.findData(chosen)))
        self.who.blockSignals(False)
        self._refilter()

    def current_filter(self) -> LogFilter:
        kind = str(self.kind.currentData() or "")
        return LogFilter(frozenset({EventKind(kind)}) if kind else frozenset(),
                         _day(self.since), _day(self.until), str(self.who.currentData() or ""))

    def _refilter(self) -> None:
        shown = self.current_filter().apply(self.entries)
        self.log.set_rows(shown)
        self.shown.setText(self.tr("Showing {0} of {1} entries").format(len(shown),
                                                                        len(self.entries)))

    def clear(self) -> None:
        self.planner, self.client_id, self.entries = None, None, []
        self.log.set_rows([])
        self.shown.clear()
        self.show_result("")

    # --- the extract -------------------------------------------------------------------
    def choose_file(self) -> None:
        if self.planner is None or self.client_id is None:
            return
        name = self.tr("log-extract-{0}-{1}.pdf").format(date.today().isoformat(),
                                                          self.client_id)
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the log extract"), str(Path(self.export_folder()) / name),
            self.tr("PDF files (*.pdf)"))
        if chosen:
            self.write(Path(chosen), force=confirmed_by_dialog(chosen, Path(chosen)))

    def write(self, path: Path, force: bool = False) -> None:
        """Make and save the extract; ``force`` only when the user agreed to replace ``path``
        (else they are asked when it exists)."""
        from exports.pdf.audit_extract import WrittenExtract, write_audit_extract_pdf

        planner, client_id = self.planner, self.client_id
        if planner is None or client_id is None:
            return
        language, period = str(self.language.currentData()), self.current_filter()

        def done(written: WrittenExtract) -> None:
            self.extract.setEnabled(True)
            self.show_result(self.tr("Log extract saved: {0} ({1} entries)").format(
                written.path, written.entries))

        def failed(error: BaseException) -> None:
            self.extract.setEnabled(True)
            settle_write_failure(
                self, error, forced=force, retry=lambda: self.write(path, force=True),
                show=lambda text: self.show_result(text, True), report=self.runner.report_error)

        self.extract.setEnabled(False)
        self.runner.submit(lambda ctx: write_audit_extract_pdf(
            planner, client_id, path, language=language, since=period.since,
            until=period.until, force=force), done, self.tr("Making the log extract…"),
            on_failure=failed)

    def show_result(self, text: str, error: bool = False) -> None:
        self.result.setText(text)
        self.result.setStyleSheet(error_style() if error else "")
        self.result.setVisible(bool(text))
