"""Reading a file a person pointed at (a reply, busy times, a PDF to verify, a .p12, a CA
certificate) without trusting it: at most ``limit`` bytes are ever read, so ``/dev/zero`` or
a huge file is refused instead of filling memory; a missing path, a folder or an unreadable
file gives a translated error that names it.
"""

from __future__ import annotations

import errno
from pathlib import Path

from planner.errors import InputTooLarge, InputUnreadable, NotFound

KIB = 1024
MIB = 1024 * KIB
# Bounds per kind of input, far above what a real file of that kind holds.
PDF_MAX_BYTES = 200 * MIB  # no meeting summary comes near
CERTIFICATE_MAX_BYTES = 1 * MIB  # a PEM bundle of many CA certificates, or a .p12


def _size_text(limit: int) -> str:
    if limit >= MIB:
        return f"{limit // MIB} MiB" if limit % MIB == 0 else f"{limit / MIB:.1f} MiB"
    return f"{max(1, limit // KIB)} KiB"


def _refusal(path: Path, error: OSError) -> NotFound | InputUnreadable:
    if isinstance(error, FileNotFoundError) or error.errno == errno.ENOTDIR:
        return NotFound(entity="file", ident=str(path))  # ENOTDIR: a file in the folder's place
    detail = {errno.EISDIR: "detail.input_is_folder", errno.EACCES: "detail.input_no_permission",
              errno.EPERM: "detail.input_no_permission",
              errno.ENAMETOOLONG: "detail.input_name_too_long"}.get(error.errno or 0)
    return InputUnreadable(path=str(path), detail=detail or error.strerror or str(error))


def read_input(path: Path, limit: int) -> bytes:
    """The bytes of ``path``, at most ``limit`` of them; more is refused (InputTooLarge)."""
    try:
        with Path(path).open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as error:
        raise _refusal(path, error) from error
    if len(data) > limit:
        raise InputTooLarge(path=str(path), limit=_size_text(limit))
    return data


def require_readable(path: Path) -> None:
    """For a file read in parts elsewhere (a backup): NotFound or InputUnreadable now, with
    its name, instead of an OSError halfway."""
    try:
        with Path(path).open("rb") as handle:
            handle.read(0)
    except OSError as error:
        raise _refusal(path, error) from error
