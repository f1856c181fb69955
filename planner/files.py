"""Files Verkosto writes: whole or not at all, and never over something it was not asked to
replace (tiedostot: vienti, varmuuskopio, tietovaraston kuvaus).

Two kinds of writing:

- ``write_atomically`` for the app's own files in its data dir (the store descriptor): a
  temporary file in the same folder, fsync, rename over the old one, fsync the folder.
- ``write_output`` / ``write_into_folder`` / ``write_outputs`` for what a person asked to be
  written somewhere (every ``--out``, a backup, the window's save dialogs). The target is looked
  at with ``lstat`` first: anything but a regular file (a device node, a FIFO, a socket, a
  folder, a symbolic link) is refused even with ``force``; an existing regular file is refused
  unless ``force``; the folder must be a folder. The content goes to a temporary file created
  exclusively (``O_EXCL``, mode 0600) beside the target and is fsynced; then, without
  ``force``, it is published with a no-clobber hard link (a target that appeared meanwhile is
  not touched), with ``force`` renamed over the target after checking again that it is a
  regular file. A failure removes the temporary files and leaves every existing file as it was.
  A full disk is reported as a full disk.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import BinaryIO

from planner.errors import (
    OutputDiskFull,
    OutputError,
    OutputExists,
    OutputFolderMissing,
    OutputNotAFolder,
    OutputNotRegular,
    OutputWriteFailed,
)

Writer = Callable[[BinaryIO], None]
Content = bytes | Writer

_FULL = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
# Where a file system has no hard links, the name is reserved with O_EXCL instead.
_NO_LINKS = {errno.EPERM, errno.EMLINK, errno.EXDEV, errno.ENOSYS, errno.EOPNOTSUPP,
             getattr(errno, "ENOTSUP", errno.EOPNOTSUPP)}


# --- the app's own files ----------------------------------------------------------------------
def sync_path(path: Path) -> None:
    """fsync a file (or a folder) by name: what was written to it is on the disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sync_dir(folder: Path) -> None:
    """Make a rename or a new name in ``folder`` durable (no-op where folders cannot be
    opened, i.e. Windows)."""
    if os.name != "nt":
        sync_path(folder)


def write_atomically(path: Path, data: bytes) -> None:
    """Temporary file in the same folder, fsync, rename: never a half-written file. For the
    app's own files only; what a person asked to write goes through ``write_output``."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
        sync_dir(path.parent)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


# --- what is at a path ------------------------------------------------------------------------
def _kind(mode: int) -> str:
    """The message code of what a non-regular entry is (for "… is a device")."""
    if stat.S_ISDIR(mode):
        return "detail.kind_folder"
    if stat.S_ISLNK(mode):
        return "detail.kind_link"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "detail.kind_device"
    if stat.S_ISFIFO(mode):
        return "detail.kind_fifo"
    if stat.S_ISSOCK(mode):
        return "detail.kind_socket"
    return "detail.kind_file" if stat.S_ISREG(mode) else "detail.kind_other"


def failure(error: OSError, path: Path) -> OutputError:
    """The typed error for an OSError met while writing ``path``."""
    if error.errno in _FULL:
        return OutputDiskFull(path=str(path))
    if error.errno == errno.EROFS:
        detail = "detail.read_only"
    elif error.errno in (errno.EACCES, errno.EPERM):
        detail = "detail.no_permission"
    else:
        detail = error.strerror or str(error)
    return OutputWriteFailed(path=str(path), detail=detail)


def _lstat(path: Path) -> os.stat_result | None:
    try:
        return os.lstat(path)
    except FileNotFoundError:
        return None
    except OSError as error:  # e.g. no permission to look into the folder
        raise failure(error, path) from error


def check_folder(folder: Path, *, may_create: bool = False) -> bool:
    """Raise unless ``folder`` is a folder (a symbolic link to one will do) — or, with
    ``may_create``, could be made one. Names the part of the path that is in the way.
    Returns whether the folder exists."""
    for part in [*reversed(folder.parents), folder]:
        try:
            mode = os.stat(part).st_mode
        except FileNotFoundError:
            if os.path.lexists(part):  # a link to nothing
                raise OutputNotAFolder(path=str(part), detail="detail.kind_link") from None
            if may_create:
                return False
            raise OutputFolderMissing(path=str(folder)) from None
        except OSError as error:
            raise failure(error, part) from error
        if not stat.S_ISDIR(mode):
            raise OutputNotAFolder(path=str(part), detail=_kind(mode))
    return True


def existing_outputs(targets: Iterable[Path]) -> list[Path]:
    """Those of ``targets`` that exist (whatever they are): what a save would have to replace."""
    return [Path(target) for target in targets if _lstat(Path(target)) is not None]


def check_outputs(targets: Iterable[Path], *, force: bool = False,
                  make_folders: bool = False) -> None:
    """Raise the refusal ``write_outputs`` would raise, before any work is done: a folder that
    is not one, a target that is not a regular file, existing files without ``force``."""
    paths = [Path(target) for target in targets]
    for folder in dict.fromkeys(path.parent for path in paths):
        check_folder(folder, may_create=make_folders)
    existing = []
    for path in paths:
        found = _lstat(path)
        if found is None:
            continue
        if not stat.S_ISREG(found.st_mode):
            raise OutputNotRegular(path=str(path), detail=_kind(found.st_mode))
        existing.append(path)
    if existing and not force:
        raise OutputExists(existing)


def check_output(target: Path, *, force: bool = False) -> None:
    """``check_outputs`` for one file."""
    check_outputs([target], force=force)


# --- writing ----------------------------------------------------------------------------------
def write_output(target: Path, content: Content, *, force: bool = False) -> Path:
    """Write ``content`` (bytes, or a function writing to a binary file) to ``target``; see the
    module's docstring for what is refused. Returns ``target``."""
    return write_outputs({Path(target): content}, force=force)[0]


def write_into_folder(folder: Path, files: Mapping[str, Content], *,
                      force: bool = False) -> list[Path]:
    """Write each named file into ``folder``, made (with its parents) when missing."""
    for name in files:
        if name in ("", ".", "..") or Path(name).name != name:
            raise ValueError(f"not a plain file name: {name!r}")
    return write_outputs({Path(folder) / name: content for name, content in files.items()},
                         force=force, make_folders=True)


def write_outputs(files: Mapping[Path, Content], *, force: bool = False,
                  make_folders: bool = False) -> list[Path]:
    """Write several files all or nothing: everything is checked, then every file is staged
    beside its target, then they are published. A refusal or failure leaves no new file and
    every existing one untouched (with ``force``, the files replaced before a failure stay
    replaced). ``make_folders`` creates missing folders (removed again on a failure)."""
    targets = [Path(target) for target in files]
    check_outputs(targets, force=force, make_folders=make_folders)
    folders = list(dict.fromkeys(target.parent for target in targets))
    staged: dict[Path, Path] = {}
    created: list[Path] = []
    made: list[Path] = []
    try:
        for folder in folders if make_folders else []:
            _make_folder(folder, made)
        for target, content in zip(targets, files.values(), strict=True):
            staged[target] = _stage(target, content)
        for target, temp in staged.items():
            if _publish(temp, target, force):
                created.append(target)
        for folder in folders:
            _durable(folder)
    except BaseException:
        for path in [*staged.values(), *created]:  # only what this call made
            path.unlink(missing_ok=True)
        for folder in reversed(made):
            with contextlib.suppress(OSError):  # not empty: something else is in it now
                folder.rmdir()
        raise
    for temp in staged.values():  # the second name of each linked file
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
    return targets


def _make_folder(folder: Path, made: list[Path]) -> None:
    """Make ``folder`` and its missing parents, adding each made to ``made``."""
    missing = [part for part in [*reversed(folder.parents), folder] if not part.exists()]
    for part in missing:
        try:
            part.mkdir()
        except FileExistsError:  # something else took the name meanwhile
            check_folder(part)
            continue
        except OSError as error:
            raise failure(error, part) from error
        made.append(part)


def _stage(target: Path, content: Content) -> Path:
    """The content in a new private file beside ``target``, on disk."""
    try:
        fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name[:40]}.",
                                    suffix=".tmp")
    except OSError as error:
        raise failure(error, target) from error
    temp = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            if isinstance(content, bytes):
                handle.write(content)
            else:
                content(handle)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException as error:
        temp.unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise failure(error, target) from error
        raise
    return temp


def _publish(temp: Path, target: Path, force: bool) -> bool:
    """Give the staged file its name; returns whether the name is new."""
    try:
        if force:
            found = _lstat(target)
            if found is not None and not stat.S_ISREG(found.st_mode):
                raise OutputNotRegular(path=str(target), detail=_kind(found.st_mode))
            os.replace(temp, target)
            return found is None
        _link(temp, target)
        return True
    except FileExistsError as error:  # it appeared after the check: not ours to replace
        raise OutputExists([target]) from error
    except OSError as error:
        raise failure(error, target) from error


def _link(temp: Path, target: Path) -> None:
    """Publish without replacing anything: a hard link fails with EEXIST when the name is
    taken. Without hard links, reserve the name with O_EXCL and rename over that."""
    try:
        os.link(temp, target)
        return
    except FileExistsError:
        raise
    except OSError as error:
        if error.errno not in _NO_LINKS:
            raise
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    try:
        os.replace(temp, target)
    except BaseException:
        target.unlink(missing_ok=True)
        raise


def _durable(folder: Path) -> None:
    try:
        sync_dir(folder)
    except OSError as error:
        raise failure(error, folder) from error
