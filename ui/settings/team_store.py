"""Settings → Tietovarasto (Store): this computer's own encrypted store, or a team store on a
PostgreSQL server (planner/storage/team.py). The choice is this computer's, kept in the
user's config folder (planner/team_choice.py) — the address only; the login's password is
asked when the store is opened and then kept in the OS keyring. It takes effect the next time
the store is opened (lock and open again)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from planner.errors import VerkostoError
from planner.team_choice import save_team_address, saved_team_address
from ui import i18n
from ui.operations import TaskRunner
from ui.widgets.colours import error_style
from ui.widgets.forms import FieldForm


class TeamStoreBox(QGroupBox):
    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Store"), parent)
        self.runner = runner
        column = QVBoxLayout(self)
        self.local = QRadioButton(self.tr("This computer's own encrypted &store"))
        self.team = QRadioButton(self.tr("A &team store on a PostgreSQL server"))
        column.addWidget(self.local)
        column.addWidget(self.team)
        self.form = FieldForm()
        self.address = self.form.add_field(self.tr("Server &address:"), "address", QLineEdit())
        self.address.setPlaceholderText("postgresql://käyttäjä@palvelin.fi/verkosto")
        column.addLayout(self.form)
        self.explained = QLabel(self.tr(
            "Connections beyond this computer are always encrypted and the server's "
            "certificate is checked (sslmode=verify-full). The password of your login is "
            "asked when the store is opened and then kept in the system keyring, never in "
            "a file. The choice takes effect the next time the store is opened."))
        self.explained.setWordWrap(True)
        column.addWidget(self.explained)
        buttons = QHBoxLayout()
        self.save = QPushButton(self.tr("Sa&ve store choice"))
        self.save.clicked.connect(self.save_choice)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Store choice status"))
        buttons.addWidget(self.save)
        buttons.addWidget(self.status, 1)
        column.addLayout(buttons)
        self.team.toggled.connect(self.address.setEnabled)
        self.show_saved()

    def show_saved(self) -> None:
        saved = saved_team_address()
        self.address.setText(saved or "")
        (self.team if saved else self.local).setChecked(True)
        self.address.setEnabled(bool(saved))

    def _refused(self, text: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(error_style())

    def save_choice(self) -> None:
        """Checked before it is kept: a wrong address or one that would travel unencrypted is
        told beside the button and nothing changes."""
        try:
            shown = save_team_address(self.address.text() if self.team.isChecked() else None)
        except VerkostoError as error:
            self._refused(error.message(i18n.current()))
            return
        except OSError as error:
            self._refused(error.strerror or str(error))
            return
        self.status.setStyleSheet("")
        if shown:
            self.address.setText(shown)  # as kept: without a password typed into it
            self.status.setText(self.tr("Saved: the team store {0} opens the next time the "
                                        "store is opened.").format(shown))
        else:
            self.status.setText(self.tr("Saved: this computer's own store opens the next "
                                        "time the store is opened."))
