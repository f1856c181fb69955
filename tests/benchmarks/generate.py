"""The synthetic store: a real SQLCipher store, and the same rows in a plain SQLite file.

    python -m tests.benchmarks.generate --scale full|small [--out DIR]

Rows go in through SQLAlchemy core (``table.insert()`` with many rows per statement batch, one
transaction per table chunk), not through the per-row services: the full store would take an
hour that way. The audit log stays valid: one CREATE entry per client, consent, plan, meeting
and agreed action, written in time order and hash-chained with the app's own
``entry_digest`` (so ``verkosto audit --verify`` passes and a client's log tab has content).
The signer's certificate, and everything the benchmark does later, go through the services.
No Qt here.
"""

from __future__ import annotations

import argparse
import json
import shutil
import time
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime
from datetime import time as clock
from pathlib import Path
from typing import Any

from keyring.backends.fail import Keyring as FailKeyring
from sqlalchemy import Engine, select
from sqlmodel import SQLModel

from planner.crypto.vault import KeyringVault
from planner.domain import AuditEntry
from planner.domain.enums import AuditAction
from planner.services import Planner
from planner.services.audit import entry_digest
from planner.storage import engine as engine_module
from planner.storage import migrate
from planner.storage.audit_chain import GENESIS
from planner.storage.store import Store, StorePaths, open_store
from tests.benchmarks.rows import TZ, Row, RowMaker

PASSPHRASE = "vertailu-salasana 2026"  # the synthetic store's (a passphrase store: no keyring)
SIGNING_PASSPHRASE = "allekirjoitus-2026"
CHUNK = 20_000  # rows per transaction
ROWS_VERSION = 3  # raise when rows.py makes different rows: stores made before are remade


@dataclass(frozen=True)
class Scale:
    name: str
    clients: int
    meetings: int
    actions: int
    agencies: int
    professionals: int


SCALES = {
    "full": Scale("full", 10_000, 50_000, 200_000, 80, 400),
    "small": Scale("small", 200, 1_000, 4_000, 26, 40),
}


@dataclass(frozen=True)
class Prepared:
    root: Path
    scale: str
    seed: int
    today: date
    revision: str
    counts: dict[str, int]
    seconds: float
    rows_version: int = 0

    @property
    def encrypted_dir(self) -> Path:
        return self.root / "encrypted"

    @property
    def plain_dir(self) -> Path:
        return self.root / "plain"

    def noon(self) -> datetime:
        """The benchmark's clock: "today" (what is overdue) is the day the store was made."""
        return datetime.combine(self.today, clock(12), TZ).astimezone(UTC)


def plain_connect(path: Path, _key: bytes) -> Any:
    """The floor: the same library, file layout and pragmas as the store, but no key."""
    conn = engine_module.dbapi.connect(str(path), timeout=engine_module.BUSY_TIMEOUT_S,
                                       check_same_thread=False, isolation_level=None)
    conn.execute("PRAGMA temp_store = MEMORY")
    for pragma in engine_module.CONNECTION_PRAGMAS:
        conn.execute(pragma).fetchall()
    return conn


def open_encrypted(prepared: Prepared) -> Planner:
    store = open_store(prepared.encrypted_dir, vault=KeyringVault(FailKeyring()),
                       passphrase=lambda: PASSPHRASE, create=False)
    return Planner(store, clock=prepared.noon, vault=KeyringVault(FailKeyring()))


def open_plain(prepared: Prepared, descriptor_of: Store) -> Planner:
    """The plain file as a Store the services can use (the descriptor is only borrowed)."""
    paths = StorePaths(prepared.plain_dir)
    engine = engine_module.make_engine(paths.database, b"", plain_connect)
    store = Store(paths, descriptor_of.descriptor, engine)
    return Planner(store, clock=prepared.noon, vault=KeyringVault(FailKeyring()))


def _insert(engines: Iterable[Engine], table: str, rows: list[Row]) -> int:
    target = SQLModel.metadata.tables[table]
    for engine in engines:
        for start in range(0, len(rows), CHUNK):
            with engine.begin() as conn:
                conn.execute(target.insert(), rows[start:start + CHUNK])
    return len(rows)


def _audit_rows(maker: RowMaker, prev: str, user: str, mac_key: bytes) -> list[Row]:
    rows: list[Row] = []
    for at, client_id, entity, entity_id in sorted(maker.events, key=lambda e: e[0]):
        digest = entry_digest(prev, at, user, client_id, str(AuditAction.CREATE), entity,
                              str(entity_id), "", "", "", mac_key=mac_key)
        rows.append(dict(at=at, user=user, client_id=client_id, action=AuditAction.CREATE,
                         entity=entity, entity_id=str(entity_id), detail="", purpose="",
                         recipient="", prev_hash=prev, entry_hash=digest))
        prev = digest
    return rows


def _last_hash(engine: Engine) -> str:
    with engine.connect() as conn:
        last = conn.execute(select(AuditEntry.entry_hash)  # type: ignore[call-overload]
                            .order_by(AuditEntry.id.desc()).limit(1)).first()  # type: ignore[union-attr]
    return str(last[0]) if last else GENESIS


def bulk(engines: list[Engine], scale: Scale, seed: int, today: date,
          mac_key: bytes) -> dict[str, int]:
    with engines[0].connect() as conn:
        codes = [str(c) for c in conn.execute(select(  # type: ignore[call-overload]
            SQLModel.metadata.tables["service_code"].c.code)).scalars()]
    maker = RowMaker(seed, today, codes)
    counts: dict[str, int] = {}
    counts["agency"] = _insert(engines, "agency", maker.agencies(scale.agencies))
    counts["professional"] = _insert(engines, "professional",
                                     maker.professionals(scale.professionals))
    _insert(engines, "user_profile", maker.profile())
    counts["client"] = _insert(engines, "client", maker.clients_rows(scale.clients))
    counts["contact_person"] = _insert(engines, "contact_person", maker.contacts())
    consents, links = maker.consents()
    counts["consent"] = _insert(engines, "consent", consents)
    counts["consent_agency"] = _insert(engines, "consent_agency", links)
    for table, rows in maker.plans_rows().items():
        counts[table] = _insert(engines, table, rows)
    for batch in maker.meeting_batches(scale.meetings, scale.actions):
        for table, rows in batch.items():
            counts[table] = counts.get(table, 0) + _insert(engines, table, rows)
    prev = {_last_hash(engine) for engine in engines}
    assert len(prev) == 1, "the two stores' audit logs differ before the bulk rows"
    counts["audit_entry"] = _insert(engines, "audit_entry",
                                    _audit_rows(maker, prev.pop(), "Katja Salonen",
                                                mac_key))
    return counts


def _manifest(root: Path) -> Path:
    return root / "manifest.json"


def load(root: Path) -> Prepared | None:
    try:
        data = json.loads(_manifest(root).read_text("utf-8"))
        data["root"], data["today"] = root, date.fromisoformat(data["today"])
        return Prepared(**data)
    except (OSError, ValueError, TypeError, KeyError):
        return None


def generate(root: Path, scale_name: str = "full", *, seed: int = 2026,
             today: date | None = None, reuse: bool = True) -> Prepared:
    """Make (or reuse, when the same scale and schema are already there) both stores."""
    scale = SCALES[scale_name]
    head = migrate.head_revision()
    existing = load(root) if reuse else None
    if existing and (existing.scale, existing.seed, existing.revision,
                     existing.rows_version) == (scale.name, seed, head, ROWS_VERSION):
        return existing
    shutil.rmtree(root, ignore_errors=True)
    started = time.perf_counter()
    today = today or datetime.now(TZ).date()
    store = open_store(root / "encrypted", vault=KeyringVault(FailKeyring()),
                       passphrase=lambda: PASSPHRASE, prefer_passphrase=True)
    (root / "plain").mkdir(mode=0o700)
    plain = engine_module.make_engine(StorePaths(root / "plain").database, b"", plain_connect)
    migrate.upgrade(plain, root / "plain" / "backups", lambda _path: None)
    try:
        assert store.chain_keys is not None  # keyed at open: the log is MACed with its key
        counts = bulk([store.engine, plain], scale, seed, today, store.chain_keys.mac_key)
    finally:
        plain.dispose()
        store.close()
    prepared = Prepared(root, scale.name, seed, today, head, counts, 0.0, ROWS_VERSION)
    encrypted = open_encrypted(prepared)
    floor = open_plain(prepared, encrypted.store)
    try:
        for planner in (encrypted, floor):  # the signer's certificate, as a user makes it
            planner.signing.create_self_signed(SIGNING_PASSPHRASE)
        report = encrypted.audit.verify()
        assert report.intact, f"audit chain broken at {report.broken_at}: {report.reason}"
        counts["audit_entry"] = report.count
    finally:
        encrypted.close()
        floor.close()
    prepared = Prepared(root, scale.name, seed, today, head, counts,
                        round(time.perf_counter() - started, 1), ROWS_VERSION)
    data = asdict(prepared)
    data.pop("root")
    data["today"] = today.isoformat()
    _manifest(root).write_text(json.dumps(data, indent=1), "utf-8")
    return prepared


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", choices=SCALES, default="full")
    parser.add_argument("--out", type=Path, default=Path("build/benchmark-store"))
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args(argv)
    prepared = generate(args.out / args.scale, args.scale, seed=args.seed, reuse=False)
    print(f"{prepared.scale} store in {prepared.root} ({prepared.seconds} s):")
    for table, count in sorted(prepared.counts.items()):
        print(f"  {table:16} {count:>9,}".replace(",", " "))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
