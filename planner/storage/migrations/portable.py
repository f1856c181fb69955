"""What the migrations write differently on SQLite (the local store) and PostgreSQL (the team
store): the database's own refusals (triggers) and conditions of partial indexes.

The SQLite statements are exactly those the migrations wrote before the team store existed, so
a local store migrated by an older version and one migrated now are the same.
"""

from __future__ import annotations

from alembic import op

REFUSE_FUNCTION = "verkosto_refuse"


def _postgres() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def forbid(name: str, verb: str, table: str, message: str, columns: str = "") -> None:
    """The database refuses ``verb`` (UPDATE / DELETE, optionally ``OF columns``) on ``table``
    with ``message`` — whoever connects, the app or a tool. On PostgreSQL TRUNCATE, which
    fires no row trigger, is refused alongside DELETE."""
    of = f" OF {columns}" if columns else ""
    if not _postgres():
        op.execute(f"CREATE TRIGGER {name} BEFORE {verb}{of} ON {table} "
                   f"BEGIN SELECT RAISE(ABORT, '{message}'); END")
        return
    op.execute(
        f"CREATE OR REPLACE FUNCTION {REFUSE_FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS "
        "$$ BEGIN RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'restrict_violation'; END $$")
    op.execute(f"CREATE TRIGGER {name} BEFORE {verb}{of} ON {table} FOR EACH ROW "
               f"EXECUTE FUNCTION {REFUSE_FUNCTION}('{message}')")
    if verb == "DELETE":
        op.execute(f"CREATE TRIGGER {name}_truncate BEFORE TRUNCATE ON {table} "
                   f"FOR EACH STATEMENT EXECUTE FUNCTION {REFUSE_FUNCTION}('{message}')")


def allow(name: str, verb: str, table: str) -> None:
    """Undo :func:`forbid`."""
    if not _postgres():
        op.execute(f"DROP TRIGGER {name}")
        return
    op.execute(f"DROP TRIGGER {name} ON {table}")
    if verb == "DELETE":
        op.execute(f"DROP TRIGGER {name}_truncate ON {table}")
