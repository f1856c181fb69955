"""The application's names and icon: what the window tells the desktop about itself
(ui/shell/app.py) and what `verkosto install-desktop` writes (planner/desktop_entry.py). Light, so
the window's start can read it before its first paint."""

from __future__ import annotations

from importlib import resources

from planner.config import APP_NAME

# The application's id: the desktop entry's file name, the icon's name in the icon theme and
# the window's QGuiApplication.desktopFileName (Wayland's app_id; on X11 Qt sets it as
# _GTK_APPLICATION_ID and _KDE_NET_WM_DESKTOP_FILE, as xprop shows under Xvfb).
APP_ID = "fi.verkosto.Verkosto"
# The window's application and organisation names: QSettings keeps the window's settings
# under them, so they stay as they are. Qt's X11 WM_CLASS is (the program's file name, the
# application name), so the entry's StartupWMClass is the application name.
ORGANISATION = APP_NAME
ICON_SIZES = (16, 32, 48, 64, 128, 256)  # the PNGs in resources/icons
SVG_NAME = "verkosto.svg"


def png_name(size: int) -> str:
    """The file name of the icon rendered at ``size`` px in resources/icons."""
    return f"verkosto-{size}.png"


def icon_data(name: str) -> bytes:
    """A shipped icon file's bytes, read as package data (so from an installed wheel too)."""
    return (resources.files("resources") / "icons" / name).read_bytes()
