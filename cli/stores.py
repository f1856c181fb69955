"""The store for the headless commands: the store-administration service asked at a terminal.

The passphrase policy itself ($VERKOSTO_PASSPHRASE, else asked) is the service's
(planner/services/store_admin.py); here is only how a terminal asks.
"""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from planner.config import STORE_ENV
from planner.messages import translate

if TYPE_CHECKING:  # `verkosto` without a command parses arguments too: keep it light
    from planner.services import Planner
    from planner.services.store_admin import AskPassphrase, RollbackPolicy, StoreAdministration

PROMPTS = {"fi": "Tunnuslause: ", "sv": "Lösenfras: ", "en": "Passphrase: "}
PASSWORD_PROMPTS = {"fi": "Salasana ({address}): ", "sv": "Lösenord ({address}): ",
                    "en": "Password ({address}): "}


def terminal_ask(language: str) -> AskPassphrase:
    """A prompt when a person is at the terminal; without one, nobody is asked (None)."""

    def ask(_new_store: bool, _error: str) -> str | None:
        if not sys.stdin.isatty():
            return None
        return getpass.getpass(PROMPTS[language])

    return ask


def terminal_ask_password(language: str) -> Callable[[str], str | None]:
    def ask(address: str) -> str | None:
        if not sys.stdin.isatty():
            return None
        return getpass.getpass(PASSWORD_PROMPTS[language].format(address=address))

    return ask


def team_address(store: str | None = None) -> str | None:
    """``--store``, else $VERKOSTO_STORE: the team store to open instead of the data dir's."""
    return store or os.environ.get(STORE_ENV) or None


def administration(data_dir: Path, language: str,
                   store: str | None = None) -> StoreAdministration:
    from planner.services.store_admin import StoreAdministration

    return StoreAdministration(data_dir, ask=terminal_ask(language), team=team_address(store),
                               ask_password=terminal_ask_password(language))


def open_planner(data_dir: Path, language: str, *, create: bool = False,
                 prefer_passphrase: bool = False,
                 audit_rollback: RollbackPolicy = "refuse", store: str | None = None) -> Planner:
    """The store in ``data_dir`` (or the team store of ``store`` / $VERKOSTO_STORE); created
    only when ``create`` (init, demo), and then said."""
    planner = administration(data_dir, language, store).open(
        create=create, prefer_passphrase=prefer_passphrase, audit_rollback=audit_rollback)
    store = planner.store
    if store.created:
        protection = "avainnippu" if store.protection == "keyring" else "tunnuslause"
        if language != "fi":
            protection = store.protection
        print(translate("cli.store_created", language, path=store.location,
                        protection=protection), file=sys.stderr)
    return planner
