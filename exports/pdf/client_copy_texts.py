"""The client's own copy's words in Finnish, Swedish, English and selkokieli (easy Finnish).

Selkokieli follows Selkokeskus's guidelines: short sentences, common words, one thing per
sentence, the reader addressed as "sinä", no abbreviations. The copy's dates are the summary's
(exports/pdf/texts.py): selkokieli writes them as Finnish does.
"""

from __future__ import annotations

from planner.domain.enums import ActionStatus

PLAIN = "selko"  # the text variant of selkokieli; the document's language is still fi


def _m(fi: str, sv: str, en: str, selko: str) -> dict[str, str]:
    return {"fi": fi, "sv": sv, "en": en, PLAIN: selko}


CLIENT_COPY_TEXTS: dict[str, dict[str, str]] = {
    "document": _m("Oma kooste verkostoneuvottelusta", "Din egen sammanfattning av mötet",
                   "Your own copy of the network meeting", "Muistio tapaamisesta sinulle"),
    "intro": _m("Tämä kooste on sinulle. Siinä kerrotaan, mitä tapaamisessa sovittiin, kuka "
                "tekee mitäkin ja mihin mennessä, ja keneen voit ottaa yhteyttä.",
                "Den här sammanfattningen är till dig. Den berättar vad som avtalades på "
                "mötet, vem som gör vad och när, och vem du kan kontakta.",
                "This copy is for you. It tells what was agreed in the meeting, who does what "
                "and by when, and whom you can contact.",
                "Tämä paperi on sinulle. Siinä kerrotaan, mitä sovimme tapaamisessa. "
                "Siinä kerrotaan myös, kuka auttaa sinua."),
    "meeting": _m("Tapaaminen", "Mötet", "The meeting", "Tapaaminen"),
    "you": _m("Asiakas", "Klient", "Client", "Sinä"),
    "hetu": _m("Henkilötunnus", "Personbeteckning", "Personal identity code", "Henkilötunnus"),
    "when": _m("Aika", "Tid", "When", "Milloin"),
    "where": _m("Paikka", "Plats", "Where", "Missä"),
    "remote": _m("etätapaaminen", "distansmöte", "remote meeting", "tapaaminen netissä"),
    "agreed": _m("Mitä sovittiin", "Vad vi kom överens om", "What was agreed", "Mitä sovimme"),
    "nothing_agreed": _m("Tapaamisessa ei kirjattu yhteisiä päätöksiä.",
                         "Inga gemensamma beslut antecknades på mötet.",
                         "No joint decisions were recorded in the meeting.",
                         "Emme kirjoittaneet päätöksiä."),
    "actions": _m("Kuka tekee mitä ja mihin mennessä", "Vem gör vad och när",
                  "Who does what and by when", "Kuka tekee ja milloin"),
    "who": _m("Kuka tekee", "Vem gör det", "Who does it", "Kuka tekee"),
    "by_when": _m("Mihin mennessä", "Senast", "By when", "Milloin valmis"),
    "no_due": _m("ei määräaikaa", "ingen tidsgräns", "no date set", "ei päivää"),
    "situation": _m("Tilanne", "Läge", "Status", "Tilanne"),
    "no_actions": _m("Tapaamisessa ei sovittu tehtäviä.", "Inga uppgifter avtalades på mötet.",
                     "No tasks were agreed in the meeting.", "Emme sopineet tehtäviä."),
    "your_view": _m("Oma näkemyksesi", "Din egen syn", "Your own view", "Mitä sinä sanoit"),
    "your_view_intro": _m("Näin kerroit tilanteestasi omin sanoin:",
                          "Så här berättade du om din situation med egna ord:",
                          "This is how you described your situation in your own words:",
                          "Sinä sanoit näin:"),
    "no_view": _m("Omaa näkemystäsi ei kirjattu.", "Din egen syn antecknades inte.",
                  "Your own view was not recorded.", "Emme kirjoittaneet sinun ajatuksiasi."),
    "contacts": _m("Yhteyshenkilösi", "Dina kontaktpersoner", "Your contact persons",
                   "Keneen voit ottaa yhteyttä"),
    "case_lead": _m("vastuuhenkilösi", "din ansvariga person", "your case lead",
                    "sinun tärkein yhteyshenkilösi"),
    "phone": _m("Puhelin", "Telefon", "Phone", "Puhelin"),
    "email": _m("Sähköposti", "E-post", "E-mail", "Sähköposti"),
    "no_contacts": _m("Sinulle ei ole vielä nimetty yhteyshenkilöitä.",
                      "Inga kontaktpersoner har ännu utsetts för dig.",
                      "No contact persons have been named for you yet.",
                      "Sinulla ei ole vielä yhteyshenkilöä."),
    "next": _m("Seuraava tapaaminen", "Nästa möte", "The next meeting", "Seuraava tapaaminen"),
    "no_next": _m("Seuraavaa tapaamista ei ole vielä sovittu.",
                  "Nästa möte har inte avtalats ännu.",
                  "The next meeting has not been agreed yet.",
                  "Emme ole vielä sopineet uutta tapaamista."),
    "trouble": _m("Jos jokin menee vikaan", "Om något går fel", "If something goes wrong",
                  "Jos jokin menee vikaan"),
    "trouble_call": _m("Jos sovittu asia ei toteudu tai tilanteesi muuttuu, ota yhteyttä "
                       "vastuuhenkilöösi:",
                       "Om något som avtalades inte blir av eller om din situation ändras, "
                       "kontakta din ansvariga person:",
                       "If something agreed does not happen or your situation changes, "
                       "contact your case lead:",
                       "Joskus sovittu asia ei onnistu. Tai sinun elämässäsi muuttuu jotain. "
                       "Silloin soita tai kirjoita tälle ihmiselle:"),
    "trouble_nobody": _m("Jos sovittu asia ei toteudu tai tilanteesi muuttuu, ota yhteyttä "
                         "johonkin yllä mainituista yhteyshenkilöistä.",
                         "Om något som avtalades inte blir av eller om din situation ändras, "
                         "kontakta någon av kontaktpersonerna ovan.",
                         "If something agreed does not happen or your situation changes, "
                         "contact one of the contact persons above.",
                         "Joskus sovittu asia ei onnistu. Silloin soita yhteyshenkilölle."),
    "trouble_help": _m("Hän auttaa sinua ja kertoo asiasta muille.",
                       "Hen hjälper dig och berättar om saken för de andra.",
                       "They will help you and tell the others.",
                       "Hän auttaa sinua."),
    "emergency": _m("Hätätilanteessa soita hätänumeroon 112.",
                    "I en nödsituation, ring nödnumret 112.",
                    "In an emergency, call 112.",
                    "Jos on hätä, soita numeroon 112."),
    "income_effects": _m("Vaikutukset toimeentuloosi", "Hur din försörjning påverkas",
                         "Effects on your income", "Mitä tapahtuu rahoillesi"),
    "made": _m("Koosteen laati", "Sammanfattningen gjordes av", "Made by", "Tämän paperin teki"),
    "made_at": _m("Laadittu", "Upprättad", "Made", "Päivä"),
    "footer": _m("Oma kooste · laadittu {made}", "Egen sammanfattning · upprättad {made}",
                 "Your own copy · made {made}", "Muistio sinulle · tehty {made}"),
}

# The action's state in words the client uses (selkokieli: "ei vielä tehty", not "avoin").
STATUS_TEXTS: dict[ActionStatus, dict[str, str]] = {
    ActionStatus.OPEN: _m("ei vielä tehty", "inte gjort ännu", "not done yet",
                          "ei vielä tehty"),
    ActionStatus.IN_PROGRESS: _m("työn alla", "pågår", "in progress", "tekeillä"),
    ActionStatus.DONE: _m("tehty", "gjort", "done", "tehty"),
    ActionStatus.CANCELLED: _m("peruttu", "inställt", "cancelled", "ei tehdä"),
}


def copy_text(key: str, variant: str, **params: object) -> str:
    texts = CLIENT_COPY_TEXTS[key]
    template = texts.get(variant) or texts["fi"]
    return template.format(**params) if params else template


def status_text(status: ActionStatus, variant: str) -> str:
    texts = STATUS_TEXTS[status]
    return texts.get(variant) or texts["fi"]
