"""Settings → Meeting types (tapaamistyypit): the built-in types (read only) and one's own —
copied from any type, new, edited, deleted — and one's own exported to or imported from the
JSON file a team shares (planner/meeting_types/exchange.py, all of it or nothing)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.errors import MeetingTypeFileInvalid, OutputExists
from planner.meeting_types import MeetingType
from planner.messages import label
from planner.services import Planner
from ui import i18n
from ui.operations import TaskRunner
from ui.preferences import export_folder
from ui.settings.meeting_type_dialog import NEW_TYPE, MeetingTypeDialog
from ui.widgets.colours import error_style
from ui.widgets.replace_question import (
    MAX_LISTED,
    confirm_replace,
    confirmed_by_dialog,
    write_failure_text,
)
from ui.widgets.table_models import ID_ROLE, Index, RowTableModel
from ui.widgets.tables import make_table
from ui.widgets.unsaved import Editor


class MeetingTypeTableModel(RowTableModel):
    NAME, CODE, LENGTH, MODE, KIND = range(5)
    HEADERS = (QT_TRANSLATE_NOOP("MeetingTypeTableModel", "Name"),
               QT_TRANSLATE_NOOP("MeetingTypeTableModel", "Code"),
               QT_TRANSLATE_NOOP("MeetingTypeTableModel", "Length"),
               QT_TRANSLATE_NOOP("MeetingTypeTableModel", "Mode"),
               QT_TRANSLATE_NOOP("MeetingTypeTableModel", "Kind"))
    CONTEXT = "MeetingTypeTableModel"

    def cell(self, row: MeetingType, column: int) -> str:
        language = i18n.current()
        if column == self.NAME:
            return row.name(language)
        if column == self.CODE:
            return row.code
        if column == self.LENGTH:
            return QCoreApplication.translate("MeetingTypeTableModel", "{0} min").format(
                row.duration_minutes)
        if column == self.MODE:
            return label("meeting_mode", row.mode, language)
        if row.built_in:
            return QCoreApplication.translate("MeetingTypeTableModel", "built in, read only")
        return QCoreApplication.translate("MeetingTypeTableModel", "own")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == ID_ROLE and index.isValid():
            return self.row_at(index.row()).code  # no id: a type is named by its code
        return super().data(index, role)


class FileProblems(QDialog):
    """A refused file's problems, one a line, to read (and copy) at leisure."""

    def __init__(self, error: MeetingTypeFileInvalid, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingTypeFileProblems")
        self.setWindowTitle(self.tr("The file was not imported"))
        layout = QVBoxLayout(self)
        headline = QLabel(self.tr("{0} was not imported: it has the problems below. Nothing "
                                  "from it was saved.").format(error.path))
        headline.setWordWrap(True)
        layout.addWidget(headline)
        self.problems = QPlainTextEdit("\n".join(error.problems(i18n.current())))
        self.problems.setReadOnly(True)
        self.problems.setAccessibleName(self.tr("Problems in the file"))
        self.problems.setTabChangesFocus(True)
        layout.addWidget(self.problems, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 360)


class MeetingTypesBox(QWidget):
    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.planner: Planner | None = None
        self.dialog: MeetingTypeDialog | None = None
        self.problems: FileProblems | None = None
        self.types: list[MeetingType] = []
        column = QVBoxLayout(self)
        intro = QLabel(self.tr("A new meeting starts from a type: its length, mode, agenda and "
                               "the people it needs. The built-in types cannot be changed: "
                               "copy one to make it your own."))
        intro.setWordWrap(True)
        column.addWidget(intro)
        self.model = MeetingTypeTableModel(self)
        self.view = make_table(self.model, self.tr("Meeting types"), MeetingTypeTableModel.NAME)
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._enable())
        self.view.activated.connect(lambda _index: self._activated())  # Enter, double-click
        column.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("&Copy…"))
        self.new_button = QPushButton(self.tr("&New…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.import_button = QPushButton(self.tr("&Import…"))
        self.export_button = QPushButton(self.tr("E&xport…"))
        for button, action in ((self.copy_button, self.copy), (self.new_button, self.new),
                               (self.edit_button, self.edit),
                               (self.delete_button, self.delete),
                               (self.import_button, self.choose_import),
                               (self.export_button, self.choose_export)):
            button.clicked.connect(action)
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Meeting types status"))
        column.addWidget(self.status)
        self._enable()

    # --- the list ------------------------------------------------------------------------
    def load(self, planner: Planner, select: str | None = None) -> None:
        self.planner = planner
        self.runner.submit(lambda _ctx: planner.meeting_types.list(),
                           lambda types: self._show(types, select))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        """Read again whenever the tab is shown: an import by `verkosto meeting-types` or
        another window may have changed the types meanwhile."""
        super().showEvent(event)
        if self.planner is not None:
            self.load(self.planner)

    def _show(self, types: list[MeetingType], select: str | None) -> None:
        if self.planner is None:
            return
        wanted = select or (self.selected().code if self.selected() else None)
        self.types = list(types)
        self.model.set_rows(self.types)
        row = next((i for i, t in enumerate(self.types) if t.code == wanted), 0)
        if self.types:
            self.view.selectRow(row)
        self._enable()

    def selected(self) -> MeetingType | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _enable(self) -> None:
        chosen = self.selected()
        own = chosen is not None and not chosen.built_in
        self.copy_button.setEnabled(chosen is not None)
        self.edit_button.setEnabled(own)
        self.delete_button.setEnabled(own)
        self.export_button.setEnabled(any(not t.built_in for t in self.types))
        for button in (self.edit_button, self.delete_button):
            button.setToolTip("" if own else self.tr("A built-in type cannot be changed: "
                                                     "copy it to make it your own."))

    def show_status(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(error_style() if error else "")

    def _activated(self) -> None:
        chosen = self.selected()
        if chosen is not None and chosen.built_in:  # say why nothing opens
            self.show_status(self.edit_button.toolTip())
        else:
            self.edit()

    # --- copy, new, edit -----------------------------------------------------------------
    def copy(self) -> MeetingTypeDialog | None:
        chosen, planner = self.selected(), self.planner
        if chosen is None or planner is None:
            return None
        return self._open(planner.meeting_types.draft_copy(chosen.code), None)

    def new(self) -> MeetingTypeDialog | None:
        return self._open(dict(NEW_TYPE), None)

    def edit(self) -> MeetingTypeDialog | None:
        chosen = self.selected()
        if chosen is None or chosen.built_in:
            return None
        return self._open(chosen.as_data(), chosen.code)

    def _open(self, data: dict[str, Any], editing: str | None) -> MeetingTypeDialog | None:
        planner = self.planner
        if planner is None or self.dialog is not None:
            return None
        dialog = MeetingTypeDialog(
            lambda value: planner.meeting_types.save(value, new=editing is None),
            data, self.types, editing, self)
        self.dialog = dialog

        def saved() -> None:
            self.show_status(self.tr("Saved: {0}").format(dialog.saved.name(i18n.current())))
            self.load(planner, dialog.saved.code)

        dialog.accepted.connect(saved)
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()
        return dialog

    def _closed(self, dialog: MeetingTypeDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
            dialog.deleteLater()

    # --- delete ----------------------------------------------------------------------------
    def delete(self) -> None:
        chosen, planner = self.selected(), self.planner
        if chosen is None or chosen.built_in or planner is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete the meeting type?"),
                          self.tr("Delete the meeting type {0} ({1})? Meetings made from it "
                                  "keep what they have.").format(chosen.name(i18n.current()),
                                                                 chosen.code),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setObjectName("deleteMeetingType")
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        code, name = chosen.code, chosen.name(i18n.current())

        def failed(error: BaseException) -> None:
            message = write_failure_text(error)
            if message is None:
                self.runner.report_error(error)
            else:
                self.show_status(message, True)

        def done(_result: object) -> None:
            self.show_status(self.tr("Deleted: {0}").format(name))
            self.load(planner)

        self.runner.submit(lambda _ctx: planner.meeting_types.delete(code), done,
                           self.tr("Deleting the meeting type…"), on_failure=failed)

    # --- the team's file -------------------------------------------------------------------
    def choose_import(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import meeting types"), export_folder(),
            self.tr("Meeting type files (*.json)"))
        if chosen:
            self.import_file(Path(chosen))

    def import_file(self, path: Path) -> None:
        planner = self.planner
        if planner is None:
            return

        def read(_ctx: object) -> tuple[bytes, list[MeetingType]]:
            from planner.input_files import read_input
            from planner.meeting_types.exchange import MAX_FILE_BYTES

            data = read_input(path, MAX_FILE_BYTES)
            return data, planner.meeting_types.would_replace(data, str(path))

        def ask(read: tuple[bytes, list[MeetingType]]) -> None:
            data, replaced = read
            if replaced and not self._replace_ok(path, replaced):
                self.show_status(self.tr("Nothing was imported from {0}.").format(path))
                return
            self.runner.submit(lambda _ctx: planner.meeting_types.import_data(data, str(path)),
                               done, self.tr("Importing meeting types…"), on_failure=failed)

        def failed(error: BaseException) -> None:
            if isinstance(error, MeetingTypeFileInvalid):
                self.show_status(self.tr("{0} was not imported.").format(path), True)
                self.problems = FileProblems(error, self)
                self.problems.open()
                return
            message = write_failure_text(error)
            if message is None:
                self.runner.report_error(error)
            else:
                self.show_status(message, True)

        def done(result: Any) -> None:
            self.show_status(self.tr("Imported from {0}: {1} new, {2} replaced.").format(
                path, len(result.added), len(result.replaced)))
            self.load(planner, (result.added or result.replaced or (None,))[0])

        self.runner.submit(read, ask, self.tr("Reading meeting types…"), on_failure=failed)

    def _replace_ok(self, path: Path, replaced: list[MeetingType]) -> bool:
        """Whether the user lets the file replace these own types (No is the default)."""
        listed = [f"{t.name(i18n.current())} ({t.code})" for t in replaced[:MAX_LISTED]]
        if len(replaced) > MAX_LISTED:
            listed.append(QCoreApplication.translate("ReplaceQuestion", "… and {0} more")
                          .format(len(replaced) - MAX_LISTED))
        names = "\n".join(listed)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Replace your meeting types?"),
                          self.tr("{0} replaces these meeting types of yours:").format(path.name)
                          + "\n\n" + names + "\n\n" + self.tr("Import it?"),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setObjectName("replaceMeetingTypes")
        return box.exec() == QMessageBox.StandardButton.Yes

    def choose_export(self) -> None:
        name = self.tr("meeting-types.json")
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export your meeting types"), str(Path(export_folder()) / name),
            self.tr("Meeting type files (*.json)"))
        if chosen:
            self.export_file(Path(chosen), force=confirmed_by_dialog(chosen, Path(chosen)))

    def export_file(self, path: Path, force: bool = False) -> None:
        """Write one's own types to ``path``; ``force`` only when the user agreed to replace
        it (else they are asked when it exists)."""
        planner = self.planner
        if planner is None:
            return

        def write(_ctx: object) -> int:
            from planner.files import write_output

            count = len(planner.meeting_types.user_types())
            write_output(path, planner.meeting_types.export_data(), force=force)
            return count

        def failed(error: BaseException) -> None:
            if isinstance(error, OutputExists) and not force:
                if confirm_replace(self, error.paths):
                    self.export_file(path, force=True)
                return
            message = write_failure_text(error)
            if message is None:
                self.runner.report_error(error)
            else:
                self.show_status(message, True)

        self.runner.submit(write, lambda count: self.show_status(
            self.tr("Your meeting types ({0}) saved: {1}").format(count, path)),
            self.tr("Exporting meeting types…"), on_failure=failed)

    # --- the page's protocol ---------------------------------------------------------------
    def unsaved_editors(self) -> list[tuple[Editor, str]]:
        dialog = self.dialog
        if dialog is not None and dialog.has_unsaved_changes():
            return [(dialog, dialog.what())]
        return []

    def clear(self) -> None:
        self.planner = None
        if self.dialog is not None:
            dialog, self.dialog = self.dialog, None
            dialog.abandon()
            dialog.deleteLater()
        if self.problems is not None:
            self.problems.close()
            self.problems = None
        self.types = []
        self.model.set_rows([])
        self.status.clear()
        self._enable()

