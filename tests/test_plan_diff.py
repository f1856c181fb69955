"""What changed in the joint client plan (issue 14): the comparison of two versions on the
demo store, logged as a view, and `verkosto plan-diff` with its refusals."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backends.fail import Keyring as FailKeyring

from exports.pdf import SummaryData, render_summary
from planner.crypto.vault import KeyringVault
from planner.domain.enums import GoalStatus
from planner.errors import NotFound, ValidationFailed
from planner.plan_diff import GoalSnapshot, compare_goals, word_pieces
from planner.services import ClientInput, PlanDraft, Planner
from planner.storage.store import open_store
from tests.conftest import PASSPHRASE
from tests.support import pdf as support
from tests.support.plan_versions import korhonen, second_version
from tests.support.windows import demo_store
from tests.test_cli import verkosto

pytestmark = pytest.mark.both_engines  # the local store and the team store (issue 17)


@pytest.fixture
def diff_dir(data_dir: Path) -> Path:
    """A copy per test: the audit anchor of the test's own environment follows it."""
    demo_store(data_dir, second_version)
    return data_dir


@pytest.fixture
def opened(diff_dir: Path) -> Iterator[Planner]:
    planner = Planner(open_store(diff_dir, vault=KeyringVault(FailKeyring()),
                                 passphrase=lambda: PASSPHRASE, create=False))
    yield planner
    planner.close()


def test_the_demo_plans_new_version_against_the_agreed_one(opened: Planner) -> None:
    cid = korhonen(opened)
    diff = opened.plan_comparison.compare(cid)
    assert (diff.from_number, diff.from_status, diff.to_number, diff.to_status) == (
        1, "agreed", 2, "draft")
    kinds = {(g.kind, g.description): g.fields for g in diff.goals}
    assert kinds == {
        ("added", "Liikkuu ulkona rollaattorin kanssa"): (),
        ("changed", "Kotihoidon käynnit alkaneet kahdesti viikossa"): (
            "description", "target_date"),
        ("achieved", "Lääkkeet saatu käyttöön"): ("status",)}
    assert [(s.kind, s.code, s.name("fi")) for s in diff.services] == [
        ("added", "kela.intensive_medical_rehabilitation", "Vaativa lääkinnällinen kuntoutus"),
        ("removed", "kela.medicine_payment_commitment", "Maksusitoumus lääkkeisiin")]
    assert [t.field for t in diff.texts] == ["situation"]
    assert "[-jäivät hakematta-] {+on nyt haettu+}" in diff.texts[0].readable()
    assert diff.review_date is not None and diff.review_date[1] > diff.review_date[0]
    logged = [e for e in opened.audit.for_client(cid) if e.entity == "plan_diff"]
    assert [(e.action, e.detail) for e in logged] == [("view", "versions 1 -> 2")]


def test_any_two_versions_either_way_and_the_refusals(opened: Planner) -> None:
    cid = korhonen(opened)
    back = opened.plan_comparison.compare(cid, 2, 1)
    assert {g.kind for g in back.goals} == {"dropped", "changed"}  # the new goal is gone
    with pytest.raises(ValidationFailed) as same:
        opened.plan_comparison.compare(cid, 2, 2)
    assert same.value.errors[0].code == "plan_diff.same_version"
    with pytest.raises(ValidationFailed) as missing:
        opened.plan_comparison.compare(cid, 1, 9)
    assert "versiota 9 (versiot 1–2)" in missing.value.message("fi")
    with pytest.raises(NotFound):
        opened.plan_comparison.compare(10_000)
    newcomer = opened.clients.create(ClientInput("Uusi", "Asiakas"))
    with pytest.raises(NotFound) as none:
        opened.plan_comparison.compare(newcomer.id or 0)
    assert none.value.exit_code == 4
    assert "ei ole asiakassuunnitelmaa" in none.value.message("fi")


def test_the_default_is_the_last_agreed_version_against_the_newest(opened: Planner) -> None:
    cid = korhonen(opened)
    plan, newest = opened.plans.for_client(cid)[0]
    opened.plans.agree(newest.id or 0)
    opened.plans.new_version(plan.id or 0)
    diff = opened.plan_comparison.compare(cid)
    assert (diff.from_number, diff.to_number) == (2, 3) and diff.empty


def test_goals_pair_by_wording_and_a_removed_goal_is_dropped() -> None:
    def goal(text: str, status: str = GoalStatus.ACTIVE) -> GoalSnapshot:
        return GoalSnapshot(text, None, status, "joint")

    changes = compare_goals([goal("Työkokeilu alkaa"), goal("Velkaneuvonta aloitettu")],
                            [goal("Työkokeilu alkaa keväällä"), goal("Asunto haettu")])
    assert [(c.kind, c.description) for c in changes] == [
        ("added", "Asunto haettu"), ("changed", "Työkokeilu alkaa keväällä"),
        ("dropped", "Velkaneuvonta aloitettu")]
    cancelled = compare_goals([goal("A")], [goal("A", GoalStatus.CANCELLED)])
    assert cancelled[0].kind == "dropped"
    assert word_pieces("a b c", "a c d") == (("equal", "a"), ("delete", "b"), ("equal", "c"),
                                             ("insert", "d"))


def test_the_command_in_each_language_and_as_json(diff_dir: Path) -> None:
    fi = verkosto("plan-diff", "1", data_dir=diff_dir)
    assert fi.returncode == 0, fi.stderr
    assert "versio 1 (sovittu) → versio 2 (luonnos)" in fi.stdout
    assert "Saavutettu tavoite: Lääkkeet saatu käyttöön" in fi.stdout
    assert "Poistettu: Maksusitoumus lääkkeisiin" in fi.stdout
    sv = verkosto("plan-diff", "1", data_dir=diff_dir, lang="sv")
    assert "Uppnått mål" in sv.stdout and "Uppföljningsdatum" in sv.stdout
    data = json.loads(verkosto("plan-diff", "1", "--json", data_dir=diff_dir,
                               lang="en").stdout)
    assert list(data) == ["client_id", "plan_id", "plan_title", "from", "to", "goals",
                          "services", "texts", "review_date"]
    assert {s["name"] for s in data["services"]} == {
        "Intensive medical rehabilitation", "Payment commitment for medicines"}


@pytest.mark.parametrize(("args", "code", "text"), [
    (("99999",), 4, "Asiakasta 99999 ei löydy"),
    (("1", "--from", "5"), 3, "Suunnitelmassa ei ole versiota 5"),
    (("1", "--from", "1", "--to", "1"), 3, "ei voi verrata itseensä"),
    (("3",), 3, "vain versio 1"),  # the third demo client's plan is one draft
    (("1", "--from", "x"), 2, ""),
    (("1", "--to", str(2**70)), 3, f"Suunnitelmassa ei ole versiota {2**70}"),
    (("1", "--from", "-1"), 3, "Suunnitelmassa ei ole versiota -1"),
    ((str(2**70),), 4, "ei löydy"),
])
def test_the_command_refuses_clearly(diff_dir: Path, args: tuple[str, ...], code: int,
                                     text: str) -> None:
    result = verkosto("plan-diff", *args, data_dir=diff_dir)
    assert result.returncode == code and text in result.stderr


@pytest.mark.parametrize(("language", "heading", "change"), [
    ("fi", "Muutokset edelliseen suunnitelmaan", "Saavutettu tavoite: Lääkkeet saatu käyttöön"),
    ("sv", "Ändringar sedan föregående plan", "Uppnått mål: Lääkkeet saatu käyttöön"),
    ("en", "Changes since the previous plan", "Removed: Payment commitment for medicines"),
])
def test_the_summary_says_what_changed_since_the_previous_plan(
        opened: Planner, tmp_path: Path, language: str, heading: str, change: str) -> None:
    cid = korhonen(opened)
    meeting = next(m for m in opened.meetings.list(client_id=cid))
    data = SummaryData.collect(opened, meeting.id, language=language)
    path = tmp_path / "summary.pdf"
    path.write_bytes(render_summary(data, language=language))
    printed = " ".join(" ".join(support.page_texts(path)).split())
    assert heading in printed and change in printed
    assert "[-jäivät hakematta-] {+on nyt haettu+}" in printed


def test_a_plan_of_one_version_has_no_changes_section(opened: Planner, tmp_path: Path) -> None:
    third = next(c for c in opened.clients.search("", limit=10)  # the demo's draft-only plan
                 if len(opened.plan_comparison.versions(c.id)[1]) == 1)
    meeting = next(m for m in opened.meetings.list(client_id=third.id))
    data = SummaryData.collect(opened, meeting.id, language="fi")
    assert data.plan_changes is None
    path = tmp_path / "summary.pdf"
    path.write_bytes(render_summary(data, language="fi"))
    assert "Muutokset edelliseen" not in " ".join(support.page_texts(path))
    path.write_bytes(render_summary(data, language="fi"))


# --- `--plan`: a client with several plans ------------------------------------------------------
def closed_and_started_anew(planner: Planner) -> None:
    """Korhonen's plan in two versions, closed, and a new one-version plan started after it."""
    second_version(planner)
    cid = korhonen(planner)
    plan, _ = planner.plans.for_client(cid)[0]
    planner.plans.close(plan.id or 0)
    planner.plans.create(cid, "Kotona asuminen", PlanDraft("Uusi suunnitelma kotona asumiseen."))


def test_the_command_compares_an_older_plan_of_the_client_chosen_by_plan(
        data_dir: Path) -> None:
    demo_store(data_dir, closed_and_started_anew)
    planner = reopened(data_dir)
    cid = korhonen(planner)
    newest, older = sorted((p.id or 0 for p, _v in planner.plans.for_client(cid)),
                           reverse=True)
    other = next(c.id for c in planner.clients.search("Mäkinen", limit=5))
    planner.close()
    # without --plan the newest plan, which has one version only
    assert verkosto("plan-diff", str(cid), data_dir=data_dir).returncode == 3
    chosen = verkosto("plan-diff", str(cid), "--plan", str(older), data_dir=data_dir)
    assert chosen.returncode == 0, chosen.stderr
    assert "versio 1 (sovittu) → versio 2" in chosen.stdout
    assert "Saavutettu tavoite: Lääkkeet saatu käyttöön" in chosen.stdout
    shown = json.loads(verkosto("plan-diff", str(cid), "--plan", str(older), "--json",
                                data_dir=data_dir).stdout)
    assert shown["plan_id"] == older

    # the attack: Korhonen's plan asked for through another client's id
    stolen = verkosto("plan-diff", str(other), "--plan", str(older), data_dir=data_dir)
    assert stolen.returncode == 4 and stolen.stdout == ""
    assert f"Asiakkaalla {other} ei ole suunnitelmaa {older}" in stolen.stderr
    assert "Lääkkeet" not in stolen.stderr and "Kotona" not in stolen.stderr
    swedish = verkosto("plan-diff", str(other), "--plan", str(older), data_dir=data_dir,
                       lang="sv")
    assert f"Klienten {other} har ingen plan {older}" in swedish.stderr
    for impossible in ("0", "-1", str(2**70), str(newest + 1000)):
        refused = verkosto("plan-diff", str(cid), "--plan", impossible, data_dir=data_dir)
        assert refused.returncode == 4, (impossible, refused.stderr)
        assert f"asiakkaan suunnitelmat: {older}, {newest}" in refused.stderr
    planner = reopened(data_dir)
    try:
        assert not [e for e in planner.audit.for_client(other) if e.entity == "plan_diff"]
        assert len([e for e in planner.audit.for_client(cid) if e.entity == "plan_diff"]) == 2
    finally:
        planner.close()


def reopened(data_dir: Path) -> Planner:
    return Planner(open_store(data_dir, vault=KeyringVault(FailKeyring()),
                              passphrase=lambda: PASSPHRASE, create=False))
