"""Whom to remind by e-mail of their open agreed actions (muistutukset muiden toimijoiden
vastuuhenkilöille), and what each may be told.

Other agencies' people do not use Verkosto, so the only way they hear of an action that is due
is a message. A reminder goes to a directory person with an e-mail address who is not the user
("me", planner/services/home.py) and works in another organisation than the user's profile,
about their own open (open / in progress) actions due within the window or overdue — and only
for the clients whose valid consent covers that person's agency (planner/consent_coverage.py).
Everyone else with such an action is listed as left out, with the reason, so the user sees who
will not hear of it. Which of the recipients are actually sent to is the user's choice
(opt-in: exports/mail/reminders.py sends only those asked for).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlmodel import Session, col, select

from planner.config import LANGUAGES
from planner.consent_coverage import name_key
from planner.domain import Agency, AgreedAction, Client, Meeting, Professional, UserProfile
from planner.domain.enums import AuditAction
from planner.errors import FieldError, ValidationFailed
from planner.services.actions import _IS_OPEN
from planner.services.base import Service
from planner.services.consents import consent_views_of, coverage_at
from planner.services.home import profile_person
from planner.services.profile import current_user

DEFAULT_DUE_WITHIN = 7  # days ahead, as the home view's "soon due"
MAX_DUE_WITHIN = 366


class LeftOutReason(StrEnum):
    NO_EMAIL = "no_email"  # no address in the directory (or no directory person at all)
    OWN_ORGANISATION = "own_organisation"  # a colleague: they see the action themselves
    NO_CONSENT = "no_consent"  # the client's consent does not cover their agency


@dataclass(frozen=True)
class ReminderAction:
    """One open action as a reminder tells it. ``client`` is detached from the store: the
    exporter names the client only as the invite setting allows and scans for the rest."""

    action_id: int
    client: Client
    meeting_id: int | None
    meeting_start: datetime | None  # UTC
    description: str
    due_date: date
    overdue: bool


@dataclass(frozen=True)
class ReminderRecipient:
    professional_id: int
    name: str
    email: str
    agency: str  # "KYS, Nuorisopsykiatrian poliklinikka"
    language: str  # the first of the person's languages the messages exist in, else fi
    actions: tuple[ReminderAction, ...]

    @property
    def client_ids(self) -> list[int]:
        return sorted({a.client.id or 0 for a in self.actions})


@dataclass(frozen=True)
class LeftOut:
    """Someone with actions in the window who gets no reminder about them, and why."""

    name: str
    agency: str
    reason: LeftOutReason
    actions: tuple[ReminderAction, ...]


@dataclass(frozen=True)
class Sender:
    """The user as the reminders sign them: who to answer to."""

    name: str
    title: str
    email: str
    agency: str
    phone: str


@dataclass(frozen=True)
class ReminderSelection:
    today: date
    due_until: date
    sender: Sender
    recipients: list[ReminderRecipient] = field(default_factory=list)
    left_out: list[LeftOut] = field(default_factory=list)


@dataclass(frozen=True)
class _Item:
    action: ReminderAction
    person: Professional | None
    agency: Agency | None
    responsible_name: str  # when no directory person is responsible ("Asiakas itse")


def _agency_text(agency: Agency | None) -> str:
    if agency is None:
        return ""
    return f"{agency.name}, {agency.unit}" if agency.unit else agency.name


def recipient_language(languages: list[str]) -> str:
    """The first of the person's languages the reminder is written in; Finnish otherwise."""
    return next((code for code in languages if code in LANGUAGES), "fi")


class ReminderMail(Service):
    def select(self, due_within: int = DEFAULT_DUE_WITHIN,
               only: Iterable[str] | None = None) -> ReminderSelection:
        """Open actions due by today + ``due_within`` days (overdue ones too), grouped by
        responsible person; only the recipients whose addresses are in ``only``, when given
        (an address there that is not a recipient is refused). Logged as one view; a refusal
        (no address of the user's own to answer to, an unknown recipient) logs nothing."""
        if not 0 <= due_within <= MAX_DUE_WITHIN:
            raise ValidationFailed([FieldError("due_within", "validation.due_within_range",
                                               {"maximum": MAX_DUE_WITHIN})])
        today = self.ctx.today().date()
        until = today + timedelta(days=due_within)
        with self.ctx.write() as session:
            profile = current_user(session)
            me = profile_person(session, profile)
            own = session.get(Agency, profile.agency_id) if profile and profile.agency_id \
                else None
            rows = self._rows(session, until)
            consents = consent_views_of(session, sorted({r[0].client_id for r in rows}))
            coverage = {client_id: coverage_at(session, views, self.ctx.now())
                        for client_id, views in consents.items()}
            by_person: dict[Any, list[_Item]] = defaultdict(list)
            for action, client, person, agency, start in rows:
                if person is not None and person.id == me:
                    continue  # my own actions are on my home view
                item = ReminderAction(action.id or 0, client, action.meeting_id, start,
                                      action.description, action.due_date, action.due_date < today)
                key = person.id if person is not None else (action.responsible_name,
                                                            action.responsible_agency_id)
                by_person[key].append(_Item(item, person, agency, action.responsible_name))
            sender = _sender(session, profile, own, me)
            if sender is None:
                raise ValidationFailed([FieldError("email",
                                                   "validation.reminder_sender_missing")])
            selection = ReminderSelection(today, until, sender)
            for items in by_person.values():
                self._sort(selection, items, own, coverage)
            if only is not None:
                _keep_only(selection, only)
            self.audit.record(session, AuditAction.VIEW, "action_reminders",
                              detail=f"{len(selection.recipients)} recipients, "
                                     f"{len(selection.left_out)} left out")
        selection.recipients.sort(key=lambda r: (r.name, r.email))
        selection.left_out.sort(key=lambda o: (o.name, o.reason))
        return selection

    def _rows(self, session: Session, until: date) -> list[Any]:
        query: Any = (
            select(AgreedAction, Client, Professional, Agency,  # type: ignore[call-overload]
                   Meeting.start)
            .join(Client, col(Client.id) == AgreedAction.client_id)
            .outerjoin(Professional,
                       col(Professional.id) == AgreedAction.responsible_professional_id)
            .outerjoin(Agency, col(Agency.id) == AgreedAction.responsible_agency_id)
            .outerjoin(Meeting, col(Meeting.id) == AgreedAction.meeting_id)
            .where(_IS_OPEN, col(AgreedAction.due_date) <= until)
            .order_by(col(AgreedAction.due_date), col(AgreedAction.id)))
        return list(session.exec(query))

    @staticmethod
    def _sort(selection: ReminderSelection, items: list[_Item], own: Agency | None,
              coverage: dict[int, Any]) -> None:
        """One person's actions: to the recipient, or left out with the reason."""
        person, agency = items[0].person, items[0].agency
        actions = tuple(item.action for item in items)
        name = person.name if person is not None else items[0].responsible_name
        agency_text = _agency_text(agency)
        if person is None or not (person.email or "").strip():
            selection.left_out.append(LeftOut(name, agency_text, LeftOutReason.NO_EMAIL, actions))
            return
        if own is not None and agency is not None and name_key(agency.name) == name_key(
                own.name):
            selection.left_out.append(LeftOut(name, agency_text, LeftOutReason.OWN_ORGANISATION,
                                              actions))
            return
        covered = tuple(a for a in actions if agency is not None
                        and a.client.id in coverage and coverage[a.client.id].covers(agency))
        refused = tuple(a for a in actions if a not in covered)
        if refused:
            selection.left_out.append(LeftOut(name, agency_text, LeftOutReason.NO_CONSENT,
                                              refused))
        if covered:
            selection.recipients.append(ReminderRecipient(
                person.id or 0, person.name, (person.email or "").strip(), agency_text,
                recipient_language(list(person.languages or [])), covered))


def _keep_only(selection: ReminderSelection, only: Iterable[str]) -> None:
    """The recipients chosen by address (any case, spaces around ignored)."""
    chosen = {address.strip().casefold() for address in only}
    unknown = sorted(chosen - {r.email.casefold() for r in selection.recipients})
    if unknown:
        raise ValidationFailed([FieldError("to", "validation.reminder_not_selected",
                                           {"recipient": address}) for address in unknown])
    selection.recipients[:] = [r for r in selection.recipients
                               if r.email.casefold() in chosen]


def _sender(session: Session, profile: UserProfile | None, own: Agency | None,
            me: int | None) -> Sender | None:
    if profile is None or not profile.email:
        return None
    person = session.get(Professional, me) if me is not None else None
    return Sender(profile.name, profile.title, profile.email, own.name if own else "",
                  (person.phone or "") if person is not None else "")
