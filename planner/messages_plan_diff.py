"""Messages of the plan comparison (`verkosto plan-diff`, the summary PDF's "Changes since the
previous plan") in fi, sv and en; ``CATALOG`` in planner/messages.py includes these."""

from __future__ import annotations


def _m(fi: str, sv: str, en: str) -> dict[str, str]:
    return {"fi": fi, "sv": sv, "en": en}


PLAN_DIFF_MESSAGES: dict[str, dict[str, str]] = {
    "plan_diff.no_plan": _m("Asiakkaalla {client} ei ole asiakassuunnitelmaa.",
                            "Klienten {client} har ingen klientplan.",
                            "Client {client} has no client plan."),
    "plan_diff.no_such_plan": _m(
        "Asiakkaalla {client} ei ole suunnitelmaa {plan} (asiakkaan suunnitelmat: {plans}).",
        "Klienten {client} har ingen plan {plan} (klientens planer: {plans}).",
        "Client {client} has no plan {plan} (the client's plans: {plans})."),
    "plan_diff.one_version": _m(
        "Suunnitelmasta on vain versio {number}: verrattavaa ei ole.",
        "Planen har bara version {number}: det finns inget att jämföra med.",
        "The plan has only version {number}: there is nothing to compare it with."),
    "plan_diff.no_such_version": _m(
        "Suunnitelmassa ei ole versiota {number} (versiot {first}–{last}).",
        "Planen har ingen version {number} (versionerna {first}–{last}).",
        "The plan has no version {number} (versions {first}–{last})."),
    "plan_diff.same_version": _m(
        "Versiota {number} ei voi verrata itseensä: valitse kaksi eri versiota.",
        "Version {number} kan inte jämföras med sig själv: välj två olika versioner.",
        "Version {number} cannot be compared with itself: choose two different versions."),
    "plan_diff.title": _m("Muutokset edelliseen suunnitelmaan",
                          "Ändringar sedan föregående plan",
                          "Changes since the previous plan"),
    "plan_diff.versions": _m("{title}: versio {old} ({old_status}) → versio {new} ({new_status})",
                             "{title}: version {old} ({old_status}) → version {new} "
                             "({new_status})",
                             "{title}: version {old} ({old_status}) → version {new} "
                             "({new_status})"),
    "plan_diff.nothing": _m("Ei muutoksia.", "Inga ändringar.", "No changes."),
    "plan_diff.goals": _m("Tavoitteet", "Mål", "Goals"),
    "plan_diff.services": _m("Etuudet ja palvelut", "Förmåner och tjänster",
                             "Benefits and services"),
    "plan_diff.review_date": _m("Arviointipäivä: {old} → {new}",
                                "Uppföljningsdatum: {old} → {new}",
                                "Review date: {old} → {new}"),
    "plan_diff.no_date": _m("ei päivää", "inget datum", "no date"),
    "plan_diff.goal.added": _m("Uusi tavoite", "Nytt mål", "New goal"),
    "plan_diff.goal.changed": _m("Muuttunut tavoite", "Ändrat mål", "Changed goal"),
    "plan_diff.goal.achieved": _m("Saavutettu tavoite", "Uppnått mål", "Achieved goal"),
    "plan_diff.goal.dropped": _m("Luovuttu tavoitteesta", "Slopat mål", "Dropped goal"),
    "plan_diff.field.description": _m("sanamuoto", "formulering", "wording"),
    "plan_diff.field.target_date": _m("tavoitepäivä", "måldatum", "target date"),
    "plan_diff.field.status": _m("tila", "status", "status"),
    "plan_diff.field.expressed_by": _m("kenen tavoite", "vems mål", "whose goal"),
    "plan_diff.service.added": _m("Lisätty", "Tillagd", "Added"),
    "plan_diff.service.removed": _m("Poistettu", "Borttagen", "Removed"),
    "plan_diff.text.situation": _m("Tilanne", "Situation", "Situation"),
    "plan_diff.text.service_needs": _m("Palvelutarpeet", "Servicebehov", "Service needs"),
    "plan_diff.text.client_view": _m("Asiakkaan oma näkemys", "Klientens egen syn",
                                     "The client's own view"),
    "plan_diff.legend": _m("[-poistettu-] {{+lisätty+}}", "[-borttaget-] {{+tillagt+}}",
                           "[-removed-] {{+added+}}"),
}
