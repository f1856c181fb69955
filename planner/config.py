"""Where Verkosto keeps its files, and how they are created (umask 077, 0600/0700)."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "Verkosto"
LANGUAGES = ("fi", "sv", "en")  # of messages and the UI; here so the window's start is light
DATA_DIR_ENV = "VERKOSTO_DATA_DIR"
PASSPHRASE_ENV = "VERKOSTO_PASSPHRASE"
# The team store (a PostgreSQL server) instead of the data dir's store, and its login's
# password where no keyring keeps it (headless use; the keyring is the place otherwise).
STORE_ENV = "VERKOSTO_STORE"
STORE_PASSWORD_ENV = "VERKOSTO_STORE_PASSWORD"
LANG_ENV = "VERKOSTO_LANG"
HELSINKI = "Europe/Helsinki"


def default_data_dir() -> Path:
    """The user data dir (or ``$VERKOSTO_DATA_DIR``) that holds the encrypted store."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    import platformdirs  # a few ms at start-up, only when no data dir is given

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def private_umask() -> None:
    """Every file this process creates from now on is readable by its owner only."""
    os.umask(0o077)


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (0700) if it is missing; tighten nothing that already exists elsewhere."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(path, 0o700)
    return path


CONFIG_DIR_ENV = "VERKOSTO_CONFIG_DIR"


def default_config_dir() -> Path:
    """The user configuration dir (or ``$VERKOSTO_CONFIG_DIR``): outside the data dir, so a
    copy of the data dir put back does not bring its audit anchor with it."""
    override = os.environ.get(CONFIG_DIR_ENV)
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
