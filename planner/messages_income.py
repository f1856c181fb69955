"""Messages of income effects known beforehand (tulovaikutus, issue 15) in fi, sv and en;
``CATALOG`` in planner/messages.py includes these."""

from __future__ import annotations


def _m(fi: str, sv: str, en: str) -> dict[str, str]:
    return {"fi": fi, "sv": sv, "en": en}


INCOME_MESSAGES: dict[str, dict[str, str]] = {
    # what kind of step an action is (the rules file's keys)
    "label.action_kind.work_trial": _m("työkokeilu", "arbetsprövning", "work trial"),
    "label.action_kind.rehabilitation": _m("kuntoutus", "rehabilitering", "rehabilitation"),
    "label.action_kind.studies": _m("opiskelu", "studier", "studies"),
    "label.action_kind.part_time_work": _m("osa-aikatyö", "deltidsarbete", "part-time work"),
    "label.action_kind.moving_house": _m("muutto", "flytt", "moving house"),
    "label.action_kind.other": _m("muu", "annan", "other"),
    # what happens to one benefit
    "label.income_change.continues": _m("jatkuu", "fortsätter", "continues"),
    "label.income_change.changes": _m("muuttuu", "ändras", "changes"),
    "label.income_change.stops": _m("päättyy", "upphör", "stops"),
    "label.income_change.starts": _m("alkaa", "börjar", "starts"),
    # the hint
    "income.unchecked": _m("Tulovaikutusta ei ole selvitetty",
                           "Inkomstpåverkan har inte utretts",
                           "Income effect not checked"),
    "income.unchecked_line": _m("Tulovaikutusta ei ole selvitetty: {subject}",
                                "Inkomstpåverkan har inte utretts: {subject}",
                                "Income effect not checked: {subject}"),
    "income.may_affect": _m("Voi vaikuttaa: {benefits}", "Kan påverka: {benefits}",
                            "May affect: {benefits}"),
    "income.source": _m("Lähde: {title}, {url}", "Källa: {title}, {url}",
                        "Source: {title}, {url}"),
    # a note in words (the plan tab, the summary, the client's copy)
    "income.title": _m("Tulovaikutukset", "Inkomstpåverkan", "Income effects"),
    "income.intro": _m("Miten sovitut toimenpiteet vaikuttavat etuuksiin, etukäteen "
                       "selvitettynä. Määriä ei lasketa tässä.",
                       "Hur de överenskomna åtgärderna påverkar förmånerna, utrett på "
                       "förhand. Belopp räknas inte ut här.",
                       "How the agreed actions affect the benefits, checked beforehand. "
                       "No amounts are computed here."),
    "income.line": _m("{benefit}: {change}", "{benefit}: {change}", "{benefit}: {change}"),
    "income.amount": _m("Määrästä: {note}", "Om beloppet: {note}", "About the amount: {note}"),
    "income.checked": _m("Selvittänyt {who} {day}", "Utrett av {who} {day}",
                         "Checked by {who} on {day}"),
    "income.subject.action": _m("Toimenpide: {description}", "Åtgärd: {description}",
                                "Action: {description}"),
    "income.subject.plan_line": _m("Suunnitelmassa: {line}", "I planen: {line}",
                                   "In the plan: {line}"),
    # refusals
    "validation.income_subject": _m(
        "Tulovaikutus kirjataan joko toimenpiteelle tai suunnitelman riville.",
        "Inkomstpåverkan registreras antingen för en åtgärd eller för en rad i planen.",
        "An income effect is recorded for either an action or a line of the plan."),
    "validation.income_not_benefit": _m(
        "{code} ei ole etuus: valitse etuus koodistosta.",
        "{code} är ingen förmån: välj en förmån i kodlistan.",
        "{code} is not a benefit: choose a benefit from the code list."),
    "validation.income_change": _m(
        "Valitse, jatkuuko, muuttuuko, päättyykö vai alkaako etuus.",
        "Välj om förmånen fortsätter, ändras, upphör eller börjar.",
        "Choose whether the benefit continues, changes, stops or starts."),
    "validation.income_checked_future": _m(
        "Selvityspäivä ei voi olla tulevaisuudessa.",
        "Datumet för utredningen kan inte vara i framtiden.",
        "The day it was checked cannot be in the future."),
    "validation.income_plan_line": _m(
        "Suunnitelmassa ei ole riviä {code}.",
        "Planen har ingen rad {code}.",
        "The plan has no line {code}."),
    # the audit log in words
    "log.view.income_effect": _m("Katsottu tulovaikutuksia", "Inkomstpåverkan visad",
                                 "Viewed the income effects"),
    "log.create.income_effect": _m("Kirjattu tulovaikutus", "Inkomstpåverkan registrerad",
                                   "Recorded an income effect"),
    "log.update.income_effect": _m("Muutettu tulovaikutusta", "Inkomstpåverkan ändrad",
                                   "Changed an income effect"),
    "log.delete.income_effect": _m("Poistettu tulovaikutus", "Inkomstpåverkan borttagen",
                                   "Removed an income effect"),
}
