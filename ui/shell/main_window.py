"""The main window: unlock, navigate between pages, lock on demand or when idle.

Start-up speed: this module imports only Qt and the small shell widgets. The pages (and with
them the store, SQLAlchemy and the exporters) are imported and built by ``_build_pages`` —
at once, or, for the app's start (``defer_pages``), only after the window has painted its
"Opening the store…" panel (tests/benchmarks measures the time to that first paint).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSettings, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from ui import i18n
from ui.operations import TaskRunner
from ui.preferences import AUTO_LOCK_SETTING, auto_lock_minutes
from ui.shell.locked_panel import LockedPanel
from ui.shell.store_life import StoreLife
from ui.widgets.progress import TaskProgress
from ui.widgets.unsaved import settle

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent, QResizeEvent

    from planner.services import Planner
    from planner.services.store_admin import KeyringVault
    from ui.actions.page import ActionsPage
    from ui.calendar.page import CalendarPage
    from ui.changes import ChangeHub
    from ui.clients.page import ClientsPage
    from ui.directory.page import DirectoryPage
    from ui.home.page import HomePage
    from ui.reminders.checker import ReminderChecker
    from ui.reminders.window import ReminderNotice
    from ui.settings.page import SettingsPage
    from ui.shell.idle import IdleWatcher
    from ui.shell.page import Page
    from ui.shell.unlock import AskPassphrase
    from ui.verify.page import VerifyPage

__all__ = ["AUTO_LOCK_SETTING", "MainWindow"]
UNLOCK_WITHOUT_PAINT_MS = 1000  # should the platform never paint (e.g. started minimised)
LATER_PAGES = frozenset({"clients", "calendar", "actions", "directory", "settings", "verify"})


class MainWindow(StoreLife, QMainWindow):
    language_switch_requested = Signal(str)
    # made by _build_pages
    home: HomePage
    clients: ClientsPage
    calendar: CalendarPage
    actions: ActionsPage
    directory: DirectoryPage
    settings: SettingsPage
    verify: VerifyPage
    changes: ChangeHub
    reminders: ReminderChecker  # desktop reminders while the store is open (ui/reminders/)
    reminder_notice: ReminderNotice

    def __init__(self, data_dir: Path, *, vault: KeyringVault | None = None,
                 ask: AskPassphrase | None = None, planner: Planner | None = None,
                 defer_pages: bool = False, team: str | None = None) -> None:
        super().__init__()
        self._handing_over = False
        self._unlock_pending = False  # start(): unlock after the first paint
        self._unlocking = False  # the store is being opened on a worker thread
        self._closed = False
        self._defer_rest = defer_pages and planner is None  # the app's start: home first
        self._filled = False  # the pages after the home have been given the open store
        self.data_dir = data_dir
        self.team = team  # `verkosto --store`; else $VERKOSTO_STORE or Settings decide
        self.vault = vault
        self.ask: AskPassphrase = ask or self._ask_passphrase
        self.planner: Planner | None = None
        self.pages: list[tuple[str, Page]] = []  # filled by _build_pages
        self.setWindowTitle("Verkosto")
        self.runner = TaskRunner(self, on_error=self.show_error)

        self.locked = LockedPanel()
        self.locked.retry.clicked.connect(self.unlock)
        self.locked.restore.clicked.connect(self._offer_restore)
        self.locked.acknowledge.clicked.connect(self.acknowledge_rollback)
        self.restore_dialog: QWidget | None = None  # ui/settings/restore_flow.py, while open
        self.central = QStackedWidget()
        self.central.addWidget(self.locked)
        self.setCentralWidget(self.central)
        self.statusBar().addPermanentWidget(TaskProgress(self.runner))
        self.statusBar().showMessage(self.tr("The store is not open"))
        QShortcut(QKeySequence("Ctrl+Q"), self, self.close)
        self._restore_geometry()
        if planner is not None or not defer_pages:
            self._build_pages()
        if planner is not None:
            self._opened(planner)

    def _ask_passphrase(self, new: bool, error: str) -> str | None:
        from ui.shell.passphrase_dialog import ask_passphrase

        return ask_passphrase(self, new, error)

    def _build_pages(self) -> None:
        """The home page, the navigation and what hangs on them (imports the store's code);
        the other pages too, unless the window was made to start fast (``defer_pages``:
        then they are built after the home view has shown, or when first asked for)."""
        if self.pages:
            return
        from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

        from ui.changes import ChangeHub
        from ui.home.navigation import open_from_home
        from ui.home.page import HomePage
        from ui.shell.idle import IdleWatcher
        from ui.shell.navigation import NavigationList
        from ui.shell.server_away import ServerAwayBar
        from ui.widgets.icons import NAVIGATION_ICONS, icon
        from ui.widgets.style import apply_page_style

        self.home = HomePage(self.runner)  # first: opened after unlock, filled first
        self.home.opened.connect(lambda kind, ident: open_from_home(self, kind, ident))
        self.pages = [(self.tr("Home"), self.home)]
        titles = [self.tr("Home"), self.tr("Clients"), self.tr("Calendar"), self.tr("Actions"),
                  self.tr("Agencies and people"), self.tr("Settings"), self.tr("Verify a PDF")]
        self.navigation = NavigationList()  # icons only in a window too narrow for the names
        self.navigation.setAccessibleName(self.tr("Navigation"))
        self.stack = QStackedWidget()
        for title, name in zip(titles, NAVIGATION_ICONS.values(), strict=True):
            self.navigation.add_page(icon(name), title)
        apply_page_style(self.home, titles[0])
        self.stack.addWidget(self.home)
        self.navigation.currentRowChanged.connect(self._navigate)
        self.stack.currentChanged.connect(self._page_shown)
        self.server_away = ServerAwayBar(self.runner)  # above the pages, while it lasts
        self.server_away.back.connect(self._server_back)
        workspace = QWidget()
        column = QVBoxLayout(workspace)
        column.addWidget(self.server_away)
        row = QHBoxLayout()
        column.addLayout(row, 1)
        row.addWidget(self.navigation)
        row.addWidget(self.stack, 1)
        self.central.addWidget(workspace)
        self.workspace = workspace

        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_meeting)
        self.changes = ChangeHub(self)  # every page refreshes on the services' changes
        self.changes.changed.connect(self.home.on_change)
        from ui.reminders.window import install_reminders

        self.reminders, self.reminder_notice = install_reminders(self)
        for number in range(len(titles)):
            QShortcut(QKeySequence(f"Alt+{number + 1}"), self,
                      lambda n=number: self.navigation.setCurrentRow(n))
        self.idle: IdleWatcher = IdleWatcher(auto_lock_minutes(), self)
        self.idle.idle.connect(self.lock)
        self.idle.lock_requested.connect(self.lock)  # Ctrl+L, in dialogs too
        if not self._defer_rest:
            self._build_rest()
        self.navigation.setCurrentRow(0)

    def _build_rest(self) -> None:
        """The pages after the home, in the navigation's order."""
        if len(self.pages) > 1:
            return
        from ui.actions.page import ActionsPage
        from ui.calendar.page import CalendarPage
        from ui.clients.page import ClientsPage
        from ui.directory.page import DirectoryPage
        from ui.settings.page import SettingsPage
        from ui.settings.restore_flow import connect_backups
        from ui.verify.page import VerifyPage

        self.clients = ClientsPage(self.runner)
        self.calendar = CalendarPage(self.runner)
        self.actions = ActionsPage(self.runner)
        self.directory = DirectoryPage(self.runner)
        self.settings = SettingsPage(self.runner)
        self.verify = VerifyPage(self.runner)
        rest = [self.clients, self.calendar, self.actions, self.directory, self.settings,
                self.verify]
        self.pages += [(self.navigation.title(n + 1), page) for n, page in enumerate(rest)]
        from ui.widgets.style import apply_page_style

        for (title, page) in self.pages[1:]:
            apply_page_style(page, title)
        for page in rest:
            self.stack.addWidget(page)
            self.changes.changed.connect(page.on_change)
            if self._filled and self.planner is not None:
                page.attach(self.planner)
        self.settings.auto_lock_changed.connect(self.idle.set_minutes)
        self.settings.reminders.saved.connect(self.reminders.check_soon)
        self.actions.meeting_requested.connect(self.clients.open_meeting)
        self.actions.client_requested.connect(self.show_client)
        self.settings.language_changed.connect(self.language_switch_requested)
        from ui.shell.lock_button import add_lock_button

        self.lock_button = add_lock_button(self)  # shown while the store is open; last for Tab
        from ui.reminders.window import place_notice

        place_notice(self)  # reminders no desktop service showed: after it
        self.settings.appearance_changed.connect(  # rebuilt in its language, in the new colours
            lambda: self.language_switch_requested.emit(i18n.current()))
        connect_backups(self)  # Settings → Backups and keys: the keyring, restoring
        self.fit_navigation()  # the pages' least width is known now

    def __getattr__(self, name: str) -> Any:
        """A page not built yet (``defer_pages``) is built when first asked for."""
        if name in LATER_PAGES and self.__dict__.get("pages"):
            self._build_rest()
            return self.__dict__[name]
        raise AttributeError(name)

    def show_error(self, error: BaseException) -> None:
        from planner.errors import TeamStoreUnreachable, VerkostoError

        if isinstance(error, TeamStoreUnreachable) and self.pages \
                and self.server_away.planner is not None:
            self.server_away.show_away()  # said once, lastingly: not again per refresh
            return
        if isinstance(error, VerkostoError):
            self.statusBar().showMessage(error.message(i18n.current()), 15_000)
        else:
            # the first line only: a database error's text goes on with its SQL and the
            # values it was given (a name, a HETU), which have no place in the status bar
            first = (str(error).strip().splitlines() or [type(error).__name__])[0][:300]
            self.statusBar().showMessage(self.tr("Unexpected error: {0}").format(first), 15_000)

    def _server_back(self) -> None:
        """The team server answers again: say so, and read the shown page anew (the change
        listener, reconnecting, tells every page what others changed meanwhile)."""
        self.statusBar().showMessage(self.tr("Connection restored"), 10_000)
        shown = self.stack.currentWidget()
        for _title, page in self.pages:
            if page is shown:
                page.refresh_soon()

    # --- navigation and layout ------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.fit_navigation()

    def fit_navigation(self) -> None:
        """The navigation's names when the window has room for them beside the pages."""
        if not self.pages:
            return
        margins = self.workspace.layout().contentsMargins()
        spacing = self.workspace.layout().spacing()
        room = (self.centralWidget().width() - self.stack.minimumSizeHint().width()
                - margins.left() - margins.right() - spacing)
        self.navigation.fit(room)
    def _navigate(self, row: int) -> None:
        current = self.stack.currentIndex()
        if row == current or row < 0:
            return
        if self.is_unlocked and not self.settle_unsaved([self.pages[current][1]]):
            self.navigation.blockSignals(True)  # stay where the unsaved editor is
            self.navigation.setCurrentRow(current)
            self.navigation.blockSignals(False)
            return
        if row >= self.stack.count():
            self._build_rest()
        self.stack.setCurrentIndex(row)

    def _page_shown(self, index: int) -> None:
        shown = self.stack.widget(index)
        for _title, page in self.pages:
            if page is shown:
                page.became_current()  # a page left behind reads what it missed now

    def show_client(self, client_id: int) -> None:
        """A client's workspace from elsewhere (an action on the Actions page): the Clients
        page, once nothing typed on the page left, nor in another client's open workspace,
        would be lost without asking."""
        if not self.is_unlocked:
            return
        self.navigation.setCurrentRow(self.stack.indexOf(self.clients))
        if self.stack.currentWidget() is not self.clients:
            return  # the user kept editing where they were
        workspace = self.clients.workspace
        if workspace.bundle is not None and workspace.bundle.client.id != client_id:
            for editor, what in workspace.unsaved_editors():
                if not settle(self, editor, what):
                    return
        self.clients.open_client(client_id)

    def new_meeting(self) -> None:
        """Ctrl+N: a meeting for the client open on the Clients page, else pick the client."""
        if self.is_unlocked:
            self.clients.new_meeting()

    def focus_search(self) -> None:
        if self.is_unlocked:
            self.navigation.setCurrentRow(self.stack.indexOf(self.clients))
            self.clients.search.setFocus()
            self.clients.search.selectAll()

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1180, 760)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self._handing_over and self.is_unlocked and not self.settle_unsaved():
            event.ignore()
            return
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        if not self._handing_over:
            self.lock()
        self._closed = True
        self.runner.shutdown()
        super().closeEvent(event)

    def start(self) -> None:
        """Show the window, then open the store (building the pages first) once the window
        has painted: a timer started here could fire before the first expose and keep the
        window blank for the whole unlock."""
        self.locked.show_busy(self.tr("Opening the store…"))
        self._unlock_pending = True
        self.show()
        QTimer.singleShot(UNLOCK_WITHOUT_PAINT_MS, self._unlock_once)

    def _unlock_once(self) -> None:
        if self._unlock_pending:
            self._unlock_pending = False
            self.unlock()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if self._unlock_pending:  # after this frame has reached the screen
            QTimer.singleShot(0, self._unlock_once)
