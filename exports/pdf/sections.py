"""The sections of the summary, each a list of flowables built from ``SummaryData``."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer
from reportlab.platypus.flowables import Flowable

from exports.pdf.page import FRAME_WIDTH
from exports.pdf.styles import BODY, CELL, CELL_HEAD, HEADING, NOTE, para, paragraphs
from exports.pdf.summary_data import (
    ActionLine,
    CarriedLine,
    ConsentLine,
    GroupKind,
    Person,
    SummaryData,
)
from exports.pdf.tables import fields, listing
from exports.pdf.texts import date_text, datetime_text, long_date, text, time_span
from planner.domain.enums import MeetingMode
from planner.income_effects import IncomeEffectSection
from planner.languages import language_name
from planner.messages import label, translate
from planner.plan_diff_text import diff_lines

Flowables = list[Flowable]
_INDENTED = (CELL_HEAD, ParagraphStyle("plan_change", parent=BODY, leftIndent=4 * mm,
                                      spaceAfter=1),
             ParagraphStyle("plan_change_field", parent=NOTE, leftIndent=9 * mm, spaceAfter=1))


def _place(mode: MeetingMode, location: str, language: str) -> str:
    place = location if mode != MeetingMode.REMOTE else ""
    return f"{place} ({label('meeting_mode', mode, language)})" if place else label(
        "meeting_mode", mode, language)


def meeting_section(data: SummaryData, language: str) -> Flowables:
    m, c = data.meeting, data.client
    def t(key: str) -> str:
        return text(key, language)

    rows = [*([(t("meeting_type"), m.type_name)] if m.type_name else []),
            (t("date"), long_date(m.start, language)),
            (t("time"), time_span(m.start, m.end, language)),
            (t("place"), _place(m.mode, m.location, language)),
            (t("remote_link"), "" if m.mode == MeetingMode.IN_PERSON else m.remote_link or ""),
            (t("status"), label("meeting_status", m.status, language)),
            (t("purpose"), m.purpose)]
    identity = [(t("hetu"), f"{c.hetu} {t('temporary')}" if c.hetu_temporary else c.hetu)
                ] if c.hetu else [(t("birth_date"), date_text(c.birth_date, language)
                                   if c.birth_date else "")]
    return [fields(rows), para(t("client"), HEADING),
            fields([(t("name"), c.name), *identity])]


def _role(person: Person, language: str) -> str:
    role = label("participant_role", person.role, language)
    if not person.interpreter_language:
        return role
    # The language by name in the document's language, never its code ("omainen (ar)").
    return text("interpreted", language, role=role,
                spoken=language_name(person.interpreter_language, language))


def participants_section(data: SummaryData, language: str) -> Flowables:
    rows: list[list[str | Paragraph]] = []
    groups: list[int] = []
    for group in data.participants:
        title = {GroupKind.CLIENT: text("client_and_family", language),
                 GroupKind.OTHER: text("others", language)}.get(group.kind, group.agency)
        groups.append(len(rows))
        rows.append([para(title, CELL_HEAD), "", ""])
        rows += [[p.name, _role(p, language), label("attendance", p.attendance, language)]
                 for p in group.people]
    heading = para(text("participants", language), HEADING)
    if not rows:
        return [heading, para(text("not_recorded", language), NOTE)]
    headers = [text(k, language) for k in ("name", "role", "attendance")]
    return [heading, listing(headers, rows, [62 * mm, 70 * mm, FRAME_WIDTH - 132 * mm],
                             groups=groups)]


def contacts_section(data: SummaryData, language: str) -> Flowables:
    heading = para(text("contacts", language), HEADING)
    if not data.contacts:
        return [heading, para(text("no_contacts", language), NOTE)]
    rows: list[list[str | Paragraph]] = []
    for c in data.contacts:
        who = f"{c.name}, {c.title}" if c.title else c.name
        rows.append([c.agency, para(who, CELL, bold=text("case_lead", language) + ":")
                     if c.case_lead else who])
    headers = [text("agency", language), text("contact", language)]
    return [heading, listing(headers, rows, [75 * mm, FRAME_WIDTH - 75 * mm])]


def notes_section(data: SummaryData, language: str) -> Flowables:
    story: Flowables = [para(text("agenda", language), HEADING)]
    story += [para(item, BODY, bold=f"{n}.") for n, item in enumerate(data.agenda, 1)] or [
        para(text("not_recorded", language), NOTE)]
    for key, value in (("decisions", data.decisions), ("client_view", data.client_view)):
        story.append(para(text(key, language), HEADING))
        story += paragraphs(value) or [para(text("not_recorded", language), NOTE)]
    return story


def _action(action: ActionLine, language: str) -> str | Paragraph:
    """The action, and under it what was done (the completion note), when it has one."""
    if not action.completion_note.strip():
        return action.description
    return para(f"{action.description}\n{text('completion_note', language)}: "
                f"{action.completion_note.strip()}", CELL)


def actions_section(data: SummaryData, language: str) -> Flowables:
    heading = para(text("actions", language), HEADING)
    if not data.actions:
        return [heading, para(text("no_actions", language), NOTE)]
    headers = [text(k, language) for k in ("action", "responsible", "agency", "due", "status")]
    rows: list[list[str | Paragraph]] = [
        [_action(a, language), a.responsible, a.agency,
         date_text(a.due_date, language) if a.due_date else "", label("action_status", a.status,
                                                               language)]
        for a in data.actions]
    widths = [58 * mm, 32 * mm, 35 * mm, 22 * mm]
    return [heading, listing(headers, rows, [*widths, FRAME_WIDTH - sum(widths)])]


def _carried(line: CarriedLine, language: str) -> Paragraph:
    """The action, when it was agreed, and under it the note this meeting wrote."""
    agreed = text("agreed_on", language, date=date_text(line.from_meeting_start, language))
    body = f"{line.description} ({agreed})"
    if line.note.strip():
        body += f"\n{text('note', language)}: {line.note.strip()}"
    return para(body, CELL)


def carried_section(data: SummaryData, language: str) -> Flowables:
    """Edellisten toimenpiteiden tilanne: the earlier meetings' open actions this meeting
    went through, and what it decided about each. Left out when there were none."""
    if not data.carried:
        return []
    headers = [text(k, language) for k in ("action", "responsible", "due", "decision")]
    rows: list[list[str | Paragraph]] = [
        [_carried(c, language), "\n".join(v for v in (c.responsible, c.agency) if v),
         date_text(c.due_date, language) if c.due_date else "",
         label("carried_outcome", c.outcome, language) if c.outcome
         else text("not_decided", language)]
        for c in data.carried]
    widths = [72 * mm, 50 * mm, 22 * mm]
    return [para(text("carried", language), HEADING),
            listing(headers, rows, [*widths, FRAME_WIDTH - sum(widths)])]


def plan_changes_section(data: SummaryData, language: str) -> Flowables:
    """"Muutokset edelliseen suunnitelmaan": only when the client's plan has an earlier
    version (the lines of planner/plan_diff_text.py, as `verkosto plan-diff` prints them)."""
    if data.plan_changes is None:
        return []
    heading = para(translate("plan_diff.title", language), HEADING)
    lines = diff_lines(data.plan_changes, language)
    flowables: Flowables = [heading, para(lines[0], NOTE)]
    for line in lines[1:]:
        if not line:
            continue
        indent = len(line) - len(line.lstrip(" "))
        style = NOTE if line.startswith("(") else _INDENTED[min(indent // 2, 2)]
        flowables.append(para(line.strip(), style))
    return flowables


def income_effects_section(data: SummaryData, language: str) -> Flowables:
    """"Tulovaikutukset" of the meeting's actions and its client's plan."""
    return income_effects_story(data.income_effects)


def income_effects_story(section: IncomeEffectSection | None) -> Flowables:
    """Each action's or plan line's notes, benefit by benefit, and what is still unchecked with
    the rules' hints and sources (planner.income_effects); nothing when there is neither. The
    summary and the plan PDF (both for professionals) print it alike."""
    if section is None or section.empty:
        return []
    story: Flowables = [para(section.title, HEADING), para(section.intro, NOTE)]
    for group in section.groups:
        story.append(para(group.subject, _INDENTED[0]))
        for effect in group.effects:
            story.append(para(f"{effect.line}. {effect.reason}", _INDENTED[1]))
            details = [d for d in (effect.amount, effect.checked) if d]
            story.append(para(" · ".join(details), _INDENTED[2]))
    for item in section.unchecked:
        story.append(para(item.line, _INDENTED[0]))
        story.append(para(item.may_affect, _INDENTED[1]))
        story += [para(hint, _INDENTED[2]) for hint in item.hints]
        story += [para(source, _INDENTED[2]) for source in item.sources]
    return story


def next_meeting_section(data: SummaryData, language: str) -> Flowables:
    heading = para(text("next_meeting", language), HEADING)
    n = data.next_meeting
    if n is None:
        return [heading, para(text("no_next_meeting", language), NOTE)]
    return [heading, fields([
        (text("meeting", language), n.title),
        (text("date", language), long_date(n.start, language)),
        (text("time", language), time_span(n.start, n.end, language)),
        (text("place", language), _place(n.mode, n.location, language))])]


def _consent(c: ConsentLine, language: str) -> Flowable:
    def t(key: str) -> str:
        return text(key, language)

    form = t("form_written" if c.form == "written" else "form_oral")
    given = f"{date_text(c.given_at, language)}, {form}, {t('given_by').lower()}: " + (
        c.given_by or t("the_client"))
    validity = (text("valid_to", language, date=date_text(c.valid_until, language))
                if c.valid_until else t("until_further"))
    if c.withdrawn_at is not None:
        validity += "; " + text("withdrawn", language, date=date_text(c.withdrawn_at, language))
    rows = [(t("purpose"), c.purpose), (t("consent_given"), given),
            (t("agencies"), "\n".join(c.agencies)),  # names may hold commas
            (t("valid_until"), validity)]
    return fields(rows)


def consent_section(data: SummaryData, language: str) -> Flowables:
    story: Flowables = [para(text("consents", language), HEADING)]
    for index, consent in enumerate(data.consents):
        if index:
            story.append(Spacer(1, 4))
        story.append(_consent(consent, language))
    if not data.consents:
        story.append(para(text("no_consent", language), NOTE))
    story += [para(translate("warning.no_consent", language, agency=name), NOTE)
              for name in data.uncovered_agencies]
    return story


def document_section(data: SummaryData, language: str) -> Flowables:
    p = data.producer
    # name and title on one line, the agency (which may hold commas) on the next
    producer = "\n".join(v for v in (", ".join(v for v in (p.name, p.title) if v), p.agency)
                         if v) if p else ""
    return [para(text("document_info", language), HEADING), fields([
        (text("producer", language), producer),
        (text("produced_at", language), datetime_text(data.produced_at, language)),
        (text("document_id", language), data.document_id)])]
