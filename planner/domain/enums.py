"""Closed vocabularies of the domain (values are stored; labels are translated elsewhere)."""

from __future__ import annotations

from enum import StrEnum


class AgencyKind(StrEnum):
    KELA = "kela"
    SOCIAL_SERVICES = "social_services"  # hyvinvointialueen sosiaalipalvelut
    HEALTH_CENTRE = "health_centre"  # terveysasema / sote-keskus
    HOSPITAL = "hospital"  # sairaala tai sen poliklinikka
    EMPLOYMENT_SERVICES = "employment_services"  # työllisyyspalvelut
    SCHOOL = "school"  # oppilaitos
    STUDENT_HEALTH = "student_health"  # YTHS / opiskeluterveydenhuolto
    INTERPRETER_SERVICE = "interpreter_service"
    NGO = "ngo"  # järjestö
    OTHER = "other"


class ConsentForm(StrEnum):
    WRITTEN = "written"
    ORAL = "oral"


class PlanStatus(StrEnum):
    DRAFT = "draft"
    AGREED = "agreed"
    CLOSED = "closed"


class GoalStatus(StrEnum):
    """FHIR Goal.lifecycleStatus, trimmed to what a network meeting needs."""

    PROPOSED = "proposed"
    ACTIVE = "active"
    ACHIEVED = "achieved"
    NOT_ACHIEVED = "not_achieved"
    CANCELLED = "cancelled"


class GoalSetter(StrEnum):
    """FHIR Goal.expressedBy: whose goal it is."""

    CLIENT = "client"
    PROFESSIONAL = "professional"
    JOINT = "joint"


class ServiceKind(StrEnum):
    KELA_BENEFIT = "kela_benefit"
    KELA_SERVICE = "kela_service"
    OTHER_SERVICE = "other_service"


class MeetingMode(StrEnum):
    IN_PERSON = "in_person"
    REMOTE = "remote"
    HYBRID = "hybrid"


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    CONFIRMED = "confirmed"
    HELD = "held"
    CANCELLED = "cancelled"


class ParticipantKind(StrEnum):
    PROFESSIONAL = "professional"
    CLIENT = "client"
    FAMILY = "family"  # omainen, huoltaja
    OTHER = "other"


class ParticipantRole(StrEnum):
    CLIENT = "client"
    FAMILY_MEMBER = "family_member"
    GUARDIAN = "guardian"
    CASE_LEAD = "case_lead"
    HOSPITAL_DOCTOR = "hospital_doctor"
    HEALTH_CENTRE_DOCTOR = "health_centre_doctor"
    SOCIAL_WORKER = "social_worker"
    SOCIAL_COUNSELLOR = "social_counsellor"
    PHYSIOTHERAPIST = "physiotherapist"
    OCCUPATIONAL_THERAPIST = "occupational_therapist"
    SPEECH_THERAPIST = "speech_therapist"
    PSYCHOLOGIST = "psychologist"
    NURSE = "nurse"
    EMPLOYMENT_OFFICER = "employment_officer"
    TEACHER = "teacher"
    STUDY_COUNSELLOR = "study_counsellor"
    INTERPRETER = "interpreter"
    KELA_EXPERT = "kela_expert"
    OCCUPATIONAL_HEALTH = "occupational_health"
    NGO_WORKER = "ngo_worker"
    OTHER = "other"


class Attendance(StrEnum):
    INVITED = "invited"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    TENTATIVE = "tentative"
    ATTENDED = "attended"
    ABSENT = "absent"


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class CarriedOutcome(StrEnum):
    """What a meeting decided about an action carried over from an earlier meeting."""

    DONE = "done"  # the action becomes done, the note its completion note
    CONTINUES = "continues"  # stays open; the note says how it goes on
    DROPPED = "dropped"  # the action becomes cancelled (peruttu)


class RequestStatus(StrEnum):
    """An information request's stored state; "overdue" is derived (sent, due date passed)."""

    DRAFT = "draft"
    SENT = "sent"
    ANSWERED = "answered"
    CANCELLED = "cancelled"


class AuditAction(StrEnum):
    """What was done to client data (Client Data Act 703/2023 log categories)."""

    VIEW = "view"
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    EXPORT = "export"
    PRINT = "print"
    DISCLOSE = "disclose"
