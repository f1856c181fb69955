"""The calendar grid's meetings: when, where, the client as the privacy setting names them,
and whether the user is among the participants (osallistun)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func
from sqlmodel import col, select

from planner.domain import (
    Client,
    Meeting,
    Participant,
    Professional,
)
from planner.domain.enums import AuditAction, MeetingMode, MeetingStatus
from planner.services.base import Service, meetings_by_start, rows_in
from planner.services.profile import CLIENT_NAMINGS, INVITE_CLIENT_NAMING, current_user
from planner.services.settings_rows import read_setting


@dataclass(frozen=True)
class CalendarMeeting:
    id: int
    title: str
    start: datetime
    end: datetime
    status: MeetingStatus
    mode: MeetingMode
    location: str
    client: str  # as the store's client-naming setting allows ("A. K." by default)
    participating: bool  # the user (the profile's e-mail) is one of the participants


def _initial(name: str) -> str:
    return f"{name.strip()[0]}." if name.strip() else ""


def named(first_names: str, last_name: str, naming: str) -> str:
    """"A. K.", "Aino", "Aino Korhonen" or nothing (the choices of exports.ical.privacy)."""
    first = first_names.split()[0] if first_names.split() else ""
    if naming == "full_name":
        return f"{first_names} {last_name}".strip()
    if naming == "first_name":
        return first
    if naming == "none":
        return ""
    return " ".join(part for part in (_initial(first), _initial(last_name)) if part)


class CalendarView(Service):
    def meetings(self, since: datetime, until: datetime) -> list[CalendarMeeting]:
        """The meetings not cancelled that touch [since, until), by start; logged as a view."""
        query = (select(Meeting, Client.first_names, Client.last_name)
                 .join(Client, col(Client.id) == Meeting.client_id)
                 .where(col(Meeting.end) > since, col(Meeting.start) < until,
                        Meeting.status != MeetingStatus.CANCELLED))
        with self.ctx.write() as session:
            query = query.order_by(meetings_by_start(session))
            setting = read_setting(session, INVITE_CLIENT_NAMING)
            naming = setting if setting in CLIENT_NAMINGS else "initials"
            profile = current_user(session)
            found = list(session.exec(query))
            mine: set[int] = set()
            email = (profile.email or "").casefold() if profile else ""
            if email and found:
                ids = [m.id or 0 for m, _f, _l in found]
                people = rows_in(session, Participant, Participant.meeting_id, ids)
                known = set(session.exec(select(Professional.id).where(
                    func.lower(Professional.email) == email)))
                mine = {p.meeting_id for p in people
                        if (p.email or "").casefold() == email or p.professional_id in known}
            rows = [CalendarMeeting(m.id or 0, m.title, m.start, m.end, MeetingStatus(m.status),
                                    MeetingMode(m.mode), m.location, named(first, last, naming),
                                    m.id in mine)
                    for m, first, last in found]
            self.audit.record(session, AuditAction.VIEW, "meeting_list",
                              detail=f"calendar grid: {len(rows)} rows")
        return rows
