"""The demo's income effects (issue 15): the long-term unemployed father's work trial, agreed
in his day-60 meeting, with what it does to his benefits as the demo Kela expert checked it
(the words follow resources/income_effects/rules.json and the Kela pages it names)."""

from __future__ import annotations

from datetime import date, timedelta

from planner.domain.income_effects import ActionKind, IncomeChange
from planner.services import ActionInput, IncomeEffectInput, Planner

# The action of his day-60 meeting that this one joins (planner/demo_data.py).
ANCHOR = "Laskelma tuloista työkokeilun aikana"
WORK_TRIAL = "Työkokeilu Turun työllisyyspalveluissa (3 kk, 4 h/pv)"
NOTES = (
    ("kela.labour_market_subsidy", IncomeChange.CONTINUES,
     "Työkokeilu on työllistymistä edistävä palvelu: työmarkkinatuki jatkuu kokeilun ajan. "
     "Kokeilupäiviltä voi saada lisäksi kulukorvausta.",
     "Kulukorvaus lisätään tukeen kokeilupäiviltä (määrä: kela.fi/kulukorvaus)."),
    ("kela.general_housing_allowance", IncomeChange.CHANGES,
     "Voi muuttua: jos ruokakunnan tulot muuttuvat kokeilun aikana, Kela tarkistaa "
     "asumistuen. Muutoksesta ilmoitetaan Kelaan.", ""),
)


def add_income_effects(planner: Planner, people: dict[str, int], today: date) -> int:
    """The work trial and its notes; returns the number of actions added (one)."""
    anchor = next(a for a in planner.actions.list() if a.description == ANCHOR)
    action = planner.actions.record(ActionInput(
        anchor.client_id, WORK_TRIAL, anchor.meeting_id,
        responsible_professional_id=people["turku_te"], due_date=today + timedelta(days=25),
        kind=ActionKind.WORK_TRIAL))
    checker = planner.profile.get()
    for code, change, reason, amount in NOTES:
        planner.income_effects.record(IncomeEffectInput(
            code, change, reason, checker.name if checker else "", today - timedelta(days=1),
            amount, action_id=action.id))
    return 1
