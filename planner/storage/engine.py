"""SQLAlchemy engine over SQLCipher 4 (sqlcipher3), keyed on every new connection.

The pragmas follow ../shared/security.md: key first, SQLCipher 4 compatibility, temp files in
memory (they would not be encrypted), foreign keys, WAL with synchronous=FULL so that every
acknowledged commit survives a crash. Writes begin with BEGIN IMMEDIATE so that the audit hash
chain is extended by one writer at a time.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from planner.crypto.keys import sqlcipher_key_pragma

dbapi = sqlcipher3.dbapi2
WRITE_OPTION = "verkosto_write"
# A write transaction that only reads and logs the view (Store.write(logged_read=True)): on a
# team store it takes the write lock when the entry is appended, not at BEGIN.
LOGGED_READ_OPTION = "verkosto_logged_read"
BUSY_TIMEOUT_S = 10.0
# Set on every connection once the key is known to be right. Kept in one place so that the
# benchmark's plain-SQLite floor (tests/benchmarks) differs from the store only by encryption.
CONNECTION_PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA secure_delete = ON",
    # 32 MiB of decrypted pages per connection (SQLite's default here is 8 MiB): every page
    # read again from the cache is one AES decryption + HMAC check fewer. At 10,000 clients it
    # made the calendar and a busy client's workspace 2-3x faster (tests/benchmarks); the
    # memory is only taken as pages are read, and the app holds one or two connections.
    "PRAGMA cache_size = -32000",
)


def connect(path: Path, key: bytes | bytearray, *, verify_only: bool = False) -> Any:
    """A keyed DB-API connection; raises sqlcipher3 errors for a wrong key or a damaged file.

    The first read happens before any pragma that could write to the file, so a failed open
    leaves it byte-identical.
    """
    conn = dbapi.connect(str(path), timeout=BUSY_TIMEOUT_S, check_same_thread=False,
                         isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(sqlcipher_key_pragma(key))
        conn.execute("PRAGMA cipher_compatibility = 4")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
        if not verify_only:
            for pragma in CONNECTION_PRAGMAS:
                conn.execute(pragma).fetchall()
    except BaseException:
        conn.close()
        raise
    return conn


def make_engine(path: Path, key: bytes | bytearray,
                connector: Callable[[Path, bytes | bytearray], Any] = connect) -> Engine:
    """The store's engine; ``connector`` is replaced only by the benchmark's plain floor.
    ``key`` is read at each new connection: the store's bytearray, wiped when it closes."""
    def keyed() -> Any:
        if len(key) and not any(key):  # wiped by Store.close(): the store is locked
            raise dbapi.ProgrammingError("Cannot operate on a closed database.")
        return connector(path, key)

    engine = create_engine(
        "sqlite://",
        module=dbapi,
        creator=keyed,
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        immediate = conn.get_execution_options().get(WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine
