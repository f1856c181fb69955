"""Desktop notifications through the freedesktop Notifications service on the session bus
(org.freedesktop.Notifications: GNOME, KDE, dunst, mako …), with a "default" action: a click
on the notification is heard as ``ActionInvoked`` and emitted as ``clicked``.

The messages are made with jeepney (a pure-Python D-Bus library, already there on Linux for
the keyring): PySide6's QtDBus cannot marshal Notify's ``u`` (uint32) argument. Its socket is
watched by a QSocketNotifier, so the service's signals arrive on the GUI thread like any Qt
event, and no thread is needed.
"""

from __future__ import annotations

import contextlib
import html
from collections import deque
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, Signal

from planner.app_identity import APP_ID
from planner.config import APP_NAME

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
CALL_TIMEOUT_S = 3.0  # a service started on demand (D-Bus activation) may take a moment


class DesktopNotifier(QObject):
    """One connection to the session bus (or ``address``); ``notify`` returns False when no
    notification service answers, so the caller can show the reminder another way."""

    clicked = Signal(int)  # the id ``notify`` returned
    closed = Signal(int)

    def __init__(self, address: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.address = address
        self._connection: Any = None
        self._watch: QSocketNotifier | None = None
        self._signals: deque[Any] = deque(maxlen=256)
        self.shown: set[int] = set()  # ids on the screen now (closed at lock)
        self._markup: bool | None = None  # the service reads the body as markup

    def _connect(self) -> Any:
        if self._connection is not None:
            return self._connection
        from jeepney import MatchRule, message_bus
        from jeepney.io.blocking import open_dbus_connection

        connection = open_dbus_connection(self.address or "SESSION")
        rule = MatchRule(type="signal", interface=SERVICE, path=PATH)
        connection.send_and_get_reply(message_bus.AddMatch(rule), timeout=CALL_TIMEOUT_S)
        connection.filter(rule, queue=self._signals)
        self._connection = connection
        self._watch = QSocketNotifier(connection.sock.fileno(), QSocketNotifier.Type.Read, self)
        self._watch.activated.connect(self._read)
        return connection

    def _call(self, method: str, signature: str, body: tuple[Any, ...]) -> Any:
        from jeepney import DBusAddress, new_method_call
        from jeepney.wrappers import unwrap_msg

        address = DBusAddress(PATH, bus_name=SERVICE, interface=SERVICE)
        reply = self._connect().send_and_get_reply(
            new_method_call(address, method, signature, body), timeout=CALL_TIMEOUT_S)
        self._read()  # signals read while waiting for the reply
        return unwrap_msg(reply)

    def notify(self, summary: str, body: str) -> int | None:
        """Show a notification; its id, or None when no service could show it (no session
        bus, no notification service, an error)."""
        try:
            if self._markup is None:
                (capabilities,) = self._call("GetCapabilities", "", ())
                self._markup = "body-markup" in capabilities
            if self._markup:  # "&" or "<" in a title must not be read as markup
                body = html.escape(body, quote=False)
            (ident,) = self._call("Notify", "susssasa{sv}i", (
                APP_NAME, 0, APP_ID, summary, body, ["default", summary],
                {"desktop-entry": ("s", APP_ID)}, -1))
        except Exception:  # noqa: BLE001 (any failure: the caller's fallback shows it)
            self.close_connection()
            return None
        self.shown.add(ident)
        return int(ident)

    def close(self, ident: int) -> None:
        self.shown.discard(ident)
        with contextlib.suppress(Exception):  # closed already, or the service went away
            self._call("CloseNotification", "u", (ident,))

    def close_all(self) -> None:
        """Take every notification of ours off the screen (the window locked)."""
        for ident in list(self.shown):
            self.close(ident)

    def _read(self) -> None:
        connection = self._connection
        if connection is None:
            return
        try:
            while True:
                connection.recv_messages(timeout=0)
        except TimeoutError:
            pass
        except OSError:  # the bus went away: the next notify connects again
            self.close_connection()
        from jeepney.low_level import HeaderFields

        while self._signals:
            message = self._signals.popleft()
            member = message.header.fields.get(HeaderFields.member)
            if member == "ActionInvoked" and message.body[1] == "default":
                self.clicked.emit(int(message.body[0]))
            elif member == "NotificationClosed":
                self.shown.discard(int(message.body[0]))
                self.closed.emit(int(message.body[0]))

    def close_connection(self) -> None:
        if self._watch is not None:
            self._watch.setEnabled(False)
            self._watch.deleteLater()
            self._watch = None
        if self._connection is not None:
            with contextlib.suppress(OSError):
                self._connection.close()
            self._connection = None
        self._markup = None  # another service may answer next time

