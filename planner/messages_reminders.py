"""Messages of the reminder e-mails to other agencies' responsible persons (`verkosto remind`,
Toimenpiteet → Muistuta vastuuhenkilöitä…) and of the desktop reminders' settings
(planner/services/reminders.py) in fi, sv and en: the e-mail itself, why someone is
left out, the command's lines; ``CATALOG`` in planner/messages.py includes these."""

from __future__ import annotations

REMINDER_MESSAGES: dict[str, dict[str, str]] = {
    # --- the e-mail (in the recipient's language) ------------------------------------------
    "reminder.subject": {
        "fi": "Muistutus: sovitut toimenpiteet ({count})",
        "sv": "Påminnelse: överenskomna åtgärder ({count})",
        "en": "Reminder: agreed actions ({count})",
    },
    "reminder.greeting": {"fi": "Hei {name},", "sv": "Hej {name},", "en": "Dear {name},"},
    "reminder.intro": {
        "fi": "muistutan verkostoneuvotteluissa sovituista toimenpiteistä, joiden "
              "vastuuhenkilö olet ja jotka ovat vielä auki:",
        "sv": "jag påminner om åtgärder som överenskommits i nätverksmöten, där du är "
              "ansvarsperson och som ännu är öppna:",
        "en": "this is a reminder of the actions agreed in network meetings that you are "
              "responsible for and that are still open:",
    },
    "reminder.client": {"fi": "Asiakas: {client}", "sv": "Klient: {client}",
                        "en": "Client: {client}"},
    "reminder.meeting": {"fi": "Tapaaminen: {day}", "sv": "Möte: {day}", "en": "Meeting: {day}"},
    "reminder.agreed": {"fi": "Sovittu: {text}", "sv": "Överenskommet: {text}",
                        "en": "Agreed: {text}"},
    "reminder.due": {"fi": "Määräaika: {day}", "sv": "Tidsfrist: {day}", "en": "Due: {day}"},
    "reminder.overdue": {"fi": "(myöhässä)", "sv": "(försenad)", "en": "(overdue)"},
    "reminder.answer": {
        "fi": "Jos toimenpide on jo tehty tai aikataulu on muuttunut, vastaathan tähän "
              "viestiin. Asiakkaan tietoja ei lähetetä sähköpostilla: kysy tarvittaessa "
              "puhelimitse.",
        "sv": "Om åtgärden redan är utförd eller tidtabellen har ändrats, svara gärna på detta "
              "meddelande. Klientens uppgifter skickas inte per e-post: fråga vid behov per "
              "telefon.",
        "en": "If the action is done or its schedule has changed, please answer this message. "
              "The client's details are not sent by e-mail: ask by phone if needed.",
    },
    "reminder.regards": {"fi": "Ystävällisin terveisin", "sv": "Med vänliga hälsningar",
                         "en": "Kind regards"},
    # --- who is left out, and why ------------------------------------------------------------
    "reminder.left_out.no_email": {
        "fi": "ei sähköpostiosoitetta hakemistossa",
        "sv": "ingen e-postadress i katalogen",
        "en": "no e-mail address in the directory",
    },
    "reminder.left_out.own_organisation": {
        "fi": "työskentelee omassa organisaatiossasi",
        "sv": "arbetar i din egen organisation",
        "en": "works in your own organisation",
    },
    "reminder.left_out.no_consent": {
        "fi": "asiakkaan suostumus ei kata hänen organisaatiotaan",
        "sv": "klientens samtycke omfattar inte hans eller hennes organisation",
        "en": "the client's consent does not cover their organisation",
    },
    "reminder.refused": {
        "fi": "Muistutusta ei lähetetä: toimenpiteen {action} (määräaika {due}) tekstissä on "
              "{what}. Muokkaa tekstiä ensin.",
        "sv": "Påminnelsen skickas inte: texten i åtgärd {action} (tidsfrist {due}) innehåller "
              "{what}. Redigera texten först.",
        "en": "The reminder is not sent: the text of action {action} (due {due}) holds {what}. "
              "Edit the text first.",
    },
    "reminder.found.hetu": {"fi": "henkilötunnus", "sv": "en personbeteckning",
                            "en": "an identity code"},
    "reminder.found.name": {"fi": "asiakkaan nimi", "sv": "klientens namn",
                            "en": "the client's name"},
    "reminder.found.phone": {"fi": "asiakkaan puhelinnumero", "sv": "klientens telefonnummer",
                             "en": "the client's phone number"},
    "reminder.found.email": {"fi": "asiakkaan sähköpostiosoite",
                             "sv": "klientens e-postadress", "en": "the client's e-mail address"},
    "reminder.found.address": {"fi": "asiakkaan osoite", "sv": "klientens adress",
                               "en": "the client's address"},
    "validation.due_within_range": {
        "fi": "Päivien määrän on oltava 0–{maximum}.",
        "sv": "Antalet dagar måste vara 0–{maximum}.",
        "en": "The number of days must be 0–{maximum}.",
    },
    "validation.reminder_sender_missing": {
        "fi": "Profiilistasi puuttuu sähköpostiosoite, johon muistutuksiin voi vastata. Anna "
              "se asetuksissa (Yleiset) tai komennolla verkosto profile --email OSOITE.",
        "sv": "Din profil saknar en e-postadress som påminnelserna kan besvaras till. Ange den "
              "i inställningarna (Allmänt) eller med kommandot verkosto profile --email ADRESS.",
        "en": "Your profile has no e-mail address to answer the reminders to. Give it in the "
              "settings (General) or with verkosto profile --email ADDRESS.",
    },
    "validation.reminder_not_selected": {
        "fi": "{recipient} ei ole muistutettavien joukossa (ei avoimia toimenpiteitä "
              "ajanjaksolla tai jätetty pois).",
        "sv": "{recipient} finns inte bland dem som ska påminnas (inga öppna åtgärder under "
              "perioden eller utelämnad).",
        "en": "{recipient} is not among those to remind (no open actions in the period, or "
              "left out).",
    },
    # --- the audit log's sentences ------------------------------------------------------------
    "log.disclose.action_reminder": {
        "fi": "Lähetetty muistutus toimenpiteestä: {recipient}",
        "sv": "Påminnelse om åtgärd skickad: {recipient}",
        "en": "Action reminder sent: {recipient}",
    },
    "log.view.action_reminders": {
        "fi": "Katsottu muistutettavat toimenpiteet",
        "sv": "Åtgärder att påminna om visade",
        "en": "Viewed the actions to remind of",
    },
    # --- `verkosto remind` -------------------------------------------------------------------
    "cli.remind_period": {
        "fi": "Avoimet toimenpiteet, joiden määräaika on viimeistään {until} (tänään {today})",
        "sv": "Öppna åtgärder med tidsfrist senast {until} (i dag {today})",
        "en": "Open actions due by {until} (today {today})",
    },
    "cli.remind_recipient": {
        "fi": "Muistutus: {name} <{email}> ({agency}), toimenpiteitä {count}",
        "sv": "Påminnelse: {name} <{email}> ({agency}), åtgärder {count}",
        "en": "Reminder: {name} <{email}> ({agency}), actions {count}",
    },
    "cli.remind_left_out": {
        "fi": "Jätetty pois: {name} ({agency}), toimenpiteitä {count} – {reason}",
        "sv": "Utelämnad: {name} ({agency}), åtgärder {count} – {reason}",
        "en": "Left out: {name} ({agency}), actions {count} – {reason}",
    },
    "cli.remind_refused": {
        "fi": "Ei lähetetä: {name} <{email}> – {reason}",
        "sv": "Skickas inte: {name} <{email}> – {reason}",
        "en": "Not sent: {name} <{email}> – {reason}",
    },
    "cli.remind_none": {
        "fi": "Ei muistutettavia.",
        "sv": "Ingen att påminna.",
        "en": "Nobody to remind.",
    },
    "cli.remind_dry_run": {
        "fi": "Mitään ei lähetetty. Lähetä nämä muistutukset valinnalla --send tai kirjoita "
              "ne tiedostoiksi valinnalla --out KANSIO.",
        "sv": "Inget skickades. Skicka påminnelserna med --send eller skriv dem till filer med "
              "--out MAPP.",
        "en": "Nothing was sent. Send these reminders with --send, or write them as files with "
              "--out DIR.",
    },
    # --- the desktop reminders' settings -------------------------------------------------
    "validation.reminder_range": {
        "fi": "Arvon on oltava {minimum}–{maximum}.",
        "sv": "Värdet ska vara {minimum}–{maximum}.",
        "en": "The value must be {minimum}–{maximum}.",
    },
}
