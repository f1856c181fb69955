"""Muistuta vastuuhenkilöitä…: reminder e-mails to other agencies' responsible persons about
their own open actions, previewed before anything is sent.

Each recipient is listed with the message exactly as it would go; nobody is ticked at first —
the user chooses whom to remind (opt-in). A message the privacy scan refused cannot be ticked
and says why; the people left out (no address, a colleague, no consent) are listed with the
reason. Reading, building and sending run on the background worker with progress
(exports/mail/reminder_delivery.py logs each delivery as a disclosure).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from exports.mail.reminders import Reminder
from exports.mail.report import SendReport
from planner.errors import ValidationFailed, VerkostoError
from planner.messages import translate
from planner.services import Planner, SmtpSettings
from planner.services.reminder_mail import DEFAULT_DUE_WITHIN, MAX_DUE_WITHIN, ReminderSelection
from ui import i18n
from ui.formatting import date_text
from ui.operations import TaskContext, TaskRunner
from ui.settings.mail import ask_smtp_password
from ui.widgets.colours import error_style
from ui.widgets.sizing import floor_size

Loaded = tuple[ReminderSelection, list[Reminder]]


class ReminderDialog(QDialog):
    def __init__(self, runner: TaskRunner, planner: Planner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.planner: Planner | None = planner
        self.reminders: list[Reminder] = []
        self.sent: set[str] = set()
        self.setWindowTitle(self.tr("Remind responsible persons"))
        floor_size(self, 760, 480)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Reminders go by e-mail to other agencies' responsible persons "
                               "about their own open actions. Tick whom to remind; each "
                               "message is shown as it will be sent."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.days = QSpinBox()
        self.days.setRange(0, MAX_DUE_WITHIN)
        self.days.setValue(DEFAULT_DUE_WITHIN)
        self.days.setAccessibleName(self.tr("Days ahead"))
        days_label = QLabel(self.tr("Actions overdue or due within &days:"))
        days_label.setBuddy(self.days)
        row.addWidget(days_label)
        row.addWidget(self.days)
        row.addStretch(1)
        layout.addLayout(row)

        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        self.recipients = _tree([self.tr("Recipient"), self.tr("Actions"), self.tr("Agency")])
        self.recipients.setAccessibleName(self.tr("Recipients"))
        recipients_label = QLabel(self.tr("&Recipients (tick whom to remind):"))
        recipients_label.setBuddy(self.recipients)
        left_column.addWidget(recipients_label)
        left_column.addWidget(self.recipients, 1)
        split.addWidget(left)
        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Message"))
        preview_label = QLabel(self.tr("&Message as it will be sent:"))
        preview_label.setBuddy(self.preview)
        right_column.addWidget(preview_label)
        right_column.addWidget(self.preview, 1)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        layout.addWidget(split, 3)
        self.left_out = _tree([self.tr("Person"), self.tr("Actions"), self.tr("Reason"),
                               self.tr("Agency")])
        self.left_out.setAccessibleName(self.tr("Left out"))
        left_out_label = QLabel(self.tr("&Left out, and why:"))
        left_out_label.setBuddy(self.left_out)
        layout.addWidget(left_out_label)
        layout.addWidget(self.left_out, 1)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Reminder status"))
        layout.addWidget(self.status)
        buttons = QDialogButtonBox()
        self.send = QPushButton(self.tr("&Send to the ticked"))
        self.send.setEnabled(False)
        buttons.addButton(self.send, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.tr("&Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.send.clicked.connect(self.send_ticked)
        self.days.valueChanged.connect(lambda _v: self.load())
        self.recipients.currentItemChanged.connect(
            lambda _now, _before: self._show_message(self._current_row()))
        self.recipients.itemChanged.connect(lambda _item, _column: self._update_send())
        self.load()

    # --- reading -----------------------------------------------------------------------------
    def load(self) -> None:
        from exports.mail.reminders import build_reminders

        planner = self.planner
        if planner is None:
            return
        days = self.days.value()

        def work(_ctx: object) -> Loaded:
            selection = planner.reminder_mail.select(days)
            from_name = planner.mail.load().sender_name or None
            return selection, build_reminders(selection, planner.profile.invite_client_naming(),
                                              planner.now(), from_name=from_name)

        self.runner.submit(work, self._show, self.tr("Reading the actions…"),
                           on_failure=self._failed)

    def _show(self, loaded: Loaded) -> None:
        selection, reminders = loaded
        language = i18n.current()
        self.reminders = reminders
        self.recipients.blockSignals(True)
        self.recipients.clear()
        for index, reminder in enumerate(reminders):
            r = reminder.recipient
            item = QTreeWidgetItem([r.name, str(len(r.actions)), r.agency])
            item.setToolTip(0, r.email)
            item.setData(0, Qt.ItemDataRole.UserRole, index)
            if reminder.refused:
                item.setText(0, self.tr("{0} (not sent: see the message)").format(r.name))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
                item.setForeground(0, self.palette().placeholderText())
            else:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Unchecked)  # opt-in: the user ticks
            self.recipients.addTopLevelItem(item)
        self.recipients.blockSignals(False)
        self.left_out.clear()
        for out in selection.left_out:
            reason = translate(f"reminder.left_out.{out.reason}", language)
            self.left_out.addTopLevelItem(QTreeWidgetItem(
                [out.name, str(len(out.actions)), reason, out.agency]))
        if not reminders:
            self.status.setText(self.tr("Nobody to remind of actions due by {0}.").format(
                date_text(selection.due_until)))
        else:
            self.status.clear()
        self.status.setStyleSheet("")
        if reminders:
            self.recipients.setCurrentItem(self.recipients.topLevelItem(0))
        else:
            self.preview.clear()
        self._update_send()

    def _current_row(self) -> int:
        item = self.recipients.currentItem()
        return self.recipients.indexOfTopLevelItem(item) if item is not None else -1

    def _items(self) -> list[QTreeWidgetItem]:
        return [self.recipients.topLevelItem(row)
                for row in range(self.recipients.topLevelItemCount())]

    def _show_message(self, row: int) -> None:
        if not 0 <= row < len(self.reminders):
            self.preview.clear()
            return
        reminder = self.reminders[row]
        language = i18n.current()
        lines = [self.tr("To: {0} <{1}>").format(reminder.recipient.name,
                                                 reminder.recipient.email),
                 self.tr("Subject: {0}").format(reminder.subject), "", reminder.text]
        if reminder.refused:
            lines = [*(f.message(language) for f in reminder.findings), "", *lines]
        self.preview.setPlainText("\n".join(lines))

    def ticked(self) -> list[Reminder]:
        return [self.reminders[int(item.data(0, Qt.ItemDataRole.UserRole))]
                for item in self._items() if item.checkState(0) == Qt.CheckState.Checked]

    def tick(self, address: str) -> None:
        """Tick ``address`` (the keyboard's space bar, and tests)."""
        for row, item in enumerate(self._items()):
            if self.reminders[row].recipient.email == address and \
                    item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                item.setCheckState(0, Qt.CheckState.Checked)

    def _update_send(self) -> None:
        self.send.setEnabled(bool(self.ticked()))

    # --- sending -----------------------------------------------------------------------------
    def send_ticked(self) -> None:
        planner, chosen = self.planner, self.ticked()
        if planner is None or not chosen:
            return
        self.send.setEnabled(False)  # a second click while the first is under way: nothing

        def read(_ctx: object) -> tuple[SmtpSettings, str | None]:
            settings = planner.mail.load()
            try:
                return settings, planner.mail.password(settings)
            except VerkostoError:  # a locked keyring: asked like when none is kept
                return settings, None

        self.runner.submit(read, lambda loaded: self._ready(loaded, chosen),
                           self.tr("Preparing to send…"), on_failure=self._failed)

    def _ready(self, loaded: tuple[SmtpSettings, str | None], chosen: list[Reminder]) -> None:
        settings, password = loaded
        if settings.configured and settings.username and password is None:
            password = ask_smtp_password(self, settings)
            if password is None:
                self._update_send()
                return  # the user cancelled: nothing was sent
        self.send_with(settings, password, chosen)

    def send_with(self, settings: SmtpSettings, password: str | None,
                  chosen: list[Reminder]) -> None:
        from exports.mail.reminder_delivery import send_reminders

        planner = self.planner
        if planner is None:
            return

        def work(ctx: TaskContext) -> SendReport:
            return send_reminders(planner, chosen, settings, password,
                                  progress=lambda done, total, who: ctx.report(done, total, who),
                                  cancelled=lambda: ctx.cancelled)

        self.send.setEnabled(False)
        self.runner.submit(work, self._sent, self.tr("Sending reminders…"),
                           on_failure=self._failed)

    def _sent(self, report: SendReport) -> None:
        self.sent |= set(report.sent)
        for row, item in enumerate(self._items()):
            if self.reminders[row].recipient.email in report.sent:
                item.setCheckState(0, Qt.CheckState.Unchecked)
                # not offered again here: a second click must not remind twice
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
                item.setText(0, self.tr("{0} (sent)").format(item.text(0)))
        lines = [self.tr("Sent to {0} of {1} recipients.").format(len(report.sent),
                                                                 report.total)]
        lines += report.problems(i18n.current())
        if report.not_sent:
            lines.append(self.tr("Not sent: {0}").format(", ".join(report.not_sent)))
        self.status.setText("\n".join(lines))
        self.status.setStyleSheet(error_style() if not report.complete else "")
        self._update_send()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationFailed):
            text = "\n".join(e.message(i18n.current()) for e in error.errors)
        elif isinstance(error, VerkostoError):
            text = error.message(i18n.current())
        else:
            self.runner.report_error(error)
            return
        self.status.setText(text)
        self.status.setStyleSheet(error_style())
        self._update_send()

    def clear(self) -> None:
        """The window locks: nothing of the clients stays on screen."""
        self.planner = None
        self.reminders = []
        self.recipients.clear()
        self.left_out.clear()
        self.preview.clear()
        self.close()


def _tree(headers: list[str]) -> QTreeWidget:
    """A flat list in columns; each column as wide as its content, never narrower than its
    heading (the view scrolls sideways instead)."""
    tree = QTreeWidget()
    tree.setRootIsDecorated(False)
    tree.setHeaderLabels(headers)
    tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    tree.header().setStretchLastSection(False)
    return tree
