"""client.search_key without diacritics (issue 13: "jari mak" found nothing, "mäk" did)

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03 08:30:00

Every key is computed again: case-folded and with ä/ö/å, é, ü… reduced to their base letters,
as the search now reduces what is typed.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def _words(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", text).casefold()
    return "".join(c for c in folded if not unicodedata.combining(c)).split()


def _search_key(first_names: str, last_name: str) -> str:
    """planner.domain.clients.search_key as of this revision (a migration keeps its own)."""
    words = _words(f"{first_names} {last_name}")
    words += [part for word in words if "-" in word for part in word.split("-") if part]
    return "".join(f" {word}" for word in words)[:400]


def _recompute(key: Callable[[str, str], str]) -> None:
    connection = op.get_bind()
    rows = connection.execute(sa.text("SELECT id, first_names, last_name FROM client")).all()
    if rows:
        connection.execute(sa.text("UPDATE client SET search_key = :key WHERE id = :id"),
                           [{"id": row[0], "key": key(row[1], row[2])} for row in rows])


def upgrade() -> None:
    _recompute(_search_key)


def downgrade() -> None:
    def with_diacritics(first_names: str, last_name: str) -> str:  # as revision 0004
        words = unicodedata.normalize("NFC", f"{first_names} {last_name}").casefold().split()
        words += [part for word in words if "-" in word for part in word.split("-") if part]
        return "".join(f" {word}" for word in words)[:400]

    _recompute(with_diacritics)
