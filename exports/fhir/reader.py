"""A bundle ``verkosto fhir`` wrote, read back for the import (issue 16) — and every other file
refused whole, with the place of the first problem: not JSON, nested too deeply, not a Bundle,
not tagged as this app's export, a resource type the export never writes, a reference to
anything outside the bundle, a value missing or of the wrong kind or size."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime
from enum import StrEnum
from typing import Any, TypeVar

from exports.fhir import codes as c
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
    BundleRefused,
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

MAX_BYTES = 20 * 1024 * 1024  # a case of hundreds of meetings is a few MiB
MAX_DEPTH = 24  # the export nests 9 deep
MAX_ENTRIES = 20_000
KNOWN_TYPES = {"Patient", "Organization", "Practitioner", "PractitionerRole", "CareTeam",
               "CarePlan", "Goal", "Appointment", "Task", "Consent"}
E = TypeVar("E", bound=StrEnum)
Json = dict[str, Any]


def refuse(reason: str, **params: object) -> BundleRefused:
    return BundleRefused(reason=f"detail.fhir_{reason}", **params)


def _depth_ok(value: object) -> bool:
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > MAX_DEPTH:
            return False
        if isinstance(item, dict):
            stack.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item)
    return True


def parse(raw: bytes) -> Json:
    """The JSON of a bundle, refused when it is not one this app wrote."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except RecursionError:
        raise refuse("too_deep", limit=MAX_DEPTH) from None
    except (UnicodeDecodeError, ValueError):
        raise refuse("not_json") from None
    if not _depth_ok(data):
        raise refuse("too_deep", limit=MAX_DEPTH)
    if not isinstance(data, dict) or data.get("resourceType") != "Bundle":
        raise refuse("not_bundle")
    tags = data.get("meta", {}).get("tag", []) if isinstance(data.get("meta"), dict) else []
    if not isinstance(tags, list) or not any(
            isinstance(t, dict) and t.get("system") == c.APP_TAG_SYSTEM
            and t.get("code") == c.APP_TAG_CODE for t in tags):
        raise refuse("not_ours")
    if data.get("type") != "collection" or not isinstance(data.get("entry"), list):
        raise refuse("bad_value", where="Bundle.type/entry")
    if len(data["entry"]) > MAX_ENTRIES:
        raise refuse("too_many", limit=MAX_ENTRIES)
    return data


class _Reader:
    def __init__(self, bundle: Json) -> None:
        self.by_url: dict[str, Json] = {}
        self.where: dict[str, str] = {}
        for i, entry in enumerate(bundle["entry"]):
            where = f"entry[{i}]"
            if not isinstance(entry, dict) or not isinstance(entry.get("resource"), dict):
                raise refuse("bad_value", where=where)
            url, resource = entry.get("fullUrl"), entry["resource"]
            kind = resource.get("resourceType")
            if kind not in KNOWN_TYPES:
                raise refuse("wrong_type", type=str(kind)[:40], where=where)
            if not isinstance(url, str) or not url.startswith("urn:uuid:") or \
                    url in self.by_url:
                raise refuse("bad_value", where=f"{where}.fullUrl")
            self.by_url[url] = resource
            self.where[url] = f"{where} ({kind})"
        self._check_references(bundle["entry"])

    def _check_references(self, value: object, where: str = "entry") -> None:
        stack: list[tuple[object, str]] = [(value, where)]
        while stack:
            item, at = stack.pop()
            if isinstance(item, dict):
                ref = item.get("reference")
                # Consent.provision.actor.reference is itself a Reference (a dict)
                if ref is not None and not isinstance(ref, dict) and (
                        not isinstance(ref, str) or ref not in self.by_url):
                    raise refuse("outside_reference", where=at, reference=str(ref)[:80])
                stack.extend((v, f"{at}.{k}") for k, v in item.items())
            elif isinstance(item, list):
                stack.extend((v, f"{at}[{i}]") for i, v in enumerate(item))

    def of_type(self, kind: str) -> list[tuple[str, Json]]:
        return [(u, r) for u, r in self.by_url.items() if r["resourceType"] == kind]


def _get(resource: Json, where: str, name: str, kind: type, *, required: bool = True,
         limit: int = 8000) -> Any:
    value = resource.get(name)
    if value is None and not required:
        return None
    if not isinstance(value, kind) or (isinstance(value, str) and (
            len(value) > limit or any(ch in value for ch in "\x00\x1b"))):
        raise refuse("bad_value", where=f"{where}.{name}")
    return value


def _text(resource: Json, where: str, name: str, limit: int, *, required: bool = False,
          default: str = "") -> str:
    value = _get(resource, where, name, str, required=required, limit=limit)
    return default if value is None else str(value)


def _moment(value: object, where: str) -> datetime:
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        raise refuse("bad_value", where=where) from None
    if moment.tzinfo is None:
        raise refuse("bad_value", where=where)
    return moment


def _day(value: object, where: str) -> date:
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise refuse("bad_value", where=where) from None


def _enum(kind: type[E], value: object, where: str) -> E:
    try:
        return kind(str(value))
    except ValueError:
        raise refuse("bad_value", where=where) from None


def _ext(resource: Json, url: str) -> Any:
    for ext in resource.get("extension") or []:
        if isinstance(ext, dict) and ext.get("url") == url:
            return next((v for k, v in ext.items() if k.startswith("value")), None)
    return None


def _code(concept: object, system: str) -> str | None:
    if isinstance(concept, dict):
        for coding in concept.get("coding") or []:
            if isinstance(coding, dict) and coding.get("system") == system:
                return str(coding.get("code"))
    return None


def _telecom(resource: Json, system: str) -> str | None:
    for item in resource.get("telecom") or []:
        if isinstance(item, dict) and item.get("system") == system:
            value = item.get("value")
            return str(value)[:254] if value else None
    return None


def _obj(value: object) -> Json:
    return value if isinstance(value, dict) else {}


def _ref(value: object) -> str | None:
    return value.get("reference") if isinstance(value, dict) else None


def read_case(raw: bytes) -> HandoverCase:
    """The case a bundle of ours holds; BundleRefused for anything else."""
    r = _Reader(parse(raw))
    try:
        return _case(r)
    except (AttributeError, TypeError, KeyError, IndexError, ValueError):
        # a value of another shape than ours wherever no check above named the place
        raise refuse("bad_value", where="Bundle.entry") from None


def _case(r: _Reader) -> HandoverCase:
    patients = r.of_type("Patient")
    if len(patients) != 1:
        raise refuse("no_patient")
    patient_url, patient = patients[0]
    client = _client(patient, r.where[patient_url])
    agencies = tuple(_agency(u, res, r.where[u]) for u, res in r.of_type("Organization"))
    people = tuple(_person(u, res, r) for u, res in r.of_type("PractitionerRole"))
    role_of = {p.key: p for p in people}
    contacts = []
    for url, team in r.of_type("CareTeam"):
        for i, part in enumerate(team.get("participant") or []):
            where = f"{r.where[url]}.participant[{i}]"
            member, agency = _ref(part.get("member")), _ref(part.get("onBehalfOf"))
            if member not in role_of or agency is None:
                raise refuse("bad_value", where=where)
            period = part.get("period") or {}
            contacts.append(ContactData(
                agency, member, _code((part.get("role") or [{}])[0], c.CONTACT_ROLE)
                == "case-lead", _day(period.get("start"), f"{where}.period")))
    plans = tuple(_plan(u, res, r) for u, res in r.of_type("CarePlan"))
    meetings = tuple(_meeting(u, res, r, patient_url) for u, res in r.of_type("Appointment"))
    actions, requests = [], 0
    for url, task in r.of_type("Task"):
        if _code(task.get("code"), c.TASK_TYPE) == "information-request":
            requests += 1
        else:
            actions.append(_action(task, r.where[url], role_of))
    consents = tuple(_consent(res, r.where[u]) for u, res in r.of_type("Consent"))
    case = HandoverCase(client, agencies, people, tuple(contacts), plans, meetings,
                        tuple(actions), consents, requests)
    _check_links(case, r)
    return case


def _check_links(case: HandoverCase, r: _Reader) -> None:
    """Each link names a resource of the kind it must: an agency an Organization, …"""
    def must(url: str | None, kind: str, what: str) -> None:
        if url is not None and (url not in r.by_url or r.by_url[url]["resourceType"] != kind):
            raise refuse("bad_value", where=f"{what} → {url}"[:200])

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
            hetu = _text(ident, where, "value", 11, required=True).upper()
    if hetu is not None:
        from stdnum.fi import hetu as hetu_check
        if not hetu_check.is_valid(hetu, allow_temporary=True):
            raise refuse("bad_value", where=f"{where}.identifier")
    names = _get(patient, where, "name", list)
    if not names or not isinstance(names[0], dict):
        raise refuse("bad_value", where=f"{where}.name")
    family = _text(names[0], where + ".name", "family", 100, required=True)
    given = names[0].get("given") or []
    if not isinstance(given, list) or not all(isinstance(g, str) for g in given):
        raise refuse("bad_value", where=f"{where}.name.given")
    first = " ".join(given)[:200]
    birth = patient.get("birthDate")
    language = "fi"
    for item in patient.get("communication") or []:
        language = _code(item.get("language") if isinstance(item, dict) else None,
                         c.LANGUAGE_SYSTEM) or language
    address = (patient.get("address") or [{}])[0]
    return ClientData(hetu, first, family, _day(birth, f"{where}.birthDate") if birth else None,
                      language[:8], _telecom(patient, "phone"), _telecom(patient, "email"),
                      str(address.get("text", ""))[:300] if isinstance(address, dict) else "",
                      bool(_ext(patient, c.INTERPRETER_REQUIRED)))


def _agency(url: str, org: Json, where: str) -> AgencyData:
    business_id = None
    for ident in org.get("identifier") or []:
        if isinstance(ident, dict) and ident.get("system") == c.YTUNNUS_SYSTEM:
            business_id = _text(ident, where, "value", 9, required=True)
    alias = org.get("alias") or [""]
    kind = _code((org.get("type") or [{}])[0], c.AGENCY_KIND) or "other"
    address = (org.get("address") or [{}])[0]
    return AgencyData(url, _text(org, where, "name", 200, required=True), str(alias[0])[:200],
                      _enum(AgencyKind, kind, f"{where}.type"), business_id,
                      _telecom(org, "email"), _telecom(org, "phone"),
                      str(address.get("text", ""))[:300] if isinstance(address, dict) else "")


def _person(url: str, role: Json, r: _Reader) -> PersonData:
    where = r.where[url]
    practitioner = r.by_url.get(_ref(role.get("practitioner")) or "")
    agency = _ref(role.get("organization"))
    if practitioner is None or agency is None or \
            r.by_url[agency]["resourceType"] != "Organization":
        raise refuse("bad_value", where=f"{where}.practitioner")
    names = practitioner.get("name") or [{}]
    name = _text(names[0], where, "text", 200, required=True)
    code = _code((role.get("code") or [{}])[0], c.ROLE) or "other"
    return PersonData(url, name, _enum(ParticipantRole, code, f"{where}.code"), agency,
                      _telecom(role, "email"), _telecom(role, "phone"))


def _plan(url: str, plan: Json, r: _Reader) -> PlanData:
    where = r.where[url]
    meta = _get(plan, where, "meta", dict)
    try:
        number = int(meta.get("versionId"))
    except (TypeError, ValueError):
        raise refuse("bad_value", where=f"{where}.meta.versionId") from None
    if not 0 < number < 100_000:
        raise refuse("bad_value", where=f"{where}.meta.versionId")
    goals = []
    for ref in plan.get("goal") or []:
        goal = r.by_url.get(_ref(ref) or "", {})
        gwhere = f"{where}.goal"
        if goal.get("resourceType") != "Goal":
            raise refuse("wrong_type", type=str(goal.get("resourceType")), where=gwhere)
        achievement = _code(goal.get("achievementStatus"), c.GOAL_ACHIEVEMENT)
        status = c.GOAL_BACK.get((str(goal.get("lifecycleStatus")), achievement))
        if status is None:
            raise refuse("bad_value", where=f"{gwhere}.lifecycleStatus")
        target = (goal.get("target") or [{}])[0]
        due = target.get("dueDate") if isinstance(target, dict) else None
        goals.append(GoalData(
            _text(_get(goal, gwhere, "description", dict), gwhere, "text", 2000,
                  required=True), _day(due, gwhere) if due else None, status,
            _enum(GoalSetter, _ext(goal, c.EXT_GOAL_SETTER) or "joint", gwhere)))
    services = []
    for activity in plan.get("activity") or []:
        detail = activity.get("detail") if isinstance(activity, dict) else None
        code = _code(detail.get("code"), c.SERVICE_CODE) if isinstance(detail, dict) else None
        if code is None or not isinstance(detail, dict):
            continue  # an agreed action: brought in from its Task
        performer = _ref((detail.get("performer") or [{}])[0])
        services.append(ServiceLineData(code[:40], performer,
                                        str(_ext(detail, c.EXT_SERVICE_NOTE) or "")[:2000]))
    review = _ext(plan, c.EXT_REVIEW_DATE)
    agreed = _ext(plan, c.EXT_AGREED)
    note = (plan.get("note") or [{}])[0]
    return PlanData(
        url, _text(plan, where, "title", 200, required=True),
        _moment(_ext(plan, c.EXT_CREATED), f"{where}.extension(created)"), number,
        _enum(PlanStatus, _ext(plan, c.EXT_PLAN_STATUS), f"{where}.extension(status)"),
        _text(plan, where, "description", 8000),
        str(note.get("text", ""))[:8000] if isinstance(note, dict) else "",
        _day(review, where) if review else None,
        _moment(plan.get("created"), f"{where}.created"),
        str(_ext(plan, c.EXT_CREATED_BY) or "")[:200],
        _moment(agreed, where) if agreed else None,
        str(_ext(plan, c.EXT_AGREED_BY))[:200] if _ext(plan, c.EXT_AGREED_BY) else None,
        tuple(goals), tuple(services))


def _meeting(url: str, appt: Json, r: _Reader, patient: str) -> MeetingData:
    where = r.where[url]
    participants = []
    for i, part in enumerate(_get(appt, where, "participant", list)):
        pwhere = f"{where}.participant[{i}]"
        if not isinstance(part, dict):
            raise refuse("bad_value", where=pwhere)
        kind = _ext(part, c.EXT + "participant-kind")
        if kind is None:
            continue  # the placeholder of a meeting without participants
        actor = _obj(part.get("actor"))
        ref = _ref(actor)
        person = ref if ref and r.by_url[ref]["resourceType"] == "PractitionerRole" else None
        agency = _ref(_ext(part, c.EXT + "participant-agency"))
        email = None
        ident = actor.get("identifier")
        if isinstance(ident, dict) and str(ident.get("value", "")).startswith("mailto:"):
            email = str(ident["value"])[7:][:254]
        participants.append(ParticipantData(
            _enum(ParticipantKind, kind, pwhere), person,
            _text(actor, pwhere, "display", 200, required=True), email, agency,
            _enum(ParticipantRole, _code((part.get("type") or [{}])[0], c.ROLE), pwhere),
            part.get("required") != "optional",
            _enum(Attendance, _ext(part, c.EXT_ATTENDANCE), pwhere)))
    plan = _ref((appt.get("supportingInformation") or [{}])[0])
    uid = next((i.get("value") for i in appt.get("identifier") or []
                if isinstance(i, dict) and i.get("system") == c.ICAL_UID_SYSTEM), None)
    sequence = _ext(appt, c.EXT_SEQUENCE)
    if not isinstance(uid, str) or not 0 < len(uid) <= 200 or \
            not isinstance(sequence, int) or not 0 <= sequence < 1_000_000:
        raise refuse("bad_value", where=f"{where}.identifier")
    return MeetingData(
        url, uid, sequence, _text(appt, where, "description", 200, required=True),
        _moment(appt.get("start"), f"{where}.start"), _moment(appt.get("end"), f"{where}.end"),
        _text(appt, where, "comment", 300),
        _enum(MeetingMode, _code(appt.get("appointmentType"), c.MEETING_MODE) or "in_person",
              where),
        _enum(MeetingStatus, _ext(appt, c.EXT_MEETING_STATUS), f"{where}.extension(status)"),
        plan, _moment(_ext(appt, c.EXT_CREATED), f"{where}.extension(created)"),
        _moment(_ext(appt, c.EXT_UPDATED), f"{where}.extension(updated)"),
        tuple(participants))


def _action(task: Json, where: str, roles: dict[str, PersonData]) -> ActionData:
    status = c.TASK_STATUS_BACK.get(task.get("status", ""))
    if status is None:
        raise refuse("bad_value", where=f"{where}.status")
    owner = _obj(task.get("owner"))
    ref = _ref(owner)
    person = ref if ref in roles else None
    agency = _ref(_ext(task, c.EXT + "responsible-agency")) if person else ref
    due = _obj(_obj(task.get("restriction")).get("period")).get("end")
    done = _obj(task.get("executionPeriod")).get("end")
    note = (task.get("note") or [{}])[0]
    kind = _code(task.get("code"), c.ACTION_KIND) or "other"
    return ActionData(
        _ref(task.get("reasonReference")), _text(task, where, "description", 2000,
                                                 required=True),
        _enum(ActionKind, kind, f"{where}.code"), person, agency,
        "" if person else str(owner.get("display", ""))[:200],
        _day(due, f"{where}.restriction") if due else None, status,
        str(note.get("text", ""))[:2000] if isinstance(note, dict) else "",
        _moment(done, f"{where}.executionPeriod") if done else None,
        _moment(_ext(task, c.EXT_CREATED), f"{where}.extension(created)"))


def _consent(consent: Json, where: str) -> ConsentData:
    provision = _obj(consent.get("provision"))
    period = _obj(provision.get("period"))
    end = period.get("end")
    agencies = tuple(str(_ref(a.get("reference"))) for a in provision.get("actor") or []
                     if isinstance(a, dict))
    withdrawn = _ext(consent, c.EXT_WITHDRAWN)
    purpose = _ext(consent, c.EXT_CONSENT_PURPOSE)
    if not isinstance(purpose, str) or not purpose or len(purpose) > 1000:
        raise refuse("bad_value", where=f"{where}.extension(purpose)")
    read: Callable[[object, str], datetime] = _moment
    return ConsentData(
        purpose, _enum(ConsentForm, _ext(consent, c.EXT_CONSENT_FORM), where),
        str(_ext(consent, c.EXT_CONSENT_GIVEN_BY) or "")[:200],
        read(consent.get("dateTime"), f"{where}.dateTime"),
        str(_ext(consent, c.EXT_CONSENT_RECORDED_BY) or "")[:200],
        _day(end, f"{where}.provision.period") if end else None,
        read(withdrawn, where) if withdrawn else None, agencies)
