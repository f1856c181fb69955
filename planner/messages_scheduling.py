"""Messages of the warnings beside a meeting and the scheduling rules (warned, never
forbidden), in fi, sv and en.

Kept apart from planner/messages.py only for size; ``CATALOG`` there includes these.
"""

from __future__ import annotations

SCHEDULING_MESSAGES: dict[str, dict[str, str]] = {
    # --- warnings shown beside a meeting ---------------------------------------------------
    "warning.no_consent": {
        "fi": "Asiakkaan voimassa oleva suostumus ei kata toimijaa {agency}.",
        "sv": "Klientens giltiga samtycke omfattar inte {agency}.",
        "en": "The client's valid consent does not cover {agency}.",
    },
    "warning.no_interpreter": {
        "fi": "Asiakas tarvitsee tulkin ({language}), mutta tulkkia ei ole kutsuttu.",
        "sv": "Klienten behöver tolk ({language}), men ingen tolk har bjudits in.",
        "en": "The client needs an interpreter ({language}), but none has been invited.",
    },
    "warning.no_interpreter_language": {
        "fi": "Asiakas tarvitsee tulkin, mutta tulkkia ei ole kutsuttu.",
        "sv": "Klienten behöver tolk, men ingen tolk har bjudits in.",
        "en": "The client needs an interpreter, but none has been invited.",
    },
    "warning.no_email": {
        "fi": "Osallistujalla {name} ei ole sähköpostiosoitetta: kutsua ei voi lähettää.",
        "sv": "Deltagaren {name} har ingen e-postadress: inbjudan kan inte skickas.",
        "en": "{name} has no e-mail address: no invitation can be sent.",
    },
    # --- scheduling: warned, never forbidden (planner.scheduling) ----------------------------
    "warning.holiday": {
        "fi": "Ajankohta osuu pyhäpäivälle: {name}.",
        "sv": "Tidpunkten infaller på en helgdag: {name}.",
        "en": "The time falls on a public holiday: {name}.",
    },
    "warning.weekend": {
        "fi": "Ajankohta osuu viikonloppuun.",
        "sv": "Tidpunkten infaller på ett veckoslut.",
        "en": "The time falls on a weekend.",
    },
    "warning.outside_working_hours": {
        "fi": "Ajankohta on työajan ({start}–{end}) ulkopuolella.",
        "sv": "Tidpunkten är utanför arbetstiden ({start}–{end}).",
        "en": "The time is outside working hours ({start}–{end}).",
    },
    "warning.conflict": {
        "fi": "{name} on samaan aikaan tai juuri ennen tai jälkeen toisessa tapaamisessa: "
              "{title} ({time}).",
        "sv": "{name} är samtidigt eller strax före eller efter på ett annat möte: "
              "{title} ({time}).",
        "en": "{name} is in another meeting at or close to that time: {title} ({time}).",
    },
    "validation.find_time_request": {
        "fi": "Tarkista ajan haun kesto, aikaväli ja aikaväli-askel.",
        "sv": "Kontrollera tidssökningens längd, period och steg.",
        "en": "Check the length, date range and step of the time search.",
    },
    "label.followup.sickness_day_60": {
        "fi": "Sairauspäivärahan 60 päivän yhteydenotto",
        "sv": "Kontakt vid 60 sjukdagpenningdagar",
        "en": "Sickness allowance: day 60 contact",
    },
    "label.followup.sickness_day_90_150": {
        "fi": "Sairauspäivärahan 90–150 päivän seuranta",
        "sv": "Uppföljning vid 90–150 sjukdagpenningdagar",
        "en": "Sickness allowance: days 90–150 follow-up",
    },
    "label.followup.sickness_day_230_300": {
        "fi": "Sairauspäivärahan 230–300 päivän seuranta",
        "sv": "Uppföljning vid 230–300 sjukdagpenningdagar",
        "en": "Sickness allowance: days 230–300 follow-up",
    },
    "label.followup.plan_review": {
        "fi": "Asiakassuunnitelman arviointi",
        "sv": "Uppföljning av klientplanen",
        "en": "Client plan review",
    },
    "followup.sickness_day_60": {
        "fi": "Tavoitteet, työkyky ja kuntoutustarve. Palkanmaksu voi päättyä: tarkista muut "
              "etuudet ja tulot.",
        "sv": "Mål, arbetsförmåga och rehabiliteringsbehov. Lönen kan upphöra: kontrollera "
              "andra förmåner och inkomster.",
        "en": "Goals, work ability and rehabilitation need. Pay may end: check other benefits "
              "and income.",
    },
    "followup.sickness_day_90_150": {
        "fi": "Yhteenveto sovitusta, uudet tavoitteet ja toimenpiteet sekä hoitavan tahon "
              "lausunto.",
        "sv": "Sammanfattning av det överenskomna, nya mål och åtgärder samt utlåtande från den "
              "vårdande parten.",
        "en": "Summary of what was agreed, new goals and actions, and a statement from the "
              "treating party.",
    },
    "followup.sickness_day_230_300": {
        "fi": "Miten työkyky on palautunut ja mitä työnantajan kanssa on keskusteltu. Seuraavaksi "
              "työttömyysturva tai työkyvyttömyyseläkkeen hakeminen.",
        "sv": "Hur arbetsförmågan har återhämtat sig och vad som har diskuterats med "
              "arbetsgivaren. Därefter arbetslöshetsskydd eller ansökan om invalidpension.",
        "en": "How work ability has recovered and what was discussed with the employer. Next: "
              "unemployment security or a disability pension application.",
    },
    "followup.plan_review": {
        "fi": "Suunnitelman tavoitteiden ja sovittujen toimenpiteiden arviointi yhdessä "
              "asiakkaan kanssa.",
        "sv": "Uppföljning av planens mål och överenskomna åtgärder tillsammans med klienten.",
        "en": "Review of the plan's goals and agreed actions together with the client.",
    },
    "label.followup_kind.call": {"fi": "puhelu", "sv": "samtal", "en": "call"},
    "label.followup_kind.meeting": {"fi": "verkostoneuvottelu", "sv": "nätverksmöte",
                                    "en": "network meeting"},
}
