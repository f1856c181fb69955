"""Moving a local store into the team store (paikallisen tietovaraston siirto tiimin
tietovarastoon): a verified copy, logged (issue 17).

Everything of every client (planner/services/team_move_tables.py derives which tables from the
domain model) is copied as the member whose login the team store was opened with, in ONE
transaction on the server: new ids there, every foreign key mapped, the directory matched to
the team's own rows (planner/services/team_move_directory.py). Before it, and as its first
step, :meth:`StoreMove.check` says what would be moved and what blocks it: a client whose HETU
the team store holds already (whoever sees it), the same store moved before (found by its
fingerprint in the team's log, whoever moved it), a code the team's code list lacks. After the
commit everything is read back as the member and compared field by field: only a move that
reads back the same is "moved". The team's log gets an entry per client naming the local store
and its log's head; the local log one entry that the store was copied (the address without a
password). Nothing else of the local store changes.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, exc, insert, select, text
from sqlmodel import Session

from planner.client_identity import mask_hetu
from planner.domain.enums import AuditAction
from planner.errors import (
    MoveBlocker,
    TeamMoveBlocked,
    TeamMoveNotMember,
    TeamMoveNotReadBack,
    TeamStoreNotSetUp,
    TeamStoreUnreachable,
)
from planner.services import Planner
from planner.services.team_move_directory import DirectoryMatch, DirectoryRows, add_missing, match
from planner.services.team_move_record import (
    MoveRecord,
    forget_record,
    load_record,
    rows_digest,
)
from planner.services.team_move_tables import (
    CLIENT,
    CODE_LIST,
    DIRECTORY,
    IdMap,
    client_tables,
    named_ids,
    own_id,
    parent_key,
    read_rows,
    tables,
)
from planner.storage.audit_chain import AuditHead
from planner.storage.team import TeamStore
from planner.storage.team_changes import announce

_log = logging.getLogger(__name__)
ENTITY = "store_move"  # the entries of a move, in both logs (entity_id: the fingerprint)
_FINGERPRINT_LABEL = b"verkosto local store fingerprint v1"


@dataclass(frozen=True)
class Difference:
    """What reading the move back found: a field that differs, or (``column`` empty) a row
    the member could not read back at all."""

    table: str
    source_key: str  # the row's key in the local store
    column: str = ""


@dataclass(frozen=True)
class MovePlan:
    store_id: str
    fingerprint: str  # the local store's lasting mark (its restores and copies share it)
    local_head: AuditHead  # the local log's newest entry when the copy was read
    rows: dict[str, int]  # client tables: rows to copy
    matched: dict[str, int]  # directory rows the team has already
    added: dict[str, int]  # directory rows the team lacks (added)
    blockers: tuple[MoveBlocker, ...]

    @property
    def clients(self) -> int:
        return self.rows.get(CLIENT, 0)


@dataclass(frozen=True)
class MoveReport:
    plan: MovePlan
    address: str  # the team store, without a password
    clients: dict[int, int]  # local client id -> the team store's
    differences: tuple[Difference, ...]

    @property
    def verified(self) -> bool:
        return not self.differences


@dataclass
class _Source:
    """The local store as one read transaction saw it."""

    store_id: str
    fingerprint: str
    head: AuditHead
    rows: dict[str, list[dict[str, Any]]]
    directory: DirectoryRows
    digest: str  # team_move_record.rows_digest of the rows and the directory


class StoreMove:
    """``source``: the local store (opened as every command opens it); ``target``: the team
    store, opened with the member's login."""

    def __init__(self, source: Planner, target: Planner) -> None:
        if source.store.protection == "team" or not isinstance(target.store, TeamStore):
            raise ValueError("a move goes from a local store into a team store")
        self.source = source
        self.target = target
        self.store = target.store

    @property
    def login(self) -> str:
        return self.store.address.user if self.store.address else ""

    @property
    def address(self) -> str:
        """The team store's address as shown and logged: never with a password."""
        return self.store.address.shown() if self.store.address else ""

    def check(self) -> MovePlan:
        """What would be moved and what blocks it; nothing is written anywhere."""
        source = self._read_source()
        with self.target.ctx.read() as session:
            plan, _found = self._plan(session, source)
        return plan

    def move(self) -> MoveReport:
        """Copy, commit, read back, log. TeamMoveBlocked (nothing written) when blocked."""
        source = self._read_source()
        try:
            with self.target.ctx.write() as session:
                plan, found = self._plan(session, source)
                if plan.blockers:
                    raise TeamMoveBlocked(plan.blockers)
                add_missing(session.connection(), found)
                clients = self._copy(session, source, found.ids)
                # written past the ORM: the other members' open windows are told at commit
                announce(session, self.store.sender,
                         [t.name for t in client_tables()] + list(DIRECTORY))
                self._log_team(session, source, plan, clients)
        except (exc.IntegrityError, exc.DataError) as error:  # e.g. a hidden meeting's UID
            first = str(error.orig).strip().splitlines()[0][:200] if error.orig else ""
            raise TeamMoveBlocked([MoveBlocker("detail.move_server_refused",
                                               {"detail": first})]) from error
        # Committed: what a later read-back needs is kept before this one is tried.
        try:
            self._record(source, found).save(self._data_dir)
        except OSError:  # e.g. a full disk: only a later read-back needed it; this one runs
            _log.warning("the move's read-back record could not be kept", exc_info=True)
        return self._read_back(plan, source, found, "")

    def read_back(self) -> MoveReport:
        """Read back a move whose read-back did not finish (the server went away after the
        commit): the same comparison, from what the move kept on this machine. Blocked when
        there is none, when the team store does not hold this store's move, or when the local
        store has changed since it was copied (then a difference would not tell a copying
        error from a later change)."""
        source = self._read_source()
        record = load_record(self._data_dir, source.fingerprint)
        if record is None:
            raise TeamMoveBlocked([MoveBlocker("detail.move_nothing_to_read_back")])
        with self.target.ctx.read() as session:
            moved = session.connection().execute(
                text("SELECT verkosto_store_moved(:mark)"), {"mark": source.fingerprint}).scalar()
        if moved is None:
            raise TeamMoveBlocked([MoveBlocker("detail.move_not_in_team",
                                               {"address": record.address})])
        if not hmac.compare_digest(record.digest, source.digest):
            raise TeamMoveBlocked([MoveBlocker("detail.move_local_changed")])
        found = DirectoryMatch(IdMap({t: dict(m) for t, m in record.ids.items()}),
                               added={t: [{"id": i} for i in ids]
                                      for t, ids in record.added.items()})
        added = {t: len(ids) for t, ids in record.added.items()}
        matched = {t: len(record.ids.get(t, {})) - added.get(t, 0) for t in DIRECTORY
                   if len(record.ids.get(t, {})) > added.get(t, 0)}
        plan = MovePlan(source.store_id, source.fingerprint, source.head,
                        {name: len(rows) for name, rows in source.rows.items()}, matched,
                        added, ())
        return self._read_back(plan, source, found, "read back later: ")

    def _read_back(self, plan: MovePlan, source: _Source, found: DirectoryMatch,
                   when: str) -> MoveReport:
        differences: tuple[Difference, ...] | None = None
        try:
            differences = tuple(self._verify(source, found))
        except TeamStoreUnreachable as error:  # the copy is there: not "nothing changed"
            raise TeamMoveNotReadBack(host=error.params.get("host", ""),
                                      detail=error.params.get("detail", "")) from error
        finally:  # committed: the local log says so, verified or not (or not read back)
            self._log_local(plan, differences, when)
        if not differences:
            forget_record(self._data_dir, source.fingerprint)
        return MoveReport(plan, self.address, found.ids.of(CLIENT), differences)

    @property
    def _data_dir(self) -> Path:
        return self.source.store.paths.data_dir

    def _record(self, source: _Source, found: DirectoryMatch) -> MoveRecord:
        return MoveRecord(source.fingerprint, self.address, self.login, source.digest,
                          {t: dict(m) for t, m in found.ids.ids.items()},
                          {t: [int(row["id"]) for row in rows]
                           for t, rows in found.added.items()})

    # --- reading the local store ---------------------------------------------------------------
    def _read_source(self) -> _Source:
        self.source.audit.require_intact()  # a tampered log is not carried into the team's
        keys = self.source.store.chain_keys
        assert keys is not None
        fingerprint = hmac.new(keys.mac_key, _FINGERPRINT_LABEL, hashlib.sha256).hexdigest()[:32]
        every = tables()
        with self.source.ctx.read() as session:
            conn = session.connection()
            rows = {t.name: read_rows(conn, t) for t in client_tables()}
            professionals = read_rows(conn, every["professional"],
                                      (every["professional"].c.id,
                                       list(named_ids(rows, "professional"))))
            agency_ids = named_ids(rows, "agency") | {p["agency_id"] for p in professionals}
            directory = DirectoryRows(
                agency=read_rows(conn, every["agency"], (every["agency"].c.id, list(agency_ids))),
                professional=professionals, meeting_type=read_rows(conn, every["meeting_type"]))
        digest = rows_digest(keys.mac_key, {"rows": rows, "directory": vars(directory)})
        return _Source(self.source.store.descriptor.store_id, fingerprint,
                       self.source.store.audit_head(), rows, directory, digest)

    # --- what would be moved, and what blocks it -------------------------------------------------
    def _plan(self, session: Session, source: _Source) -> tuple[MovePlan, DirectoryMatch]:
        conn = session.connection()
        if conn.exec_driver_sql("SELECT verkosto_audit_name()").scalar() is None:
            raise TeamMoveNotMember(user=self.login)
        found = match(session, source.directory)
        plan = MovePlan(source.store_id, source.fingerprint, source.head,
                        {name: len(rows) for name, rows in source.rows.items()},
                        dict(found.matched),
                        {name: len(rows) for name, rows in found.added.items()},
                        tuple(self._blockers(session, source)))
        return plan, found

    def _blockers(self, session: Session, source: _Source) -> Iterator[MoveBlocker]:
        conn = session.connection()
        if not source.rows[CLIENT]:
            yield MoveBlocker("detail.move_nothing")
        try:
            moved = conn.execute(text("SELECT verkosto_store_moved(:mark)"),
                                 {"mark": source.fingerprint}).scalar()
        except exc.ProgrammingError as error:  # set up before this version: team-setup again
            database = self.store.address.database if self.store.address else ""
            raise TeamStoreNotSetUp(database=database) from error
        if moved is not None:  # its clients and meetings are there: that says it all
            when = datetime.strptime(str(moved), "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
            yield MoveBlocker("detail.move_already", {"when": when})
            return
        # asked of the server in one statement each, whatever the number of clients
        by_hetu = {c["hetu"]: c for c in source.rows[CLIENT] if c["hetu"]}
        taken = set(conn.execute(text(
            "SELECT h FROM unnest(CAST(:hetus AS text[])) AS h "
            "WHERE verkosto_hetu_taken(h, NULL)"), {"hetus": list(by_hetu)}).scalars())
        for hetu, client in by_hetu.items():
            if hetu in taken:
                name = f"{client['first_names']} {client['last_name']}".strip()
                yield MoveBlocker("detail.move_hetu_taken",
                                  {"name": name, "hetu": mask_hetu(hetu)})
        codes = set(conn.execute(select(tables()[CODE_LIST].c.code)).scalars())
        for code in sorted(named_ids(source.rows, CODE_LIST) - codes):
            yield MoveBlocker("detail.move_code_missing", {"code": code})
        uids = {m["ical_uid"]: m["title"] for m in source.rows["meeting"]}
        there = [uids[uid] for uid in conn.execute(text(
            "SELECT ical_uid FROM meeting WHERE ical_uid = ANY(CAST(:uids AS text[]))"),
            {"uids": list(uids)}).scalars()]
        if there:  # handed over before (the FHIR import keeps the invite's UID)
            yield MoveBlocker("detail.move_meetings_there",
                              {"count": len(there), "titles": ", ".join(sorted(set(there)))})

    # --- the copy --------------------------------------------------------------------------------
    def _as_team(self, name: str, values: dict[str, Any]) -> dict[str, Any]:
        if name == CLIENT:  # the server sets its maker (the member), who so sees it
            values["created_by"] = self.login
        return values

    def _copy(self, session: Session, source: _Source, ids: IdMap) -> dict[int, int]:
        conn = session.connection()
        for table in client_tables():
            rows = source.rows[table.name]
            if not rows:
                continue
            values = [self._as_team(table.name, ids.mapped(table, row)) for row in rows]
            ident = own_id(table)
            if ident is None:
                conn.execute(insert(table), values)
                continue
            given = conn.execute(insert(table).returning(ident, sort_by_parameter_order=True),
                                 values).scalars().all()
            ids.of(table.name).update(
                {row[ident.name]: int(new) for row, new in zip(rows, given, strict=True)})
        return ids.of(CLIENT)

    def _log_team(self, session: Session, source: _Source, plan: MovePlan,
                  clients: dict[int, int]) -> None:
        origin = (f"local store {source.store_id}, fingerprint {source.fingerprint}, "
                  f"local log head {source.head.to_text()}")
        for local, team in clients.items():
            self.target.audit.record(session, AuditAction.CREATE, ENTITY, client_id=team,
                                     entity_id=source.fingerprint,
                                     detail=f"{origin}; local client {local}",
                                     purpose="moved from a local store")
        counts = ", ".join(f"{name} {count}" for name, count in plan.rows.items() if count)
        self.target.audit.record(session, AuditAction.CREATE, ENTITY,
                                 entity_id=source.fingerprint,
                                 detail=f"{origin}; {counts}"[:2000],
                                 purpose="moved from a local store")

    # --- reading it back -------------------------------------------------------------------------
    def _verify(self, source: _Source, found: DirectoryMatch) -> Iterator[Difference]:
        ids = found.ids
        with self.target.ctx.read() as session:
            conn = session.connection()
            for table in client_tables():
                expected = {ids.key(table, row): (row, self._as_team(
                    table.name, ids.mapped(table, row))) for row in source.rows[table.name]}
                yield from _compare(conn, table, expected)
            every = tables()
            for name in DIRECTORY:
                rows = {row["id"]: row for row in getattr(source.directory, name)}
                added = {row["id"] for row in found.added.get(name, [])}
                # the rows added are compared whole; those matched are the team's own
                expected = {(team,): (rows[local], ids.mapped(every[name], rows[local])
                                      if local in added else {})
                            for local, team in ids.of(name).items()}
                yield from _compare(conn, every[name], expected)

    def _log_local(self, plan: MovePlan, differences: tuple[Difference, ...] | None,
                   when: str = "") -> None:
        result = when + ("not read back" if differences is None
                         else f"{len(differences)} differences" if differences else "verified")
        counts = ", ".join(f"{name} {count}" for name, count in plan.rows.items() if count)
        with self.source.ctx.write() as session:
            self.source.audit.record(
                session, AuditAction.EXPORT, ENTITY, entity_id=plan.fingerprint,
                detail=f"copied to the team store as {self.login}: {counts}; {result}"[:2000],
                purpose="moved to the team store", recipient=self.address[:500])


def _compare(conn: Connection, table: Table,
             expected: dict[tuple[Any, ...], tuple[dict[str, Any], dict[str, Any]]]
             ) -> Iterator[Difference]:
    """Each expected row read back by its key in the team store, field by field."""
    if not expected:
        return
    keys = list(table.primary_key.columns)
    ident = own_id(table)
    if ident is None:
        ident = parent_key(table)
    got = {tuple(row[c.name] for c in keys): row
           for row in read_rows(conn, table, (ident, [k[0] for k in expected]))}
    for key, (source_row, values) in expected.items():
        shown = ",".join(str(source_row[c.name]) for c in keys)
        row = got.get(key)
        if row is None:
            yield Difference(table.name, shown)
            continue
        for column, value in values.items():
            if row[column] != value:
                yield Difference(table.name, shown, column)
