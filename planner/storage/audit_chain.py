"""The audit log's chain (lokitietojen ketju): each entry's MAC covers the previous one.

Since schema 0005 an entry's ``entry_hash`` is an HMAC-SHA256 under the store's *chain key*,
so recomputing the chain after an edit needs the key. The chain key is derived from the store
key when the chain is first keyed and then kept inside the encrypted store (table
``audit_chain``): a later key change or a restore under a new key leaves every MAC valid.
Entries written before (``id < keyed_from``) keep their plain SHA-256 links.

Nothing here imports the services: the store opens, checks and anchors its own log.
"""

from __future__ import annotations

import getpass
import hashlib
import hmac
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import text
from sqlmodel import Session, col, select

from planner.domain import AuditEntry, UserProfile
from planner.domain.enums import AuditAction

GENESIS = "0" * 64
# A team store's write lock (pg_advisory_xact_lock's key: any constant, one for every writer):
# held from a write's BEGIN, or from a logged read's first entry, until its commit.
TEAM_WRITE_LOCK = 0x5645524B  # "VERK"
_CHAIN_LABEL = b"verkosto audit chain v1"
_ANCHOR_LABEL = b"verkosto audit anchor v1"
_TIMESTAMP = "%Y-%m-%dT%H:%M:%S.%fZ"  # as planner.domain.types.UTCDateTime stores it
_HEAD_TEXT = re.compile(r"^(\d{1,18}):([0-9a-f]{64})$")


@dataclass(frozen=True)
class AuditHead:
    """A point in the log: the entry ``entry_id`` whose MAC is ``entry_hash``."""

    entry_id: int
    entry_hash: str

    def to_text(self) -> str:
        return f"{self.entry_id}:{self.entry_hash}"

    @property
    def short(self) -> str:
        """What a page footer shows: the entry number and the MAC's first 16 hex digits."""
        return f"#{self.entry_id} {self.entry_hash[:16]}"

    @classmethod
    def parse(cls, text: str) -> AuditHead | None:
        match = _HEAD_TEXT.match(text.strip().lower())
        if match is None:
            return None
        return cls(int(match.group(1)), match.group(2))


@dataclass(frozen=True)
class ChainKeys:
    """The chain key and from which entry id it is used (older entries: plain SHA-256)."""

    mac_key: bytes
    keyed_from: int

    @property
    def anchor_key(self) -> bytes:
        """Seals the head kept outside the store: derived, so the chain key never leaves it."""
        return hmac.new(self.mac_key, _ANCHOR_LABEL, hashlib.sha256).digest()


def chain_key_from(store_key: bytes | bytearray) -> bytes:
    return hmac.new(store_key, _CHAIN_LABEL, hashlib.sha256).digest()


def _canonical(prev_hash: str, at: datetime, user: str, client_id: int | None, action: str,
               entity: str, entity_id: str, detail: str, purpose: str, recipient: str) -> bytes:
    return json.dumps(
        [prev_hash, at.isoformat(timespec="microseconds"), user, client_id, action, entity,
         entity_id, detail, purpose, recipient],
        ensure_ascii=False, separators=(",", ":"),
    ).encode("utf-8")


def legacy_digest(prev_hash: str, at: datetime, user: str, client_id: int | None,
                  action: str, entity: str, entity_id: str, detail: str, purpose: str,
                  recipient: str) -> str:
    """The plain SHA-256 link of entries written before the chain was keyed."""
    return hashlib.sha256(_canonical(prev_hash, at, user, client_id, action, entity, entity_id,
                                     detail, purpose, recipient)).hexdigest()


def keyed_digest(mac_key: bytes, prev_hash: str, at: datetime, user: str,
                 client_id: int | None, action: str, entity: str, entity_id: str, detail: str,
                 purpose: str, recipient: str) -> str:
    return hmac.new(mac_key, _canonical(prev_hash, at, user, client_id, action, entity,
                                        entity_id, detail, purpose, recipient),
                    hashlib.sha256).hexdigest()


# --- the chain key's row ---------------------------------------------------------------------

def load_chain_keys(conn: Any, store_key: bytes | bytearray) -> ChainKeys:
    """The store's chain keys; on the first open after schema 0005 they are made (in ``conn``'s
    transaction): the key from ``store_key``, keyed from the entry after the current last."""
    row = conn.execute(text("SELECT mac_key, keyed_from FROM audit_chain WHERE id = 1")).first()
    if row is not None:
        return ChainKeys(bytes.fromhex(str(row[0])), int(row[1]))
    last = conn.execute(text("SELECT max(id) FROM audit_entry")).scalar()
    keys = ChainKeys(chain_key_from(store_key), int(last or 0) + 1)
    conn.execute(text("INSERT INTO audit_chain (id, mac_key, keyed_from) "
                      "VALUES (1, :mac_key, :keyed_from)"),
                 {"mac_key": keys.mac_key.hex(), "keyed_from": keys.keyed_from})
    return keys


# --- walking the chain from raw rows (a damaged row is a finding, never a crash) --------------

ROW_COLUMNS = ('id, at, "user", client_id, action, entity, entity_id, detail, purpose, '
               "recipient, prev_hash, entry_hash")


@dataclass(frozen=True)
class ChainFinding:
    """The walk's result: entries seen, the last intact head, and the first break (if any)."""

    count: int
    head: AuditHead | None
    broken_at: int | None = None
    reason: str = ""  # a message code: detail.chain_link / chain_content / chain_unreadable


def _parse_at(value: object) -> datetime:
    return datetime.strptime(str(value), _TIMESTAMP).replace(tzinfo=UTC)


def _action_value(stored: object) -> str:
    """The enum's value the MAC covers; SQLAlchemy stores the member's name."""
    member = AuditAction.__members__.get(str(stored))
    return str(member) if member is not None else str(stored)


def expected_hash(keys: ChainKeys | None, row: tuple[Any, ...]) -> str:
    """What ``row`` (in ROW_COLUMNS order) must carry as its entry_hash; ValueError when the
    row cannot even be read (a malformed timestamp, a non-integer client id)."""
    (entry_id, at, user, client_id, action, entity, entity_id, detail, purpose, recipient,
     prev_hash, _hash) = row
    fields = (str(prev_hash), _parse_at(at), str(user),
              None if client_id is None else int(client_id), _action_value(action), str(entity),
              str(entity_id), str(detail), str(purpose), str(recipient))
    if keys is not None and int(entry_id) >= keys.keyed_from:
        return keyed_digest(keys.mac_key, *fields)
    return legacy_digest(*fields)


def walk(rows: Any, keys: ChainKeys | None, *, links_only_when_hidden: bool = False
         ) -> ChainFinding:
    """Check every link and MAC of ``rows`` (ascending id) and stop at the first break.

    ``links_only_when_hidden``: a team store's member gets the entries about clients they do
    not see without their fields (``at`` NULL, verkosto_audit_rows): of those only the link is
    checked. Elsewhere a NULL field is damage."""
    prev = GENESIS
    count = 0
    head: AuditHead | None = None
    for row in rows:
        count += 1
        entry_id = int(row[0])
        if row[10] != prev:
            return ChainFinding(count, head, entry_id, "detail.chain_link")
        if links_only_when_hidden and row[1] is None:
            prev = str(row[11])
            head = AuditHead(entry_id, prev)
            continue
        try:
            expected = expected_hash(keys, tuple(row))
        except (ValueError, TypeError, OverflowError):
            return ChainFinding(count, head, entry_id, "detail.chain_unreadable")
        if not hmac.compare_digest(expected, str(row[11])):
            return ChainFinding(count, head, entry_id, "detail.chain_content")
        prev = str(row[11])
        head = AuditHead(entry_id, prev)
    return ChainFinding(count, head)


def check_connection(conn: Any) -> ChainFinding:
    """Walk the chain of a store opened with a DB-API connection (a backup's copy): its own
    chain key when it has one, else (before schema 0005) plain SHA-256 links throughout."""
    try:
        row = conn.execute("SELECT mac_key, keyed_from FROM audit_chain WHERE id = 1").fetchone()
    except Exception:  # noqa: BLE001 - no such table before schema 0005
        row = None
    keys = ChainKeys(bytes.fromhex(str(row[0])), int(row[1])) if row else None
    return walk(conn.execute(f"SELECT {ROW_COLUMNS} FROM audit_entry ORDER BY id"), keys)


# --- appending (the services' AuditLog and the store's own events both come here) ------------
_HEAD = "verkosto.audit_head"  # Session.info key: the chain's head within a transaction
AUDIT_LAST = "verkosto.audit_last"  # Session.info key: the newest entry added, to anchor


_DEFERRED = "verkosto.audit_deferred"  # Session.info key: entries to link at the end


def append_entry(session: Session, keys: ChainKeys | None, *, at: datetime, user: str,
                 action: AuditAction, entity: str, client_id: int | None = None,
                 entity_id: object = "", detail: str = "", purpose: str = "",
                 recipient: str = "") -> AuditEntry:
    """Add one entry to ``session``'s write transaction, linked and MACed — or, in a
    transaction that defers linking (defer_linking), linked by link_deferred before it
    commits."""
    entry = AuditEntry(at=at, user=user, client_id=client_id, action=action, entity=entity,
                       entity_id=str(entity_id or ""), detail=detail, purpose=purpose,
                       recipient=recipient, prev_hash="", entry_hash="")
    deferred = session.info.get(_DEFERRED)
    if deferred is not None:
        deferred.append(entry)
    else:
        _link(session, keys, entry)
    return entry


def defer_linking(session: Session) -> None:
    """Entries appended in ``session`` wait for link_deferred: a transaction of many reads
    takes the chain's head, and with it a team store's write lock, only at its end."""
    session.info[_DEFERRED] = []


def link_deferred(session: Session, keys: ChainKeys | None) -> None:
    """Link the entries defer_linking held back, in the order they were appended (on a team
    store their ids taken in one statement, under the lock the head's reading took)."""
    deferred = session.info.pop(_DEFERRED, None) or []
    ids: list[int] = []
    if len(deferred) > 1 and on_team_store(session):
        if session.info.get(_HEAD) is None:
            session.info[_HEAD] = _newest_hash(session)
        ids = sorted(session.connection().exec_driver_sql(
            "SELECT nextval(pg_get_serial_sequence('audit_entry', 'id')) "
            f"FROM generate_series(1, {len(deferred)})").scalars())
    for number, entry in enumerate(deferred):
        _link(session, keys, entry, ids[number] if ids else None)


def _link(session: Session, keys: ChainKeys | None, entry: AuditEntry,
          ident: int | None = None) -> None:
    prev = session.info.get(_HEAD)
    if prev is None:
        prev = _newest_hash(session)
    entry.prev_hash = prev
    fields = (entry.prev_hash, entry.at, entry.user, entry.client_id, str(entry.action),
              entry.entity, entry.entity_id, entry.detail, entry.purpose, entry.recipient)
    entry.entry_hash = (keyed_digest(keys.mac_key, *fields) if keys is not None
                        else legacy_digest(*fields))
    if ident is not None:
        entry.id = ident
    elif on_team_store(session):
        # The id first (taken under the write lock, so in the chain's order): an INSERT …
        # RETURNING id would be read back through the log's SELECT policy, which builds the
        # member's whole set of visible clients under the lock (README, "The team store at
        # scale"); the INSERT's own check asks about the entry's one client.
        entry.id = session.connection().exec_driver_sql(
            "SELECT nextval(pg_get_serial_sequence('audit_entry', 'id'))").scalar_one()
    # Inserted at the next flush or the commit, in the order added (one batched INSERT for a
    # batch of views). BEGIN IMMEDIATE keeps other writers out until commit.
    session.add(entry)
    session.info[_HEAD] = entry.entry_hash
    session.info[AUDIT_LAST] = entry  # the store anchors it once committed


def on_team_store(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _newest_hash(session: Session) -> str:
    """The chain's head. On a team store the server's function tells it: row-level security
    hides a member the entries about clients they do not see (migration 0013). The write lock
    is taken first — a logged read's, which did not take it at BEGIN; a write already holds
    it (the lock is re-entrant) — so no other entry links to this head before the commit."""
    if on_team_store(session):
        conn = session.connection()
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({TEAM_WRITE_LOCK})")
        row = conn.exec_driver_sql("SELECT entry_hash FROM verkosto_audit_head()").first()
        return str(row[0]) if row else GENESIS
    last = session.exec(select(AuditEntry).order_by(col(AuditEntry.id).desc()).limit(1)).first()
    return last.entry_hash if last else GENESIS


_USER = "verkosto.audit_user"  # Session.info key: the audit name, once per transaction


def audit_user(session: Session) -> str:
    """The audit log's "who": the profile's name, else the OS login marked as such. Looked up
    once per transaction (a batch of views logs many entries)."""
    cached = session.info.get(_USER)
    if cached is not None:
        return str(cached)
    # A team store's member writes as the professional their login maps to (the server
    # refuses any other name); its administrator, mapped to nobody, as the profile says.
    member = session.connection().exec_driver_sql(
        "SELECT verkosto_audit_name()").scalar() if on_team_store(session) else None
    profile = session.get(UserProfile, 1) if member is None else None
    if member is not None:
        name = str(member)
    elif profile is not None:
        name = profile.name
    else:
        try:
            login = getpass.getuser()
        except Exception:  # noqa: BLE001 - no login name in some containers
            login = "unknown"
        name = f"{login} (no profile)"
    session.info[_USER] = name
    return name
