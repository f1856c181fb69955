"""Income effects known beforehand (issue 15): notes round-trip, refusals in words, the audit
log, the hint firing and clearing, the rules file, and migration 0010 up and down."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from importlib import resources
from pathlib import Path

import pytest
from alembic import command
from keyring.backends.fail import Keyring as FailKeyring
from sqlalchemy import inspect, text

from planner.crypto.vault import KeyringVault
from planner.domain.income_effects import ActionKind, IncomeChange
from planner.errors import ValidationFailed
from planner.income_effects import for_client
from planner.income_rules import RulesFileError, income_rules, parse_rules, unknown_codes
from planner.services import (
    ActionInput,
    IncomeEffectInput,
    PlanDraft,
    Planner,
    ServiceInput,
)
from planner.storage import migrate
from planner.storage.store import Store, open_store
from tests.conftest import PASSPHRASE
from tests.factories import build_network

pytestmark = pytest.mark.both_engines  # the local store and the team store (issue 17)

NOW = datetime(2026, 12, 3, 10, tzinfo=UTC)
TODAY = date(2026, 12, 3)
BENEFITS = ("kela.labour_market_subsidy", "kela.general_housing_allowance")


@pytest.fixture
def pinned(store: Store) -> Planner:
    return Planner(store, clock=lambda: NOW)


def _client_with_plan(planner: Planner, lines: tuple[str, ...] = BENEFITS) -> tuple[int, int]:
    net = build_network(planner)
    cid = net.client.id or 0
    version = planner.plans.create(cid, "Työkyvyn tuki", PlanDraft(
        services=[ServiceInput(code) for code in lines]))
    return cid, version.plan_id


def _action(planner: Planner, cid: int, kind: ActionKind, text_: str = "Työkokeilu") -> int:
    return planner.actions.record(ActionInput(cid, text_, responsible_name="Asiakas itse",
                                              kind=kind)).id or 0


def _note(subject: dict[str, object], code: str = "kela.labour_market_subsidy",
          change: IncomeChange = IncomeChange.CONTINUES, **changes: object) -> IncomeEffectInput:
    values: dict[str, object] = dict(
        benefit_code=code, change=change, reason="Työkokeilu on työllistymistä edistävä palvelu.",
        checked_by="Katja Salonen", checked_on=date(2026, 12, 1), amount_note="")
    values.update(subject)
    values.update(changes)
    return IncomeEffectInput(**values)  # type: ignore[arg-type]


def test_a_note_round_trips_is_replaced_per_benefit_and_removed_with_the_log(
        pinned: Planner) -> None:
    cid, _plan = _client_with_plan(pinned)
    action = _action(pinned, cid, ActionKind.WORK_TRIAL)
    first = pinned.income_effects.record(_note({"action_id": action},
                                               amount_note="kulukorvaus lisäksi"))
    again = pinned.income_effects.record(_note({"action_id": action},
                                               change=IncomeChange.CHANGES, reason="Muuttuu."))
    assert again.id == first.id  # one note per benefit and subject: the second replaces it
    (row,) = pinned.income_effects.for_client(cid).notes
    assert (row.action_id, row.benefit_code, row.change, row.reason, row.amount_note,
            row.checked_by, row.checked_on) == (
        action, "kela.labour_market_subsidy", IncomeChange.CHANGES, "Muuttuu.",
        "", "Katja Salonen", date(2026, 12, 1))
    pinned.income_effects.remove(row.id)
    assert pinned.income_effects.for_client(cid).notes == ()
    logged = [(e.action, e.entity) for e in pinned.audit.for_client(cid)
              if e.entity == "income_effect"]
    assert ("create", "income_effect") in logged
    assert ("update", "income_effect") in logged
    assert ("delete", "income_effect") in logged
    assert ("view", "income_effect") in logged


@pytest.mark.parametrize(("changes", "field", "finnish"), [
    ({"reason": "   "}, "reason", "pakollinen"),
    ({"checked_by": ""}, "checked_by", "pakollinen"),
    ({"change": "maybe"}, "change", "jatkuuko"),
    ({"checked_on": date(2026, 12, 4)}, "checked_on", "tulevaisuudessa"),
    ({"benefit_code": "other.social_work"}, "benefit_code", "ei ole etuus"),
    ({"benefit_code": "kela.no_such_thing"}, "benefit_code", "ei ole etuus"),
    ({"reason": "x" * 2001}, "reason", "2000"),
])
def test_bad_input_is_refused_in_words_and_nothing_is_stored(
        pinned: Planner, changes: dict[str, object], field: str, finnish: str) -> None:
    cid, _plan = _client_with_plan(pinned)
    action = _action(pinned, cid, ActionKind.WORK_TRIAL)
    with pytest.raises(ValidationFailed) as failure:
        pinned.income_effects.record(_note({"action_id": action}, **changes))
    (error,) = failure.value.errors
    assert error.field == field
    assert finnish in error.message("fi")
    assert error.message("sv") != error.message("fi")
    assert pinned.income_effects.for_client(cid).notes == ()


def test_a_note_needs_exactly_one_subject_and_a_line_the_plan_has(pinned: Planner) -> None:
    cid, plan = _client_with_plan(pinned)
    action = _action(pinned, cid, ActionKind.WORK_TRIAL)
    for subject in ({}, {"action_id": action, "plan_id": plan,
                         "plan_line_code": "kela.labour_market_subsidy"},
                    {"plan_id": plan}):
        with pytest.raises(ValidationFailed) as failure:
            pinned.income_effects.record(_note(subject))
        assert "joko toimenpiteelle" in failure.value.errors[0].message("fi")
    with pytest.raises(ValidationFailed) as failure:
        pinned.income_effects.record(_note({"plan_id": plan,
                                            "plan_line_code": "kela.vocational_rehabilitation"}))
    assert "ei ole riviä" in failure.value.errors[0].message("fi")


def test_the_hint_fires_for_a_kind_that_touches_the_plans_benefits_and_clears(
        pinned: Planner) -> None:
    cid, _plan = _client_with_plan(pinned)
    trial = _action(pinned, cid, ActionKind.WORK_TRIAL, "Työkokeilu kirjastossa")
    _action(pinned, cid, ActionKind.OTHER, "Lääkärinlausunto")  # no rule: never a hint
    reading = pinned.income_effects.for_client(cid)
    (hint,) = reading.unchecked
    assert (hint.action_id, hint.subject) == (trial, "Työkokeilu kirjastossa")
    assert set(hint.benefits) == set(BENEFITS)
    assert all(rule.sources for rule in hint.rules)
    words = for_client(pinned, cid, "fi").unchecked[0]
    assert words.line == "Tulovaikutusta ei ole selvitetty: Työkokeilu kirjastossa"
    assert "Työmarkkinatuki" in words.may_affect
    assert any("https://www.kela.fi/" in source for source in words.sources)
    assert for_client(pinned, cid, "sv").unchecked[0].line.startswith(
        "Inkomstpåverkan har inte utretts")

    other = [a.id for a in pinned.actions.list(client_id=cid) if a.id != trial]
    assert pinned.income_effects.unchecked_actions([trial, *other]) == {trial}

    pinned.income_effects.record(_note({"action_id": trial}))
    assert pinned.income_effects.for_client(cid).unchecked == ()
    assert pinned.income_effects.unchecked_actions([trial, *other]) == frozenset()


def test_no_hint_without_income_benefits_on_the_plan_nor_for_a_done_action(
        pinned: Planner) -> None:
    cid, _plan = _client_with_plan(pinned, ("other.social_work",))
    _action(pinned, cid, ActionKind.WORK_TRIAL)
    assert pinned.income_effects.for_client(cid).unchecked == ()


def test_a_plan_line_note_survives_saving_the_draft_and_clears_its_hint(
        pinned: Planner) -> None:
    lines = (*BENEFITS, "kela.vocational_rehabilitation")
    cid, plan = _client_with_plan(pinned, lines)
    (hint,) = pinned.income_effects.for_client(cid).unchecked
    assert (hint.plan_id, hint.plan_line_code) == (plan, "kela.vocational_rehabilitation")
    pinned.income_effects.record(_note({"plan_id": plan,
                                        "plan_line_code": "kela.vocational_rehabilitation"}))
    view = pinned.plans.view(plan)
    pinned.plans.update_draft(view.version.id or 0, PlanDraft(
        situation="Uusi tilanne", services=[ServiceInput(code) for code in lines]))
    reading = pinned.income_effects.for_client(cid)
    assert reading.unchecked == ()
    (group,) = for_client(pinned, cid, "fi").groups
    assert group.subject == "Suunnitelmassa: Ammatillinen kuntoutus"
    assert group.effects[0].line == "Työmarkkinatuki: jatkuu"
    assert group.effects[0].checked == "Selvittänyt Katja Salonen 1.12.2026"


def test_an_action_records_its_kind_and_an_unknown_kind_is_refused(pinned: Planner) -> None:
    cid, _plan = _client_with_plan(pinned)
    _action(pinned, cid, ActionKind.MOVING_HOUSE)
    (row,) = pinned.actions.list(client_id=cid)
    assert row.kind == ActionKind.MOVING_HOUSE
    with pytest.raises(ValidationFailed) as failure:
        pinned.actions.record(ActionInput(cid, "x", responsible_name="A",
                                          kind="lottery"))  # type: ignore[arg-type]
    assert failure.value.errors[0].field == "kind"


# --- the rules file ------------------------------------------------------------------------
def test_every_rule_names_a_source_and_codes_of_the_code_list(planner: Planner) -> None:
    rules = income_rules()
    assert {kind for rule in rules for kind in rule.action_kinds} == set(ActionKind) - {
        ActionKind.OTHER}
    for rule in rules:
        assert rule.sources and all(s.url.startswith("https://") and s.title
                                    for s in rule.sources)
        assert all("Tarkista" in rule.hint["fi"] and "Check" in rule.hint["en"]
                   for rule in rules)  # a hint, never a promise
    kinds = {c.code: str(c.kind) for c in planner.plans.service_codes()}
    assert unknown_codes(rules, kinds) == []


def _shipped() -> dict[str, object]:
    source = resources.files("resources").joinpath("income_effects", "rules.json")
    data: dict[str, object] = json.loads(source.read_bytes())
    return data


def test_a_rule_with_an_unknown_benefit_code_is_caught(planner: Planner) -> None:
    data = _shipped()
    rules = data["rules"]
    assert isinstance(rules, list)
    rules[0]["benefits"] = ["kela.labour_market_subsidy", "kela.lottery_win"]
    rules[1]["plan_lines"] = ["other.social_work", "other.no_such_service"]
    kinds = {c.code: str(c.kind) for c in planner.plans.service_codes()}
    problems = unknown_codes(parse_rules(data), kinds)
    assert problems == [f"{rules[0]['id']}: benefit kela.lottery_win",
                        f"{rules[1]['id']}: plan line other.no_such_service"]
    rules[0]["benefits"] = ["other.social_work"]  # a service, not a benefit
    assert unknown_codes(parse_rules(data), kinds)


@pytest.mark.parametrize(("key", "value", "message"), [
    ("sources", [], "known sources"),
    ("sources", ["no_such_source"], "known sources"),
    ("action_kind", "lottery", "lottery"),
    ("action_kind", "other", "other"),
    ("hint", {"fi": "Tarkista."}, "every language"),
    ("benefits", [], "no benefit"),
])
def test_a_malformed_rule_is_refused(key: str, value: object, message: str) -> None:
    data = _shipped()
    rules = data["rules"]
    assert isinstance(rules, list)
    rules[0][key] = value
    with pytest.raises(RulesFileError, match=message):
        parse_rules(data)


def test_a_source_without_an_address_is_refused() -> None:
    data = _shipped()
    sources = data["sources"]
    assert isinstance(sources, dict)
    next(iter(sources.values()))["url"] = ""
    with pytest.raises(RulesFileError, match="https url"):
        parse_rules(data)


# --- migration 0010 --------------------------------------------------------------------------
def test_migration_0010_goes_down_and_up_again_on_a_real_store(data_dir: Path) -> None:
    def open_() -> Store:
        return open_store(data_dir, vault=KeyringVault(FailKeyring()),
                          passphrase=lambda: PASSPHRASE)

    store = open_()
    planner = Planner(store, clock=lambda: NOW)
    cid, _plan = _client_with_plan(planner)
    action = _action(planner, cid, ActionKind.WORK_TRIAL)
    planner.income_effects.record(_note({"action_id": action}))
    with store.engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), "0009")
    with store.engine.connect() as conn:
        assert "income_effect" not in inspect(conn).get_table_names()
        assert "kind" not in {c["name"] for c in inspect(conn).get_columns("agreed_action")}
    store.close()

    store = open_()  # upgraded again on opening: the action is kept, as "other"
    try:
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        with store.engine.connect() as conn:
            assert conn.execute(text("SELECT kind FROM agreed_action")).all() == [("OTHER",)]
            assert conn.execute(text("SELECT count(*) FROM income_effect")).scalar_one() == 0
    finally:
        store.close()


def test_the_client_s_log_says_what_was_done_in_words(pinned: Planner) -> None:
    from planner.audit_text import describe

    cid, _plan = _client_with_plan(pinned)
    action = _action(pinned, cid, ActionKind.WORK_TRIAL)
    pinned.income_effects.record(_note({"action_id": action}))
    pinned.income_effects.for_client(cid)
    said = {describe(e, "fi") for e in pinned.audit.for_client(cid) if e.entity == "income_effect"}
    assert said == {"Kirjattu tulovaikutus", "Katsottu tulovaikutuksia"}
