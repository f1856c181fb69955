"""The plan comparison in words (fi, sv, en) and as JSON with stable keys: shared by
`verkosto plan-diff`, the summary PDF and the plan tab."""

from __future__ import annotations

from typing import Any

from planner.formatting import format_date
from planner.messages import label, translate
from planner.plan_diff import GoalChange, GoalSnapshot, PlanDiff


def date_text(day: Any, language: str) -> str:
    return format_date(day, language) if day else translate("plan_diff.no_date", language)


def _goal_json(goal: GoalSnapshot | None) -> dict[str, Any] | None:
    if goal is None:
        return None
    return {"description": goal.description,
            "target_date": goal.target_date.isoformat() if goal.target_date else None,
            "status": goal.status, "expressed_by": goal.expressed_by}


def diff_json(diff: PlanDiff, language: str) -> dict[str, Any]:
    """Stable keys; names of services in ``language``."""
    return {
        "client_id": diff.client_id, "plan_id": diff.plan_id, "plan_title": diff.plan_title,
        "from": {"version": diff.from_number, "status": diff.from_status},
        "to": {"version": diff.to_number, "status": diff.to_status},
        "goals": [{"change": g.kind, "fields": list(g.fields), "old": _goal_json(g.old),
                   "new": _goal_json(g.new)} for g in diff.goals],
        "services": [{"change": s.kind, "code": s.code, "name": s.name(language)}
                     for s in diff.services],
        "texts": [{"field": t.field, "pieces": [{"op": op, "words": words}
                                                for op, words in t.pieces]}
                  for t in diff.texts],
        "review_date": None if diff.review_date is None else {
            "old": diff.review_date[0].isoformat() if diff.review_date[0] else None,
            "new": diff.review_date[1].isoformat() if diff.review_date[1] else None},
    }


def diff_lines(diff: PlanDiff, language: str) -> list[str]:
    """The comparison as plain lines in ``language`` (the command's output)."""
    t = translate
    lines = [t("plan_diff.versions", language, title=diff.plan_title, old=diff.from_number,
               new=diff.to_number, old_status=label("plan_status", diff.from_status, language),
               new_status=label("plan_status", diff.to_status, language))]
    if diff.empty:
        return [*lines, t("plan_diff.nothing", language)]
    if diff.goals:
        lines += ["", t("plan_diff.goals", language)]
        for goal in diff.goals:
            lines.append(f"  {t(f'plan_diff.goal.{goal.kind}', language)}: {goal.description}")
            lines += [f"    {line}" for line in goal_field_lines(goal, language)]
    if diff.services:
        lines += ["", t("plan_diff.services", language)]
        lines += [f"  {t(f'plan_diff.service.{s.kind}', language)}: {s.name(language)} "
                  f"({s.code})" for s in diff.services]
    for text in diff.texts:
        lines += ["", t(f"plan_diff.text.{text.field}", language), f"  {text.readable()}"]
    if diff.texts:
        lines += ["", f"({t('plan_diff.legend', language)})"]
    if diff.review_date is not None:
        old, new = (date_text(d, language) for d in diff.review_date)
        lines += ["", t("plan_diff.review_date", language, old=old, new=new)]
    return lines


def goal_field_lines(goal: GoalChange, language: str) -> list[str]:
    """"status: active → achieved" for each field that changed."""
    if goal.old is None or goal.new is None:
        return []

    def shown(field: str, value: Any) -> str:
        if field == "status":
            return label("goal_status", value, language)
        if field == "expressed_by":
            return label("goal_setter", value, language)
        if field == "target_date":
            return date_text(value, language)
        return str(value)

    return [f"{translate(f'plan_diff.field.{f}', language)}: "
            f"{shown(f, getattr(goal.old, f))} → {shown(f, getattr(goal.new, f))}"
            for f in goal.fields]
