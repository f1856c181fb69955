"""What a restore would lose: the work the live store holds that the backup lacks.

Compared on the two databases themselves (the backup's verified copy attached to a connection
of the live store): clients, meetings and agreed actions the backup does not have, answers
(participants' attendance) that differ or are new, and log entries after the backup's newest —
each with a count and the newest date the log gives for it.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from planner.storage import engine as engine_module
from planner.storage.backup import BackupInfo, unpack_backup
from planner.storage.descriptor import DATABASE_NAME
from planner.storage.store import Store

# (what, table, the audit log's entity for it)
_RECORDS = (("clients", "client", "client"), ("meetings", "meeting", "meeting"),
            ("actions", "agreed_action", "agreed_action"))


@dataclass(frozen=True)
class Newer:
    """``count`` things of one kind only the live store has; ``newest`` their latest date."""

    count: int
    newest: datetime | None


@dataclass(frozen=True)
class RestoreLoss:
    clients: Newer
    meetings: Newer
    actions: Newer
    answers: Newer
    log_entries: Newer

    @property
    def nothing(self) -> bool:
        return not any(n.count for n in (self.clients, self.meetings, self.actions,
                                         self.answers, self.log_entries))


def preview_restore(file: Path, passphrase: str, live: Store) -> tuple[BackupInfo, RestoreLoss]:
    """Verify the backup (as restore will) and compare it with the open ``live`` store."""
    with tempfile.TemporaryDirectory(prefix="verkosto-preview-") as folder:
        copy = Path(folder) / DATABASE_NAME
        info, key = unpack_backup(Path(file), passphrase, copy)
        conn = engine_module.connect(live.paths.database, live._key)
        try:
            conn.execute(f"ATTACH DATABASE ? AS b KEY \"x'{key.hex()}'\"", (str(copy),))
            try:
                loss = _compare(conn, f"encrypted backup {Path(file).name}:%")
            finally:
                conn.execute("DETACH DATABASE b")
        finally:
            conn.close()
    return info, loss


def _compare(conn: Any, own_export: str) -> RestoreLoss:
    """``own_export``: the LIKE pattern of the entry that logged making this very backup,
    written just after its snapshot — not work the restore would lose."""
    found: dict[str, Newer] = {}
    for what, table, entity in _RECORDS:
        count = _scalar(conn, f"SELECT count(*) FROM main.{table} "
                              f"WHERE id NOT IN (SELECT id FROM b.{table})")
        newest = _date(_scalar(
            conn, "SELECT max(at) FROM main.audit_entry WHERE entity = ? AND entity_id IN "
                  f"(SELECT CAST(id AS TEXT) FROM main.{table} "
                  f"WHERE id NOT IN (SELECT id FROM b.{table}))", (entity,)))
        found[what] = Newer(int(count or 0), newest)
    answers = _scalar(conn, "SELECT count(*) FROM main.participant p "
                            "LEFT JOIN b.participant q ON q.id = p.id "
                            "WHERE p.attendance != 'INVITED' "
                            "AND (q.id IS NULL OR q.attendance != p.attendance)")
    last_backup = _scalar(conn, "SELECT coalesce(max(id), 0) FROM b.audit_entry")
    answered = _date(_scalar(conn, "SELECT max(at) FROM main.audit_entry WHERE id > ? AND "
                                   "detail LIKE '%(calendar reply)%'", (last_backup,)))
    after = ("FROM main.audit_entry WHERE id > ? "
             "AND NOT (entity = 'backup' AND detail LIKE ?)")
    entries = _scalar(conn, f"SELECT count(*) {after}", (last_backup, own_export))
    logged = _date(_scalar(conn, f"SELECT max(at) {after}", (last_backup, own_export)))
    return RestoreLoss(found["clients"], found["meetings"], found["actions"],
                       Newer(int(answers or 0), answered), Newer(int(entries or 0), logged))


def _scalar(conn: Any, sql: str, params: tuple[object, ...] = ()) -> Any:
    row = conn.execute(sql, params).fetchone()
    return row[0] if row else None


def _date(value: object) -> datetime | None:
    if not value:
        return None
    return datetime.strptime(str(value), "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
