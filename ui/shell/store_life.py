"""The main window's store life: unlock (the store opened off the GUI thread, each refusal
told on the locked panel), the pages filled after the home has shown, hand-over to a rebuilt
window, and lock (what validates is saved, the rest reported; nothing of a client stays).

A mixin of ``MainWindow`` (ui/shell/main_window.py), which owns the widgets used here. Like
the window's module it imports only Qt and the small shell widgets at load time: the store and
the pages come in with ``_build_pages``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui import i18n
from ui.widgets.unsaved import settle

if TYPE_CHECKING:
    from planner.services import Planner
    from ui.shell.page import Page
    from ui.shell.server_away import ServerAwayBar


class StoreLife:
    """Opening and closing the store behind the window (mixed into MainWindow)."""

    planner: Planner | None
    server_away: ServerAwayBar  # made by MainWindow._build_pages

    # --- the store -----------------------------------------------------------------------
    @property
    def is_unlocked(self) -> bool:
        return self.planner is not None

    def unlock(self, *, acknowledging: bool = False) -> bool:
        """Open the store; on failure the locked panel tells why (nothing of the store shows).
        ``acknowledging``: open a store behind its audit anchor and log that it was seen."""
        from planner.errors import AuditRolledBack, PassphraseRequired, StoreError
        from ui.shell import unlock as opening

        if self._unlocking:
            return False  # already opening (a second request while the first one runs)
        self.locked.show_busy(self.tr("Opening the store…"))
        from planner.team_choice import chosen_team_address

        team = chosen_team_address(self.team)  # --store, $VERKOSTO_STORE or Settings
        create = not team and not opening.store_exists(self.data_dir)
        if create and not opening.ask_to_create(self, self.data_dir):
            self._show_locked(self.tr("There is no store in {0} yet. Nothing was created.")
                              .format(self.data_dir), self.tr("&Create a store…"))
            return False
        self._build_pages()
        self._unlocking = True
        try:
            planner = opening.unlock_in_background(self.data_dir, self.ask, self.vault,
                                           "inspect" if acknowledging else "refuse", create,
                                           team, self.ask_team_password)
            if acknowledging:
                planner.audit.acknowledge_rollback()
        except AuditRolledBack as rolled_back:
            self._show_locked(rolled_back.render("audit.rolled_back_window", i18n.current()))
            self.locked.offer_acknowledge()
            return False
        except PassphraseRequired:
            self._show_locked(self.tr("No passphrase was given. The store opens when you give "
                                      "it: choose Try again."))
            return False
        except StoreError as error:
            from ui.settings.restore_flow import restore_offered

            self._show_locked(error.message(i18n.current()))
            damaged = restore_offered(error)
            if damaged is not None:  # e.g. a damaged file: it is moved aside, not overwritten
                self.locked.offer_restore(damaged)
            return False
        finally:
            self._unlocking = False
        if self._closed:  # the window was closed while the store was opening
            planner.close()
            return False
        self._opened(planner)
        return True

    def ask_team_password(self, address: str) -> str | None:
        """The team store login's password when the keyring does not keep it yet (it will,
        once it was right)."""
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        text, accepted = QInputDialog.getText(
            self, self.tr("Team store"),
            self.tr("Password of your login to the team store\n{0}:").format(address),
            QLineEdit.EchoMode.Password)
        return text if accepted and text else None

    def acknowledge_rollback(self) -> bool:
        """The user has read why the store did not open; ask once more, then open it and log
        the acknowledgement (the audit anchor follows the store from then on)."""
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self, self.tr("Acknowledge the rollback"),
            self.tr("Open the store as it is now? The missing log entries do not come back; "
                    "your acknowledgement is written to the audit log."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self.unlock(acknowledging=True)

    def reopen(self, planner: Planner | None = None) -> None:
        """After the store was replaced (a restore): show ``planner``'s, or unlock again."""
        self._build_pages()
        if planner is None:
            self.unlock()
        else:
            self._opened(planner)

    def _offer_restore(self) -> None:
        from ui.settings.restore_flow import offer_restore

        self._build_pages()
        offer_restore(self, damaged=self.locked.damaged)

    def _opened(self, planner: Planner) -> None:
        self.planner = planner
        self.central.setCurrentWidget(self.workspace)
        self.statusBar().showMessage(self.tr("Store open: {0}").format(
            planner.store.location))
        self.navigation.setCurrentRow(0)  # the home view first, after every unlock
        self._filled = False
        self.home.attach(planner)
        # The other pages are filled only after the home has shown what it read: the one
        # worker runs tasks in turn, so this empty task's answer comes after the home's.
        self.runner.submit(lambda _ctx: None, lambda _none: self._fill_pages(planner))
        self.server_away.attach(planner)  # before following: the listener may find it away
        self.changes.follow(planner)
        self.reminders.attach(planner)
        self.idle.start()

    def _fill_pages(self, planner: Planner) -> None:
        if self.planner is planner:  # not locked or replaced meanwhile
            self._filled = True
            self._build_rest()  # at the app's start, built only now
            for _title, page in self.pages[1:]:
                if page.planner is None:
                    page.attach(planner)

    def hand_over(self) -> Planner | None:
        """Give the open store to a successor window (a language switch) and close."""
        planner = self.planner
        self._save_or_report_unsaved()
        if self.pages:
            self.idle.stop()
        self.runner.drain()
        if self.pages:
            self.server_away.detach()
            self.changes.stop()
            self.reminders.detach()
        for _title, page in self.pages:
            page.detach()
        self.planner = None
        self._handing_over = True
        self.close()
        return planner

    def lock(self) -> None:
        """Close the store and forget every piece of client data the window shows."""
        if self.planner is None:
            return
        lost = self._save_or_report_unsaved()
        self.idle.stop()
        self.runner.drain()
        self.server_away.detach()
        self.changes.stop()
        self.reminders.detach()  # nothing about a client stays on the screen
        for _title, page in self.pages:
            page.detach()
        self.planner.close()
        self.planner = None
        message = self.tr("The store was locked. Unlock it to go on.")
        if lost:
            message += "\n\n" + self.tr(
                "Changes that could not be saved because of errors were discarded: {0}."
            ).format(", ".join(lost))
        self._show_locked(message, self.tr("&Unlock"))

    def _save_or_report_unsaved(self) -> list[str]:
        """Locking cannot wait for an answer (the user may be away): save what validates."""
        lost = []
        for _title, page in self.pages:
            for editor, what in page.unsaved_editors():
                if not editor.save_changes():
                    editor.discard_changes()
                    lost.append(what)
        return lost

    def settle_unsaved(self, pages: list[Page] | None = None) -> bool:
        """Ask about each editor with unsaved changes; False when the user keeps editing."""
        for page in pages if pages is not None else [p for _t, p in self.pages]:
            for editor, what in page.unsaved_editors():
                if not settle(self, editor, what):
                    return False
        return True

    def _show_locked(self, message: str, button: str | None = None) -> None:
        self.locked.show_message(message, button)
        self.central.setCurrentWidget(self.locked)
        self.statusBar().showMessage(self.tr("The store is not open"))
