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
    KeyChangeNotApplicable,
    PassphraseRequired,
    RestoreNotConfirmed,
)
from planner.messages import translate

if TYPE_CHECKING:  # `verkosto` without a command parses these arguments too: keep it light
    from planner.services import Planner
    from planner.services.store_admin import BackupInfo, RestoreLoss

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
    from planner.services.store_admin import StoreAdministration

    StoreAdministration.check_backup_target(args.file, overwrite=args.force)  # before asking
    phrase = _new_phrase(BACKUP_PASSPHRASE_ENV, language, "cli.prompt_backup_passphrase",
                         BackupPassphraseRequired)
    info = StoreAdministration.backup(planner, args.file, phrase, overwrite=args.force)
    print(translate("cli.backup_written", language, path=args.file, clients=info.clients,
                    meetings=info.meetings))
    return 0


def cmd_rekey(planner: Planner, args: argparse.Namespace, language: str) -> int:
    from planner.services.store_admin import StoreAdministration

    StoreAdministration.of(planner).rotate_key(planner)
    print(translate("cli.key_rotated", language))
    return 0


# --- passphrase, restore (they open the store themselves, or none) ---------------------------
def cmd_passphrase(args: argparse.Namespace, data_dir: Path, language: str) -> int:
    from cli.stores import terminal_ask
    from planner.services.store_admin import StoreAdministration

    given: list[str] = []
    ask = terminal_ask(language)

    def remembered(new_store: bool, error: str) -> str | None:
        phrase = ask(new_store, error)
        if phrase:
            given.append(phrase)
        return phrase

    admin = StoreAdministration(data_dir, ask=remembered)
    planner = admin.open()
    try:
        if planner.store.protection != "passphrase":
            raise KeyChangeNotApplicable()
        old = given[-1] if given else os.environ.get(PASSPHRASE_ENV)
        new = _new_phrase(NEW_PASSPHRASE_ENV, language, "cli.prompt_new_passphrase",
                          PassphraseRequired)
        admin.change_passphrase(planner, old or "", new)
    finally:
        given.clear()  # the old passphrase is not kept past its use
        planner.close()
    print(translate("cli.passphrase_changed", language))
    return 0


def cmd_restore(args: argparse.Namespace, data_dir: Path, language: str) -> int:
    from cli.stores import administration
    from planner.input_files import require_readable

    admin = administration(data_dir, language, getattr(args, "store", None))
    if admin.team is not None:  # before any passphrase is asked
        from planner.errors import TeamStoreLocalOnly

        raise TeamStoreLocalOnly()
    require_readable(args.file)  # a missing file or a folder named before any passphrase
    phrase = _backup_phrase(language)
    loss = None
    if admin.paths.database.exists():
        info, loss, unopened = admin.preview_restore_here(args.file, phrase)
        if unopened is not None:  # a damaged store cannot tell; then a yes all the same
            print(translate("cli.restore_loss_unknown", language,
                            reason=unopened.message(language)), file=sys.stderr)
    else:
        info = admin.verify_backup(args.file, phrase)
    _show(info, language)
    if loss is not None:
        _show_loss(loss, language)
    if loss is not None and not loss.nothing and not args.yes:
        raise RestoreNotConfirmed()  # newer work would be lost: only --yes, no quick "k"
    if admin.paths.database.exists() and not args.yes:
        if not sys.stdin.isatty():
            raise RestoreNotConfirmed()
        answer = input(translate("cli.restore_question", language, path=admin.paths.database))
        if answer.strip().lower()[:1] not in ("k", "j", "y"):
            raise RestoreNotConfirmed()
    outcome = admin.restore(
        args.file, phrase, protection=args.protection,
        new_passphrase=lambda: _new_phrase(PASSPHRASE_ENV, language,
                                           "cli.prompt_new_passphrase", PassphraseRequired),
        current_damaged=admin.damaged())
    outcome.planner.close()
    print(translate("cli.restored", language, path=admin.paths.database))
    if outcome.kept is not None:
        print(translate("cli.restored_kept", language, kept=outcome.kept))
    return 0


def _show_loss(loss: RestoreLoss, language: str) -> None:
    from cli.output import datetime_text

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
            newest = datetime_text(newer.newest, language) if newer.newest else "–"
            print(translate(code, language, count=newer.count, newest=newest),
                  file=sys.stderr)
    print(translate("cli.restore_loss_footer", language), file=sys.stderr)


def _show(info: BackupInfo, language: str) -> None:
    from cli.output import datetime_text

    print(translate("cli.backup_contents", language, path=info.file,
                    created=datetime_text(info.created_at, language), clients=info.clients,
                    meetings=info.meetings, audit=info.audit_entries,
                    revision=info.schema_revision))
    if info.needs_upgrade:
        print(translate("cli.backup_upgrade_note", language))


HANDLERS: dict[str, Callable[[Planner, argparse.Namespace, str], int]] = {
    "backup": cmd_backup, "rekey": cmd_rekey,
}
WITHOUT_STORE: dict[str, Callable[[argparse.Namespace, Path, str], int]] = {
    "passphrase": cmd_passphrase, "restore": cmd_restore,
}
