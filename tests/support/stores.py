"""Copying a data dir the way a second installation would have it."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

CONFIG_ENV = "VERKOSTO_CONFIG_DIR"


def copy_store(source: Path, target: Path) -> Path:
    """Copy the data dir ``source`` to ``target`` with the audit anchors it had, in a config
    folder of the copy's own (this process and its children use it from now on; conftest
    restores the run's folder after the test). Without this the copy would be an older copy
    of a store whose anchor has moved on: a rollback, which the store rightly refuses."""
    shutil.copytree(source, target)
    config = target.parent / f"{target.name}-config"
    shutil.copytree(os.environ[CONFIG_ENV], config, dirs_exist_ok=True)
    os.environ[CONFIG_ENV] = str(config)
    return target
