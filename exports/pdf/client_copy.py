"""The client's own copy of a meeting (asiakkaan oma kooste, issue 15): what was agreed, who
does what and by when, whom to contact, the next meeting, the client's own view in their words
and what to do if something goes wrong — in large type, in the client's language (fi, sv, en)
or in selkokieli, optionally signed with the certificate summaries are signed with.

What it may say is exports/pdf/client_copy_data.py's allow-list. It is logged as a disclosure
to the client, written with its entry (``exports.output.write_logged``): a refusal writes and
logs nothing, an existing file is replaced only with ``force``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from reportlab.platypus import KeepTogether, Spacer
from reportlab.platypus.flowables import Flowable

from exports.output import write_logged
from exports.pdf.client_copy_data import (
    ClientCopyData,
    CopyContact,
    CopyMeeting,
    collect,
    document_language,
)
from exports.pdf.client_copy_texts import PLAIN, copy_text, status_text
from exports.pdf.client_documents import Progress, build_pdf, no_progress, signed_with_level
from exports.pdf.large_print import BODY, DETAIL, HEADING, ITEM, NOTE, TITLE
from exports.pdf.page import SIGNATURE_RESERVE
from exports.pdf.styles import para, paragraphs
from exports.pdf.texts import date_text, datetime_text, long_date, time_span
from planner.domain.enums import AuditAction, MeetingMode
from planner.errors import FieldError, ValidationFailed
from planner.files import check_output
from planner.income_effects import IncomeEffectSection, for_meeting
from planner.services import Planner, Release

Flowables = list[Flowable]


@dataclass(frozen=True)
class WrittenCopy:
    path: Path
    language: str
    plain: bool
    signed: bool
    size: int  # bytes
    level_note: str | None = None  # message code: why a timestamped signature is not B-LT


def check_plain(language: str | None, plain: bool) -> None:
    """Selkokieli is easy Finnish: with another language it is refused (exit 3)."""
    if plain and language not in (None, "fi"):
        raise ValidationFailed([FieldError("plain", "client_copy.plain_finnish_only",
                                           {"language": language})])


def _line(label: str, value: str) -> Flowable:
    return para(value, DETAIL, bold=f"{label}:")


def _when(m: CopyMeeting, language: str) -> str:
    return f"{long_date(m.start, language)}, {time_span(m.start, m.end, language)}"


def _where(m: CopyMeeting, variant: str) -> str:
    if m.mode == MeetingMode.REMOTE:
        return copy_text("remote", variant)
    return m.location


def _meeting_lines(m: CopyMeeting, language: str, variant: str) -> Flowables:
    lines = [_line(copy_text("when", variant), _when(m, language))]
    if where := _where(m, variant):
        lines.append(_line(copy_text("where", variant), where))
    return lines


def _head(data: ClientCopyData, language: str, variant: str) -> Flowables:
    identity = data.hetu or (date_text(data.birth_date, language) if data.birth_date else "")
    story: Flowables = [para(copy_text("document", variant), TITLE),
                        para(copy_text("intro", variant), BODY),
                        _line(copy_text("you", variant), data.client_name)]
    if identity:
        story.append(_line(copy_text("hetu", variant), identity) if data.hetu else
                       para(identity, DETAIL))
    story += [para(copy_text("meeting", variant), HEADING), para(data.meeting.title, ITEM),
              *_meeting_lines(data.meeting, language, variant)]
    return story


def agreed_section(data: ClientCopyData, variant: str) -> Flowables:
    return [para(copy_text("agreed", variant), HEADING),
            *(paragraphs(data.decisions, BODY)
              or [para(copy_text("nothing_agreed", variant), NOTE)])]


def actions_section(data: ClientCopyData, language: str, variant: str) -> Flowables:
    story: Flowables = [para(copy_text("actions", variant), HEADING)]
    if not data.actions:
        return [*story, para(copy_text("no_actions", variant), NOTE)]
    for action in data.actions:
        who = ", ".join(v for v in (action.responsible, action.agency) if v)
        due = (date_text(action.due_date, language) if action.due_date
               else copy_text("no_due", variant))
        story.append(KeepTogether([
            para(action.description, ITEM),
            *([_line(copy_text("who", variant), who)] if who else []),
            _line(copy_text("by_when", variant), due),
            _line(copy_text("situation", variant), status_text(action.status, variant))]))
    return story


def income_effects_section(section: IncomeEffectSection | None, variant: str) -> Flowables:
    """Vaikutukset toimeentuloosi: for each action or plan line, what happens to each benefit
    (continues, changes, stops, starts), why, and who checked it — and what is not checked
    yet, so the client knows to ask. Left out when there is neither. The rules' hints and
    sources are for the professionals (the summary has them)."""
    if section is None or section.empty:
        return []
    story: Flowables = [para(copy_text("income_effects", variant), HEADING)]
    for group in section.groups:
        lines = [para(group.subject, ITEM)]
        for effect in group.effects:
            lines.append(para(f"{effect.line}. {effect.reason}", DETAIL))
            lines += [para(extra, DETAIL) for extra in (effect.amount, effect.checked) if extra]
        story.append(KeepTogether(lines))
    for item in section.unchecked:
        story.append(KeepTogether([para(item.line, ITEM), para(item.may_affect, DETAIL)]))
    return story


def view_section(data: ClientCopyData, variant: str) -> Flowables:
    story: Flowables = [para(copy_text("your_view", variant), HEADING)]
    if not data.client_view.strip():
        return [*story, para(copy_text("no_view", variant), NOTE)]
    return [*story, para(copy_text("your_view_intro", variant), BODY),
            *paragraphs(data.client_view, DETAIL)]


def _contact(c: CopyContact, variant: str) -> Flowable:
    name = ", ".join(v for v in (c.name, c.title) if v)
    if c.case_lead:
        name += f" ({copy_text('case_lead', variant)})"
    lines = [para(c.agency, ITEM), para(name, DETAIL)]
    if c.phone:
        lines.append(_line(copy_text("phone", variant), c.phone))
    if c.email:
        lines.append(_line(copy_text("email", variant), c.email))
    return KeepTogether(lines)


def contacts_section(data: ClientCopyData, variant: str) -> Flowables:
    story: Flowables = [para(copy_text("contacts", variant), HEADING)]
    if not data.contacts:
        return [*story, para(copy_text("no_contacts", variant), NOTE)]
    return [*story, *(_contact(c, variant) for c in data.contacts)]


def next_section(data: ClientCopyData, language: str, variant: str) -> Flowables:
    story: Flowables = [para(copy_text("next", variant), HEADING)]
    if data.next_meeting is None:
        return [*story, para(copy_text("no_next", variant), BODY)]
    return [*story, para(data.next_meeting.title, ITEM),
            *_meeting_lines(data.next_meeting, language, variant)]


def trouble_section(data: ClientCopyData, variant: str) -> Flowables:
    """Whom to call: the case lead, by name, phone and e-mail."""
    lead = data.case_lead
    story: Flowables = [para(copy_text("trouble", variant), HEADING)]
    if lead is None:
        story.append(para(copy_text("trouble_nobody", variant), BODY))
    else:
        story += [para(copy_text("trouble_call", variant), BODY),
                  para(", ".join(v for v in (lead.name, lead.agency) if v), ITEM)]
        if lead.phone:
            story.append(_line(copy_text("phone", variant), lead.phone))
        if lead.email:
            story.append(_line(copy_text("email", variant), lead.email))
        story.append(para(copy_text("trouble_help", variant), BODY))
    return [*story, para(copy_text("emergency", variant), BODY)]


def _made(data: ClientCopyData, language: str, variant: str) -> Flowables:
    made_by = "\n".join(v for v in (data.made_by, data.made_by_agency) if v)
    lines = [Spacer(1, 12)]
    if made_by:
        lines.append(_line(copy_text("made", variant), made_by))
    lines.append(_line(copy_text("made_at", variant), date_text(data.made_at, language)))
    return lines


def story_of(data: ClientCopyData, language: str, plain: bool) -> Flowables:
    variant = PLAIN if plain else language
    story = _head(data, language, variant)
    story += agreed_section(data, variant)
    story += actions_section(data, language, variant)
    story += income_effects_section(data.income_effects, variant)
    story += view_section(data, variant)
    story += contacts_section(data, variant)
    story += next_section(data, language, variant)
    story += trouble_section(data, variant)
    # the signature's box stays free below who made it, on the same page
    story.append(KeepTogether([*_made(data, language, variant), Spacer(1, SIGNATURE_RESERVE)]))
    return story


def render_client_copy(data: ClientCopyData, *, language: str, plain: bool = False) -> bytes:
    """The copy as PDF bytes; its metadata names the document, never the client."""
    variant = PLAIN if plain else language
    return build_pdf(story_of(data, language, plain), title=copy_text("document", variant),
                     author=data.made_by, language=language,
                     footer=copy_text("footer", variant,
                                      made=datetime_text(data.made_at, language)),
                     made_at=data.made_at)


def write_client_copy_pdf(planner: Planner, meeting_id: int, out: Path, *,
                          language: str | None = None, plain: bool = False, sign: bool = False,
                          passphrase: str | None = None, now: datetime | None = None,
                          progress: Progress | None = None, force: bool = False) -> WrittenCopy:
    """The client's copy of ``meeting_id`` at ``out``, in ``language`` (default: the
    client's own, Finnish when that is none of fi, sv, en), selkokieli with ``plain``."""
    check_plain(language, plain)
    check_output(out, force=force)  # before a passphrase is used or anything is read
    report = progress or no_progress
    steps = 4 if sign else 3
    signer = planner.signing.load(passphrase) if sign else None
    report(0, steps, "collect")
    data = collect(planner, meeting_id, now=now)
    chosen = "fi" if plain else (language or document_language(data.client_language))
    # read within the copy's logged disclosure: no view entry of its own
    data = replace(data, income_effects=for_meeting(planner, meeting_id, chosen, log=False))
    report(1, steps, "render")
    pdf = render_client_copy(data, language=chosen, plain=plain)
    level_note = None
    if signer is not None:
        report(2, steps, "sign")
        made = signed_with_level(pdf, signer, name=data.made_by_name,
                                 title=data.made_by_title, agency=data.made_by_agency,
                                 moment=data.made_at, language=chosen,
                                 timestamp_url=planner.signing.timestamp_url() or None)
        pdf, level_note = made.data, made.lt_missing
    report(steps - 1, steps, "write")
    detail = (f"{out.name} {'signed' if signer else 'unsigned'} {chosen}"
              + (" selkokieli" if plain else ""))
    release = Release(AuditAction.DISCLOSE, "client_copy", data.client_id, meeting_id, detail,
                      "client's own copy", recipient="client")
    write_logged(planner, {out: pdf}, [release], force=force)
    report(steps, steps, "done")
    return WrittenCopy(out, chosen, plain, signer is not None, len(pdf), level_note)
