"""The client's log extract's own headings and sentences in Finnish, Swedish and English (its
dates are the summary's: exports/pdf/texts.py)."""

from __future__ import annotations


def _m(fi: str, sv: str, en: str) -> dict[str, str]:
    return {"fi": fi, "sv": sv, "en": en}


EXTRACT_TEXTS: dict[str, dict[str, str]] = {
    "document": _m("Ote asiakastietojen käyttölokista",
                   "Utdrag ur loggen över användningen av klientuppgifter",
                   "Extract of the log of the use of client data"),
    "intro": _m("Tähän otteeseen on merkitty, kuka on katsonut, muuttanut, vienyt tai "
                "luovuttanut asiakkaan tietoja Verkosto-ohjelmassa, ja milloin. Ote on annettu "
                "asiakkaan pyynnöstä (laki sosiaali- ja terveydenhuollon asiakastietojen "
                "käsittelystä 703/2023; EU:n yleinen tietosuoja-asetus, 15 artikla).",
                "Detta utdrag visar vem som har visat, ändrat, exporterat eller lämnat ut "
                "klientens uppgifter i programmet Verkosto, och när. Utdraget har getts på "
                "klientens begäran (lagen om behandling av klientuppgifter inom social- och "
                "hälsovården 703/2023; EU:s allmänna dataskyddsförordning, artikel 15).",
                "This extract shows who has viewed, changed, exported or disclosed the "
                "client's data in the Verkosto application, and when. It was given at the "
                "client's request (Finnish Act on the Processing of Client Data in Healthcare "
                "and Social Welfare 703/2023; EU General Data Protection Regulation, "
                "Article 15)."),
    "client": _m("Asiakas", "Klient", "Client"),
    "hetu": _m("Henkilötunnus", "Personbeteckning", "Personal identity code"),
    "birth_date": _m("Syntymäaika", "Födelsedatum", "Date of birth"),
    "period": _m("Ajalta", "Period", "Period"),
    "whole_period": _m("koko ajalta", "hela tiden", "all entries"),
    "from_on": _m("{since} alkaen", "från {since}", "from {since}"),
    "up_to": _m("{until} asti", "till {until}", "up to {until}"),
    "made": _m("Laadittu", "Upprättat", "Made"),
    "made_by": _m("Laatija", "Upprättat av", "Made by"),
    "entries": _m("Merkintöjä", "Poster", "Entries"),
    "time": _m("Aika", "Tid", "Time"),
    "who": _m("Kuka", "Vem", "Who"),
    "what": _m("Mitä tehtiin", "Vad gjordes", "What was done"),
    "newest_first": _m("Uusimmat ensin.", "De senaste först.", "Newest first."),
    "none": _m("Valitulta ajalta ei ole merkintöjä.", "Inga poster under den valda perioden.",
               "There are no entries for the chosen period."),
    "footer": _m("Lokiote · laadittu {made}", "Loggutdrag · upprättat {made}",
                 "Log extract · made {made}"),
}


def extract_text(key: str, language: str, **params: object) -> str:
    texts = EXTRACT_TEXTS[key]
    template = texts.get(language) or texts["fi"]
    return template.format(**params) if params else template
