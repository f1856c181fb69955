"""The people a meeting type needs (osallistujapaikat), edited one at a time: each has a name
in fi/sv/en, the participant roles and agency kinds that fit it, and whether it is required.
A list on the left, the chosen one's fields on the right."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import AgencyKind, ParticipantRole
from planner.errors import FieldError
from planner.messages import label
from ui import i18n
from ui.widgets.colours import error_style
from ui.widgets.forms import FieldForm, fit_widest_entry

LANGUAGES = ("fi", "sv", "en")


def shown_name(names: dict[str, str]) -> str:
    """A name in the UI's language, else the first there is (as Texts.get falls back)."""
    for language in (i18n.current(), "fi", "en", "sv"):
        if names.get(language, "").strip():
            return names[language].strip()
    return ""


def _checkable(values: list[tuple[str, str]]) -> QListWidget:
    view = QListWidget()
    for value, text in values:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        view.addItem(item)
    view.setMaximumHeight(view.sizeHintForRow(0) * 7 + 2 * view.frameWidth())
    return view


def _checked(view: QListWidget) -> list[str]:
    return [str(view.item(row).data(Qt.ItemDataRole.UserRole)) for row in range(view.count())
            if view.item(row).checkState() == Qt.CheckState.Checked]


def _check(view: QListWidget, values: list[str]) -> None:
    for row in range(view.count()):
        item = view.item(row)
        item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole)
                           in values else Qt.CheckState.Unchecked)


class SlotsEditor(QWidget):
    def __init__(self, slots: list[dict[str, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._slots = [dict(slot) for slot in slots]
        self._current = -1
        self._loading = False
        outer = QVBoxLayout(self)
        row = QHBoxLayout()
        outer.addLayout(row, 1)
        left = QVBoxLayout()
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Participants the type needs"))
        fit_widest_entry(self.list)  # "Osaston hoitaja tai sairaalan sosiaalityöntekijä"
        left.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.add = QPushButton(self.tr("&Add"))
        self.add.setAccessibleName(self.tr("Add a participant"))
        self.remove = QPushButton(self.tr("&Remove"))
        self.remove.setAccessibleName(self.tr("Remove the participant"))
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        left.addLayout(buttons)
        row.addLayout(left)

        self.fields = QWidget()
        self.form = FieldForm(self.fields)
        self.names = {
            "fi": self.form.add_field(self.tr("Name in &Finnish:"), "fi", QLineEdit()),
            "sv": self.form.add_field(self.tr("Name in S&wedish:"), "sv", QLineEdit()),
            "en": self.form.add_field(self.tr("Name in &English:"), "en", QLineEdit()),
        }
        self.required = QCheckBox(self.tr("Re&quired"))
        self.form.addRow("", self.required)
        language = i18n.current()
        self.roles = _checkable([(r.value, label("participant_role", r, language))
                                 for r in ParticipantRole])
        self.form.add_field(self.tr("R&oles:"), "roles", self.roles)
        self.kinds = _checkable([(k.value, label("agency_kind", k, language))
                                 for k in AgencyKind])
        self.form.add_field(self.tr("Agency &kinds:"), "agency_kinds", self.kinds)
        row.addWidget(self.fields, 1)
        self.problems = QLabel()  # below both: a narrow column would make it too tall
        self.problems.setStyleSheet(error_style())
        self.problems.setWordWrap(True)
        self.problems.hide()
        outer.addWidget(self.problems)

        for edit in self.names.values():
            edit.textEdited.connect(self._name_edited)
        self.list.currentRowChanged.connect(self._show)
        self.add.clicked.connect(self._add)
        self.remove.clicked.connect(self._remove)
        for slot in self._slots:
            self.list.addItem(self._title(slot))
        self.list.setCurrentRow(0 if self._slots else -1)
        self._enable()

    # --- what is edited --------------------------------------------------------------------
    def value(self) -> list[dict[str, Any]]:
        self._keep()
        return [dict(slot) for slot in self._slots]

    def _title(self, slot: dict[str, Any]) -> str:
        return shown_name(slot.get("names", {})) or self.tr("(no name yet)")

    def _keep(self) -> None:
        """The fields on the right back into the slot they show."""
        if self._loading or not 0 <= self._current < len(self._slots):
            return
        slot = self._slots[self._current]
        slot["names"] = {lang: edit.text().strip() for lang, edit in self.names.items()
                         if edit.text().strip()}
        slot["roles"] = _checked(self.roles)
        slot["agency_kinds"] = _checked(self.kinds)
        slot["required"] = self.required.isChecked()

    def _show(self, index: int) -> None:
        self._keep()
        self._current = index
        self._loading = True
        try:
            slot = self._slots[index] if 0 <= index < len(self._slots) else {}
            for lang, edit in self.names.items():
                edit.setText(slot.get("names", {}).get(lang, ""))
            self.required.setChecked(bool(slot.get("required", True)))
            _check(self.roles, list(slot.get("roles", [])))
            _check(self.kinds, list(slot.get("agency_kinds", [])))
        finally:
            self._loading = False
        self._enable()

    def _enable(self) -> None:
        chosen = 0 <= self._current < len(self._slots)
        self.fields.setEnabled(chosen)
        self.remove.setEnabled(chosen)

    def _name_edited(self, _text: str) -> None:
        self._keep()
        item = self.list.item(self._current)
        if item is not None:
            item.setText(self._title(self._slots[self._current]))

    def _add(self) -> None:
        self._keep()
        codes = {slot.get("code") for slot in self._slots}
        code = next(f"slot_{n}" for n in range(1, 1000) if f"slot_{n}" not in codes)
        self._slots.append({"code": code, "names": {}, "roles": [], "agency_kinds": [],
                            "required": True})
        self.list.addItem(self._title(self._slots[-1]))
        self.list.setCurrentRow(len(self._slots) - 1)
        self.names[i18n.current()].setFocus()

    def _remove(self) -> None:
        index = self._current
        if not 0 <= index < len(self._slots):
            return
        self._current = -1  # nothing to keep from the one going
        del self._slots[index]
        self.list.takeItem(index)
        self._show(self.list.currentRow())

    # --- problems ------------------------------------------------------------------------
    def show_errors(self, errors: list[tuple[int, FieldError]]) -> None:
        """Each problem of a slot named by the slot, and the first one's slot chosen."""
        lines = []
        for index, error in errors:
            message = error.message(i18n.current())
            name = shown_name(self._slots[index].get("names", {})) \
                if index < len(self._slots) else ""
            lines.append(self.tr("Participant {0} ({1}): {2}").format(index + 1, name, message)
                         if name else self.tr("Participant {0}: {1}").format(index + 1, message))
        self.problems.setText("\n".join(lines))
        self.problems.setVisible(bool(lines))
        self.list.setAccessibleDescription("\n".join(lines))
        if errors:
            self.list.setCurrentRow(errors[0][0])
