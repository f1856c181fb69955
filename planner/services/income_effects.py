"""Income effects known beforehand (tulovaikutus): notes of what an agreed action or a plan
line does to each benefit, and where one is still missing (the hint).

A plan line is named by its plan and its code, since a draft's lines are rewritten on every
save and a new version copies them: a note follows the line through both.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, select

from planner.domain import (
    AgreedAction,
    Client,
    ClientPlan,
    IncomeEffect,
    Meeting,
    PlanService,
    PlanVersion,
    ServiceCode,
)
from planner.domain.enums import ActionStatus, AuditAction, PlanStatus, ServiceKind
from planner.domain.income_effects import ActionKind, IncomeChange
from planner.errors import FieldError, ValidationFailed
from planner.income_rules import IncomeRule, rules_for_action, rules_for_plan_line
from planner.services.base import Service, fetch, rows_in
from planner.validation import Checker

_OPEN = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)


@dataclass
class IncomeEffectInput:
    """One benefit under one subject: an action (``action_id``) or a plan line (``plan_id``
    and ``plan_line_code``)."""

    benefit_code: str
    change: IncomeChange | str
    reason: str
    checked_by: str
    checked_on: date
    amount_note: str = ""
    action_id: int | None = None
    plan_id: int | None = None
    plan_line_code: str | None = None


@dataclass(frozen=True)
class NoteRow:
    id: int
    action_id: int | None
    plan_id: int | None
    plan_line_code: str | None
    subject: str  # the action's description, or the plan line's code
    benefit_code: str
    change: IncomeChange
    reason: str
    amount_note: str
    checked_by: str
    checked_on: date


@dataclass(frozen=True)
class Unchecked:
    """An action or plan line that may touch the client's benefits and has no note yet."""

    action_id: int | None
    plan_id: int | None
    plan_line_code: str | None
    subject: str  # the action's description, or the plan line's code
    rules: tuple[IncomeRule, ...]
    benefits: tuple[str, ...]  # the plan's benefits the rules name


@dataclass(frozen=True)
class IncomeReading:
    """One read of a client's (or a meeting's) income effects."""

    client_id: int
    notes: tuple[NoteRow, ...]
    unchecked: tuple[Unchecked, ...]
    plan_benefits: frozenset[str]  # every code on the client's current plans
    code_names: dict[str, dict[str, str]]  # code -> language -> name

    def name(self, code: str, language: str) -> str:
        return self.code_names.get(code, {}).get(language, code)


def _current_plans(session: Session, client_id: int) -> dict[int, frozenset[str]]:
    """Each of the client's plans that is not closed: its newest version's line codes."""
    plans: dict[int, frozenset[str]] = {}
    for plan in session.exec(select(ClientPlan).where(ClientPlan.client_id == client_id)):
        newest = session.exec(select(PlanVersion).where(PlanVersion.plan_id == plan.id)
                              .order_by(col(PlanVersion.number).desc())).first()
        if newest is None or newest.status == PlanStatus.CLOSED:
            continue
        plans[plan.id or 0] = frozenset(session.exec(
            select(PlanService.service_code).where(PlanService.version_id == newest.id)))
    return plans


class IncomeEffects(Service):
    def record(self, data: IncomeEffectInput) -> IncomeEffect:
        """Record (or replace) what the subject does to one benefit; logged."""
        check = Checker()
        reason = check.text("reason", data.reason, required=True, maximum=2000)
        amount_note = check.text("amount_note", data.amount_note, maximum=500)
        checked_by = check.text("checked_by", data.checked_by, required=True, maximum=200)
        try:
            change = IncomeChange(data.change)
        except ValueError:
            check.add("change", "validation.income_change")
        if (data.action_id is None) == (data.plan_id is None) or (
                (data.plan_id is None) != (data.plan_line_code is None)):
            check.add("subject", "validation.income_subject")
        if not isinstance(data.checked_on, date):
            check.add("checked_on", "validation.required")
        elif data.checked_on > self.ctx.today().date():
            check.add("checked_on", "validation.income_checked_future")
        check.done()
        with self.ctx.write() as session:
            code = session.get(ServiceCode, data.benefit_code)
            if code is None or code.kind != ServiceKind.KELA_BENEFIT:
                raise ValidationFailed([FieldError("benefit_code", "validation.income_not_benefit",
                                                   {"code": data.benefit_code})])
            if data.action_id is not None:
                client_id = fetch(session, AgreedAction, data.action_id).client_id
            else:
                client_id = fetch(session, ClientPlan, data.plan_id).client_id
                lines = _current_plans(session, client_id).get(data.plan_id or 0, frozenset())
                if data.plan_line_code not in lines:
                    raise ValidationFailed([FieldError(
                        "plan_line_code", "validation.income_plan_line",
                        {"code": data.plan_line_code})])
            found = session.exec(select(IncomeEffect).where(
                IncomeEffect.action_id == data.action_id, IncomeEffect.plan_id == data.plan_id,
                IncomeEffect.plan_line_code == data.plan_line_code,
                IncomeEffect.benefit_code == data.benefit_code)).first()
            note = found or IncomeEffect(
                client_id=client_id, action_id=data.action_id, plan_id=data.plan_id,
                plan_line_code=data.plan_line_code, benefit_code=data.benefit_code,
                change=change, reason=reason, checked_by=checked_by,
                checked_on=data.checked_on, recorded_at=self.ctx.now())
            note.change, note.reason, note.amount_note = change, reason, amount_note
            note.checked_by, note.checked_on = checked_by, data.checked_on
            note.recorded_at = self.ctx.now()
            session.add(note)
            session.flush()
            self.audit.record(session, AuditAction.UPDATE if found else AuditAction.CREATE,
                              "income_effect", client_id=client_id, entity_id=note.id,
                              detail=f"{data.benefit_code} {change}")
        return note

    def remove(self, note_id: int) -> None:
        with self.ctx.write() as session:
            note = fetch(session, IncomeEffect, note_id)
            session.delete(note)
            self.audit.record(session, AuditAction.DELETE, "income_effect",
                              client_id=note.client_id, entity_id=note_id)

    def unchecked_actions(self, action_ids: list[int]) -> frozenset[int]:
        """Which of ``action_ids`` lack the note their kind calls for (the Actions page's
        hint). Only a flag per listed action, inside the list's own logged view: not logged."""
        with self.ctx.read() as session:
            kinded = [a for a in rows_in(session, AgreedAction, AgreedAction.id, action_ids)
                      if a.kind != ActionKind.OTHER and a.status in _OPEN]
            noted = {n.action_id for n in rows_in(
                session, IncomeEffect, IncomeEffect.action_id, [a.id or 0 for a in kinded])}
            benefits: dict[int, frozenset[str]] = {}
            for action in kinded:
                if action.client_id not in benefits:
                    benefits[action.client_id] = frozenset().union(
                        *_current_plans(session, action.client_id).values())
            return frozenset(a.id or 0 for a in kinded if a.id not in noted and rules_for_action(
                ActionKind(a.kind), benefits[a.client_id]))

    def for_client(self, client_id: int, *, log: bool = True) -> IncomeReading:
        """The client's notes and what still lacks one; logged as a view unless ``log`` is
        False (read inside another logged read, such as the summary's)."""
        return self._read(client_id, None, log)

    def for_meeting(self, meeting_id: int, *, log: bool = True) -> IncomeReading:
        """The notes and hints of the actions agreed in ``meeting_id`` and of the lines of its
        client's current plans."""
        with self.ctx.read() as session:
            client_id = fetch(session, Meeting, meeting_id).client_id
        return self._read(client_id, meeting_id, log)

    def _read(self, client_id: int, meeting_id: int | None, log: bool) -> IncomeReading:
        with self.ctx.logged_read() as session:
            fetch(session, Client, client_id)
            plans = _current_plans(session, client_id)
            benefits = frozenset().union(*plans.values())
            query = select(AgreedAction).where(AgreedAction.client_id == client_id)
            if meeting_id is not None:
                query = query.where(AgreedAction.meeting_id == meeting_id)
            actions = {a.id: a for a in session.exec(query.order_by(col(AgreedAction.id)))}
            notes = [n for n in session.exec(
                select(IncomeEffect).where(IncomeEffect.client_id == client_id)
                .order_by(col(IncomeEffect.id)))
                if n.action_id in actions or (n.plan_id in plans)]
            noted_actions = {n.action_id for n in notes}
            noted_lines = {(n.plan_id, n.plan_line_code) for n in notes}
            unchecked: list[Unchecked] = []
            for action in actions.values():
                if (action.status in _OPEN and action.kind != ActionKind.OTHER
                        and action.id not in noted_actions):
                    rules = rules_for_action(ActionKind(action.kind), benefits)
                    if rules:
                        unchecked.append(Unchecked(action.id, None, None, action.description,
                                                   rules, _named(rules, benefits)))
            for plan_id, lines in plans.items():
                for line in sorted(lines):
                    rules = rules_for_plan_line(line, benefits)
                    if rules and (plan_id, line) not in noted_lines:
                        unchecked.append(Unchecked(None, plan_id, line, line, rules,
                                                   _named(rules, benefits)))
            names = {c.code: {"fi": c.name_fi, "sv": c.name_sv, "en": c.name_en}
                     for c in session.exec(select(ServiceCode))}
            rows = tuple(NoteRow(
                n.id or 0, n.action_id, n.plan_id, n.plan_line_code,
                actions[n.action_id].description if n.action_id in actions
                else n.plan_line_code or "", n.benefit_code, IncomeChange(n.change), n.reason,
                n.amount_note, n.checked_by, n.checked_on) for n in notes)
            if log:
                self.audit.record(session, AuditAction.VIEW, "income_effect",
                                  client_id=client_id, detail=f"{len(rows)} notes")
        return IncomeReading(client_id, rows, tuple(unchecked), benefits, names)


def _named(rules: tuple[IncomeRule, ...], benefits: frozenset[str]) -> tuple[str, ...]:
    return tuple(sorted(frozenset().union(*(r.benefits for r in rules)) & benefits))
