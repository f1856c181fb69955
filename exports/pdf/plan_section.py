"""The summary's "Voimassa oleva asiakassuunnitelma": the goals (status, target date) and the
benefits and services (name from the code list, code, agency) of the plan version in force at
the meeting, or of the newest agreed one with a note saying so (issue 16). The table columns
and empty-table notes are the printed plan's (exports/pdf/plan_texts.py)."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus.flowables import Flowable

from exports.pdf.page import FRAME_WIDTH
from exports.pdf.plan_texts import plan_text
from exports.pdf.styles import CELL_HEAD, HEADING, NOTE, para
from exports.pdf.summary_data import SummaryData
from exports.pdf.tables import listing
from exports.pdf.texts import date_text
from planner.messages import label
from planner.services import SummaryPlan

Flowables = list[Flowable]
# "Tavoitteet", "Etuudet ja palvelut": under the section's heading, kept with their table
SUBHEADING = ParagraphStyle("plan_subheading", parent=CELL_HEAD, fontSize=9.5, leading=12,
                            spaceBefore=7, spaceAfter=3, keepWithNext=1)


def _m(fi: str, sv: str, en: str) -> dict[str, str]:
    return {"fi": fi, "sv": sv, "en": en}


TEXTS: dict[str, dict[str, str]] = {
    "heading": _m("Voimassa oleva asiakassuunnitelma", "Gällande klientplan",
                  "The client plan in force"),
    "version": _m("{title}, versio {number}, sovittu {date}",
                  "{title}, version {number}, överenskommen {date}",
                  "{title}, version {number}, agreed {date}"),
    "review": _m("Arviointipäivä {date}.", "Uppföljningsdatum {date}.", "Review date {date}."),
    "later": _m("Tapaamisen alkaessa suunnitelmasta ei ollut sovittua versiota: tässä on "
                "uusin sovittu versio.",
                "När mötet började fanns ingen överenskommen version av planen: här är den "
                "senaste överenskomna versionen.",
                "No version of the plan had been agreed when the meeting began: this is the "
                "newest agreed version."),
    "none": _m("Asiakkaalla ei ole sovittua asiakassuunnitelmaa.",
               "Klienten har ingen överenskommen klientplan.",
               "The client has no agreed client plan."),
    "goals": _m("Tavoitteet", "Mål", "Goals"),
    "services": _m("Etuudet ja palvelut", "Förmåner och tjänster", "Benefits and services"),
}


def _t(key: str, language: str, **params: object) -> str:
    template = TEXTS[key].get(language) or TEXTS[key]["fi"]
    return template.format(**params) if params else template


def plan_section(data: SummaryData, language: str) -> Flowables:
    """Left as a one-line note when the client has no agreed plan."""
    heading = para(_t("heading", language), HEADING)
    plan = data.plan
    if plan is None:
        return [heading, para(_t("none", language), NOTE)]
    story: Flowables = [heading, para(_t("version", language, title=plan.title,
                                         number=plan.version,
                                         date=date_text(plan.agreed_at, language)), NOTE)]
    if plan.review_date is not None:
        story.append(para(_t("review", language, date=date_text(plan.review_date, language)),
                          NOTE))
    if not plan.in_force_at_meeting:
        story.append(para(_t("later", language), NOTE))
    return [*story, *_goals(plan, language), *_services(plan, language)]


def _goals(plan: SummaryPlan, language: str) -> Flowables:
    title = para(_t("goals", language), SUBHEADING)
    if not plan.goals:
        return [title, para(plan_text("no_goals", language), NOTE)]
    rows: list[list[str]] = [
        [g.description, label("goal_setter", g.expressed_by, language),
         date_text(g.target_date, language) if g.target_date else "",
         label("goal_status", g.status, language)] for g in plan.goals]
    widths = [85 * mm, 28 * mm, 25 * mm]
    headers = [plan_text(k, language) for k in ("goal", "whose", "target_date", "status")]
    return [title, listing(headers, rows, [*widths, FRAME_WIDTH - sum(widths)])]


def _services(plan: SummaryPlan, language: str) -> Flowables:
    title = para(_t("services", language), SUBHEADING)
    if not plan.services:
        return [title, para(plan_text("no_services", language), NOTE)]
    rows: list[list[str]] = []
    for s in plan.services:
        # the code (long, unbreakable) on its own line under the name
        name = s.names.get(language) or s.names.get("fi") or ""
        cell = f"{name}\n{s.code}" if name else s.code
        if s.note.strip():
            cell += f"\n{plan_text('note', language)}: {s.note.strip()}"
        rows.append([cell, label("service_kind", s.kind, language) if s.kind else "", s.agency])
    widths = [85 * mm, 35 * mm]
    headers = [plan_text(k, language) for k in ("name", "kind", "agency")]
    return [title, listing(headers, rows, [*widths, FRAME_WIDTH - sum(widths)])]
