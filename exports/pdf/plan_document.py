"""The joint client plan printed as a PDF (issue 15): goals (status, target date, whose),
benefits and services (code, name, agency), the responsibilities (the actions agreed in the
plan's meetings: who, agency, due, status), the review date, the consents (purpose, agencies,
period), and the version with who agreed it and when. The client's HETU is masked.

Logged as an export with its file (``exports.output.write_logged``): a refusal writes and logs
nothing, an existing file is replaced only with ``force``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Spacer
from reportlab.platypus.flowables import Flowable

from exports.output import write_logged
from exports.pdf.client_documents import build_pdf
from exports.pdf.page import FRAME_WIDTH
from exports.pdf.plan_texts import plan_text
from exports.pdf.sections import income_effects_story
from exports.pdf.styles import BODY, HEADING, NOTE, SUBTITLE, TITLE, para, paragraphs
from exports.pdf.tables import fields, listing
from exports.pdf.texts import date_text, datetime_text
from planner.client_identity import mask_hetu
from planner.domain.enums import AuditAction
from planner.files import check_output
from planner.income_effects import IncomeEffectSection, for_client
from planner.messages import label
from planner.services import Planner, Release
from planner.services.base import agency_name
from planner.services.plan_document import PlanDocumentSource

Flowables = list[Flowable]


@dataclass(frozen=True)
class WrittenPlan:
    path: Path
    plan_id: int
    version: int
    size: int  # bytes


def _head(s: PlanDocumentSource, language: str) -> Flowables:
    def t(key: str, **params: object) -> str:
        return plan_text(key, language, **params)

    v, c = s.version, s.client
    agreed = (t("agreed_value", date=date_text(v.agreed_at, language), who=v.agreed_by or "")
              if v.agreed_at else t("not_agreed"))
    identity = ((t("hetu"), mask_hetu(c.hetu)) if c.hetu else
                (t("birth_date"), date_text(c.birth_date, language) if c.birth_date else ""))
    return [para(t("document"), TITLE), para(s.plan.title, SUBTITLE), fields([
        (t("client"), c.display_name), identity,
        (t("version"), t("version_value", number=v.number, count=len(s.versions),
                         status=label("plan_status", v.status, language))),
        (t("agreed"), agreed),
        (t("drafted"), f"{date_text(v.created_at, language)}, {v.created_by}"),
        (t("review_date"), date_text(v.review_date, language) if v.review_date
         else t("no_review"))])]


def _texts(s: PlanDocumentSource, language: str) -> Flowables:
    story: Flowables = []
    for key in ("situation", "service_needs", "client_view"):
        value = getattr(s.version, key) or ""
        if value.strip():
            story += [para(plan_text(key, language), HEADING), *paragraphs(value, BODY)]
    return story


def goals_section(s: PlanDocumentSource, language: str) -> Flowables:
    heading = para(plan_text("goals", language), HEADING)
    if not s.goals:
        return [heading, para(plan_text("no_goals", language), NOTE)]
    rows: list[list[str]] = [
        [g.description, label("goal_setter", g.expressed_by, language),
         date_text(g.target_date, language) if g.target_date else "",
         label("goal_status", g.status, language)] for g in s.goals]
    widths = [85 * mm, 28 * mm, 25 * mm]
    headers = [plan_text(k, language) for k in ("goal", "whose", "target_date", "status")]
    return [heading, listing(headers, rows, [*widths, FRAME_WIDTH - sum(widths)])]


def _code_name(s: PlanDocumentSource, code: str, language: str) -> str:
    found = s.codes.get(code)
    return getattr(found, f"name_{language}", "") or (found.name_fi if found else "")


def services_section(s: PlanDocumentSource, language: str) -> Flowables:
    heading = para(plan_text("services", language), HEADING)
    if not s.services:
        return [heading, para(plan_text("no_services", language), NOTE)]
    rows: list[list[str]] = []
    for service in s.services:
        found = s.codes.get(service.service_code)
        agency = s.agencies.get(service.agency_id or 0)
        # the code (long, unbreakable) on its own line under the name
        name = f"{_code_name(s, service.service_code, language)}\n{service.service_code}"
        if service.note.strip():
            name += f"\n{plan_text('note', language)}: {service.note.strip()}"
        rows.append([name, label("service_kind", found.kind, language) if found else "",
                     agency_name(agency) if agency else ""])
    widths = [85 * mm, 35 * mm]
    headers = [plan_text(k, language) for k in ("name", "kind", "agency")]
    return [heading, listing(headers, rows, [*widths, FRAME_WIDTH - sum(widths)])]


def responsibilities_section(s: PlanDocumentSource, language: str) -> Flowables:
    heading = para(plan_text("responsibilities", language), HEADING)
    if not s.actions:
        return [heading, para(plan_text("no_actions", language), NOTE)]
    rows: list[list[str]] = [
        [p.action.description, p.responsible, agency_name(p.agency) if p.agency else "",
         date_text(p.action.due_date, language) if p.action.due_date else "",
         label("action_status", p.action.status, language)] for p in s.actions]
    widths = [62 * mm, 32 * mm, 35 * mm, 22 * mm]
    headers = [plan_text(k, language) for k in ("action", "responsible", "agency", "due",
                                                "status")]
    return [heading, listing(headers, rows, [*widths, FRAME_WIDTH - sum(widths)])]


def consents_section(s: PlanDocumentSource, language: str) -> Flowables:
    story: Flowables = [para(plan_text("consents", language), HEADING)]
    if not s.consents:
        return [*story, para(plan_text("no_consents", language), NOTE)]
    for index, view in enumerate(s.consents):
        c = view.consent
        start = date_text(c.given_at, language)
        period = (plan_text("period_until", language, start=start,
                            end=date_text(c.valid_until, language)) if c.valid_until
                  else plan_text("period_value", language, start=start))
        if c.withdrawn_at is not None:
            period += "; " + plan_text("withdrawn", language,
                                       date=date_text(c.withdrawn_at, language))
        names = sorted((agency_name(s.agencies[a]) for a in view.agency_ids if a in s.agencies),
                       key=str.lower)
        if index:
            story.append(Spacer(1, 4))
        story.append(fields([(plan_text("scope", language), c.purpose),
                             (plan_text("agencies", language), "\n".join(names)),
                             (plan_text("period", language), period)]))
    return story


def story_of(s: PlanDocumentSource, language: str, made_at: datetime,
             income_effects: IncomeEffectSection | None = None) -> Flowables:
    producer = s.producer
    made_by = ", ".join(v for v in (producer.name, producer.title) if v) if producer else ""
    return [*_head(s, language), *_texts(s, language), *goals_section(s, language),
            *services_section(s, language), *income_effects_story(income_effects),
            *responsibilities_section(s, language), *consents_section(s, language),
            Spacer(1, 8), fields([(plan_text("made", language), made_by),
                                  (plan_text("made_at", language),
                                   datetime_text(made_at, language))])]


def render_plan(s: PlanDocumentSource, *, language: str, made_at: datetime,
                income_effects: IncomeEffectSection | None = None) -> bytes:
    producer = s.producer.name if s.producer else ""
    return build_pdf(story_of(s, language, made_at, income_effects),
                     title=plan_text("document", language), author=producer, language=language,
                     footer=plan_text("footer", language,
                                      made=datetime_text(made_at, language)),
                     made_at=made_at)


def write_plan_pdf(planner: Planner, client_id: int, out: Path, *, plan_id: int | None = None,
                   version: int | None = None, language: str = "fi",
                   now: datetime | None = None, force: bool = False) -> WrittenPlan:
    """The client's plan (newest, or ``plan_id``) at ``version`` (newest) at ``out``."""
    check_output(out, force=force)  # before anything is read
    source = planner.plan_documents.source(client_id, plan_id, version)
    made_at = now or planner.now()
    # the client's income-effect notes (actions and current plans), read within this export
    effects = for_client(planner, client_id, language, log=False)
    pdf = render_plan(source, language=language, made_at=made_at, income_effects=effects)
    plan = source.plan.id or 0
    release = Release(AuditAction.EXPORT, "client_plan", client_id, plan,
                      f"{out.name} version {source.version.number} {language}", "client plan")
    write_logged(planner, {out: pdf}, [release], force=force)
    return WrittenPlan(out, plan, source.version.number, len(pdf))
