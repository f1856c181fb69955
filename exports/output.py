"""An export and its audit entries, together: what a future export calls to write its files.

The entries are recorded and the files written (``planner.files.write_outputs``: checked,
staged beside their targets, published without replacing anything unless ``force``) in one
store transaction. A refusal or a failed write rolls the entries back; a commit that fails
after the files were published takes back the files this call wrote (a file they replaced
is gone by then). So the log never names a
file that was not written, and no file is left that the log does not name.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from planner.files import Content, write_outputs
from planner.services import Planner, Release


def write_logged(planner: Planner, files: Mapping[Path, Content],
                 releases: Iterable[Release], *, force: bool = False,
                 make_folders: bool = False) -> list[Path]:
    """Log ``releases`` and write ``files`` (target → bytes or writer) all or nothing;
    ``force`` replaces existing regular files, ``make_folders`` creates missing folders."""
    written: list[Path] = []

    def write() -> None:
        written.extend(write_outputs(files, force=force, make_folders=make_folders))

    try:
        planner.audit.record_releases(releases, then=write)
    except BaseException:
        for path in written:  # the entries did not commit: take back what they describe
            path.unlink(missing_ok=True)
        raise
    return written
