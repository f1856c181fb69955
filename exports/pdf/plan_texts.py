"""The printed joint client plan's headings and labels in Finnish, Swedish and English (stored
values — statuses, whose goal, a service's kind — are translated by ``planner.messages.label``)."""

from __future__ import annotations


def _m(fi: str, sv: str, en: str) -> dict[str, str]:
    return {"fi": fi, "sv": sv, "en": en}


PLAN_TEXTS: dict[str, dict[str, str]] = {
    "document": _m("Yhteinen asiakassuunnitelma", "Gemensam klientplan", "Joint client plan"),
    "client": _m("Asiakas", "Klient", "Client"),
    "hetu": _m("Henkilötunnus", "Personbeteckning", "Personal identity code"),
    "birth_date": _m("Syntymäaika", "Födelsedatum", "Date of birth"),
    "plan": _m("Suunnitelma", "Plan", "Plan"),
    "version": _m("Versio", "Version", "Version"),
    "version_value": _m("{number} ({status}), versioita {count}",
                        "{number} ({status}), {count} versioner",
                        "{number} ({status}) of {count}"),
    "agreed": _m("Sovittu", "Överenskommen", "Agreed"),
    "agreed_value": _m("{date}, {who}", "{date}, {who}", "{date}, {who}"),
    "not_agreed": _m("ei vielä sovittu (luonnos)", "inte överenskommen ännu (utkast)",
                     "not agreed yet (draft)"),
    "drafted": _m("Laadittu", "Upprättad", "Drafted"),
    "review_date": _m("Arviointipäivä", "Uppföljningsdatum", "Review date"),
    "no_review": _m("ei sovittu", "inte avtalat", "not set"),
    "situation": _m("Tilanne", "Situation", "Situation"),
    "service_needs": _m("Palvelutarpeet", "Servicebehov", "Service needs"),
    "client_view": _m("Asiakkaan oma näkemys", "Klientens egen syn", "The client's own view"),
    "goals": _m("Tavoitteet", "Mål", "Goals"),
    "goal": _m("Tavoite", "Mål", "Goal"),
    "whose": _m("Kenen", "Vems", "Whose"),
    "target_date": _m("Tavoitepäivä", "Måldatum", "Target date"),
    "status": _m("Tila", "Status", "Status"),
    "no_goals": _m("Suunnitelmaan ei ole kirjattu tavoitteita.", "Inga mål har antecknats.",
                   "No goals have been recorded."),
    "services": _m("Etuudet ja palvelut", "Förmåner och tjänster", "Benefits and services"),
    "code": _m("Koodi", "Kod", "Code"),
    "name": _m("Nimi", "Namn", "Name"),
    "kind": _m("Laji", "Typ", "Kind"),
    "agency": _m("Toimija", "Aktör", "Agency"),
    "note": _m("Huomautus", "Anmärkning", "Note"),
    "no_services": _m("Suunnitelmaan ei ole kirjattu etuuksia eikä palveluja.",
                      "Inga förmåner eller tjänster har antecknats.",
                      "No benefits or services have been recorded."),
    "responsibilities": _m("Vastuut: sovitut toimenpiteet", "Ansvar: överenskomna åtgärder",
                           "Responsibilities: agreed actions"),
    "action": _m("Toimenpide", "Åtgärd", "Action"),
    "responsible": _m("Vastuuhenkilö", "Ansvarig", "Responsible"),
    "due": _m("Määräpäivä", "Förfallodag", "Due date"),
    "no_actions": _m("Suunnitelman tapaamisissa ei ole sovittu toimenpiteitä.",
                     "Inga åtgärder har avtalats på planens möten.",
                     "No actions have been agreed in the plan's meetings."),
    "consents": _m("Suostumukset tietojen luovuttamiseen", "Samtycken till utlämnande av "
                   "uppgifter", "Consents to sharing data"),
    "scope": _m("Tarkoitus", "Syfte", "Purpose"),
    "agencies": _m("Koskee toimijoita", "Gäller aktörer", "Covers agencies"),
    "period": _m("Voimassa", "Giltigt", "Valid"),
    "period_value": _m("{start} alkaen", "från {start}", "from {start}"),
    "period_until": _m("{start}–{end}", "{start}–{end}", "{start}–{end}"),
    "withdrawn": _m("peruttu {date}", "återkallat {date}", "withdrawn {date}"),
    "no_consents": _m("Asiakkaalta ei ole kirjattu suostumuksia.",
                      "Inga samtycken har antecknats.", "No consents have been recorded."),
    "made": _m("Tulostanut", "Utskrivet av", "Printed by"),
    "made_at": _m("Tulostettu", "Utskrivet", "Printed"),
    "footer": _m("Asiakassuunnitelma · tulostettu {made}", "Klientplan · utskriven {made}",
                 "Client plan · printed {made}"),
}


def plan_text(key: str, language: str, **params: object) -> str:
    texts = PLAN_TEXTS[key]
    template = texts.get(language) or texts["fi"]
    return template.format(**params) if params else template
