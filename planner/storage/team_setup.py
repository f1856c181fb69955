"""Setting up a team store on the server (tiimin tietovaraston pystytys): what
`verkosto team-setup` does as the database's owner.

The migrations bring the schema to head (with the functions of migration 0013); then
resources/team/security.sql makes the members' group role, its privileges and the row-level
security policies — again on every run, so running it twice, or after an upgrade, is fine.
A member is a login the administrator made (CREATE ROLE … LOGIN) mapped here to a professional.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources

from sqlalchemy import Engine, text

from planner.domain.enums import AuditAction
from planner.errors import (
    TeamLoginUnknown,
    TeamNotPermitted,
    TeamProfessionalUnknown,
    TeamSetupRefused,
)
from planner.storage import migrate
from planner.storage.audit_chain import append_entry, audit_user
from planner.storage.team import TeamStore, translate_team_errors

MEMBER_ROLE = "verkosto_member"
MAX_ROW_ID = 2**31 - 1  # PostgreSQL's integer
SCHEMA = "public"  # the script grants on it; the migrations' functions fix their path to it


def security_script() -> str:
    return (resources.files("resources") / "team" / "security.sql").read_text("utf-8")


@dataclass(frozen=True)
class SetupReport:
    revision: str
    protected_tables: tuple[str, ...]  # tables under row-level security (FORCE)


@dataclass(frozen=True)
class MemberReport:
    login: str
    professional: str
    agency: str


def apply_security(store: TeamStore) -> SetupReport:
    """Roles, privileges and policies (the store is open and migrated, as its owner)."""
    assert store.address is not None
    raw = store.engine.raw_connection()
    try:
        with translate_team_errors(store.address), _refusals(store):
            cursor = raw.cursor()
            cursor.execute(f"SET search_path = {SCHEMA}, pg_temp")
            cursor.execute(security_script())  # several statements: no parameters
            raw.commit()
    except BaseException:
        raw.rollback()
        raise
    finally:
        raw.close()
    return SetupReport(migrate.current_revision(store.engine) or "",
                       protected_tables(store.engine))


def protected_tables(engine: Engine) -> tuple[str, ...]:
    with engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = :schema AND c.relkind = 'r' AND c.relrowsecurity "
            "AND c.relforcerowsecurity ORDER BY c.relname"), {"schema": SCHEMA})
        return tuple(str(row[0]) for row in rows)


def map_member(store: TeamStore, login: str, professional_id: int) -> MemberReport:
    """``login`` becomes the member who is professional ``professional_id`` (again: moved)."""
    assert store.address is not None
    if not 0 < professional_id <= MAX_ROW_ID:  # no such id can be in the table
        raise TeamProfessionalUnknown(professional=professional_id)
    with _refusals(store), store.write() as session:
        conn = session.connection()
        if conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :login"),
                        {"login": login}).first() is None:
            raise TeamLoginUnknown(login=login)
        found = conn.execute(text(
            "SELECT p.name, a.name || CASE WHEN a.unit <> '' THEN ', ' || a.unit ELSE '' END "
            "FROM professional p JOIN agency a ON a.id = p.agency_id WHERE p.id = :id"),
            {"id": professional_id}).first()
        if found is None:
            raise TeamProfessionalUnknown(professional=professional_id)
        professional, agency = str(found[0]), str(found[1])
        quoted = conn.exec_driver_sql("SELECT quote_ident(%(login)s)",
                                      {"login": login}).scalar()
        conn.exec_driver_sql(f"GRANT {MEMBER_ROLE} TO {quoted}")
        conn.execute(text(
            "INSERT INTO team_member (login, professional_id) VALUES (:login, :id) "
            "ON CONFLICT (login) DO UPDATE SET professional_id = excluded.professional_id"),
            {"login": login, "id": professional_id})
        # Who sees what changed: logged in the same transaction, as every change is.
        append_entry(session, store.chain_keys, at=datetime.now(UTC), user=audit_user(session),
                     action=AuditAction.UPDATE, entity="team_member", entity_id=login,
                     detail=f"professional {professional_id}")
    return MemberReport(login, professional, agency)


@contextmanager
def _refusals(store: TeamStore) -> Iterator[None]:
    """The server's "permission denied" / "must be owner" become TeamSetupRefused."""
    try:
        yield
    except Exception as error:
        # raw from the script's cursor, wrapped by SQLAlchemy, or already the store's error
        cause = error.__cause__ if isinstance(error, TeamNotPermitted) else error
        cause = getattr(cause, "orig", cause)
        if getattr(cause, "sqlstate", None) != "42501":  # insufficient_privilege
            raise
        assert store.address is not None
        detail = str(cause).strip().splitlines()[0][:200] if str(cause).strip() else "42501"
        raise TeamSetupRefused(user=store.address.user, detail=detail) from error


def remove_member(store: TeamStore, login: str) -> bool:
    """``login`` is no longer a member: unmapped and out of the group, at once (its open
    sessions see nothing from their next statement). False when it was no member."""
    assert store.address is not None
    with _refusals(store), store.write() as session:
        conn = session.connection()
        removed = conn.execute(text("DELETE FROM team_member WHERE login = :login "
                                    "RETURNING professional_id"), {"login": login}).first()
        member = conn.execute(text(
            "SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            "JOIN pg_roles r ON r.oid = m.member WHERE g.rolname = :group "
            "AND r.rolname = :login"), {"group": MEMBER_ROLE, "login": login}).first()
        if member is not None:
            quoted = conn.exec_driver_sql("SELECT quote_ident(%(login)s)",
                                          {"login": login}).scalar()
            conn.exec_driver_sql(f"REVOKE {MEMBER_ROLE} FROM {quoted}")
        if removed is None and member is None:
            return False
        append_entry(session, store.chain_keys, at=datetime.now(UTC), user=audit_user(session),
                     action=AuditAction.DELETE, entity="team_member", entity_id=login,
                     detail=f"professional {removed[0]}" if removed else "")
    return True
