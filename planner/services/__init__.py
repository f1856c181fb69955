"""The use cases. The UI and the CLI call only these (never the tables directly)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from datetime import datetime

from planner.crypto.secrets import ConnectionSecrets
from planner.crypto.vault import KeyringVault
from planner.domain import Meeting
from planner.scheduling import FollowUp
from planner.services.actions import ActionInput, ActionRow, Actions
from planner.services.agenda import Agendas, CarriedAgenda, CarriedDecision
from planner.services.audit import AuditLog, ChainReport, Release, backup_audit_head
from planner.services.caldav_settings import CalDavAccount
from planner.services.calendar_view import CalendarMeeting, CalendarView
from planner.services.client_listing import ClientListing, ClientListRow, ClientSort
from planner.services.clients import ClientInput, ClientRow, Clients, ContactRow
from planner.services.consents import ConsentInput, Consents, ConsentView
from planner.services.context import ServiceContext
from planner.services.directory import AgencyInput, Directory, ProfessionalInput
from planner.services.followup_meetings import plan_followups
from planner.services.handover import Handover
from planner.services.home import Home, HomeContent
from planner.services.income_effects import IncomeEffectInput, IncomeEffects, IncomeReading
from planner.services.information_requests import InformationRequests, RequestInput, RequestRow
from planner.services.mail_settings import MailSettings, SmtpSettings
from planner.services.meeting_types import ImportResult, MeetingTypes
from planner.services.meeting_view import MeetingDetail, MeetingDetails, MeetingWarning
from planner.services.meetings import (
    MeetingInput,
    MeetingRow,
    Meetings,
    ParticipantInput,
    ParticipantUpdate,
)
from planner.services.plan_comparison import PlanComparison
from planner.services.plan_document import PlanDocuments
from planner.services.plans import GoalInput, PlanDraft, Plans, PlanView, ServiceInput
from planner.services.profile import ProfileInput, Profiles
from planner.services.reminder_mail import ReminderMail
from planner.services.reminders import Reminders
from planner.services.replies import Replies, ReplyOutcome, ReplyResult
from planner.services.scheduling import Scheduling
from planner.services.signing_identity import SigningIdentities
from planner.services.summary_plan import SummaryPlan, SummaryPlans
from planner.services.summary_view import MeetingSummaries, SummarySource
from planner.services.trust_roots import TrustRoots
from planner.storage.audit_chain import AuditHead
from planner.storage.store import Store

__all__ = [
    "IncomeEffectInput", "IncomeEffects", "IncomeReading",
    "ActionInput", "ActionRow", "AgencyInput", "AuditHead", "CalendarMeeting", "CarriedAgenda",
    "CarriedDecision", "ChainReport", "ClientInput", "ClientListRow", "ClientRow", "ClientSort",
    "HomeContent", "ImportResult", "MeetingTypes", "RequestInput", "RequestRow",
    "ConsentInput", "ConsentView", "ContactRow", "GoalInput", "MeetingDetail", "MeetingInput",
    "MeetingRow", "MeetingWarning", "ParticipantInput", "ParticipantUpdate", "PlanDraft",
    "PlanView", "Planner", "ProfessionalInput", "ProfileInput", "Release", "ReplyOutcome",
    "ReplyResult",
    "ServiceInput", "SmtpSettings", "SummaryPlan", "SummaryPlans", "SummarySource",
    "backup_audit_head",
]


class Planner:
    """Every use case over one open store, grouped by area."""

    def __init__(self, store: Store, clock: Callable[[], datetime] | None = None,
                 vault: KeyringVault | None = None) -> None:
        self.store = store
        # SMTP/CalDAV passwords live in the OS keyring, per store (planner/crypto/secrets.py)
        self.secrets = ConnectionSecrets(vault or KeyringVault(),
                                         store.descriptor.keyring_account)
        self.ctx = ServiceContext(store) if clock is None else ServiceContext(store, clock)
        self.changes = self.ctx.changes  # what each committed write touched (views refresh)
        # and what others changed (a team store), once a view follows the changes
        self.changes.when_followed(lambda: store.follow_changes(self.changes.publish))
        self.audit = AuditLog(self.ctx)
        self.directory = Directory(self.ctx, self.audit)
        self.clients = Clients(self.ctx, self.audit)
        self.client_listing = ClientListing(self.ctx, self.audit)  # the client list's rows
        self.home = Home(self.ctx, self.audit)  # the home view's content in one read
        self.reminders = Reminders(self.ctx, self.audit)  # desktop reminders: what is due
        self.consents = Consents(self.ctx, self.audit)
        self.requests = InformationRequests(self.ctx, self.audit)  # tietopyynnöt between agencies
        self.plans = Plans(self.ctx, self.audit)
        self.handover = Handover(self.ctx, self.audit)  # the FHIR export's reads, its import
        self.plan_comparison = PlanComparison(self.ctx, self.audit)
        self.plan_documents = PlanDocuments(self.ctx, self.audit)  # the printed plan's reads
        self.meetings = Meetings(self.ctx, self.audit)
        self.meeting_details = MeetingDetails(self.ctx, self.audit)
        self.meeting_types = MeetingTypes(self.ctx, self.audit)  # templates of a new meeting
        self.calendar = CalendarView(self.ctx, self.audit)  # the week and day grid
        self.summaries = MeetingSummaries(self.ctx, self.audit)  # the summary PDF's reads
        self.summary_plans = SummaryPlans(self.ctx, self.audit)  # the plan in the summary
        self.actions = Actions(self.ctx, self.audit)
        self.income_effects = IncomeEffects(self.ctx, self.audit)  # tulovaikutus
        self.agendas = Agendas(self.ctx, self.audit)  # carried-over actions and goals
        self.reminder_mail = ReminderMail(self.ctx, self.audit)  # e-mail to other agencies' people
        self.profile = Profiles(self.ctx, self.audit)
        self.caldav = CalDavAccount(self.profile, self.secrets)  # publishing settings
        self.scheduling = Scheduling(self.ctx, self.audit)
        self.replies = Replies(self.ctx, self.audit)
        self.mail = MailSettings(self.profile, self.secrets)  # SMTP for invites
        # the signer's certificate (PKCS#12 in the store, passphrase in the keyring or asked)
        self.signing = SigningIdentities(self.ctx, self.audit, self.profile, self.secrets)
        self.trust = TrustRoots(self.ctx, self.audit, self.signing)  # for verifying PDFs


    def one_view(self) -> AbstractContextManager[None]:
        """The reads inside it (this thread's) share one transaction: one screen's content as
        one snapshot, its views logged at the end (ServiceContext.one_view)."""
        return self.ctx.one_view()

    def plan_followups(self, meeting_id: int, points: Iterable[FollowUp],
                       language: str) -> list[Meeting]:
        """Follow-up meetings of ``meeting_id`` at the proposed points (see followup_meetings)."""
        return plan_followups(self.meetings, self.meeting_details, meeting_id, points, language,
                              self.meeting_types.find)

    def check_connection(self) -> None:
        """A cheap read: raises TeamStoreUnreachable while a team store's server is away."""
        self.store.ping()

    def when_unreachable(self, tell: Callable[[], None] | None) -> None:
        """``tell`` (called on any thread) when a team store's server stops answering: a read
        or write refused, or the change listener's connection lost. Never for a local store."""
        self.store.when_unreachable(tell)

    def now(self) -> datetime:
        """The services' clock, in UTC: what exports stamp their documents with."""
        return self.ctx.now()

    def close(self) -> None:
        self.store.close()
