"""`verkosto install-desktop`: Verkosto in a Linux desktop's applications menu (the desktop
entry and the icons; planner/desktop_entry.py). It needs no store."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from planner.messages import translate

# Where the desktop entries and the hicolor icon theme are (XDG): the free desktops.
FREEDESKTOP = ("linux", "freebsd", "openbsd", "netbsd", "dragonfly", "sunos")


def add_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                common: argparse.ArgumentParser) -> None:
    desktop = commands.add_parser(
        "install-desktop", parents=[common],
        help="add Verkosto to the desktop's applications menu: a desktop entry and the icons "
             "in $XDG_DATA_HOME (default ~/.local/share)")
    desktop.add_argument("--uninstall", action="store_true",
                         help="remove the entry and the icons install-desktop wrote (others "
                              "at the same names are left)")
    desktop.add_argument("--force", action="store_true",
                         help="replace (with --uninstall: remove) other regular files at the "
                              "entry's and icons' names; a link, folder or device never")
    desktop.set_defaults(handler="install-desktop")


def cmd_install_desktop(args: argparse.Namespace, data_dir: Path, language: str) -> int:
    from planner import desktop_entry

    if not sys.platform.startswith(FREEDESKTOP):
        print("verkosto: " + translate("cli.desktop_not_supported", language,
                                       platform=sys.platform), file=sys.stderr)
        return 2
    home = desktop_entry.data_home()
    entry = desktop_entry.entry_path(home)
    if args.uninstall:
        gone = desktop_entry.uninstall(home, force=args.force)
        for path in gone.removed:
            print(path)
        for path in gone.left:
            print("verkosto: " + translate("cli.desktop_left", language, path=path),
                  file=sys.stderr)
        code = "cli.desktop_removed" if gone.removed else "cli.desktop_not_installed"
        print(translate(code, language, path=entry))
        return 0
    # The running `verkosto` script, else this interpreter with -m cli in the folder that
    # holds this code (a checkout, or where the packages are installed).
    launcher = desktop_entry.Launcher.for_running(sys.argv[0], sys.executable,
                                                  Path(__file__).resolve().parents[1])
    done = desktop_entry.install(home, launcher, force=args.force)
    for path in done.written:
        print(path)
    code = "cli.desktop_installed" if done.written else "cli.desktop_unchanged"
    print(translate(code, language, path=entry))
    return 0


WITHOUT_STORE: dict[str, Callable[[argparse.Namespace, Path, str], int]] = {
    "install-desktop": cmd_install_desktop,
}
