"""The local user's profile (name, title, agency, e-mail) and the store's settings."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func
from sqlmodel import Session, col, select

from planner.domain import Agency, Professional, TeamMember, UserProfile
from planner.domain.enums import AuditAction
from planner.errors import FieldError, ValidationFailed
from planner.services.base import Service, fetch
from planner.services.settings_rows import read_setting, write_setting
from planner.storage.audit_chain import on_team_store
from planner.validation import Checker, normalise_email

# How calendar invites (ordinary e-mail) may name the client: initials unless the user chooses.
INVITE_CLIENT_NAMING = "invite_client_naming"
CLIENT_NAMINGS = ("initials", "first_name", "full_name", "none")
# Whether invites carry the meeting's title and agenda (off: a neutral "Verkostoneuvottelu").
INVITE_DETAILS = "invite_details"


@dataclass
class ProfileInput:
    name: str
    title: str = ""
    agency_id: int | None = None
    email: str | None = None


class Profiles(Service):
    def get(self) -> UserProfile | None:
        """The user's profile (on a team store the member's, from the directory)."""
        with self.ctx.read() as session:
            return current_user(session)

    def from_directory(self) -> bool:
        """Whether the user is a team store's member, whose profile is their entry in the
        directory (kept in Agencies and people, not here; the store's profile is the
        administrator's)."""
        with self.ctx.read() as session:
            return _member(session) is not None

    def save(self, data: ProfileInput) -> UserProfile:
        check = Checker()
        name = check.text("name", data.name, required=True)
        title = check.text("title", data.title)
        email = check.optional("email", data.email, normalise_email)
        check.done()
        with self.ctx.write() as session:
            if data.agency_id is not None:
                fetch(session, Agency, data.agency_id)
            profile = session.get(UserProfile, 1)
            if profile is None:
                profile = UserProfile(id=1, name=name)
                session.add(profile)
            profile.name, profile.title, profile.email = name, title, email
            profile.agency_id = data.agency_id
            session.flush()
            self.audit.record(session, AuditAction.UPDATE, "user_profile", entity_id=1)
        return profile

    def setting(self, key: str, default: str = "") -> str:
        """The store's setting (on a team store a member's own over the team's)."""
        with self.ctx.read() as session:
            value = read_setting(session, key)
            return default if value is None else value

    def set_setting(self, key: str, value: str) -> None:
        with self.ctx.write() as session:
            write_setting(session, key, value)
            self.audit.record(session, AuditAction.UPDATE, "setting", entity_id=key)

    def invite_client_naming(self) -> str:
        value = self.setting(INVITE_CLIENT_NAMING, "initials")
        return value if value in CLIENT_NAMINGS else "initials"

    def set_invite_client_naming(self, value: str) -> None:
        if value not in CLIENT_NAMINGS:
            raise ValidationFailed([FieldError(INVITE_CLIENT_NAMING, "validation.choice_invalid",
                                               {"value": value,
                                                "allowed": ", ".join(CLIENT_NAMINGS)})])
        self.set_setting(INVITE_CLIENT_NAMING, value)

    def invite_details(self) -> bool:
        return self.setting(INVITE_DETAILS, "0") == "1"

    def set_invite_details(self, allowed: bool) -> None:
        self.set_setting(INVITE_DETAILS, "1" if allowed else "0")


def current_user(session: Session) -> UserProfile | None:
    """Who the user is — "me" on the home page and in the calendar, who sends invites and
    reminders, writes and signs a document: on a team store the professional the member's
    login is mapped to (the store's profile is its administrator's), as a profile not kept
    anywhere; else the profile."""
    member = _member(session)
    if member is not None:
        return UserProfile(name=member.name, title=member.title, agency_id=member.agency_id,
                           email=member.email)
    return session.get(UserProfile, 1)


def _member(session: Session) -> Professional | None:
    """On a team store, the professional the login is mapped to (None: the administrator)."""
    if not on_team_store(session):
        return None
    return session.exec(select(Professional).join(
        TeamMember, col(TeamMember.professional_id) == Professional.id).where(
        TeamMember.login == func.session_user())).first()
