"""`verkosto fhir` (issue 16): the client's case as a FHIR R4 Bundle, checked by an independent
implementation of the models (fhir.resources 8.3, its R4B package: R4's resources as R4B
keeps them), and brought into another store with `--import` — the same client, plan, goals,
actions, meetings and consents; twice changes nothing; newer data there is kept; hostile
files are refused whole."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fhir.resources.R4B.bundle import Bundle
from keyring.backends.fail import Keyring as FailKeyring

from planner.crypto.vault import KeyringVault
from planner.domain.enums import ActionStatus, MeetingStatus
from planner.services import Planner
from planner.storage.store import open_store
from tests.conftest import PASSPHRASE, new_passphrase_store
from tests.support.cli import Ran, command_environment, run
from tests.support.stores import from_template
from tests.support.windows import demo_store

FATHER_HETU = "231178-357B"  # the demo's Jari Mäkinen: meetings, actions, a request


def verkosto(data_dir: Path, *args: str, lang: str = "fi") -> Ran:
    return run([*args, "--data-dir", str(data_dir)],
               command_environment(lang, {"VERKOSTO_PASSPHRASE": PASSPHRASE}))


@pytest.fixture
def stores(tmp_path: Path) -> tuple[Path, Path]:
    """The demo store, and an empty store of another organisation beside it (made second,
    so its config folder holds both stores' audit anchors)."""
    demo, fresh = tmp_path / "demo", tmp_path / "fresh"
    demo_store(demo)
    from_template("passphrase", new_passphrase_store, fresh)
    return demo, fresh


def with_planner(data_dir: Path) -> Planner:
    return Planner(open_store(data_dir, vault=KeyringVault(FailKeyring()),
                              passphrase=lambda: PASSPHRASE, create=False))


def client_id(data_dir: Path, hetu: str = FATHER_HETU) -> int:
    planner = with_planner(data_dir)
    try:
        return next(c.id for c in planner.clients.search("") if c.hetu == hetu)
    finally:
        planner.close()


def export(demo: Path, out: Path, *extra: str, who: int | None = None) -> dict:
    ran = verkosto(demo, "fhir", str(who or client_id(demo)), "--out", str(out), *extra)
    assert ran.returncode == 0, ran.stderr
    return json.loads(out.read_text("utf-8"))


def references(value: object) -> Iterator[str]:
    if isinstance(value, dict):
        if isinstance(value.get("reference"), str):
            yield value["reference"]
        for item in value.values():
            yield from references(item)
    elif isinstance(value, list):
        for item in value:
            yield from references(item)


# --- the export -----------------------------------------------------------------------------
def test_every_demo_client_exports_a_bundle_fhir_resources_accepts_and_the_hetu_stays_out(
        stores: tuple[Path, Path], tmp_path: Path) -> None:
    demo, _ = stores
    planner = with_planner(demo)
    clients = [(c.id, c.hetu) for c in planner.clients.search("")]
    planner.close()
    for ident, hetu in clients:
        out = tmp_path / f"client-{ident}.json"
        data = export(demo, out, who=ident)
        bundle = Bundle.model_validate(data)  # the independent R4(B) models, strict
        assert bundle.type == "collection"
        urls = {e.fullUrl for e in bundle.entry}
        assert all(u.startswith("urn:uuid:") for u in urls)
        assert set(references(data)) <= urls, "a reference leads outside the bundle"
        kinds = {e.resource.get_resource_type() for e in bundle.entry}
        assert {"Patient", "CarePlan", "Goal", "CareTeam", "Organization", "Practitioner",
                "PractitionerRole", "Appointment", "Consent", "Task"} <= kinds
        text = out.read_text("utf-8")
        # the birth date and the tail with its century sign: four digits alone turn up in a
        # timestamp's microseconds by chance
        assert hetu and hetu not in text and hetu[:6] not in text and hetu[6:] not in text
        assert "1.2.246.21" not in text


def test_the_bundle_maps_statuses_to_fhir_value_sets_and_is_logged_as_an_export(
        stores: tuple[Path, Path], tmp_path: Path) -> None:
    demo, _ = stores
    ident = client_id(demo)
    data = export(demo, tmp_path / "b.json", "--include-hetu", who=ident)
    resources = [e["resource"] for e in data["entry"]]
    (patient,) = [r for r in resources if r["resourceType"] == "Patient"]
    assert patient["identifier"] == [{"use": "official", "system": "urn:oid:1.2.246.21",
                                      "value": FATHER_HETU}]
    plan = next(r for r in resources if r["resourceType"] == "CarePlan")
    assert plan["intent"] == "plan" and plan["status"] in {"draft", "active", "completed"}
    assert {a["detail"]["status"] for a in plan["activity"]} <= {
        "not-started", "in-progress", "completed", "cancelled", "unknown"}
    goals = [r for r in resources if r["resourceType"] == "Goal"]
    assert goals and all(g["lifecycleStatus"] in {"proposed", "active", "completed",
                                                   "cancelled"} for g in goals)
    answers = {p["status"] for r in resources if r["resourceType"] == "Appointment"
               for p in r["participant"]}
    assert answers <= {"accepted", "declined", "tentative", "needs-action"} and answers
    team = next(r for r in resources if r["resourceType"] == "CareTeam")
    roles = [p["role"][0]["coding"][0]["code"] for p in team["participant"]]
    assert roles.count("case-lead") == 1
    orgs = [r for r in resources if r["resourceType"] == "Organization"]
    assert any(i["system"] == "urn:oid:1.2.246.10" for o in orgs for i in o.get("identifier", []))
    tasks = [r for r in resources if r["resourceType"] == "Task"]
    assert any(t["code"]["coding"][0]["code"] == "information-request" for t in tasks)
    planner = with_planner(demo)
    try:
        entries = planner.audit.for_extract(ident)
    finally:
        planner.close()
    logged = [e for e in entries if e.entity == "fhir_bundle"]
    assert len(logged) == 1 and str(logged[0].action) == "export"
    assert "with HETU" in logged[0].detail


def test_a_withdrawn_consent_is_inactive(stores: tuple[Path, Path], tmp_path: Path) -> None:
    demo, _ = stores
    planner = with_planner(demo)
    try:
        withdrawn = next((c, v) for c in planner.clients.search("")
                         for v in planner.consents.for_client(c.id or 0)
                         if v.consent.withdrawn_at is not None)
    finally:
        planner.close()
    data = export(demo, tmp_path / "w.json", who=withdrawn[0].id)
    consents = [e["resource"] for e in data["entry"] if e["resource"]["resourceType"]
                == "Consent"]
    assert any(c["status"] == "inactive" and c["dateTime"] for c in consents)


# --- the import -----------------------------------------------------------------------------
def snapshot(data_dir: Path, hetu: str = FATHER_HETU) -> dict[str, object]:
    planner = with_planner(data_dir)
    try:
        row = next(c for c in planner.clients.search("") if c.hetu == hetu)
        cid = row.id or 0
        client = planner.clients.get(cid)
        plans = []
        for plan, version in planner.plans.for_client(cid):
            view = planner.plans.view(plan.id or 0)
            plans.append((plan.title, version.number, str(version.status),
                          [(g.description, g.target_date, str(g.status), str(g.expressed_by))
                           for g in view.goals]))
        meetings = sorted((m.title, m.start, m.end, str(m.status), m.location, str(m.mode))
                          for m in planner.meetings.list(client_id=cid))
        actions = sorted((a.description, a.due_date, str(a.status), a.responsible, a.agency,
                          a.completion_note, str(a.kind))
                         for a in planner.actions.list(client_id=cid))
        consents = sorted((v.consent.purpose, v.consent.given_at, v.consent.withdrawn_at,
                           v.consent.valid_until, len(v.agency_ids))
                          for v in planner.consents.for_client(cid))
        return {"client": (client.first_names, client.last_name, client.birth_date,
                           client.language, client.needs_interpreter, client.phone,
                           client.email, client.address), "plans": plans, "meetings": meetings,
                "actions": actions, "consents": consents}
    finally:
        planner.close()


def test_a_round_trip_into_another_store_gives_the_same_case_and_twice_changes_nothing(
        stores: tuple[Path, Path], tmp_path: Path) -> None:
    demo, fresh = stores
    out = tmp_path / "handover.json"
    export(demo, out, "--include-hetu")
    first = verkosto(fresh, "fhir", "--import", str(out), lang="en")
    assert first.returncode == 0, first.stderr
    assert "new to this store" in first.stdout
    assert "1 information requests were not imported" in first.stdout
    assert snapshot(fresh) == snapshot(demo)
    again = verkosto(fresh, "fhir", "--import", str(out), lang="en")
    assert again.returncode == 0, again.stderr
    assert "0 added, 0 updated" in again.stdout and "Skipped" not in again.stdout
    assert snapshot(fresh) == snapshot(demo)
    planner = with_planner(fresh)
    try:
        cid = planner.clients.search("")[0].id or 0
        imports = [e for e in planner.audit.for_extract(cid) if e.entity == "fhir_import"]
    finally:
        planner.close()
    assert [str(e.action) for e in imports] == ["update", "create"]  # newest first


def test_newer_data_here_is_not_overwritten_and_the_report_says_why(
        stores: tuple[Path, Path], tmp_path: Path) -> None:
    demo, fresh = stores
    out = tmp_path / "handover.json"
    export(demo, out, "--include-hetu")
    assert verkosto(fresh, "fhir", "--import", str(out)).returncode == 0
    planner = with_planner(fresh)
    try:
        cid = planner.clients.search("")[0].id or 0
        meeting = next(m for m in planner.meetings.list(client_id=cid)
                       if m.status != MeetingStatus.HELD)
        planner.meetings.set_status(meeting.id, MeetingStatus.CANCELLED)
        plan, version = planner.plans.for_client(cid)[0]
        if str(version.status) == "draft":
            planner.plans.agree(version.id or 0)
        newer = planner.plans.new_version(plan.id or 0)
    finally:
        planner.close()
    ran = verkosto(fresh, "fhir", "--import", str(out), lang="en")
    assert ran.returncode == 0, ran.stderr
    assert "this store has a newer change" in ran.stdout
    assert "this store has a newer version of the plan" in ran.stdout
    planner = with_planner(fresh)
    try:
        assert planner.meetings.list(client_id=cid)
        still = next(m for m in planner.meetings.list(client_id=cid)
                     if m.id == meeting.id)
        assert still.status == MeetingStatus.CANCELLED
        assert planner.plans.for_client(cid)[0][1].number == newer.number
    finally:
        planner.close()


def test_without_a_hetu_the_import_names_the_candidates_until_a_client_is_chosen(
        stores: tuple[Path, Path], tmp_path: Path) -> None:
    demo, fresh = stores
    with_hetu, without = tmp_path / "h.json", tmp_path / "n.json"
    export(demo, with_hetu, "--include-hetu")
    export(demo, without)
    assert verkosto(fresh, "fhir", "--import", str(with_hetu)).returncode == 0
    before = snapshot(fresh)
    refused = verkosto(fresh, "fhir", "--import", str(without), lang="sv")
    assert refused.returncode == 3
    assert "Jari Tapani Mäkinen" in refused.stderr and "--client" in refused.stderr
    assert "Ingenting ändrades" in refused.stderr
    cid = client_id(fresh)
    chosen = verkosto(fresh, "fhir", "--import", str(without), "--client", str(cid))
    assert chosen.returncode == 0, chosen.stderr
    assert snapshot(fresh) == before
    unknown = verkosto(fresh, "fhir", "--import", str(without), "--client", "424242")
    assert unknown.returncode == 4
    # the hurried user names the wrong client for a bundle whose HETU is someone else's
    planner = with_planner(fresh)
    try:
        from planner.services import ClientInput
        other = planner.clients.create(ClientInput(first_names="Eri", last_name="Henkilö"))
    finally:
        planner.close()
    wrong = verkosto(fresh, "fhir", "--import", str(with_hetu), "--client", str(other.id))
    assert wrong.returncode == 3 and "eri henkilötunnus" in wrong.stderr
    assert snapshot(fresh) == before


def _hostile(data: dict, how: str) -> bytes:
    data = json.loads(json.dumps(data))
    entries = data["entry"]
    if how == "another app":
        del data["meta"]
    elif how == "wrong type":
        entries[1]["resource"]["resourceType"] = "MedicationRequest"
    elif how == "reference outside":
        task = next(e for e in entries if e["resource"]["resourceType"] == "Task")
        task["resource"]["for"] = {"reference": "https://evil.example/Patient/1"}
    elif how == "relative reference":
        plan = next(e for e in entries if e["resource"]["resourceType"] == "CarePlan")
        plan["resource"]["subject"] = {"reference": "Patient/1"}
    elif how == "two patients":
        entries.append({"fullUrl": "urn:uuid:0", "resource": dict(entries[0]["resource"])})
    elif how == "bad date":
        appt = next(e for e in entries if e["resource"]["resourceType"] == "Appointment")
        appt["resource"]["start"] = "tomorrow"
    elif how == "agency is a patient":
        consent = next(e for e in entries if e["resource"]["resourceType"] == "Consent")
        consent["resource"]["provision"]["actor"][0]["reference"] = {
            "reference": entries[0]["fullUrl"]}
    elif how == "not a bundle":
        return json.dumps(entries[0]["resource"]).encode()
    elif how == "deep":
        return b'{"resourceType": "Bundle", "entry": ' + b"[" * 50_000 + b"]" * 50_000 + b"}"
    elif how == "broken":
        return json.dumps(data).encode()[:-40]
    elif how == "latin-1":
        return json.dumps(data, ensure_ascii=False).encode("latin-1", "replace")
    return json.dumps(data).encode()


HOSTILE = ["another app", "wrong type", "reference outside", "relative reference",
           "two patients", "bad date", "agency is a patient", "not a bundle", "deep", "broken",
           "latin-1"]


def test_hostile_bundles_are_refused_whole_and_change_nothing(
        stores: tuple[Path, Path], tmp_path: Path) -> None:
    demo, fresh = stores
    data = export(demo, tmp_path / "b.json", "--include-hetu")
    for how in HOSTILE:
        path = tmp_path / f"{how}.json"
        path.write_bytes(_hostile(data, how))
        ran = verkosto(fresh, "fhir", "--import", str(path), lang="en")
        assert ran.returncode == 3, (how, ran.stdout, ran.stderr)
        assert "Nothing was changed" in ran.stderr, (how, ran.stderr)
        assert "Traceback" not in ran.stderr
    huge = tmp_path / "huge.json"
    with huge.open("wb") as f:
        f.truncate(21 * 1024 * 1024)
    assert verkosto(fresh, "fhir", "--import", str(huge)).returncode == 35
    planner = with_planner(fresh)
    try:
        assert planner.clients.search("") == []
    finally:
        planner.close()


def test_usage_wants_either_an_export_or_an_import(stores: tuple[Path, Path],
                                                   tmp_path: Path) -> None:
    demo, _ = stores
    assert verkosto(demo, "fhir", "3").returncode == 2
    assert verkosto(demo, "fhir", "3", "--out", str(tmp_path / "x.json"), "--import",
                    str(tmp_path / "y.json")).returncode == 2
    assert verkosto(demo, "fhir", "424242", "--out", str(tmp_path / "x.json")).returncode == 4
    assert not (tmp_path / "x.json").exists()


def test_any_value_of_another_shape_is_a_refusal_never_a_crash(
        stores: tuple[Path, Path], tmp_path: Path) -> None:
    """Every element of every resource, and every element one level inside, replaced by a
    value of each other JSON shape: the reader returns a case or refuses, nothing else."""
    from exports.fhir.reader import read_case
    from planner.handover import BundleRefused

    demo, _ = stores
    data = export(demo, tmp_path / "b.json", "--include-hetu")
    read_case(json.dumps(data).encode())  # as written: fine
    odd: list[object] = [None, 7, "x", [{}], {"reference": 3}]
    tried = 0
    for index, entry in enumerate(data["entry"]):
        resource = entry["resource"]
        paths: list[tuple[str, ...]] = [(k,) for k in resource if k != "resourceType"]
        paths += [(k, i) for k, v in resource.items() if isinstance(v, dict) for i in v]
        for path in paths:
            for value in odd:
                copy = json.loads(json.dumps(data))
                target = copy["entry"][index]["resource"]
                for step in path[:-1]:
                    target = target[step]
                target[path[-1]] = value
                with contextlib.suppress(BundleRefused):
                    read_case(json.dumps(copy).encode())
                tried += 1
    assert tried > 800


def test_a_change_made_later_where_the_case_came_from_comes_through_on_a_new_import(
        stores: tuple[Path, Path], tmp_path: Path) -> None:
    demo, fresh = stores
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    export(demo, first, "--include-hetu")
    assert verkosto(fresh, "fhir", "--import", str(first)).returncode == 0
    planner = with_planner(demo)
    try:
        cid = next(c.id for c in planner.clients.search("") if c.hetu == FATHER_HETU)
        meeting = next(m for m in planner.meetings.list(client_id=cid)
                       if m.status != MeetingStatus.HELD)
        planner.meetings.set_status(meeting.id, MeetingStatus.CANCELLED)
        action = next(a for a in planner.actions.list(client_id=cid, open_only=True))
        planner.actions.set_status(action.id, ActionStatus.DONE, "Hoidettu puhelimitse.")
        consent = next(v.consent for v in planner.consents.for_client(cid)
                       if v.consent.withdrawn_at is None)
        planner.consents.withdraw(consent.id or 0)
    finally:
        planner.close()
    export(demo, second, "--include-hetu")
    ran = verkosto(fresh, "fhir", "--import", str(second), lang="en")
    assert ran.returncode == 0, ran.stderr
    # the meeting, the action finished there and the withdrawal (never undone) come through
    assert "0 added, 3 updated" in ran.stdout and "Skipped" not in ran.stdout
    assert snapshot(fresh) == snapshot(demo)


def test_a_temporary_hetu_is_marked_temporary(stores: tuple[Path, Path],
                                               tmp_path: Path) -> None:
    demo, _ = stores
    newcomer = client_id(demo, "010101A953E")  # the demo's Ahmad Rahimi: a temporary code
    data = export(demo, tmp_path / "t.json", "--include-hetu", who=newcomer)
    patient = data["entry"][0]["resource"]
    assert patient["identifier"][0] == {"use": "temp", "system": "urn:oid:1.2.246.21",
                                        "value": "010101A953E"}


def test_importing_a_bundle_back_into_the_store_it_came_from_changes_nothing(
        stores: tuple[Path, Path], tmp_path: Path) -> None:
    """The hurried user picks the wrong store: their own. Every row is matched, none added."""
    demo, _ = stores
    out = tmp_path / "own.json"
    export(demo, out, "--include-hetu")
    before = snapshot(demo)
    ran = verkosto(demo, "fhir", "--import", str(out), lang="en")
    assert ran.returncode == 0, ran.stderr
    assert "0 added, 0 updated" in ran.stdout and "Skipped" not in ran.stdout
    assert snapshot(demo) == before


def test_a_new_client_without_plan_or_meetings_still_makes_a_valid_bundle(
        planner: Planner) -> None:
    from exports.fhir.export import bundle_bytes
    from planner.services import ClientInput

    client = planner.clients.create(ClientInput(first_names="Uusi", last_name="Asiakas"))
    raw, count = bundle_bytes(planner, client.id or 0, include_hetu=True)
    bundle = Bundle.model_validate_json(raw)
    assert count == 2 and [e.resource.get_resource_type() for e in bundle.entry] == [
        "Patient", "CareTeam"]


def test_a_consent_covering_other_agencies_here_is_kept_and_named(
        stores: tuple[Path, Path], tmp_path: Path) -> None:
    demo, _ = stores
    data = export(demo, tmp_path / "b.json", "--include-hetu")
    consent = next(e["resource"] for e in data["entry"]
                   if e["resource"]["resourceType"] == "Consent")
    consent["provision"]["actor"] = consent["provision"]["actor"][:1]  # fewer agencies there
    edited = tmp_path / "fewer.json"
    edited.write_text(json.dumps(data), "utf-8")
    before = snapshot(demo)
    ran = verkosto(demo, "fhir", "--import", str(edited), lang="en")
    assert ran.returncode == 0, ran.stderr
    assert "Skipped (consent)" in ran.stdout and "changed differently in this store" in ran.stdout
    assert snapshot(demo) == before


# --- earlier plan versions ------------------------------------------------------------------
def _three_versions(planner: Planner) -> None:
    """Korhonen's plan: version 1 agreed, version 2 agreed, version 3 a draft."""
    from tests.support.plan_versions import korhonen, second_version

    second_version(planner)
    plan, version = planner.plans.for_client(korhonen(planner))[0]
    planner.plans.agree(version.id or 0)
    planner.plans.new_version(plan.id or 0)


def _versions(data_dir: Path, hetu: str = "140341-") -> list[tuple[object, ...]]:
    """Every version of the client's plans: number, status, texts, agreement, goals, services."""
    planner = with_planner(data_dir)
    try:
        cid = next(c.id for c in planner.clients.search("Korhonen"))
        out = []
        for plan, newest in planner.plans.for_client(cid):
            for number in range(1, newest.number + 1):
                view = planner.plans.view(plan.id or 0, number)
                if view.version.number != number:
                    out.append((plan.title, number, "missing"))
                    continue
                v = view.version
                out.append((plan.title, v.number, str(v.status), v.situation, v.service_needs,
                            v.review_date, v.created_at, v.agreed_at, v.agreed_by,
                            [(g.description, g.target_date, str(g.status)) for g in view.goals],
                            sorted(s.service_code for s in view.services)))
        return out
    finally:
        planner.close()


def _korhonen_bundle(demo: Path, out: Path) -> dict:
    planner = with_planner(demo)
    try:
        _three_versions(planner)
        cid = next(c.id for c in planner.clients.search("Korhonen"))
    finally:
        planner.close()
    return export(demo, out, "--include-hetu", who=cid)


def test_every_plan_version_travels_the_earlier_ones_revoked_and_replaced_by_the_next(
        stores: tuple[Path, Path], tmp_path: Path) -> None:
    demo, _ = stores
    data = _korhonen_bundle(demo, tmp_path / "k.json")
    bundle = Bundle.model_validate(data)
    urls = {e.fullUrl for e in bundle.entry}
    assert set(references(data)) <= urls, "a reference leads outside the bundle"
    by_url = {e["fullUrl"]: e["resource"] for e in data["entry"]}
    plans = {p["meta"]["versionId"]: (u, p) for u, p in by_url.items()
             if p["resourceType"] == "CarePlan"}
    assert sorted(plans) == ["1", "2", "3"]
    (u1, v1), (u2, v2), (u3, v3) = plans["1"], plans["2"], plans["3"]
    assert (v1["status"], v2["status"], v3["status"]) == ("revoked", "revoked", "draft")
    assert "replaces" not in v1
    assert v2["replaces"] == [{"reference": u1}] and v3["replaces"] == [{"reference": u2}]
    agreed = [next(e["valueDateTime"] for e in p["extension"] if e["url"].endswith(
        "plan-agreed")) for p in (v1, v2)]
    assert agreed[0] < agreed[1]
    # each version's own goals, referenced from it: version 2 achieved the medicines goal
    goals = {n: [by_url[g["reference"]] for g in p["goal"]] for n, (_, p) in plans.items()}
    assert all(g["resourceType"] == "Goal" for gs in goals.values() for g in gs)
    assert len(goals["2"]) == len(goals["1"]) + 1
    medicines = [[g["lifecycleStatus"] for g in goals[n]
                  if g["description"]["text"].startswith("Lääkkeet")] for n in "12"]
    assert medicines[0] != ["completed"] and medicines[1] == ["completed"]
    # meetings and tasks still point at the plan's newest version
    appts = [p for p in by_url.values() if p["resourceType"] == "Appointment"
             and p.get("supportingInformation")]
    assert appts and {a["supportingInformation"][0]["reference"] for a in appts} == {u3}
    assert "activity" in v3 and all(a["detail"]["kind"] == "ServiceRequest"
                                    for a in v1.get("activity", []))


def test_a_round_trip_keeps_every_version_and_its_number_and_an_old_export_still_imports(
        stores: tuple[Path, Path], tmp_path: Path) -> None:
    demo, fresh = stores
    full = tmp_path / "full.json"
    data = _korhonen_bundle(demo, full)
    # an export from before versions travelled: the newest CarePlan only, no replaces
    earlier = {e["fullUrl"] for e in data["entry"] if e["resource"]["resourceType"]
               == "CarePlan" and e["resource"]["status"] == "revoked"}
    earlier_goals = {g["reference"] for e in data["entry"] if e["fullUrl"] in earlier
                     for g in e["resource"].get("goal", [])}
    old = json.loads(json.dumps(data))
    old["entry"] = [e for e in old["entry"] if e["fullUrl"] not in earlier | earlier_goals]
    for e in old["entry"]:
        e["resource"].pop("replaces", None)
    latest_only = tmp_path / "old.json"
    latest_only.write_text(json.dumps(old), "utf-8")
    ran = verkosto(fresh, "fhir", "--import", str(latest_only), lang="en")
    assert ran.returncode == 0, ran.stderr
    versions = _versions(fresh)
    assert [v[1:3] for v in versions] == [(1, "missing"), (2, "missing"), (3, "draft")]

    # the full export then brings the history in under it, the newest left as it is
    ran = verkosto(fresh, "fhir", "--import", str(full), lang="en")
    assert ran.returncode == 0, ran.stderr
    assert "Skipped" not in ran.stdout
    assert _versions(fresh) == _versions(demo)
    assert [v[1:3] for v in _versions(fresh)] == [(1, "agreed"), (2, "agreed"), (3, "draft")]
    again = verkosto(fresh, "fhir", "--import", str(full), lang="en")
    assert "0 added, 0 updated" in again.stdout and _versions(fresh) == _versions(demo)


def test_a_full_bundle_into_an_empty_store_gives_the_versions_in_order(
        stores: tuple[Path, Path], tmp_path: Path) -> None:
    demo, fresh = stores
    full = tmp_path / "full.json"
    _korhonen_bundle(demo, full)
    ran = verkosto(fresh, "fhir", "--import", str(full), lang="en")
    assert ran.returncode == 0, ran.stderr
    assert _versions(fresh) == _versions(demo)
    assert [v[1] for v in _versions(fresh)] == [1, 2, 3]


@pytest.mark.parametrize("how", ["loop", "twice replaced", "another plan", "number rises"])
def test_a_broken_chain_of_versions_is_refused_whole(stores: tuple[Path, Path], tmp_path: Path,
                                                     how: str) -> None:
    from exports.fhir.reader import read_case
    from planner.handover import BundleRefused

    demo, _ = stores
    data = _korhonen_bundle(demo, tmp_path / "k.json")
    plans = {e["resource"]["meta"]["versionId"]: e for e in data["entry"]
             if e["resource"]["resourceType"] == "CarePlan"}
    if how == "loop":
        plans["1"]["resource"]["replaces"] = [{"reference": plans["3"]["fullUrl"]}]
    elif how == "twice replaced":
        plans["3"]["resource"]["replaces"] = [{"reference": plans["1"]["fullUrl"]}]
    elif how == "another plan":
        plans["2"]["resource"]["title"] = "Toinen suunnitelma"
    elif how == "number rises":
        plans["1"]["resource"]["meta"]["versionId"] = "7"
    with pytest.raises(BundleRefused):
        read_case(json.dumps(data).encode())
