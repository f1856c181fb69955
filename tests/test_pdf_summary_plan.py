"""What supervisors asked the summary to carry (issue 16): the goals and the benefits and services
of the plan version in force at the meeting — never a later version or a draft — and each
action's status and completion note, in Finnish, Swedish and English, read back by pdftotext."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from exports.pdf import SummaryData, render_summary
from planner.domain.enums import ActionStatus, AuditAction, GoalSetter, GoalStatus
from planner.messages import translate
from planner.services import GoalInput, PlanDraft, Planner, ServiceInput
from planner.storage.store import Store
from tests.support import pdf as support

DOCUMENT_ID = "0d9c6a4e-2f1b-4b8e-9c3d-5e6f7a8b9c0d"
BEFORE = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)  # the plan agreed, before the meeting
AFTER = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)  # the meeting (9.00 Helsinki) is over


class Clock:
    def __init__(self) -> None:
        self.now = BEFORE

    def __call__(self) -> datetime:
        return self.now


@dataclass
class Setup:
    planner: Planner
    clock: Clock
    built: support.Built


@pytest.fixture
def setup(store: Store) -> Setup:
    clock = Clock()
    planner = Planner(store, clock=clock)
    return Setup(planner, clock, support.build_meeting(planner))


def agreed_plan(s: Setup) -> None:
    """Version 1 agreed before the meeting; version 2, with other goals, agreed after it."""
    kela = next(a.id for a in s.planner.directory.agencies() if a.name == "Kela")
    first = s.planner.plans.create(s.built.client_id, "Työkyvyn ja toimeentulon suunnitelma",
                                   PlanDraft(review_date=date(2027, 2, 15), goals=[
        GoalInput("Kuntoutusrahan hakemus vireillä", date(2026, 12, 18), GoalStatus.ACTIVE,
                  GoalSetter.CLIENT),
        GoalInput("Työkokeilu alkaa", date(2027, 1, 31), GoalStatus.PROPOSED)],
        services=[ServiceInput("kela.special_care_allowance", kela, "haetaan joulukuussa"),
                  ServiceInput("other.debt_counselling")]))
    s.planner.plans.agree(first.id or 0)
    s.clock.now = AFTER
    second = s.planner.plans.new_version(first.plan_id)
    s.planner.plans.update_draft(second.id or 0, PlanDraft(goals=[
        GoalInput("Myöhemmin sovittu tavoite", date(2027, 3, 1))]))
    s.planner.plans.agree(second.id or 0)


def summary_text(s: Setup, language: str, folder: Path) -> str:
    data = SummaryData.collect(s.planner, s.built.meeting_id, language=language, now=AFTER,
                               document_id=DOCUMENT_ID)
    path = folder / f"summary-{language}.pdf"
    path.write_bytes(render_summary(data, language=language))
    # -raw: in the order drawn, so a table cell's lines stay together
    return re.sub(r"\s+", " ", support.run("pdftotext", "-raw", path, "-"))


def test_the_plan_in_force_at_the_meeting_in_three_languages(setup: Setup,
                                                            tmp_path: Path) -> None:
    agreed_plan(setup)
    expected = {
        "fi": ("Voimassa oleva asiakassuunnitelma", "versio 1, sovittu 20.11.2026",
               "Arviointipäivä 15.2.2027", "työn alla", "ehdotettu", "asiakkaan", "18.12.2026",
               "Erityishoitoraha", "Kelan etuus", "Talous- ja velkaneuvonta"),
        "sv": ("Gällande klientplan", "version 1, överenskommen 20.11.2026", "pågående",
               "föreslaget", "18.12.2026", "Specialvårdspenning", "FPA-förmån"),
        "en": ("The client plan in force", "version 1, agreed 20 Nov 2026", "active",
               "proposed", "18 Dec 2026", "Special care allowance", "Kela benefit",
               "Debt counselling"),
    }
    for language, parts in expected.items():
        # the plan's own section: "Muutokset edelliseen suunnitelmaan" after it may name v2
        text = summary_text(setup, language, tmp_path).split(
            translate("plan_diff.title", language))[0]
        for part in (*parts, "Kuntoutusrahan hakemus vireillä", "Työkokeilu alkaa",
                     "kela.special_care_allowance", "other.debt_counselling",
                     "Kela, Pohjoinen vakuutuspiiri", "haetaan joulukuussa"):
            assert part in text, (language, part)
        # the version agreed after the meeting is not what the meeting worked from
        assert "Myöhemmin sovittu tavoite" not in text, language


def test_a_plan_agreed_only_after_the_meeting_is_shown_and_said_so(setup: Setup,
                                                                   tmp_path: Path) -> None:
    setup.clock.now = AFTER
    version = setup.planner.plans.create(setup.built.client_id, "Suunnitelma", PlanDraft(
        goals=[GoalInput("Asunto löytyy", date(2027, 4, 1), GoalStatus.ACTIVE)]))
    setup.planner.plans.agree(version.id or 0)
    text = summary_text(setup, "fi", tmp_path)
    assert "Asunto löytyy" in text and "versio 1, sovittu 3.12.2026" in text
    assert "Tapaamisen alkaessa suunnitelmasta ei ollut sovittua versiota" in text
    english = summary_text(setup, "en", tmp_path)
    assert "No version of the plan had been agreed when the meeting began" in english


def test_a_draft_is_never_printed_as_the_plan(setup: Setup, tmp_path: Path) -> None:
    setup.planner.plans.create(setup.built.client_id, "Luonnos", PlanDraft(
        goals=[GoalInput("Keskeneräinen luonnostavoite")]))
    for language, note in (("fi", "Asiakkaalla ei ole sovittua asiakassuunnitelmaa."),
                           ("sv", "Klienten har ingen överenskommen klientplan."),
                           ("en", "The client has no agreed client plan.")):
        text = summary_text(setup, language, tmp_path)
        assert note in text and "Keskeneräinen" not in text


def test_each_action_s_status_and_completion_note_print(setup: Setup, tmp_path: Path) -> None:
    actions = [a for a in setup.planner.actions.list()
               if a.description in setup.built.action_texts]
    setup.planner.actions.set_status(actions[0].id, ActionStatus.DONE, "Hakemus lähetetty 1.12.")
    setup.planner.actions.set_status(actions[1].id, ActionStatus.IN_PROGRESS)
    for language, parts in (("fi", ("tehty", "työn alla", "avoin",
                                    "Kuittausmerkintä: Hakemus lähetetty 1.12.")),
                            ("sv", ("klar", "Slutanteckning: Hakemus lähetetty 1.12.")),
                            ("en", ("done", "in progress", "open",
                                    "Completion note: Hakemus lähetetty 1.12."))):
        text = summary_text(setup, language, tmp_path)
        for part in parts:
            assert part in text, (language, part)


def test_reading_the_plan_for_the_summary_is_logged_once_by_the_summary(setup: Setup) -> None:
    agreed_plan(setup)
    def logged() -> list[tuple[AuditAction, str]]:  # oldest first, without reading the log
        return [(e.action, e.entity) for e in setup.planner.audit.for_client(
            setup.built.client_id) if e.entity != "audit_log"]

    before = len(logged())
    SummaryData.collect(setup.planner, setup.built.meeting_id, language="fi", now=AFTER)
    assert logged()[before:] == [(AuditAction.VIEW, "meeting")]  # the summary's one view
    plan = setup.planner.summary_plans.for_meeting(setup.built.meeting_id)  # on its own
    assert plan is not None and plan.version == 1 and plan.in_force_at_meeting
    assert logged()[-1] == (AuditAction.VIEW, "client_plan")
