"""`verkosto backup`, `restore`, `rekey` and `passphrase`: backups and key changes headless.

Passphrases never come from arguments (they would show in the process list and shell history):
the backup's from $VERKOSTO_BACKUP_PASSPHRASE, a new store passphrase from
$VERKOSTO_NEW_PASSPHRASE (`passphrase`) or $VERKOSTO_PASSPHRASE (`restore`), else asked at a
terminal — a new one twice.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from cli.arguments import FORCE_HELP
from planner.config import PASSPHRASE_ENV
from planner.errors import (
    BackupPassphraseRequired,
    BackupPassphrasesDiffer,
    CorruptStore,
    KeyChangeNotApplicable,
    NotAStore,
    PassphraseRequired,
    RestoreNotConfirmed,
    StoreError,
)
from planner.messages import translate

if TYPE_CHECKING:  # `verkosto` without a command parses these arguments too: keep it light
    from planner.services import Planner
    from planner.storage.backup import BackupInfo
    from planner.storage.restore_preview import RestoreLoss

BACKUP_PASSPHRASE_ENV = "VERKOSTO_BACKUP_PASSPHRASE"
NEW_PASSPHRASE_ENV = "VERKOSTO_NEW_PASSPHRASE"


def add_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                common: argparse.ArgumentParser) -> None:
    backup = commands.add_parser(
        "backup", parents=[common],
        help=f"write an encrypted backup of the store to FILE (its own passphrase from "
             f"${BACKUP_PASSPHRASE_ENV}, else asked twice); works while the window is open")
    backup.add_argument("file", type=Path, metavar="FILE")
    backup.add_argument("--force", action="store_true", help=FORCE_HELP)
    backup.set_defaults(handler="backup")

    restore = commands.add_parser(
        "restore", parents=[common],
        help="verify a backup, show what it holds, and replace the store with it (the current "
             "store is kept in backups/); close the window first")
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.add_argument("--yes", action="store_true", help="replace without asking")
    restore.add_argument("--protection", choices=("keyring", "passphrase"),
                         help="how the restored store's new key is kept (default: as now)")
    restore.set_defaults(handler="restore")

    rekey = commands.add_parser("rekey", parents=[common],
                                help="give a keyring-protected store a new random key")
    rekey.set_defaults(handler="rekey")
    passphrase = commands.add_parser(
        "passphrase", parents=[common],
        help=f"change the passphrase of a passphrase-protected store (the new one from "
             f"${NEW_PASSPHRASE_ENV}, else asked twice)")
    passphrase.set_defaults(handler="passphrase")


# --- passphrases ------------------------------------------------------------------------------
def _prompt(language: str, code: str) -> str:
    return getpass.getpass(translate(code, language))


def _new_phrase(env: str, language: str, prompt: str,
                missing: Callable[[], Exception]) -> str:
    """From ``env``, else asked twice at a terminal; else ``missing()`` is raised."""
    phrase = os.environ.get(env)
    if phrase:
        return phrase
    if not sys.stdin.isatty():
        raise missing()
    phrase = _prompt(language, prompt)
    if phrase != _prompt(language, "cli.prompt_repeat"):
        raise BackupPassphrasesDiffer()
    return phrase


def _backup_phrase(language: str) -> str:
    phrase = os.environ.get(BACKUP_PASSPHRASE_ENV)
    if phrase:
        return phrase
    if not sys.stdin.isatty():
        raise BackupPassphraseRequired()
    return _prompt(language, "cli.prompt_backup_passphrase")


# --- backup, rekey (the store is open) --------------------------------------------------------
def cmd_backup(planner: Planner, args: argparse.Namespace, language: str) -> int:
    from planner.storage.backup import check_backup_target, make_backup

    check_backup_target(args.file, overwrite=args.force)  # before the passphrase is asked
    phrase = _new_phrase(BACKUP_PASSPHRASE_ENV, language, "cli.prompt_backup_passphrase",
                         BackupPassphraseRequired)
    info = make_backup(planner.store, args.file, phrase, overwrite=args.force)
    print(translate("cli.backup_written", language, path=args.file, clients=info.clients,
                    meetings=info.meetings))
    return 0


def cmd_rekey(planner: Planner, args: argparse.Namespace, language: str) -> int:
    from planner.crypto.vault import KeyringVault
    from planner.storage.rekey import rotate_key

    rotate_key(planner.store, KeyringVault())
    print(translate("cli.key_rotated", language))
    return 0


# --- passphrase, restore (they open the store themselves, or none) ---------------------------
def cmd_passphrase(args: argparse.Namespace, data_dir: Path, language: str) -> int:
    from cli.commands import passphrase_source
    from planner.storage.rekey import change_passphrase
    from planner.storage.store import open_store

    given: list[str] = []
    source = passphrase_source(data_dir, language)

    def remembered() -> str | None:
        phrase = source()
        if phrase:
            given.append(phrase)
        return phrase

    store = open_store(data_dir, passphrase=remembered, create=False)
    try:
        if store.protection != "passphrase":
            raise KeyChangeNotApplicable()
        old = given[-1] if given else None
        new = _new_phrase(NEW_PASSPHRASE_ENV, language, "cli.prompt_new_passphrase",
                          PassphraseRequired)
        change_passphrase(store, old or "", new)
    finally:
        given.clear()  # the old passphrase is not kept past its use
        store.close()
    print(translate("cli.passphrase_changed", language))
    return 0


def cmd_restore(args: argparse.Namespace, data_dir: Path, language: str) -> int:
    from planner.input_files import require_readable
    from planner.storage.backup import verify_backup
    from planner.storage.restore import restore_backup
    from planner.storage.store import StorePaths

    require_readable(args.file)  # a missing file or a folder named before any passphrase
    phrase = _backup_phrase(language)
    paths = StorePaths(data_dir)
    loss = None
    if paths.database.exists():
        info, loss = _preview(args.file, phrase, data_dir, language)
    else:
        info = verify_backup(args.file, phrase)
    _show(info, language)
    if loss is not None:
        _show_loss(loss, language)
    if loss is not None and not loss.nothing and not args.yes:
        raise RestoreNotConfirmed()  # newer work would be lost: only --yes, no quick "k"
    if paths.database.exists() and not args.yes:
        if not sys.stdin.isatty():
            raise RestoreNotConfirmed()
        answer = input(translate("cli.restore_question", language, path=paths.database))
        if answer.strip().lower()[:1] not in ("k", "j", "y"):
            raise RestoreNotConfirmed()
    result = restore_backup(
        args.file, phrase, data_dir, protection=args.protection,
        new_passphrase=lambda: _new_phrase(PASSPHRASE_ENV, language,
                                           "cli.prompt_new_passphrase", PassphraseRequired),
        current_damaged=_damaged(paths.database))
    result.store.close()
    print(translate("cli.restored", language, path=paths.database))
    if result.kept is not None:
        print(translate("cli.restored_kept", language, kept=result.kept))
    return 0


def _preview(file: Path, phrase: str, data_dir: Path,
             language: str) -> tuple[BackupInfo, RestoreLoss | None]:
    """The backup verified, and what the live store holds that it lacks — when the live store
    opens (a damaged one cannot tell; then the restore needs a yes all the same)."""
    from cli.commands import passphrase_source
    from planner.storage.backup import verify_backup
    from planner.storage.restore_preview import preview_restore
    from planner.storage.store import open_store

    try:
        live = open_store(data_dir, passphrase=passphrase_source(data_dir, language),
                          create=False, audit_rollback="inspect")
    except StoreError as error:
        print(translate("cli.restore_loss_unknown", language,
                        reason=error.message(language)), file=sys.stderr)
        return verify_backup(file, phrase), None
    try:
        info, loss = preview_restore(file, phrase, live)
    finally:
        live.close()
    return info, loss


def _show_loss(loss: RestoreLoss, language: str) -> None:
    from cli.output import finnish_datetime

    if loss.nothing:
        print(translate("cli.restore_loss_none", language))
        return
    print(translate("cli.restore_loss_header", language), file=sys.stderr)
    for newer, code in ((loss.clients, "cli.restore_loss_clients"),
                        (loss.meetings, "cli.restore_loss_meetings"),
                        (loss.actions, "cli.restore_loss_actions"),
                        (loss.answers, "cli.restore_loss_answers"),
                        (loss.log_entries, "cli.restore_loss_log_entries")):
        if newer.count:
            newest = finnish_datetime(newer.newest) if newer.newest else "–"
            print(translate(code, language, count=newer.count, newest=newest),
                  file=sys.stderr)
    print(translate("cli.restore_loss_footer", language), file=sys.stderr)


def _show(info: BackupInfo, language: str) -> None:
    from cli.output import finnish_datetime

    print(translate("cli.backup_contents", language, path=info.file,
                    created=finnish_datetime(info.created_at), clients=info.clients,
                    meetings=info.meetings, audit=info.audit_entries,
                    revision=info.schema_revision))
    if info.needs_upgrade:
        print(translate("cli.backup_upgrade_note", language))


def _damaged(database: Path) -> bool:
    """What can be told without a key: empty, cut short or not encrypted at all."""
    from planner.storage.store import inspect_existing_file

    if not database.exists():
        return False
    try:
        inspect_existing_file(database)
    except (CorruptStore, NotAStore):
        return True
    return False


HANDLERS: dict[str, Callable[[Planner, argparse.Namespace, str], int]] = {
    "backup": cmd_backup, "rekey": cmd_rekey,
}
WITHOUT_STORE: dict[str, Callable[[argparse.Namespace, Path, str], int]] = {
    "passphrase": cmd_passphrase, "restore": cmd_restore,
}
