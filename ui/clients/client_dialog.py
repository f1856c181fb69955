"""A client's own details: name, identity code (HETU), contact details, language, interpreter."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from planner.domain import Client
from planner.errors import ValidationFailed
from planner.services import ClientInput
from planner.validation import hetu_birth_date, normalise_hetu
from ui import i18n
from ui.formatting import date_edit_format, date_text, window_title_text
from ui.widgets.editor_dialog import EditorDialog
from ui.widgets.holiday_calendar import with_holidays
from ui.widgets.languages import LanguageCombo
from ui.widgets.sizing import floor_width

SaveClient = Callable[[ClientInput], Client]


class ClientDialog(EditorDialog):
    """New client (``client`` None) or edit one; ``save`` may raise ValidationFailed."""

    def __init__(self, save: SaveClient, client: Client | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("New client") if client is None else
                            self.tr("Client details – {0}").format(
                                window_title_text(client.display_name)))
        floor_width(self, 560)
        self.first_names = self.form.add_field(self.tr("&First names:"), "first_names",
                                               QLineEdit())
        self.last_name = self.form.add_field(self.tr("&Last name:"), "last_name", QLineEdit())
        self.hetu = QLineEdit()
        self.hetu.setPlaceholderText(self.tr("ddmmyyCnnnT, e.g. 131052-308T (optional)"))
        self.form.add_field(self.tr("&Identity code:"), "hetu", self.hetu)
        self.hetu_hint = QLabel()
        self.hetu_hint.setWordWrap(True)  # "…tarkistemerkki ei täsmää." in full
        self.hetu_hint.setAccessibleName(self.tr("Identity code check"))
        self.form.addRow("", self.hetu_hint)
        self.birth_date = QDateEdit()
        self.birth_date.setDisplayFormat(date_edit_format())
        with_holidays(self.birth_date)  # holidays and weekends marked in the popup
        self.birth_date.setDate(QDate(1980, 1, 1))
        self.birth_known = QCheckBox(self.tr("&Known"))
        self.birth_known.toggled.connect(self.birth_date.setEnabled)
        self.birth_date.setEnabled(False)
        birth = QWidget()
        row = QHBoxLayout(birth)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.birth_known)
        row.addWidget(self.birth_date)
        row.addStretch(1)
        self.form.add_field(self.tr("&Birth date:"), "birth_date", birth)
        self.birth_date.setAccessibleName(self.tr("Birth date"))
        self.phone = self.form.add_field(self.tr("&Phone:"), "phone", QLineEdit())
        self.email = self.form.add_field(self.tr("&E-mail:"), "email", QLineEdit())
        self.address = self.form.add_field(self.tr("&Address:"), "address", QLineEdit())
        self.language = LanguageCombo()
        self.form.add_field(self.tr("La&nguage:"), "language", self.language)
        self.needs_interpreter = QCheckBox(self.tr("Needs an in&terpreter"))
        self.form.addRow("", self.needs_interpreter)
        self.interpreter_language = LanguageCombo(allow_empty=True)
        self.form.add_field(self.tr("Interpreter lan&guage:"), "interpreter_language",
                            self.interpreter_language)
        self.needs_interpreter.toggled.connect(self.interpreter_language.setEnabled)
        self.interpreter_language.setEnabled(False)
        self.situation = QPlainTextEdit()
        self.situation.setTabChangesFocus(True)
        self.situation.setMinimumHeight(90)
        self.form.add_field(self.tr("Situation in b&rief:"), "situation", self.situation)
        # Sairauspäivärahan alkamispäivä: the follow-up points (day 60, 90–150, 230–300) are
        # counted from it; a new period later replaces it.
        self.sickness_start = QDateEdit(QDate.currentDate())
        self.sickness_start.setDisplayFormat(date_edit_format())
        with_holidays(self.sickness_start)  # holidays and weekends marked in the popup
        self.sickness_start.setAccessibleName(self.tr("Sickness allowance's first day"))
        self.on_sickness_allowance = QCheckBox(self.tr("&On sickness allowance since"))
        self.on_sickness_allowance.toggled.connect(self.sickness_start.setEnabled)
        self.sickness_start.setEnabled(False)
        since = QWidget()
        row = QHBoxLayout(since)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.on_sickness_allowance)
        row.addWidget(self.sickness_start)
        row.addStretch(1)
        since.setFocusProxy(self.on_sickness_allowance)
        self.form.add_field(self.tr("Sickness allowance:"), "sickness_allowance_start", since)
        self.hetu.textChanged.connect(self._check_hetu)
        if client is not None:
            self._fill(client)
        self._finish()

    def _fill(self, client: Client) -> None:
        self.first_names.setText(client.first_names)  # type: ignore[attr-defined]
        self.last_name.setText(client.last_name)  # type: ignore[attr-defined]
        self.hetu.setText(client.hetu or "")
        if client.birth_date and not client.hetu:
            self.birth_known.setChecked(True)
            self.birth_date.setDate(QDate(client.birth_date))
        self.phone.setText(client.phone or "")  # type: ignore[attr-defined]
        self.email.setText(client.email or "")  # type: ignore[attr-defined]
        self.address.setText(client.address)  # type: ignore[attr-defined]
        self.language.set_code(client.language)
        self.needs_interpreter.setChecked(client.needs_interpreter)
        self.interpreter_language.set_code(client.interpreter_language)
        self.situation.setPlainText(client.situation)
        if client.sickness_allowance_start:
            self.on_sickness_allowance.setChecked(True)
            self.sickness_start.setDate(QDate(client.sickness_allowance_start))

    def _check_hetu(self, text: str) -> None:
        """Tell at once whether the code is valid and whose birth date it gives."""
        text = text.strip()
        self.birth_known.setEnabled(not text)
        self.birth_date.setEnabled(not text and self.birth_known.isChecked())
        if len(text) < 11:
            self.hetu_hint.clear()
            return
        try:
            hetu = normalise_hetu(text)
        except ValidationFailed as failure:
            self.hetu_hint.setText("✗ " + failure.errors[0].message(i18n.current()))
            return
        self.hetu_hint.setText("✓ " + self.tr("Valid; birth date {0}").format(
            date_text(hetu_birth_date(hetu))))

    def value(self) -> ClientInput:
        def text(widget: QWidget) -> str:
            return widget.text()  # type: ignore[attr-defined, no-any-return]

        birth: date | None = None
        if self.birth_known.isChecked() and not self.hetu.text().strip():
            birth = self.birth_date.date().toPython()  # type: ignore[assignment]
        needs = self.needs_interpreter.isChecked()
        sickness: date | None = None
        if self.on_sickness_allowance.isChecked():
            sickness = self.sickness_start.date().toPython()  # type: ignore[assignment]
        return ClientInput(
            text(self.first_names), text(self.last_name), self.hetu.text() or None, birth,
            text(self.phone) or None, text(self.email) or None, text(self.address),
            self.language.code() or "fi", needs,
            (self.interpreter_language.code() or None) if needs else None,
            self.situation.toPlainText(), sickness)

    def what(self) -> str:
        return self.tr("The client's details")
