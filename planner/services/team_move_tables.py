"""What moving a local store into the team store (siirto tiimin tietovarastoon) copies, derived
from the domain model: every table whose foreign keys lead to ``client`` is a client's data
and is copied whole; the directory rows they name are matched to the team's; the rest stays
in the local store, each for a reason said here (and in README). A table added later that
holds a client's data is copied as soon as its foreign keys say so, and
tests/test_team_move.py fails for a table that is neither copied nor said to stay.

Rows are copied as plain column values (SQLAlchemy Core, the same types on both engines):
the server gives each row a new id, and every foreign key is mapped through the ids given.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Column, Connection, Table, select
from sqlmodel import SQLModel

import planner.domain  # noqa: F401 - every table in the metadata

CLIENT = "client"
# The team's shared tables a client's rows name: matched to the team's own rows by what stays
# the same from store to store, added when missing (planner/services/team_move_directory.py).
DIRECTORY = ("agency", "professional", "meeting_type")
CODE_LIST = "service_code"  # the administrator's: every code named must be there already
# Not a client's data: left in the local store, which the user keeps or deletes.
STAYS: Mapping[str, str] = {
    "audit_entry": "the local log stays whole; the team's log records the move per client",
    "audit_chain": "the local log's chain key",
    "user_profile": "the local user's profile: a member is named by their login's mapping",
    "store_setting": "this store's settings (e-mail, calendar, scheduling)",
    "signing_identity": "the signing certificate and its private key",
    "trust_root": "the certificates trusted when verifying PDFs",
    "team_member": "the team's administrator maps logins to professionals",
    "member_setting": "a team member's own settings: a local store has none",
}
CHUNK = 500  # ids per IN (...)


def tables() -> dict[str, Table]:
    return dict(SQLModel.metadata.tables)


def client_tables() -> list[Table]:
    """``client`` and every table whose foreign keys lead to it, parents before children."""
    found = {CLIENT}
    grown = True
    while grown:
        grown = False
        for table in SQLModel.metadata.sorted_tables:
            if table.name not in found and any(
                    fk.column.table.name in found for fk in table.foreign_keys):
                found.add(table.name)
                grown = True
    return [t for t in SQLModel.metadata.sorted_tables if t.name in found]


def own_id(table: Table) -> Column[Any] | None:
    """The table's own integer id, which the server gives anew (None: keyed by its parents)."""
    keys = list(table.primary_key.columns)
    if len(keys) == 1 and keys[0].name == "id" and not keys[0].foreign_keys:
        return keys[0]
    return None


def parent_key(table: Table) -> Column[Any]:
    """A table without an id of its own is read back by its first key column, a parent's id."""
    return list(table.primary_key.columns)[0]


def target_of(column: Column[Any]) -> str | None:
    fk = next(iter(column.foreign_keys), None)
    return None if fk is None else fk.column.table.name


def read_rows(conn: Connection, table: Table,
              where: tuple[Column[Any], Sequence[Any]] | None = None) -> list[dict[str, Any]]:
    """The table's rows as column values (all of them, or those whose column is one of the
    values, in chunks), in key order."""
    order = list(table.primary_key.columns)
    if where is None:
        return [dict(r._mapping) for r in conn.execute(select(table).order_by(*order))]
    column, values = where
    rows: list[dict[str, Any]] = []
    unique = sorted(set(values))
    for start in range(0, len(unique), CHUNK):
        query = select(table).where(column.in_(unique[start:start + CHUNK])).order_by(*order)
        rows.extend(dict(r._mapping) for r in conn.execute(query))
    return rows


@dataclass
class IdMap:
    """Each copied or matched row's id in the team store, by table and source id."""

    ids: dict[str, dict[int, int]]

    def of(self, table: str) -> dict[int, int]:
        return self.ids.setdefault(table, {})

    def mapped(self, table: Table, row: Mapping[str, Any]) -> dict[str, Any]:
        """``row`` as the team store holds it: foreign keys through the ids given there, the
        own id left to the server."""
        values: dict[str, Any] = {}
        for column in table.columns:
            value = row[column.name]
            if column is own_id(table):
                continue
            target = target_of(column)
            if value is not None and target is not None and target != CODE_LIST:
                value = self.ids[target][value]
            values[column.name] = value
        return values

    def key(self, table: Table, row: Mapping[str, Any]) -> tuple[Any, ...]:
        """The team store's key of a source row: its new id, or its parents' mapped ids."""
        ident = own_id(table)
        if ident is not None:
            return (self.ids[table.name][row[ident.name]],)
        mapped = self.mapped(table, row)
        return tuple(mapped[c.name] for c in table.primary_key.columns)


def named_ids(rows: Mapping[str, Iterable[Mapping[str, Any]]], target: str) -> set[Any]:
    """The keys of ``target`` (a directory table, the code list) the client tables' rows name."""
    found: set[Any] = set()
    for table in client_tables():
        for column in table.columns:
            if target_of(column) == target:
                found.update(r[column.name] for r in rows[table.name]
                             if r[column.name] is not None)
    return found
