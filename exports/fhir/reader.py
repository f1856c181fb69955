"""A bundle ``verkosto fhir`` wrote, read back for the import (issue 16) — and every other file
refused whole, with the place of the first problem: not JSON, nested too deeply, not a Bundle,
not tagged as this app's export, a resource type the export never writes, a reference to
anything outside the bundle, a value missing or of the wrong kind or size."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from exports.fhir import codes as c
from exports.fhir import values as fv
from exports.fhir.values import MAX_BYTES, BundleIndex, Json, parse
from planner.domain.enums import (
    AgencyKind,
    Attendance,
    ConsentForm,
    GoalSetter,
    MeetingMode,
    MeetingStatus,
    ParticipantKind,
    ParticipantRole,
    PlanStatus,
)
from planner.domain.income_effects import ActionKind
from planner.handover import (
    ActionData,
    AgencyData,
    ClientData,
    ConsentData,
    ContactData,
    GoalData,
    HandoverCase,
    MeetingData,
    ParticipantData,
    PersonData,
    PlanData,
    ServiceLineData,
)

__all__ = ["MAX_BYTES", "read_case"]


def read_case(raw: bytes) -> HandoverCase:
    """The case a bundle of ours holds; BundleRefused for anything else."""
    r = BundleIndex(parse(raw))
    try:
        return _case(r)
    except (AttributeError, TypeError, KeyError, IndexError, ValueError):
        # a value of another shape than ours wherever no check above named the place
        raise fv.refuse("bad_value", where="Bundle.entry") from None


def _case(r: BundleIndex) -> HandoverCase:
    patients = r.of_type("Patient")
    if len(patients) != 1:
        raise fv.refuse("no_patient")
    patient_url, patient = patients[0]
    client = _client(patient, r.where[patient_url])
    agencies = tuple(_agency(u, res, r.where[u]) for u, res in r.of_type("Organization"))
    people = tuple(_person(u, res, r) for u, res in r.of_type("PractitionerRole"))
    role_of = {p.key: p for p in people}
    contacts = []
    for url, team in r.of_type("CareTeam"):
        for i, part in enumerate(team.get("participant") or []):
            where = f"{r.where[url]}.participant[{i}]"
            member, agency = fv.ref(part.get("member")), fv.ref(part.get("onBehalfOf"))
            if member not in role_of or agency is None:
                raise fv.refuse("bad_value", where=where)
            period = part.get("period") or {}
            contacts.append(ContactData(
                agency, member, fv.code((part.get("role") or [{}])[0], c.CONTACT_ROLE)
                == "case-lead", fv.day(period.get("start"), f"{where}.period")))
    plans = _plans(r)
    meetings = tuple(_meeting(u, res, r, patient_url) for u, res in r.of_type("Appointment"))
    actions, requests = [], 0
    for url, task in r.of_type("Task"):
        if fv.code(task.get("code"), c.TASK_TYPE) == "information-request":
            requests += 1
        else:
            actions.append(_action(task, r.where[url], role_of))
    consents = tuple(_consent(res, r.where[u]) for u, res in r.of_type("Consent"))
    case = HandoverCase(client, agencies, people, tuple(contacts), plans, meetings,
                        tuple(actions), consents, requests)
    _check_links(case, r)
    return case


def _check_links(case: HandoverCase, r: BundleIndex) -> None:
    """Each link names a resource of the kind it must: an agency an Organization, …"""
    def must(url: str | None, kind: str, what: str) -> None:
        if url is not None and (url not in r.by_url or r.by_url[url]["resourceType"] != kind):
            raise fv.refuse("bad_value", where=f"{what} → {url}"[:200])

    for contact in case.contacts:
        must(contact.agency_key, "Organization", "CareTeam.participant.onBehalfOf")
    for plan in case.plans:
        for line in plan.services:
            must(line.agency_key, "Organization", "CarePlan.activity.detail.performer")
    for meeting in case.meetings:
        must(meeting.plan_key, "CarePlan", "Appointment.supportingInformation")
        for part in meeting.participants:
            must(part.agency_key, "Organization", "Appointment.participant")
    for action in case.actions:
        must(action.meeting_key, "Appointment", "Task.reasonReference")
        must(action.agency_key, "Organization", "Task.owner")
    for consent in case.consents:
        for agency in consent.agency_keys:
            must(agency, "Organization", "Consent.provision.actor")


def _client(patient: Json, where: str) -> ClientData:
    hetu = None
    for ident in patient.get("identifier") or []:
        if isinstance(ident, dict) and ident.get("system") == c.HETU_SYSTEM:
            hetu = fv.text(ident, where, "value", 11, required=True).upper()
    if hetu is not None:
        from stdnum.fi import hetu as hetu_check
        if not hetu_check.is_valid(hetu, allow_temporary=True):
            raise fv.refuse("bad_value", where=f"{where}.identifier")
    names = fv.get(patient, where, "name", list)
    if not names or not isinstance(names[0], dict):
        raise fv.refuse("bad_value", where=f"{where}.name")
    family = fv.text(names[0], where + ".name", "family", 100, required=True)
    given = names[0].get("given") or []
    if not isinstance(given, list) or not all(isinstance(g, str) for g in given):
        raise fv.refuse("bad_value", where=f"{where}.name.given")
    first = " ".join(given)[:200]
    birth = patient.get("birthDate")
    language = "fi"
    for item in patient.get("communication") or []:
        language = fv.code(item.get("language") if isinstance(item, dict) else None,
                         c.LANGUAGE_SYSTEM) or language
    address = (patient.get("address") or [{}])[0]
    return ClientData(hetu, first, family, fv.day(birth, f"{where}.birthDate") if birth else None,
                      language[:8], fv.telecom(patient, "phone"), fv.telecom(patient, "email"),
                      str(address.get("text", ""))[:300] if isinstance(address, dict) else "",
                      bool(fv.ext(patient, c.INTERPRETER_REQUIRED)))


def _agency(url: str, org: Json, where: str) -> AgencyData:
    business_id = None
    for ident in org.get("identifier") or []:
        if isinstance(ident, dict) and ident.get("system") == c.YTUNNUS_SYSTEM:
            business_id = fv.text(ident, where, "value", 9, required=True)
    alias = org.get("alias") or [""]
    kind = fv.code((org.get("type") or [{}])[0], c.AGENCY_KIND) or "other"
    address = (org.get("address") or [{}])[0]
    return AgencyData(url, fv.text(org, where, "name", 200, required=True), str(alias[0])[:200],
                      fv.enum(AgencyKind, kind, f"{where}.type"), business_id,
                      fv.telecom(org, "email"), fv.telecom(org, "phone"),
                      str(address.get("text", ""))[:300] if isinstance(address, dict) else "")


def _person(url: str, role: Json, r: BundleIndex) -> PersonData:
    where = r.where[url]
    practitioner = r.by_url.get(fv.ref(role.get("practitioner")) or "")
    agency = fv.ref(role.get("organization"))
    if practitioner is None or agency is None or \
            r.by_url[agency]["resourceType"] != "Organization":
        raise fv.refuse("bad_value", where=f"{where}.practitioner")
    names = practitioner.get("name") or [{}]
    name = fv.text(names[0], where, "text", 200, required=True)
    code = fv.code((role.get("code") or [{}])[0], c.ROLE) or "other"
    return PersonData(url, name, fv.enum(ParticipantRole, code, f"{where}.code"), agency,
                      fv.telecom(role, "email"), fv.telecom(role, "phone"))


def _plans(r: BundleIndex) -> tuple[PlanData, ...]:
    """Each plan at its newest version with its earlier versions: a CarePlan that another
    one ``replaces`` is an earlier version of it, the chain of one plan (same title and
    creation) with version numbers falling; anything else is refused."""
    read = {u: _plan(u, res, r) for u, res in r.of_type("CarePlan")}
    replaces: dict[str, str] = {}
    for url, resource in r.of_type("CarePlan"):
        refs = resource.get("replaces") or []
        if not isinstance(refs, list) or len(refs) > 1:
            raise fv.refuse("bad_value", where=f"{r.where[url]}.replaces")
        if refs:
            replaced = fv.ref(refs[0])
            if replaced is None or replaced not in read or replaced in replaces.values():
                raise fv.refuse("bad_value", where=f"{r.where[url]}.replaces")
            replaces[url] = replaced
    plans = []
    for url, newest in read.items():
        if url in replaces.values():
            continue  # an earlier version: read with the plan that replaced it
        chain: list[PlanData] = []
        at = url
        while at in replaces:
            older, newer = read[replaces[at]], read[at]
            if (older.title, older.created_at) != (newer.title, newer.created_at) or \
                    older.number >= newer.number:
                raise fv.refuse("bad_value", where=f"{r.where[at]}.replaces")
            chain.append(older)
            at = replaces[at]
        plans.append(replace(newest, earlier=tuple(reversed(chain))))
    if sum(1 + len(p.earlier) for p in plans) != len(read):  # a loop of replaces
        raise fv.refuse("bad_value", where="CarePlan.replaces")
    return tuple(plans)


def _plan(url: str, plan: Json, r: BundleIndex) -> PlanData:
    where = r.where[url]
    meta = fv.get(plan, where, "meta", dict)
    try:
        number = int(meta.get("versionId"))
    except (TypeError, ValueError):
        raise fv.refuse("bad_value", where=f"{where}.meta.versionId") from None
    if not 0 < number < 100_000:
        raise fv.refuse("bad_value", where=f"{where}.meta.versionId")
    goals = []
    for ref in plan.get("goal") or []:
        goal = r.by_url.get(fv.ref(ref) or "", {})
        gwhere = f"{where}.goal"
        if goal.get("resourceType") != "Goal":
            raise fv.refuse("wrong_type", type=str(goal.get("resourceType")), where=gwhere)
        achievement = fv.code(goal.get("achievementStatus"), c.GOAL_ACHIEVEMENT)
        status = c.GOAL_BACK.get((str(goal.get("lifecycleStatus")), achievement))
        if status is None:
            raise fv.refuse("bad_value", where=f"{gwhere}.lifecycleStatus")
        target = (goal.get("target") or [{}])[0]
        due = target.get("dueDate") if isinstance(target, dict) else None
        goals.append(GoalData(
            fv.text(fv.get(goal, gwhere, "description", dict), gwhere, "text", 2000,
                  required=True), fv.day(due, gwhere) if due else None, status,
            fv.enum(GoalSetter, fv.ext(goal, c.EXT_GOAL_SETTER) or "joint", gwhere)))
    services = []
    for activity in plan.get("activity") or []:
        detail = activity.get("detail") if isinstance(activity, dict) else None
        code = fv.code(detail.get("code"), c.SERVICE_CODE) if isinstance(detail, dict) else None
        if code is None or not isinstance(detail, dict):
            continue  # an agreed action: brought in from its Task
        performer = fv.ref((detail.get("performer") or [{}])[0])
        services.append(ServiceLineData(code[:40], performer,
                                        str(fv.ext(detail, c.EXT_SERVICE_NOTE) or "")[:2000]))
    review = fv.ext(plan, c.EXT_REVIEW_DATE)
    agreed = fv.ext(plan, c.EXT_AGREED)
    note = (plan.get("note") or [{}])[0]
    return PlanData(
        url, fv.text(plan, where, "title", 200, required=True),
        fv.moment(fv.ext(plan, c.EXT_CREATED), f"{where}.extension(created)"), number,
        fv.enum(PlanStatus, fv.ext(plan, c.EXT_PLAN_STATUS), f"{where}.extension(status)"),
        fv.text(plan, where, "description", 8000),
        str(note.get("text", ""))[:8000] if isinstance(note, dict) else "",
        fv.day(review, where) if review else None,
        fv.moment(plan.get("created"), f"{where}.created"),
        str(fv.ext(plan, c.EXT_CREATED_BY) or "")[:200],
        fv.moment(agreed, where) if agreed else None,
        str(fv.ext(plan, c.EXT_AGREED_BY))[:200] if fv.ext(plan, c.EXT_AGREED_BY) else None,
        tuple(goals), tuple(services))


def _meeting(url: str, appt: Json, r: BundleIndex, patient: str) -> MeetingData:
    where = r.where[url]
    participants = []
    for i, part in enumerate(fv.get(appt, where, "participant", list)):
        pwhere = f"{where}.participant[{i}]"
        if not isinstance(part, dict):
            raise fv.refuse("bad_value", where=pwhere)
        kind = fv.ext(part, c.EXT + "participant-kind")
        if kind is None:
            continue  # the placeholder of a meeting without participants
        actor = fv.obj(part.get("actor"))
        ref = fv.ref(actor)
        person = ref if ref and r.by_url[ref]["resourceType"] == "PractitionerRole" else None
        agency = fv.ref(fv.ext(part, c.EXT + "participant-agency"))
        email = None
        ident = actor.get("identifier")
        if isinstance(ident, dict) and str(ident.get("value", "")).startswith("mailto:"):
            email = str(ident["value"])[7:][:254]
        participants.append(ParticipantData(
            fv.enum(ParticipantKind, kind, pwhere), person,
            fv.text(actor, pwhere, "display", 200, required=True), email, agency,
            fv.enum(ParticipantRole, fv.code((part.get("type") or [{}])[0], c.ROLE), pwhere),
            part.get("required") != "optional",
            fv.enum(Attendance, fv.ext(part, c.EXT_ATTENDANCE), pwhere)))
    plan = fv.ref((appt.get("supportingInformation") or [{}])[0])
    uid = next((i.get("value") for i in appt.get("identifier") or []
                if isinstance(i, dict) and i.get("system") == c.ICAL_UID_SYSTEM), None)
    sequence = fv.ext(appt, c.EXT_SEQUENCE)
    if not isinstance(uid, str) or not 0 < len(uid) <= 200 or \
            not isinstance(sequence, int) or not 0 <= sequence < 1_000_000:
        raise fv.refuse("bad_value", where=f"{where}.identifier")
    return MeetingData(
        url, uid, sequence, fv.text(appt, where, "description", 200, required=True),
        fv.moment(appt.get("start"), f"{where}.start"), fv.moment(appt.get("end"), f"{where}.end"),
        fv.text(appt, where, "comment", 300),
        fv.enum(MeetingMode, fv.code(appt.get("appointmentType"), c.MEETING_MODE) or "in_person",
              where),
        fv.enum(MeetingStatus, fv.ext(appt, c.EXT_MEETING_STATUS), f"{where}.extension(status)"),
        plan, fv.moment(fv.ext(appt, c.EXT_CREATED), f"{where}.extension(created)"),
        fv.moment(fv.ext(appt, c.EXT_UPDATED), f"{where}.extension(updated)"),
        tuple(participants))


def _action(task: Json, where: str, roles: dict[str, PersonData]) -> ActionData:
    status = c.TASK_STATUS_BACK.get(task.get("status", ""))
    if status is None:
        raise fv.refuse("bad_value", where=f"{where}.status")
    owner = fv.obj(task.get("owner"))
    ref = fv.ref(owner)
    person = ref if ref in roles else None
    agency = fv.ref(fv.ext(task, c.EXT + "responsible-agency")) if person else ref
    due = fv.obj(fv.obj(task.get("restriction")).get("period")).get("end")
    done = fv.obj(task.get("executionPeriod")).get("end")
    note = (task.get("note") or [{}])[0]
    kind = fv.code(task.get("code"), c.ACTION_KIND) or "other"
    return ActionData(
        fv.ref(task.get("reasonReference")), fv.text(task, where, "description", 2000,
                                                 required=True),
        fv.enum(ActionKind, kind, f"{where}.code"), person, agency,
        "" if person else str(owner.get("display", ""))[:200],
        fv.day(due, f"{where}.restriction") if due else None, status,
        str(note.get("text", ""))[:2000] if isinstance(note, dict) else "",
        fv.moment(done, f"{where}.executionPeriod") if done else None,
        fv.moment(fv.ext(task, c.EXT_CREATED), f"{where}.extension(created)"))


def _consent(consent: Json, where: str) -> ConsentData:
    provision = fv.obj(consent.get("provision"))
    period = fv.obj(provision.get("period"))
    end = period.get("end")
    agencies = tuple(str(fv.ref(a.get("reference"))) for a in provision.get("actor") or []
                     if isinstance(a, dict))
    withdrawn = fv.ext(consent, c.EXT_WITHDRAWN)
    purpose = fv.ext(consent, c.EXT_CONSENT_PURPOSE)
    if not isinstance(purpose, str) or not purpose or len(purpose) > 1000:
        raise fv.refuse("bad_value", where=f"{where}.extension(purpose)")
    read: Callable[[object, str], datetime] = fv.moment
    return ConsentData(
        purpose, fv.enum(ConsentForm, fv.ext(consent, c.EXT_CONSENT_FORM), where),
        str(fv.ext(consent, c.EXT_CONSENT_GIVEN_BY) or "")[:200],
        read(consent.get("dateTime"), f"{where}.dateTime"),
        str(fv.ext(consent, c.EXT_CONSENT_RECORDED_BY) or "")[:200],
        fv.day(end, f"{where}.provision.period") if end else None,
        read(withdrawn, where) if withdrawn else None, agencies)
