"""Copying a data dir the way a second installation would have it, and the stores most tests
start from, built once per test process and copied."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

CONFIG_ENV = "VERKOSTO_CONFIG_DIR"


def copy_store(source: Path, target: Path) -> Path:
    """Copy the data dir ``source`` to ``target`` with the audit anchors it had, in a config
    folder of the copy's own (this process and its children use it from now on; conftest
    restores the run's folder after the test). Without this the copy would be an older copy
    of a store whose anchor has moved on: a rollback, which the store rightly refuses."""
    shutil.copytree(source, target)
    return _own_config_for(target, os.environ[CONFIG_ENV])


_TEMPLATES: dict[str, Path] = {}


def from_template(name: str, build: Callable[[Path], object], target: Path) -> Path:
    """A copy of the store ``build`` makes, built once per test process (migrations, Argon2
    and the demo data are paid once, not per test) and copied to ``target`` with its audit
    anchors, in a config folder of the copy's own as :func:`copy_store` gives. Every copy is
    the same store (one id, one key), so no two copies may share a config folder."""
    root = _TEMPLATES.get(name)
    if root is None:
        root = Path(tempfile.mkdtemp(prefix=f"verkosto-template-{name}-"))
        atexit.register(shutil.rmtree, root, ignore_errors=True)
        saved = os.environ[CONFIG_ENV]
        os.environ[CONFIG_ENV] = str(root / "config")
        try:
            build(root / "data")
        finally:
            os.environ[CONFIG_ENV] = saved
        _TEMPLATES[name] = root
    shutil.copytree(root / "data", target)
    return _own_config_for(target, os.environ[CONFIG_ENV], root / "config")


def _own_config_for(target: Path, *sources: str | Path) -> Path:
    config = target.parent / f"{target.name}-config"
    for source in sources:
        if Path(source).is_dir():
            shutil.copytree(source, config, dirs_exist_ok=True)
    config.mkdir(exist_ok=True)
    os.environ[CONFIG_ENV] = str(config)
    return target
