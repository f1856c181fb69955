"""One meeting type (tapaamistyyppi) of one's own: names, code, length and mode, the agenda in
fi/sv/en, the people it needs, the consent it needs and the follow-up it proposes.

Save goes through the service, which checks the type with the same ``read_type`` an imported
file goes through; its problems appear beside the fields, on the tab they belong to."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import MeetingMode
from planner.errors import FieldError, ValidationFailed
from planner.meeting_types import MeetingType
from planner.meeting_types.model import MAX_MINUTES, MIN_MINUTES, SICKNESS_RULES
from planner.messages import label
from ui import i18n
from ui.formatting import window_title_text
from ui.settings.meeting_type_slots import SlotsEditor
from ui.widgets.colours import error_style
from ui.widgets.editor_dialog import EditorDialog
from ui.widgets.forms import FieldForm

LANGUAGES = ("fi", "sv", "en")
THIS_TYPE = "\x00this"  # the follow-up is the same type again (its code may still change)
DAYS_RULE = "days"
NEW_TYPE: dict[str, Any] = {
    "code": "", "names": {}, "duration_minutes": 60, "mode": MeetingMode.IN_PERSON.value,
    "agenda": {}, "participants": [], "consent": {"required": False, "purpose": {}},
    "follow_up": None}


def _text(lines: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    return edit


class MeetingTypeDialog(EditorDialog):
    """A new type (``data`` NEW_TYPE or a copy's draft, ``editing`` None) or one's own type
    ``editing`` (its code then stays: other types and meetings refer to it)."""

    def __init__(self, save: Callable[[dict[str, Any]], MeetingType], data: dict[str, Any],
                 types: list[MeetingType], editing: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.setObjectName("meetingTypeDialog")
        name = (data.get("names") or {}).get(i18n.current()) or data.get("code", "")
        self.setWindowTitle(self.tr("Meeting type – {0}").format(window_title_text(name))
                            if editing else self.tr("New meeting type"))
        self._where: dict[str, tuple[int, FieldForm]] = {}
        self.tabs = QTabWidget()
        self._general(data, editing)
        self._agenda(data)
        self.slots = SlotsEditor(data.get("participants", []))
        self.tabs.addTab(self.slots, self.tr("Participants"))
        self._consent_and_follow_up(data, types, editing)
        self._build()

    # --- the tabs --------------------------------------------------------------------------
    def _tab(self, title: str) -> FieldForm:
        page = QWidget()
        form = FieldForm(page)
        self.tabs.addTab(page, title)
        return form

    def _add(self, form: FieldForm, text: str, field: str, widget: QWidget) -> Any:
        self._where[field] = (self.tabs.count() - 1, form)
        return form.add_field(text, field, widget)

    def _general(self, data: dict[str, Any], editing: str | None) -> None:
        form = self._tab(self.tr("General"))
        self.code = self._add(form, self.tr("Co&de:"), "type.code", QLineEdit(data["code"]))
        self.code.setPlaceholderText(self.tr("e.g. discharge_tays (a–z, 0–9, _)"))
        self.code.setReadOnly(editing is not None)
        names = data.get("names", {})
        self.names = {
            "fi": self._add(form, self.tr("Name in &Finnish:"), "type.names.fi", QLineEdit()),
            "sv": self._add(form, self.tr("Name in S&wedish:"), "type.names.sv", QLineEdit()),
            "en": self._add(form, self.tr("Name in &English:"), "type.names.en", QLineEdit()),
        }
        for language, edit in self.names.items():
            edit.setText(names.get(language, ""))
        self.minutes = QSpinBox()
        self.minutes.setRange(MIN_MINUTES, MAX_MINUTES)
        self.minutes.setSingleStep(5)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setMaximumWidth(140)
        self.minutes.setValue(int(data.get("duration_minutes", 60)))
        self._add(form, self.tr("&Length:"), "type.duration_minutes", self.minutes)
        self.mode = QComboBox()
        for mode in MeetingMode:
            self.mode.addItem(label("meeting_mode", mode, i18n.current()), mode.value)
        self.mode.setCurrentIndex(max(0, self.mode.findData(data.get("mode"))))
        self._add(form, self.tr("&Mode:"), "type.mode", self.mode)

    def _agenda(self, data: dict[str, Any]) -> None:
        form = self._tab(self.tr("Agenda"))
        hint = QLabel(self.tr("One agenda item a line. A new meeting of this type gets the "
                              "items in the language of the app."))
        hint.setWordWrap(True)
        form.addRow(hint)
        labels = {"fi": self.tr("In &Finnish:"), "sv": self.tr("In S&wedish:"),
                  "en": self.tr("In &English:")}
        agenda = data.get("agenda", {})
        self.agenda = {}
        for language in LANGUAGES:
            edit = self._add(form, labels[language], f"type.agenda.{language}", _text(5))
            edit.setPlainText("\n".join(agenda.get(language, [])))
            self.agenda[language] = edit

    def _consent_and_follow_up(self, data: dict[str, Any], types: list[MeetingType],
                               editing: str | None) -> None:
        form = self._tab(self.tr("Consent and follow-up"))
        consent = data.get("consent", {})
        self.consent = QCheckBox(self.tr("The meeting needs the client's c&onsent"))
        self.consent.setChecked(bool(consent.get("required")))
        self._where["type.consent.required"] = (self.tabs.count() - 1, form)
        form.addRow(self.consent)
        labels = {"fi": self.tr("Purpose in &Finnish:"), "sv": self.tr("Purpose in S&wedish:"),
                  "en": self.tr("Purpose in &English:")}
        self.purpose = {}
        for language in LANGUAGES:
            edit = self._add(form, labels[language], f"type.consent.purpose.{language}",
                             _text(2))
            edit.setPlainText(consent.get("purpose", {}).get(language, ""))
            self.purpose[language] = edit

        follow = data.get("follow_up") or {}
        self.next_type = QComboBox()
        self.next_type.addItem(self.tr("— no follow-up —"), None)
        self.next_type.addItem(self.tr("this type again"), THIS_TYPE)
        own_code = editing or data.get("code")
        for meeting_type in types:
            if meeting_type.code != editing:
                self.next_type.addItem(meeting_type.name(i18n.current()), meeting_type.code)
        wanted = follow.get("type")
        if wanted is not None and wanted == own_code and editing is not None:
            wanted = THIS_TYPE
        if wanted is not None and self.next_type.findData(wanted) < 0:
            self.next_type.addItem(str(wanted), wanted)  # kept as it is, checked at Save
        self.next_type.setCurrentIndex(max(0, self.next_type.findData(wanted)))
        self._add(form, self.tr("&Next meeting:"), "type.follow_up.type", self.next_type)

        self.rule = QComboBox()
        self.rule.addItem(self.tr("days after the meeting"), DAYS_RULE)
        for code in SICKNESS_RULES:
            self.rule.addItem(label("followup", code, i18n.current()), code)
        self.days = QSpinBox()
        self.days.setRange(1, 999)
        self.days.setValue(90)
        self.days.setMaximumWidth(110)
        self.days.setAccessibleName(self.tr("Days after the meeting"))
        rule = str(follow.get("rule", ""))
        if rule in SICKNESS_RULES:
            self.rule.setCurrentIndex(self.rule.findData(rule))
        elif rule.startswith("+") and rule.endswith("d") and rule[1:-1].isdigit():
            self.days.setValue(int(rule[1:-1]))
        when = QWidget()
        row = QHBoxLayout(when)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.days)
        row.addWidget(self.rule, 1)
        when.setFocusProxy(self.days)
        self._add(form, self.tr("&Proposed for:"), "type.follow_up.rule", when)
        self.rule.setAccessibleName(self.tr("Proposed for"))
        self.rule.currentIndexChanged.connect(self._follow_up_changed)
        self.next_type.currentIndexChanged.connect(self._follow_up_changed)
        self._follow_up_changed()

    def _follow_up_changed(self, *_args: object) -> None:
        wanted = self.next_type.currentData() is not None
        self.rule.setEnabled(wanted)
        self.days.setEnabled(wanted and self.rule.currentData() == DAYS_RULE)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.general = QLabel()
        self.general.setStyleSheet(error_style())
        self.general.setWordWrap(True)
        self.general.hide()
        layout.addWidget(self.general)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel = buttons.addButton(self.tr("&Cancel"),
                                        QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._pristine = self.value()

    # --- the editor protocol ---------------------------------------------------------------
    def value(self) -> dict[str, Any]:
        code = self.code.text().strip()
        follow: dict[str, str] | None = None
        chosen = self.next_type.currentData()
        if chosen is not None:
            rule = self.rule.currentData()
            follow = {"type": code if chosen == THIS_TYPE else str(chosen),
                      "rule": f"+{self.days.value()}d" if rule == DAYS_RULE else str(rule)}
        agenda = {}
        for language, edit in self.agenda.items():
            items = [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]
            if items:
                agenda[language] = items
        return {
            "code": code,
            "names": {lang: e.text() for lang, e in self.names.items() if e.text().strip()},
            "duration_minutes": self.minutes.value(), "mode": self.mode.currentData(),
            "agenda": agenda, "participants": self.slots.value(),
            "consent": {"required": self.consent.isChecked(),
                        "purpose": {lang: e.toPlainText() for lang, e in self.purpose.items()
                                    if e.toPlainText().strip()}},
            "follow_up": follow,
        }

    def what(self) -> str:
        return self.tr("The meeting type")

    def save_changes(self) -> bool:
        try:
            self.saved = self._save(self.value())
        except ValidationFailed as failure:
            self.show_errors(failure)
            return False
        return True

    def show_errors(self, failure: ValidationFailed) -> None:
        """Each problem beside its field, on its own tab; the first one's tab is shown."""
        by_form: dict[int, list[FieldError]] = {}
        slots: list[tuple[int, FieldError]] = []
        elsewhere: list[str] = []
        first_tab: int | None = None
        for error in failure.errors:
            field = _place(error.field)
            if field.startswith("type.participants["):
                index = int(field[len("type.participants["):].split("]")[0])
                slots.append((index, error))
                tab = self.tabs.indexOf(self.slots)
            elif field.split("[")[0] in self._where:
                tab, form = self._where[field.split("[")[0]]
                by_form.setdefault(id(form), []).append(FieldError(field, error.code,
                                                                    error.params))
            else:
                elsewhere.append(error.message(i18n.current()))
                continue
            first_tab = tab if first_tab is None else first_tab
        forms = {id(form): form for _tab, form in self._where.values()}
        for key, form in forms.items():
            form.show_errors(ValidationFailed(by_form.get(key, [])))
        self.slots.show_errors(slots)
        self.general.setText("\n".join(elsewhere))
        self.general.setVisible(bool(elsewhere))
        if first_tab is not None:
            self.tabs.setCurrentIndex(first_tab)
            first = next((e for e in failure.errors
                          if _place(e.field).split("[")[0] in self._where), None)
            if first is not None:  # the field of the first problem, on the tab now shown
                tab_form = self._where[_place(first.field).split("[")[0]][1]
                tab_form.show_errors(ValidationFailed(by_form.get(id(tab_form), [])))


def _place(field: str) -> str:
    """The dialog's field for the place a problem names: the type as a whole's name and
    purpose are asked for in Finnish first, and a code already taken is the code field."""
    if field in ("code", "type.code"):
        return "type.code"
    if field == "type.names":
        return "type.names.fi"
    if field == "type.consent.purpose":
        return "type.consent.purpose.fi"
    if field == "type.follow_up":
        return "type.follow_up.type"
    return field
