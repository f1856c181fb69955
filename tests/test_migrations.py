"""Alembic: empty store to head, a copy before upgrading, a store from a newer app refused."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from keyring.backends.fail import Keyring as FailKeyring
from sqlalchemy import inspect, text
from sqlmodel import SQLModel

from planner.crypto.vault import KeyringVault
from planner.errors import StoreTooNew
from planner.services import ClientInput, Planner
from planner.storage import engine as engine_module
from planner.storage import migrate
from planner.storage.store import open_store
from tests.conftest import PASSPHRASE


def open_(data_dir: Path):  # type: ignore[no-untyped-def]
    return open_store(data_dir, vault=KeyringVault(FailKeyring()), passphrase=lambda: PASSPHRASE)


def test_empty_store_is_migrated_to_head_with_every_table(data_dir: Path) -> None:
    store = open_(data_dir)
    try:
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        tables = set(inspect(store.engine).get_table_names())
        assert set(SQLModel.metadata.tables) <= tables
        with store.read() as session:
            codes = session.execute(text("SELECT count(*) FROM service_code")).scalar_one()
        assert codes >= 25
        assert store.migration_backup is None  # nothing to copy in a new store
    finally:
        store.close()


def test_schema_matches_the_models(data_dir: Path) -> None:
    """Autogenerate finds nothing to do: the migrations and the models agree."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    store = open_(data_dir)
    try:
        with store.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            assert compare_metadata(context, SQLModel.metadata) == []
    finally:
        store.close()


NEXT_REVISION = '''
"""add a column (test only)"""
import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("client") as batch:
        batch.add_column(sa.Column("nickname", sa.String(50), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("client") as batch:
        batch.drop_column("nickname")
'''


def test_the_store_is_copied_before_a_migration_runs(
        data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = open_(data_dir)
    Planner(store).clients.create(ClientInput("Aino", "Korhonen"))
    store.close()

    shipped_head = migrate.head_revision()
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, scripts)
    (scripts / "versions" / "9999_test.py").write_text(
        NEXT_REVISION.format(head=migrate.head_revision()))
    monkeypatch.setattr(migrate, "MIGRATIONS", scripts)

    store = open_(data_dir)
    try:
        assert migrate.current_revision(store.engine) == "9999"
        copy = store.migration_backup
        assert copy is not None and copy.parent == data_dir / "backups"
        backup = engine_module.connect(copy, store._key)
        try:
            assert backup.execute("SELECT version_num FROM alembic_version").fetchall() == [
                (shipped_head,)]
            assert backup.execute("SELECT last_name FROM client").fetchall() == [("Korhonen",)]
        finally:
            backup.close()
        assert b"Korhonen" not in copy.read_bytes()  # the copy is encrypted too
    finally:
        store.close()


def test_a_store_from_a_newer_version_is_refused(data_dir: Path) -> None:
    store = open_(data_dir)
    with store.write() as session:
        session.execute(text("UPDATE alembic_version SET version_num = 'ffff'"))
    store.close()
    with pytest.raises(StoreTooNew):
        open_(data_dir)


def test_0002_takes_the_current_sequence_as_the_last_move(data_dir: Path) -> None:
    """Meetings made before 0002 may have been moved at any earlier SEQUENCE: answers older
    than the current one count as outdated, never the other way round."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from alembic import command

    from planner.domain.enums import ParticipantKind
    from planner.services import MeetingInput, ParticipantInput

    store = open_(data_dir)
    planner = Planner(store)
    client = planner.clients.create(ClientInput("Aino", "Korhonen"))
    start = datetime(2026, 12, 3, 9, tzinfo=ZoneInfo("Europe/Helsinki"))
    meeting = planner.meetings.plan(MeetingInput(client.id or 0, "Neuvottelu", start,
                                                 start.replace(hour=10), location="Sali"))
    for name in ("A", "B"):
        planner.meetings.add_participant(meeting.id or 0, ParticipantInput(
            ParticipantKind.OTHER, name=name, email=f"{name.lower()}@example.fi"))
    with store.engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), "0001")
    store.close()

    store = open_(data_dir)  # upgraded again on opening
    try:
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        with store.engine.connect() as conn:
            rows = conn.execute(text("SELECT sequence, rescheduled_sequence FROM meeting")).all()
        assert rows == [(2, 2)]
    finally:
        store.close()
