"""Issue 14, meeting types: the built-ins in fi/sv/en, the user's own stored, copied, deleted,
exported and imported (all or nothing: a broken file is refused with each problem named by
its place), and the participants a type proposes from a client's contacts."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from keyring.backends.fail import Keyring as FailKeyring
from sqlmodel import col, select

from planner.crypto.vault import KeyringVault
from planner.domain import AuditEntry
from planner.domain.enums import AuditAction, ParticipantRole
from planner.errors import MeetingTypeFileInvalid, NotFound, ValidationFailed
from planner.meeting_types import builtin_types, follow_up_day, read_set
from planner.meeting_types.exchange import FORMAT, MAX_FILE_BYTES
from planner.messages import CATALOG
from planner.services import Planner
from planner.storage.store import open_store
from tests.conftest import PASSPHRASE
from tests.support.windows import demo_store
from tests.test_cli import verkosto

pytestmark = pytest.mark.both_engines  # the local store and the team store (issue 17)

BUILT_IN = ("network_meeting", "care_meeting", "discharge_meeting", "work_ability_meeting",
            "sickness_day_60", "sickness_day_90_150", "sickness_day_230_300",
            "rehabilitation_planning")


def own(code: str = "team_network", **changes: Any) -> dict[str, Any]:
    data = next(t for t in builtin_types() if t.code == "network_meeting").as_data()
    return {**data, "code": code, "names": {"fi": "Tiimin verkostoneuvottelu"}, **changes}


def document(*types: Any) -> bytes:
    return json.dumps({"format": FORMAT, "schema_version": 1, "types": list(types)}).encode()


def refusal(data: bytes, language: str = "fi") -> str:
    with pytest.raises(MeetingTypeFileInvalid) as failure:
        read_set(data, "tiimi.json")
    return failure.value.message(language)


# --- the built-ins -------------------------------------------------------------------------------
def test_the_built_in_types_are_complete_in_three_languages() -> None:
    types = builtin_types()
    assert tuple(t.code for t in types) == BUILT_IN
    codes = set(BUILT_IN)
    for meeting_type in types:
        assert meeting_type.built_in
        for language in ("fi", "sv", "en"):
            assert meeting_type.names.values[language]
            assert meeting_type.agenda[language]
            assert len(meeting_type.agenda[language]) == len(meeting_type.agenda["fi"])
            assert all(slot.names.values[language] for slot in meeting_type.participants)
            if meeting_type.consent.required:
                assert meeting_type.consent.purpose.values[language]
        assert meeting_type.follow_up is None or meeting_type.follow_up.type_code in codes
    assert types[2].name("fi") == "Kotiutusneuvottelu"
    assert types[2].name("sv") == "Utskrivningsmöte"


def test_the_sickness_allowance_types_follow_each_other_at_the_kela_points() -> None:
    by_code = {t.code: t for t in builtin_types()}
    start = date(2026, 9, 1)
    day_60 = follow_up_day(by_code["work_ability_meeting"], start)  # +60 d, a working day
    assert day_60 == date(2026, 11, 2)  # 31.10. is a Saturday
    follow = by_code["sickness_day_60"].follow_up
    assert follow is not None and follow.type_code == "sickness_day_90_150"
    proposed = follow_up_day(by_code["sickness_day_60"], date(2026, 11, 9), sickness_start=start)
    assert proposed is not None and date(2026, 12, 1) <= proposed <= date(2027, 1, 31)
    # without the allowance's first day there is nothing to count from: no guess
    assert follow_up_day(by_code["sickness_day_60"], date(2026, 11, 9)) is None
    assert follow_up_day(by_code["sickness_day_230_300"], date(2026, 11, 9)) is None


# --- the user's own, in the store ----------------------------------------------------------------
def test_a_copied_and_edited_type_is_stored_audited_and_read_back(planner: Planner) -> None:
    copied = planner.meeting_types.copy("discharge_meeting", "kotiutus_tays")
    assert copied.name("sv") == "Utskrivningsmöte" and not copied.built_in
    changed = {**copied.as_data(), "duration_minutes": 45,
               "names": {"fi": "Kotiutus (Tays)", "sv": "Utskrivning (Tays)"}}
    planner.meeting_types.save(changed)
    again = Planner(planner.store).meeting_types.get("kotiutus_tays")
    assert again.duration_minutes == 45 and again.name("en") == "Kotiutus (Tays)"
    assert again.participants == copied.participants
    assert [t.code for t in planner.meeting_types.list()][-1] == "kotiutus_tays"
    with planner.store.read() as session:
        entries = [(e.action, e.entity, e.entity_id) for e in session.exec(
            select(AuditEntry).where(AuditEntry.entity == "meeting_type").order_by(
                col(AuditEntry.id)))]
    assert entries == [(AuditAction.CREATE, "meeting_type", "kotiutus_tays"),
                       (AuditAction.UPDATE, "meeting_type", "kotiutus_tays")]
    with pytest.raises(ValidationFailed) as taken:  # a hurried second copy overwrites nothing
        planner.meeting_types.copy("network_meeting", "kotiutus_tays")
    assert "valitse kopiolle toinen tunnus" in taken.value.message("fi")
    assert planner.meeting_types.get("kotiutus_tays").duration_minutes == 45
    planner.meeting_types.delete("kotiutus_tays")
    with pytest.raises(NotFound) as gone:
        planner.meeting_types.get("kotiutus_tays")
    assert "Tapaamistyyppiä kotiutus_tays ei" in gone.value.message("fi")


def test_a_new_type_never_replaces_one_and_a_draft_copy_stores_nothing(
        planner: Planner) -> None:
    """The window's New and Copy save with ``new=True``: a code one already has is refused
    (the CLI's import and the editor's Save of one's own type still replace)."""
    planner.meeting_types.save(own("tiimi", duration_minutes=30))
    with pytest.raises(ValidationFailed) as taken:
        planner.meeting_types.save(own("tiimi", duration_minutes=120), new=True)
    assert taken.value.errors[0].field == "type.code"
    assert "valitse toinen tunnus" in taken.value.message("fi")
    assert planner.meeting_types.get("tiimi").duration_minutes == 30
    planner.meeting_types.save(own("tiimi", duration_minutes=45))  # editing one's own
    assert planner.meeting_types.get("tiimi").duration_minutes == 45

    draft = planner.meeting_types.draft_copy("discharge_meeting")
    assert draft["code"] == "discharge_meeting_2"
    assert draft["names"] == {"fi": "Kotiutusneuvottelu (kopio)",
                              "sv": "Utskrivningsmöte (kopia)", "en": "Discharge meeting (copy)"}
    planner.meeting_types.save(draft, new=True)
    assert planner.meeting_types.draft_copy("discharge_meeting")["code"] == "discharge_meeting_3"
    assert [t.code for t in planner.meeting_types.user_types()] == ["discharge_meeting_2",
                                                                     "tiimi"]
    shared = document(own("tiimi"), own("uusi"))
    assert [t.code for t in planner.meeting_types.would_replace(shared, "t.json")] == ["tiimi"]
    with pytest.raises(MeetingTypeFileInvalid):
        planner.meeting_types.would_replace(shared[:-20], "t.json")


def test_built_in_types_cannot_be_changed_or_deleted_only_copied(planner: Planner) -> None:
    with pytest.raises(ValidationFailed) as saved:
        planner.meeting_types.save({**own(), "code": "discharge_meeting"})
    assert "sisäänrakennettu" in saved.value.message("fi")
    with pytest.raises(ValidationFailed) as deleted:
        planner.meeting_types.delete("network_meeting")
    assert "copy it to a new code" in deleted.value.message("en")
    assert planner.meeting_types.user_types() == []


def test_a_type_a_follow_up_still_names_is_not_deleted(planner: Planner) -> None:
    planner.meeting_types.save(own("first_call"))
    planner.meeting_types.save(own("intake", follow_up={"type": "first_call", "rule": "+7d"}))
    with pytest.raises(ValidationFailed) as refused:
        planner.meeting_types.delete("first_call")
    assert "intake" in refused.value.message("sv")
    assert planner.meeting_types.get("first_call").code == "first_call"


def test_a_hurried_users_type_is_refused_field_by_field(planner: Planner) -> None:
    bad = own("x", duration_minutes="60", mode="video",
              participants=[{"code": "home", "names": {"fi": "Kotihoito"},
                             "roles": ["home_care_nurse"], "agency_kinds": []}])
    with pytest.raises(ValidationFailed) as refused:
        planner.meeting_types.save(bad)
    fields = {error.field for error in refused.value.errors}
    assert fields == {"type.code", "type.duration_minutes", "type.mode",
                      "type.participants[0].roles[0]"}
    assert 'tuntematon osallistujan rooli "home_care_nurse"' in refused.value.message("fi")
    assert planner.meeting_types.user_types() == []


# --- the file a team shares ----------------------------------------------------------------------
def test_own_types_round_trip_through_the_json_file(planner: Planner, tmp_path: Path) -> None:
    planner.meeting_types.copy("rehabilitation_planning", "kuntoutus_tyks")
    planner.meeting_types.save(own(follow_up={"type": "kuntoutus_tyks", "rule": "+30d"}))
    exported = planner.meeting_types.export_data()
    assert json.loads(exported)["schema_version"] == 1
    before = planner.meeting_types.user_types()
    for code in ("team_network", "kuntoutus_tyks"):
        planner.meeting_types.delete(code)
    result = planner.meeting_types.import_data(exported, "tiimi.json")
    assert set(result.added) == {"team_network", "kuntoutus_tyks"} and not result.replaced
    assert planner.meeting_types.user_types() == before
    again = planner.meeting_types.import_data(exported, "tiimi.json")
    assert set(again.replaced) == {"team_network", "kuntoutus_tyks"}


@pytest.mark.parametrize(("data", "expected"), [
    (document(own())[:-30], "tiedosto loppuu kesken"),
    (b"<html><body>tapaamistyypit</body></html>", "ei ole JSON-muotoinen (virhe rivill\u00e4 1"),
    (b"\xff\xfe\x00t\x00y", "ei ole UTF-8-teksti\u00e4"),
    (b"[" * 100_000 + b"]" * 100_000, "liian syv\u00e4ll\u00e4"),
    (json.dumps({"format": "ics", "types": []}).encode(), "ei ole Verkoston"),
    (json.dumps({"format": FORMAT, "schema_version": 2, "types": []}).encode(),
     "uudemmalla Verkostolla"),
    (document(own(duration_minutes=True)), "types[0].duration_minutes: kesto \"True\""),
    (document(own(agenda={"fi": "Tilanne"})), "types[0].agenda.fi: pit\u00e4\u00e4 olla luettelo"),
    (document(own(participants=[{"code": "k", "names": {"fi": "K"}, "roles": ["kotihoito"]}])),
     "participants[0].code: tunnus \"k\" ei kelpaa: 2\u201340 merkki\u00e4, pieni\u00e4 kirjaimia "
     "a\u2013z, numeroita ja alaviivoja, alkaa kirjaimella; types[0].participants[0].roles[0]: "
     "tuntematon osallistujan rooli \"kotihoito\""),
    (document(own(), own()),
     "types[1].code: tunnus \"team_network\" on jo k\u00e4yt\u00f6ss\u00e4"),
    (document(own(follow_up={"type": "network_meeting", "rule": "60 days"})),
     "types[0].follow_up.rule: jatkon ajankohta \"60 days\" ei kelpaa"),
    (document(own(extra=1)), "types[0].extra: tuntematon kentt\u00e4"),
    (document(*[own(f"t{n:03}") for n in range(201)]),
     "types: liian monta (enint\u00e4\u00e4n 200)"),
])
def test_a_broken_file_is_refused_naming_what_and_where(data: bytes, expected: str) -> None:
    message = refusal(data)
    assert message.startswith("Tapaamistyyppitiedostoa tiimi.json ei tuotu")
    assert expected in message
    assert message.endswith("Mit\u00e4\u00e4n tiedostosta ei tallennettu.")


def test_a_file_wrong_everywhere_gives_a_readable_message() -> None:
    broken = [own(f"t{n:03}", mode="video") for n in range(150)]
    message = refusal(document(*broken), "en")
    assert message.count("unknown meeting mode") == 20
    assert "and 130 more errors" in message
    assert len(message) < 3000


def test_an_import_with_one_bad_type_saves_none(planner: Planner) -> None:
    planner.meeting_types.save(own("kept", duration_minutes=30))
    data = document(own("kept", duration_minutes=120), own("new_one"),
                    own("discharge_meeting"), own("later", follow_up={"type": "nowhere",
                                                                       "rule": "+7d"}))
    with pytest.raises(MeetingTypeFileInvalid) as refused:
        planner.meeting_types.import_data(data, "tiimi.json")
    message = refused.value.message("en")
    assert 'types[2].code: "discharge_meeting" is a built-in meeting type' in message
    assert 'types[3].follow_up.type: the meeting type "nowhere"' in message
    assert [(t.code, t.duration_minutes) for t in planner.meeting_types.user_types()] == [
        ("kept", 30)]


# --- proposing participants -----------------------------------------------------------------------
@pytest.fixture
def demo(data_dir: Path) -> Iterator[Planner]:
    demo_store(data_dir)
    planner = Planner(open_store(data_dir, vault=KeyringVault(FailKeyring()),
                                 passphrase=lambda: PASSPHRASE, create=False))
    yield planner
    planner.close()


def test_the_discharge_meeting_proposes_her_contacts_and_lists_home_care_missing(
        demo: Planner) -> None:
    aino = next(r.id for r in demo.clients.search("Korhonen"))
    proposal = demo.meeting_types.propose("discharge_meeting", aino)
    proposed = {p.candidate.name: (p.slot.code if p.slot else None) for p in proposal.proposed}
    assert proposed == {"Liisa Mäkelä": "client_social_worker", "Katja Salonen": "kela_expert",
                        "Pekka Laine": "hospital_doctor"}
    assert proposal.proposed[0].candidate.is_case_lead  # the case lead first
    # her health-centre doctor fits no slot of a discharge meeting: not proposed
    assert [slot.code for slot in proposal.missing] == ["ward_staff", "home_care"]
    assert [slot.required for slot in proposal.missing] == [False, True]
    assert proposal.missing[1].names.get("sv") == "Hemvård"


def test_the_case_lead_is_proposed_even_when_no_slot_fits(demo: Planner) -> None:
    aino = next(r.id for r in demo.clients.search("Korhonen"))
    proposal = demo.meeting_types.propose("sickness_day_60", aino)
    assert [(p.candidate.name, p.slot) for p in proposal.proposed][0] == ("Liisa Mäkelä", None)
    assert [p.candidate.role for p in proposal.proposed] == [ParticipantRole.SOCIAL_WORKER,
                                                             ParticipantRole.KELA_EXPERT]
    assert proposal.missing == ()
    with pytest.raises(NotFound):
        demo.meeting_types.propose("discharge_meeting", 2**70)
    with pytest.raises(NotFound):
        demo.meeting_types.propose("no_such_type", aino)


# --- `verkosto meeting-types` ------------------------------------------------------------------
def test_the_command_lists_exports_and_imports(data_dir: Path, tmp_path: Path) -> None:
    demo_store(data_dir, lambda planner: planner.meeting_types.save(own()))
    listed = verkosto("meeting-types", data_dir=data_dir, lang="sv")
    assert listed.returncode == 0, listed.stderr
    assert "Utskrivningsmöte" in listed.stdout and "inbyggd" in listed.stdout
    shown = json.loads(verkosto("meeting-types", "--json", data_dir=data_dir).stdout)
    assert [t["code"] for t in shown][-1] == "team_network" and shown[0]["built_in"]

    out = tmp_path / "tiimi.json"
    assert verkosto("meeting-types", "--export", str(out), data_dir=data_dir).returncode == 0
    assert [t["code"] for t in json.loads(out.read_text())["types"]] == ["team_network"]
    again = verkosto("meeting-types", "--export", str(out), data_dir=data_dir)
    assert again.returncode == 7  # an existing file is not replaced without --force
    assert verkosto("meeting-types", "--export", str(out), "--force",
                    data_dir=data_dir).returncode == 0

    imported = verkosto("meeting-types", "--import", str(out), data_dir=data_dir, lang="en")
    assert imported.returncode == 0, imported.stderr
    assert "0 new, 1 replaced" in imported.stdout

    out.write_bytes(out.read_bytes()[:-40])
    truncated = verkosto("meeting-types", "--import", str(out), data_dir=data_dir)
    assert truncated.returncode == 3 and "loppuu kesken" in truncated.stderr
    huge = tmp_path / "huge.json"
    huge.write_bytes(b" " * (MAX_FILE_BYTES + 1))
    assert verkosto("meeting-types", "--import", str(huge), data_dir=data_dir).returncode == 35
    assert verkosto("meeting-types", "--import", str(tmp_path / "missing.json"),
                    data_dir=data_dir).returncode == 4
    assert verkosto("meeting-types", "--force", data_dir=data_dir).returncode == 3


def test_every_message_code_of_meeting_types_is_translated() -> None:
    import ast
    import re

    root = Path(__file__).resolve().parents[1]
    used = set()
    for path in [*(root / "planner" / "meeting_types").glob("*.py"),
                 root / "planner" / "services" / "meeting_types.py",
                 root / "planner" / "errors.py", root / "cli" / "meeting_type_commands.py"]:
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                    and re.match(r"^meeting_types\.[a-z_]+$", node.value):
                used.add(node.value)
    assert len(used) > 20
    assert used <= set(CATALOG)
