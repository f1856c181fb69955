"""The FHIR R4 vocabulary of the export: identifier systems, the value sets our statuses map to
(both ways, for the import), and the local code systems for the code lists FHIR has no value
set for. Local systems and extensions live under ``urn:verkosto:`` so no reader mistakes them
for a national code system."""

from __future__ import annotations

from planner.domain.enums import (
    ActionStatus,
    Attendance,
    GoalStatus,
    MeetingStatus,
    PlanStatus,
    RequestStatus,
)

HETU_SYSTEM = "urn:oid:1.2.246.21"  # henkilötunnus, as the Finnish Base Profiles name it
YTUNNUS_SYSTEM = "urn:oid:1.2.246.10"  # Y-tunnus (yritys- ja yhteisötunnus)
LANGUAGE_SYSTEM = "urn:ietf:bcp:47"
ICAL_UID_SYSTEM = "urn:ietf:rfc:5545"  # a meeting's iCalendar UID

# marks a bundle this app wrote: the import brings in no other
APP_TAG_SYSTEM = "urn:verkosto:fhir"
APP_TAG_CODE = "verkosto-export-1"
BUNDLE_ID_SYSTEM = "urn:verkosto:fhir-export"

# local code systems: our own closed vocabularies (planner/domain/enums.py)
LOCAL = "urn:verkosto:codesystem:"
AGENCY_KIND = LOCAL + "agency-kind"
ROLE = LOCAL + "participant-role"
PARTICIPANT_KIND = LOCAL + "participant-kind"
CONTACT_ROLE = LOCAL + "care-team-role"  # case-lead | contact-person
SERVICE_CODE = LOCAL + "service-code"  # the benefits and services code list (service_code)
SERVICE_KIND = LOCAL + "service-kind"
ACTION_KIND = LOCAL + "action-kind"
TASK_TYPE = LOCAL + "task-type"  # agreed-action | information-request
MEETING_MODE = LOCAL + "meeting-mode"

# extensions for what R4 has no element for
EXT = "urn:verkosto:fhir:extension:"
EXT_GOAL_SETTER = EXT + "goal-expressed-by"  # valueCode client|professional|joint
EXT_REVIEW_DATE = EXT + "plan-review-date"  # valueDate
EXT_PLAN_STATUS = EXT + "plan-status"  # valueCode draft|agreed|closed
EXT_AGREED = EXT + "plan-agreed"  # valueDateTime, with EXT_AGREED_BY
EXT_AGREED_BY = EXT + "plan-agreed-by"
EXT_CREATED_BY = EXT + "plan-version-created-by"
EXT_ATTENDANCE = EXT + "attendance"  # valueCode: invited … attended, absent
EXT_MEETING_STATUS = EXT + "meeting-status"
EXT_CREATED = EXT + "created"  # valueDateTime: when the row was made (matched on import)
EXT_UPDATED = EXT + "updated"  # valueDateTime: when it last changed
EXT_CONSENT_PURPOSE = EXT + "consent-purpose"
EXT_CONSENT_FORM = EXT + "consent-form"  # written | oral
EXT_CONSENT_GIVEN_BY = EXT + "consent-given-by"
EXT_CONSENT_RECORDED_BY = EXT + "consent-recorded-by"
EXT_WITHDRAWN = EXT + "consent-withdrawn"  # valueDateTime
EXT_SERVICE_NOTE = EXT + "service-note"
EXT_SEQUENCE = EXT + "ical-sequence"  # valueInteger
INTERPRETER_REQUIRED = "http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired"

GOAL_ACHIEVEMENT = "http://terminology.hl7.org/CodeSystem/goal-achievement"
CONSENT_SCOPE = "http://terminology.hl7.org/CodeSystem/consentscope"
CONSENT_CATEGORY_LOINC = "http://loinc.org"  # 59284-0 Patient Consent
ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode"  # OPTIN
PARTICIPATION_TYPE = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType"  # IRCP
PARTICIPANT_TYPE = "http://terminology.hl7.org/CodeSystem/participant-type"  # translator

# CarePlan.status (request-status)
PLAN_STATUS = {PlanStatus.DRAFT: "draft", PlanStatus.AGREED: "active",
               PlanStatus.CLOSED: "completed"}
# CarePlan.activity.detail.status (care-plan-activity-status) and Task.status (task-status)
ACTIVITY_STATUS = {ActionStatus.OPEN: "not-started", ActionStatus.IN_PROGRESS: "in-progress",
                   ActionStatus.DONE: "completed", ActionStatus.CANCELLED: "cancelled"}
TASK_STATUS = {ActionStatus.OPEN: "accepted", ActionStatus.IN_PROGRESS: "in-progress",
               ActionStatus.DONE: "completed", ActionStatus.CANCELLED: "cancelled"}
TASK_STATUS_BACK = {v: k for k, v in TASK_STATUS.items()}
REQUEST_TASK_STATUS = {RequestStatus.DRAFT: "draft", RequestStatus.SENT: "requested",
                       RequestStatus.ANSWERED: "completed",
                       RequestStatus.CANCELLED: "cancelled"}
# Goal.lifecycleStatus and Goal.achievementStatus (goal-achievement)
GOAL_LIFECYCLE = {GoalStatus.PROPOSED: ("proposed", None), GoalStatus.ACTIVE: ("active", None),
                  GoalStatus.ACHIEVED: ("completed", "achieved"),
                  GoalStatus.NOT_ACHIEVED: ("completed", "not-achieved"),
                  GoalStatus.CANCELLED: ("cancelled", None)}
GOAL_BACK = {v: k for k, v in GOAL_LIFECYCLE.items()}
# Appointment.status (appointmentstatus)
APPOINTMENT_STATUS = {MeetingStatus.PLANNED: "pending", MeetingStatus.CONFIRMED: "booked",
                      MeetingStatus.HELD: "fulfilled", MeetingStatus.CANCELLED: "cancelled"}
# Appointment.participant.status (participationstatus): attended/absent have no own code
PARTICIPATION = {Attendance.INVITED: "needs-action", Attendance.ACCEPTED: "accepted",
                 Attendance.DECLINED: "declined", Attendance.TENTATIVE: "tentative",
                 Attendance.ATTENDED: "accepted", Attendance.ABSENT: "declined"}
