"""The domain model. Importing this package registers every table in ``SQLModel.metadata``."""

from planner.domain.agenda import CarriedAction
from planner.domain.audit import AuditChain, AuditEntry
from planner.domain.clients import Client, Consent, ConsentAgency, ContactPerson
from planner.domain.directory import Agency, Professional
from planner.domain.income_effects import IncomeEffect
from planner.domain.meeting_types import StoredMeetingType
from planner.domain.meetings import AgendaItem, AgreedAction, Meeting, MeetingNote, Participant
from planner.domain.plans import ClientPlan, PlanGoal, PlanService, PlanVersion, ServiceCode
from planner.domain.profile import MemberSetting, StoreSetting, UserProfile
from planner.domain.requests import InformationRequest
from planner.domain.signing import SigningIdentity, TrustRoot
from planner.domain.team import TeamMember

__all__ = [
    "Agency", "AgendaItem", "AgreedAction", "AuditChain", "AuditEntry", "CarriedAction", "Client",
    "ClientPlan",
    "Consent", "ConsentAgency", "ContactPerson", "IncomeEffect", "InformationRequest", "Meeting",
    "MeetingNote",
    "Participant",
    "PlanGoal", "PlanService", "PlanVersion", "Professional", "ServiceCode", "SigningIdentity",
    "MemberSetting", "StoreSetting", "StoredMeetingType",
    "TeamMember", "TrustRoot", "UserProfile",
]
