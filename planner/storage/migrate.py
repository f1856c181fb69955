"""Alembic migrations, run on the store's own connection; a copy is made before any upgrade.

Alembic itself (~0.1 s and ~17 MB to import) loads only when a store is not at the head
revision: every start but the first after an update compares the stored revision with the
head read from the version files' text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, exc, inspect

from planner.errors import StoreTooNew

if TYPE_CHECKING:
    from alembic.config import Config

# Package data (the wheel ships the scripts): Alembic needs them as files on disk.
MIGRATIONS = Path(str(resources.files("planner.storage") / "migrations"))
_REVISION_LINE = re.compile(r"^(revision|down_revision)\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, backup_dir: Path | None,
            backup: Callable[[Path], None] | None) -> Path | None:
    """Bring the store to head. Returns the pre-migration copy's path, if one was made (none
    for a team store: its server's administrator backs it up with PostgreSQL's tools)."""
    head = _head_from_files()
    if head is not None and _stored_revisions(engine) == [head]:
        return None  # the usual case, decided without Alembic
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    current = current_revision(engine)
    head = head_revision()
    if current == head:
        return None
    if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
        raise StoreTooNew(revision=current)
    copy: Path | None = None
    if current is not None and backup_dir is not None and backup is not None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        copy = backup_dir / f"verkosto-before-{head}-{stamp}.db"
        backup(copy)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    return copy


def _head_from_files() -> str | None:
    """The single head of the version files, or None when their text does not tell plainly
    (a merge, an unusual file): then Alembic decides."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        found = dict(_REVISION_LINE.findall(path.read_text("utf-8")))
        if "revision" not in found:
            return None
        revisions.add(found["revision"])
        if "down_revision" in found:
            parents.add(found["down_revision"])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _stored_revisions(engine: Engine) -> list[str] | None:
    """The alembic_version rows, or None for a store that has none yet."""
    with engine.connect() as conn:
        if conn.dialect.name != "sqlite" and not inspect(conn).has_table("alembic_version"):
            return None  # a failed SELECT would abort a PostgreSQL transaction
        try:
            rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").fetchall()
        except exc.OperationalError as error:
            if "no such table" in str(error.orig):
                return None
            raise
    return [str(row[0]) for row in rows]


def known_revisions() -> set[str]:
    """Every revision this version can upgrade from (a backup's revision must be one)."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}
