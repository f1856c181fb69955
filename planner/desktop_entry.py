"""Verkosto in a Linux desktop's applications menu: a freedesktop.org desktop entry and the
icons (`verkosto install-desktop`), and the names the window gives itself (ui/shell/app.py).

What is written (``$XDG_DATA_HOME``, default ``~/.local/share``):

- ``applications/fi.verkosto.Verkosto.desktop`` — the entry (Desktop Entry Specification 1.4);
  its ``Exec`` is the ``verkosto`` script that runs the command, or, from a checkout or
  ``python -m cli``, this interpreter with ``-m cli`` in the folder holding the code;
- ``icons/hicolor/<n>x<n>/apps/fi.verkosto.Verkosto.png`` for each of ``ICON_SIZES`` and
  ``icons/hicolor/scalable/apps/fi.verkosto.Verkosto.svg``.

Files are written as every output is (``planner.files.write_outputs``): a file already there
with other content is not replaced without ``force``, a link or device never. Files already
as they would be written are left alone, so installing twice changes nothing. Uninstalling
removes the entry only when it carries the installer's mark, and an icon only when it is the
one shipped; anything else at those names stays unless ``force``.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from planner.app_identity import APP_ID, ICON_SIZES, SVG_NAME, icon_data, png_name
from planner.config import APP_NAME
from planner.errors import FieldError, ValidationFailed
from planner.files import failure, write_outputs

MARK = "X-Verkosto-Installed-By"  # the key that tells an entry install-desktop wrote
MAX_COMPARED = 4 * 1024 * 1024  # a larger file at one of the names is not one of ours


def data_home(environ: Mapping[str, str] | None = None) -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share`` when it is unset, empty or relative (the
    XDG Base Directory Specification says to ignore a relative one)."""
    value = (os.environ if environ is None else environ).get("XDG_DATA_HOME", "")
    if value and os.path.isabs(value):
        return Path(value)
    return Path.home() / ".local" / "share"


# --- the entry ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Launcher:
    """What the entry runs: ``command`` (program and arguments), in ``folder`` if given."""

    command: tuple[str, ...]
    folder: Path | None = None

    @classmethod
    def for_running(cls, argv0: str, executable: str, code_root: Path) -> Launcher:
        """The ``verkosto`` script when that is what runs (``argv0``), else ``executable -m
        cli`` started in ``code_root``, the folder holding the ``cli`` package (a checkout,
        or wherever the packages are), so it finds the same code without $PYTHONPATH."""
        script = Path(argv0)
        if script.name in ("verkosto", "verkosto.exe") and script.is_file():
            return cls((os.path.abspath(script),))
        return cls((executable, "-m", "cli"), Path(os.path.abspath(code_root)))


GENERIC_NAME = {
    "en": "Network meeting planner",
    "fi": "Verkostoneuvottelujen suunnittelu",
    "sv": "Planering av nätverksmöten",
}
COMMENT = {
    "en": "Plan multi-professional network meetings, the joint client plan and agreed actions",
    "fi": "Suunnittele verkostoneuvottelut, yhteinen asiakassuunnitelma ja sovitut "
          "toimenpiteet",
    "sv": "Planera nätverksmöten, den gemensamma klientplanen och överenskomna åtgärder",
}
KEYWORDS = {
    "en": "network meeting;client plan;consent;agreed actions;Kela;social work;",
    "fi": "verkostoneuvottelu;verkostopalaveri;asiakassuunnitelma;suostumus;toimenpiteet;"
          "Kela;sosiaalityö;",
    "sv": "nätverksmöte;klientplan;samtycke;åtgärder;FPA;socialt arbete;",
}
# Characters that make an Exec argument need quotes (Desktop Entry Specification, "The Exec
# key"); inside the quotes ", `, $ and \ are escaped with a backslash.
_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")


def _string(value: str) -> str:
    """A value of type string: a backslash as ``\\\\``, a leading space as ``\\s``."""
    value = value.replace("\\", "\\\\")
    return "\\s" + value[1:] if value.startswith(" ") else value


def exec_argument(argument: str) -> str:
    """One argument of the Exec key, quoted when it must be and ``%`` doubled (before the
    string escaping of the whole value)."""
    if any(c in _RESERVED for c in argument):
        argument = '"' + "".join("\\" + c if c in '"`$\\' else c for c in argument) + '"'
    return argument.replace("%", "%%")


def entry_text(launcher: Launcher) -> str:
    """The desktop entry that starts ``launcher``."""
    for part in (*launcher.command, *([str(launcher.folder)] if launcher.folder else [])):
        if any(ord(c) < 0x20 or ord(c) == 0x7F for c in part) or not _utf8(part):
            raise ValidationFailed([FieldError("exec", "validation.desktop_path_unusable",
                                               {"path": repr(part)})])
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.4",  # the newest desktop-file-validate 0.26 (Debian 12) knows
        f"Name={APP_NAME}",
        *(f"Name[{lang}]={APP_NAME}" for lang in ("fi", "sv")),
        f"GenericName={GENERIC_NAME['en']}",
        *(f"GenericName[{lang}]={GENERIC_NAME[lang]}" for lang in ("fi", "sv")),
        f"Comment={COMMENT['en']}",
        *(f"Comment[{lang}]={COMMENT[lang]}" for lang in ("fi", "sv")),
        "Exec=" + _string(" ".join(exec_argument(part) for part in launcher.command)),
        *([f"Path={_string(str(launcher.folder))}"] if launcher.folder else []),
        f"Icon={APP_ID}",
        "Terminal=false",
        "Categories=Office;Calendar;",
        f"Keywords={KEYWORDS['en']}",
        *(f"Keywords[{lang}]={KEYWORDS[lang]}" for lang in ("fi", "sv")),
        f"StartupWMClass={APP_NAME}",
        f"{MARK}=verkosto install-desktop",
    ]
    return "\n".join(lines) + "\n"


def _utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


# --- the files ----------------------------------------------------------------------------
def entry_path(home: Path) -> Path:
    return home / "applications" / f"{APP_ID}.desktop"


def icon_paths(home: Path) -> dict[Path, str]:
    """Where each shipped icon goes in the hicolor theme → its name in resources/icons."""
    theme = home / "icons" / "hicolor"
    paths = {theme / f"{n}x{n}" / "apps" / f"{APP_ID}.png": png_name(n) for n in ICON_SIZES}
    paths[theme / "scalable" / "apps" / f"{APP_ID}.svg"] = SVG_NAME
    return paths


def planned_files(home: Path, launcher: Launcher) -> dict[Path, bytes]:
    """Every file install-desktop writes, with its content."""
    files = {entry_path(home): entry_text(launcher).encode("utf-8")}
    files.update({path: icon_data(name) for path, name in icon_paths(home).items()})
    return files


def _current(path: Path) -> bytes | None:
    """The content of the regular file at ``path``: None when there is no regular file
    (``write_outputs`` refuses a link, device or folder, naming it), empty when it is larger
    than any of ours."""
    try:
        found = os.lstat(path)
    except FileNotFoundError:
        return None
    except NotADirectoryError:
        return None  # a file where a folder should be: write_outputs names it
    except OSError as error:
        raise failure(error, path) from error
    if not stat.S_ISREG(found.st_mode):
        return None
    if found.st_size > MAX_COMPARED:
        return b""
    try:
        return path.read_bytes()
    except OSError as error:
        raise failure(error, path) from error


@dataclass
class Installed:
    written: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)


def install(home: Path, launcher: Launcher, *, force: bool = False) -> Installed:
    """Write the entry and the icons under ``home``, all or nothing. Files already as they
    would be written are kept; another file at one of the names is refused (``OutputExists``,
    naming them all) unless ``force``."""
    result = Installed()
    changed: dict[Path, bytes] = {}
    for path, content in planned_files(home, launcher).items():
        if _current(path) == content:
            result.unchanged.append(path)
        else:
            changed[path] = content
    if changed:
        result.written = write_outputs(changed, force=force, make_folders=True)
    return result


@dataclass
class Uninstalled:
    removed: list[Path] = field(default_factory=list)
    left: list[Path] = field(default_factory=list)  # at our names, but not what we wrote


def uninstall(home: Path, *, force: bool = False) -> Uninstalled:
    """Remove what ``install`` wrote under ``home``: the entry if it carries the mark, each
    icon if it is the shipped one (the entry first, so the menu never shows a Verkosto
    without its files). Other files at these names are left and listed, or removed too with
    ``force``; a link, folder or device at them is never removed (and is listed). Folders
    stay."""
    result = Uninstalled()
    mark = f"\n{MARK}=".encode()
    for path, name in [(entry_path(home), None), *icon_paths(home).items()]:
        try:
            found = os.lstat(path)
        except (FileNotFoundError, NotADirectoryError):
            continue
        except OSError as error:
            raise failure(error, path) from error
        current = _current(path) if stat.S_ISREG(found.st_mode) else None
        if current is None:  # a link, folder or device: never ours to remove
            result.left.append(path)
            continue
        ours = mark in current if name is None else current == icon_data(name)
        if not (force or ours):
            result.left.append(path)
            continue
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as error:
            raise failure(error, path) from error
        result.removed.append(path)
    return result
