"""A client's case as one FHIR R4 Bundle of type ``collection`` (issue 16).

``collection``, not ``document``: a document bundle must open with a Composition and is an
attested, signed whole, which this hand-over is not (the signed PDFs are Verkosto's documents);
a collection is a set of resources for another system or store to take in. Every resource has
a ``urn:uuid:`` full URL and every reference points at one of them. The HETU is written only
when asked (``include_hetu``)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from exports.fhir import codes as c
from planner.domain import (
    Agency,
    AgreedAction,
    Consent,
    InformationRequest,
    PlanService,
    Professional,
)
from planner.services.handover import (
    HandoverSource,
    MeetingSnapshot,
    PlanSnapshot,
    VersionSnapshot,
)

Json = dict[str, Any]
_NAMESPACE = uuid.UUID("6f1c2a8e-4a53-4b8e-9a40-7c1d0e5f9b16")


def key(kind: str, ident: object) -> str:
    """The stable ``urn:uuid:`` of one row in this export."""
    return f"urn:uuid:{uuid.uuid5(_NAMESPACE, f'{kind}/{ident}')}"


def instant(moment: datetime) -> str:
    return moment.isoformat()


def _ext(url: str, kind: str, value: object) -> Json:
    return {"url": url, f"value{kind}": value}


def _coding(system: str, code: str, display: str | None = None) -> Json:
    coding: Json = {"system": system, "code": code}
    if display:
        coding["display"] = display
    return {"coding": [coding]}


def _telecom(email: str | None, phone: str | None) -> list[Json]:
    out = []
    if phone:
        out.append({"system": "phone", "value": phone, "use": "work"})
    if email:
        out.append({"system": "email", "value": email, "use": "work"})
    return out


def _ref(url: str, display: str | None = None) -> Json:
    ref: Json = {"reference": url}
    if display:
        ref["display"] = display
    return ref


class _Builder:
    def __init__(self, source: HandoverSource, include_hetu: bool, now: datetime) -> None:
        self.src = source
        self.include_hetu = include_hetu
        self.now = now
        self.entries: list[Json] = []
        self.patient = key("client", source.client.id)

    def add(self, url: str, resource: Json) -> None:
        resource["id"] = url.removeprefix("urn:uuid:")
        self.entries.append({"fullUrl": url, "resource": resource})

    def build(self) -> Json:
        self.patient_resource()
        for agency in self.src.agencies.values():
            self.organization(agency)
        for person in self.src.professionals.values():
            self.practitioner(person)
        self.care_team()
        for plan in self.src.plans:
            self.care_plan(plan)
        for meeting in self.src.meetings:
            self.appointment(meeting)
        for action in self.src.actions:
            self.task(action)
        for request in self.src.requests:
            self.request_task(request)
        for view in self.src.consents:
            self.consent(view.consent, view.agency_ids)
        return {
            "resourceType": "Bundle",
            "meta": {"tag": [{"system": c.APP_TAG_SYSTEM, "code": c.APP_TAG_CODE}]},
            "identifier": {"system": c.BUNDLE_ID_SYSTEM, "value": str(uuid.uuid4())},
            "type": "collection",
            "timestamp": instant(self.now),
            "entry": self.entries,
        }

    def patient_resource(self) -> None:
        client = self.src.client
        patient: Json = {"resourceType": "Patient",
                         "name": [{"use": "official", "family": client.last_name,
                                   "given": client.first_names.split(),
                                   "text": client.display_name}]}
        if self.include_hetu and client.hetu:
            patient["identifier"] = [{"use": "temp" if client.hetu_is_temporary else
                                      "official", "system": c.HETU_SYSTEM,
                                      "value": client.hetu}]
        if client.birth_date:
            patient["birthDate"] = client.birth_date.isoformat()
        if telecom := _telecom(client.email, client.phone):
            patient["telecom"] = telecom
        if client.address:
            patient["address"] = [{"text": client.address}]
        patient["communication"] = [{"language": _coding(c.LANGUAGE_SYSTEM, client.language),
                                     "preferred": True}]
        patient["extension"] = [_ext(c.INTERPRETER_REQUIRED, "Boolean",
                                     client.needs_interpreter)]
        self.add(self.patient, patient)

    def organization(self, agency: Agency) -> None:
        org: Json = {"resourceType": "Organization", "active": True, "name": agency.name,
                     "type": [_coding(c.AGENCY_KIND, agency.kind.value)]}
        if agency.unit:
            org["alias"] = [agency.unit]
        if agency.business_id:
            org["identifier"] = [{"system": c.YTUNNUS_SYSTEM, "value": agency.business_id}]
        if telecom := _telecom(agency.email, agency.phone):
            org["telecom"] = telecom
        if agency.address:
            org["address"] = [{"text": agency.address}]
        self.add(key("agency", agency.id), org)

    def practitioner(self, person: Professional) -> None:
        practitioner: Json = {"resourceType": "Practitioner", "active": person.active,
                              "name": [{"text": person.name}]}
        if telecom := _telecom(person.email, person.phone):
            practitioner["telecom"] = telecom
        self.add(key("professional", person.id), practitioner)
        role: Json = {"resourceType": "PractitionerRole", "active": person.active,
                      "practitioner": _ref(key("professional", person.id), person.name),
                      "organization": _ref(key("agency", person.agency_id)),
                      "code": [_coding(c.ROLE, person.role.value)]}
        if telecom:
            role["telecom"] = telecom
        self.add(key("role", person.id), role)

    def care_team(self) -> None:
        participants = []
        for contact in self.src.contacts:
            participants.append({
                "role": [_coding(c.CONTACT_ROLE,
                                 "case-lead" if contact.is_case_lead else "contact-person")],
                "member": _ref(key("role", contact.professional_id)),
                "onBehalfOf": _ref(key("agency", contact.agency_id)),
                "period": {"start": contact.since.isoformat()}})
        team: Json = {"resourceType": "CareTeam", "status": "active",
                      "subject": _ref(self.patient)}
        if participants:
            team["participant"] = participants
        self.add(key("care-team", self.src.client.id), team)

    def care_plan(self, snap: PlanSnapshot) -> None:
        """Every version of the plan: the newest under the plan's own key (meetings and tasks
        point at it), each earlier one as its own CarePlan that the next one ``replaces``."""
        replaced = None
        for earlier in snap.earlier:
            url = key("plan-version", earlier.version.id)
            # request-status "revoked": "terminated prior to the known full completion of the
            # intended actions" — a superseded version was replaced, not carried out to its
            # end ("completed") nor made by mistake ("entered-in-error"); and replaces names
            # a "completed or terminated care plan whose function is taken by this new one"
            self._care_plan(snap, earlier, url, "revoked", replaced, actions=False)
            replaced = url
        self._care_plan(snap, snap, key("plan", snap.plan.id),
                        c.PLAN_STATUS[snap.version.status], replaced, actions=True)

    def _care_plan(self, snap: PlanSnapshot, shown: PlanSnapshot | VersionSnapshot, url: str,
                   status: str, replaced: str | None, *, actions: bool) -> None:
        plan, version = snap.plan, shown.version
        goal_refs = []
        for goal in shown.goals:
            goal_url = key("goal", goal.id)
            lifecycle, achievement = c.GOAL_LIFECYCLE[goal.status]
            goal_resource: Json = {
                "resourceType": "Goal", "lifecycleStatus": lifecycle,
                "description": {"text": goal.description}, "subject": _ref(self.patient),
                "extension": [_ext(c.EXT_GOAL_SETTER, "Code", goal.expressed_by.value)]}
            if achievement:
                goal_resource["achievementStatus"] = _coding(c.GOAL_ACHIEVEMENT, achievement)
            if goal.target_date:
                goal_resource["target"] = [{"dueDate": goal.target_date.isoformat()}]
            if goal.expressed_by.value == "client":
                goal_resource["expressedBy"] = _ref(self.patient)
            self.add(goal_url, goal_resource)
            goal_refs.append(_ref(goal_url))
        extensions = [_ext(c.EXT_PLAN_STATUS, "Code", version.status.value),
                      _ext(c.EXT_CREATED, "DateTime", instant(plan.created_at)),
                      _ext(c.EXT_CREATED_BY, "String", version.created_by)]
        if version.review_date:
            extensions.append(_ext(c.EXT_REVIEW_DATE, "Date", version.review_date.isoformat()))
        if version.agreed_at:
            extensions.append(_ext(c.EXT_AGREED, "DateTime", instant(version.agreed_at)))
        if version.agreed_by:
            extensions.append(_ext(c.EXT_AGREED_BY, "String", version.agreed_by))
        resource: Json = {
            "resourceType": "CarePlan",
            "meta": {"versionId": str(version.number),
                     "lastUpdated": instant(version.agreed_at or version.created_at)},
            "extension": extensions,
            "status": status, "intent": "plan", "title": plan.title,
            "subject": _ref(self.patient), "created": instant(version.created_at),
            "period": {"start": instant(version.created_at)},
            "careTeam": [_ref(key("care-team", self.src.client.id))]}
        if replaced:
            resource["replaces"] = [_ref(replaced)]
        if version.situation:
            resource["description"] = version.situation
        if version.service_needs:
            resource["note"] = [{"text": version.service_needs}]
        if goal_refs:
            resource["goal"] = goal_refs
        activities = [self._service_activity(s) for s in shown.services]
        if actions:  # the agreed actions have no versions: the newest carries them
            plan_meetings = {m.meeting.id for m in self.src.meetings
                             if m.meeting.plan_id == plan.id}
            activities += [self._action_activity(a) for a in self.src.actions
                           if a.meeting_id in plan_meetings]
        if activities:
            resource["activity"] = activities
        self.add(url, resource)

    def _service_activity(self, line: PlanService) -> Json:
        code = self.src.codes.get(line.service_code)
        detail: Json = {
            "kind": "ServiceRequest",
            "code": _coding(c.SERVICE_CODE, line.service_code, code.name_fi if code else None),
            "status": "unknown",  # a benefit or service the plan relies on, not a step
            "description": code.name_fi if code else line.service_code}
        if line.agency_id:
            detail["performer"] = [_ref(key("agency", line.agency_id))]
        if line.note:
            detail["extension"] = [_ext(c.EXT_SERVICE_NOTE, "String", line.note)]
        return {"detail": detail}

    def _action_activity(self, action: AgreedAction) -> Json:
        detail: Json = {"kind": "Task", "status": c.ACTIVITY_STATUS[action.status],
                        "description": action.description}
        if action.due_date:
            detail["scheduledPeriod"] = {"end": action.due_date.isoformat()}
        if performer := self._responsible(action):
            detail["performer"] = [performer]
        return {"detail": detail}

    def _responsible(self, action: AgreedAction) -> Json | None:
        if action.responsible_professional_id:
            return _ref(key("role", action.responsible_professional_id))
        if action.responsible_agency_id:
            return _ref(key("agency", action.responsible_agency_id), action.responsible_name
                        or None)
        if action.responsible_name:
            return {"display": action.responsible_name}
        return None

    def appointment(self, snap: MeetingSnapshot) -> None:
        meeting = snap.meeting
        participants = []
        for p in snap.participants:
            entry: Json = {
                "type": [_coding(c.ROLE, p.role.value)],
                "required": "required" if p.required else "optional",
                "status": c.PARTICIPATION[p.attendance],
                "extension": [_ext(c.EXT_ATTENDANCE, "Code", p.attendance.value),
                              _ext(c.EXT + "participant-kind", "Code", p.kind.value)]}
            if p.role.value == "interpreter":
                entry["type"].append(_coding(c.PARTICIPANT_TYPE, "translator"))
            if p.kind.value == "client":
                entry["actor"] = _ref(self.patient, p.name)
            elif p.professional_id and p.professional_id in self.src.professionals:
                entry["actor"] = _ref(key("role", p.professional_id), p.name)
            else:
                entry["actor"] = {"display": p.name}
                if p.email:
                    entry["actor"]["identifier"] = {"system": "urn:ietf:rfc:3986",
                                                    "value": f"mailto:{p.email}"}
            if p.agency_id and not p.professional_id:
                entry["extension"].append(_ext(c.EXT + "participant-agency", "Reference",
                                               _ref(key("agency", p.agency_id))))
            participants.append(entry)
        if not participants:  # R4 wants one participant at least: the client
            participants.append({"actor": _ref(self.patient), "status": "needs-action"})
        resource: Json = {
            "resourceType": "Appointment",
            "meta": {"lastUpdated": instant(meeting.updated_at)},
            # the invites' UID and SEQUENCE: the new organiser's updates reach the same event
            "identifier": [{"system": c.ICAL_UID_SYSTEM, "value": meeting.ical_uid}],
            "extension": [_ext(c.EXT_MEETING_STATUS, "Code", meeting.status.value),
                          _ext(c.EXT_CREATED, "DateTime", instant(meeting.created_at)),
                          _ext(c.EXT_UPDATED, "DateTime", instant(meeting.updated_at)),
                          _ext(c.EXT_SEQUENCE, "Integer", meeting.sequence)],
            "status": c.APPOINTMENT_STATUS[meeting.status],
            "appointmentType": _coding(c.MEETING_MODE, meeting.mode.value),
            "description": meeting.title,
            "start": instant(meeting.start), "end": instant(meeting.end),
            "created": instant(meeting.created_at),
            "participant": participants}
        if meeting.location:
            resource["comment"] = meeting.location
        if meeting.plan_id:
            resource["supportingInformation"] = [_ref(key("plan", meeting.plan_id))]
        self.add(key("meeting", meeting.id), resource)

    def task(self, action: AgreedAction) -> None:
        resource: Json = {
            "resourceType": "Task",
            "extension": [_ext(c.EXT_CREATED, "DateTime", instant(action.created_at))],
            "status": c.TASK_STATUS[action.status], "intent": "plan",
            "code": {"coding": [{"system": c.TASK_TYPE, "code": "agreed-action"},
                                {"system": c.ACTION_KIND, "code": action.kind.value}]},
            "description": action.description, "for": _ref(self.patient),
            "authoredOn": instant(action.created_at)}
        if performer := self._responsible(action):
            resource["owner"] = performer
            if action.responsible_professional_id and action.responsible_agency_id:
                resource["extension"].append(_ext(
                    c.EXT + "responsible-agency", "Reference",
                    _ref(key("agency", action.responsible_agency_id))))
        if action.due_date:
            resource["restriction"] = {"period": {"end": action.due_date.isoformat()}}
        if action.completed_at:
            resource["executionPeriod"] = {"end": instant(action.completed_at)}
        if action.completion_note:
            resource["note"] = [{"text": action.completion_note}]
        if action.meeting_id:
            resource["reasonReference"] = _ref(key("meeting", action.meeting_id))
            plan_id = next((m.meeting.plan_id for m in self.src.meetings
                            if m.meeting.id == action.meeting_id), None)
            if plan_id:
                resource["basedOn"] = [_ref(key("plan", plan_id))]
        self.add(key("action", action.id), resource)

    def request_task(self, request: InformationRequest) -> None:
        def party(person: int | None, agency: int) -> Json:
            return _ref(key("role", person)) if person else _ref(key("agency", agency))

        resource: Json = {
            "resourceType": "Task", "status": c.REQUEST_TASK_STATUS[request.status],
            "intent": "order",
            "code": _coding(c.TASK_TYPE, "information-request"),
            "description": request.subject, "for": _ref(self.patient),
            "authoredOn": instant(request.created_at),
            "requester": party(request.requesting_professional_id,
                               request.requesting_agency_id),
            "owner": party(request.receiving_professional_id, request.receiving_agency_id)}
        if request.legal_basis:
            resource["reasonCode"] = {"text": request.legal_basis}
        if request.due_date:
            resource["restriction"] = {"period": {"end": request.due_date.isoformat()}}
        if request.answer_summary:
            resource["note"] = [{"text": request.answer_summary}]
        self.add(key("request", request.id), resource)

    def consent(self, consent: Consent, agency_ids: tuple[int, ...]) -> None:
        today = self.now.date()
        expired = consent.valid_until is not None and consent.valid_until < today
        status = "inactive" if consent.withdrawn_at or expired else "active"
        extensions = [_ext(c.EXT_CONSENT_PURPOSE, "String", consent.purpose),
                      _ext(c.EXT_CONSENT_FORM, "Code", consent.form.value),
                      _ext(c.EXT_CONSENT_RECORDED_BY, "String", consent.recorded_by)]
        if consent.given_by:
            extensions.append(_ext(c.EXT_CONSENT_GIVEN_BY, "String", consent.given_by))
        if consent.withdrawn_at:
            extensions.append(_ext(c.EXT_WITHDRAWN, "DateTime", instant(consent.withdrawn_at)))
        period: Json = {"start": instant(consent.given_at)}
        if consent.valid_until:
            period["end"] = _day(consent.valid_until)
        resource: Json = {
            "resourceType": "Consent", "extension": extensions, "status": status,
            "scope": _coding(c.CONSENT_SCOPE, "patient-privacy"),
            "category": [_coding(c.CONSENT_CATEGORY_LOINC, "59284-0", "Patient Consent")],
            "patient": _ref(self.patient), "dateTime": instant(consent.given_at),
            "performer": [_ref(self.patient, consent.given_by or None)],
            "policyRule": _coding(c.ACT_CODE, "OPTIN"),
            "provision": {"type": "permit", "period": period, "actor": [
                {"role": _coding(c.PARTICIPATION_TYPE, "IRCP"),
                 "reference": _ref(key("agency", a))} for a in agency_ids]}}
        if not agency_ids:
            del resource["provision"]["actor"]
        self.add(key("consent", consent.id), resource)


def _day(day: date) -> str:
    return day.isoformat()


def build_bundle(source: HandoverSource, *, include_hetu: bool, now: datetime) -> Json:
    """The Bundle as JSON-ready values."""
    return _Builder(source, include_hetu, now).build()
