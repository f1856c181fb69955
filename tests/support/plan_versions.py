"""A second version of the first demo client's plan (Korhonen, discharged from hospital), for
the plan comparison's tests: one goal achieved, one reworded with a later date, one new;
the medicine commitment ended and demanding medical rehabilitation added; the situation rewritten in
part and the review date moved."""

from __future__ import annotations

from datetime import timedelta

from planner.domain.enums import GoalStatus
from planner.services import GoalInput, PlanDraft, Planner, ServiceInput


def korhonen(planner: Planner) -> int:
    """The id of the demo's first client (the only one with the pensioners' housing
    allowance in her plan)."""
    for client in planner.clients.search("Korhonen", limit=10):
        return client.id
    raise AssertionError("the demo store has no Korhonen")


def second_version(planner: Planner) -> None:
    cid = korhonen(planner)
    plan, version = planner.plans.for_client(cid)[0]
    view = planner.plans.view(plan.id or 0)
    draft = planner.plans.new_version(plan.id or 0)
    goals = []
    for goal in view.goals:
        if goal.description.startswith("Lääkkeet"):
            goals.append(GoalInput(goal.description, goal.target_date, GoalStatus.ACHIEVED))
        elif goal.description.startswith("Kotihoidon"):
            goals.append(GoalInput("Kotihoidon käynnit alkaneet kahdesti viikossa",
                                   (goal.target_date or version.created_at.date())
                                   + timedelta(days=14), GoalStatus.ACTIVE))
        else:
            goals.append(GoalInput(goal.description, goal.target_date, goal.status))
    goals.append(GoalInput("Liikkuu ulkona rollaattorin kanssa", None, GoalStatus.PROPOSED))
    codes = [s.service_code for s in view.services
             if s.service_code != "kela.medicine_payment_commitment"]
    situation = view.version.situation.replace("lääkkeet jäivät hakematta apteekista",
                                               "lääkkeet on nyt haettu apteekista")
    planner.plans.update_draft(draft.id or 0, PlanDraft(
        situation + " Kaatumisen pelko rajoittaa liikkumista.", view.version.service_needs,
        view.version.client_view,
        (view.version.review_date or version.created_at.date()) + timedelta(days=30), goals,
        [ServiceInput(c) for c in codes] + [ServiceInput("kela.intensive_medical_rehabilitation")]))
