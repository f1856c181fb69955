"""Open or create the encrypted store in a data dir, telling every failure apart.

Rules (../shared/security.md): never create a key or a store over an existing file, never write
to a file that failed to open, and classify: no keyring / locked / missing entry / wrong key /
wrong passphrase / not a store / damaged store.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, exc, text
from sqlmodel import Session

from planner.config import default_config_dir, ensure_private_dir, private_umask
from planner.crypto.keys import (
    Argon2Parameters,
    derive_key,
    key_check,
    key_matches,
    matching_key,
    new_random_key,
)
from planner.crypto.vault import KeyringVault
from planner.errors import (
    CorruptStore,
    FieldError,
    KeyringNotPersisting,
    KeyringUnavailable,
    NoStore,
    NotAStore,
    PassphraseRequired,
    StoreBusy,
    StoreFileMissing,
    StoreReadOnly,
    StoreWriteFailed,
    ValidationFailed,
    WrongKey,
    WrongPassphrase,
)
from planner.files import write_atomically
from planner.storage import audit_anchor, key_journal, migrate, staging
from planner.storage import engine as engine_module
from planner.storage.audit_anchor import RollbackPolicy
from planner.storage.audit_chain import (
    AUDIT_LAST,
    GENESIS,
    AuditHead,
    ChainKeys,
    load_chain_keys,
)
from planner.storage.descriptor import (
    DATABASE_NAME,
    DESCRIPTOR_NAME,
    Argon2OutOfBounds,
    PendingKey,
    StoreDescriptor,
    StorePaths,
)

SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"
# A passphrase source: called only when the store needs one (the GUI asks, the CLI reads env).
PassphraseSource = Callable[[], str | None]
ANCHOR_FOLDER = "audit-anchors"


def _wipe(secret: bytes | bytearray) -> None:
    """Overwrite a key held in a bytearray (immutable bytes can only be dropped)."""
    if isinstance(secret, bytearray):
        secret[:] = bytes(len(secret))


@dataclass
class Store:
    """An open, keyed, migrated store. Sessions come from ``read()`` and ``write()``.

    The key lives in one bytearray, ``_key``, which the engine's connections are keyed from;
    ``close()`` (also at lock) overwrites it, so no copy of it stays reachable.
    """

    paths: StorePaths
    descriptor: StoreDescriptor
    engine: Engine
    created: bool = False
    migration_backup: Path | None = None
    _key: bytes | bytearray = field(default_factory=bytearray, repr=False)
    chain_keys: ChainKeys | None = field(default=None, repr=False)
    anchor: audit_anchor.AnchorKeeper | None = field(default=None, repr=False)
    anchor_check: audit_anchor.AnchorCheck | None = None
    _anchored: bool = False  # the store knows an anchor was written (a missing one is news)

    def __post_init__(self) -> None:
        if not isinstance(self._key, bytearray):
            self._key = bytearray(self._key)

    @property
    def protection(self) -> str:
        return self.descriptor.protection

    @property
    def location(self) -> str:
        """Where the store is, as its user is told: the database file's path."""
        return str(self.paths.database)

    def errors(self) -> AbstractContextManager[None]:
        """Database failures in use become the store's typed errors (overridden by the team
        store, whose failures are a server's)."""
        return translate_errors(self.paths.database)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.errors(), Session(self.engine) as session:
            yield session

    @contextmanager
    def write(self, *, logged_read: bool = False) -> Iterator[Session]:
        """A write transaction (BEGIN IMMEDIATE), committed on success, rolled back on error.
        ``logged_read``: it only reads and appends audit entries (a logged view); the same here,
        but a team store lets such reads run beside other writers (planner/storage/team.py)."""
        bound = self.engine.execution_options(**{engine_module.WRITE_OPTION: True,
                                                 engine_module.LOGGED_READ_OPTION: logged_read})
        with (self.errors(),
              Session(bound, expire_on_commit=False) as session):
            with session.begin():
                yield session
            last: Any = session.info.pop(AUDIT_LAST, None)
        if last is not None and self.anchor is not None and last.id is not None:
            # Committed: only now may the outside anchor move to it.
            moved = self.anchor.advance(AuditHead(int(last.id), str(last.entry_hash)))
            if moved and not self._anchored:
                self.mark_anchored()

    def backup_to(self, target: Path) -> None:
        """A consistent encrypted copy (same key) made with ``sqlcipher_export``."""
        ensure_private_dir(target.parent)
        if target.exists():
            raise FileExistsError(target)
        conn = engine_module.connect(self.paths.database, self._key)
        try:
            conn.execute(f"ATTACH DATABASE ? AS backup KEY \"x'{self._key.hex()}'\"",
                         (str(target),))
            conn.execute("SELECT sqlcipher_export('backup')")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            conn.execute(f"PRAGMA backup.user_version = {int(version)}")
            conn.execute("DETACH DATABASE backup")
        finally:
            conn.close()

    def use_key(self, key: bytes | bytearray, descriptor: StoreDescriptor) -> None:
        """After a key switch: connections from now on are keyed with ``key``.

        The pooled ones still hold the old key and would fail on the re-encrypted pages.
        """
        self.engine.dispose()
        old, self._key = self._key, bytearray(key)  # a copy first: ``key`` may be ``old``
        self.engine = engine_module.make_engine(self.paths.database, self._key)
        _wipe(old)
        self.descriptor = descriptor

    def close(self) -> None:
        self.engine.dispose()
        _wipe(self._key)  # the engine's connector holds this very bytearray
        self.chain_keys = None

    def follow_changes(self, publish: Callable[[Iterable[str]], None]) -> None:
        """Changes made elsewhere to this store, handed to ``publish`` (the services' change
        feed). A local store is one person's: nobody else changes it while it is open."""

    def ping(self) -> None:
        """A cheap read: raises the store's typed error (a team server's
        TeamStoreUnreachable) while the store does not answer."""
        with self.read() as session:
            session.connection().exec_driver_sql("SELECT 1")

    def when_unreachable(self, tell: Callable[[], None] | None) -> None:
        """``tell`` is called (on any thread) when the store's server stops answering. A local
        store has no server: never."""

    def audit_head(self) -> AuditHead:
        """The log's newest entry (entry 0 with the genesis value for an empty log)."""
        with self.read() as session:
            row = session.connection().exec_driver_sql(
                "SELECT id, entry_hash FROM audit_entry ORDER BY id DESC LIMIT 1").first()
        return AuditHead(int(row[0]), str(row[1])) if row else AuditHead(0, GENESIS)

    def stored_hash(self, entry_id: int) -> str | None:
        """The MAC the log holds for ``entry_id`` (the genesis value for 0), None if absent."""
        if entry_id == 0:
            return GENESIS
        with self.read() as session:
            row = session.connection().execute(
                text("SELECT entry_hash FROM audit_entry WHERE id = :id"), {"id": entry_id}).first()
        return str(row[0]) if row else None

    def mark_anchored(self) -> None:
        with self.write() as session:
            session.connection().execute(
                text("UPDATE audit_chain SET anchored = :yes WHERE id = 1 AND NOT anchored"),
                {"yes": True})
        self._anchored = True

    def settle_audit(self, vault: KeyringVault | None, policy: RollbackPolicy) -> None:
        """Key the log's chain and compare it with its outside anchor (see module doc)."""
        with self.write() as session:
            conn = session.connection()
            self.chain_keys = load_chain_keys(conn, self._key)
            anchored = bool(conn.execute(
                text("SELECT anchored FROM audit_chain WHERE id = 1")).scalar())
        self._anchored = anchored
        keeper = audit_anchor.AnchorKeeper(
            self.descriptor.store_id, self.chain_keys, default_config_dir() / ANCHOR_FOLDER,
            vault if self.protection == "keyring" else None)
        self.anchor = keeper
        self.anchor_check, newly = audit_anchor.settle(keeper, self.audit_head(),
                                                       self.stored_hash, anchored, policy)
        if newly:
            self.mark_anchored()

    def acknowledge_rollback(self) -> None:
        """After the acknowledgement is logged: the anchor follows the store again."""
        if self.anchor is not None:
            self.anchor_check = audit_anchor.follow_again(self.anchor, self.audit_head())
            self.mark_anchored()


@contextmanager
def translate_errors(path: Path) -> Iterator[None]:
    """SQLite failures during use become the store's typed errors (nothing is half-written)."""
    try:
        yield
    except exc.OperationalError as error:
        raise _classify_runtime(path, error) from error
    except OverflowError as error:  # an integer past SQLite's 64 bits reached a query
        raise ValidationFailed([FieldError("number", "validation.number_too_large",
                                           {"maximum": 2**63 - 1})]) from error
    except exc.DatabaseError as error:
        text = str(error.orig).lower()
        if "malformed" in text or "not a database" in text:
            raise CorruptStore(path=str(path), detail=str(error.orig)) from error
        raise


def _classify_runtime(path: Path, error: exc.OperationalError) -> Exception:
    text = str(error.orig).lower()
    if "locked" in text or "busy" in text:
        return StoreBusy()
    if "disk" in text or "full" in text or "i/o" in text or "readonly" in text:
        return StoreWriteFailed(detail=_io_detail(text), error=str(error.orig))
    if "malformed" in text or "not a database" in text:
        return CorruptStore(path=str(path), detail=str(error.orig))
    return error


def _io_detail(text: str) -> str:
    if "full" in text:
        return "detail.disk_full"
    if "readonly" in text or "read-only" in text:
        return "detail.read_only"
    return "detail.io_error"


def _inspect_existing_file(path: Path) -> None:
    """Refuse what cannot be a SQLCipher store before any key touches it."""
    size = path.stat().st_size
    if size == 0:
        raise CorruptStore(path=str(path), detail="detail.empty_file")
    with path.open("rb") as handle:
        header = handle.read(16)
    if header == SQLITE_PLAIN_HEADER:
        raise NotAStore(path=str(path), detail="detail.plain_sqlite")
    if size < 1024:
        raise CorruptStore(path=str(path), detail="detail.truncated", size=size)


def _require_writable(paths: StorePaths) -> None:
    """A sound store on a read-only disk (or without write permission) is told as such before
    any key is asked: SQLite would call it "unable to open", which reads as damaged."""
    for target in (paths.data_dir, paths.database):
        if not os.access(target, os.W_OK):
            read_only_fs = bool(os.statvfs(target).f_flag & os.ST_RDONLY)
            raise StoreReadOnly(path=str(paths.database),
                                detail="detail.read_only_disk" if read_only_fs
                                else "detail.no_write_permission")


def inspect_existing_file(path: Path) -> None:
    """What can be told of a store file without its key (CorruptStore / NotAStore)."""
    _inspect_existing_file(path)


def _read_descriptor(paths: StorePaths) -> StoreDescriptor:
    try:
        return StoreDescriptor.from_json(paths.descriptor.read_text("utf-8"))
    except Argon2OutOfBounds as error:
        raise NotAStore(path=str(paths.descriptor), detail="detail.descriptor_argon2",
                        error=str(error)) from error
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as error:
        raise NotAStore(path=str(paths.descriptor), detail="detail.descriptor_unreadable",
                        error=str(error)) from error


def _pending_switch(paths: StorePaths) -> PendingKey | None:
    """The descriptor's pending key switch; an unreadable descriptor is reported later."""
    try:
        return _read_descriptor(paths).pending
    except (NotAStore, OSError):
        return None


def _open_key(descriptor: StoreDescriptor, vault: KeyringVault,
              passphrase: PassphraseSource) -> bytes:
    if descriptor.protection == "keyring":
        key = vault.load_key(descriptor.keyring_account)
        if not key_matches(key, descriptor.key_check):
            raise WrongKey(account=descriptor.keyring_account)
        return key
    phrase = passphrase()
    if not phrase:
        raise PassphraseRequired()
    assert descriptor.argon2 is not None
    try:
        found = matching_key(phrase, descriptor.argon2, descriptor.key_check)
    except Exception as error:  # too short cannot be right either
        raise WrongPassphrase() from error
    if found is None:
        raise WrongPassphrase()
    return found


def _verify_opens(path: Path, key: bytes) -> None:
    try:
        engine_module.connect(path, key, verify_only=True).close()
    except engine_module.dbapi.DatabaseError as error:
        # The key check matched, so the file itself is at fault.
        raise CorruptStore(path=str(path), detail=str(error)) from error


def _create(paths: StorePaths, vault: KeyringVault, passphrase: PassphraseSource,
            prefer_passphrase: bool) -> tuple[StoreDescriptor, bytes]:
    store_id = str(uuid.uuid4())
    phrase = passphrase() if prefer_passphrase else None
    if prefer_passphrase and not phrase:
        raise PassphraseRequired()
    if not prefer_passphrase:
        key = new_random_key()
        try:
            descriptor = StoreDescriptor(store_id, "keyring", key_check(key))
            vault.store_key(descriptor.keyring_account, key)
        except (KeyringUnavailable, KeyringNotPersisting):
            # No working keyring at all: protect the store with a passphrase instead.
            phrase = passphrase()
            if not phrase:
                raise PassphraseRequired() from None
    if phrase:
        params = Argon2Parameters.fresh()
        key = derive_key(phrase, params)
        descriptor = StoreDescriptor(store_id, "passphrase", key_check(key), argon2=params)
    write_atomically(paths.descriptor, descriptor.to_json().encode("utf-8"))
    try:
        conn = engine_module.connect(paths.database, key)
        conn.execute("CREATE TABLE verkosto_init (x)")  # forces page 1 to be written
        conn.execute("DROP TABLE verkosto_init")
        conn.close()
    except BaseException:
        paths.descriptor.unlink(missing_ok=True)
        paths.database.unlink(missing_ok=True)
        raise
    return descriptor, key


def open_store(
    data_dir: Path,
    *,
    vault: KeyringVault | None = None,
    passphrase: PassphraseSource = lambda: None,
    create: bool = True,
    prefer_passphrase: bool = False,
    audit_rollback: RollbackPolicy = "refuse",
) -> Store:
    """Open the store in ``data_dir``, creating it (and its key) only when nothing is there."""
    private_umask()
    paths = StorePaths(Path(data_dir))
    vault = vault or KeyringVault()
    db_exists = paths.database.exists()
    descriptor_exists = paths.descriptor.exists()
    created = False
    pending = _pending_switch(paths) if descriptor_exists else None
    if pending is not None:
        # A key switch or restore was interrupted: finish it or roll it back first.
        key_journal.complete_swap(paths, pending)
        if paths.database.exists():
            _inspect_existing_file(paths.database)
        descriptor, key = key_journal.settle_key(paths, _read_descriptor(paths), vault,
                                                 passphrase)
    elif db_exists:
        _inspect_existing_file(paths.database)
        _require_writable(paths)
        if not descriptor_exists:
            raise NotAStore(path=str(paths.database),
                            detail="detail.descriptor_missing", name=DESCRIPTOR_NAME)
        descriptor = _read_descriptor(paths)
        key = _open_key(descriptor, vault, passphrase)
        _verify_opens(paths.database, key)
        if descriptor.protection == "keyring":
            key_journal.forget_leftover_key(vault, descriptor.store_id)
    elif descriptor_exists:
        raise StoreFileMissing(descriptor=str(paths.descriptor), path=str(paths.database))
    elif not create:
        raise NoStore(path=str(paths.data_dir))
    else:
        ensure_private_dir(paths.data_dir)
        descriptor, key = _create(paths, vault, passphrase, prefer_passphrase)
        created = True
    secret = bytearray(key)  # the one copy the store keeps (and wipes at close)
    del key
    engine = engine_module.make_engine(paths.database, secret)
    store = Store(paths, descriptor, engine, created=created, _key=secret)
    try:
        with translate_errors(paths.database):
            store.migration_backup = migrate.upgrade(engine, paths.backups, store.backup_to)
        store.settle_audit(vault, audit_rollback)
    except BaseException:
        store.close()
        raise
    for name in (DATABASE_NAME, DESCRIPTOR_NAME):
        target = paths.data_dir / name
        if target.exists() and (target.stat().st_mode & 0o077):
            os.chmod(target, 0o600)
    # A restore killed before its journal began leaves its staged copy (encrypted, but
    # client data all the same): removed once it is clearly abandoned.
    staging.remove_stale_staging(paths.data_dir, older_than_s=staging.ABANDONED_AFTER_S)
    return store
