"""The team store (tiimin tietovarasto): the same schema, services and audit log on a
PostgreSQL server, for a team that shares a caseload.

Opening differs from the local store and nothing after it does: the services get a ``Store``
whose sessions come from a PostgreSQL engine (psycopg 3). The schema is the same Alembic
history (planner/storage/migrations/portable.py writes the few statements that differ); enum
columns are plain text on both engines, so one set of migrations serves both. A write
transaction takes one advisory lock first, as BEGIN IMMEDIATE does on SQLite: the audit log's
chain is extended by one writer at a time. A logged read (whose only write is its view's
entry) takes it only when the entry is appended. The login's password comes from the OS keyring (or
is asked) and is kept nowhere else; nothing of the store is written to this machine's disk
but the audit log's outside anchor, as for the local store.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, exc, text
from sqlmodel import Session, SQLModel

from planner.config import default_config_dir
from planner.crypto.vault import KeyringVault
from planner.errors import (
    PassphraseRequired,
    StoreBusy,
    TeamLoginFailed,
    TeamNotPermitted,
    TeamStoreLocalOnly,
    TeamStoreNotSetUp,
    TeamStoreUnreachable,
)
from planner.storage import engine as engine_module
from planner.storage import migrate
from planner.storage.audit_anchor import RollbackPolicy
from planner.storage.audit_chain import GENESIS, TEAM_WRITE_LOCK, AuditHead
from planner.storage.descriptor import StoreDescriptor, StorePaths
from planner.storage.store import Store
from planner.storage.team_address import TeamAddress
from planner.storage.team_changes import ChangeListener, tell_others

CONNECT_TIMEOUT_S = 5
PasswordSource = Callable[[], str | None]


def team_engine(address: TeamAddress, password: str | None = None) -> Engine:
    """A pooled psycopg engine (``password``, else the one written into the address); write
    transactions take the team store's write lock."""
    engine = create_engine(
        address.with_password(password or address.password), pool_size=4, max_overflow=16,
        pool_pre_ping=True,
        connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "verkosto"})
    # Enum columns stay text (VARCHAR) as on SQLite: one migration history for both engines,
    # and a new member needs no ALTER TYPE.
    engine.dialect.supports_native_enum = False

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # A logged read takes the lock only when its entry links to the chain's head
        # (audit_chain._newest_hash): the reads before it, row-level security and all, run
        # beside other members' instead of one after another.
        options = conn.get_execution_options()
        if options.get(engine_module.WRITE_OPTION, False) \
                and not options.get(engine_module.LOGGED_READ_OPTION, False):
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({TEAM_WRITE_LOCK})")

    return engine


@contextmanager
def translate_team_errors(address: TeamAddress) -> Iterator[None]:
    """The server's failures in use become the store's typed errors."""
    try:
        yield
    except exc.OperationalError as error:
        raise classify(address, error) from error
    except exc.DBAPIError as error:
        if error.connection_invalidated:
            raise TeamStoreUnreachable(host=address.host, detail=_first_line(error)) from error
        if getattr(error.orig, "sqlstate", None) == "42501":  # privileges, row-level security
            raise TeamNotPermitted(user=address.user, detail=_first_line(error)) from error
        raise


def classify(address: TeamAddress, error: exc.DBAPIError) -> Exception:
    text = str(error.orig).lower()
    if "password authentication failed" in text or "no password supplied" in text \
            or "certificate" in text and "authentication" in text:
        return TeamLoginFailed(user=address.user)
    if "does not exist" in text and "database" in text:
        return TeamStoreNotSetUp(database=address.database)
    if "deadlock" in text or "lock timeout" in text:
        return StoreBusy()
    return TeamStoreUnreachable(host=address.host, detail=_first_line(error))


def _first_line(error: exc.DBAPIError) -> str:
    return str(error.orig).strip().splitlines()[0][:200] if str(error.orig).strip() else ""


@dataclass
class TeamStore(Store):
    """An open team store. ``paths`` name this machine's folder for the store (its anchor's
    keeper uses the config dir as for a local store); there is no key to wipe."""

    address: TeamAddress | None = None
    password: str | None = field(default=None, repr=False)  # for the listening connection
    listener: ChangeListener | None = field(default=None, repr=False)
    # this machine's notifications carry it, so its own listener skips them
    sender: str = field(default_factory=lambda: uuid.uuid4().hex)
    _unreachable: Callable[[], None] | None = field(default=None, repr=False)

    @property
    def protection(self) -> str:
        return "team"

    @property
    def location(self) -> str:
        """The server's address without a password (``paths`` is only this machine's folder
        for the store's anchor, not where its data is)."""
        return self.address.shown() if self.address is not None else super().location

    @contextmanager
    def write(self, *, logged_read: bool = False) -> Iterator[Session]:
        """As the local store's, and the tables it changes are told to the other members."""
        with super().write(logged_read=logged_read) as session:
            tell_others(session, self.sender)
            yield session

    def follow_changes(self, publish: Callable[[Iterable[str]], None]) -> None:
        """Other members' changes, through LISTEN/NOTIFY on a connection of its own."""
        if self.listener is not None or self.address is None:
            return
        address, password = self.address, self.password or self.address.password

        def connect() -> Any:
            import psycopg

            url = address.url
            params: dict[str, Any] = {
                "host": address.host or None, "port": url.port, "dbname": address.database,
                "user": address.user, "password": password,
                "connect_timeout": CONNECT_TIMEOUT_S, "application_name": "verkosto-changes"}
            params.update({key: str(value) for key, value in url.query.items()
                           if key in ("sslmode", "sslrootcert", "sslcert", "sslkey")})
            return psycopg.connect(autocommit=True, **params)

        self.listener = ChangeListener(connect, publish, lambda: list(SQLModel.metadata.tables),
                                       self.sender, lost=self._tell_unreachable)
        self.listener.start()

    def errors(self) -> AbstractContextManager[None]:
        return self._told_errors()

    @contextmanager
    def _told_errors(self) -> Iterator[None]:
        assert self.address is not None
        try:
            with translate_team_errors(self.address):
                yield
        except TeamStoreUnreachable:  # whoever read or wrote: the window shows it lastingly
            self._tell_unreachable()
            raise

    def when_unreachable(self, tell: Callable[[], None] | None) -> None:
        self._unreachable = tell

    def _tell_unreachable(self) -> None:
        tell = self._unreachable
        if tell is not None:
            tell()

    def backup_to(self, target: Path) -> None:
        raise TeamStoreLocalOnly()

    def use_key(self, key: bytes | bytearray, descriptor: StoreDescriptor) -> None:
        raise TeamStoreLocalOnly()

    def close(self) -> None:
        if self.listener is not None:
            self.listener.stop()
            self.listener = None
        self._unreachable = None
        self.engine.dispose()
        self.chain_keys = None
        self.password = None

    # The whole log's head and entries, through the server's functions (migration 0013):
    # row-level security hides a member the entries about clients they do not see.
    def audit_head(self) -> AuditHead:
        with self.read() as session:
            row = session.connection().exec_driver_sql(
                "SELECT id, entry_hash FROM verkosto_audit_head()").first()
        return AuditHead(int(row[0]), str(row[1])) if row else AuditHead(0, GENESIS)

    def stored_hash(self, entry_id: int) -> str | None:
        if entry_id == 0:
            return GENESIS
        with self.read() as session:
            held = session.connection().execute(
                text("SELECT verkosto_audit_hash(:id)"), {"id": entry_id}).scalar()
        return None if held is None else str(held)


def _store_id(engine: Engine, address: TeamAddress) -> str:
    """The team store's lasting id: derived from its audit chain key's row, which is made
    once and never changes (a trigger refuses it), so every member's machine agrees on it."""
    with engine.connect() as conn:
        row = conn.exec_driver_sql("SELECT mac_key FROM audit_chain WHERE id = 1").first()
    seed = hashlib.sha256(bytes.fromhex(str(row[0]))).hexdigest() if row else address.shown()
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"verkosto-team:{seed}"))


def open_team_store(address: TeamAddress, *, vault: KeyringVault | None = None,
                    password: PasswordSource = lambda: None, upgrade: bool = True,
                    audit_rollback: RollbackPolicy = "refuse") -> TeamStore:
    """Connect, bring the schema to head when ``upgrade`` (team-setup and the tests do; a
    member's login may only use it), key and check the audit log's chain."""
    secret = address.password or _keyring_password(vault, address) or password()
    if not secret and not address.on_this_machine:
        raise PassphraseRequired()
    engine = team_engine(address, secret or None)
    try:
        with translate_team_errors(address), engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
        with translate_team_errors(address):
            if upgrade:
                migrate.upgrade(engine, None, None)
            elif migrate.current_revision(engine) != migrate.head_revision():
                raise TeamStoreNotSetUp(database=address.database)
            # First open of a new team store: the chain key row (the seed is any random key:
            # there is no store key on a server).
            with engine.begin() as conn:
                from planner.storage.audit_chain import load_chain_keys

                load_chain_keys(conn, secrets.token_bytes(32))
            store_id = _store_id(engine, address)
    except BaseException:
        engine.dispose()
        raise
    descriptor = StoreDescriptor(store_id, "team", "")  # type: ignore[arg-type]
    paths = StorePaths(default_config_dir() / "team-stores" / store_id)
    store = TeamStore(paths, descriptor, engine, address=address,
                      password=secret or None)
    try:
        store.settle_audit(vault, audit_rollback)
    except BaseException:
        store.close()
        raise
    return store


def _keyring_password(vault: KeyringVault | None, address: TeamAddress) -> str | None:
    if vault is None:
        return None
    try:
        return vault.load_secret(address.keyring_account)
    except Exception:  # no keyring: asked instead
        return None
