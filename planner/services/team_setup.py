"""Team store administration (tiimin tietovaraston ylläpito) for `verkosto team-setup`: the
database's owner sets the store up on the server and maps logins to professionals.

Everything is the storage's (planner/storage/team_setup.py); here it is opened by its address,
the owner's password taken from the address or asked, and closed again.
"""

from __future__ import annotations

from collections.abc import Callable

from planner.errors import TeamDatabaseMissing, TeamStoreNotSetUp
from planner.storage.team import TeamStore, open_team_store
from planner.storage.team_address import TeamAddress
from planner.storage.team_setup import (
    MemberReport,
    SetupReport,
    apply_security,
    map_member,
    remove_member,
)

__all__ = ["MemberReport", "SetupReport", "add_member", "drop_member", "set_up"]


def _open(parsed: TeamAddress, password: Callable[[], str | None]) -> TeamStore:
    try:
        return open_team_store(parsed, password=password, upgrade=True)
    except TeamStoreNotSetUp as missing:  # to a member "not set up"; here: make it first
        raise TeamDatabaseMissing(database=parsed.database) from missing


def set_up(address: str, password: Callable[[], str | None]) -> tuple[str, SetupReport]:
    """Migrations, roles, privileges and policies; the address as shown (no password)."""
    parsed = TeamAddress.parse(address)
    store = _open(parsed, password)
    try:
        return parsed.shown(), apply_security(store)
    finally:
        store.close()


def add_member(address: str, password: Callable[[], str | None], login: str,
               professional_id: int) -> MemberReport:
    """``login`` (an existing server login) becomes the team member who is the professional."""
    store = _open(TeamAddress.parse(address), password)
    try:
        apply_security(store)  # the group role the login is granted exists
        return map_member(store, login, professional_id)
    finally:
        store.close()


def drop_member(address: str, password: Callable[[], str | None], login: str) -> bool:
    """``login`` is no longer a team member (False: it was none)."""
    store = _open(TeamAddress.parse(address), password)
    try:
        return remove_member(store, login)
    finally:
        store.close()
