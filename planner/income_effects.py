"""Income effects in words, for documents: the summary PDF and the client's own copy render
these (Qt-free; the words already chosen in the document's language).

    section = for_meeting(planner, meeting_id, "fi")   # the meeting's actions and its plan
    section = for_client(planner, client_id, "sv")     # all the client's current notes

``log=False`` when the caller's own read is already logged (the summary's one view).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from planner.messages import label, translate

if TYPE_CHECKING:
    from planner.services import Planner
    from planner.services.income_effects import IncomeReading, NoteRow, Unchecked


@dataclass(frozen=True)
class IncomeEffectText:
    benefit: str  # "Työmarkkinatuki"
    change: str  # "jatkuu"
    line: str  # "Työmarkkinatuki: jatkuu"
    reason: str  # in the checker's words
    amount: str  # "Määrästä: …" or ""
    checked: str  # "Selvittänyt Katja Salonen 25.11.2026"


@dataclass(frozen=True)
class IncomeEffectGroup:
    subject: str  # "Toimenpide: Työkokeilu" / "Suunnitelmassa: Ammatillinen kuntoutus"
    effects: tuple[IncomeEffectText, ...]


@dataclass(frozen=True)
class UncheckedText:
    line: str  # "Tulovaikutusta ei ole selvitetty: Työkokeilu"
    may_affect: str  # "Voi vaikuttaa: Työmarkkinatuki, Yleinen asumistuki"
    hints: tuple[str, ...]  # each rule's hint
    sources: tuple[str, ...]  # "Lähde: Kela: …, https://…"


@dataclass(frozen=True)
class IncomeEffectSection:
    title: str
    intro: str
    groups: tuple[IncomeEffectGroup, ...]
    unchecked: tuple[UncheckedText, ...]

    @property
    def empty(self) -> bool:
        return not self.groups and not self.unchecked


def for_meeting(planner: Planner, meeting_id: int, language: str, *,
                log: bool = True) -> IncomeEffectSection:
    """The income effects of the actions agreed in ``meeting_id`` and of its client's plan."""
    return in_words(planner.income_effects.for_meeting(meeting_id, log=log), language)


def for_client(planner: Planner, client_id: int, language: str, *,
               log: bool = True) -> IncomeEffectSection:
    """All the client's income effects (actions and current plans)."""
    return in_words(planner.income_effects.for_client(client_id, log=log), language)


def subject_text(reading: IncomeReading, row: NoteRow | Unchecked, language: str) -> str:
    if row.action_id is not None:
        return translate("income.subject.action", language, description=row.subject)
    return translate("income.subject.plan_line", language,
                     line=reading.name(row.plan_line_code or "", language))


def note_text(reading: IncomeReading, note: NoteRow, language: str) -> IncomeEffectText:
    benefit = reading.name(note.benefit_code, language)
    change = label("income_change", note.change, language)
    return IncomeEffectText(
        benefit, change, translate("income.line", language, benefit=benefit, change=change),
        note.reason,
        translate("income.amount", language, note=note.amount_note) if note.amount_note else "",
        translate("income.checked", language, who=note.checked_by, day=note.checked_on))


def unchecked_text(reading: IncomeReading, item: Unchecked, language: str) -> UncheckedText:
    subject = (item.subject if item.action_id is not None
               else reading.name(item.plan_line_code or "", language))
    sources = dict.fromkeys(translate("income.source", language, title=s.title, url=s.url)
                            for rule in item.rules for s in rule.sources)
    return UncheckedText(
        translate("income.unchecked_line", language, subject=subject),
        translate("income.may_affect", language,
                  benefits=", ".join(reading.name(b, language) for b in item.benefits)),
        tuple(rule.hint[language] for rule in item.rules), tuple(sources))


def in_words(reading: IncomeReading, language: str) -> IncomeEffectSection:
    groups: dict[str, list[IncomeEffectText]] = {}
    for note in reading.notes:
        groups.setdefault(subject_text(reading, note, language), []).append(
            note_text(reading, note, language))
    return IncomeEffectSection(
        translate("income.title", language), translate("income.intro", language),
        tuple(IncomeEffectGroup(subject, tuple(lines)) for subject, lines in groups.items()),
        tuple(unchecked_text(reading, item, language) for item in reading.unchecked))
