"""Desktop reminders (muistutukset): what is due for "me" at the services' clock — my actions
that are overdue or due within the reminder window, meetings starting within the lead time,
follow-up points coming due and plans whose review date is near.

The selection reuses the home view's reads (planner/services/home.py: the same "me", the same
queries) with the reminder windows of the settings. Each reminder has a stable key — kind, id
and the due moment — so the window notifies a thing once, and again only when it changes (a
meeting moved, a due date changed, a soon-due action became overdue).

Privacy: a notification may be seen on a shared screen, so the client is named as the invite
setting allows (initials by default), the client's names are replaced with that form in every
text, a HETU never appears, and titles and action texts are shown only when the settings allow
it. No Qt here: the window (ui/reminders/) shows them.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlmodel import Session, col, select

from planner.domain import Client
from planner.domain.enums import AuditAction
from planner.errors import FieldError, ValidationFailed
from planner.services.calendar_view import named
from planner.services.home import AHEAD_DAYS, Home, day_start, profile_person
from planner.services.information_requests import overdue_requests
from planner.services.profile import CLIENT_NAMINGS, INVITE_CLIENT_NAMING, current_user
from planner.services.settings_rows import read_setting, write_setting

ACTION_OVERDUE, ACTION_DUE, MEETING, FOLLOWUP, PLAN_REVIEW = (
    "action_overdue", "action_due", "meeting", "followup", "plan_review")
REQUEST_OVERDUE = "request_overdue"  # an information request I sent or owe, past its due date
# the most urgent first; a late request waits on another agency (or the other agency on me,
# by a date agreed between offices), so after what is mine to do
KINDS = (MEETING, ACTION_OVERDUE, FOLLOWUP, ACTION_DUE, PLAN_REVIEW, REQUEST_OVERDUE)

ENABLED, ACTION_DAYS, MEETING_MINUTES, REVIEW_DAYS, DETAILS = (
    "reminders_enabled", "reminder_action_days", "reminder_meeting_minutes",
    "reminder_review_days", "reminder_details")
MAX_DAYS = AHEAD_DAYS  # the home view's reads look no further
MIN_MINUTES, MAX_MINUTES = 5, 24 * 60
LONGEST_MEETING = timedelta(hours=12)  # a meeting under way at unlock is still reminded of

ReminderKey = tuple[str, int, str]  # (kind, id, the due moment in ISO form)


@dataclass(frozen=True)
class ReminderSettings:
    enabled: bool = True
    action_days: int = 1  # my actions due today … in this many days (0: today only)
    meeting_minutes: int = 60  # meetings starting within this many minutes
    review_days: int = 7  # plans whose review date is within this many days (or passed)
    details: bool = False  # titles and action texts in the notification (off: kind and time)

    def check(self) -> None:
        errors = [FieldError(name, "validation.reminder_range",
                             {"minimum": low, "maximum": high})
                  for name, value, low, high in (
                      ("action_days", self.action_days, 0, MAX_DAYS),
                      ("meeting_minutes", self.meeting_minutes, MIN_MINUTES, MAX_MINUTES),
                      ("review_days", self.review_days, 0, MAX_DAYS))
                  if not low <= value <= high]
        if errors:
            raise ValidationFailed(errors)


@dataclass(frozen=True)
class Reminder:
    kind: str  # one of KINDS
    target_id: int  # the action's, meeting's or plan's id
    due: datetime | date  # a meeting's start (UTC), else a day
    client_id: int
    client: str  # as the invite naming setting allows ("A. K."; "" for "none")
    title: str  # the meeting's or plan's title, the action's text; "" unless details allowed
    meeting_id: int | None = None  # an action's meeting; a meeting's or follow-up's own id
    code: str = ""  # a follow-up point's code (planner.scheduling.followups)

    @property
    def key(self) -> ReminderKey:
        return (self.kind, self.target_id, self.due.isoformat())


@dataclass(frozen=True)
class ReminderCheck:
    """One check: the reminders not yet notified, and the keys of everything due now (the
    window forgets the keys of what is no longer due)."""

    new: list[Reminder] = field(default_factory=list)
    due_keys: frozenset[ReminderKey] = frozenset()
    me_known: bool = True  # False: the profile is nobody of the directory (no "my" actions)


def _setting(session: Session, key: str) -> str | None:
    return read_setting(session, key)


def _number(text: str | None, default: int) -> int:
    return int(text) if text and text.isdigit() else default


def load_settings(session: Session) -> ReminderSettings:
    default = ReminderSettings()
    settings = ReminderSettings(
        _setting(session, ENABLED) != "0",
        _number(_setting(session, ACTION_DAYS), default.action_days),
        _number(_setting(session, MEETING_MINUTES), default.meeting_minutes),
        _number(_setting(session, REVIEW_DAYS), default.review_days),
        _setting(session, DETAILS) == "1")
    try:
        settings.check()
    except ValidationFailed:  # edited by hand into nonsense: the defaults, not a crash
        return default
    return settings


class Reminders(Home):
    """The home view's reads, with the reminder windows (see the module's docstring)."""

    def settings(self) -> ReminderSettings:
        with self.ctx.read() as session:
            return load_settings(session)

    def save_settings(self, settings: ReminderSettings) -> None:
        settings.check()
        with self.ctx.write() as session:
            for key, text in ((ENABLED, "1" if settings.enabled else "0"),
                              (ACTION_DAYS, str(settings.action_days)),
                              (MEETING_MINUTES, str(settings.meeting_minutes)),
                              (REVIEW_DAYS, str(settings.review_days)),
                              (DETAILS, "1" if settings.details else "0")):
                write_setting(session, key, text)
            self.audit.record(session, AuditAction.UPDATE, "setting", entity_id="reminders")

    def check(self, notified: Collection[ReminderKey] = ()) -> ReminderCheck:
        """What is due now and not in ``notified``. Logged as one view when something new was
        found (what a notification is about has then been read); a check that finds nothing
        new logs nothing, so a timer's ticks do not fill the log."""
        with self.ctx.read() as session:
            settings = load_settings(session)
            if not settings.enabled:
                return ReminderCheck()
            me = profile_person(session, current_user(session))
            due = self._due(session, settings, me)
        # the most urgent first: a window showing only a few says the meeting about to start
        new = sorted((r for r in due if r.key not in notified), key=lambda r: KINDS.index(r.kind))
        if new:
            with self.ctx.write() as session:
                self.audit.record(session, AuditAction.VIEW, "reminders",
                                  detail=_summary(new))
        return ReminderCheck(new, frozenset(r.key for r in due), me is not None)

    def _due(self, session: Session, settings: ReminderSettings,
             me: int | None) -> list[Reminder]:
        now, today = self.ctx.now(), self.ctx.today().date()
        found: list[Reminder] = []
        for kind, actions in (
                (ACTION_OVERDUE, self._actions(session, me, None, today - timedelta(days=1))),
                (ACTION_DUE, self._actions(session, me, today,
                                           today + timedelta(days=settings.action_days)))):
            found += [Reminder(kind, a.id, a.due_date or today, a.client_id, "", a.description,
                               a.meeting_id) for a in actions]
        found += [Reminder(REQUEST_OVERDUE, r.id or 0, r.due_date or today, r.client_id, "",
                           r.subject) for r in overdue_requests(session, me, today)]
        lead = now + timedelta(minutes=settings.meeting_minutes, seconds=1)  # at 12.00: 13.00
        found += [Reminder(MEETING, m.id, m.start, m.client_id, "", m.title, m.id)
                  for m in self._meetings(session, now - LONGEST_MEETING, lead) if m.end > now]
        last_day = day_start(today + timedelta(days=settings.action_days + 1))
        found += [Reminder(FOLLOWUP, f.meeting.id, f.meeting.start, f.meeting.client_id, "",
                           f.meeting.title, f.meeting.id, f.code)
                  for f in self._followups(session, today) if f.meeting.start < last_day]
        found += [Reminder(PLAN_REVIEW, r.plan_id, r.review_date, r.client_id, "", r.title)
                  for r in self._reviews(session, today)
                  if r.review_date <= today + timedelta(days=settings.review_days)]
        return _as_allowed(session, found, settings.details)


def _as_allowed(session: Session, found: list[Reminder], details: bool) -> list[Reminder]:
    """The reminders with the client named as the invite setting allows and the texts without
    the client's names or any HETU (planner.client_identity), or without texts at all."""
    from planner.client_identity import ClientIdentity  # stdnum and re patterns: only here

    if not found:
        return []
    naming = _setting(session, INVITE_CLIENT_NAMING)
    naming = naming if naming in CLIENT_NAMINGS else "initials"
    ids = sorted({r.client_id for r in found})
    clients = {c.id: c for c in session.exec(select(Client).where(col(Client.id).in_(ids)))}
    shown: list[Reminder] = []
    for reminder in found:
        client = clients[reminder.client_id]
        name = named(client.first_names, client.last_name, naming)
        title = ""
        if details and reminder.title:
            identity = ClientIdentity(client.first_names, client.last_name, client.hetu, naming)
            title = " ".join(identity.replace(reminder.title, name).split())
        shown.append(Reminder(reminder.kind, reminder.target_id, reminder.due,
                              reminder.client_id, name, title, reminder.meeting_id,
                              reminder.code))
    return shown


def _summary(new: list[Reminder]) -> str:
    counts = {kind: sum(1 for r in new if r.kind == kind) for kind in KINDS}
    return "notified: " + ", ".join(f"{counts[kind]} {kind}" for kind in KINDS if counts[kind])
